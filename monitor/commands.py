"""The commands of `monitor`: each parses its arguments, calls the application, prints.

Declared with monitor.cli's `command` and `arg`; the application is monitor.app's Monitor (or,
for a few commands, just the settings).
"""

from __future__ import annotations

import sys
from pathlib import Path

from monitor.cli import (
    JSON,
    arg,
    command,
    day,
    duration,
    formats,
    json_line,
    moment,
    output,
    show,
    table,
    today,
    write,
)
from monitor.errors import MonitorError


@command("run", "Run the daemon: poll, detect, project and notify until SIGTERM or SIGINT.",
         needs="store+", logs=True)  # fmt: skip
def run(monitor, args) -> None:
    import logging
    import os

    monitor.run(config=args.config)
    monitor.close()
    logging.shutdown()
    sys.stdout.flush()
    # Everything is saved and released: end here, without the interpreter's clean-up, which
    # would wait on a job still stuck in a slow endpoint, and which at times crashed in a
    # compiled extension's teardown after an early stop (SIGABRT/SIGSEGV, no Python frame).
    os._exit(0)


@command("poll", "Poll the due feeds (or the named ones) once, then detect, project and notify.",
         needs="store+", logs=True)  # fmt: skip
@arg("--feed", action="append", metavar="NAME", help="poll this feed now, due or not (repeatable)")
def poll(monitor, args) -> None:
    outcome = monitor.poll(args.feed)
    report = outcome.report
    for item in report.feeds:
        write(f"{item.feed}: {item.error or item.status}, {item.new} new, {item.updated} updated\n")
    write(f"polled {len(report.feeds)} feed(s): {report.new} new, {report.updated} updated, "
          f"{report.failed} failed\n")  # fmt: skip
    if outcome.webhooks and outcome.webhooks.attempted:
        sent = outcome.webhooks
        write(f"webhooks: {sent.delivered} delivered, {sent.failed} failed\n")
    monitor.keep_summary(args.config)  # the question asked next, answered now


@command("events", "List events from the log, oldest first.", warns=True)
@arg("--type", action="append", metavar="TYPE", help="only events of this type (repeatable)")
@arg("--since", type=moment, metavar="WHEN", help="recorded on or after this ISO date or datetime")
@arg("--until", type=lambda value: moment(value, end=True), metavar="WHEN",
     help="recorded on or before this ISO date (the whole day) or datetime")  # fmt: skip
@arg("--after", type=int, default=0, metavar="POSITION", help="only events after this position")
@arg("--limit", type=int, metavar="N", help="at most N events")
@arg("--min-sources", type=int, metavar="N",
     help="only development events whose development has at least N sources")  # fmt: skip
@JSON
def events(monitor, args) -> None:
    found = monitor.events(args.type, args.since, args.until, args.after, args.limit,
                           args.min_sources)  # fmt: skip
    for e in found:
        if args.json:
            write(json_line({
                "position": e.position, "id": e.event_id, "stream": e.stream_id,
                "version": e.version, "type": e.type, "schema_version": e.schema_version,
                "recorded_at": e.recorded_at.isoformat(), "data": e.data,
            }))  # fmt: skip
        else:
            write(
                f"{e.position:>8}  {e.recorded_at:%Y-%m-%d %H:%M:%S}  {e.type:<18} {e.stream_id}\n"
            )


@command("detect", "Assess articles (JSON lines in), print one assessment a line; no database.",
         needs="nothing")  # fmt: skip
@arg("file", nargs="?", default="-", metavar="FILE", help="JSON lines of articles (default: stdin)")
def detect(_nothing, args) -> None:
    from monitor.detect.jsonl import run as assess

    if args.file == "-":
        assess(sys.stdin, sys.stdout)
    else:
        with Path(args.file).open(encoding="utf-8") as infile:
            assess(infile, sys.stdout)


@command("reprocess", "Re-run detection over the stored articles with today's rules.", logs=True)
def reprocess(monitor, args) -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn("articles"), BarColumn(), MofNCompleteColumn()) as progress:
        task = progress.add_task("reprocess", total=None)
        changed = monitor.reprocess(
            lambda at, total: progress.update(task, completed=at, total=total)
        )
    write(f"{changed} article(s) assessed differently\n")


def kept_summary(args) -> bool:
    """Print the answer kept for this summary if the store is as it was then (before the
    settings load: see monitor.answers); otherwise note where its answer is to be kept."""
    from monitor.answers import Answers

    answers = None if args.as_of or args.known_at else Answers.of(args.config)
    question = ["summary", "json" if args.json else args.format, today().isoformat()]
    args.kept = (answers, question) if answers else None
    state = answers.state() if answers else None
    kept = answers.get(answers.key(question, state)) if state else None
    if kept is None:
        return False
    write(kept["output"])
    for line in kept["warnings"]:
        print(f"warning: {line}", file=sys.stderr)
    return True


