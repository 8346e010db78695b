"""A development as of a day: its lifecycle state, as the Fact every view shows.

The clock is always passed in (`day`, "YYYY-MM-DD"). A report counts as of that day when what it
reports had happened by then, as known now: its date (the first day of a dated period) is not
after the day, or, undated, it was announced by then. A plan counts from the day it was announced.
A report dated after the day but announced by then is *scheduled*: an entry into force or a
flight route announced for a later date is shown as scheduled, never as in force, until its date
passes. Lifecycle rules, each in `fact()` or `link()`:

- an instrument's stages come from what each report says (intent → signed → ratified → in force);
  a memorandum (of intent or understanding) is its own instrument: reported within the same
  development as the agreement it prepares, it is split off as `<key>/memorandum`, and the
  agreement links to it (`prepared_by`) rather than absorbing it;
- a planned visit that a held visit by the same person fulfils stays a Fact of its own, `fulfilled`
  (its announcement was news of its day), linked both ways (`fulfils`, `fulfilled_by`); reported
  within the visit's own development, it is split off as `<key>/plan`; one whose expected period
  has passed with no report of it is `overdue`;
- headlines come from fields, in English; evidence quotes stay in their language, marked with it.

`day=None` gives the development as every report tells it, clock aside (what the projection
stores, and what the detector's merge index compares with).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, timedelta
from typing import Any

from monitor.developments.labels import (
    COUNTRIES,
    STAGE_LABELS,
    STANCES,
    TALKS,
    TRAVEL,
    TYPE_LABELS,
    actor_labels,
    amount,
    date_label,
    expected_label,
    host_country,
    instrument_name,
    on_date,
    person,
    quote_language,
    tension_kind,
)  # fmt: skip
from monitor.developments.model import MEMORANDA, STAGED, STAGES, Development, period, stage_of

PLAN = "plan"  # the suffix of the plan split off the visit that fulfilled it
MEMORANDUM = "memorandum"  # the suffix of a memorandum split off its agreement's development
PREPARES_WITHIN = timedelta(days=3 * 366)  # a memorandum prepares an agreement signed after it
# Types whose development can be announced ahead of its date; others dated after the day (a
# statement, a protest) had not happened and are not shown.
ANNOUNCEABLE = frozenset({"agreement_signed", "visa_travel", "official_visit", "talks", "economic"})
FULFILS_WITHIN = (timedelta(days=31), timedelta(days=183))  # before / after the expected period


def report_day(report: dict[str, Any]) -> str:
    """The day a report's news happened: its date, or when a plan or decision was announced."""
    span = period(report["date"])
    if span is None or report["type"] == "visit_planned":
        return report["announced"]
    if report["type"] == "visa_travel" and report["fields"].get("status") != "in_force":
        return min(span[0], report["announced"])  # decided by the time it was reported
    return span[0]


def settled(dev: Development) -> str | None:
    """The day from which the development is told as every report tells it (None: undated news
    of no day, or a plan, whose state moves with the day)."""
    if dev.retracted or any(r["type"] == "visit_planned" for r in dev.reports):
        return None
    return max((report_day(r) for r in dev.reports), default=None)


def facts(dev: Development, day: str | None = None) -> list[dict[str, Any]]:
    """The development's Facts as of a day: usually one; two when a memorandum is split off
    its agreement, or the plan off the visit that made it."""
    if dev.retracted:
        return []
    parts = _parts(dev)
    found = [fact for key, reports in parts if (fact := _fact(dev, key, reports, day))]
    if len(parts) == 2 and len(found) == 2:
        main, memorandum = found
        memorandum["prepares"] = main["key"]
        main["prepared_by"] = [memorandum["key"]]
    if found and found[0]["type"] == "official_visit" and found[0]["state"] == "held":
        # The visit is told by all its reports (a plan's name the visitor); its plan by its own.
        plans = [r for r in dev.reports if r["type"] == "visit_planned"]
        plan = _fact(dev, f"{dev.key}/{PLAN}", plans, day) if plans else None
        if plan is not None:
            _fulfilled(plan, found[0])
            found.append(plan)
    return found


