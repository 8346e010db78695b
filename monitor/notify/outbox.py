"""The outbox: a checkpointed reader turning developments into deliveries, and the table's access.

Each new development, each revision and each development whose sources reach the corroboration
threshold becomes one row per channel whose filters admit it (types, stages, a minimum of
sources: a development held back is sent when its sources reach that minimum), written in the
reader's transaction before anything is sent. The delivery events the sender appends (Delivered,
DeliveryFailed, DeliveryDead, ... or the Webhook* events of older logs) are read back by the same
reader, so a rebuilt outbox has the same keys and remembers what was delivered.
"""

from __future__ import annotations

import random
import uuid
from collections.abc import Collection, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor import events as ev
from monitor.developments import DEVELOPMENT_EVENT_TYPES
from monitor.errors import MonitorError
from monitor.mapper import from_recorded, stored_types, to_new_event
from monitor.notify.channels.base import Filters
from monitor.notify.tables import delivery_channels, delivery_developments, delivery_outbox
from storage import EventStore, RecordedEvent
from storage.engine import insert_missing

READER_NAME = "delivery_outbox"
PENDING, DELIVERED, DEAD = "pending", "delivered", "dead"
STATUSES = (PENDING, DELIVERED, DEAD)

_KEY_NAMESPACE = uuid.UUID("0c0b5d8e-2f4a-4a8e-9a57-6d1f3e2b7c90")
_DELIVERY_TYPES = tuple(
    stored_types(
        ("Delivered", "DeliveryFailed", "DeliveryDead", "DeliveryRequeued", "ChannelDisabled",
         "ChannelEnabled")
    )
)  # fmt: skip


class DeliveryError(MonitorError):
    """A delivery command could not do what was asked."""


def delivery_key(channel: str, development: str, event_id: str) -> str:
    """The idempotency key of a delivery: the same inputs give the same key, in any rebuild."""
    digest = uuid.uuid5(_KEY_NAMESPACE, "\x1f".join((channel, development, event_id)))
    return f"msg_{digest.hex}"


def backoff_delay(
    attempts: int, base: timedelta, cap: timedelta, rng: random.Random | None = None
) -> timedelta:
    """Exponential backoff with jitter: between half and all of min(cap, base · 2^(attempts-1))."""
    ceiling = min(cap.total_seconds(), base.total_seconds() * 2 ** max(attempts - 1, 0))
    jitter = (rng or random).uniform(0.5, 1.0)
    return timedelta(seconds=ceiling * jitter)


def stream_of(channel: str) -> str:
    return f"delivery-{channel}"


def utc(moment: datetime | None) -> datetime | None:
    """SQLite returns naive datetimes; everything is written in UTC."""
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def payload_document(
    kind: str, development_type: str | None, sources: int, recorded: RecordedEvent
) -> str:
    """The JSON document a webhook receives for one delivery (Standard Webhooks' shape)."""
    data = recorded.data
    document = {
        "type": f"development.{kind}",
        "timestamp": recorded.recorded_at.isoformat(),
        "data": {
            "development": data["key"],
            "development_type": development_type,
            "event_type": recorded.type,
            "event_id": recorded.event_id,
            "position": recorded.position,
            "sources": sources,
            "event": data,
        },
    }
    return orjson.dumps(document, option=orjson.OPT_SORT_KEYS).decode()


