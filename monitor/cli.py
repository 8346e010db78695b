"""The `monitor` command line: parse arguments, call the application, print results."""

from __future__ import annotations

import os
import sys
from datetime import UTC, date, datetime, time
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import orjson
import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn
from rich.table import Table

from monitor.errors import ConfigError, MonitorError
from storage import StorageError

app = typer.Typer(
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False, help=__doc__
)
feeds_app = typer.Typer(no_args_is_help=True, help="List and change the feeds polled.")
projections_app = typer.Typer(no_args_is_help=True, help="Inspect and rebuild projections.")
db_app = typer.Typer(no_args_is_help=True, help="Database schema.")
app.add_typer(feeds_app, name="feeds")
app.add_typer(projections_app, name="projections")
app.add_typer(db_app, name="db")

out = Console(soft_wrap=True)  # long paths and URLs stay on one line when piped
ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config", "-c", help="Config file (default: $MONITOR_CONFIG or config/monitor.toml)."
    ),
]
_state: dict[str, Path | None] = {"config": None}


@app.callback()
def _main(config: ConfigOption = None) -> None:
    """Event-sourced news monitor for Kazakhstan–Israel relations."""
    _state["config"] = config


def _settings():
    from monitor.logs import configure_logging
    from monitor.settings import load_settings

    settings = load_settings(_state["config"])
    configure_logging(settings.log_level, settings.log_format)
    return settings


def _app(migrate: bool = True):
    from monitor.bootstrap import bootstrap

    return bootstrap(_settings(), migrate=migrate)


def _parse_when(value: str | None, *, end: bool = False) -> datetime | None:
    if value is None:
        return None
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return datetime.combine(day, time.max if end else time.min, tzinfo=UTC)
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date or datetime") from None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


@app.command()
def run() -> None:
    """Run the daemon: poll, detect, project and notify until SIGTERM/SIGINT."""
    from monitor.daemon import run as run_daemon

    application = _app()
    try:
        run_daemon(application)
    finally:
        application.close()


@app.command()
def poll(
    feed: Annotated[list[str] | None, typer.Option(help="Poll this feed now (repeatable).")] = None,
) -> None:
    """One pass over the due (or named) feeds, then catch up the readers."""
    from monitor.bootstrap import catch_up_readers
    from monitor.feeds.feedlist import current_feeds, sync_config_feeds

    application = _app()
    try:
        sync_config_feeds(application.store, application.settings.feeds)
        feeds = current_feeds(application.store)
        if feed:
            unknown = sorted(set(feed) - {f.name for f in feeds})
            if unknown:
                raise MonitorError(f"no active feed named {', '.join(unknown)}")
            chosen = [f for f in feeds if f.name in feed]
        else:
            chosen = application.poller.claim_due(feeds)
        report = application.poller.poll(chosen)
        catch_up_readers(application)
        _send_due_webhooks(application)
        for item in report.feeds:
            status = item.error or item.status
            out.print(f"{item.feed}: {status}, {item.new} new, {item.updated} updated")
        out.print(
            f"polled {len(report.feeds)} feed(s): {report.new} new, {report.updated} updated, "
            f"{report.failed} failed"
        )
    finally:
        application.close()


def _send_due_webhooks(application) -> None:
    """Notify: attempt the webhook deliveries that are due, once (the daemon retries later)."""
    from monitor.notify.webhooks import WebhookSender, channels_from_settings

    channels = channels_from_settings(application.settings)
    if channels and application.leads("sender"):
        report = WebhookSender(application.store, channels).send_due()
        if report.attempted:
            out.print(f"webhooks: {report.delivered} delivered, {report.failed} failed")


