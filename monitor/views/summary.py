"""The relations summary: a pure fold of development events, and the projection that stores it.

`Relations.apply` folds EventDetected / EventCorroborated / EventRevised / EventRetracted into
`Development`s in memory; `summarize` turns developments into the summary document. The
checkpointed `SummaryView` keeps every folded development in `view_developments`, so
`monitor summary` reads one table; `--as-of` replays the log instead (`replay_developments`).

As of a date D the summary holds the events recorded up to the end of D (UTC) *and*, of those,
the developments and revision steps whose date is not after D: a dated period counts from its first
day, so "2026-01" is in as of 2026-01-20 while "2026-01-27" is not. Planned visits are kept whatever
their expected date, since a plan is by nature dated in the future. Without `--as-of` every
recorded development is shown, future-dated steps (an announced entry into force) included.

Summary JSON schema (`monitor summary --format json`, version "summary/1"): one object with

- `schema`: "summary/1"; `as_of`: "YYYY-MM-DD" or null; `developments`: facts counted below.
- `latest`: the Fact with the latest date (planned visits excepted), or null.
- `instruments`: Facts of `agreement_signed`, newest first, each also with `instrument`,
  `subject`, `stage` (memorandum_of_intent, signed, ratified, in_force: the most advanced reached)
  and `stages`: [{`stage`, `date`, `date_precision`}] in the order reached.
- `visa_travel`: {`visa_free`: true (in force) | false (decided, not in force) | null (nothing
  reported), `status`: "in_force" | "decided" | "not_reported", `since`: date in force or null,
  `expected`: effective date announced or null, `facts`: visa Facts, `flights`: flight and
  tourism Facts}.
- `frameworks`: Facts of `multilateral` (the Abraham Accords), newest first.
- `visits`: {`held`: Facts of `official_visit` newest first (`fields.first_in_years` where
  reported), `planned`: Facts of `visit_planned`, soonest first, undated last}.
- `talks`: Facts of `talks`, newest first.
- `economy`: {`trade`, `forums`, `commissions`, `other`}: Facts of `economic`, newest first;
  `fields.amount`, `fields.currency` and `period` (fields.period or the date) give trade figures.
- `statements`, `tensions`: Facts, newest first (the text briefing shows the five latest).

A Fact is {`key`, `type`, `headline`, `date` ("YYYY-MM-DD" | "YYYY-MM" | "YYYY" | null),
`date_precision` ("day" | "month" | "year" | null), `actors` [str], `place`, `fields` (taxonomy
fields after every revision), `evidence` [str], `sources` [{`outlet`, `url`, `published`}],
`source_count` (distinct sources: the corroboration count), `corroborations` (source_count - 1),
`detected_at`, `updated_at` (ISO 8601 UTC, when recorded)}. Retracted developments are left out.
"""

from __future__ import annotations

import calendar
import functools
from collections import defaultdict
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor import events as ev
from monitor.mapper import from_recorded
from monitor.views.tables import view_developments
from storage import EventStore, RecordedEvent

SCHEMA = "summary/1"
DEVELOPMENT_TYPES = ("EventDetected", "EventCorroborated", "EventRevised", "EventRetracted")
STAGES = ("memorandum_of_intent", "signed", "ratified", "in_force")
MAX_EVIDENCE = 20

COUNTRIES = {"KZ": "Kazakhstan", "IL": "Israel"}
INSTRUMENTS = {
    "treaty": "Treaty", "agreement": "Agreement", "memorandum_of_intent": "Memorandum of intent",
    "memorandum_of_understanding": "Memorandum of understanding", "protocol": "Protocol",
    "roadmap": "Roadmap",
}  # fmt: skip
SUBJECTS = {
    "visa": "visa exemption", "trade": "trade and economic cooperation",
    "diplomatic_training": "diplomatic training", "public_diplomacy": "public diplomacy",
    "water": "water management", "agriculture": "agriculture", "health": "health care",
    "defence": "defence", "aviation": "air services",
}  # fmt: skip
TRAVEL = {
    "visa_free": "Visa-free travel", "visa_simplified": "Simplified visa regime",
    "flights": "Flights", "tourism": "Tourism",
}  # fmt: skip
TALKS = {
    "meeting": "Meeting", "call": "Phone call", "consultations": "Consultations",
    "sidelines": "Meeting on the sidelines",
}  # fmt: skip
TYPE_LABELS = {
    "agreement_signed": "Agreement", "visa_travel": "Visa and travel",
    "official_visit": "Visit", "visit_planned": "Planned visit", "talks": "Talks",
    "multilateral": "Framework", "economic": "Economic", "statement": "Statement",
    "tension": "Tension",
}  # fmt: skip


