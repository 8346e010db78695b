"""The one translation between domain events and stored rows, upcasting old versions on read."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from typing import Any

from monitor.errors import MonitorError
from monitor.events import EVENT_TYPES, DomainEvent
from storage import NewEvent, RecordedEvent

Upcaster = Callable[[dict[str, Any]], dict[str, Any]]

# (event type, stored schema version) -> function giving the data of the next version.
UPCASTERS: dict[tuple[str, int], Upcaster] = {}

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


def from_recorded(recorded: RecordedEvent) -> DomainEvent:
    """Deserialise a stored event, upcasting it to the current schema version first."""
    data = upcast(recorded)
    return EVENT_TYPES[recorded.type].model_validate(data)


def upcast(recorded: RecordedEvent) -> dict[str, Any]:
    """A stored event's data at the current schema version, without building the model.

    For hot read paths (projections replaying the log) that only need a few fields.
    """
    cls = EVENT_TYPES.get(recorded.type)
    if cls is None:
        raise UnknownEventType(f"event type {recorded.type!r} at position {recorded.position}")
    data, version = recorded.data, recorded.schema_version
    while version < cls.schema_version:
        step = UPCASTERS.get((recorded.type, version))
        if step is None:
            raise UnknownEventType(f"no upcaster for {recorded.type} from schema version {version}")
        data, version = step(data), version + 1
    return data