@app.command()
def events(
    type_: Annotated[list[str] | None, typer.Option("--type", help="Only this type.")] = None,
    since: Annotated[str | None, typer.Option(help="Recorded on or after (ISO date).")] = None,
    until: Annotated[str | None, typer.Option(help="Recorded on or before (ISO date).")] = None,
    after: Annotated[int, typer.Option(help="Only events after this position.")] = 0,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines.")] = False,
    min_sources: Annotated[
        int | None,
        typer.Option(help="Only development events whose development has at least N sources."),
    ] = None,
) -> None:
    """List events from the log, oldest first."""
    application = _app()
    start, end = _parse_when(since), _parse_when(until, end=True)
    shown = 0
    keys = None
    try:
        if min_sources is not None:
            type_, keys = _development_filter(application, type_, min_sources)
        while limit is None or shown < limit:
            batch = application.store.read_all(
                after, limit=1000 if limit is None else min(1000, limit - shown), types=type_,
                until=end,
            )  # fmt: skip
            if not batch:
                break
            after = batch[-1].position
            for recorded in batch:
                if start and recorded.recorded_at < start:
                    continue
                if keys is not None and recorded.data.get("key") not in keys:
                    continue
                shown += 1
                if as_json:
                    sys.stdout.write(orjson.dumps(_event_json(recorded)).decode() + "\n")
                else:
                    out.print(
                        f"{recorded.position:>8}  {recorded.recorded_at:%Y-%m-%d %H:%M:%S}  "
                        f"{recorded.type:<18} {recorded.stream_id}",
                        highlight=False,
                    )
    finally:
        application.close()


def _event_json(recorded) -> dict:
    return {
        "position": recorded.position,
        "id": recorded.event_id,
        "stream": recorded.stream_id,
        "version": recorded.version,
        "type": recorded.type,
        "schema_version": recorded.schema_version,
        "recorded_at": recorded.recorded_at.isoformat(),
        "data": recorded.data,
    }


@app.command()
def detect(
    file: Annotated[str, typer.Argument(help="JSON lines of articles; '-' reads stdin.")] = "-",
) -> None:
    """Assess articles (JSON lines in) and print one assessment per line; no database."""
    from monitor.detect.jsonl import run as run_detect

    if file == "-":
        run_detect(sys.stdin, sys.stdout)
    else:
        with Path(file).open(encoding="utf-8") as infile:
            run_detect(infile, sys.stdout)


@app.command()
def reprocess() -> None:
    """Re-run detection over the stored articles with today's rules; append only what changed."""
    from monitor.bootstrap import catch_up_readers
    from monitor.detect.reader import reprocess as run_reprocess

    application = _app()
    try:
        catch_up_readers(application)
        with Progress(
            TextColumn("articles"), BarColumn(), MofNCompleteColumn(), console=out
        ) as progress:
            task = progress.add_task("reprocess", total=None)
            changed = run_reprocess(
                application.store,
                application.reader("detector"),
                progress=lambda done, total: progress.update(task, completed=done, total=total),
            )
        catch_up_readers(application)
        out.print(f"{changed} article(s) assessed differently")
    finally:
        application.close()


@projections_app.command("status")
def projections_status() -> None:
    """Each reader's checkpoint and how far it lags behind the log."""
    from storage.readers import lag

    application = _app()
    try:
        table = Table("reader", "checkpoint", "head", "behind")
        for reader in application.readers:
            checkpoint, head = lag(application.store, reader.name)
            table.add_row(reader.name, str(checkpoint), str(head), str(head - checkpoint))
        out.print(table)
    finally:
        application.close()


@projections_app.command("rebuild")
def projections_rebuild(
    name: Annotated[
        list[str] | None, typer.Argument(help="Readers to rebuild (default: all).")
    ] = None,
) -> None:
    """Clear projections and replay the whole log into them."""
    from storage import rebuild

    application = _app()
    try:
        readers = (
            [application.reader(n) for n in name]
            if name
            else [r for r in application.readers if getattr(r, "rebuildable", True)]
        )
        with Progress(
            TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), console=out
        ) as progress:
            for reader in readers:
                task = progress.add_task(reader.name, total=application.store.head() or 1)

                def advance(position: int, head: int, task=task) -> None:
                    progress.update(task, completed=position, total=head or 1)

                count = rebuild(application.store, reader, progress=advance)
                progress.update(task, completed=progress.tasks[task].total)
                progress.console.print(f"{reader.name}: replayed {count} events")
    except KeyError as error:
        raise MonitorError(f"no reader named {error.args[0]!r}") from None
    finally:
        application.close()


@db_app.command("upgrade")
def db_upgrade() -> None:
    """Create or upgrade the database schema."""
    from monitor.bootstrap import upgrade_database
    from storage import create_engine
    from storage.migrate import current_revision

    settings = _settings()
    engine = create_engine(settings.database_url)
    try:
        upgrade_database(engine)
        out.print(
            f"store at {current_revision(engine)}, service at "
            f"{current_revision(engine, 'alembic_version_monitor')}"
        )
    finally:
        engine.dispose()


