"""The summary document: Facts told as of a day, grouped into sections, with a lead paragraph.

Pure: no database and no clock (the day is passed in). monitor.views.summary reads the Facts from
the projection of developments (or replays the log); monitor.snapshot reads them from a SQLite
file. The summary is told as of a day; there are two time axes:

- `--as-of D` (default: today): what had *happened* by D, as known now. Every event recorded so
  far counts; a development or step dated after D does not, unless it had been announced by D,
  and then it is *scheduled* (an entry into force, a flight route), never in force. Plans count
  from the day they were announced; a plan whose expected period ended before D is *overdue*.
- `--known-at D`: what the log *knew* at D: only events recorded by the end of D (UTC), told as
  of D (unless `--as-of` names another day). This replays the log.

Summary JSON schema (`monitor summary --format json`), version "summary/3": one object with

- `schema`: "summary/3"; `as_of`: "YYYY-MM-DD", the day the summary is told as of (always set);
  `known_at`: "YYYY-MM-DD" when only the events recorded by then count, else null.
- `lead`: a short paragraph of English prose: the latest developments with their context, and
  what is expected next.
- `developments`: how many Facts the summary holds, each listed once below (the documents of a
  signing each count: each is a development of its own).
- `latest`: the Fact with the latest date that had happened by `as_of` (plans excepted), or null;
  when that Fact is a document signed on that date, the Signing it belongs to.
- `instruments`: Signings, newest first: the documents signed on one date gathered (see
  `monitor.views.signings`). A Signing is {`key` ("signing/<date>", or
  "signing/undated/<document key>"), `type`: "agreement_signed", `state` (the documents' state
  when they share one, else "signed"), `headline` (one English sentence listing the documents,
  without the date), `date` (the signing date: the documents' first stage), `date_precision`,
  `actors` (every document's, each once), `place` (the documents' one place, or null),
  `documents` [Fact, in the order detected], `evidence` (quotes taken in turn from the documents,
  at most six), `sources` (every document's, each URL once, the earliest published first),
  `source_count`, `corroborations`, `detected_at` (the earliest), `updated_at` (the latest)}.
  Each document is a Fact of `agreement_signed` also with `instrument`, `subject`, `stage`
  (memorandum_of_intent, signed, ratified, in_force: the most advanced reached), `stages`
  [{`stage`, `date`, `date_precision`}] in the order reached, `prepares` (the key of the
  agreement a memorandum prepares, or null) and `prepared_by` [keys]; its `date` is that of its
  latest stage, so a document ratified later is dated apart from its signing.
- `visa_travel`: {`visa_free`: true (in force) | false (decided or scheduled) | null (nothing
  reported), `status`: "in_force" | "scheduled" | "decided" | "not_reported", `since`: date in
  force or null, `expected`: the date it is scheduled or announced to take effect, or null,
  `facts`: visa Facts, `flights`: flight and tourism Facts}.
- `frameworks`: Facts of `multilateral` (the Abraham Accords), newest first.
- `visits`: {`held`: Facts of `official_visit`, newest first (`fulfils`: keys of the plans they
  fulfilled), `planned`: Facts of `visit_planned` still ahead, soonest first, `overdue`: plans
  whose expected period has passed with no visit reported, newest first, `fulfilled`: plans a
  held visit made, newest first (`fulfilled_by`: the visit's key; a plan reported within the
  visit's own development is split off it as `<key>/plan`)}.
- `upcoming`: other Facts dated after `as_of` but announced by then (a meeting, a visit), soonest
  first.
- `talks`: Facts of `talks`, newest first.
- `economy`: {`trade`, `forums`, `commissions`, `other`}: Facts of `economic`, newest first;
  `fields.amount`, `fields.currency` and `period` (fields.period or the date) give trade figures.
- `statements`, `tensions`: Facts, newest first (the text briefing shows the five latest).

A Fact is {`key`, `type`, `state` (agreements: their stage; visa_travel: decided | scheduled |
in_force; visit_planned: planned | overdue | fulfilled; official_visit: held; others: reported;
a future one: scheduled), `headline` (English, from the fields), `date` ("YYYY-MM-DD" |
"YYYY-MM" | "YYYY" | null), `date_precision`, `actors` [str, each once], `place`, `fields`
(taxonomy fields after the reports counted), `scheduled` [{`stage`, `date`, `date_precision`}:
steps announced for later], `evidence` [{`text`, `lang`}: quotes in their own language, with its
ISO 639-1 code], `sources` [{`outlet`, `url`, `published`}], `source_count` (distinct sources),
`corroborations` (source_count - 1), `detected_at`, `updated_at` (ISO 8601 UTC, when recorded)}.
Retracted developments are left out.

Changes from summary/2: `instruments` lists Signings, one per signing date, each holding its
documents' Facts (as summary/2 listed them) in `documents`, with every document's sources, so
that the outlets reporting one day's signing, whichever documents each names, are one entry;
`latest` is the Signing when the latest news is a document's signing. `developments` still counts
the documents.

Changes from summary/1: `as_of` is always set and means the day the summary is told as of (it
used to filter by the day events were recorded, which is now `known_at`); new `lead`, `known_at`,
`upcoming`, `visits.overdue`, and per Fact `state`, `scheduled`, `prepares`/`prepared_by`,
`fulfils`; `evidence` items are {`text`, `lang`} instead of strings; a memorandum reported in the
development of the agreement it prepares is a Fact of its own (key `<key>/memorandum`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from datetime import date
from typing import Any

import orjson

from monitor.developments import Development, as_of, facts, link, period
from monitor.views.lead import lead
from monitor.views.signings import signing_date, signing_key, signings

SCHEMA = "summary/3"
ECONOMIC_SECTIONS = {"trade": "trade", "forum": "forums", "commission": "commissions"}
NOT_HAPPENED = frozenset({"planned", "overdue", "fulfilled", "scheduled"})
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
    instruments = newest_first(signings(by_type["agreement_signed"]))
    latest = max(happened, key=_newsworthy) if happened else None
    document = {
        "schema": SCHEMA,
        "as_of": day.isoformat(),
        "known_at": known_at.isoformat() if known_at else None,
        "lead": "",
        "developments": count,
        "latest": _signed(latest, instruments) if latest else None,
        "instruments": instruments,
        "visa_travel": _visa_travel(by_type["visa_travel"], by_type["agreement_signed"], day),
        "frameworks": newest_first(by_type["multilateral"]),
        "visits": {
            "held": newest_first(by_type["official_visit"]),
            "planned": sorted(
                (f for f in plans if f["state"] == "planned"),
                key=lambda f: (f["date"] is None, when(f)),
            ),
            "overdue": newest_first(f for f in plans if f["state"] == "overdue"),
            "fulfilled": newest_first(f for f in plans if f["state"] == "fulfilled"),
        },
        "upcoming": sorted(upcoming, key=when),
        "talks": newest_first(by_type["talks"]),
        "economy": economy,
        "statements": newest_first(by_type["statement"]),
        "tensions": newest_first(by_type["tension"]),
    }
    document["lead"] = lead(document)
    return document


def _signed(latest: dict[str, Any], instruments: list[dict[str, Any]]) -> dict[str, Any]:
    """The latest Fact, or the Signing it belongs to when its news is that it was signed."""
    if latest["type"] != "agreement_signed" or signing_date(latest) != latest["date"]:
        return latest
    key = signing_key(latest)
    return next((s for s in instruments if s["key"] == key), latest)


def _visa_travel(
    travel: list[dict[str, Any]], documents: list[dict[str, Any]], day: date
) -> dict[str, Any]:
    visa = [f for f in travel if f["fields"].get("subject") in ("visa_free", "visa_simplified")]
    flights = [f for f in travel if f not in visa]
    in_force = [f for f in visa if f["state"] == "in_force"]
    since = [f["since"] for f in in_force]
    free = any(f["fields"].get("subject") == "visa_free" for f in in_force)
    expected = [s["date"] for f in visa for s in f["scheduled"]]
    for fact in documents:
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


def told_facts(
    rows: Iterable[tuple[str, str]], docs: Callable[[list[str]], Iterable[str]], day: date
) -> list[dict[str, Any]]:
    """The Facts as of a day, linked, of the projection's developments: `rows` are each
    development's (key, stored Facts) in log order, `docs(keys)` the stored developments of keys.

    A development whose every report is dated by then is told from its stored Facts; the others
    (plans, news still ahead of the day) are folded from their stored reports, 500 at a time.
    """
    iso = day.isoformat()
    told: dict[str, list[dict[str, Any]] | None] = {}
    for key, fact in rows:
        stored = orjson.loads(fact)
        ready = isinstance(stored, dict) and stored["settled"] and stored["settled"] <= iso
        told[key] = stored["facts"] if ready else None
    pending = [key for key, found in told.items() if found is None]
    for start in range(0, len(pending), 500):
        for doc in docs(pending[start : start + 500]):
            dev = Development.from_doc(orjson.loads(doc))
            told[dev.key] = facts(dev, iso)
    return link(fact for found in told.values() for fact in found or ())
