"""The application facade: the one object the CLI, the daemon and the web server call.

`open_monitor()` reads the configuration and opens the store; a `Monitor`'s methods are the use
cases (feeds, polling, queries, projections, deliveries, digests). It is also where errors become
readable: whatever a person can act on leaves as a MonitorError with a one-line message, and
`readable_error()` turns the database's and the operating system's own errors into one.

Heavy parts (SQLAlchemy, the poller, the detector) load when a method first needs them, so a
quick query starts quickly; `told_summary` reads a current SQLite store's file without any of
them (monitor.snapshot) and opens the store only when the file alone cannot answer.
"""

from __future__ import annotations

import errno
import threading
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from monitor.errors import ConfigError, DatabaseUnavailable, MonitorError
from monitor.settings import DigestConfig, FeedConfig, Settings, load_settings

if TYPE_CHECKING:
    from monitor import snapshot
    from monitor.bootstrap import Components
    from monitor.feeds.poller import PollReport
    from monitor.notify.digest import Digest, DigestOutcome
    from monitor.notify.sender import SendReport
    from monitor.web.server import WebServer
    from storage import RecordedEvent
    from storage.readers import Backlog

BATCH = 500  # events a reader handles per transaction (storage.catch_up's batch size)
STUCK_AFTER = timedelta(minutes=5)  # a reader with older unhandled events is stuck
VIEW_READERS = ("view_developments",)


def utc_today() -> date:
    return datetime.now(UTC).date()


def open_monitor(
    config: Path | str | None = None,
    *,
    create: bool = False,
    settings: Settings | None = None,
    today: Callable[[], date] = utc_today,
) -> Monitor:
    """Read the settings and open the store; only `create` makes a store where there is none.

    `today` is the day summaries are told as of (tests and reruns pin it).
    """
    settings = settings or load_settings(config)
    try:
        from monitor.bootstrap import bootstrap

        return Monitor(bootstrap(settings, create=create), today)
    except MonitorError:
        raise
    except OSError as error:  # the SQLite file or its folder
        if error.errno == errno.ENOSPC or not error.filename:
            raise readable_error(error, settings) or error from None
        raise ConfigError(
            f"cannot create or open {error.filename}: {error.strerror}; check database_url "
            f"({settings.origin('database_url')})"
        ) from None
    except Exception as error:
        readable = readable_error(error, settings)
        if readable is None:
            raise
        raise readable from None


def told_summary(
    settings: Settings,
    as_of: date | None = None,
    known_at: date | None = None,
    *,
    today: Callable[[], date] = utc_today,
) -> tuple[dict[str, Any], list[str]]:
    """The summary document (see `Monitor.summary`) and the warnings of readers behind the log:
    read from a SQLite store's file when it can be (`summary_from_file`), else from the store
    opened as every other command opens it."""
    told = None if known_at else summary_from_file(settings, today(), as_of)
    if told is not None:
        return told
    with open_monitor(settings=settings, today=today) as monitor:
        return monitor.summary(as_of, known_at), monitor.lag_warnings()


def summary_from_file(
    settings: Settings, today: date, as_of: date | None = None
) -> tuple[dict[str, Any], list[str]] | None:
    """The summary as of `as_of` (default `today`) and the lag warnings, read in one read-only
    snapshot of a SQLite file without loading SQLAlchemy or the application; None when opening
    the store must answer: not a SQLite file, no store or an older schema in it, a view behind
    the log (it is caught up first), or a file that cannot be read now."""
    import sqlite3

    from monitor import snapshot
    from monitor.views.summarize import summarize_facts, told_facts

    database = settings.sqlite_file()
    if database is None or not database.is_file():
        return None
    day = as_of or today
    try:
        with snapshot.snapshot(database) as store:
            if not store.current():
                return None
            backlogs = store.backlogs()
            if any(item.pending for item in backlogs if item.reader in VIEW_READERS):
                return None  # opening the store catches the view up first
            found = told_facts(store.development_facts(), store.development_docs, day)
    except sqlite3.Error:
        return None
    return summarize_facts(found, day), lag_warnings(backlogs)