@feeds_app.command("list")
def feeds_list(as_json: Annotated[bool, typer.Option("--json")] = False) -> None:
    """Every feed with its status."""
    from monitor.feeds.feedlist import current_feeds, sync_config_feeds
    from monitor.views.feeds import all_feeds

    application = _app()
    try:
        sync_config_feeds(application.store, application.settings.feeds)
        current_feeds(application.store)
        with application.engine.connect() as conn:
            rows = all_feeds(conn)
        if as_json:
            for row in rows:
                item = {str(k): v for k, v in row._asdict().items() if not k.endswith("_at")}
                sys.stdout.write(orjson.dumps(item).decode() + "\n")
            return
        table = Table("name", "status", "language", "every", "articles", "url", "last error")
        for row in rows:
            table.add_row(
                row.feed, row.status, row.language, f"{int(row.interval_s // 60)}m",
                str(row.articles), row.url, row.last_error or "",
            )  # fmt: skip
        out.print(table)
    finally:
        application.close()


@feeds_app.command("add")
def feeds_add(
    name: str,
    url: str,
    language: Annotated[str, typer.Option(help="ISO 639-1 code of the feed's language.")] = "en",
    interval: Annotated[str, typer.Option(help="How often to poll: 90s, 30m, 2h.")] = "30m",
    full_text: Annotated[bool, typer.Option(help="Also fetch each linked article page.")] = False,
) -> None:
    """Add a feed (recorded as a FeedAdded event)."""
    from pydantic import ValidationError

    from monitor.feeds.feedlist import add_feed
    from monitor.settings import FeedConfig

    try:
        config = FeedConfig(
            name=name, url=url, language=language, interval=interval, full_text=full_text
        )
    except ValidationError as error:
        problems = "; ".join(f"{p['loc'][0]}: {p['msg']}" for p in error.errors())
        raise MonitorError(f"cannot add feed: {problems}") from None
    application = _app()
    try:
        added = add_feed(application.store, config)
        out.print(f"added {name}" if added else f"{name} is already listed as given")
    finally:
        application.close()


@feeds_app.command("remove")
def feeds_remove(name: str) -> None:
    """Remove a feed (recorded as a FeedRemoved event)."""
    from monitor.feeds.feedlist import remove_feed

    application = _app()
    try:
        remove_feed(application.store, name)
        out.print(f"removed {name}")
    finally:
        application.close()


@feeds_app.command("import-opml")
def feeds_import_opml(file: Path) -> None:
    """Add every feed listed in an OPML file."""
    from monitor.feeds.feedlist import add_feed, read_opml

    configs = read_opml(file.read_bytes())
    application = _app()
    try:
        added = sum(add_feed(application.store, config, origin="opml") for config in configs)
        out.print(f"{len(configs)} feed(s) in {file}, {added} added")
    finally:
        application.close()


@feeds_app.command("export-opml")
def feeds_export_opml(
    output: Annotated[Path | None, typer.Option("--output", "-o")] = None,
) -> None:
    """Write the feed list as OPML (to stdout by default)."""
    from monitor.feeds.feedlist import current_feeds, export_opml

    application = _app()
    try:
        document = export_opml(current_feeds(application.store))
    finally:
        application.close()
    if output:
        output.write_text(document, encoding="utf-8")
    else:
        sys.stdout.write(document)


# --- views commands (summary, timeline, export) ---

export_app = typer.Typer(no_args_is_help=True, help="Export developments as Atom or iCalendar.")
app.add_typer(export_app, name="export")


class OutputFormat(StrEnum):
    text = "text"
    markdown = "markdown"
    json = "json"


FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="text, markdown or json.")
]
JsonOption = Annotated[bool, typer.Option("--json", help="Same as --format json.")]
OutputOption = Annotated[
    Path | None, typer.Option("--output", "-o", help="Write to this file, not stdout.")
]


def _today() -> date:
    """Today (UTC), the day summaries are told as of; MONITOR_TODAY pins it (tests, reruns)."""
    pinned = os.environ.get("MONITOR_TODAY")
    return date.fromisoformat(pinned) if pinned else datetime.now(UTC).date()


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


def _development_filter(application, types: list[str] | None, min_sources: int):
    """Development types only, and the keys of developments with enough sources."""
    from monitor.developments import DEVELOPMENT_EVENT_TYPES as DEVELOPMENT_TYPES
    from monitor.views.summary import keys_with_sources

    _catch_up_views(application)
    with application.engine.connect() as conn:
        keys = keys_with_sources(conn, min_sources)
    return [t for t in (types or DEVELOPMENT_TYPES) if t in DEVELOPMENT_TYPES], keys


