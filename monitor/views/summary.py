"""The relations summary: the projection of developments, and the summary document built from it.

The checkpointed `SummaryView` keeps every development folded by the one model
(`monitor.developments`) in `view_developments`. The summary is told as of a day, always with the
clock passed in; there are two time axes:

- `--as-of D` (default: today): what had *happened* by D, as known now. Every event recorded so
  far counts; a development or step dated after D does not, unless it had been announced by D,
  and then it is *scheduled* (an entry into force, a flight route), never in force. Plans count
  from the day they were announced; a plan whose expected period ended before D is *overdue*.
- `--known-at D`: what the log *knew* at D: only events recorded by the end of D (UTC), told as
  of D (unless `--as-of` names another day). This replays the log.

Summary JSON schema (`monitor summary --format json`), version "summary/2": one object with

- `schema`: "summary/2"; `as_of`: "YYYY-MM-DD", the day the summary is told as of (always set);
  `known_at`: "YYYY-MM-DD" when only the events recorded by then count, else null.
- `lead`: a short paragraph of English prose: the latest developments with their context, and
  what is expected next.
- `developments`: how many Facts the summary holds (each listed once below).
- `latest`: the Fact with the latest date that had happened by `as_of` (plans excepted), or null.
- `instruments`: Facts of `agreement_signed`, newest first, each also with `instrument`,
  `subject`, `stage` (memorandum_of_intent, signed, ratified, in_force: the most advanced
  reached), `stages` [{`stage`, `date`, `date_precision`}] in the order reached, `prepares` (the
  key of the agreement a memorandum prepares, or null) and `prepared_by` [keys].
- `visa_travel`: {`visa_free`: true (in force) | false (decided or scheduled) | null (nothing
  reported), `status`: "in_force" | "scheduled" | "decided" | "not_reported", `since`: date in
  force or null, `expected`: the date it is scheduled or announced to take effect, or null,
  `facts`: visa Facts, `flights`: flight and tourism Facts}.
- `frameworks`: Facts of `multilateral` (the Abraham Accords), newest first.
- `visits`: {`held`: Facts of `official_visit`, newest first (`fulfils`: keys of the plans they
  fulfilled), `planned`: Facts of `visit_planned` still ahead, soonest first, `overdue`: plans
  whose expected period has passed with no visit reported, newest first}.
- `upcoming`: other Facts dated after `as_of` but announced by then (a meeting, a visit), soonest
  first.
- `talks`: Facts of `talks`, newest first.
- `economy`: {`trade`, `forums`, `commissions`, `other`}: Facts of `economic`, newest first;
  `fields.amount`, `fields.currency` and `period` (fields.period or the date) give trade figures.
- `statements`, `tensions`: Facts, newest first (the text briefing shows the five latest).

A Fact is {`key`, `type`, `state` (agreements: their stage; visa_travel: decided | scheduled |
in_force; visit_planned: planned | overdue; official_visit: held; others: reported; a future one:
scheduled), `headline` (English, from the fields), `date` ("YYYY-MM-DD" | "YYYY-MM" | "YYYY" |
null), `date_precision`, `actors` [str, each once], `place`, `fields` (taxonomy fields after the
reports counted), `scheduled` [{`stage`, `date`, `date_precision`}: steps announced for later],
`evidence` [{`text`, `lang`}: quotes in their own language, with its ISO 639-1 code],
`sources` [{`outlet`, `url`, `published`}], `source_count` (distinct sources), `corroborations`
(source_count - 1), `detected_at`, `updated_at` (ISO 8601 UTC, when recorded)}. Retracted
developments are left out.

Changes from summary/1: `as_of` is always set and means the day the summary is told as of (it
used to filter by the day events were recorded, which is now `known_at`); new `lead`, `known_at`,
`upcoming`, `visits.overdue`, and per Fact `state`, `scheduled`, `prepares`/`prepared_by`,
`fulfils`; `evidence` items are {`text`, `lang`} instead of strings; a memorandum reported in the
development of the agreement it prepares is a Fact of its own (key `<key>/memorandum`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Iterable
from datetime import UTC, date, datetime, time
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor.developments import (
    DEVELOPMENT_EVENT_TYPES,
    Development,
    Developments,
    as_of,
    facts,
    link,
    period,
)
from monitor.developments.facts import settled
from monitor.mapper import from_recorded
from monitor.views.lead import lead
from monitor.views.tables import view_developments
from storage import EventStore, RecordedEvent

SCHEMA = "summary/2"
ECONOMIC_SECTIONS = {"trade": "trade", "forum": "forums", "commission": "commissions"}
NOT_HAPPENED = frozenset({"planned", "overdue", "scheduled"})
# Which development leads when several share the latest date.
NEWSWORTHY = ("tension", "statement", "economic", "talks", "multilateral", "visa_travel",
              "agreement_signed", "official_visit")  # fmt: skip


def economic_kind(fields: dict[str, Any], evidence: Iterable[dict[str, str]]) -> str:
    """trade (a figure), forum, commission or other: `fields.kind`, else the words used."""
    if fields.get("kind"):
        return str(fields["kind"])
    words = " ".join([*map(str, fields.values()), *(e["text"] for e in evidence)]).lower()
    if "commission" in words or "committee" in words:
        return "commission"
    if "forum" in words:
        return "forum"
    if fields.get("amount") is not None and fields.get("sector") == "trade":
        return "trade"
    return "other"


# --- the summary document ------------------------------------------------------------------------


def when(fact: dict[str, Any]) -> tuple[str, str]:
    """The sort key of a Fact: the first day of its date (the day recorded when undated)."""
    span = period(fact["date"])
    return (span[0] if span else fact["detected_at"][:10], fact["detected_at"])


def _newsworthy(fact: dict[str, Any]) -> tuple[str, int, str]:
    day, recorded = when(fact)
    rank = NEWSWORTHY.index(fact["type"]) if fact["type"] in NEWSWORTHY else -1
    return day, rank, recorded


def newest_first(found: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    return sorted(found, key=when, reverse=True)


def summarize(
    developments: Iterable[Development], day: date, known_at: date | None = None
) -> dict[str, Any]:
    """The summary document (schema in the module docstring) of developments as of a day."""
    return summarize_facts(as_of(developments, day.isoformat()), day, known_at)


def summarize_facts(
    found: Iterable[dict[str, Any]], day: date, known_at: date | None = None
) -> dict[str, Any]:
    """The summary document of Facts already told as of `day` (grouped and ordered here)."""
    by_type: dict[str, list[dict[str, Any]]] = defaultdict(list)
    upcoming, count = [], 0
    for fact in found:
        count += 1
        staged = fact["type"] in ("agreement_signed", "visa_travel", "visit_planned")
        if fact["state"] == "scheduled" and not staged:
            upcoming.append(fact)
        else:
            by_type[fact["type"]].append(fact)
    happened = [f for facts_ in by_type.values() for f in facts_ if f["state"] not in NOT_HAPPENED]
    economy: dict[str, list[dict[str, Any]]] = {
        "trade": [], "forums": [], "commissions": [], "other": []
    }  # fmt: skip
    for fact in newest_first(by_type["economic"]):
        fact["period"] = fact["fields"].get("period") or fact["date"]
        section = ECONOMIC_SECTIONS.get(economic_kind(fact["fields"], fact["evidence"]), "other")
        economy[section].append(fact)
    plans = by_type["visit_planned"]
    document = {
        "schema": SCHEMA,
        "as_of": day.isoformat(),
        "known_at": known_at.isoformat() if known_at else None,
        "lead": "",
        "developments": count,
        "latest": max(happened, key=_newsworthy) if happened else None,
        "instruments": newest_first(by_type["agreement_signed"]),
        "visa_travel": _visa_travel(by_type["visa_travel"], by_type["agreement_signed"], day),
        "frameworks": newest_first(by_type["multilateral"]),
        "visits": {
            "held": newest_first(by_type["official_visit"]),
            "planned": sorted(
                (f for f in plans if f["state"] == "planned"),
                key=lambda f: (f["date"] is None, when(f)),
            ),
            "overdue": newest_first(f for f in plans if f["state"] == "overdue"),
        },
        "upcoming": sorted(upcoming, key=when),
        "talks": newest_first(by_type["talks"]),
        "economy": economy,
        "statements": newest_first(by_type["statement"]),
        "tensions": newest_first(by_type["tension"]),
    }
    document["lead"] = lead(document)
    return document


def _visa_travel(
    travel: list[dict[str, Any]], instruments: list[dict[str, Any]], day: date
) -> dict[str, Any]:
    visa = [f for f in travel if f["fields"].get("subject") in ("visa_free", "visa_simplified")]
    flights = [f for f in travel if f not in visa]
    in_force = [f for f in visa if f["state"] == "in_force"]
    since = [f["since"] for f in in_force]
    free = any(f["fields"].get("subject") == "visa_free" for f in in_force)
    expected = [s["date"] for f in visa for s in f["scheduled"]]
    for fact in instruments:
        if fact["subject"] != "visa":
            continue
        if fact["stage"] == "in_force":
            since += [s["date"] for s in fact["stages"] if s["stage"] == "in_force"]
            free = True
        expected += [s["date"] for s in fact["scheduled"] if s["stage"] == "in_force"]
    effective = [
        f["fields"].get("effective") for f in visa if f["state"] == "decided"
    ]  # announced dates of taking effect still ahead
    expected += [e for e in effective if e and (period(e) or ("",))[0] > day.isoformat()]
    if free or in_force:
        status = "in_force"
    elif any(f["state"] == "scheduled" for f in visa) or expected:
        status = "scheduled" if expected else "decided"
    elif visa:
        status = "decided"
    else:
        status = "not_reported"
    return {
        "visa_free": {"in_force": free, "not_reported": None}.get(status, False),
        "status": status,
        "since": min((s for s in since if s), default=None),
        "expected": min(expected, default=None) if status != "in_force" else None,
        "facts": newest_first(visa),
        "flights": newest_first(flights),
    }


# --- the projection and its queries --------------------------------------------------------------


class SummaryView:
    """Checkpointed reader keeping `view_developments`: every development, folded."""

    name = "view_developments"
    types = DEVELOPMENT_EVENT_TYPES

    def handle(self, conn: Connection, batch: list[RecordedEvent]) -> None:
        decoded = [(from_recorded(recorded), recorded) for recorded in batch]
        developments = Developments(_load(conn, {event.key for event, _ in decoded}))
        stored = set(developments.developments)
        for event, recorded in decoded:
            developments.apply(event, position=recorded.position, recorded_at=recorded.recorded_at)
        if not developments.touched:
            return
        if changed := sorted(developments.touched & stored):
            conn.execute(view_developments.delete().where(view_developments.c.key.in_(changed)))
        conn.execute(
            view_developments.insert(),
            [_row(developments.developments[key]) for key in sorted(developments.touched)],
        )

    def clear(self, conn: Connection) -> None:
        conn.execute(view_developments.delete())


def _row(dev: Development) -> dict[str, Any]:
    told = facts(dev)  # every report counted, clock aside: what any day from `settled` on shows
    main = told[0] if told else None
    span = period(main["date"] if main else dev.date)
    return {
        "key": dev.key,
        "type": dev.type,
        "status": "retracted" if dev.retracted else "active",
        "date": main["date"] if main else dev.date,
        "date_precision": main["date_precision"] if main else dev.date_precision,
        "sort_date": span[0] if span else dev.detected_at[:10],
        "source_count": len(dev.sources),
        "headline": main["headline"] if main else dev.key,
        "detected_at": datetime.fromisoformat(dev.detected_at),
        "updated_at": datetime.fromisoformat(dev.updated_at),
        "first_position": dev.first_position,
        "last_position": dev.last_position,
        "doc": _dumps(dev.to_doc()),
        "fact": _dumps({"settled": settled(dev), "facts": told}) if told else None,
    }


def _dumps(value: Any) -> str:
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
    store: EventStore, until: datetime | None = None, *, page: int = 10_000, conn=None
) -> list[Development]:
    """Fold the development events recorded up to `until` straight from the log."""
    developments = Developments()
    after = 0
    while True:
        batch = store.read_all(
            after, limit=page, types=DEVELOPMENT_EVENT_TYPES, until=until, conn=conn
        )
        for recorded in batch:
            developments.apply(
                from_recorded(recorded), position=recorded.position,
                recorded_at=recorded.recorded_at,
            )  # fmt: skip
        if len(batch) < page:
            return list(developments)
        after = batch[-1].position


def end_of(day: date) -> datetime:
    """The last moment of a UTC day: events recorded up to it are known at that day."""
    return datetime.combine(day, time.max, tzinfo=UTC)


def load_summary(
    store: EventStore,
    *,
    today: date,
    as_of: date | None = None,
    known_at: date | None = None,
) -> dict[str, Any]:
    """The summary document as of a day (default `today`), of the log as known now or at a day."""
    day = as_of or known_at or today
    if known_at is None:
        with store.engine.connect() as conn:
            return summarize_facts(stored_facts(conn, day), day)
    return summarize(replay_developments(store, end_of(known_at)), day, known_at)


def keys_with_sources(conn: Connection, minimum: int) -> set[str]:
    """Keys of the developments with at least `minimum` distinct sources."""
    query = sa.select(view_developments.c.key).where(view_developments.c.source_count >= minimum)
    return set(conn.scalars(query))


def stored_facts(conn: Connection, day: date) -> list[dict[str, Any]]:
    """Every development in the projection that is not retracted, as Facts as of a day, linked.

    A development whose every report is dated by then is told from its stored Facts; the others
    (plans, news still ahead of the day) are folded from their stored reports.
    """
    table, iso = view_developments.c, day.isoformat()
    query = (
        sa.select(table.key, table.fact)
        .where(table.fact.is_not(None))
        .order_by(table.first_position)
    )
    told: dict[str, list[dict[str, Any]] | None] = {}
    for key, fact in conn.execute(query):
        stored = orjson.loads(fact)
        ready = isinstance(stored, dict) and stored["settled"] and stored["settled"] <= iso
        told[key] = stored["facts"] if ready else None
    pending = [key for key, found in told.items() if found is None]
    for start in range(0, len(pending), 500):
        query = sa.select(table.doc).where(table.key.in_(pending[start : start + 500]))
        for (doc,) in conn.execute(query):
            dev = Development.from_doc(orjson.loads(doc))
            told[dev.key] = facts(dev, iso)
    return link(fact for found in told.values() for fact in found or ())
