"""Helpers for service tests: a real feed server on 127.0.0.1, RSS documents, a CLI workspace."""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import io
import json
import logging
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from unittest import mock


@dataclass
class Route:
    body: bytes
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)


class FeedServer:
    """Serves fixed routes, answers If-None-Match with 304 and counts requests per path."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: dict[str, int] = {}
        self.requests: list[tuple[str, float]] = []  # (path, time.monotonic()) of every GET
        server = self

        class Handler(BaseHTTPRequestHandler):
            disable_nagle_algorithm = True  # or every keep-alive answer waits ~40 ms
            protocol_version = "HTTP/1.1"

            def do_GET(self) -> None:
                server.hits[self.path] = server.hits.get(self.path, 0) + 1
                server.requests.append((self.path, time.monotonic()))
                route = server.routes.get(self.path)
                if route is None:
                    self._send(404, {}, b"not found")
                    return
                etag = '"' + hashlib.sha1(route.body).hexdigest() + '"'
                if route.status == 200 and self.headers.get("If-None-Match") == etag:
                    self._send(304, {"ETag": etag}, b"")
                    return
                headers = {"ETag": etag, **route.headers} if route.status == 200 else route.headers
                self._send(route.status, headers, route.body)

            def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
                self.send_response(status)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        # Stopping waits for the serving loop to look up: every 0.5 s by default, which was
        # half a second at the end of each test with a feed server.
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def serve(self, path: str, body: bytes | str, status: int = 200, **headers: str) -> str:
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = Route(
            data, status, {k.replace("_", "-"): v for k, v in headers.items()}
        )
        return self.url + path


def rss(*items: dict, title: str = "Test Outlet") -> str:
    """A small RSS 2.0 document from item dicts (title, link, guid, description, published)."""
    parts = []
    for item in items:
        published = item.get("published", datetime(2026, 1, 27, 10, tzinfo=UTC))
        parts.append(
            "<item>"
            f"<title>{item['title']}</title><link>{item['link']}</link>"
            f"<guid>{item.get('guid', item['link'])}</guid>"
            f"<pubDate>{format_datetime(published, usegmt=True)}</pubDate>"
            f"<description>{item.get('description', '')}</description>"
            "</item>"
        )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title><link>https://outlet.example.org/</link>{''.join(parts)}"
        "</channel></rss>"
    )


@dataclass
class Workspace:
    """A directory with a config file and SQLite database, and a way to run `monitor` in it."""

    path: Path
    config: Path
    database_url: str

    def write_config(self, text: str) -> None:
        self.config.write_text(
            f'database_url = "{self.database_url}"\nallow_private_networks = true\n{text}',
            encoding="utf-8",
        )

    def monitor(
        self, *args: str, check: bool = True, timeout: float = 60
    ) -> subprocess.CompletedProcess:
        env = {**os.environ, "MONITOR_LOG_FORMAT": "json"}
        env.pop("MONITOR_CONFIG", None)
        done = subprocess.run(
            [sys.executable, "-m", "monitor", "--config", str(self.config), *args],
            cwd=self.path, env=env, capture_output=True, text=True, timeout=timeout,
        )  # fmt: skip
        if check and done.returncode != 0:
            raise AssertionError(f"monitor {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
        return done

    def query(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """`monitor ARGS` for a query, or a command that changes the store without configuring
        logging (`feeds add`, `feeds remove`, OPML), through the console entry point
        (`monitor.cli.main`) but in this process: for tests of what a command answers, prints
        and records, where starting an interpreter (0.5-1 s of CPU each, most of the suite's
        time) is not the point. Parsing, settings, the application, printing, warnings, errors
        and exit codes are the ones `monitor()` runs; a command that configures logging (poll,
        sends, rebuilds) goes through `command()`."""
        return self._in_process(args, check=check, logs=False)

    def command(self, *args: str, check: bool = True) -> subprocess.CompletedProcess:
        """`monitor ARGS` for a command that does work and logs it (`poll`, `deliveries send`,
        `retry` and `test`, `digest send`, `webhooks test`, `projections rebuild`) in this
        process, as `query()` runs a query: its log lines reach the stderr returned as a
        process's would (logging is configured by the command, then put back as it was). For
        tests of what a command does, prints, logs and records; where the process is the point
        (signals, daemons, crash safety, start-up, what it imports or leaves running), and for
        `run` and `serve`, which wait for a signal, use `monitor()`."""
        return self._in_process(args, check=check, logs=True)

    def _in_process(self, args, *, check: bool, logs: bool) -> subprocess.CompletedProcess:
        import traceback

        from monitor.cli import COMMANDS, chosen_command, main

        argv = ["--config", str(self.config), *args]
        command = chosen_command(argv)  # declares the commands too
        declared = next((run.defaults for path, _, run in COMMANDS if path == command), None)
        assert declared, "use monitor()"
        if logs:
            assert command not in ("run", "serve"), "use monitor()"
        else:
            queries = ("store", "settings")  # `monitor summary` opens the store only when it must
            assert not declared["logs"] and declared["needs"] in queries, "use command()"
        out, err = io.BytesIO(), io.BytesIO()
        code: int | str | None = 0
        with (
            mock.patch.dict(os.environ, {"MONITOR_LOG_FORMAT": "json"}),
            contextlib.chdir(self.path),
            _streams(out, err),
            _process_warnings(),
        ):
            os.environ.pop("MONITOR_CONFIG", None)  # patch.dict puts it back afterwards
            try:
                main(argv)
            except SystemExit as done:
                code = done.code
            except Exception:  # as the interpreter ends on an uncaught exception
                traceback.print_exc()
                code = 1
        if isinstance(code, str):  # as the interpreter reports `raise SystemExit("message")`
            err.write(f"{code}\n".encode())
            code = 1
        done = subprocess.CompletedProcess(
            ["monitor", *argv], code or 0, out.getvalue().decode(), err.getvalue().decode()
        )
        if check and done.returncode != 0:
            raise AssertionError(f"monitor {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
        return done


@contextlib.contextmanager
def _streams(out: io.BytesIO, err: io.BytesIO):
    """sys.stdout and sys.stderr as a process has them (text over bytes), written to `out`
    and `err`; and logging as a process has it before it configures any (pytest's handlers
    set aside): a library's warning reaches stderr. Whatever a command configures (the root
    handler and level, the levels of libraries' loggers, structlog) is put back afterwards."""
    import structlog

    saved = sys.stdout, sys.stderr
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    levels = {
        name: logger.level
        for name, logger in logging.Logger.manager.loggerDict.items()
        if isinstance(logger, logging.Logger)
    }
    structlog_config = structlog.get_config() if structlog.is_configured() else None
    root.handlers, root.level = [], logging.WARNING
    sys.stdout = io.TextIOWrapper(out, encoding="utf-8", write_through=True)
    sys.stderr = io.TextIOWrapper(err, encoding="utf-8", write_through=True)
    try:
        yield
    finally:
        root.handlers, root.level = handlers, level
        from monitor.logs import _CHATTY_LIBRARIES  # whose levels a command sets

        for name in {*levels, *_CHATTY_LIBRARIES}:
            logging.getLogger(name).setLevel(levels.get(name, logging.NOTSET))
        structlog.reset_defaults()
        if structlog_config is not None:
            structlog.configure(**structlog_config)
        sys.stdout.flush()
        sys.stderr.flush()
        for stream in (sys.stdout, sys.stderr):
            stream.detach()  # leave the BytesIO open to be read
        sys.stdout, sys.stderr = saved


