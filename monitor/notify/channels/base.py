"""The protocol every delivery channel follows, and what kinds share: retry policy, filters,
redaction of service URLs."""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import parse_qsl, unquote, urlsplit
from zoneinfo import ZoneInfo

if TYPE_CHECKING:
    from monitor.developments import Development
    from monitor.settings import ChannelFilters


class Outcome(enum.StrEnum):
    DELIVERED = "delivered"
    RETRY = "retry"  # try again after a backoff, until the channel's attempts run out
    DEAD = "dead"  # no use trying again: wait for `deliveries retry`
    GONE = "gone"  # the destination is gone: disable the channel, do not count the attempt


@dataclass(frozen=True)
class Attempt:
    """What one delivery attempt came to; `error` never holds a secret."""

    outcome: Outcome
    status: int | None = None
    error: str | None = None
    elapsed_ms: int = 0


@dataclass(frozen=True)
class Policy:
    """How a channel retries: attempts, per-attempt timeout, exponential backoff."""

    max_attempts: int = 12
    timeout: timedelta = timedelta(seconds=10)
    backoff_base: timedelta = timedelta(seconds=30)
    backoff_cap: timedelta = timedelta(hours=6)

    @property
    def lease(self) -> timedelta:
        """How long a claimed delivery stays with one sender (connect, write, read, margin)."""
        return self.timeout * 4 + timedelta(seconds=1)


@dataclass(frozen=True)
class Filters:
    """Which developments a channel is sent, and when it may be sent anything."""

    types: frozenset[str] | None = None
    min_sources: int = 1
    stages: frozenset[str] | None = None
    quiet: tuple[time, time] | None = None  # [start, end) in `timezone`; may wrap midnight
    timezone: str = "UTC"
    briefings: frozenset[str] = frozenset()  # digests whose opening briefing is sent here

    @classmethod
    def of(cls, config: ChannelFilters) -> Filters:
        quiet = None
        if config.quiet_hours:
            start, end = (part.strip() for part in config.quiet_hours.split("-"))
            quiet = (time.fromisoformat(start), time.fromisoformat(end))
        return cls(
            frozenset(config.types) if config.types is not None else None, config.min_sources,
            frozenset(config.stages) if config.stages is not None else None, quiet,
            config.timezone, frozenset(getattr(config, "briefings", ())),
        )  # fmt: skip

    def admits(self, type_: str | None, stage: str | None) -> bool:
        """Whether a development of this type, at this stage, is for this channel."""
        if self.types is not None and type_ not in self.types:
            return False
        return self.stages is None or stage in self.stages

    def quiet_now(self, now: datetime) -> bool:
        if self.quiet is None:
            return False
        start, end = self.quiet
        local = now.astimezone(ZoneInfo(self.timezone)).time()
        return start <= local < end if start < end else local >= start or local < end


@dataclass(frozen=True)
class Delivery:
    """One outbox row as a channel renders it; `development()` folds the development as it
    stood at the delivery's event, `developments(position)` all of them up to a position (both
    read from the log on use)."""

    key: str
    channel: str
    kind: str  # detected, revised, corroborated, briefing
    development_key: str
    position: int
    payload: str  # the neutral JSON document the outbox keeps (a webhook's body)
    created_at: datetime
    load: Callable[[], Development | None] = field(repr=False, compare=False)
    load_all: Callable[[int], list[Development]] = field(repr=False, compare=False)

    def development(self) -> Development | None:
        return self.load()

    def developments(self, through: int) -> list[Development]:
        return self.load_all(through)


class Channel(Protocol):
    """A configured destination of one kind."""

    name: str
    kind: str
    policy: Policy
    filters: Filters

    @property
    def where(self) -> str:
        """The destination for logs and listings, without any secret."""

    def render(self, delivery: Delivery) -> Any:
        """What `deliver` sends for this delivery."""

    def render_test(self) -> Any:
        """A message that only says the channel works (`monitor deliveries test`)."""

    def deliver(self, message_id: str, rendered: Any) -> Attempt:
        """Send once; never raises for trouble at the destination."""

    def close(self) -> None:
        """Release connections kept between deliveries."""


def secrets_of(url: str) -> list[str]:
    """The parts of a service URL that can be tokens: user, password, a host that is not a
    host name, path segments and query values (the scheme and a real host name are kept)."""
    parts = urlsplit(url)
    found = [url, parts.username, parts.password]
    host = parts.hostname or ""
    if not _is_host_name(host):
        found.append(host)
    found += [segment for segment in parts.path.split("/")]
    found += [value for _, value in parse_qsl(parts.query)] + [parts.fragment]
    unique = {unquote(part) for part in found if part and len(part) >= 3} | {
        part for part in found if part and len(part) >= 3
    }
    return sorted(unique, key=len, reverse=True)  # longest first: no half-redacted token


def _is_host_name(host: str) -> bool:
    return host == "localhost" or ("." in host and all(label for label in host.split(".")))


def public_where(url: str) -> str:
    """scheme://host of a service URL, or scheme:// alone when its host part is a token."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    return f"{parts.scheme}://{host}" if _is_host_name(host) else f"{parts.scheme}://"


def redact(text: str, secrets: Iterable[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "[redacted]")
    return text
