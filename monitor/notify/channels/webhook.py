"""Webhooks: each delivery's JSON document POSTed and signed per Standard Webhooks.

A 2xx is delivered, a 410 Gone disables the channel until `deliveries enable`, anything else is
retried with backoff.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

import orjson

from monitor.errors import ConfigError, MonitorError
from monitor.notify.channels.base import Attempt, Delivery, Filters, Outcome, Policy
from monitor.settings import Settings, WebhookConfig
from storage.ids import uuid7

if TYPE_CHECKING:  # loaded on sending: every command reads the channels' routes, few send
    import httpx
    from standardwebhooks import Webhook

KIND = "webhook"
USER_AGENT = "kz-il-monitor-webhooks/0.1"


class WebhookTestFailed(MonitorError):
    """A test delivery did not get a 2xx answer."""


@dataclass
class WebhookChannel:
    """A configured webhook endpoint with its secret resolved (never shown in its repr)."""

    name: str
    url: str
    secret: str = field(repr=False)
    policy: Policy = field(default_factory=Policy)
    filters: Filters = field(default_factory=Filters)
    kind: str = "webhook"
    _client: httpx.Client | None = field(default=None, repr=False)

    @property
    def where(self) -> str:
        """The endpoint for logs and messages: scheme and host only, as paths can hold tokens."""
        parts = urlsplit(self.url)
        return f"{parts.scheme}://{parts.netloc.rpartition('@')[2]}"

    def render(self, delivery: Delivery) -> str:
        return delivery.payload

    def render_test(self) -> str:
        return test_document(datetime.now(UTC))

    def deliver(self, message_id: str, rendered: str) -> Attempt:
        if self._client is None:
            import httpx

            from monitor.tls import tls_context

            self._client = httpx.Client(follow_redirects=False, verify=tls_context())
        return post(self._client, self, message_id, rendered, datetime.now(UTC))

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


def signer(secret: str, label: str) -> Webhook:
    """A Standard Webhooks signer; a malformed secret is a ConfigError that does not show it."""
    from standardwebhooks import Webhook

    try:
        return Webhook(secret)
    except Exception as error:  # binascii.Error, EmptyWebhookSecretError, ...
        raise ConfigError(
            f"webhook {label}: the secret is not a base64 Standard Webhooks secret "
            f"('whsec_...'): {type(error).__name__}"
        ) from None


def policy_of(config) -> Policy:
    return Policy(config.max_attempts, config.timeout, config.backoff_base, config.backoff_cap)


def channel_from_config(config: WebhookConfig) -> WebhookChannel:
    """Resolve a `[[webhooks]]` entry; a missing or malformed secret is a ConfigError."""
    name = config.channel
    secret = config.resolved_secret()
    if not secret:
        source = f"environment variable {config.secret_env}" if config.secret_env else "secret"
        raise ConfigError(f"webhook {name}: no secret ({source} is empty or unset)")
    signer(secret, name)
    return WebhookChannel(name, config.url, secret, policy_of(config), Filters.of(config))


def build(settings: Settings) -> list[WebhookChannel]:
    return [channel_from_config(config) for config in settings.webhooks]


def routes(settings: Settings) -> list[tuple[str, Filters]]:
    return [(config.channel, Filters.of(config)) for config in settings.webhooks]


def signed_headers(secret: str, message_id: str, body: str, now: datetime) -> dict[str, str]:
    """The three Standard Webhooks headers for one attempt."""
    from standardwebhooks import Webhook

    timestamp = now.astimezone(UTC)
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(int(timestamp.timestamp())),
        "webhook-signature": Webhook(secret).sign(message_id, timestamp, body),
    }


def post(
    client: httpx.Client, channel: WebhookChannel, message_id: str, body: str, now: datetime
) -> Attempt:
    """POST one signed document; never raises for network trouble."""
    import httpx

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
            timeout=channel.policy.timeout.total_seconds(),
        )
    except httpx.HTTPError as error:
        elapsed = int((time.perf_counter() - started) * 1000)
        error_text = _scrub(f"{type(error).__name__}: {error}", channel)
        return Attempt(Outcome.RETRY, None, error_text, elapsed)
    elapsed = int((time.perf_counter() - started) * 1000)
    status = response.status_code
    if response.is_success:
        return Attempt(Outcome.DELIVERED, status, None, elapsed)
    outcome = Outcome.GONE if status == 410 else Outcome.RETRY
    return Attempt(outcome, status, f"HTTP {status}", elapsed)


def _scrub(text: str, channel: WebhookChannel) -> str:
    for secret in (channel.secret, channel.url):
        text = text.replace(secret, "[redacted]")
    return text[:500]


def send_test(
    url: str, secret: str, *, timeout: timedelta = timedelta(seconds=10)
) -> tuple[str, Attempt]:
    """POST one signed test document to `url`; return its message id and what happened."""
    import httpx
    import structlog

    from monitor.tls import tls_context

    now = datetime.now(UTC)
    message_id = f"msg_test_{uuid7().replace('-', '')}"
    channel = WebhookChannel("test", url, secret, Policy(timeout=timeout))
    signer(secret, channel.where)
    body = test_document(now)
    with httpx.Client(follow_redirects=False, verify=tls_context()) as client:
        attempt = post(client, channel, message_id, body, now)
    structlog.get_logger("monitor.notify.webhooks").info(
        "webhook_test_sent", endpoint=channel.where, key=message_id, status=attempt.status,
        error=attempt.error,
    )  # fmt: skip
    return message_id, attempt


def test_document(now: datetime) -> str:
    document = {
        "type": "monitor.test",
        "timestamp": now.isoformat(),
        "data": {"message": "a test delivery from kz-il-monitor"},
    }
    return orjson.dumps(document, option=orjson.OPT_SORT_KEYS).decode()


def secret_for(settings: Settings, url: str) -> str | None:
    """The secret of a configured webhook with this URL, if any."""
    for config in settings.webhooks:
        if config.url == url:
            return config.resolved_secret()
    return None


def listing(settings: Settings) -> list[tuple[str, str]]:
    """(name, where) of each configured webhook, without resolving its secret."""
    return [
        (config.channel, WebhookChannel(config.channel, config.url, "").where)
        for config in settings.webhooks
    ]
