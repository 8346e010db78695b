"""The summary's lead: a short paragraph in English prose, like the opening of a news brief.

Built by templates from the summary's Facts (never from article text): the latest developments
(those within two weeks of the latest one) with their context — a first visit in N years, the
stage an agreement has reached and what a memorandum prepares, the framework step they follow —
then what is expected next: planned visits and scheduled steps.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from monitor.developments import date_label, instrument_name, period
from monitor.developments.labels import (
    COUNTRIES,
    DEMONYMS,
    STAGE_LABELS,
    TALKS,
    TRAVEL,
    amount,
    expected_label,
    host_country,
    on_date,
    tension_kind,
)  # fmt: skip
from monitor.views.signings import SIGNING_STAGES, documents, listing, signing_date

WINDOW = timedelta(days=14)  # how far before the latest development news still counts as latest
CONTEXT = timedelta(days=366)  # how far back a framework step is context for the latest news
OVERDUE_NEWS = timedelta(days=92)  # a plan overdue for less than this is still news
EACH = 2  # sentences at most per kind of development
VERBS = {"signed": "was signed", "ratified": "was ratified", "in_force": "entered into force"}


def lead(doc: dict[str, Any]) -> str:
    """The lead paragraph of a summary document (see `monitor.views.summarize`)."""
    latest = doc["latest"]
    if latest is None:
        return f"No development in Kazakhstan–Israel relations had been reported by {_day(doc)}."
    start = date.fromisoformat((period(latest["date"]) or (latest["detected_at"][:10],))[0])
    since = (start - WINDOW).isoformat()

    def recent(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return [f for f in found if (period(f["date"]) or ("", ""))[1] >= since][:EACH]

    sentences = [_visit(f) for f in recent(doc["visits"]["held"])]
    signings = recent(doc["instruments"])
    sentences += [_signing(s, doc) for s in signings]
    steps = recent(_later_steps(doc["instruments"]))  # ratified, in force since signed
    sentences += [_instrument(f, doc) for f in steps]
    told = [*documents(signings), *steps]
    if not any(f["subject"] == "visa" for f in told):  # else told with the instrument
        travel = [f for f in doc["visa_travel"]["facts"] if f["state"] == "decided"]
        sentences += [_travel(f) for f in recent(travel)]
    sentences += [_talks(f) for f in recent(doc["talks"])]
    sentences += [_context(f) for f in doc["frameworks"][:1] if _is_context(f, since, start)]
    sentences += [_framework(f) for f in recent(doc["frameworks"])]
    economy = doc["economy"]
    sentences += [_economic(f) for f in recent(economy["forums"] + economy["commissions"])]
    sentences += [_economic(f) for f in recent(economy["trade"] + economy["other"])]
    sentences += [_tension(f) for f in recent(doc["tensions"])]
    sentences += _next(doc)
    return " ".join(s for s in sentences if s)


def _day(doc: dict[str, Any]) -> str:
    return date_label(doc["as_of"])


def _visitor(fact: dict[str, Any]) -> str:
    """ "Israeli Foreign Minister Gideon Sa'ar": the visitor's country is the other side."""
    fields = fact["fields"]
    host = host_country(fields, fact["actors"])
    home = {"KZ": "IL", "IL": "KZ"}.get(host or "")
    demonym = DEMONYMS.get(home or "", "")
    name, role = fields.get("visitor"), fields.get("visitor_role")
    if name and role and str(role) not in str(name):
        return " ".join(p for p in (demonym, str(role), str(name)) if p)
    if name:
        return str(name)
    return " ".join(p for p in ("An", demonym, str(role or "official")) if p)


def _visit(fact: dict[str, Any]) -> str:
    fields = fact["fields"]
    where = fact["place"] or COUNTRIES.get(host_country(fields, fact["actors"]), "")
    text = f"{_visitor(fact)} visited {where}".rstrip() + f" {on_date(fact['date'])}".rstrip()
    first = fields.get("first_in_years")
    if isinstance(first, int | float) and not isinstance(first, bool):
        text += f", the first such visit in {int(first)} years"
    return text + "."