def _parts(dev: Development) -> list[tuple[str, list[dict[str, Any]]]]:
    reports = dev.reports
    if dev.type != "agreement_signed":
        return [(dev.key, reports)]
    memoranda = [r for r in reports if r["fields"].get("instrument") in MEMORANDA]
    if not memoranda or len(memoranda) == len(reports):
        return [(dev.key, reports)]
    rest = [r for r in reports if r["fields"].get("instrument") not in MEMORANDA]
    if all(not r["fields"].get("instrument") for r in rest):
        return [(dev.key, reports)]  # the other reports name no instrument: the memorandum's
    return [(dev.key, rest), (f"{dev.key}/{MEMORANDUM}", memoranda)]


def _fact(
    dev: Development, key: str, reports: list[dict[str, Any]], day: str | None
) -> dict[str, Any] | None:
    applied, scheduled = [], []
    for report in sorted(reports, key=lambda r: (report_day(r), r["position"])):
        if day is None or report_day(report) <= day:
            applied.append(report)
        elif report["announced"] <= day:
            scheduled.append(report)
    if not applied and (not scheduled or scheduled[0]["type"] not in ANNOUNCEABLE):
        return None
    current = applied or scheduled[:1]
    type_ = next((r["type"] for r in reversed(current) if r["kind"] != "corroborated"), None)
    type_ = type_ or current[-1]["type"] or dev.type
    split = key != dev.key or len(reports) != len(dev.reports)
    # Both parts of a split development keep what it is about.
    fields: dict[str, Any] = (
        {"subject": dev.fields["subject"]} if split and dev.type == "agreement_signed" else {}
    )
    when = None
    for report in current:
        if report["kind"] != "corroborated" or type_ in STAGED:
            fields.update((name, v) for name, v in report["fields"].items() if v is not None)
        when = report["date"] or when
    idents = {r["source"] for r in reports}
    sources = [s for s in dev.sources if not split or (s["url"] or s["article"]) in idents]
    evidence = [s for r in reports for s in r["evidence"]] if split else dev.evidence
    fact: dict[str, Any] = {
        "key": key,
        "type": type_,
        "state": "",
        "headline": "",
        "date": when,
        "date_precision": {4: "year", 7: "month", 10: "day"}.get(len(when or "")),
        "actors": actor_labels(dev.actors or fields.get("actors") or []),
        "place": dev.place or fields.get("place"),
        "fields": fields,
        "evidence": [
            {"text": text, "lang": quote_language(text)} for text in dict.fromkeys(evidence)
        ],
        "sources": [
            {"outlet": s["outlet"], "url": s["url"], "published": s["published"]} for s in sources
        ],
        "source_count": len(sources),
        "corroborations": max(len(sources) - 1, 0),
        "detected_at": dev.detected_at,
        "updated_at": dev.updated_at,
        "scheduled": [],
    }
    if type_ == "agreement_signed":
        _instrument(fact, applied, scheduled)
    elif type_ == "visa_travel":
        _travel(fact, applied, scheduled)
    elif type_ == "visit_planned":
        fact["expected"] = fields.get("expected") or when
        span = period(when)
        overdue = day is not None and span is not None and span[1] < day
        fact["state"] = "overdue" if overdue else "planned"
    else:
        fact["state"] = "held" if type_ == "official_visit" else "reported"
        if not applied:
            fact["state"] = "scheduled"
            fact["scheduled"] = [_step(r, None) for r in scheduled]
    fact["headline"] = headline(fact)
    return fact


def _step(report: dict[str, Any], stage: str | None) -> dict[str, Any]:
    return {"stage": stage, "date": report["date"], "date_precision": report["date_precision"]}


