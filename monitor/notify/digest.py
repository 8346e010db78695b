"""Digest e-mails: what changed since the last digest, the current summary, and their schedule.

Each closed period is an event in `delivery-<channel>` (DigestSent, or DigestSkipped when nothing
changed), carrying the last log position it covered: after a crash the next run neither re-sends a
period already recorded nor leaves out a development recorded since.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

import structlog
from apscheduler.triggers.cron import CronTrigger
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape
from markupsafe import Markup
from sqlalchemy.engine import Connection

from monitor import events as ev
from monitor.errors import ConfigError
from monitor.mapper import from_recorded, stable_id, to_new_event
from monitor.notify.outbox import stream_of
from monitor.settings import DigestConfig
from monitor.views.render import date_label, render_text
from monitor.views.summary import headline, replay_developments, summarize
from storage import EventStore

log = structlog.get_logger("monitor.notify.digest")

TEMPLATES = Path(__file__).resolve().parent / "templates"
DEVELOPMENT_TYPES = ("EventDetected", "EventCorroborated", "EventRevised", "EventRetracted")
_PERIOD = {"daily": timedelta(days=1), "weekly": timedelta(days=7)}


# The developments, folded from the log (pure: no I/O).


@dataclass
class Development:
    key: str
    type: str | None = None
    date: str | None = None
    date_precision: str | None = None
    actors: list[Any] = field(default_factory=list)
    place: str | None = None
    fields: dict[str, Any] = field(default_factory=dict)
    sources: list[ev.Source] = field(default_factory=list)
    detected_at: datetime | None = None
    corroborated: bool = False
    retracted: bool = False

    @property
    def headline(self) -> str:
        return headline(self.type or "", self.fields, self.actors)

    @property
    def actor_names(self) -> list[str]:
        return [_actor_name(actor) for actor in self.actors]

    @property
    def when(self) -> str:
        return date_label(self.date)


@dataclass(frozen=True)
class Revision:
    development: Development
    fields: dict[str, Any]
    date: str | None
    source: ev.Source


@dataclass
class Changes:
    """Developments new, revised or newly corroborated after a log position."""

    new: list[Development] = field(default_factory=list)
    revised: list[Revision] = field(default_factory=list)
    corroborated: list[Development] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.new or self.revised or self.corroborated)

    @property
    def count(self) -> int:
        keys = {d.key for d in self.new} | {d.key for d in self.corroborated}
        return len(keys | {r.development.key for r in self.revised})


def _actor_name(actor: Any) -> str:
    if isinstance(actor, dict):
        name = actor.get("name") or actor.get("id") or "?"
        country = actor.get("country")
        return f"{name} ({country})" if country else str(name)
    return str(actor)


def fold(
    recorded_events: Iterable[tuple[int, datetime, ev.DomainEvent]],
    *,
    threshold: int = 2,
    since: int | None = None,
) -> tuple[dict[str, Development], Changes]:
    """Every development as of the last event, and what changed after position `since`."""
    developments: dict[str, Development] = {}
    changes = Changes()
    for position, at, event in recorded_events:
        changed = since is not None and position > since
        dev = developments.get(event.key) if hasattr(event, "key") else None
        match event:
            case ev.EventDetected():
                dev = developments[event.key] = Development(
                    event.key, event.type, event.date, event.date_precision, list(event.actors),
                    event.place, dict(event.fields), [event.source], at,
                )  # fmt: skip
                if changed:
                    changes.new.append(dev)
            case ev.EventCorroborated() if dev is not None:
                if all(source.url != event.source.url for source in dev.sources):
                    dev.sources.append(event.source)
                if len(dev.sources) >= threshold and not dev.corroborated:
                    dev.corroborated = True
                    if changed and dev not in changes.new:
                        changes.corroborated.append(dev)
            case ev.EventRevised() if dev is not None:
                dev.fields.update(event.fields)
                if event.date:
                    dev.date, dev.date_precision = event.date, event.date_precision
                if all(source.url != event.source.url for source in dev.sources):
                    dev.sources.append(event.source)
                if changed:
                    changes.revised.append(
                        Revision(dev, dict(event.fields), event.date, event.source)
                    )
            case ev.EventRetracted() if dev is not None:
                dev.retracted = True
    return developments, changes


def read_development_events(
    store: EventStore, conn: Connection | None = None, *, batch: int = 2000
) -> Iterator[tuple[int, datetime, ev.DomainEvent]]:
    """(position, recorded at, event) for every development event, in log order."""
    after = 0
    while True:
        rows = store.read_all(after, limit=batch, types=DEVELOPMENT_TYPES, conn=conn)
        for recorded in rows:
            yield recorded.position, recorded.recorded_at, from_recorded(recorded)
        if len(rows) < batch:
            return
        after = rows[-1].position


# The summary section. The lead may swap its body for the views' renderer; keep the signature.


@dataclass(frozen=True)
class SummarySection:
    text: str
    html: Markup


def summary_section(conn: Connection) -> SummarySection:
    """The current summary of the relationship, as plain text and as an HTML fragment.

    Both come from the views (`monitor summary` shows the same), folded from the log itself so
    the digest does not wait for the summary projection to catch up.
    """
    developments = replay_developments(EventStore(conn.engine))
    facts = [fact for dev in developments if (fact := dev.fact()) is not None]
    facts.sort(key=lambda fact: (fact["date"] or "", fact["detected_at"]), reverse=True)
    return SummarySection(
        text=render_text(summarize(developments)).strip(),
        html=Markup(templates().get_template("summary.html.j2").render(facts=facts)),
    )


# Rendering.


def _http_only(url: str) -> str:
    """Links only to http(s) pages: a feed could carry a javascript: URL."""
    return url if urlsplit(url).scheme in {"http", "https"} else "#"


def _outlet(source: ev.Source | dict[str, Any]) -> str:
    url, outlet = (
        (source["url"], source["outlet"])
        if isinstance(source, dict)
        else (source.url, source.outlet)
    )
    return outlet or urlsplit(url).netloc or url


def templates() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default_for_string=False),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["http_only"] = _http_only
    env.filters["outlet"] = _outlet
    env.filters["label"] = lambda value: str(value).replace("_", " ")
    env.filters["date_label"] = date_label
    return env


@dataclass
class Digest:
    channel: str
    recipients: list[str]
    subject: str
    period_start: datetime
    period_end: datetime
    through_position: int
    changes: Changes
    summary: SummarySection
    timezone: str = "UTC"

    def context(self) -> dict[str, Any]:
        zone = ZoneInfo(self.timezone)
        return {
            "digest": self,
            "changes": self.changes,
            "summary": self.summary,
            "period_start": self.period_start.astimezone(zone),
            "period_end": self.period_end.astimezone(zone),
        }

    def text(self) -> str:
        return templates().get_template("digest.txt.j2").render(self.context())

    def html(self) -> str:
        return templates().get_template("digest.html.j2").render(self.context())

    def message(self, sender: str) -> EmailMessage:
        """A multipart/alternative e-mail: text first, then HTML."""
        message = EmailMessage()
        message["Subject"] = self.subject
        message["From"] = sender
        message["To"] = ", ".join(self.recipients)
        message["Date"] = format_datetime(datetime.now(UTC))
        message["Message-ID"] = f"<{self.event_id()}@kz-il-monitor>"
        message.set_content(self.text())
        message.add_alternative(self.html(), subtype="html")
        return message

    def event_id(self) -> str:
        return stable_id("DigestSent", self.channel, self.period_end.isoformat())


# Periods and schedule.


def digest_channel(config: DigestConfig) -> str:
    """The digest's stable channel name: its `name`, else derived from its recipients."""
    if config.name:
        return config.name
    recipients = ",".join(sorted(address.lower() for address in config.to))
    return "digest-" + hashlib.sha256(recipients.encode()).hexdigest()[:10]


