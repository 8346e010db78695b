"""The webhook sender: works the outbox, POSTs JSON signed per Standard Webhooks, records it."""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from urllib.parse import urlsplit

import httpx
import orjson
import structlog
from standardwebhooks import Webhook

from monitor import events as ev
from monitor.errors import ConfigError, MonitorError
from monitor.notify import outbox
from monitor.settings import Settings, WebhookConfig
from storage import EventStore
from storage.ids import uuid7

log = structlog.get_logger("monitor.notify.webhooks")

USER_AGENT = "kz-il-monitor-webhooks/0.1"
Clock = Callable[[], datetime]


class WebhookTestFailed(MonitorError):
    """A test delivery did not get a 2xx answer."""


@dataclass(frozen=True)
class Channel:
    """A configured webhook endpoint with its secret resolved (never shown in its repr)."""

    name: str
    url: str
    secret: str = field(repr=False)
    max_attempts: int = 12
    timeout: timedelta = timedelta(seconds=10)
    backoff_base: timedelta = timedelta(seconds=30)
    backoff_cap: timedelta = timedelta(hours=6)

    @property
    def where(self) -> str:
        """The endpoint for logs and messages: scheme and host only, as paths can hold tokens."""
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}"

    @property
    def lease(self) -> timedelta:
        """How long a claimed delivery stays with one sender (connect, write, read, margin)."""
        return self.timeout * 4 + timedelta(seconds=1)


def signer(secret: str, label: str) -> Webhook:
    """A Standard Webhooks signer; a malformed secret is a ConfigError that does not show it."""
    try:
        return Webhook(secret)
    except Exception as error:  # binascii.Error, EmptyWebhookSecretError, ...
        raise ConfigError(
            f"webhook {label}: the secret is not a base64 Standard Webhooks secret "
            f"('whsec_...'): {type(error).__name__}"
        ) from None


def channel_from_config(config: WebhookConfig) -> Channel:
    """Resolve a `[[webhooks]]` entry; a missing or malformed secret is a ConfigError."""
    name = outbox.channel_name(config)
    secret = config.resolved_secret()
    if not secret:
        source = f"environment variable {config.secret_env}" if config.secret_env else "secret"
        raise ConfigError(f"webhook {name}: no secret ({source} is empty or unset)")
    channel = Channel(
        name, config.url, secret, config.max_attempts, config.timeout, config.backoff_base,
        config.backoff_cap,
    )  # fmt: skip
    signer(secret, name)
    return channel


def channels_from_settings(settings: Settings) -> list[Channel]:
    channels = [channel_from_config(config) for config in settings.webhooks]
    names = [channel.name for channel in channels]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise ConfigError(
            f"webhooks: channel names must be unique; repeated: {', '.join(repeated)}"
        )
    return channels


def signed_headers(secret: str, message_id: str, body: str, now: datetime) -> dict[str, str]:
    """The three Standard Webhooks headers for one attempt."""
    timestamp = now.astimezone(UTC)
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(int(timestamp.timestamp())),
        "webhook-signature": Webhook(secret).sign(message_id, timestamp, body),
    }


@dataclass(frozen=True)
class Attempt:
    """What one POST came to: a status, or an error without any secret in it."""

    status: int | None
    error: str | None
    elapsed_ms: int


def post(
    client: httpx.Client, channel: Channel, message_id: str, body: str, now: datetime
) -> Attempt:
    """POST one signed document; never raises for network trouble."""
    headers = {
        "content-type": "application/json",
        "user-agent": USER_AGENT,
        **signed_headers(channel.secret, message_id, body, now),
    }
    started = time.perf_counter()
    try:
        response = client.post(
            channel.url,
            content=body.encode(),
            headers=headers,
            timeout=channel.timeout.total_seconds(),
        )
    except httpx.HTTPError as error:
        elapsed = int((time.perf_counter() - started) * 1000)
        return Attempt(None, _scrub(f"{type(error).__name__}: {error}", channel), elapsed)
    elapsed = int((time.perf_counter() - started) * 1000)
    error = None if response.is_success else f"HTTP {response.status_code}"
    return Attempt(response.status_code, error, elapsed)


def _scrub(text: str, channel: Channel) -> str:
    for secret in (channel.secret, channel.url):
        text = text.replace(secret, "[redacted]")
    return text[:500]


@dataclass
class SendReport:
    delivered: int = 0
    failed: int = 0
    dead: int = 0
    disabled: list[str] = field(default_factory=list)

    @property
    def attempted(self) -> int:
        return self.delivered + self.failed + self.dead


