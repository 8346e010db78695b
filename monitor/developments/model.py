"""The one Development and the one fold of development events.

A development is one stream `development-<key>`. `Developments.apply` folds its EventDetected /
EventCorroborated / EventRevised / EventRetracted, in log order, into a `Development` that keeps
every *report*: what one source said, with the date it gives and the fields it names. Nothing is
decided here about time: what a development is as of a day is `monitor.developments.lifecycle`.

The detector's merge index reads `key`, `type`, `date`, `date_precision`, `fields`, `stage` and
`retracted`: the development as every report so far tells it, whatever the clock says.
"""

from __future__ import annotations

import calendar
import functools
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any

from monitor import events as ev

# The development event types: the one list every reader of developments subscribes to.
DEVELOPMENT_EVENT_TYPES = ("EventDetected", "EventCorroborated", "EventRevised", "EventRetracted")
# The taxonomy's types of development (../shared/taxonomy.md).
DEVELOPMENT_TYPES = (
    "agreement_signed", "visa_travel", "official_visit", "visit_planned", "talks",
    "multilateral", "economic", "statement", "tension",
)  # fmt: skip
STAGES = ("memorandum_of_intent", "signed", "ratified", "in_force")
MEMORANDA = frozenset({"memorandum_of_intent", "memorandum_of_understanding"})
# Types whose corroborating reports can move the development on: a stage, a travel status.
STAGED = frozenset({"agreement_signed", "visa_travel"})
MAX_EVIDENCE = 20


# --- dates ---------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4096)
def period(value: str | None) -> tuple[str, str] | None:
    """First and last day of a "YYYY-MM-DD" | "YYYY-MM" | "YYYY" date; None when undated or bad."""
    if not value:
        return None
    try:
        parts = [int(part) for part in value[:10].split("-")]
        if len(parts) == 1:
            return f"{parts[0]:04d}-01-01", f"{parts[0]:04d}-12-31"
        year, month = parts[0], parts[1]
        if len(parts) == 2:
            last = calendar.monthrange(year, month)[1]
            return f"{year:04d}-{month:02d}-01", f"{year:04d}-{month:02d}-{last:02d}"
        day = date(year, month, parts[2]).isoformat()
    except (ValueError, IndexError):
        return None
    return day, day


def precision_of(value: str | None) -> str | None:
    """The precision a date string really has (the string wins over a mismatched label)."""
    if not value or period(value) is None:
        return None
    return {1: "year", 2: "month"}.get(len(value[:10].split("-")), "day")


def stage_of(fields: dict[str, Any]) -> str:
    """The stage on the ladder memorandum of intent → signed → ratified → in force."""
    stage = fields.get("stage") or "signed"
    if stage == "signed" and fields.get("instrument") == "memorandum_of_intent":
        return "memorandum_of_intent"
    return stage if stage in STAGES else "signed"


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


# --- the development -----------------------------------------------------------------------------