def readable_error(error: BaseException, settings: Settings | None = None) -> MonitorError | None:
    """A one-line MonitorError for an error a person can act on; None for a bug."""
    if isinstance(error, MonitorError):
        return error
    origin = f" ({settings.origin('database_url')})" if settings else ""
    if type(error).__module__.startswith("sqlalchemy"):
        import sqlalchemy as sa

        where = _where(settings)
        reason = _first_line(getattr(error, "orig", None) or error)
        if isinstance(error, sa.exc.ArgumentError | sa.exc.NoSuchModuleError):
            return ConfigError(f"database_url{origin}: {reason}")
        if isinstance(error, sa.exc.OperationalError | sa.exc.InterfaceError):
            return DatabaseUnavailable(
                f"cannot use the database at {where}: {reason}; check database_url{origin} "
                "and that the database is up"
            )
        return None
    from storage import StorageError

    if isinstance(error, StorageError):
        return MonitorError(str(error))
    if isinstance(error, ModuleNotFoundError) and error.name in ("psycopg", "psycopg2"):
        return ConfigError(
            f"database_url{origin} names PostgreSQL, whose driver is not installed: "
            "pip install 'kz-il-monitor[postgres]'"
        )
    if isinstance(error, OSError) and error.errno == errno.ENOSPC:
        return MonitorError(f"the disk is full: {_first_line(error)}")
    if isinstance(error, OSError) and error.filename:
        return MonitorError(f"{error.filename}: {error.strerror}")
    return None


def _where(settings: Settings | None) -> str:
    if settings is None:
        return "database_url"
    from sqlalchemy.engine import make_url

    return make_url(settings.database_url).render_as_string(hide_password=True)


def _first_line(error: BaseException) -> str:
    lines = str(error).strip().splitlines()
    return lines[0] if lines else type(error).__name__


@dataclass(frozen=True)
class PollOutcome:
    report: PollReport
    webhooks: SendReport | None  # None when no channel is configured (or another instance sends)


@dataclass(frozen=True)
class ChannelState:
    name: str
    kind: str
    where: str  # scheme and host only: paths can hold tokens
    state: str  # "enabled" or "disabled (410)"
    counts: dict[str, int]  # deliveries per status


