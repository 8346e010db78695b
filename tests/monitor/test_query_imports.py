"""What a query loads: `monitor summary` answers without the libraries of the daemon, the
fetcher, the detector or the delivery channels; from a current SQLite store's file without
SQLAlchemy either, and a kept answer without pydantic too (bench/cli.py times them as fresh
processes)."""

from __future__ import annotations

import subprocess
import sys

from storage import EventStore, create_engine
from tests.notify.conftest import append, detected

# Runs the command line in a fresh interpreter, then prints the modules it loaded.
PROBE = """
import sys
from monitor.cli import main
try:
    main(sys.argv[1:])
except SystemExit as done:
    assert not done.code, done.code
print("\\nLOADED " + " ".join(sorted(sys.modules)))
"""
NEVER_FOR_A_QUERY = {
    "alembic", "apscheduler", "feedparser", "httpx", "rich", "structlog", "trafilatura",
    "monitor.daemon", "monitor.feeds.poller", "monitor.detect.detector",
}  # fmt: skip


def loaded(workspace, *args: str) -> set[str]:
    done = subprocess.run(
        [sys.executable, "-c", PROBE, "--config", str(workspace.config), *args],
        cwd=workspace.path, capture_output=True, text=True, check=True,
    )  # fmt: skip
    return set(done.stdout.rpartition("\nLOADED ")[2].split())


def test_a_summary_loads_no_daemon_fetcher_detector_or_channel_library(
    sqlite_workspace, store_template
):
    workspace = sqlite_workspace
    workspace.write_config('[[webhooks]]\nurl = "https://hooks.example.org/x"\nsecret = "s"\n')
    store_template.fill(workspace.database_url)
    engine = create_engine(workspace.database_url)
    append(EventStore(engine), detected("visa-mou"))
    engine.dispose()

    computed = loaded(workspace, "summary")  # the view is behind the log: the store is opened
    assert "sqlalchemy" in computed and "monitor.views.summary" in computed
    assert not NEVER_FOR_A_QUERY & computed, NEVER_FOR_A_QUERY & computed

    read = loaded(workspace, "summary")  # the view caught up above: read from the file, and kept
    assert "monitor.snapshot" in read and "monitor.views.summarize" in read
    opened = {"sqlalchemy", "storage", "monitor.bootstrap", "monitor.views.summary"}
    assert not (NEVER_FOR_A_QUERY | opened) & read, (NEVER_FOR_A_QUERY | opened) & read
    assert not [
        name
        for name in read
        if name.startswith(("monitor.detect", "monitor.notify", "monitor.web"))
    ]

    kept = loaded(workspace, "summary")  # the same question of an unchanged store
    assert "monitor.answers" in kept
    assert not {"sqlalchemy", "pydantic", "monitor.settings"} & kept


def test_a_command_logging_json_lines_loads_no_console_library_and_a_console_one_does(
    sqlite_workspace, store_template, monkeypatch
):
    """rich, click and pygments come with structlog's console and httpx's own command line,
    which JSON lines never use; a console still renders tracebacks with rich."""
    store_template.fill(sqlite_workspace.database_url)
    monkeypatch.setenv("MONITOR_LOG_FORMAT", "json")
    polled = loaded(sqlite_workspace, "poll")
    assert {"httpx", "structlog", "monitor.feeds.poller"} <= polled
    assert not {"rich", "click", "pygments"} & polled, {"rich", "click", "pygments"} & polled
    monkeypatch.setenv("MONITOR_LOG_FORMAT", "console")
    assert "rich.traceback" in loaded(sqlite_workspace, "poll")