@command("summary", "The state of the relations: a lead paragraph, the latest development, then "
         "each section.", needs="settings", quick=kept_summary)  # fmt: skip
@arg("--as-of", type=day, metavar="DATE", help="what had happened by this day, as known now")
@arg("--known-at", type=day, metavar="DATE", help="what the log knew at the end of this day")
@formats
def summary(settings, args) -> None:
    from monitor.app import told_summary
    from monitor.views.render import render_summary

    answers, question = getattr(args, "kept", None) or (None, None)
    before = answers.state() if answers else None
    document, warnings = told_summary(settings, args.as_of, args.known_at, today=today)
    output = render_summary(document, "json" if args.json else args.format)
    write(output)
    for line in warnings:
        print(f"warning: {line}", file=sys.stderr)
    if before is not None and before == answers.state():  # nothing moved while answering
        answers.put(answers.key(question, before), {"output": output, "warnings": warnings})


@command("timeline", "Developments and their revisions in date order, oldest first.", warns=True)
@arg("--since", type=day, metavar="DATE", help="developments dated on or after this day")
@formats
def timeline(monitor, args) -> None:
    from monitor.views.render import timeline_markdown, timeline_table, to_json

    entries = monitor.timeline(args.since)
    fmt = "json" if args.json else args.format
    if fmt == "text":
        show(timeline_table(entries))
    else:
        write(to_json(entries) if fmt == "json" else timeline_markdown(entries))


@command(
    "health", "Per feed: status, last success, failures, next check, entries seen.", warns=True
)
@JSON
def health(monitor, args) -> None:
    from monitor.views.render import health_table

    feeds = monitor.health()
    if args.json:
        write("".join(json_line(feed) for feed in feeds))
    else:
        show(health_table(feeds))


@command("serve", "Serve the web briefing, /summary.json, /metrics and /healthz (read-only) "
         "until stopped.", logs=True)  # fmt: skip
@arg("--host", metavar="ADDRESS", help="the address to bind (default: the http.host setting)")
@arg("--port", type=int, metavar="PORT", help="the port to listen on (default: http.port)")
def serve(monitor, args) -> None:
    import signal
    import threading

    monitor.catch_up()  # the daemon keeps the views current; `serve` alone does it once
    stop = threading.Event()
    endpoint = monitor.serve(args.host, args.port)
    write(f"serving on {endpoint.url}\n")
    for signum in (signal.SIGTERM, signal.SIGINT):
        signal.signal(signum, lambda *_: stop.set())
    stop.wait()
    endpoint.stop()


@command("feeds list", "Every feed with its status.", warns=True)
@JSON
def feeds_list(monitor, args) -> None:
    rows = monitor.feeds()
    if args.json:
        items = ({str(k): v for k, v in r._asdict().items() if not k.endswith("_at")} for r in rows)
        write("".join(json_line(item) for item in items))
        return
    table("name", "status", "language", "every", "articles", "url", "last error", rows=[
        (r.feed, r.status, r.language, f"{int(r.interval_s // 60)}m", r.articles, r.url,
         r.last_error) for r in rows
    ])  # fmt: skip


@command("feeds add", "Add a feed (recorded as a FeedAdded event).")
@arg("name", help="a short name: letters, digits, '.', '-' and '_'")
@arg("url", help="the feed's http(s) URL")
@arg("--language", default="en", metavar="CODE", help="the feed's ISO 639-1 language (default: en)")
@arg(
    "--interval",
    default="30m",
    metavar="DURATION",
    help="poll every 90s, 30m, 2h... (default: 30m)",
)
@arg("--full-text", action="store_true", help="also fetch each entry's page for its full text")
@arg("--replace", action="store_true", help="replace a feed already listed under this name")
def feeds_add(monitor, args) -> None:
    from pydantic import ValidationError

    from monitor.settings import FeedConfig

    try:
        config = FeedConfig(name=args.name, url=args.url, language=args.language,
                            interval=args.interval, full_text=args.full_text)  # fmt: skip
    except ValidationError as error:
        problems = "; ".join(f"{p['loc'][0]}: {p['msg']}" for p in error.errors())
        raise MonitorError(f"cannot add feed: {problems}") from None
    said = {"added": f"added {args.name}", "replaced": f"replaced {args.name}: now {args.url}",
            "unchanged": f"{args.name} is already listed as given"}  # fmt: skip
    write(said[monitor.add_feed(config, replace=args.replace)] + "\n")


