"""The one translation between domain events and stored rows, upcasting old versions on read."""

from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from typing import Any

from monitor.errors import MonitorError
from monitor.events import EVENT_TYPES, DomainEvent
from storage import NewEvent, RecordedEvent

Upcaster = Callable[[dict[str, Any]], dict[str, Any]]

# (event type, stored schema version) -> function giving the data of the next version.
UPCASTERS: dict[tuple[str, int], Upcaster] = {}


def _webhook_failed(data: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    rest = {key: value for key, value in data.items() if key != "dead"}
    if data.get("dead"):
        rest.pop("retry_at", None)
        return "DeliveryDead", rest
    return "DeliveryFailed", rest


# Event types no longer written: stored type -> function giving (today's type, its data at
# schema version 1). Webhooks were the only channel before delivery events were made neutral.
RENAMED: dict[str, Callable[[dict[str, Any]], tuple[str, dict[str, Any]]]] = {
    "WebhookDelivered": lambda data: ("Delivered", data),
    "WebhookFailed": _webhook_failed,
    "WebhookEndpointDisabled": lambda data: ("ChannelDisabled", data),
    "WebhookEndpointEnabled": lambda data: ("ChannelEnabled", data),
}
_RENAMED_TO = {
    "Delivered": ("WebhookDelivered",),
    "DeliveryFailed": ("WebhookFailed",),
    "DeliveryDead": ("WebhookFailed",),
    "ChannelDisabled": ("WebhookEndpointDisabled",),
    "ChannelEnabled": ("WebhookEndpointEnabled",),
}

_ID_NAMESPACE = uuid.UUID("5b3c1a52-7f0e-4d36-9d3e-0b8c6a2f4e11")


class UnknownEventType(MonitorError):
    """The log holds an event type this version of the service does not know."""


def stable_id(*parts: str) -> str:
    """A deterministic event id, so re-running the same work appends nothing new."""
    return str(uuid.uuid5(_ID_NAMESPACE, "\x1f".join(parts)))


def to_new_event(event: DomainEvent, *, event_id: str | None = None, **meta: Any) -> NewEvent:
    """Serialise a domain event for the store."""
    fields = {"meta": meta} if meta else {}
    if event_id:
        fields["event_id"] = event_id
    return NewEvent(
        type=type(event).__name__,
        data=event.model_dump(mode="json"),
        schema_version=type(event).schema_version,
        **fields,
    )


def event_from_data(
    cls: type[DomainEvent], data: dict[str, Any], event_id: str | None = None
) -> NewEvent:
    """Serialise already-dumped event data (made and validated by `cls` elsewhere) for the store."""
    fields = {"event_id": event_id} if event_id else {}
    return NewEvent(type=cls.__name__, data=data, schema_version=cls.schema_version, **fields)


def stored_types(types: Iterable[str]) -> list[str]:
    """The stored type names to read for these event types: each, and the old names it had."""
    return list(dict.fromkeys(t for name in types for t in (name, *_RENAMED_TO.get(name, ()))))


def from_recorded(recorded: RecordedEvent) -> DomainEvent:
    """Deserialise a stored event, upcasting it to the current type and schema version first."""
    type_, data = current(recorded)
    return EVENT_TYPES[type_].model_validate(data)


def upcast(recorded: RecordedEvent) -> dict[str, Any]:
    """A stored event's data at the current schema version, without building the model.

    For hot read paths (projections replaying the log) that only need a few fields.
    """
    return current(recorded)[1]


def current(recorded: RecordedEvent) -> tuple[str, dict[str, Any]]:
    """A stored event's type and data as this version of the service writes them."""
    type_, data, version = recorded.type, recorded.data, recorded.schema_version
    if type_ in RENAMED:
        (type_, data), version = RENAMED[type_](data), 1
    cls = EVENT_TYPES.get(type_)
    if cls is None:
        raise UnknownEventType(f"event type {recorded.type!r} at position {recorded.position}")
    while version < cls.schema_version:
        step = UPCASTERS.get((type_, version))
        if step is None:
            raise UnknownEventType(f"no upcaster for {type_} from schema version {version}")
        data, version = step(data), version + 1
    return type_, data
