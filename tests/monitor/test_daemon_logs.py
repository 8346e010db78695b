"""The daemon's log: one warning per failure with a short `error`; tracebacks only at debug."""

from __future__ import annotations

import signal

import sqlalchemy as sa

from tests.feeds.httpserver import FeedServer
from tests.support import Daemon, rss, wait_until


def test_failures_are_one_warning_each_with_a_short_error_and_no_traceback(sqlite_workspace):
    server = FeedServer()
    server.serve("/good.xml", rss({"title": "t", "link": "https://x.example.org/1"}).encode())
    with server:
        sqlite_workspace.write_config(
            'poll_every = "0.2s"\n[fetch]\nper_host_spacing = "0s"\nparse_workers = 0\n'
            f'[[feeds]]\nname = "missing"\nurl = "{server.url("/missing.xml")}"\ninterval = "1s"\n'
            f'[[feeds]]\nname = "good"\nurl = "{server.url("/good.xml")}"\ninterval = "1s"\n'
        )
        daemon = Daemon(sqlite_workspace)
        try:
            polled = daemon.wait_for("poll_finished")
            engine = sa.create_engine(sqlite_workspace.database_url)
            with engine.begin() as conn:  # the database breaks under the running daemon
                conn.execute(sa.text("ALTER TABLE feed_state RENAME TO feed_state_away"))
            failed = daemon.wait_for("poll_cycle_failed")
            with engine.begin() as conn:  # and is repaired
                conn.execute(sa.text("ALTER TABLE feed_state_away RENAME TO feed_state"))
            engine.dispose()
            daemon.wait_for("poll_finished", count=len(daemon.events("poll_finished")) + 1)
            daemon.stop(signal.SIGTERM)
        finally:
            daemon.kill()
    assert polled
    assert failed[0]["level"] == "warning"
    assert failed[0]["error"].startswith("OperationalError: (sqlite3.OperationalError) no such")
    assert "\n" not in failed[0]["error"]
    feed_failures = [e for e in daemon.events("feed_polled") if e["feed"] == "missing"]
    assert feed_failures and {e["level"] for e in feed_failures} == {"warning"}
    assert feed_failures[0]["error"] == "http_status"
    assert {e["level"] for e in daemon.events("feed_polled") if e["feed"] == "good"} == {"info"}
    assert all("exception" not in entry for entry in daemon.logged())
    assert "Traceback" not in daemon.log.read_text()


def test_a_pass_that_overruns_is_said_once_and_apscheduler_skips_are_not_logged(sqlite_workspace):
    server = FeedServer()
    server.route("/slow.xml", lambda handler: server.stopping.wait(2.5))
    with server:
        sqlite_workspace.write_config(
            'poll_every = "0.2s"\n[fetch]\nrequest_timeout = "1.5s"\nparse_workers = 0\n'
            f'[[feeds]]\nname = "slow"\nurl = "{server.url("/slow.xml")}"\ninterval = "1h"\n'
        )
        daemon = Daemon(sqlite_workspace)
        try:
            (overran,) = daemon.wait_for("poll_cycle_overran")
            wait_until(lambda: len(daemon.events("poll_finished")) >= 1)
            daemon.stop(signal.SIGTERM)
        finally:
            daemon.kill()
    assert 1.5 <= overran["seconds"] < 5 and overran["every"] == 0.2
    assert len(daemon.events("poll_cycle_overran")) == 1
    assert "maximum number of running instances" not in daemon.log.read_text()
