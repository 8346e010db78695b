"""The daemon: APScheduler jobs that poll due feeds and catch up the readers until a signal.

On SIGTERM or SIGINT no new work starts, fetches in flight are cut (their feeds are polled again
later), the leases are released, and the daemon returns within STOP_WITHIN seconds even if a job
is still stuck in a slow endpoint: everything it writes is transactional, so nothing half-done
stays behind.
"""

from __future__ import annotations

import logging
import signal
import threading
import time
from datetime import UTC, datetime
from typing import TYPE_CHECKING

import structlog
from apscheduler.schedulers.background import BackgroundScheduler

from monitor.notify.jobs import schedule_delivery_jobs

if TYPE_CHECKING:
    from pathlib import Path

    from monitor.app import Monitor

log = structlog.get_logger("monitor.daemon")
STOP_WITHIN = 10.0  # seconds a stopping daemon waits for running jobs (compose grants 15)
SIGNAL_CHECK_S = 0.1  # how often the main thread looks for a signal noted by its handler


def short_error(error: BaseException) -> str:
    """One line naming an error, for the `error` field of a log event."""
    lines = str(error).strip().splitlines()
    return f"{type(error).__name__}: {lines[0][:300]}" if lines else type(error).__name__


def _sync_feeds(monitor: Monitor, synced: threading.Event) -> None:
    """Record the config file's feed list; on failure the next poll cycle tries again."""
    try:
        monitor.sync_config_feeds()
        synced.set()
    except Exception as error:
        log.warning("config_feeds_sync_failed", error=short_error(error))
        log.debug("config_feeds_sync_failed", exc_info=True)


def poll_cycle(
    monitor: Monitor,
    stop: threading.Event,
    synced: threading.Event,
    config: Path | str | None = None,
) -> None:
    """Poll the feeds that are due, then catch up every reader and keep today's summary for
    the next query; never raises."""
    started = time.monotonic()
    try:
        if not synced.is_set():
            _sync_feeds(monitor, synced)
        report = monitor.poll_due(stop)
        if report is not None:
            log.info(
                "poll_finished", feeds=len(report.feeds), new=report.new,
                updated=report.updated, failed=report.failed,
            )  # fmt: skip
        if not stop.is_set():
            handled = monitor.catch_up(stop)
            if any(handled.values()):
                log.info("readers_caught_up", **handled)
                monitor.keep_summary(config)
    except Exception as error:
        # A database outage or a bug in one pass is logged; the next pass tries again.
        log.warning("poll_cycle_failed", error=short_error(error))
        log.debug("poll_cycle_failed", exc_info=True)
    elapsed = time.monotonic() - started
    every = monitor.settings.poll_every.total_seconds()
    if elapsed > every and not stop.is_set():
        log.info("poll_cycle_overran", seconds=round(elapsed, 1), every=every)


class _SkippedRuns(logging.Filter):
    """Drop APScheduler's warning for each run skipped while a pass is still going.

    A long pass is normal (a slow feed, a large backlog); poll_cycle says once that it overran.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        return "maximum number of running instances reached" not in record.getMessage()


def _warm_up(monitor: Monitor) -> None:
    try:
        monitor.warm_up()
    except Exception as error:  # the first batch loads it again and reports what fails
        log.warning("warm_up_failed", error=str(error).splitlines()[0] if str(error) else "")


def run(
    monitor: Monitor, stop: threading.Event | None = None, config: Path | str | None = None
) -> bool:
    """Run until SIGTERM/SIGINT (or `stop` is set); False if a job had to be left running."""
    stop = stop or threading.Event()
    synced = threading.Event()
    _sync_feeds(monitor, synced)
    logging.getLogger("apscheduler.scheduler").addFilter(_SkippedRuns())
    scheduler = BackgroundScheduler(
        timezone=UTC, job_defaults={"coalesce": True, "max_instances": 1, "misfire_grace_time": 60}
    )
    scheduler.add_job(
        poll_cycle, "interval", args=(monitor, stop, synced, config), id="poll",
        seconds=monitor.settings.poll_every.total_seconds(), next_run_time=datetime.now(UTC),
    )  # fmt: skip
    schedule_delivery_jobs(scheduler, monitor, stop)  # webhooks, digests, the web server
    # A signal handler runs between any two steps of the main thread, which may then hold the
    # logger's lock or the stop event's own: the handler only notes the signal, and the main
    # thread, waiting below, logs it and stops.
    signals: list[int] = []
    if threading.current_thread() is threading.main_thread():
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, lambda number, _frame: signals.append(number))
    # The detector loads while the first poll fetches, not after it.
    threading.Thread(target=_warm_up, args=(monitor,), name="warm-up", daemon=True).start()
    scheduler.start()
    log.info("daemon_started", database=_safe_url(monitor))
    while not stop.wait(SIGNAL_CHECK_S) and not signals:
        pass
    if signals:
        log.info("stop_requested", signal=signal.Signals(signals[0]).name)
        stop.set()
    monitor.interrupt()  # fetches in flight end now; nothing new starts
    stopping = threading.Thread(target=scheduler.shutdown, kwargs={"wait": True}, daemon=True)
    stopping.start()
    stopping.join(STOP_WITHIN)
    clean = not stopping.is_alive()
    if not clean:
        log.warning("stop_forced", waited_s=STOP_WITHIN)
    monitor.release_leases()
    log.info("daemon_stopped")
    return clean


def _safe_url(monitor: Monitor) -> str:
    return monitor.store.engine.url.render_as_string(hide_password=True)
