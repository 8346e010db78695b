"""Digest e-mails: what changed since the last digest, the current summary, and their schedule.

Each closed period is an event in `delivery-<channel>` (DigestSent, or DigestSkipped when nothing
changed), carrying the last log position it covered: after a crash the next run neither re-sends a
period already recorded nor leaves out a development recorded since.
"""

from __future__ import annotations

import hashlib
import itertools
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
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
from monitor.developments import (
    DEVELOPMENT_EVENT_TYPES,
    Development,
    Developments,
    as_of,
    facts,
)
from monitor.errors import ConfigError
from monitor.mapper import from_recorded, stable_id, to_new_event
from monitor.notify.channels.base import Outcome
from monitor.notify.channels.email import EmailChannel
from monitor.notify.mailer import MailError
from monitor.notify.outbox import stream_of
from monitor.settings import DigestConfig
from monitor.views.render import date_label, quote_text, render_text, stage_ladder
from monitor.views.summarize import summarize, when
from storage import EventStore

log = structlog.get_logger("monitor.notify.digest")

TEMPLATES = Path(__file__).resolve().parent / "templates"
_PERIOD = {"daily": timedelta(days=1), "weekly": timedelta(days=7)}


# What changed since the last digest, told by the one development model (pure: no I/O).

LISTED = 20  # a digest with more changes than this (or a first one) lists only the latest
SHOWN_WHEN_MANY = 10


@dataclass(frozen=True)
class Change:
    """One development that changed, with its Facts as the summary tells them on the day."""

    kind: str  # new, revised (a stage, a date), corroborated (reached the source threshold)
    key: str
    facts: tuple[dict[str, Any], ...]

    @property
    def when(self) -> tuple[str, str]:
        return max(when(fact) for fact in self.facts)


@dataclass
class Changes:
    """Developments new, revised or newly corroborated after a log position, newest first."""

    new: list[Change] = field(default_factory=list)
    revised: list[Change] = field(default_factory=list)
    corroborated: list[Change] = field(default_factory=list)
    more: int = 0  # changes left out of the lists (a first or a long digest)

    @property
    def empty(self) -> bool:
        return not (self.new or self.revised or self.corroborated or self.more)

    @property
    def count(self) -> int:
        return len(self.new) + len(self.revised) + len(self.corroborated) + self.more


def changes_since(
    recorded_events: Iterable[tuple[int, datetime, ev.DomainEvent]],
    day: str,
    *,
    since: int,
    threshold: int = 2,
    first: bool = False,
) -> tuple[list[Development], Changes]:
    """Every development, and what changed after log position `since`, told as of `day`.

    A first digest, or one with more than LISTED changes, lists only the SHOWN_WHEN_MANY latest
    and counts the rest in `more`.
    """
    developments = Developments()
    before: dict[str, tuple[int, int]] = {}  # key -> (sources, reports) at `since`
    snapshot_taken = False
    for position, at, event in recorded_events:
        if position > since and not snapshot_taken:
            before = {d.key: (len(d.sources), len(d.reports)) for d in developments}
            snapshot_taken = True
        developments.apply(event, position=position, recorded_at=at)
    if not snapshot_taken:
        before = {d.key: (len(d.sources), len(d.reports)) for d in developments}
    told: dict[str, list[dict[str, Any]]] = {}
    for fact in as_of(developments, day):
        told.setdefault(fact["key"].split("/")[0], []).append(fact)
    changes = Changes()
    for dev in developments:
        if dev.key not in told or dev.last_position <= since:
            continue
        sources, reports = before.get(dev.key, (0, 0))
        if dev.key not in before:
            kind = "new"
        elif len(dev.reports) > reports and _told(dev, reports, day) != _told(dev, None, day):
            kind = "revised"  # a report moved it on: a stage, a date, a state
        elif sources < threshold <= len(dev.sources):
            kind = "corroborated"
        else:
            continue
        getattr(changes, kind).append(Change(kind, dev.key, tuple(told[dev.key])))
    lists = (changes.new, changes.revised, changes.corroborated)
    for listed in lists:
        listed.sort(key=lambda change: change.when, reverse=True)
    total = sum(len(listed) for listed in lists)
    if first or total > LISTED:
        keep = {
            c.key
            for c in sorted((c for listed in lists for c in listed), key=lambda c: c.when)[
                -SHOWN_WHEN_MANY:
            ]
        }
        for listed in lists:
            listed[:] = [c for c in listed if c.key in keep]
        changes.more = total - len(keep)
    return list(developments), changes


def _told(dev: Development, reports: int | None, day: str) -> list[tuple]:
    """What a development's first `reports` reports (None: all) tell as of a day, in short."""
    shown = replace(dev, reports=dev.reports[:reports]) if reports is not None else dev
    return [
        (f["headline"], f["state"], f["date"], str(f.get("stages")), str(f["scheduled"]))
        for f in facts(shown, day)
    ]


def read_development_events(
    store: EventStore, conn: Connection | None = None, *, batch: int = 2000
) -> Iterator[tuple[int, datetime, ev.DomainEvent]]:
    """(position, recorded at, event) for every development event, in log order."""
    after = 0
    while True:
        rows = store.read_all(after, limit=batch, types=DEVELOPMENT_EVENT_TYPES, conn=conn)
        for recorded in rows:
            yield recorded.position, recorded.recorded_at, from_recorded(recorded)
        if len(rows) < batch:
            return
        after = rows[-1].position


@dataclass(frozen=True)
class SummarySection:
    """The summary as `monitor summary` shows it on the digest's day: text, HTML and its lead."""

    text: str
    html: Markup
    lead: str


def summary_section(developments: list[Development], day: date) -> SummarySection:
    """The current summary of the relationship, as plain text and as an HTML fragment."""
    document = summarize(developments, day)
    found = sorted(as_of(developments, day.isoformat()), key=when, reverse=True)
    html = templates().get_template("summary.html.j2").render(facts=found, lead=document["lead"])
    return SummarySection(render_text(document).strip(), Markup(html), document["lead"])


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
    env.filters["quote"] = quote_text
    env.filters["stages"] = stage_ladder
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
    briefing: bool = False  # a first digest, or one listing only the latest changes

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
    local = period_end.astimezone(ZoneInfo(config.timezone)).date()
    with store.engine.connect() as conn:
        head = store.head(conn=conn)
        developments, changes = changes_since(
            read_development_events(store, conn), local.isoformat(), since=since,
            threshold=threshold, first=previous is None,
        )  # fmt: skip
    summary = summary_section(developments, local)
    local_day = local.isoformat()
    subject = f"{config.subject}, {local_day}: {_count(changes.count, 'change')}"
    return Digest(
        channel, list(config.to), subject, period_start, period_end, head, changes, summary,
        config.timezone, briefing=previous is None or changes.more > 0,
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
    email = EmailChannel(channel, mailer)
    attempt = email.deliver(digest.event_id(), email.render(digest))
    if attempt.outcome is not Outcome.DELIVERED:
        raise MailError(attempt.error or "not sent")  # the digest job retries it
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
