"""Small helpers for reading assessments in tests, and for counting what a test made run."""

from __future__ import annotations

from typing import Any


def events_of(result: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [e for e in result["events"] if e["type"] == kind]


def only(result: dict[str, Any], kind: str) -> dict[str, Any]:
    found = events_of(result, kind)
    assert len(found) == 1, f"expected one {kind}, got {result['events']}"
    return found[0]


def extracted(
    detector, text: str, lang: str | None = None, published: str = "2026-03-12T09:00:00Z"
) -> list[dict[str, Any]]:
    """The events the rules draw from a text taken as relevant: extraction judged alone."""
    article = {"id": "t", "title": "", "text": text, "url": "", "published": published}
    if lang:
        article["lang"] = lang
    return [event for _, event in detector.candidates(article, loose=False, always=True).pairs]


def dated_types(
    detector, text: str, lang: str | None = None, published: str = "2026-03-12T09:00:00Z"
) -> list[tuple[str, str | None]]:
    """(type, date) of each event `extracted` draws from the text."""
    return [(e["type"], e["date"]) for e in extracted(detector, text, lang, published)]


def field_values(events: list[dict[str, Any]], kind: str, name: str) -> list[Any]:
    """The value of field `name` in each event of type `kind`, in order."""
    return [e["fields"][name] for e in events if e["type"] == kind]


def record_calls(monkeypatch, owner: Any, name: str) -> list[Any]:
    """The first argument of each call to `owner.name` from now on (the call still runs)."""
    calls: list[Any] = []
    real = getattr(owner, name)

    def recording(*args: Any, **kwargs: Any) -> Any:
        calls.append(args[0] if args else None)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, recording)
    return calls
