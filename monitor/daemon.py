"""The daemon: APScheduler jobs that poll due feeds and catch up the readers until a signal."""

from __future__ import annotations

import signal
import threading
from datetime import UTC, datetime

import structlog
from apscheduler.schedulers.background import BackgroundScheduler

from monitor.bootstrap import App, catch_up_readers
from monitor.feeds.feedlist import current_feeds, sync_config_feeds
from monitor.notify import schedule_delivery_jobs

log = structlog.get_logger("monitor.daemon")


def _sync_feeds(app: App, synced: threading.Event) -> None:
    """Record the config file's feed list; on failure the next poll cycle tries again."""
    try:
        sync_config_feeds(app.store, app.settings.feeds)
        synced.set()
    except Exception:
        log.exception("config_feeds_sync_failed")


def poll_cycle(app: App, stop: threading.Event, synced: threading.Event) -> None:
    """Poll the feeds that are due, then catch up every reader; never raises."""
    try:
        if not synced.is_set():
            _sync_feeds(app, synced)
        due = app.poller.claim_due(current_feeds(app.store))
        if due and not stop.is_set():
            report = app.poller.poll(due, stop=stop)
            log.info(
                "poll_finished", feeds=len(report.feeds), new=report.new,
                updated=report.updated, failed=report.failed,
            )  # fmt: skip
        if not stop.is_set():
            handled = catch_up_readers(app)
            if any(handled.values()):
                log.info("readers_caught_up", **handled)
    except Exception:
        # A database outage or a bug in one pass is logged; the next pass tries again.
        log.exception("poll_cycle_failed")


def run(app: App, stop: threading.Event | None = None) -> None:
    """Run until SIGTERM/SIGINT (or `stop` is set), then finish the current pass and return."""
    stop = stop or threading.Event()
    synced = threading.Event()
    _sync_feeds(app, synced)
    scheduler = BackgroundScheduler(
        timezone=UTC, job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 60}
    )
    scheduler.add_job(
        poll_cycle, "interval", args=(app, stop, synced), id="poll",
        seconds=app.settings.poll_every.total_seconds(), next_run_time=datetime.now(UTC),
    )  # fmt: skip
    schedule_delivery_jobs(scheduler, app, stop)  # webhooks, digests, the read-only endpoint
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda number, _frame: _request_stop(stop, number))
    scheduler.start()
    log.info("daemon_started", feeds=len(current_feeds(app.store)), database=_safe_url(app))
    stop.wait()
    # In-flight fetches finish (bounded by the request timeout); no new feed is started.
    scheduler.shutdown(wait=True)
    log.info("daemon_stopped")


def _request_stop(stop: threading.Event, signum: int) -> None:
    log.info("stop_requested", signal=signal.Signals(signum).name)
    stop.set()


def _safe_url(app: App) -> str:
    return app.engine.url.render_as_string(hide_password=True)
