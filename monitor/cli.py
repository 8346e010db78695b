"""The `monitor` command line: the parser, the entry point, exit codes and output helpers.

The commands themselves (each: parse, call the application in monitor.app, print) are declared in
monitor.commands with `command` and `arg` below.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys
from collections.abc import Callable
from datetime import UTC, date, datetime, time
from pathlib import Path

DESCRIPTION = """\
Watch news feeds for developments in Kazakhstan–Israel relations (visits, agreements, visa and
travel, trade, statements, tensions), record each as an event, and answer from the record.

Start the daemon with `monitor run` (or poll once with `monitor poll`), then ask
`monitor summary`. `monitor COMMAND --help` describes each command."""
EPILOG = """\
configuration: config/monitor.toml, or --config PATH, or MONITOR_CONFIG; environment variables
  MONITOR_<SETTING> and MONITOR_<SECTION>__<KEY> override the file.
exit codes: 0 done; 1 the command failed; 2 a bad argument, configuration or database (one line
  on stderr says what to fix)."""
GROUPS = {
    "feeds": "List and change the feeds polled.",
    "projections": "Inspect and rebuild the projections (the readers of the log).",
    "db": "The database schema.",
    "export": "Export developments as Atom or iCalendar.",
    "deliveries": "The outbox of deliveries to every channel (webhooks, Apprise).",
    "digest": "Digest e-mails: preview and send.",
    "webhooks": "Webhook endpoints: list, test, enable.",
}


def main(argv: list[str] | None = None) -> None:
    """Console entry point: errors a person can act on print one line, never a traceback."""
    started = argv is None  # a process of its own, started for this command
    if started:
        # Starting (imports, settings, the store) makes a few hundred thousand objects that live
        # as long as the process, and the collector would walk them all again and again meanwhile
        # (0.07 s of CPU, a seventh of a `monitor poll`); it runs from the command on (`_begin`).
        gc.disable()
    argv = sys.argv[1:] if argv is None else argv
    # httpx imports its own command line (click, pygments, rich: 0.05 s of CPU) when those are
    # installed, and falls back to a stub when they are not; this process never runs it.
    sys.modules.setdefault("httpx._main", None)  # type: ignore[arg-type]
    args = build_parser(argv).parse_args(argv)
    args.started = started
    try:
        raise SystemExit(dispatch(args) or 0)
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    except Exception as error:
        from monitor.app import readable_error

        readable = readable_error(error)  # MonitorErrors as they are, others if a person can act
        if readable is None:
            raise
        print(f"error: {readable}", file=sys.stderr)
        raise SystemExit(readable.exit_code) from None


def dispatch(args: argparse.Namespace) -> int | None:
    """Give the command what it needs (nothing, the settings, or the opened application)."""
    if args.needs == "nothing":
        _begin(args)
        return args.handler(None, args)
    if args.quick is not None and args.quick(args):
        return 0  # answered without loading the settings or the application
    from monitor.app import open_monitor
    from monitor.settings import load_settings

    settings = load_settings(args.config)
    if args.logs:
        from monitor.logs import configure_logging

        configure_logging(settings.log_level, settings.log_format)
    if args.needs == "settings":
        _begin(args)
        return args.handler(settings, args)
    with open_monitor(settings=settings, create=args.needs == "store+", today=today) as monitor:
        _begin(args)
        code = args.handler(monitor, args)
        if args.warns:
            for line in monitor.lag_warnings():
                print(f"warning: {line}", file=sys.stderr)
        return code


def _begin(args: argparse.Namespace) -> None:
    """The command starts: in a process started for it, the garbage collector runs from now
    on, the objects made while starting set aside (frozen) so that it does not walk them."""
    if getattr(args, "started", False) and not gc.isenabled():
        gc.freeze()
        gc.enable()


def today() -> date:
    """Today (UTC), the day summaries are told as of; MONITOR_TODAY pins it (tests, reruns)."""
    pinned = os.environ.get("MONITOR_TODAY")
    return date.fromisoformat(pinned) if pinned else datetime.now(UTC).date()


# --- argument types ---


def day(value: str) -> date:
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not an ISO date (YYYY-MM-DD)") from None


def moment(value: str, *, end: bool = False) -> datetime:
    try:
        if len(value) == 10:
            return datetime.combine(date.fromisoformat(value), time.max if end else time.min, UTC)
        parsed = datetime.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not an ISO date or datetime") from None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def duration(value: str):
    from monitor.settings import parse_duration

    try:
        return parse_duration(value)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


# --- output ---


def write(text: str | bytes, output: Path | None = None) -> None:
    data = text.encode() if isinstance(text, str) else text
    if output:
        output.write_bytes(data)
    else:
        sys.stdout.buffer.write(data)
        sys.stdout.flush()


def json_line(item: object) -> str:
    import orjson

    return orjson.dumps(item).decode() + "\n"


def table(*columns: str, rows, title: str | None = None):
    from rich.table import Table

    shown = Table(*columns, title=title)
    for row in rows:
        shown.add_row(*(str(cell) if cell is not None else "" for cell in row))
    show(shown)


def show(renderable) -> None:
    from rich.console import Console

    Console(soft_wrap=True).print(renderable)  # long paths and URLs stay on one line when piped


# --- declaring commands ---


COMMANDS: list[tuple[str, str, Callable]] = []  # (path such as "feeds add", help, handler)


def command(path: str, help: str, *, needs="store", logs=False, warns=False, quick=None):
    """Declare a command; its @arg decorators (below it) declare its arguments.

    needs: "nothing", "settings", "store" (an existing one) or "store+" (created if missing);
    logs: configure logging (commands that do work; queries stay quick); warns: a query, which
    warns on stderr when readers lag behind the log; quick(args): answers without
    loading the settings when it can (True), before anything else is loaded.
    """

    def declare(run: Callable) -> Callable:
        run.defaults = {
            "handler": run, "needs": needs, "logs": logs, "warns": warns, "quick": quick,
        }  # fmt: skip
        COMMANDS.append((path, help, run))
        return run

    return declare


def arg(*names: str, **options) -> Callable:
    def add(run: Callable) -> Callable:
        run.__dict__.setdefault("arguments", []).insert(0, (names, options))
        return run

    return add


JSON = arg("--json", action="store_true", help="one JSON object a line")


def formats(run: Callable) -> Callable:
    run = arg("--json", action="store_true", help="the same as --format json")(run)
    return arg("-f", "--format", choices=("text", "markdown", "json"), default="text",
               help="output format (default: text)")(run)  # fmt: skip


def output(what: str) -> Callable:
    return arg(
        "-o", "--output", type=Path, metavar="FILE", help=f"write {what} to FILE, not stdout"
    )


# --- the parser ---


def chosen_command(argv: list[str]) -> str | None:
    """The command path ("summary", "feeds add") that `argv` runs, read as argparse will read
    it; None when it runs none plainly (top-level help, a typo, an option before the command)."""
    at = 0
    while at < len(argv) and argv[at] in ("-c", "--config"):
        at += 2
    words = argv[at : at + 2]
    if not words or words[0].startswith("-"):
        return None
    path = " ".join(words) if words[0] in GROUPS else words[0]
    import monitor.commands  # noqa: F401  (declares COMMANDS)

    return path if any(declared == path for declared, _, _ in COMMANDS) else None


def build_parser(argv: list[str] | None = None) -> argparse.ArgumentParser:
    """The whole command line; given the `argv` to parse, only the parts that parse it: each
    command's parser costs a millisecond or so (argparse looks up translations of its texts),
    a quarter of what a kept answer takes in all."""
    only = chosen_command(argv) if argv is not None else None
    parser = argparse.ArgumentParser(
        prog="monitor", description=DESCRIPTION, epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )  # fmt: skip
    config_help = "the configuration file (default: $MONITOR_CONFIG, else config/monitor.toml)"
    parser.add_argument("-c", "--config", type=Path, metavar="PATH", help=config_help)
    # Also accepted after the command; SUPPRESS keeps a value given before it.
    config = argparse.ArgumentParser(add_help=False)
    config.add_argument("-c", "--config", type=Path, metavar="PATH", help=config_help,
                        default=argparse.SUPPRESS)  # fmt: skip
    top = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)
    import monitor.commands  # noqa: F401  (declares COMMANDS)

    groups = {}
    for path, about, run in COMMANDS:
        if only is not None and path != only:
            continue
        *group, name = path.split()
        if group and group[0] not in groups:
            parent = top.add_parser(group[0], help=GROUPS[group[0]], description=GROUPS[group[0]])
            groups[group[0]] = parent.add_subparsers(title="commands", metavar="COMMAND",
                                                     required=True)  # fmt: skip
        sub = (groups[group[0]] if group else top).add_parser(
            name, help=about, description=about, parents=[config]
        )
        for names, options in getattr(run, "arguments", []):
            sub.add_argument(*names, **options)
        sub.set_defaults(**run.defaults)
    return parser