# --- dates ---------------------------------------------------------------------------------


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


def _utc(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat()


# --- the fold --------------------------------------------------------------------------------


@dataclass(slots=True)
class Development:
    """One development as folded from its stream: detection, revisions, sources, retraction."""

    key: str
    type: str
    actors: list[Any]
    place: str | None
    steps: list[dict[str, Any]]  # {kind, date, date_precision, fields, position, recorded_at}
    evidence: list[str] = field(default_factory=list)
    sources: list[dict[str, Any]] = field(default_factory=list)  # {article, url, outlet, published}
    status: str = "active"
    reason: str | None = None
    detected_at: str = ""
    updated_at: str = ""
    first_position: int = 0
    last_position: int = 0

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

    def state(self, as_of: str | None = None) -> dict[str, Any] | None:
        """Date, fields and stages after the steps dated up to `as_of`; None if not yet dated in."""
        current: dict[str, Any] = {"date": None, "date_precision": None, "fields": {}}
        stages: list[dict[str, Any]] = []
        steps = self.steps
        if self.type == "agreement_signed":  # stages reported out of order fall into place
            steps = sorted(steps, key=lambda step: (period(step["date"]) or ("9999",))[0])
        for step in steps:
            span = period(step["date"])
            if as_of and span and span[0] > as_of and self.type != "visit_planned":
                if step["kind"] == "detected":
                    return None
                continue
            if span:
                current["date"] = step["date"]
                current["date_precision"] = precision_of(step["date"])
            current["fields"].update(
                (name, value) for name, value in step["fields"].items() if value is not None
            )
            if self.type == "agreement_signed":
                stage = stage_of(current["fields"])
                if not stages or stages[-1]["stage"] != stage:
                    stages.append(
                        {
                            "stage": stage,
                            "date": current["date"],
                            "date_precision": current["date_precision"],
                        }
                    )
        current["stages"] = stages
        return current

    def fact(self, as_of: str | None = None) -> dict[str, Any] | None:
        """The development as a summary Fact (see the module docstring); None if absent as of."""
        if self.status != "active":
            return None
        current = self.state(as_of)
        if current is None:
            return None
        fields = current["fields"]
        actors = self.actors or fields.get("actors") or []
        fact = {
            "key": self.key,
            "type": self.type,
            "headline": headline(self.type, fields, actors),
            "date": current["date"],
            "date_precision": current["date_precision"],
            "actors": [actor_label(actor) for actor in actors],
            "place": self.place or fields.get("place"),
            "fields": fields,
            "evidence": list(self.evidence),
            "sources": [
                {"outlet": s["outlet"], "url": s["url"], "published": s["published"]}
                for s in self.sources
            ],
            "source_count": len(self.sources),
            "corroborations": max(len(self.sources) - 1, 0),
            "detected_at": self.detected_at,
            "updated_at": self.updated_at,
        }
        if self.type == "agreement_signed":
            reached = [s["stage"] for s in current["stages"]]
            fact["instrument"] = fields.get("instrument")
            fact["subject"] = fields.get("subject")
            fact["stage"] = max(reached, key=STAGES.index) if reached else None
            fact["stages"] = current["stages"]
        return fact

    def to_doc(self) -> dict[str, Any]:
        return {slot: getattr(self, slot) for slot in self.__slots__}

    @classmethod
    def from_doc(cls, doc: dict[str, Any]) -> Development:
        return cls(**doc)


def stage_of(fields: dict[str, Any]) -> str:
    """The stage on the ladder memorandum of intent → signed → ratified → in force."""
    stage = fields.get("stage") or "signed"
    if stage == "signed" and fields.get("instrument") == "memorandum_of_intent":
        return "memorandum_of_intent"
    return stage if stage in STAGES else "signed"


class Relations:
    """The pure fold: developments by key, changed by development events in log order."""

    def __init__(self, developments: dict[str, Development] | None = None) -> None:
        self.developments: dict[str, Development] = developments or {}
        self.touched: set[str] = set()

    def apply(self, event: ev.DomainEvent, *, position: int, recorded_at: datetime) -> None:
        """Fold one development event; events for unknown developments are ignored."""
        at = _utc(recorded_at)
        known = self.developments.get(event.key)
        match event:
            case ev.EventDetected() if known is None or known.status != "active":
                # A retracted development detected again starts afresh: the detector retracts
                # and re-detects a development whose sources or state must be undone.
                known = Development(
                    key=event.key, type=event.type, actors=list(event.actors), place=event.place,
                    steps=[_step("detected", event, position, at)],
                    detected_at=at, first_position=position,
                )  # fmt: skip
                known.add_source(event.source, event.evidence)
                self.developments[event.key] = known
            case ev.EventDetected():
                # A second detection of an active development is one more source for it.
                if not known.add_source(event.source, event.evidence):
                    return
            case ev.EventCorroborated() if known is not None:
                earlier_stage = known.type == "agreement_signed" and _new_stage(known, event)
                if earlier_stage:
                    # The memorandum behind an agreement first reported ratified: its own stage.
                    known.steps.append(_step("corroborated", event, position, at))
                if not known.add_source(event.source, event.evidence) and not earlier_stage:
                    return
            case ev.EventRevised() if known is not None:
                if event.type:
                    known.type = event.type  # a planned visit that took place
                known.steps.append(_step("revised", event, position, at))
                known.add_source(event.source, event.evidence)
            case ev.EventRetracted() if known is not None:
                known.status, known.reason = "retracted", event.reason
            case _:
                return
        known.updated_at = at
        known.last_position = position
        self.touched.add(event.key)

    def facts(self, as_of: str | None = None) -> list[dict[str, Any]]:
        """Every development present as of a date, as Facts."""
        return [fact for dev in self.developments.values() if (fact := dev.fact(as_of)) is not None]


def _new_stage(known: Development, event: ev.EventCorroborated) -> bool:
    """Whether a corroboration reports a stage, with its date, that no step holds yet.

    Reports of one stage on several dates keep the earliest: the stage list collapses repeats.
    """
    if not event.date or not event.fields.get("stage"):
        return False
    reported = (stage_of(event.fields), event.date)
    return all((stage_of(step["fields"]), step["date"]) != reported for step in known.steps)


def _step(kind: str, event, position: int, at: str) -> dict[str, Any]:
    return {
        "kind": kind,
        "date": event.date,
        "date_precision": event.date_precision,
        "fields": dict(event.fields),
        "position": position,
        "recorded_at": at,
    }


# --- headlines ---------------------------------------------------------------------------------


def actor_label(actor: Any) -> str:
    """An actor as text: strings as given, {"name", "role", "country"} objects spelled out."""
    if isinstance(actor, dict):
        name = str(actor.get("name") or actor.get("id") or "")
        extra = ", ".join(str(actor[k]) for k in ("role", "country") if actor.get(k))
        return f"{name} ({extra})" if extra else name
    return str(actor)


def instrument_name(fields: dict[str, Any]) -> str:
    """An instrument as text: "Memorandum of intent on visa exemption"."""
    text = INSTRUMENTS.get(fields.get("instrument"), "Agreement")
    subject = SUBJECTS.get(fields.get("subject"))
    return f"{text} on {subject}" if subject else text


def headline(type_: str, fields: dict[str, Any], actors: Iterable[Any] = ()) -> str:
    """A one-line, plain-text description of a development from its taxonomy fields."""
    get = fields.get
    who = ", ".join(actor_label(actor) for actor in actors)
    if type_ == "agreement_signed":
        return f"{instrument_name(fields)} ({str(get('stage') or 'signed').replace('_', ' ')})"
    if type_ == "visa_travel":
        text = TRAVEL.get(get("subject"), "Travel")
        status = {"in_force": "in force", "decided": "decided"}.get(get("status"), get("status"))
        details = [str(status)] if status else []
        if get("effective"):
            details.append(f"effective {get('effective')}")
        return f"{text} ({', '.join(details)})" if details else text
    if type_ in ("official_visit", "visit_planned"):
        visitor = _person(get("visitor"), get("visitor_role")) or who or "An official"
        country = COUNTRIES.get(get("host_country"), get("host_country"))
        if type_ == "visit_planned":
            text = f"{visitor} expected to visit" + (f" {country}" if country else "")
            return text + (f" ({get('expected')})" if get("expected") else "")
        text = f"{visitor} visited {country}" if country else f"Visit by {visitor}"
        first = get("first_in_years")
        if isinstance(first, int | float) and not isinstance(first, bool):
            text += f", the first such visit in {int(first)} years"
        elif isinstance(first, str) and first:
            text += f" ({first})"
        return text
    if type_ == "talks":
        text = TALKS.get(get("format"), "Talks")
        return f"{text}: {who}" if who else text
    if type_ == "multilateral":
        text = str(get("framework") or "Multilateral framework")
        return f"{text}: {who}" if who else text
    if type_ == "economic":
        sector = get("sector") if get("sector") not in (None, "other") else "economic"
        if get("amount") is not None:
            return (
                f"{sector.capitalize()}: {_amount(get('amount'))} {get('currency') or ''}".rstrip()
            )
        return f"{sector.capitalize()} cooperation"
    if type_ == "statement":
        return f"{get('speaker') or who or 'Statement'} ({get('stance') or 'neutral'})"
    if type_ == "tension":
        about = f" about {get('about')}" if get("about") else ""
        return f"{get('speaker') or who or 'Tension'}{about}"
    return TYPE_LABELS.get(type_, type_) + (f": {who}" if who else "")


def _person(name: Any, role: Any) -> str:
    if name and role and str(role) not in str(name):
        return f"{name} ({role})"
    return str(name or role or "")


def _amount(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
    return str(value)


def economic_kind(fields: dict[str, Any], evidence: Iterable[str]) -> str:
    """trade (a figure), forum, commission or other: `fields.kind`, else the words used."""
    if fields.get("kind"):
        return str(fields["kind"])
    words = " ".join([*map(str, fields.values()), *evidence]).lower()
    if "commission" in words or "committee" in words:
        return "commission"
    if "forum" in words:
        return "forum"
    if fields.get("amount") is not None and fields.get("sector") == "trade":
        return "trade"
    return "other"


# --- the summary document ----------------------------------------------------------------------


def _newest_first(facts: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(facts, key=_when, reverse=True)


def _when(fact: dict[str, Any]) -> tuple[str, str]:
    span = period(fact["date"])
    return (span[0] if span else fact["detected_at"][:10], fact["detected_at"])


def summarize(developments: Iterable[Development], as_of: date | None = None) -> dict[str, Any]:
    """The summary document (schema in the module docstring) of developments as of a date."""
    day = as_of.isoformat() if as_of else None
    facts = (dev.fact(day) for dev in developments)
    return summarize_facts([fact for fact in facts if fact is not None], as_of)


def summarize_facts(facts: Iterable[dict[str, Any]], as_of: date | None = None) -> dict[str, Any]:
    """The summary document of Facts already taken as of a date (grouped and ordered here)."""
    day = as_of.isoformat() if as_of else None
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    count = 0
    for fact in facts:
        by_type[fact["type"]].append(fact)
        count += 1
    dated = [f for t, facts in by_type.items() if t != "visit_planned" for f in facts]
    economy: dict[str, list[dict[str, Any]]] = {
        "trade": [], "forums": [], "commissions": [], "other": []
    }  # fmt: skip
    for fact in _newest_first(by_type["economic"]):
        kind = economic_kind(fact["fields"], fact["evidence"])
        fact["period"] = fact["fields"].get("period") or fact["date"]
        section = {"trade": "trade", "forum": "forums", "commission": "commissions"}.get(kind)
        economy[section or "other"].append(fact)
    planned = sorted(
        by_type["visit_planned"], key=lambda f: (f["date"] is None, _when(f))
    )  # soonest first
    return {
        "schema": SCHEMA,
        "as_of": day,
        "developments": count,
        "latest": max(dated, key=_when) if dated else None,
        "instruments": _newest_first(by_type["agreement_signed"]),
        "visa_travel": _visa_travel(by_type["visa_travel"], by_type["agreement_signed"]),
        "frameworks": _newest_first(by_type["multilateral"]),
        "visits": {"held": _newest_first(by_type["official_visit"]), "planned": planned},
        "talks": _newest_first(by_type["talks"]),
        "economy": economy,
        "statements": _newest_first(by_type["statement"]),
        "tensions": _newest_first(by_type["tension"]),
    }


def _visa_travel(travel: list[dict[str, Any]], instruments: list[dict[str, Any]]) -> dict:
    visa = [f for f in travel if f["fields"].get("subject") in ("visa_free", "visa_simplified")]
    flights = [f for f in travel if f not in visa]
    in_force = [f for f in visa if f["fields"].get("status") == "in_force"]
    since = [f["fields"].get("effective") or f["date"] for f in in_force]
    free = any(f["fields"].get("subject") == "visa_free" for f in in_force)
    for fact in instruments:
        if fact["subject"] == "visa" and fact["stage"] == "in_force":
            since += [s["date"] for s in fact["stages"] if s["stage"] == "in_force"]
            free = True
    since = sorted(s for s in since if s)
    decided = [f for f in visa if f["fields"].get("status") != "in_force"]
    if free or in_force:
        status, visa_free = "in_force", free
    elif decided:
        status, visa_free = "decided", False
    else:
        status, visa_free = "not_reported", None
    expected = [f["fields"].get("effective") for f in _newest_first(decided)]
    return {
        "visa_free": visa_free,
        "status": status,
        "since": since[0] if since else None,
        "expected": next((e for e in expected if e), None) if status == "decided" else None,
        "facts": _newest_first(visa),
        "flights": _newest_first(flights),
    }


# --- the projection and its queries ------------------------------------------------------------


class SummaryView:
    """Checkpointed reader keeping `view_developments`: every development, folded."""

    name = "view_developments"
    types = DEVELOPMENT_TYPES

    def handle(self, conn: Connection, batch: list[RecordedEvent]) -> None:
        decoded = [(from_recorded(recorded), recorded) for recorded in batch]
        keys = {event.key for event, _ in decoded}
        relations = Relations(_load(conn, keys))
        stored = set(relations.developments)
        for event, recorded in decoded:
            relations.apply(event, position=recorded.position, recorded_at=recorded.recorded_at)
        if not relations.touched:
            return
        if changed := sorted(relations.touched & stored):
            conn.execute(view_developments.delete().where(view_developments.c.key.in_(changed)))
        conn.execute(
            view_developments.insert(),
            [_row(relations.developments[key]) for key in sorted(relations.touched)],
        )

    def clear(self, conn: Connection) -> None:
        conn.execute(view_developments.delete())


def _row(dev: Development) -> dict[str, Any]:
    fact = dev.fact()
    current = fact if fact is not None else dev.state() or {}
    span = period(current.get("date"))
    return {
        "key": dev.key,
        "type": dev.type,
        "status": dev.status,
        "date": current.get("date"),
        "date_precision": current.get("date_precision"),
        "sort_date": span[0] if span else dev.detected_at[:10],
        "source_count": len(dev.sources),
        "headline": headline(dev.type, current.get("fields", {}), dev.actors),
        "detected_at": datetime.fromisoformat(dev.detected_at),
        "updated_at": datetime.fromisoformat(dev.updated_at),
        "first_position": dev.first_position,
        "last_position": dev.last_position,
        "doc": _dumps(dev.to_doc()),
        "fact": _dumps(fact) if fact is not None else None,
    }


def _dumps(value: dict[str, Any]) -> str:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()


def _load(conn: Connection, keys: Collection[str]) -> dict[str, Development]:
    query = sa.select(view_developments.c.doc).where(view_developments.c.key.in_(list(keys)))
    developments = (Development.from_doc(orjson.loads(doc)) for (doc,) in conn.execute(query))
    return {dev.key: dev for dev in developments}


def stored_developments(conn: Connection) -> list[Development]:
    """Every development in the projection, in log order of detection."""
    query = sa.select(view_developments.c.doc).order_by(view_developments.c.first_position)
    return [Development.from_doc(orjson.loads(doc)) for (doc,) in conn.execute(query)]


def replay_developments(
    store: EventStore, until: datetime | None = None, *, page: int = 10_000
) -> list[Development]:
    """Fold the development events recorded up to `until` straight from the log."""
    relations = Relations()
    after = 0
    while True:
        batch = store.read_all(after, limit=page, types=DEVELOPMENT_TYPES, until=until)
        for recorded in batch:
            relations.apply(
                from_recorded(recorded), position=recorded.position,
                recorded_at=recorded.recorded_at,
            )  # fmt: skip
        if len(batch) < page:
            return list(relations.developments.values())
        after = batch[-1].position


def load_summary(store: EventStore, as_of: date | None = None) -> dict[str, Any]:
    """The summary document: from the projection, or as of a date by replaying the log."""
    if as_of is None:
        with store.engine.connect() as conn:
            return summarize_facts(stored_facts(conn))
    until = datetime.combine(as_of, time.max, tzinfo=UTC)
    return summarize(replay_developments(store, until), as_of)


def keys_with_sources(conn: Connection, minimum: int) -> set[str]:
    """Keys of the developments with at least `minimum` distinct sources."""
    query = sa.select(view_developments.c.key).where(view_developments.c.source_count >= minimum)
    return set(conn.scalars(query))


def stored_facts(conn: Connection) -> list[dict[str, Any]]:
    """Every development in the projection that is not retracted, as Facts, in log order."""
    query = (
        sa.select(view_developments.c.fact)
        .where(view_developments.c.fact.is_not(None))
        .order_by(view_developments.c.first_position)
    )
    return [orjson.loads(fact) for (fact,) in conn.execute(query)]
