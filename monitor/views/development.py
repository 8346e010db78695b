"""One development: its Facts as the summary tells them, and every event in the log about it.

The Facts come from the summary document (so a page says what the briefing says, links between
developments included); the events from the development's own stream, each with the time it was
recorded. A memorandum split off its agreement (`<key>/memorandum`) shares the agreement's stream.

Document: {`key`, `facts` [Fact, as in monitor.views.summarize], `events` [{`position`, `kind`
(detected | corroborated | revised | retracted), `recorded_at` (ISO 8601 UTC), `type`, `date`,
`fields`, `evidence` [str], `source` {`outlet`, `url`, `published`} or null, `reason`}]}.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date
from typing import Any

from monitor.developments.facts import MEMORANDUM
from monitor.views.summary import end_of
from storage import EventStore

KINDS = {
    "EventDetected": "detected", "EventCorroborated": "corroborated",
    "EventRevised": "revised", "EventRetracted": "retracted",
}  # fmt: skip


def all_facts(document: Any) -> Iterator[dict[str, Any]]:
    """Every Fact of a summary document, each once, in document order (a signing's documents, not
    the signing: each document is a development)."""
    seen: set[str] = set()
    stack = [document]
    while stack:
        node = stack.pop(0)
        if isinstance(node, dict) and "documents" in node:
            stack.extend(node["documents"])
        elif isinstance(node, dict) and "key" in node and "headline" in node:
            if node["key"] not in seen:
                seen.add(node["key"])
                yield node
        elif isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def development(
    store: EventStore, document: dict[str, Any], key: str, known_at: date | None = None
) -> dict[str, Any] | None:
    """The development `key` (schema in the module docstring); None when the log has none."""
    base = key.removesuffix(f"/{MEMORANDUM}")
    found = [fact for fact in all_facts(document) if fact["key"] in (base, f"{base}/{MEMORANDUM}")]
    until = end_of(known_at) if known_at else None
    # The detector writes each development to the stream `development-<key>`.
    recorded = [
        event for event in store.read_stream(f"development-{base}")
        if until is None or _utc(event.recorded_at) <= until
    ]  # fmt: skip
    if not recorded:
        return None
    return {"key": base, "facts": found, "events": [_event(event) for event in recorded]}


def _event(recorded) -> dict[str, Any]:
    data = recorded.data
    return {
        "position": recorded.position,
        "kind": KINDS.get(recorded.type, recorded.type),
        "recorded_at": _utc(recorded.recorded_at).isoformat(),
        "type": data.get("type"),
        "date": data.get("date"),
        "fields": data.get("fields") or {},
        "evidence": data.get("evidence") or [],
        "source": data.get("source"),
        "reason": data.get("reason"),
    }


def _utc(moment):
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
