"""Notifications: the outbox reader, signed webhooks, digest e-mails and a read-only endpoint."""

from __future__ import annotations

import threading
from datetime import UTC, datetime

import structlog

log = structlog.get_logger("monitor.notify")


def schedule_delivery_jobs(scheduler, app, stop: threading.Event) -> None:
    """Add the daemon's delivery jobs: send due webhooks, one cron job per digest, the endpoint."""
    from monitor.notify.digest import digest_channel, digest_trigger
    from monitor.notify.mailer import Mailer
    from monitor.notify.webhooks import WebhookSender, channels_from_settings

    settings = app.settings
    now = datetime.now(UTC)
    channels = channels_from_settings(settings)
    if channels:
        sender = WebhookSender(app.store, channels)
        scheduler.add_job(
            send_deliveries, "interval", args=(app, sender, stop), id="deliveries",
            seconds=settings.delivery.send_every.total_seconds(), next_run_time=now,
        )  # fmt: skip
    if settings.digests:
        mailer = Mailer(settings.smtp)
        for config in settings.digests:
            channel = digest_channel(config)
            args = (app, mailer, config, stop)
            scheduler.add_job(
                send_digest_job, digest_trigger(config), args=args, id=f"digest:{channel}",
                misfire_grace_time=3600,
            )  # fmt: skip
            # A period that closed while the daemon was down is sent now, once.
            scheduler.add_job(
                send_digest_job, "date", args=args, id=f"digest-catch-up:{channel}", run_date=now
            )
    if settings.http.enabled:
        from monitor.notify.http_endpoint import HttpEndpoint

        endpoint = HttpEndpoint(app.store, settings.http.host, settings.http.port).start()
        threading.Thread(target=_stop_on, args=(stop, endpoint.stop), daemon=True).start()


def send_deliveries(app, sender, stop: threading.Event) -> None:
    """Bring the outbox up to the log, then send what is due; never raises."""
    import storage
    from monitor.notify.outbox import READER_NAME

    if not app.leads("sender"):  # another instance sends
        return
    try:
        if app.leads(f"reader:{READER_NAME}"):
            storage.catch_up(app.store, app.reader(READER_NAME))
        if not stop.is_set():
            report = sender.send_due(stop)
            if report.attempted or report.disabled:
                log.info(
                    "deliveries_sent", delivered=report.delivered, failed=report.failed,
                    dead=report.dead, disabled=len(report.disabled),
                )  # fmt: skip
    except Exception:
        log.exception("deliveries_failed")


def send_digest_job(app, mailer, config, stop: threading.Event) -> None:
    """Close the latest scheduled digest period unless it is recorded already; never raises."""
    from monitor.notify.digest import digest_channel, send_scheduled

    if stop.is_set() or not app.leads(f"digest:{digest_channel(config)}"):
        return
    try:
        outcome = send_scheduled(
            app.store, mailer, config, threshold=app.settings.delivery.corroboration_threshold
        )
        log.info(
            "digest_checked", channel=outcome.channel, sent=outcome.sent, reason=outcome.reason
        )
    except Exception:
        log.exception("digest_failed", channel=digest_channel(config))


def _stop_on(stop: threading.Event, action) -> None:
    stop.wait()
    action()
