"""What the detector is given for a stored article: one definition for every caller."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def assessment_input(data: Mapping[str, Any]) -> dict[str, Any]:
    """The detector's input for stored article data; the one definition both paths use."""
    return {
        "id": data["article"], "title": data["title"], "text": data["text"], "url": data["url"],
        "published": data.get("published"), "lang": data.get("language"),
        "source": data.get("outlet"),
    }  # fmt: skip