class Monitor:
    """The application: open it with `open_monitor()`, use it, close it (or use `with`)."""

    def __init__(self, parts: Components, today: Callable[[], date] = utc_today) -> None:
        self._parts = parts
        self.settings = parts.settings
        self.store = parts.store
        self.today = today

    def close(self) -> None:
        self._parts.close()

    def __enter__(self) -> Monitor:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    # --- running ---

    def run(self, stop: threading.Event | None = None, config: Path | str | None = None) -> bool:
        """Run the daemon until SIGTERM/SIGINT or `stop`; False if it had to cut work short.
        After each pass that moved the readers, today's summary is kept for `config`'s store."""
        from monitor.daemon import run

        self._parts.leadership.claim_daemon()
        return run(self, stop, config)

    def keep_summary(self, config: Path | str | None) -> None:
        """Work out today's summary (text and JSON) and keep it beside a SQLite store, as a
        `monitor summary` run would, so the next one answers from a file (monitor.answers);
        nothing is kept if the store moves meanwhile, or for another kind of store."""
        from monitor.answers import Answers
        from monitor.views.render import render_summary

        answers = Answers.of(config)
        before = answers.state() if answers else None
        if before is None:
            return
        document = self.summary()
        warnings = self.lag_warnings()
        for fmt in ("text", "json"):
            if answers.state() != before:
                return
            question = ["summary", fmt, self.today().isoformat()]
            output = render_summary(document, fmt)
            answers.put(answers.key(question, before), {"output": output, "warnings": warnings})

    def warm_up(self) -> None:
        """Load what the first batch of articles will need (the detector, the feeds' languages'
        lemmatisers); the daemon calls it beside its first poll. With no feed configured or ever
        listed and no article waiting, no batch is coming (0.7 s of CPU saved): a reader then
        loads what it needs on its first article, as it would if it had not been warmed."""
        if not self._articles_may_come():
            return
        languages = {feed.language for feed in self.settings.feeds}
        for reader in self._parts.readers:
            warm = getattr(reader, "warm", None)
            if warm is not None:
                warm(languages)

    def _articles_may_come(self) -> bool:
        """Whether a feed is configured or was ever listed in the log, or an article waits for a
        reader that warms up; True when the store cannot tell."""
        import storage

        if self.settings.feeds:
            return True
        try:
            if self.store.read_all(0, limit=1, types=("FeedAdded",)):
                return True
            for reader in self._parts.readers:
                if getattr(reader, "warm", None) is None:
                    continue
                with self.store.engine.connect() as conn:
                    checkpoint = storage.get_checkpoint(conn, reader.name)
                if self.store.read_all(checkpoint, limit=1, types=reader.types):
                    return True
        except Exception:  # a database outage: warm up as ever, the poll will say what failed
            return True
        return False

    def leads(self, job: str) -> bool:
        """Whether this instance runs a singleton job (a reader, the sender, a digest)."""
        return self._parts.leads(job)

    def sync_config_feeds(self) -> int:
        """Record the configuration file's feed list as events; how many changes that took."""
        from monitor.feeds.feedlist import sync_config_feeds

        return sync_config_feeds(self.store, self.settings.feeds)

    def poll(self, names: list[str] | None = None) -> PollOutcome:
        """One pass over the due (or named) feeds, then catch up the readers and notify."""
        from monitor.feeds.feedlist import current_feeds

        self.sync_config_feeds()
        feeds = current_feeds(self.store)
        if names:
            unknown = sorted(set(names) - {feed.name for feed in feeds})
            if unknown:
                raise MonitorError(f"no active feed named {', '.join(unknown)}")
            report = self._parts.poller.poll([feed for feed in feeds if feed.name in names])
        else:
            report = self._poll_due(feeds, threading.Event())
        self.catch_up()
        webhooks = None
        if self._has_channels() and self.leads("sender"):
            webhooks = self.send_deliveries(due_only=True)
        return PollOutcome(report, webhooks)

    def poll_due(self, stop: threading.Event) -> PollReport | None:
        """The daemon's pass over the due feeds (None when none was due)."""
        from monitor.feeds.feedlist import current_feeds

        report = self._poll_due(current_feeds(self.store), stop)
        return report if report.feeds else None

    def _poll_due(self, feeds: list, stop: threading.Event) -> PollReport:
        """Claim due feeds a batch at a time and poll them, until none is due or `stop`."""
        from monitor.feeds.poller import PollReport

        report = PollReport()
        if not feeds:  # nothing to claim: no fetcher (its HTTP client, its TLS context) is built
            return report
        poller = self._parts.poller
        left = list(feeds)
        while left and not stop.is_set():
            claimed = poller.claim_due(left, limit=poller.batch)
            if not claimed:
                break
            if stop.is_set():
                poller.release_leases()
                break
            report.feeds += poller.poll(claimed, stop=stop).feeds
            polled = {feed.name for feed in claimed}  # once a pass, even if saving failed
            left = [feed for feed in left if feed.name not in polled]
        return report

    def interrupt(self) -> None:
        """Stopping: cut the fetches in flight; they are polled again later."""
        if "poller" in self._parts.__dict__:
            self._parts.poller.interrupt()

    def release_leases(self) -> None:
        """Give up the feeds this instance holds, so a restart or another instance polls them."""
        if "poller" in self._parts.__dict__:
            self._parts.poller.release_leases()

    def catch_up(self, stop: threading.Event | None = None) -> dict[str, int]:
        """Bring the readers this instance leads up to the log; events handled by each."""
        import storage

        handled = {}
        for reader in self._parts.readers:
            if not self.leads(f"reader:{reader.name}"):
                continue
            handled[reader.name] = 0
            while stop is None or not stop.is_set():
                count = storage.catch_up(self.store, reader, batch_size=BATCH, max_batches=1)
                handled[reader.name] += count
                if count < BATCH:
                    break
        return handled

    # --- the feed list ---

    def feeds(self) -> list[Any]:
        """Every feed ever added, with its status and article count (config feeds recorded)."""
        from monitor.views.feeds import all_feeds

        self.sync_config_feeds()
        with self.store.engine.connect() as conn:
            return all_feeds(conn)

    def add_feed(self, config: FeedConfig, *, replace: bool = False) -> str:
        """Add a feed: 'added', 'unchanged' or 'replaced'; another feed of that name is refused."""
        from monitor.feeds.feedlist import FeedListError, add_feed, listed_feed

        outcome = add_feed(self.store, config, replace=replace)
        if outcome == "kept":
            listed = listed_feed(self.store, config.name)
            raise FeedListError(
                f"a feed named {config.name!r} is already listed"
                f"{f' ({listed.url})' if listed else ''}; pass --replace to replace it"
            )
        return outcome

    def remove_feed(self, name: str) -> None:
        from monitor.feeds.feedlist import remove_feed

        remove_feed(self.store, name)

    def import_opml(self, document: bytes) -> tuple[int, int]:
        """Add the feeds an OPML document lists (names already listed are kept as they are)."""
        from monitor.feeds.feedlist import add_feed, read_opml

        configs = read_opml(document)
        added = [add_feed(self.store, config, "opml", replace=False) for config in configs]
        return len(configs), added.count("added")

    def export_opml(self) -> str:
        from monitor.feeds.feedlist import current_feeds, export_opml

        return export_opml(current_feeds(self.store))

    # --- queries ---

    def events(
        self,
        types: list[str] | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        after: int = 0,
        limit: int | None = None,
        min_sources: int | None = None,
    ) -> Iterator[RecordedEvent]:
        """Events from the log, oldest first; `min_sources` keeps well-sourced developments."""
        keys = None
        if min_sources is not None:
            from monitor.developments import DEVELOPMENT_EVENT_TYPES as DEVELOPMENT_TYPES
            from monitor.views.summary import keys_with_sources

            self._catch_up_views()
            with self.store.engine.connect() as conn:
                keys = keys_with_sources(conn, min_sources)
            types = [t for t in (types or DEVELOPMENT_TYPES) if t in DEVELOPMENT_TYPES]
        if types:
            from monitor.mapper import stored_types

            types = stored_types(types)  # and the names older logs stored them under
        shown = 0
        while limit is None or shown < limit:
            page = 1000 if limit is None else min(1000, limit - shown)
            batch = self.store.read_all(after, limit=page, types=types, until=until)
            if not batch:
                return
            after = batch[-1].position
            for recorded in batch:
                if since and recorded.recorded_at < since:
                    continue
                if keys is not None and recorded.data.get("key") not in keys:
                    continue
                shown += 1
                yield recorded

    def summary(
        self, as_of: date | None = None, known_at: date | None = None, *, catch_up: bool = True
    ) -> dict[str, Any]:
        """The summary document (see monitor.views.summarize): what had happened by `as_of`
        (default today) as known now, or as the log knew it at the end of `known_at` (a replay)."""
        from monitor.views.summary import load_summary

        if known_at is None and catch_up:
            self._catch_up_views()
        return load_summary(self.store, today=self.today(), as_of=as_of, known_at=known_at)

    def development(
        self,
        key: str,
        as_of: date | None = None,
        known_at: date | None = None,
        *,
        catch_up: bool = True,
    ) -> dict[str, Any] | None:
        """One development as the summary tells it, with every event in the log about it (see
        monitor.views.development); None when the log has none."""
        from monitor.views.development import development

        document = self.summary(as_of, known_at, catch_up=catch_up)
        return development(self.store, document, key, known_at)

    def changes(self) -> tuple[Any, ...]:
        """A value that differs whenever a query's answer could: the log's head, every reader's
        checkpoint, the day (the web server keeps answers while it stays the same)."""
        import storage

        with self.store.engine.connect() as conn:
            checkpoints = [storage.get_checkpoint(conn, r.name) for r in self._parts.readers]
        return self.head(), *checkpoints, self.today()

    def timeline(self, since: date | None = None) -> list[dict[str, Any]]:
        from monitor.views.timeline import timeline

        self._catch_up_views()
        with self.store.engine.connect() as conn:
            return timeline(conn, since, today=self.today())

    def health(self) -> list[dict[str, Any]]:
        """Per feed: status, last success, failures (save failures too), next check, entries."""
        from monitor.views.health import feed_health

        with self.store.engine.connect() as conn:
            return feed_health(conn)

    def facts(self, *, catch_up: bool = True) -> list[dict[str, Any]]:
        """Every development as a summary fact (the exports' input)."""
        from monitor.views.summary import stored_facts

        if catch_up:
            self._catch_up_views()
        with self.store.engine.connect() as conn:
            return stored_facts(conn, self.today())

    def atom(self, self_url: str | None = None, *, catch_up: bool = True) -> bytes:
        from monitor.views.export import atom_feed

        return atom_feed(self.facts(catch_up=catch_up), self_url=self_url)

    def ical(self, *, catch_up: bool = True) -> str:
        from monitor.views.export import icalendar

        return icalendar(self.facts(catch_up=catch_up))

    def head(self) -> int:
        return self.store.head()

    def metrics(self) -> dict[str, Any]:
        """The figures /metrics reports (monitor.views.metrics), each reader's lag in events
        (`lags`) and the log's head, all read from the database."""
        from monitor.views.metrics import figures

        with self.store.engine.connect() as conn:
            found = figures(conn)
        found["lags"] = {item.reader: item.pending for item in self.backlogs()}
        found["head"] = self.head()
        return found

    def _catch_up_views(self) -> None:
        """Bring the development views up to the log first if they lag (the daemon usually has)."""
        import storage

        for name in VIEW_READERS:
            reader = self._parts.reader(name)
            with self.store.engine.connect() as conn:
                checkpoint = storage.get_checkpoint(conn, name)
            # Read-only look first: the write lock is taken only when there is something to apply.
            if self.store.read_all(checkpoint, limit=1, types=reader.types):
                storage.catch_up(self.store, reader)

    # --- projections ---

    def backlogs(self) -> list[Backlog]:
        """Each reader's checkpoint and the events of its types it has still to handle."""
        from storage.readers import backlog

        return [backlog(self.store, reader) for reader in self._parts.readers]

    def lag_warnings(self) -> list[str]:
        """One line per reader behind the log, for every query's output."""
        return lag_warnings(self.backlogs())

    def stuck(self, after: timedelta = STUCK_AFTER) -> list[Backlog]:
        """Readers that have left events unhandled for longer than `after`."""
        now = datetime.now(UTC)
        return [
            item
            for item in self.backlogs()
            if item.oldest is not None and now - item.oldest > after
        ]

    def rebuild(
        self,
        names: list[str] | None = None,
        progress: Callable[[str, int, int], None] | None = None,
    ) -> dict[str, int]:
        """Clear projections and replay the whole log into them; events replayed by each."""
        import storage

        try:
            readers = (
                [self._parts.reader(name) for name in names]
                if names
                else [r for r in self._parts.readers if getattr(r, "rebuildable", True)]
            )
        except KeyError as error:
            known = ", ".join(reader.name for reader in self._parts.readers)
            raise MonitorError(f"no reader named {error.args[0]!r} (readers: {known})") from None
        replayed = {}
        for reader in readers:
            step = (
                (lambda at, head, name=reader.name: progress(name, at, head)) if progress else None
            )
            replayed[reader.name] = storage.rebuild(self.store, reader, progress=step)
        return replayed

    def reprocess(self, progress: Callable[[int, int], None] | None = None) -> int:
        """Re-run detection over the stored articles with today's rules; how many changed."""
        from monitor.detect.reader import reprocess

        self.catch_up()
        changed = reprocess(self.store, self._parts.reader("detector"), progress=progress)
        self.catch_up()
        return changed

    def upgrade(self) -> tuple[str, str]:
        """The store's and the service's schema revisions (brought up to date on opening)."""
        from storage.migrate import current_revision

        engine = self.store.engine
        return current_revision(engine), current_revision(engine, "alembic_version_monitor")

    # --- deliveries ---

    def deliveries(self, status: str | None = None, channel: str | None = None) -> list[Any]:
        """The outbox, brought up to the log first, in log order."""
        from monitor.notify.outbox import READER_NAME, STATUSES, list_deliveries

        if status is not None and status not in STATUSES:
            raise MonitorError(f"--status must be one of {', '.join(STATUSES)}, not {status!r}")
        self._catch_up_reader(READER_NAME)
        with self.store.engine.connect() as conn:
            return list_deliveries(conn, status, channel)

    def retry_deliveries(
        self, keys: list[str] | None = None, channel: str | None = None
    ) -> list[str]:
        """Re-queue dead deliveries (all, these, or a channel's) with fresh attempts, same keys."""
        from monitor.notify.outbox import requeue_dead

        if channel is not None:
            self._known_channel(channel)
        return requeue_dead(self.store, keys or (), channel)

    def send_deliveries(
        self, *, due_only: bool = False, stop: threading.Event | None = None
    ) -> SendReport:
        """Attempt pending deliveries once now: all of them, or (`due_only`) those due."""
        from monitor.notify.channels import build_channels
        from monitor.notify.outbox import READER_NAME
        from monitor.notify.sender import Sender

        self._catch_up_reader(READER_NAME)
        sender = Sender(self.store, build_channels(self.settings))
        return sender.send_due(stop, force=not due_only)

    def channels(self, kind: str | None = None) -> list[ChannelState]:
        """The configured delivery channels (of one kind), whether each is enabled, and their
        outbox counts; no secret is resolved."""
        from monitor.notify import outbox
        from monitor.notify.channels import KINDS

        self._catch_up_reader(outbox.READER_NAME)
        channels = []
        with self.store.engine.connect() as conn:
            states = outbox.channel_states(conn)
            for module in KINDS:
                for name, where in module.listing(self.settings):
                    if kind is not None and kind != module.KIND:
                        continue
                    rows = outbox.list_deliveries(conn, channel=name)
                    state = states.get(name)
                    disabled = f"disabled ({state.status})" if state and state.disabled else None
                    channels.append(
                        ChannelState(
                            name, module.KIND, where, disabled or "enabled",
                            {s: sum(r.status == s for r in rows) for s in outbox.STATUSES},
                        )
                    )  # fmt: skip
        return channels

    def test_channel(self, name: str):
        """Send a test message to a configured channel now: (message id, Attempt); a channel
        that does not take it raises, with the reason and without any secret."""
        from monitor.notify.channels import build_channels
        from monitor.notify.channels.base import Outcome
        from storage.ids import uuid7

        self._known_channel(name)
        (channel,) = [c for c in build_channels(self.settings) if c.name == name]
        message_id = f"msg_test_{uuid7().replace('-', '')}"
        try:
            attempt = channel.deliver(message_id, channel.render_test())
        finally:
            channel.close()
        if attempt.outcome is not Outcome.DELIVERED:
            raise MonitorError(f"test message to {name} ({channel.where}) failed: {attempt.error}")
        return message_id, attempt

    def webhook_channels(self) -> list[ChannelState]:
        """The configured webhook channels, whether each is enabled, and their outbox counts."""
        return self.channels("webhook")

    def enable_channel(self, channel: str) -> bool:
        """Re-enable a channel disabled because its destination was gone; False if it was not."""
        from monitor.notify.outbox import enable_channel

        return enable_channel(self.store, channel)

    enable_webhook = enable_channel

    def _has_channels(self) -> bool:
        from monitor.notify.channels import routes

        return bool(routes(self.settings))

    def _known_channel(self, name: str) -> None:
        from monitor.notify.channels import routes

        known = [route for route, _ in routes(self.settings)]
        if name not in known:
            raise MonitorError(
                f"no delivery channel named {name!r} (configured: {', '.join(known) or 'none'})"
            )

    def _catch_up_reader(self, name: str) -> None:
        import storage

        storage.catch_up(self.store, self._parts.reader(name))

    # --- digests ---

    def digests(self, name: str | None = None) -> list[DigestConfig]:
        """The configured digests, or the one with this channel name."""
        from monitor.notify.digest import digest_channel

        digests = self.settings.digests
        if not digests:
            raise MonitorError("no [[digests]] configured")
        if name is None:
            return list(digests)
        chosen = [config for config in digests if digest_channel(config) == name]
        if not chosen:
            known = ", ".join(digest_channel(config) for config in digests)
            raise MonitorError(f"no digest named {name!r} (configured: {known})")
        return chosen

    def preview_digest(self, config: DigestConfig) -> Digest:
        """The digest that would close the next period, without sending or recording it."""
        from monitor.notify.digest import build_digest, digest_trigger, fire_times

        upcoming = fire_times(digest_trigger(config), datetime.now(UTC), 1)
        period_end = upcoming[0] if upcoming else datetime.now(UTC)
        threshold = self.settings.delivery.corroboration_threshold
        return build_digest(self.store, config, period_end=period_end, threshold=threshold)

    def send_digest(self, config: DigestConfig, *, force: bool = False) -> DigestOutcome:
        """Send a digest now, closing the current period (unless nothing changed and not force)."""
        from monitor.notify.digest import send_digest

        threshold = self.settings.delivery.corroboration_threshold
        return send_digest(self.store, self._mailer(), config, threshold=threshold, force=force)

    def send_scheduled_digest(
        self, config: DigestConfig, grace: timedelta | None = None
    ) -> DigestOutcome:
        """Close the latest scheduled period of a digest unless it is recorded already."""
        from monitor.notify.digest import send_scheduled

        threshold = self.settings.delivery.corroboration_threshold
        extra = {"grace": grace} if grace is not None else {}
        return send_scheduled(self.store, self._mailer(), config, threshold=threshold, **extra)

    def _mailer(self):
        from monitor.notify.mailer import Mailer

        return Mailer(self.settings.smtp)

    # --- the web pages and endpoints ---

    def serve(self, host: str | None = None, port: int | None = None) -> WebServer:
        """Start the read-only web server in a thread (the caller stops it)."""
        from monitor.web import serve

        http = self.settings.http
        return serve(self, host or http.host, http.port if port is None else port)