@contextlib.contextmanager
def _process_warnings():
    """Warnings as a process started without -W shows them: Python's default filters, each
    printed to (the current) sys.stderr, rather than recorded by pytest."""
    import warnings

    def show(message, category, filename, lineno, file=None, line=None) -> None:
        sys.stderr.write(warnings.formatwarning(message, category, filename, lineno, line))

    with warnings.catch_warnings():
        warnings.resetwarnings()
        for category in (ImportWarning, PendingDeprecationWarning, DeprecationWarning):
            warnings.simplefilter("ignore", category)
        warnings.simplefilter("ignore", ResourceWarning)
        warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
        warnings.showwarning = show
        yield


class Daemon:
    """`monitor run` in a subprocess of a workspace, its JSON log lines in a file."""

    def __init__(self, workspace: Workspace, log_name: str = "daemon.log") -> None:
        self.log = workspace.path / log_name
        env = {**os.environ, "MONITOR_LOG_FORMAT": "json"}
        env.pop("MONITOR_CONFIG", None)
        with self.log.open("wb") as log:
            self.process = subprocess.Popen(
                [sys.executable, "-m", "monitor", "--config", str(workspace.config), "run"],
                cwd=workspace.path, env=env, stdout=log, stderr=subprocess.STDOUT,
            )  # fmt: skip

    @property
    def pid(self) -> int:
        return self.process.pid

    def logged(self) -> list[dict]:
        """The daemon's log events so far (lines that are not JSON are left out)."""
        lines = self.log.read_text(errors="replace").splitlines()
        return [json.loads(line) for line in lines if line.startswith("{")]

    def events(self, name: str) -> list[dict]:
        return [entry for entry in self.logged() if entry.get("event") == name]

    def wait_for(self, name: str, timeout: float = 30, count: int = 1) -> list[dict]:
        """Wait until the daemon has logged `name` `count` times; those entries."""
        wait_until(lambda: len(self.events(name)) >= count or self.process.poll() is not None,
                   timeout)  # fmt: skip
        found = self.events(name)
        assert len(found) >= count, f"no {name} in the log:\n{self.log.read_text()[-3000:]}"
        return found

    def stop(self, signum: int = signal.SIGTERM, timeout: float = 30) -> float:
        """Send a signal and wait for the exit; the seconds it took."""
        started = time.monotonic()
        self.process.send_signal(signum)
        self.process.wait(timeout=timeout)
        return time.monotonic() - started

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)


