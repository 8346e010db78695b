"""Small helpers for reading assessments in tests."""

from __future__ import annotations

from typing import Any


def events_of(result: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e for e in result["events"] if e["type"] == kind]


def only(result: dict[str, Any], kind: str) -> dict[str, Any]:
    found = events_of(result, kind)
    assert len(found) == 1, f"expected one {kind}, got {result['events']}"
    return found[0]
