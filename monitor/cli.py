"""The `monitor` command line: parse arguments, call the application, print results."""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime, time
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

out = Console()
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
            chosen = application.poller.due(feeds)
        report = application.poller.poll(chosen)
        catch_up_readers(application)
        for item in report.feeds:
            status = item.error or item.status
            out.print(f"{item.feed}: {status}, {item.new} new, {item.updated} updated")
        out.print(
            f"polled {len(report.feeds)} feed(s): {report.new} new, {report.updated} updated, "
            f"{report.failed} failed"
        )
    finally:
        application.close()


@app.command()
def events(
    type_: Annotated[list[str] | None, typer.Option("--type", help="Only this type.")] = None,
    since: Annotated[str | None, typer.Option(help="Recorded on or after (ISO date).")] = None,
    until: Annotated[str | None, typer.Option(help="Recorded on or before (ISO date).")] = None,
    after: Annotated[int, typer.Option(help="Only events after this position.")] = 0,
    limit: Annotated[int | None, typer.Option(help="At most this many events.")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON lines.")] = False,
) -> None:
    """List events from the log, oldest first."""
    application = _app()
    start, end = _parse_when(since), _parse_when(until, end=True)
    shown = 0
    try:
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
                shown += 1
                if as_json:
                    sys.stdout.write(orjson.dumps(_event_json(recorded)).decode() + "\n")
                else:
                    out.print(
                        f"{recorded.position:>8}  {recorded.recorded_at:%Y-%m-%d %H:%M:%S}  "
                        f"{recorded.type:<18} {recorded.stream_id}",
                        highlight=False,
                        soft_wrap=True,
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
        readers = [application.reader(n) for n in name] if name else application.readers
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


# --- delivery commands (deliveries, digest, webhooks, serve) ---


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