def _instrument(fact: dict[str, Any], applied: list[dict], scheduled: list[dict]) -> None:
    stages: list[dict[str, Any]] = []
    for report in applied:
        stage = stage_of(report["fields"])
        reached = max((STAGES.index(s["stage"]) for s in stages), default=-1)
        if STAGES.index(stage) > reached:
            stages.append(_step(report, stage))
    reached_names = {s["stage"] for s in stages}
    upcoming: dict[str, dict[str, Any]] = {}
    for report in scheduled:
        stage = stage_of(report["fields"])
        if stage not in reached_names:
            upcoming.setdefault(stage, _step(report, stage))
    fields = fact["fields"]
    fact.update(
        instrument=fields.get("instrument"),
        subject=fields.get("subject"),
        stage=stages[-1]["stage"] if stages else None,
        stages=stages,
        scheduled=list(upcoming.values()),
        prepares=None,
        prepared_by=[],
        state=stages[-1]["stage"] if stages else "scheduled",
    )
    if stages:
        fact["date"], fact["date_precision"] = stages[-1]["date"], stages[-1]["date_precision"]


def _travel(fact: dict[str, Any], applied: list[dict], scheduled: list[dict]) -> None:
    status = fact["fields"].get("status") if applied else None
    fact["since"] = None
    upcoming = [r for r in scheduled if r["fields"].get("status") == "in_force"]
    fact["scheduled"] = [_step(r, "in_force") for r in upcoming[:1]]
    if status == "in_force":
        fact["state"] = "in_force"
        since = [r for r in applied if r["fields"].get("status") == "in_force"]
        start = since[0]["fields"].get("effective") or since[0]["date"]
        fact["since"] = start if period(start) else since[0]["date"]
    else:
        fact["state"] = "scheduled" if upcoming else "decided"


# --- headlines -----------------------------------------------------------------------------------


def headline(fact: dict[str, Any]) -> str:
    """A one-line English description of a Fact, from its fields and its state."""
    type_, get, state = fact["type"], fact["fields"].get, fact["state"]
    who = ", ".join(fact["actors"])
    if type_ == "agreement_signed":
        text = instrument_name(fact["fields"])
        if not fact["stages"]:
            return f"{text} (to be signed {on_date(fact['date'])})".replace(" )", ")")
        stage = "signed" if fact["stage"] == "memorandum_of_intent" else fact["stage"]
        details = [STAGE_LABELS[stage]]
        for step in fact["scheduled"][:1]:
            details.append(f"{STAGE_LABELS[step['stage']]} scheduled {on_date(step['date'])}")
        return f"{text} ({'; '.join(details)})"
    if type_ == "visa_travel":
        text = TRAVEL.get(get("subject"), "Travel")
        if state == "in_force":
            return f"{text} (in force since {date_label(fact['since'])})"
        if state == "scheduled":
            return f"{text} (scheduled to start {on_date(fact['scheduled'][0]['date'])})"
        return f"{text} (decided, not yet in force)"
    if type_ in ("official_visit", "visit_planned"):
        host = host_country(fact["fields"], fact["actors"])
        country = COUNTRIES.get(host, host)
        visitor = person(get("visitor"), get("visitor_role")) or who or "An official"
        home = COUNTRIES.get({"KZ": "IL", "IL": "KZ"}.get(host or "", ""))
        if home and not get("visitor") and not who and get("visitor_role"):
            # "Israel's Economy Minister", "A delegation from Israel": whose, when unnamed
            role = str(get("visitor_role"))
            visitor = f"A delegation from {home}" if role == "Delegation" else f"{home}'s {role}"
        if type_ == "visit_planned":
            expected = expected_label(fact["expected"])
            if expected == date_label(fact["date"]):
                expected = ""  # the date is shown beside the headline already
            if state in ("overdue", "fulfilled"):
                text = f"{visitor} was expected to visit {country}".rstrip()
                text += f" ({expected})" if expected else ""
                made = state == "fulfilled"
                return text + ("; the visit was made" if made else "; no visit reported since")
            text = f"{visitor} expected to visit {country}".rstrip()
            return text + (f" ({expected})" if expected else "")
        verb = "to visit" if state == "scheduled" else "visited"
        text = f"{visitor} {verb} {country}" if country else f"Visit by {visitor}"
        first = get("first_in_years")
        if isinstance(first, int | float) and not isinstance(first, bool):
            text += f", the first such visit in {int(first)} years"
        elif isinstance(first, str) and first.isascii() and first.strip():
            text += f" ({first.strip()})"
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
                f"{sector.capitalize()}: {amount(get('amount'))} {get('currency') or ''}".rstrip()
            )
        return f"{sector.capitalize()} cooperation"
    if type_ == "statement":
        return (
            f"{get('speaker') or who or 'An official'}: {STANCES.get(get('stance'), 'statement')}"
        )
    if type_ == "tension":
        kind = tension_kind(fact["fields"], (e["text"] for e in fact["evidence"]))
        speaker = get("speaker") or who
        return f"{kind}: {speaker}" if speaker else kind
    return TYPE_LABELS.get(type_, type_) + (f": {who}" if who else "")