def wait_until(condition, timeout: float = 30, every: float = 0.05) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(every)


def process_alive(pid: int) -> bool:
    """Whether a process exists and has not ended (a zombie has ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return False
    return state != "Z"


def children(pid: int) -> set[int]:
    """The direct child processes of a process (Linux)."""
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found.update(int(child) for child in (task / "children").read_text().split())
        except FileNotFoundError:
            continue
    return found


def descendants(pid: int) -> set[int]:
    """Every process under a process: its children, theirs, and so on (Linux)."""
    found = children(pid)
    for child in list(found):
        found |= descendants(child)
    return found


def unpack(packed: Path, target: Path) -> Path:
    """A gzipped database fixture written out to `target`, which is returned."""
    with gzip.open(packed) as source, target.open("wb") as plain:
        shutil.copyfileobj(source, plain)
    return target


def copy_log(old_database: Path, url: str):
    """A new store at `url`, upgraded, holding every event of an old SQLite log as it stood
    (positions included); its engine."""
    import sqlalchemy as sa

    import storage
    from monitor.bootstrap import upgrade_database
    from storage.schema import events

    source = sa.create_engine(f"sqlite:///{old_database}")
    with source.connect() as conn:
        rows = [row._asdict() for row in conn.execute(sa.select(events).order_by("position"))]
    source.dispose()
    engine = storage.create_engine(url)
    upgrade_database(engine)
    with engine.begin() as conn:
        conn.execute(events.insert(), rows)
    return engine


class StoreTemplate:
    """An empty store at the current schema, made once per test process and then copied into
    each database that asks: a copy of the migrated file on SQLite; on PostgreSQL, the
    statements the first migration ran, run again in the new schema. For tests that need a
    store but are not about creating or upgrading one (migrating costs 0.1-0.3 s of CPU)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.sqlite: Path | None = None
        self.postgres: list[tuple[str, object]] | None = None

    def fill(self, url: str) -> None:
        """Make the database at `url` an empty store at the current schema, unless it holds a
        store already."""
        import sqlalchemy as sa

        import storage
        from monitor.bootstrap import store_state, upgrade_database

        parsed = sa.engine.make_url(url)
        if parsed.get_backend_name() == "sqlite":
            target = Path(parsed.database)
            if target.exists():
                return
            if self.sqlite is None:
                self.sqlite = self.folder / "store-template.db"
                engine = storage.create_engine(f"sqlite:///{self.sqlite}")
                upgrade_database(engine)
                engine.dispose()  # the last connection folds the WAL into the file
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self.sqlite, target)
            return
        engine = storage.create_engine(url)
        try:
            if store_state(engine) != "missing":
                return
            if self.postgres is None:
                self.postgres = _recorded(engine, upgrade_database)
            else:
                with engine.begin() as conn:
                    for statement, parameters in self.postgres:
                        conn.exec_driver_sql(statement, parameters)
            assert store_state(engine) == "current"
        finally:
            engine.dispose()


def _recorded(engine, action) -> list[tuple[str, object]]:
    """Run `action(engine)`; the statements it ran without an error, with their parameters, in
    order (the probes for a store that fail are left out)."""
    import sqlalchemy as sa

    sent: list[tuple[str, object]] = []

    def record(conn, cursor, statement, parameters, context, executemany) -> None:
        sent.append((statement, parameters))

    sa.event.listen(engine, "after_cursor_execute", record)
    try:
        action(engine)
    finally:
        sa.event.remove(engine, "after_cursor_execute", record)
    return sent