def send_test_webhook(settings: Settings, url: str, secret_env: str | None = None):
    """POST a signed test delivery to `url`: (message id, HTTP status, elapsed ms)."""
    import os

    from monitor.notify.channels.webhook import WebhookTestFailed, secret_for, send_test

    secret = os.environ.get(secret_env) if secret_env else secret_for(settings, url)
    if not secret:
        raise MonitorError(
            f"no secret to sign with: {url} is not a configured webhook with a secret; "
            "pass --secret-env VAR naming an environment variable that holds one"
        )
    timeout = next((w.timeout for w in settings.webhooks if w.url == url), None)
    message_id, attempt = send_test(url, secret, **({"timeout": timeout} if timeout else {}))
    if attempt.status is None or not 200 <= attempt.status < 300:
        raise WebhookTestFailed(f"test delivery {message_id} failed: {attempt.error}")
    return message_id, attempt.status, attempt.elapsed_ms


def lag_warnings(backlogs: Iterable[Backlog | snapshot.Backlog]) -> list[str]:
    """One line per reader behind the log, for every query's output."""
    return [
        f"{item.reader} is {item.pending} event(s) behind the log"
        f"{_since(item.oldest)}: answers may be incomplete until it catches up "
        "(is `monitor run` running?)"
        for item in backlogs
        if item.pending
    ]


def _since(moment: datetime | None) -> str:
    return f" (the oldest recorded {moment:%Y-%m-%d %H:%M} UTC)" if moment else ""