def _later_steps(signings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The documents that reached a later stage after their signing, the latest step first."""
    later = [f for f in documents(signings) if f["stages"] and f["date"] != signing_date(f)]
    return sorted(later, key=lambda f: (period(f["date"]) or ("",))[0], reverse=True)


def _signing(signing: dict[str, Any], doc: dict[str, Any]) -> str:
    """ "The two sides signed agreements on diplomatic training and public diplomacy on 27 Jan
    2026.", with what a memorandum prepares and the next step scheduled."""
    found = signing["documents"]
    if len(found) == 1:
        return _instrument(found[0], doc, signed=True)
    signed = [f for f in found if not f["stages"] or f["stages"][0]["stage"] in SIGNING_STAGES]
    if not signed:  # documents first reported ratified or in force: told as steps
        return " ".join(_instrument(f, doc) for f in found[:EACH])
    verb = "signed" if all(f["stages"] for f in signed) else "are to sign"
    text = f"The two sides {verb} {listing(signed)} {on_date(signing['date'])}".rstrip()
    for fact in signed:
        clauses = [f"prepares {what}" for what in [_prepares(fact, doc)] if what]
        clauses += [
            f"is to be {STAGE_LABELS[step['stage']]} {on_date(step['date'])}".rstrip()
            for step in fact["scheduled"][:1]
        ]
        if clauses:
            text += f"; the {_short_name(fact, signed)} {' and '.join(clauses)}"
    return text + "."


def _instrument(fact: dict[str, Any], doc: dict[str, Any], signed: bool = False) -> str:
    """One document: its signing (`signed`: as signed, whatever stage it reached since), or
    the latest stage it reached."""
    name = _lower(instrument_name(fact["fields"]))
    article = "an" if name[0] in "aeiou" else "a"
    stage = fact["stage"] if fact["stage"] in VERBS else "signed"
    if not fact["stages"]:
        text = f"The two sides are to sign {article} {name} {on_date(fact['date'])}"
    elif signed and fact["stages"][0]["stage"] in SIGNING_STAGES:
        text = f"The two sides signed {article} {name} {on_date(signing_date(fact))}"
    else:
        text = f"The {name} {VERBS[stage]} {on_date(fact['date'])}"
    text = text.rstrip()
    if what := _prepares(fact, doc):
        text += f", preparing {what}" if fact.get("prepares") else f", which prepares {what}"
    for step in fact["scheduled"][:1]:
        text += f"; it is to be {STAGE_LABELS[step['stage']]} {on_date(step['date'])}"
    return text + "."


def _prepares(fact: dict[str, Any], doc: dict[str, Any]) -> str:
    """What a document prepares: "the agreement on visa exemption", "visa-free travel", or ""."""
    prepares = _find(doc, fact.get("prepares"))
    if prepares is not None:
        return f"the {instrument_name(prepares['fields']).lower()}"
    if fact["subject"] == "visa" and fact["stage"] != "in_force":
        for travel in doc["visa_travel"]["facts"]:
            if travel["state"] != "in_force":
                return TRAVEL[travel["fields"]["subject"]].lower()
    return ""


def _short_name(fact: dict[str, Any], signed: list[dict[str, Any]]) -> str:
    """ "memorandum of intent" when it is the signing's only one, else its full name."""
    alone = sum(f["instrument"] == fact["instrument"] for f in signed) == 1
    return _lower(instrument_name({"instrument": fact["instrument"]} if alone else fact["fields"]))


def _lower(name: str) -> str:
    return f"{name[0].lower()}{name[1:]}"


def _travel(fact: dict[str, Any]) -> str:
    text = TRAVEL.get(fact["fields"].get("subject"), "Travel")
    plural = text.endswith("s")
    if fact["state"] == "scheduled":
        verb = "are" if plural else "is"
        return f"{text} {verb} scheduled to start {on_date(fact['scheduled'][0]['date'])}."
    have, be = ("have", "are") if plural else ("has", "is")
    return f"{text} {have} been agreed but {be} not yet in force."


def _talks(fact: dict[str, Any]) -> str:
    kind = TALKS.get(fact["fields"].get("format"), "Talks").lower()
    named = [a.split(" (")[0] for a in fact["actors"] if "," in a.partition("(")[2]]
    who = " and ".join(named[:3]) or "Kazakh and Israeli officials"
    text = (
        f"{who} held {'a ' if not kind.endswith('s') else ''}{kind}"
        if who
        else f"{kind} took place"
    )
    return f"{text[0].upper()}{text[1:]} {on_date(fact['date'])}.".replace(" .", ".")


def _is_context(fact: dict[str, Any], since: str, start: date) -> bool:
    span = period(fact["date"])
    return span is not None and span[1] < since and span[1] >= (start - CONTEXT).isoformat()


def _joiner(fact: dict[str, Any]) -> str:
    for actor in fact["actors"]:
        for code, country in COUNTRIES.items():
            if actor.endswith(f", {code})") or actor.endswith(f"({code})"):
                return country
    return "Kazakhstan"


def _context(fact: dict[str, Any]) -> str:
    framework = fact["fields"].get("framework") or "a multilateral framework"
    return f"This follows {_joiner(fact)}'s accession to the {framework} {on_date(fact['date'])}."


def _framework(fact: dict[str, Any]) -> str:
    framework = fact["fields"].get("framework") or "a multilateral framework"
    return f"{_joiner(fact)} joined the {framework} {on_date(fact['date'])}."


def _economic(fact: dict[str, Any]) -> str:
    fields = fact["fields"]
    if fields.get("amount") is not None:
        money = f"{amount(fields['amount'])} {fields.get('currency') or ''}".rstrip()
        return f"Bilateral trade reached {money} {on_date(fact.get('period') or fact['date'])}."
    words = " ".join(e["text"] for e in fact["evidence"]).lower()
    if "forum" in words:
        return f"A Kazakh-Israeli business forum was held {on_date(fact['date'])}."
    if "commission" in words or "committee" in words:
        return f"The joint intergovernmental commission met {on_date(fact['date'])}."
    sector = fields.get("sector") if fields.get("sector") not in (None, "other") else "economic"
    return f"New {sector} cooperation was reported {on_date(fact['date'])}."


def _tension(fact: dict[str, Any]) -> str:
    kind = tension_kind(fact["fields"], (e["text"] for e in fact["evidence"]))
    who = fact["fields"].get("speaker")
    return f"{kind} {on_date(fact['date'])}" + (f" ({who})." if who else ".")


def _next(doc: dict[str, Any]) -> list[str]:
    sentences = []
    for plan in doc["visits"]["planned"][:EACH]:
        country = COUNTRIES.get(host_country(plan["fields"], plan["actors"]), "")
        expected = expected_label(plan["expected"])
        when_ = f" ({expected})" if expected and not expected[0].isdigit() else ""
        if not when_ and plan["date"]:
            when_ = f" {on_date(plan['date'])}"
        sentences.append(f"{_visitor(plan)} is expected to visit {country}".rstrip() + f"{when_}.")
    for fact in documents(doc["instruments"]):
        for step in fact["scheduled"][:1]:
            name = instrument_name(fact["fields"])
            sentences.append(
                f"The {name[0].lower()}{name[1:]} is to be {STAGE_LABELS[step['stage']]} "
                f"{on_date(step['date'])}."
            )
    for fact in doc["visa_travel"]["flights"] + doc["visa_travel"]["facts"]:
        if fact["state"] == "scheduled":
            sentences.append(_travel(fact))
    for fact in doc["upcoming"][:EACH]:
        sentences.append(f"Scheduled {on_date(fact['date'])}: {fact['headline']}.")
    recently = (date.fromisoformat(doc["as_of"]) - OVERDUE_NEWS).isoformat()
    for plan in doc["visits"]["overdue"][:EACH]:
        if (period(plan["date"]) or ("", ""))[1] >= recently:
            country = COUNTRIES.get(host_country(plan["fields"], plan["actors"]), "")
            sentences.append(
                f"{_visitor(plan)} was expected to visit {country}".rstrip()
                + f" {on_date(plan['date'])}, but no visit has been reported."
            )
    return sentences


def _find(doc: dict[str, Any], key: str | None) -> dict[str, Any] | None:
    if not key:
        return None
    return next((f for f in documents(doc["instruments"]) if f["key"] == key), None)
