"""Tell a newly detected event apart from developments already known.

Several outlets report one development on different days; a later report may move it on
(memorandum → signed → ratified → in force; planned visit → visit held) or sharpen its date.
`decide()` says which: a new development, a corroboration, or a revision of a known one.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
_PRECISION_LEN = {"year": 4, "month": 7, "day": 10}
# Fields that say *which* development an event is, per type.
KEY_FIELDS: dict[str, tuple[str, ...]] = {
    "agreement_signed": ("subject",),
    "visa_travel": ("subject",),
    "official_visit": ("visitor",),
    "visit_planned": ("visitor",),
    "talks": ("format",),
    "multilateral": ("framework",),
    "economic": ("sector",),
    "statement": ("speaker",),
    "tension": ("speaker",),
}
_VISITS = frozenset({"visit_planned", "official_visit"})
_SLUG = re.compile(r"[^a-z0-9]+")


@dataclass(frozen=True)
class Development:
    """A development already recorded: its key and what is known of it."""

    key: str
    type: str
    date: str | None
    precision: str | None
    fields: Mapping[str, Any] = field(default_factory=dict)
    stage: str | None = None


@dataclass(frozen=True)
class Decision:
    action: Literal["new", "corroborate", "revise"]
    key: str


def decide(
    event: Mapping[str, Any], known: Iterable[Development], window_days: int = 3
) -> Decision:
    """Whether `event` (type, date, date_precision, fields) is new, seen, or a step further."""
    revise: Development | None = None
    for dev in known:
        verdict = _compare(event, dev, window_days)
        if verdict == "corroborate":
            return Decision("corroborate", dev.key)
        if verdict == "revise" and revise is None:
            revise = dev
    if revise is not None:
        return Decision("revise", revise.key)
    return Decision("new", development_key(event))


def development_key(event: Mapping[str, Any]) -> str:
    """A stable key: type, the fields that identify the development, and a date bucket."""
    kind = str(event.get("type"))
    fields = event.get("fields") or {}
    parts = [_slug(fields.get(name)) for name in KEY_FIELDS.get(kind, ())]
    if kind in _VISITS:
        kind = "visit"  # one key from plan to visit
    value, precision = event.get("date"), event.get("date_precision")
    bucket = str(value)[: 4 if kind in ("visit", "agreement_signed") else 7] if value else "undated"
    if precision == "year":
        bucket = str(value)[:4]
    return ":".join([kind, *[p or "any" for p in parts], bucket])


def _compare(event: Mapping[str, Any], dev: Development, window: int) -> str | None:
    kind = event.get("type")
    fields = event.get("fields") or {}
    same_family = kind == dev.type or {kind, dev.type} <= _VISITS
    if not same_family or not _same_identity(str(kind), fields, dev):
        return None
    new_rank = _stage_rank(str(kind), fields)
    old_rank = _stage_rank(dev.type, dev.fields, dev.stage)
    value, precision = event.get("date"), event.get("date_precision")
    compatible = _dates_compatible(value, precision, dev.date, dev.precision, window)
    if new_rank > old_rank:
        return "revise" if _not_before(value, dev.date) and _near(value, dev.date) else None
    if new_rank < old_rank:
        # An earlier stage reported late: part of the same development if it came before.
        return "corroborate" if _not_before(dev.date, value) and _near(value, dev.date) else None
    if compatible:
        if _PRECISION_RANK.get(precision or "", -1) > _PRECISION_RANK.get(dev.precision or "", -1):
            return "revise"  # a sharper date
        return "corroborate"
    if kind == "visit_planned" and _near(value, dev.date):
        return "revise"  # rescheduled
    return None


def _same_identity(kind: str, fields: Mapping[str, Any], dev: Development) -> bool:
    for name in KEY_FIELDS.get(kind, ()):
        a, b = _slug(fields.get(name)), _slug(dev.fields.get(name))
        if not a or not b or a == b:
            continue
        if name == "subject" and "other" in (a, b):
            continue
        if name in ("visitor", "speaker") and (a in b or b in a):
            continue  # "netanyahu" and "benjamin netanyahu prime minister il"
        return False
    return True


def _stage_rank(kind: str, fields: Mapping[str, Any], stage: str | None = None) -> int:
    if kind == "agreement_signed":
        stage = stage or fields.get("stage") or "signed"
        if stage == "in_force":
            return 3
        if stage == "ratified":
            return 2
        return 0 if fields.get("instrument") == "memorandum_of_intent" else 1
    if kind == "visa_travel":
        return 1 if (stage or fields.get("status")) == "in_force" else 0
    if kind == "official_visit":
        return 1
    return 0


def _dates_compatible(a: Any, pa: Any, b: Any, pb: Any, window: int) -> bool:
    if not a or not b:
        return True
    n = min(_PRECISION_LEN.get(pa or "day", 10), _PRECISION_LEN.get(pb or "day", 10))
    if n == 10:
        try:
            gap = date.fromisoformat(str(a)[:10]) - date.fromisoformat(str(b)[:10])
            return abs(gap.days) <= window
        except ValueError:
            return False
    return str(a)[:n] == str(b)[:n]


def _not_before(a: Any, b: Any) -> bool:
    if not a or not b:
        return True
    n = min(len(str(a)), len(str(b)))
    return str(a)[:n] >= str(b)[:n]


def _near(a: Any, b: Any, years: int = 1) -> bool:
    """Stages of one development fall within about a year of each other."""
    if not a or not b:
        return True
    return abs(int(str(a)[:4]) - int(str(b)[:4])) <= years


def _slug(value: Any) -> str:
    if value is None:
        return ""
    text = unicodedata.normalize("NFKD", str(value)).encode("ascii", "ignore").decode()
    text = re.sub(r"\(.*?\)", "", text.lower())
    return _SLUG.sub("-", text).strip("-")