@dataclass(slots=True)
class Development:
    """One development folded from its stream: its reports, sources, evidence and retraction.

    `reports` are dicts {kind ("detected" | "revised" | "corroborated"), type (the development's
    type as this report has it),
    date, date_precision, fields, source (url or article), announced (YYYY-MM-DD: the source's
    publication, never after the day it was recorded), evidence, position, recorded_at}.
    """

    key: str
    type: str
    actors: list[Any]
    place: str | None
    reports: list[dict[str, Any]]
    evidence: list[str] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)  # {article, url, outlet, published}
    retracted: bool = False
    reason: str | None = None
    detected_at: str = ""
    updated_at: str = ""
    first_position: int = 0
    last_position: int = 0

    # What every report so far says, clock aside: the merge index's view.

    @property
    def date(self) -> str | None:
        return _latest(self.reports, "date")

    @property
    def date_precision(self) -> str | None:
        return precision_of(self.date)

    @property
    def fields(self) -> dict[str, Any]:
        merged: dict[str, Any] = {}
        for report in self.reports:
            if report["kind"] != "corroborated":
                merged.update((k, v) for k, v in report["fields"].items() if v is not None)
        return merged

    @property
    def stage(self) -> str | None:
        """The agreement's stage or the travel change's status, as last reported."""
        fields = self.fields
        if self.type == "agreement_signed":
            return fields.get("stage") or "signed"
        return fields.get("status")

    def add_source(self, source: ev.Source, evidence: Iterable[str]) -> bool:
        """Record another source and its evidence; False when both were already known."""
        changed = False
        ident = source.url or source.article
        if all((known["url"] or known["article"]) != ident for known in self.sources):
            self.sources.append(
                {
                    "article": source.article,
                    "url": source.url,
                    "outlet": source.outlet,
                    "published": _utc(source.published) if source.published else None,
                }
            )
            changed = True
        for sentence in evidence:
            if sentence not in self.evidence and len(self.evidence) < MAX_EVIDENCE:
                self.evidence.append(sentence)
                changed = True
        return changed

    @property
    def status(self) -> str:
        """ "active" or "retracted" (as the detector's reader reads it, in docs too)."""
        return "retracted" if self.retracted else "active"

    def state(self) -> dict[str, Any]:
        """Date, fields and stage as every report so far tells them (the merge index's view)."""
        return {
            "date": self.date, "date_precision": self.date_precision, "fields": self.fields,
            "stage": self.stage,
        }  # fmt: skip

    def fact(self) -> dict[str, Any] | None:
        """The development's (main) Fact, clock aside; None once retracted."""
        from monitor.developments.facts import facts

        told = facts(self)
        return told[0] if told else None

    def to_doc(self) -> dict[str, Any]:
        return {"status": self.status} | {slot: getattr(self, slot) for slot in self.__slots__}

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Development:
        return cls(**{name: value for name, value in doc.items() if name != "status"})


def _latest(reports: list[dict[str, Any]], name: str) -> Any:
    value = None
    for report in reports:
        if report["kind"] != "corroborated" and report[name]:
            value = report[name]
    return value


def _report(
    kind: str, event, type_: str, source: ev.Source, position: int, at: str
) -> dict[str, Any]:
    recorded_day = at[:10]
    published = source.published.astimezone(UTC).date().isoformat() if source.published else None
    return {
        "kind": kind,
        "type": type_,
        "date": event.date if period(event.date) else None,
        "date_precision": precision_of(event.date),
        "fields": dict(event.fields),
        "source": source.url or source.article,
        "announced": min(published, recorded_day) if published else recorded_day,
        "evidence": list(event.evidence[:3]),
        "position": position,
        "recorded_at": at,
    }


# --- the fold ------------------------------------------------------------------------------------


class Developments:
    """The fold: developments by key, changed by development events in log order."""

    def __init__(self, developments: dict[str, Development] | None = None) -> None:
        self.developments: dict[str, Development] = developments or {}
        self.touched: set[str] = set()

    def apply(self, event: ev.DomainEvent, *, position: int, recorded_at: datetime) -> None:
        """Fold one development event; events of a development never detected are ignored."""
        at = _utc(recorded_at)
        known = self.developments.get(event.key)
        match event:
            case ev.EventDetected() if known is None or known.retracted:
                # A retracted development detected again starts afresh: the detector retracts
                # and re-detects a development whose sources or state must be undone.
                known = Development(
                    key=event.key, type=event.type, actors=list(event.actors), place=event.place,
                    reports=[_report("detected", event, event.type, event.source, position, at)],
                    detected_at=at, first_position=position,
                )  # fmt: skip
                known.add_source(event.source, event.evidence)
                self.developments[event.key] = known
            case ev.EventDetected():
                # A second detection of an active development is one more source for it.
                if not known.add_source(event.source, event.evidence):
                    return
            case ev.EventCorroborated() if known is not None:
                reported = known.type in STAGED and (event.date or event.fields)
                if reported:
                    # What this source says of the stage or status is a report of its own.
                    known.reports.append(
                        _report("corroborated", event, known.type, event.source, position, at)
                    )
                if not known.add_source(event.source, event.evidence) and not reported:
                    return
            case ev.EventRevised() if known is not None:
                if event.type:
                    known.type = event.type  # a planned visit that took place
                known.reports.append(
                    _report("revised", event, known.type, event.source, position, at)
                )
                known.add_source(event.source, event.evidence)
            case ev.EventRetracted() if known is not None:
                known.retracted, known.reason = True, event.reason
            case _:
                return
        known.updated_at = at
        known.last_position = position
        self.touched.add(event.key)

    def __iter__(self):
        return iter(self.developments.values())