def _catch_up_views(application) -> None:
    """Bring the development views up to the log first, if they lag (the daemon usually has)."""
    from storage import catch_up
    from storage.readers import lag

    for name in ("view_developments",):
        reader = application.reader(name)
        checkpoint, _head = lag(application.store, name)
        # Read-only look first: the write lock is taken only when there is something to apply.
        if application.store.read_all(checkpoint, limit=1, types=reader.types):
            catch_up(application.store, reader)


def _write(data: bytes, output: Path | None) -> None:
    if output:
        output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


@app.command()
def summary(
    as_of: Annotated[
        str | None,
        typer.Option("--as-of", help="What had happened by this day, as known now (YYYY-MM-DD)."),
    ] = None,
    known_at: Annotated[
        str | None,
        typer.Option("--known-at", help="What the log knew at the end of this day (YYYY-MM-DD)."),
    ] = None,
    fmt: FormatOption = OutputFormat.text,
    as_json: JsonOption = False,
) -> None:
    """The state of the relations: a lead paragraph, the latest development, then each section."""
    from monitor.views.render import render_summary
    from monitor.views.summary import load_summary

    day, known = _day(as_of), _day(known_at)
    application = _app()
    try:
        if known is None:
            _catch_up_views(application)
        document = load_summary(application.store, today=_today(), as_of=day, known_at=known)
    finally:
        application.close()
    _write(render_summary(document, "json" if as_json else fmt.value).encode(), None)


@app.command()
def timeline(
    since: Annotated[
        str | None, typer.Option(help="Developments dated on or after this day (YYYY-MM-DD).")
    ] = None,
    fmt: FormatOption = OutputFormat.text,
    as_json: JsonOption = False,
) -> None:
    """Developments and their revisions in date order, oldest first."""
    from monitor.views.render import timeline_markdown, timeline_table, to_json
    from monitor.views.timeline import timeline as load_timeline

    day = _day(since)
    application = _app()
    try:
        _catch_up_views(application)
        with application.engine.connect() as conn:
            entries = load_timeline(conn, day, today=_today())
    finally:
        application.close()
    fmt = OutputFormat.json if as_json else fmt
    if fmt is OutputFormat.text:
        out.print(timeline_table(entries))
    else:
        rendered = to_json(entries) if fmt is OutputFormat.json else timeline_markdown(entries)
        _write(rendered.encode(), None)


@app.command()
def health(as_json: Annotated[bool, typer.Option("--json", help="JSON lines.")] = False) -> None:
    """Feed health: status, last success, consecutive failures, next check, entries seen."""
    from monitor.views.health import feed_health
    from monitor.views.render import health_table

    application = _app()
    try:
        with application.engine.connect() as conn:
            feeds = feed_health(conn)
    finally:
        application.close()
    if as_json:
        _write(b"".join(orjson.dumps(feed) + b"\n" for feed in feeds), None)
    else:
        out.print(health_table(feeds))


def _facts(application) -> list[dict]:
    from monitor.views.summary import stored_facts

    _catch_up_views(application)
    with application.engine.connect() as conn:
        return stored_facts(conn, _today())


@export_app.command("atom")
def export_atom(
    output: OutputOption = None,
    self_url: Annotated[str | None, typer.Option(help="URL the feed will be served at.")] = None,
) -> None:
    """An Atom feed of developments, one entry each, updated when revised or corroborated."""
    from monitor.views.export import atom_feed

    application = _app()
    try:
        facts = _facts(application)
    finally:
        application.close()
    _write(atom_feed(facts, self_url=self_url), output)


@export_app.command("ical")
def export_ical(output: OutputOption = None) -> None:
    """An iCalendar file of planned visits and dates of entry into force."""
    from monitor.views.export import icalendar

    application = _app()
    try:
        facts = _facts(application)
    finally:
        application.close()
    _write(icalendar(facts).encode(), output)


# --- delivery commands (deliveries, digest, webhooks, serve) ---
deliveries_app = typer.Typer(no_args_is_help=True, help="The outbox of webhook deliveries.")
digest_app = typer.Typer(no_args_is_help=True, help="Digest e-mails: preview and send.")
webhooks_app = typer.Typer(no_args_is_help=True, help="Webhook endpoints: list, test, enable.")
app.add_typer(deliveries_app, name="deliveries")
app.add_typer(digest_app, name="digest")
app.add_typer(webhooks_app, name="webhooks")


