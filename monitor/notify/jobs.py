"""The daemon's delivery jobs: send due deliveries (every channel), one job per digest, the
web server.

A digest that cannot be sent (SMTP down) is retried with backoff until it is, and stays
unrecorded until then.
"""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

import structlog

if TYPE_CHECKING:
    from monitor.app import Monitor
    from monitor.settings import DigestConfig

log = structlog.get_logger("monitor.notify.jobs")
# A retry may close a period long after its slot; it must not count as a first digest come late.
RETRY_GRACE = timedelta(days=8)


def schedule_delivery_jobs(scheduler, monitor: Monitor, stop: threading.Event) -> None:
    """Add the daemon's jobs: send due deliveries (every channel), one cron job per digest, the
    web server."""
    from monitor.notify.channels import build_channels

    settings = monitor.settings
    now = datetime.now(UTC)
    if build_channels(settings):  # a bad secret or URL stops the start, with its reason
        scheduler.add_job(
            send_deliveries, "interval", args=(monitor, stop), id="deliveries",
            seconds=settings.delivery.send_every.total_seconds(), next_run_time=now,
        )  # fmt: skip
    if settings.digests:  # the digest module (Jinja, cron triggers) only where one is sent
        from monitor.notify.digest import digest_channel, digest_trigger
    for config in settings.digests:
        channel = digest_channel(config)
        args = (monitor, config, stop, scheduler)
        scheduler.add_job(
            send_digest_job, digest_trigger(config), args=args, id=f"digest:{channel}",
            misfire_grace_time=3600,
        )  # fmt: skip
        # A period that closed while the daemon was down is sent now, once.
        scheduler.add_job(
            send_digest_job, "date", args=args, id=f"digest-catch-up:{channel}", run_date=now
        )
    if settings.http.enabled:
        endpoint = monitor.serve()
        threading.Thread(target=_stop_on, args=(stop, endpoint.stop), daemon=True).start()


def send_deliveries(monitor: Monitor, stop: threading.Event) -> None:
    """Bring the outbox up to the log, then send what is due; never raises."""
    from monitor.daemon import short_error

    if not monitor.leads("sender"):  # another instance sends
        return
    try:
        report = monitor.send_deliveries(due_only=True, stop=stop)
        if report.attempted or report.disabled:
            log.info(
                "deliveries_sent", delivered=report.delivered, failed=report.failed,
                dead=report.dead, disabled=len(report.disabled),
            )  # fmt: skip
    except Exception as error:
        log.warning("deliveries_failed", error=short_error(error))
        log.debug("deliveries_failed", exc_info=True)


def send_digest_job(
    monitor: Monitor, config: DigestConfig, stop: threading.Event, scheduler=None, attempt: int = 0
) -> None:
    """Close the latest scheduled digest period unless it is recorded already; never raises.

    On failure the same job runs again after the configured backoff (when given the scheduler),
    until the period is sent.
    """
    from monitor.daemon import short_error
    from monitor.notify.digest import digest_channel

    channel = digest_channel(config)
    if stop.is_set() or not monitor.leads(f"digest:{channel}"):
        return
    try:
        outcome = monitor.send_scheduled_digest(config, grace=RETRY_GRACE if attempt else None)
        log.info("digest_checked", channel=channel, sent=outcome.sent, reason=outcome.reason)
    except Exception as error:
        delivery = monitor.settings.delivery
        delay = min(delivery.digest_retry * 2**attempt, delivery.digest_retry_cap)
        log.warning(
            "digest_failed", channel=channel, error=short_error(error), attempt=attempt + 1,
            retry_in_s=delay.total_seconds() if scheduler is not None else None,
        )  # fmt: skip
        log.debug("digest_failed", exc_info=True)
        if scheduler is not None and not stop.is_set():
            scheduler.add_job(
                send_digest_job, "date", args=(monitor, config, stop, scheduler, attempt + 1),
                id=f"digest-retry:{channel}", replace_existing=True,
                run_date=datetime.now(UTC) + delay,
            )  # fmt: skip


def _stop_on(stop: threading.Event, action) -> None:
    stop.wait()
    action()