# --- links between developments ------------------------------------------------------------------


def as_of(developments: Iterable[Development], day: str | None) -> list[dict[str, Any]]:
    """Every development's Facts as of a day, linked: what the summary and the digest show."""
    return link(fact for dev in developments for fact in facts(dev, day))


def link(found: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Facts with their links: memoranda to the agreements they prepare, plans to the visits
    that fulfilled them."""
    found = list(found)
    _link_memoranda([f for f in found if f["type"] == "agreement_signed" and f["stages"]])
    _fulfil(
        [f for f in found if f["type"] == "visit_planned" and f["state"] != "fulfilled"],
        [f for f in found if f["type"] == "official_visit" and f["state"] == "held"],
    )
    return found


def _link_memoranda(instruments: list[dict[str, Any]]) -> None:
    agreements: dict[Any, list[tuple[date, dict[str, Any]]]] = {}
    for fact in instruments:
        signed = _day(fact["stages"][0]["date"], 0)
        if fact["instrument"] not in MEMORANDA and signed is not None:
            agreements.setdefault(fact["subject"], []).append((signed, fact))
    for candidates in agreements.values():
        candidates.sort(key=lambda pair: pair[0])
    for memo in instruments:
        start = _day(memo["stages"][0]["date"], 0)
        if memo["instrument"] not in MEMORANDA or memo["prepares"] or start is None:
            continue
        for signed, agreement in agreements.get(memo["subject"], ()):
            if start <= signed <= start + PREPARES_WITHIN:
                memo["prepares"] = agreement["key"]
                agreement["prepared_by"].append(memo["key"])
                break


def _fulfil(plans: list[dict[str, Any]], held: list[dict[str, Any]]) -> None:
    """Marks the plans a held visit by the same person fulfilled (see `_fulfilled`)."""
    by_surname: dict[str, list[tuple[str, date, dict[str, Any]]]] = {}
    for visit in held:
        name, when = _slug(str(visit["fields"].get("visitor") or "")), _day(visit["date"], 0)
        if name and when is not None:
            by_surname.setdefault(name.split()[-1], []).append((name, when, visit))
    for plan in plans:
        name = _slug(str(plan["fields"].get("visitor") or ""))
        first, last = _day(plan["date"], 0), _day(plan["date"], 1)
        if not name or first is None or last is None:
            continue
        for other, when, visit in by_surname.get(name.split()[-1], ()):
            if (name in other or other in name) and (
                first - FULFILS_WITHIN[0] <= when <= last + FULFILS_WITHIN[1]
            ):
                _fulfilled(plan, visit)
                break


def _fulfilled(plan: dict[str, Any], visit: dict[str, Any]) -> None:
    """The plan was made by the held visit: it stays a Fact of its own (its announcement was
    news), marked, and the visit says `fulfils`."""
    plan["state"], plan["fulfilled_by"] = "fulfilled", visit["key"]
    plan["headline"] = headline(plan)
    visit.setdefault("fulfils", []).append(plan["key"])


@functools.lru_cache(maxsize=4096)
def _day(value: str | None, end: int) -> date | None:
    span = period(value)
    return date.fromisoformat(span[end]) if span else None


@functools.lru_cache(maxsize=4096)
def _slug(value: str) -> str:
    if not value:
        return ""
    text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", " ", re.sub(r"\(.*?\)", "", text)).strip()