@deliveries_app.command("list")
def deliveries_list(
    status: Annotated[
        str | None, typer.Option(help="Only pending, delivered or dead deliveries.")
    ] = None,
    channel: Annotated[str | None, typer.Option(help="Only this webhook channel.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines.")] = False,
) -> None:
    """Every delivery in the outbox with its status, attempts and last error."""
    import storage
    from monitor.notify.outbox import READER_NAME, STATUSES, list_deliveries, utc

    if status is not None and status not in STATUSES:
        raise MonitorError(f"--status must be one of {', '.join(STATUSES)}, not {status!r}")
    application = _app()
    try:
        storage.catch_up(application.store, application.reader(READER_NAME))
        with application.engine.connect() as conn:
            rows = list_deliveries(conn, status, channel)
        if as_json:
            for row in rows:
                item = {
                    "key": row.key, "channel": row.channel, "development": row.development,
                    "kind": row.kind, "event_id": row.event_id, "position": row.position,
                    "status": row.status, "attempts": row.attempts,
                    "next_attempt_at": utc(row.next_attempt_at).isoformat(),
                    "last_status": row.last_status, "last_error": row.last_error,
                }  # fmt: skip
                sys.stdout.write(orjson.dumps(item).decode() + "\n")
            return
        table = Table("key", "channel", "kind", "development", "status", "attempts", "last error")
        for row in rows:
            table.add_row(
                row.key, row.channel, row.kind, row.development, row.status, str(row.attempts),
                row.last_error or "",
            )  # fmt: skip
        out.print(table)
        counts = {s: sum(row.status == s for row in rows) for s in STATUSES}
        out.print(", ".join(f"{count} {name}" for name, count in counts.items()))
    finally:
        application.close()


@deliveries_app.command("retry")
def deliveries_retry(
    key: Annotated[list[str] | None, typer.Argument(help="Dead deliveries (default: all).")] = None,
) -> None:
    """Re-queue dead deliveries with a fresh set of attempts (same keys)."""
    from monitor.notify.outbox import requeue_dead

    application = _app()
    try:
        requeued = requeue_dead(application.store, key or ())
        out.print(f"re-queued {len(requeued)} dead deliver{'y' if len(requeued) == 1 else 'ies'}")
    finally:
        application.close()


@deliveries_app.command("send")
def deliveries_send() -> None:
    """Bring the outbox up to the log and attempt every due delivery once, now."""
    import storage
    from monitor.notify.outbox import READER_NAME
    from monitor.notify.webhooks import WebhookSender, channels_from_settings

    application = _app()
    try:
        storage.catch_up(application.store, application.reader(READER_NAME))
        sender = WebhookSender(application.store, channels_from_settings(application.settings))
        report = sender.send_due()
        out.print(
            f"{report.delivered} delivered, {report.failed} failed, {report.dead} dead"
            + (f", disabled: {', '.join(report.disabled)}" if report.disabled else "")
        )
    finally:
        application.close()


def _digests(application, name: str | None):
    from monitor.notify.digest import digest_channel

    digests = application.settings.digests
    if not digests:
        raise MonitorError("no [[digests]] configured")
    if name is None:
        return digests
    chosen = [d for d in digests if digest_channel(d) == name]
    if not chosen:
        known = ", ".join(digest_channel(d) for d in digests)
        raise MonitorError(f"no digest named {name!r} (configured: {known})")
    return chosen


@digest_app.command("preview")
def digest_preview(
    name: Annotated[str | None, typer.Option(help="Only this digest (its channel name).")] = None,
    html: Annotated[bool, typer.Option("--html", help="Print the HTML part.")] = False,
) -> None:
    """Print the next digest: what changed since the last one, then the summary."""
    from monitor.notify.digest import build_digest, digest_trigger, fire_times

    application = _app()
    try:
        threshold = application.settings.delivery.corroboration_threshold
        for config in _digests(application, name):
            upcoming = fire_times(digest_trigger(config), datetime.now(UTC), 1)
            period_end = upcoming[0] if upcoming else datetime.now(UTC)
            digest = build_digest(
                application.store, config, period_end=period_end, threshold=threshold
            )
            out.print(f"Subject: {digest.subject}", highlight=False, markup=False)
            out.print(f"To: {', '.join(digest.recipients)}\n", highlight=False, markup=False)
            sys.stdout.flush()
            sys.stdout.write(digest.html() if html else digest.text())
            sys.stdout.flush()
    finally:
        application.close()