class WebhookSender:
    """Sends the due deliveries of the outbox; each outcome is an event in `delivery-<channel>`."""

    def __init__(
        self,
        store: EventStore,
        channels: Sequence[Channel],
        *,
        clock: Clock | None = None,
        rng: random.Random | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.store = store
        self.channels = {channel.name: channel for channel in channels}
        self.clock = clock or (lambda: datetime.now(UTC))
        self.rng = rng or random.Random()
        self.transport = transport

    def send_due(
        self, stop: threading.Event | None = None, limit: int = 200, *, force: bool = False
    ) -> SendReport:
        """Attempt each due delivery of an enabled channel once; a bad endpoint never raises.

        With `force` every pending delivery is due, whatever its backoff (an operator's "now").
        """
        report = SendReport()
        with self.store.engine.connect() as conn:
            enabled = set(self.channels) - outbox.disabled_channels(conn)
            due = outbox.due_deliveries(conn, enabled, self.clock(), limit, force=force)
        if not due:
            return report
        with httpx.Client(transport=self.transport, follow_redirects=False) as client:
            for delivery in due:
                if stop is not None and stop.is_set():
                    break
                if delivery.channel in report.disabled:
                    continue
                self._send_one(client, self.channels[delivery.channel], delivery, report)
        return report

    def _send_one(
        self, client: httpx.Client, channel: Channel, delivery, report: SendReport
    ) -> None:
        now = self.clock()
        with self.store.transaction() as conn:
            if not outbox.claim(conn, delivery, now + channel.lease, now):
                return
        attempt = post(client, channel, delivery.key, delivery.payload, now)
        outcome = self._outcome(channel, delivery, attempt, now)
        with self.store.transaction() as conn:
            if isinstance(outcome, ev.WebhookEndpointDisabled):
                outbox.release(conn, delivery.key)  # not the delivery's fault: no attempt
            outbox.record(self.store, conn, channel.name, outcome)
        fields = {"channel": channel.name, "key": delivery.key, "status": attempt.status}
        match outcome:
            case ev.WebhookDelivered():
                report.delivered += 1
                log.info("webhook_delivered", attempts=outcome.attempts,
                         elapsed_ms=attempt.elapsed_ms, **fields)  # fmt: skip
            case ev.WebhookEndpointDisabled():
                report.disabled.append(channel.name)
                log.warning("webhook_endpoint_disabled", endpoint=channel.where, **fields)
            case ev.WebhookFailed(dead=True):
                report.dead += 1
                log.error("webhook_delivery_dead", attempts=outcome.attempts,
                          error=attempt.error, **fields)  # fmt: skip
            case ev.WebhookFailed():
                report.failed += 1
                log.warning("webhook_delivery_failed", attempts=outcome.attempts,
                            error=attempt.error, retry_at=outcome.retry_at.isoformat(),
                            **fields)  # fmt: skip

    def _outcome(self, channel: Channel, delivery, attempt: Attempt, now: datetime):
        """The event recording one attempt: delivered, endpoint gone, or failed (maybe dead)."""
        attempts = delivery.attempts + 1
        if attempt.status is not None and 200 <= attempt.status < 300:
            return ev.WebhookDelivered(
                channel=channel.name, message_id=delivery.key, attempts=attempts,
                status=attempt.status,
            )  # fmt: skip
        if attempt.status == 410:
            return ev.WebhookEndpointDisabled(
                channel=channel.name, status=410,
                reason=f"the endpoint answered 410 Gone to delivery {delivery.key}",
            )  # fmt: skip
        dead = attempts >= channel.max_attempts
        delay = outbox.backoff_delay(attempts, channel.backoff_base, channel.backoff_cap, self.rng)
        return ev.WebhookFailed(
            channel=channel.name, message_id=delivery.key, attempts=attempts,
            error=attempt.error or "unknown error", status=attempt.status, dead=dead,
            retry_at=None if dead else now + delay,
        )  # fmt: skip


def send_test(
    url: str, secret: str, *, timeout: timedelta = timedelta(seconds=10)
) -> tuple[str, Attempt]:
    """POST one signed test document to `url`; return its message id and what happened."""
    now = datetime.now(UTC)
    message_id = f"msg_test_{uuid7().replace('-', '')}"
    channel = Channel("test", url, secret, timeout=timeout)
    signer(secret, channel.where)
    body = orjson.dumps(
        {
            "type": "monitor.test",
            "timestamp": now.isoformat(),
            "data": {"message": "a test delivery from kz-il-monitor"},
        },
        option=orjson.OPT_SORT_KEYS,
    ).decode()
    with httpx.Client(follow_redirects=False) as client:
        attempt = post(client, channel, message_id, body, now)
    log.info(
        "webhook_test_sent", endpoint=channel.where, key=message_id, status=attempt.status,
        error=attempt.error,
    )  # fmt: skip
    return message_id, attempt


def secret_for(settings: Settings, url: str) -> str | None:
    """The secret of a configured webhook with this URL, if any."""
    for config in settings.webhooks:
        if config.url == url:
            return config.resolved_secret()
    return None