def digest_trigger(config: DigestConfig) -> CronTrigger:
    """The cron trigger of a digest, in its own time zone (so 08:00 stays 08:00 across DST)."""
    hour, minute = (int(part) for part in config.at.split(":"))
    extra = {"day_of_week": config.weekday} if config.schedule == "weekly" else {}
    try:
        return CronTrigger(hour=hour, minute=minute, timezone=ZoneInfo(config.timezone), **extra)
    except ValueError as error:
        raise ConfigError(f"digests: cannot schedule at {config.at!r}: {error}") from None


def _fires(trigger: CronTrigger, after: datetime) -> Iterator[datetime]:
    previous = None
    moment = after + timedelta(microseconds=1)
    while (fire := trigger.get_next_fire_time(previous, moment)) is not None:
        yield fire
        previous, moment = fire, fire + timedelta(seconds=1)


def fire_times(trigger: CronTrigger, after: datetime, count: int) -> list[datetime]:
    """The next `count` fire times strictly after `after`."""
    return list(itertools.islice(_fires(trigger, after), count))


def last_slot(trigger: CronTrigger, now: datetime) -> datetime | None:
    """The latest fire time at or before `now` (within the last eight days)."""
    slot = None
    for fire in _fires(trigger, now - timedelta(days=8)):
        if fire > now:
            break
        slot = fire
    return slot


