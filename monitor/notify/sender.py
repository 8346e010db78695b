"""The sender: works the outbox through the channels, one attempt at a time, and records each.

A delivery is claimed, rendered by its channel, delivered, and the outcome appended to
`delivery-<channel>` (Delivered, DeliveryFailed, DeliveryDead, ChannelDisabled) in one
transaction with the outbox row's new state. A channel in its quiet hours is left for later.
"""

from __future__ import annotations

import random
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime

import structlog

from monitor import events as ev
from monitor.developments import DEVELOPMENT_EVENT_TYPES, Development, Developments
from monitor.mapper import from_recorded
from monitor.notify import outbox
from monitor.notify.channels.base import Attempt, Channel, Delivery, Outcome
from storage import EventStore

log = structlog.get_logger("monitor.notify.sender")

Clock = Callable[[], datetime]


@dataclass
class SendReport:
    delivered: int = 0
    failed: int = 0
    dead: int = 0
    disabled: list[str] = field(default_factory=list)
    quiet: list[str] = field(default_factory=list)  # channels in their quiet hours

    @property
    def attempted(self) -> int:
        return self.delivered + self.failed + self.dead


class Sender:
    """Sends the due deliveries of the outbox; each outcome is an event in `delivery-<channel>`."""

    def __init__(
        self,
        store: EventStore,
        channels: Sequence[Channel],
        *,
        clock: Clock | None = None,
        rng: random.Random | None = None,
    ) -> None:
        self.store = store
        self.channels = {channel.name: channel for channel in channels}
        self.clock = clock or (lambda: datetime.now(UTC))
        self.rng = rng or random.Random()

    def send_due(
        self, stop: threading.Event | None = None, limit: int = 200, *, force: bool = False
    ) -> SendReport:
        """Attempt each due delivery of an enabled channel once; a bad destination never raises.

        With `force` every pending delivery is due, whatever its backoff or the channel's
        quiet hours (an operator's "now").
        """
        report = SendReport()
        now = self.clock()
        if not force:
            report.quiet = sorted(n for n, c in self.channels.items() if c.filters.quiet_now(now))
        with self.store.engine.connect() as conn:
            enabled = set(self.channels) - outbox.disabled_channels(conn) - set(report.quiet)
            due = outbox.due_deliveries(conn, enabled, now, limit, force=force)
        try:
            for row in due:
                if stop is not None and stop.is_set():
                    break
                if row.channel not in report.disabled:
                    self._send_one(self.channels[row.channel], row, report)
        finally:
            for channel in self.channels.values():
                channel.close()
        return report

    def _send_one(self, channel: Channel, row, report: SendReport) -> None:
        now = self.clock()
        with self.store.transaction() as conn:
            if not outbox.claim(conn, row, now + channel.policy.lease, now):
                return
        delivery = Delivery(
            row.key, row.channel, row.kind, row.development, row.position, row.payload,
            outbox.utc(row.created_at), lambda: development_at(self.store, row),
            lambda through: developments_through(self.store, through),
        )  # fmt: skip
        try:
            attempt = channel.deliver(row.key, channel.render(delivery))
        except Exception as error:  # a channel's own bug must not stop the others
            attempt = Attempt(Outcome.RETRY, None, f"{type(error).__name__} in {channel.kind}")
            log.debug("delivery_raised", channel=channel.name, key=row.key, exc_info=True)
        outcome = self._outcome(channel, row, attempt, now)
        with self.store.transaction() as conn:
            if isinstance(outcome, ev.ChannelDisabled):
                outbox.release(conn, row.key)  # not the delivery's fault: no attempt
            outbox.record(self.store, conn, channel.name, outcome)
        fields = {
            "channel": channel.name, "kind": channel.kind, "key": row.key,
            "status": attempt.status,
        }  # fmt: skip
        match outcome:
            case ev.Delivered():
                report.delivered += 1
                log.info("delivery_sent", attempts=outcome.attempts,
                         elapsed_ms=attempt.elapsed_ms, **fields)  # fmt: skip
            case ev.ChannelDisabled():
                report.disabled.append(channel.name)
                log.warning("channel_disabled", endpoint=channel.where, **fields)
            case ev.DeliveryDead():
                report.dead += 1
                log.error("delivery_dead", attempts=outcome.attempts, error=attempt.error,
                          **fields)  # fmt: skip
            case ev.DeliveryFailed():
                report.failed += 1
                log.warning("delivery_failed", attempts=outcome.attempts, error=attempt.error,
                            retry_at=outcome.retry_at.isoformat(), **fields)  # fmt: skip

    def _outcome(self, channel: Channel, row, attempt: Attempt, now: datetime) -> ev.DomainEvent:
        """The event recording one attempt: delivered, destination gone, failed or dead."""
        attempts = row.attempts + 1
        common = {"channel": channel.name, "message_id": row.key, "attempts": attempts}
        if attempt.outcome is Outcome.DELIVERED:
            return ev.Delivered(**common, status=attempt.status)
        if attempt.outcome is Outcome.GONE:
            return ev.ChannelDisabled(
                channel=channel.name, status=attempt.status,
                reason=f"{attempt.error or 'gone'} in answer to delivery {row.key}",
            )  # fmt: skip
        error = attempt.error or "unknown error"
        if attempt.outcome is Outcome.DEAD or attempts >= channel.policy.max_attempts:
            return ev.DeliveryDead(**common, error=error, status=attempt.status)
        policy = channel.policy
        delay = outbox.backoff_delay(attempts, policy.backoff_base, policy.backoff_cap, self.rng)
        return ev.DeliveryFailed(**common, error=error, status=attempt.status, retry_at=now + delay)


def development_at(store: EventStore, row) -> Development | None:
    """The development a delivery is about, folded from its stream up to the delivery's event."""
    developments = Developments()
    for recorded in store.read_stream(f"development-{row.development}"):
        if recorded.position > row.position:
            break
        if recorded.type in DEVELOPMENT_EVENT_TYPES:
            developments.apply(
                from_recorded(recorded), position=recorded.position,
                recorded_at=recorded.recorded_at,
            )  # fmt: skip
    return developments.developments.get(row.development)


def developments_through(store: EventStore, through: int) -> list[Development]:
    """Every development as the log told it up to a position (a digest's briefing)."""
    developments = Developments()
    after = 0
    while after < through:
        rows = store.read_all(after, limit=2000, types=DEVELOPMENT_EVENT_TYPES)
        for recorded in rows:
            if recorded.position > through:
                return list(developments)
            developments.apply(
                from_recorded(recorded), position=recorded.position,
                recorded_at=recorded.recorded_at,
            )  # fmt: skip
        if len(rows) < 2000:
            break
        after = rows[-1].position
    return list(developments)