@command("feeds remove", "Remove a feed (recorded as a FeedRemoved event).")
@arg("name", help="the feed's name")
def feeds_remove(monitor, args) -> None:
    monitor.remove_feed(args.name)
    write(f"removed {args.name}\n")


@command("feeds import-opml", "Add every feed an OPML file lists (listed names are kept).")
@arg("file", type=Path, metavar="FILE", help="the OPML file")
def feeds_import(monitor, args) -> None:
    listed, added = monitor.import_opml(args.file.read_bytes())
    write(f"{listed} feed(s) in {args.file}, {added} added\n")


@command("feeds export-opml", "Write the feed list as OPML.")
@output("the OPML")
def feeds_export(monitor, args) -> None:
    write(monitor.export_opml(), args.output)


@command("projections status", "Each reader's checkpoint and what it has still to handle; "
         "exits 1 when a reader is stuck.")  # fmt: skip
@arg("--stuck-after", type=duration, default="5m", metavar="DURATION",
     help="a reader with unhandled events older than this is stuck (default: 5m)")  # fmt: skip
@JSON
def projections_status(monitor, args) -> int:
    rows = [(b.reader, b.checkpoint, b.pending, b.oldest and b.oldest.isoformat(timespec="seconds"))
            for b in monitor.backlogs()]  # fmt: skip
    if args.json:
        names = ("reader", "checkpoint", "behind", "oldest")
        write("".join(json_line(dict(zip(names, row, strict=True))) for row in rows))
    else:
        table("reader", "checkpoint", "behind", "oldest unhandled", rows=rows)
    stuck = monitor.stuck(args.stuck_after)
    for b in stuck:
        print(f"error: {b.reader} has left {b.pending} event(s) unhandled for more than "
              f"{args.stuck_after}: is `monitor run` running, and its log free of errors?",
              file=sys.stderr)  # fmt: skip
    return 1 if stuck else 0


@command("projections rebuild", "Clear projections and replay the whole log into them.", logs=True)
@arg("name", nargs="*", metavar="READER", help="the readers to rebuild (default: all)")
def projections_rebuild(monitor, args) -> None:
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn()) as progress:
        tasks: dict[str, int] = {}

        def advance(name: str, position: int, head: int) -> None:
            if name not in tasks:
                tasks[name] = progress.add_task(name, total=head or 1)
            progress.update(tasks[name], completed=position, total=head or 1)

        for name, count in monitor.rebuild(args.name, advance).items():
            progress.console.print(f"{name}: replayed {count} events")


@command("db upgrade", "Create or upgrade the database schema.", needs="store+")
def db_upgrade(monitor, args) -> None:
    store, service = monitor.upgrade()
    write(f"store at {store}, service at {service}\n")


@command("export atom", "An Atom feed of developments, one entry each.", warns=True)
@output("the feed")
@arg("--self-url", metavar="URL", help="the URL the feed will be served at")
def export_atom(monitor, args) -> None:
    write(monitor.atom(args.self_url), args.output)


@command("export ical", "An iCalendar file of planned visits and entries into force.", warns=True)
@output("the calendar")
def export_ical(monitor, args) -> None:
    write(monitor.ical(), args.output)


@command("deliveries list", "Every delivery with its status, attempts and last error.", warns=True)
@arg("--status", choices=("pending", "delivered", "dead"), help="only deliveries with this status")
@arg("--channel", metavar="NAME", help="only this channel (see `monitor deliveries channels`)")
@JSON
def deliveries_list(monitor, args) -> None:
    from monitor.notify.outbox import STATUSES, utc

    rows = monitor.deliveries(args.status, args.channel)
    if args.json:
        names = ("key", "channel", "development", "kind", "event_id", "position", "status",
                 "attempts", "last_status", "last_error")  # fmt: skip
        write("".join(json_line({name: getattr(r, name) for name in names}
                                | {"next_attempt_at": utc(r.next_attempt_at).isoformat()})
                      for r in rows))  # fmt: skip
        return
    table("key", "channel", "kind", "development", "status", "attempts", "last error", rows=[
        (r.key, r.channel, r.kind, r.development, r.status, r.attempts, r.last_error) for r in rows
    ])  # fmt: skip
    write(", ".join(f"{sum(r.status == s for r in rows)} {s}" for s in STATUSES) + "\n")


