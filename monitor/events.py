"""Domain events: facts in the past tense, immutable, each with a schema version."""

from __future__ import annotations

from datetime import datetime
from typing import Any, ClassVar, Literal

from pydantic import BaseModel, ConfigDict


class DomainEvent(BaseModel):
    """Base of every event this service records."""

    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)
    schema_version: ClassVar[int] = 1


# feed-<name> streams


class FeedAdded(DomainEvent):
    feed: str
    url: str
    language: str = "en"
    interval_s: float = 1800
    full_text: bool = False
    origin: Literal["config", "cli", "opml"] = "config"


class FeedRemoved(DomainEvent):
    feed: str
    reason: str = ""


class FeedMoved(DomainEvent):
    feed: str
    old_url: str
    new_url: str
    status: int


class FeedFailing(DomainEvent):
    feed: str
    failures: int
    error: str
    detail: str = ""


class FeedRecovered(DomainEvent):
    feed: str
    failures: int


class FeedDisabled(DomainEvent):
    feed: str
    reason: str
    status: int | None = None


# article-<uid> streams


class ArticleDiscovered(DomainEvent):
    article: str
    feed: str
    url: str
    title: str
    text: str
    published: datetime | None = None
    language: str = "en"
    content_hash: str
    guid: str | None = None
    outlet: str = ""


class ArticleUpdated(ArticleDiscovered):
    pass


class ArticleAssessed(DomainEvent):
    article: str
    detector_version: str
    relevant: bool
    score: float
    events: list[dict[str, Any]] = []
    evidence: list[str] = []


# development-<key> streams


class Source(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", defer_build=True)

    article: str
    url: str
    outlet: str = ""
    published: datetime | None = None


class EventDetected(DomainEvent):
    key: str
    type: str
    date: str | None = None
    date_precision: Literal["day", "month", "year"] | None = None
    actors: list[Any] = []
    place: str | None = None
    fields: dict[str, Any] = {}
    evidence: list[str] = []
    source: Source


class EventCorroborated(DomainEvent):
    """Another source for a development. What that source reports is kept: an earlier stage
    reported late (the memorandum behind a ratified agreement) keeps its own date and fields."""

    key: str
    evidence: list[str] = []
    source: Source
    type: str | None = None
    date: str | None = None
    date_precision: Literal["day", "month", "year"] | None = None
    fields: dict[str, Any] = {}


class EventRevised(DomainEvent):
    key: str
    type: str | None = None  # set when the development changes type: a planned visit made
    date: str | None = None
    date_precision: Literal["day", "month", "year"] | None = None
    fields: dict[str, Any] = {}
    evidence: list[str] = []
    source: Source


class EventRetracted(DomainEvent):
    key: str
    reason: str


# delivery-<channel> streams: every kind of channel (webhook, Apprise, ...) records the same
# events. Logs written before channels were a seam hold WebhookDelivered, WebhookFailed and
# WebhookEndpointDisabled/Enabled; monitor.mapper reads those as the events below.


class Delivered(DomainEvent):
    channel: str
    message_id: str
    attempts: int
    status: int | None = None  # the HTTP status where the channel has one


class DeliveryFailed(DomainEvent):
    """An attempt failed; the delivery is tried again at `retry_at`."""

    channel: str
    message_id: str
    attempts: int
    error: str
    status: int | None = None
    retry_at: datetime


class DeliveryDead(DomainEvent):
    """The last attempt allowed failed: the delivery waits for `deliveries retry`."""

    channel: str
    message_id: str
    attempts: int
    error: str
    status: int | None = None


class ChannelDisabled(DomainEvent):
    """The destination is gone (a webhook's 410): nothing is sent until it is enabled again."""

    channel: str
    reason: str
    status: int | None = None


class ChannelEnabled(DomainEvent):
    channel: str


class DeliveryRequeued(DomainEvent):
    channel: str
    message_id: str


class DigestSent(DomainEvent):
    channel: str
    recipients: list[str]
    period_start: datetime
    period_end: datetime
    developments: int
    through_position: int = 0  # the last log position the digest covered


class DigestSkipped(DomainEvent):
    """A digest period closed with nothing to send (nothing changed and empty digests are off)."""

    channel: str
    period_start: datetime
    period_end: datetime
    through_position: int


EVENT_TYPES: dict[str, type[DomainEvent]] = {
    cls.__name__: cls
    for cls in (
        FeedAdded, FeedRemoved, FeedMoved, FeedFailing, FeedRecovered, FeedDisabled,
        ArticleDiscovered, ArticleUpdated, ArticleAssessed,
        EventDetected, EventCorroborated, EventRevised, EventRetracted,
        Delivered, DeliveryFailed, DeliveryDead, ChannelDisabled, ChannelEnabled,
        DeliveryRequeued, DigestSent, DigestSkipped,
    )
}  # fmt: skip