@digest_app.command("send")
def digest_send(
    name: Annotated[str | None, typer.Option(help="Only this digest (its channel name).")] = None,
    force: Annotated[bool, typer.Option(help="Send even when nothing changed.")] = False,
) -> None:
    """Send the digest now, closing the current period."""
    from monitor.notify.digest import send_digest
    from monitor.notify.mailer import Mailer

    application = _app()
    try:
        mailer = Mailer(application.settings.smtp)
        threshold = application.settings.delivery.corroboration_threshold
        for config in _digests(application, name):
            outcome = send_digest(
                application.store, mailer, config, threshold=threshold, force=force
            )
            recipients = ", ".join(config.to)
            out.print(
                f"{outcome.channel}: sent to {recipients}" if outcome.sent
                else f"{outcome.channel}: not sent, {outcome.reason}"
            )  # fmt: skip
    finally:
        application.close()


@webhooks_app.command("list")
def webhooks_list() -> None:
    """The configured webhook channels, whether each is enabled, and its outbox counts."""
    import storage
    from monitor.notify import outbox
    from monitor.notify.webhooks import Channel

    application = _app()
    try:
        storage.catch_up(application.store, application.reader(outbox.READER_NAME))
        table = Table("channel", "endpoint", "state", "pending", "delivered", "dead")
        with application.engine.connect() as conn:
            states = outbox.endpoint_states(conn)
            for config in application.settings.webhooks:
                name = outbox.channel_name(config)
                rows = outbox.list_deliveries(conn, channel=name)
                state = states.get(name)
                counts = [str(sum(r.status == s for r in rows)) for s in outbox.STATUSES]
                table.add_row(
                    name, Channel(name, config.url, "").where,
                    f"disabled ({state.status})" if state and state.disabled else "enabled",
                    *counts,
                )  # fmt: skip
        out.print(table)
    finally:
        application.close()


@webhooks_app.command("enable")
def webhooks_enable(channel: str) -> None:
    """Re-enable a webhook channel disabled after a 410 Gone; its pending deliveries resume."""
    from monitor.notify.outbox import enable_endpoint

    application = _app()
    try:
        enabled = enable_endpoint(application.store, channel)
        out.print(f"enabled {channel}" if enabled else f"{channel} was not disabled")
    finally:
        application.close()


@webhooks_app.command("test")
def webhooks_test(
    url: str,
    secret_env: Annotated[
        str | None, typer.Option(help="Environment variable holding the secret to sign with.")
    ] = None,
) -> None:
    """Send a signed test delivery to URL, signed with that webhook's secret or --secret-env."""
    import os

    from monitor.notify.webhooks import WebhookTestFailed, secret_for, send_test

    settings = _settings()
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
    out.print(f"test delivery {message_id}: HTTP {attempt.status} in {attempt.elapsed_ms} ms")


@app.command()
def serve(
    host: Annotated[str | None, typer.Option(help="Bind address (default: [http] host).")] = None,
    port: Annotated[int | None, typer.Option(help="Port (default: [http] port).")] = None,
) -> None:
    """Serve the read-only endpoint (/healthz, /summary.json, /developments.atom) until Ctrl-C."""
    import signal
    import threading

    from monitor.bootstrap import catch_up_readers
    from monitor.notify.http_endpoint import HttpEndpoint

    application = _app()
    stop = threading.Event()
    try:
        catch_up_readers(application)  # the daemon keeps the views current; `serve` does once
        http = application.settings.http
        endpoint = HttpEndpoint(
            application.store, host or http.host, http.port if port is None else port
        ).start()
        out.print(f"serving on {endpoint.url}")
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda *_: stop.set())
        stop.wait()
        endpoint.stop()
    finally:
        application.close()


def main() -> None:
    """Console entry point: user errors print one line, never a traceback."""
    try:
        app()
    except ConfigError as error:
        typer.echo(f"configuration error: {error}", err=True)
        raise SystemExit(2) from None
    except (MonitorError, StorageError) as error:
        typer.echo(f"error: {error}", err=True)
        raise SystemExit(1) from None