@command("deliveries retry", "Re-queue dead deliveries with fresh attempts (same keys).", logs=True)
@arg("key", nargs="*", metavar="KEY", help="the dead deliveries to re-queue (default: all)")
@arg("--channel", metavar="NAME", help="only this channel's dead deliveries")
def deliveries_retry(monitor, args) -> None:
    requeued = monitor.retry_deliveries(args.key, args.channel)
    write(f"re-queued {len(requeued)} dead deliver{'y' if len(requeued) == 1 else 'ies'}\n")


@command("deliveries channels", "Every delivery channel (webhook, Apprise): its state and counts.",
         warns=True)  # fmt: skip
def deliveries_channels(monitor, args) -> None:
    channels = monitor.channels()
    rows = [(c.name, c.kind, c.where, c.state, *c.counts.values()) for c in channels]
    table("channel", "kind", "destination", "state", "pending", "delivered", "dead", rows=rows)


@command("deliveries test", "Send a test message to a configured channel of any kind.", logs=True)
@arg("channel", help="the channel's name (see `monitor deliveries channels`)")
def deliveries_test(monitor, args) -> None:
    message_id, attempt = monitor.test_channel(args.channel)
    write(f"test message {message_id} to {args.channel}: delivered in {attempt.elapsed_ms} ms\n")


@command("deliveries enable", "Re-enable a channel disabled because its destination was gone.")
@arg("channel", help="the channel's name (see `monitor deliveries channels`)")
def deliveries_enable(monitor, args) -> None:
    enabled = monitor.enable_channel(args.channel)
    write(f"enabled {args.channel}\n" if enabled else f"{args.channel} was not disabled\n")


@command("deliveries send", "Attempt every pending delivery once, now, whatever its backoff.",
         logs=True)  # fmt: skip
@arg("--due-only", action="store_true", help="only the deliveries whose retry time has come")
def deliveries_send(monitor, args) -> None:
    report = monitor.send_deliveries(due_only=args.due_only)
    disabled = f", disabled: {', '.join(report.disabled)}" if report.disabled else ""
    quiet = f", quiet hours: {', '.join(report.quiet)}" if report.quiet else ""
    write(f"{report.delivered} delivered, {report.failed} failed, {report.dead} dead"
          f"{disabled}{quiet}\n")  # fmt: skip


@command("digest preview", "Print the next digest: what changed since the last one, the summary.")
@arg("--name", metavar="CHANNEL", help="only this digest (its channel name)")
@arg("--html", action="store_true", help="print the HTML part, not the text part")
def digest_preview(monitor, args) -> None:
    for config in monitor.digests(args.name):
        digest = monitor.preview_digest(config)
        write(f"Subject: {digest.subject}\nTo: {', '.join(digest.recipients)}\n\n")
        write(digest.html() if args.html else digest.text())


@command("digest send", "Send the digest now, closing the current period.", logs=True)
@arg("--name", metavar="CHANNEL", help="only this digest (its channel name)")
@arg("--force", action="store_true", help="send even when nothing changed")
def digest_send(monitor, args) -> None:
    for config in monitor.digests(args.name):
        outcome = monitor.send_digest(config, force=args.force)
        write(f"{outcome.channel}: sent to {', '.join(config.to)}\n" if outcome.sent
              else f"{outcome.channel}: not sent, {outcome.reason}\n")  # fmt: skip


@command("webhooks list", "The configured webhook channels, their state and outbox counts.",
         warns=True)  # fmt: skip
def webhooks_list(monitor, args) -> None:
    channels = monitor.webhook_channels()
    table("channel", "endpoint", "state", "pending", "delivered", "dead",
          rows=[(c.name, c.where, c.state, *c.counts.values()) for c in channels])  # fmt: skip


@command("webhooks enable", "Re-enable a channel disabled after a 410 Gone.")
@arg("channel", help="the channel's name (see `monitor webhooks list`)")
def webhooks_enable(monitor, args) -> None:
    enabled = monitor.enable_webhook(args.channel)
    write(f"enabled {args.channel}\n" if enabled else f"{args.channel} was not disabled\n")


@command("webhooks test", "Send a signed test delivery to URL.", needs="settings", logs=True)
@arg("url", help="the endpoint to send to")
@arg("--secret-env", metavar="VAR", help="environment variable holding the secret to sign with "
     "(default: the configured webhook's own)")  # fmt: skip
def webhooks_test(settings, args) -> None:
    from monitor.app import send_test_webhook

    message_id, status, elapsed_ms = send_test_webhook(settings, args.url, args.secret_env)
    write(f"test delivery {message_id}: HTTP {status} in {elapsed_ms} ms\n")