def last_period(store: EventStore, channel: str) -> ev.DigestSent | ev.DigestSkipped | None:
    """The last period recorded for a digest channel, sent or skipped."""
    last = None
    for recorded in store.read_stream(stream_of(channel)):
        if recorded.type in ("DigestSent", "DigestSkipped"):
            last = from_recorded(recorded)
    return last


def build_digest(
    store: EventStore,
    config: DigestConfig,
    *,
    period_end: datetime,
    threshold: int = 2,
) -> Digest:
    """The digest for the period ending `period_end`: changes since the last recorded period."""
    channel = digest_channel(config)
    previous = last_period(store, channel)
    since = previous.through_position if previous else 0
    period_start = previous.period_end if previous else period_end - _PERIOD[config.schedule]
    with store.engine.connect() as conn:
        head = store.head(conn=conn)
        _, changes = fold(read_development_events(store, conn), threshold=threshold, since=since)
        summary = summary_section(conn)
    local_day = period_end.astimezone(ZoneInfo(config.timezone)).strftime("%Y-%m-%d")
    subject = f"{config.subject}, {local_day}: {_count(changes.count, 'change')}"
    return Digest(
        channel, list(config.to), subject, period_start, period_end, head, changes, summary,
        config.timezone,
    )  # fmt: skip


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


@dataclass(frozen=True)
class DigestOutcome:
    channel: str
    sent: bool
    reason: str
    digest: Digest | None = None


def send_digest(
    store: EventStore,
    mailer,
    config: DigestConfig,
    *,
    period_end: datetime | None = None,
    threshold: int = 2,
    force: bool = False,
) -> DigestOutcome:
    """Close a period: e-mail the digest (unless nothing changed) and record the period."""
    period_end = (period_end or datetime.now(UTC)).astimezone(UTC)
    digest = build_digest(store, config, period_end=period_end, threshold=threshold)
    channel = digest.channel
    if digest.changes.empty and not (force or config.send_when_empty):
        event = ev.DigestSkipped(
            channel=channel, period_start=digest.period_start, period_end=period_end,
            through_position=digest.through_position,
        )  # fmt: skip
        store.append(stream_of(channel), [to_new_event(event)])
        log.info("digest_skipped", channel=channel, reason="nothing changed")
        return DigestOutcome(channel, False, "nothing changed since the last digest", digest)
    mailer.send(digest.message(mailer.sender))
    # Sent, then recorded: a crash in between sends this period again rather than never.
    sent = ev.DigestSent(
        channel=channel, recipients=digest.recipients, period_start=digest.period_start,
        period_end=period_end, developments=digest.changes.count,
        through_position=digest.through_position,
    )  # fmt: skip
    store.append(stream_of(channel), [to_new_event(sent, event_id=digest.event_id())])
    log.info("digest_sent", channel=channel, recipients=len(digest.recipients),
             developments=digest.changes.count)  # fmt: skip
    return DigestOutcome(channel, True, "sent", digest)


def send_scheduled(
    store: EventStore,
    mailer,
    config: DigestConfig,
    *,
    now: datetime | None = None,
    threshold: int = 2,
    grace: timedelta = timedelta(hours=1),
) -> DigestOutcome:
    """Close the latest scheduled period unless it is recorded already.

    Run at each fire time and once at start-up: a period missed while the daemon was down is
    sent late, and one already recorded is not sent twice. A digest never sent before starts at
    its next fire time, unless that was within `grace` ago.
    """
    now = now or datetime.now(UTC)
    channel = digest_channel(config)
    slot = last_slot(digest_trigger(config), now)
    if slot is None:
        return DigestOutcome(channel, False, "no scheduled time has passed yet")
    previous = last_period(store, channel)
    if previous is not None and previous.period_end >= slot:
        return DigestOutcome(channel, False, "this period was recorded already")
    if previous is None and now - slot > grace:
        return DigestOutcome(channel, False, "the first digest waits for its scheduled time")
    return send_digest(store, mailer, config, period_end=slot, threshold=threshold)