class OutboxReader:
    """Checkpointed reader keeping `delivery_outbox`: one delivery per channel per development."""

    name = READER_NAME
    types = DEVELOPMENT_EVENT_TYPES + _DELIVERY_TYPES + ("DigestSent",)

    def __init__(
        self,
        channels: Sequence[str | tuple[str, Filters]],
        corroboration_threshold: int = 2,
    ) -> None:
        self.channels = [
            (channel, Filters()) if isinstance(channel, str) else channel for channel in channels
        ]
        self.threshold = corroboration_threshold

    def handle(self, conn: Connection, batch: list[RecordedEvent]) -> None:
        keys = list({r.data["key"] for r in batch if r.type in DEVELOPMENT_EVENT_TYPES})
        # One read of the batch's development states, kept in memory and written back at once.
        states: dict[str, dict[str, Any]] = {}
        for start in range(0, len(keys), 500):
            query = sa.select(delivery_developments).where(
                delivery_developments.c.key.in_(keys[start : start + 500])
            )
            states.update({row.key: row._asdict() for row in conn.execute(query)})
        stored = set(states)
        changed: set[str] = set()
        outbox: list[dict[str, Any]] = []
        for recorded in batch:
            if recorded.type in DEVELOPMENT_EVENT_TYPES:
                outbox += self._development(recorded, states)
                changed.add(recorded.data["key"])
            elif recorded.type == "DigestSent":
                outbox += self._briefing(recorded)
            else:
                _insert_new(conn, outbox)  # a delivery event may refer to these rows
                outbox = []
                apply_delivery_event(
                    conn, from_recorded(recorded), recorded.position, recorded.recorded_at
                )
        _insert_new(conn, outbox)
        new = [states[key] for key in changed if key not in stored]
        if new:
            conn.execute(delivery_developments.insert(), new)
        updates = [{**states[key], "k": key} for key in changed if key in stored]
        if updates:
            conn.execute(
                delivery_developments.update()
                .where(delivery_developments.c.key == sa.bindparam("k"))
                .values(
                    type=sa.bindparam("type"),
                    sources=sa.bindparam("sources"),
                    corroborated=sa.bindparam("corroborated"),
                    stage=sa.bindparam("stage"),
                ),
                [{k: v for k, v in row.items() if k != "key"} for row in updates],
            )

    def clear(self, conn: Connection) -> None:
        for table in (delivery_outbox, delivery_developments, delivery_channels):
            conn.execute(table.delete())

    def _briefing(self, recorded: RecordedEvent) -> list[dict[str, Any]]:
        """A digest sent: its opening briefing for the channels that asked for it."""
        data = recorded.data
        rows = []
        for channel, filters in self.channels:
            if data["channel"] not in filters.briefings:
                continue
            period_end = datetime.fromisoformat(data["period_end"])
            day = period_end.astimezone(ZoneInfo(filters.timezone)).date().isoformat()
            document = {
                "type": "digest.briefing",
                "timestamp": recorded.recorded_at.isoformat(),
                "data": {
                    "digest": data["channel"], "day": day, "event_id": recorded.event_id,
                    "through_position": data.get("through_position", 0),
                    "developments": data.get("developments", 0),
                },
            }  # fmt: skip
            rows.append(
                self._row(channel, data["channel"], "briefing", recorded,
                          orjson.dumps(document, option=orjson.OPT_SORT_KEYS).decode())
            )  # fmt: skip
        return rows

    @staticmethod
    def _row(
        channel: str, subject: str, kind: str, recorded: RecordedEvent, payload: str
    ) -> dict[str, Any]:
        return {
            "key": delivery_key(channel, subject, recorded.event_id),
            "channel": channel,
            "development": subject,
            "event_id": recorded.event_id,
            "kind": kind,
            "position": recorded.position,
            "payload": payload,
            "status": PENDING,
            "attempts": 0,
            "next_attempt_at": recorded.recorded_at,
            "status_position": 0,
            "created_at": recorded.recorded_at,
        }

    def _development(
        self, recorded: RecordedEvent, states: dict[str, dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """Update the development's state; the outbox rows this event calls for."""
        data = recorded.data
        key = data["key"]
        state = states.get(key)
        kind = None
        if recorded.type == "EventDetected":
            dev_type, sources, corroborated = data["type"], 1, False
            stage = _stage(dev_type, data.get("fields") or {}, None)
            kind = "detected"
        else:
            dev_type = state["type"] if state else None
            sources = state["sources"] if state else 1
            corroborated = state["corroborated"] if state else False
            stage = state.get("stage") if state else None
            if recorded.type == "EventRevised":
                kind = "revised"
                dev_type = data.get("type") or dev_type
                stage = _stage(dev_type, data.get("fields") or {}, stage)
            elif recorded.type == "EventRetracted":
                pass  # no delivery: the development's state is kept for a later detection
            else:
                sources += 1
                stage = _stage(dev_type, data.get("fields") or {}, stage)
                if sources >= self.threshold and not corroborated:
                    corroborated, kind = True, "corroborated"
        states[key] = {
            "key": key,
            "type": dev_type,
            "sources": sources,
            "corroborated": corroborated,
            "stage": stage,
        }
        rows = []
        for channel, filters in self.channels:
            sent = kind
            if recorded.type == "EventCorroborated" and sources == filters.min_sources > 1:
                sent = kind or "corroborated"  # held back until now: its first delivery here
            if sent is None or sources < filters.min_sources:
                continue
            if recorded.type != "EventRetracted" and not filters.admits(dev_type, stage):
                continue
            payload = payload_document(sent, dev_type, sources, recorded)
            rows.append(self._row(channel, key, sent, recorded, payload))
        return rows


def _stage(dev_type: str | None, fields: dict[str, Any], known: str | None) -> str | None:
    """A development's stage after a report: an agreement's step, a travel change's status."""
    if dev_type == "agreement_signed":
        return fields.get("stage") or known or "signed"
    return fields.get("status") or known


def _insert_new(conn: Connection, rows: list[dict[str, Any]]) -> None:
    insert_missing(conn, delivery_outbox, rows, "key")


def apply_delivery_event(
    conn: Connection, event: ev.DomainEvent, position: int, at: datetime
) -> None:
    """Apply a delivery event to the outbox or channel tables, once: older positions are ignored.

    The sender calls this in the transaction that appends the event; the reader calls it again
    when it reads the event back, which then changes nothing.
    """
    if isinstance(event, ev.ChannelDisabled | ev.ChannelEnabled):
        _apply_channel(conn, event, position, at)
        return
    row = delivery_outbox.c
    where = (row.key == event.message_id, row.status_position < position)
    match event:
        case ev.Delivered():
            values = {
                "status": DELIVERED, "attempts": event.attempts, "last_status": event.status,
                "last_error": None, "delivered_at": at, "claimed_until": None,
            }  # fmt: skip
        case ev.DeliveryFailed():
            values = {
                "status": PENDING, "attempts": event.attempts, "last_status": event.status,
                "last_error": event.error, "next_attempt_at": event.retry_at,
                "claimed_until": None,
            }  # fmt: skip
        case ev.DeliveryDead():
            values = {
                "status": DEAD, "attempts": event.attempts, "last_status": event.status,
                "last_error": event.error, "next_attempt_at": at, "claimed_until": None,
            }  # fmt: skip
        case ev.DeliveryRequeued():
            values = {"status": PENDING, "attempts": 0, "next_attempt_at": at}
        case _:
            return
    conn.execute(delivery_outbox.update().where(*where).values(status_position=position, **values))


def _apply_channel(
    conn: Connection,
    event: ev.ChannelDisabled | ev.ChannelEnabled,
    position: int,
    at: datetime,
) -> None:
    disabled = isinstance(event, ev.ChannelDisabled)
    values = {
        "disabled": disabled,
        "status": event.status if disabled else None,
        "reason": event.reason if disabled else None,
        "status_position": position,
        "changed_at": at,
    }
    current = conn.execute(
        sa.select(delivery_channels.c.status_position).where(
            delivery_channels.c.channel == event.channel
        )
    ).scalar()
    if current is None:
        conn.execute(delivery_channels.insert().values(channel=event.channel, **values))
    elif current < position:
        conn.execute(
            delivery_channels.update()
            .where(delivery_channels.c.channel == event.channel)
            .values(**values)
        )


def record(store: EventStore, conn: Connection, channel: str, event: ev.DomainEvent) -> int:
    """Append a delivery event to the channel's stream and apply it, in the caller's transaction."""
    (position,) = store.append(stream_of(channel), [to_new_event(event)], conn=conn)
    apply_delivery_event(conn, event, position, datetime.now(UTC))
    return position


# Queries used by the sender and the CLI.


def disabled_channels(conn: Connection) -> set[str]:
    query = sa.select(delivery_channels.c.channel).where(delivery_channels.c.disabled)
    return set(conn.execute(query).scalars())


def channel_states(conn: Connection) -> dict[str, sa.Row]:
    return {row.channel: row for row in conn.execute(sa.select(delivery_channels))}


def due_deliveries(
    conn: Connection, channels: Collection[str], now: datetime, limit: int, *, force: bool = False
) -> list[sa.Row]:
    """Pending deliveries whose next attempt is due (with `force`, all pending ones) that no
    sender holds, oldest development event first."""
    if not channels:
        return []
    row = delivery_outbox.c
    query = sa.select(delivery_outbox).where(
        row.status == PENDING,
        row.channel.in_(list(channels)),
        sa.or_(row.claimed_until.is_(None), row.claimed_until <= now),
    )
    if not force:
        query = query.where(row.next_attempt_at <= now)
    return list(conn.execute(query.order_by(row.position, row.channel).limit(limit)))


def claim(conn: Connection, delivery: sa.Row, until: datetime, now: datetime) -> bool:
    """Hold a delivery for this sender until `until`; False when another sender took it first
    or it changed since it was read.

    A sender killed mid-request leaves the claim to run out, and the delivery is retried with the
    same key.
    """
    row = delivery_outbox.c
    claimed = conn.execute(
        delivery_outbox.update()
        .where(
            row.key == delivery.key,
            row.status == PENDING,
            row.status_position == delivery.status_position,
            sa.or_(row.claimed_until.is_(None), row.claimed_until <= now),
        )
        .values(claimed_until=until)
    ).rowcount
    return claimed == 1


def release(conn: Connection, key: str) -> None:
    """Give a claimed delivery back, as due as it was, without counting an attempt."""
    conn.execute(
        delivery_outbox.update()
        .where(delivery_outbox.c.key == key, delivery_outbox.c.status == PENDING)
        .values(claimed_until=None)
    )


def list_deliveries(
    conn: Connection, status: str | None = None, channel: str | None = None
) -> list[sa.Row]:
    """Deliveries in log order, optionally of one status or channel."""
    query = sa.select(delivery_outbox).order_by(
        delivery_outbox.c.position, delivery_outbox.c.channel
    )
    if status:
        query = query.where(delivery_outbox.c.status == status)
    if channel:
        query = query.where(delivery_outbox.c.channel == channel)
    return list(conn.execute(query))


def requeue_dead(
    store: EventStore, keys: Sequence[str] = (), channel: str | None = None
) -> list[str]:
    """Re-queue dead deliveries (the named ones, else all, or all of one channel) with fresh
    attempts; return their keys."""
    with store.transaction() as conn:
        query = sa.select(delivery_outbox.c.key, delivery_outbox.c.channel).where(
            delivery_outbox.c.status == DEAD
        )
        if channel:
            query = query.where(delivery_outbox.c.channel == channel)
        if keys:
            query = query.where(delivery_outbox.c.key.in_(list(keys)))
        dead = list(conn.execute(query))
        missing = sorted(set(keys) - {row.key for row in dead})
        if missing:
            raise DeliveryError(
                f"not dead deliveries (see `monitor deliveries list --status dead`): "
                f"{', '.join(missing)}"
            )
        for row in dead:
            record(
                store,
                conn,
                row.channel,
                ev.DeliveryRequeued(channel=row.channel, message_id=row.key),
            )
    return [row.key for row in dead]


def enable_channel(store: EventStore, channel: str) -> bool:
    """Re-enable a channel disabled because its destination was gone; False when it was not."""
    with store.transaction() as conn:
        if channel not in disabled_channels(conn):
            return False
        record(store, conn, channel, ev.ChannelEnabled(channel=channel))
    return True
