"""Signings: the summary's agreements gathered by the date the two sides signed them.

Presentation only. Each document stays its own development (`monitor.developments`), with its
own stages and links; a signing gathers the documents signed on one date, so that a visit at
which three documents were signed reads as one entry ("The two sides signed three documents:
...") with every outlet that reported it, whichever documents each outlet named.

- A document's signing date is the date of its first stage (a memorandum of intent, or signed); a
  document ratified or in force later stays with its signing, its stages telling the later steps.
  A document still to be signed is grouped by the date it is to be signed.
- Documents are gathered by the exact date string: a day with the day, a month-precision date
  ("2014-01") with documents of that same month-precision date, never with the days within it
  (that would claim they were signed together when the sources do not say so). Undated documents
  each stay a signing of their own.
- Key: `signing/<date>`, or `signing/undated/<document key>`: stable while the date is.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from monitor.developments.labels import INSTRUMENTS, SUBJECTS

EVIDENCE = 6  # quotes a signing carries, taken in turn from its documents
PLURALS = {
    "Treaty": "treaties", "Agreement": "agreements", "Memorandum of intent": "memoranda of intent",
    "Memorandum of understanding": "memoranda of understanding", "Protocol": "protocols",
    "Roadmap": "roadmaps",
}  # fmt: skip
NUMBERS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
SIGNING_STAGES = frozenset({"memorandum_of_intent", "signed"})
LATER_VERBS = {"ratified": "ratified", "in_force": "brought into force"}
PRECISION = {4: "year", 7: "month", 10: "day"}


def signing_date(fact: dict[str, Any]) -> str | None:
    """The date a document was signed (its first stage), or is to be signed; None if unknown."""
    return fact["stages"][0]["date"] if fact["stages"] else fact["date"]


def signing_key(fact: dict[str, Any]) -> str:
    """The key of the signing a document belongs to."""
    day = signing_date(fact)
    return f"signing/{day}" if day else f"signing/undated/{fact['key']}"


def documents(signings: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any]]:
    """Every document Fact of the signings, in order."""
    for signing in signings:
        yield from signing["documents"]


def signings(facts: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The Facts of `agreement_signed` gathered into signings (unordered; see the docstring)."""
    groups: dict[str, list[dict[str, Any]]] = {}
    for fact in facts:
        groups.setdefault(signing_key(fact), []).append(fact)
    return [signing(key, found) for key, found in groups.items()]


def signing(key: str, found: list[dict[str, Any]]) -> dict[str, Any]:
    """One signing of documents sharing a signing date (schema in `monitor.views.summary`)."""
    found = sorted(found, key=lambda f: (f["detected_at"], f["key"]))
    day = signing_date(found[0])
    sources = _union(found)
    states = {f["state"] for f in found}
    places = {f["place"] for f in found if f["place"]}
    return {
        "key": key,
        "type": "agreement_signed",
        "state": states.pop() if len(states) == 1 else "signed",
        "headline": headline(found),
        "date": day,
        "date_precision": PRECISION.get(len(day or "")),
        "actors": list(dict.fromkeys(a for f in found for a in f["actors"])),
        "place": places.pop() if len(places) == 1 else None,
        "documents": found,
        "evidence": _evidence(found),
        "sources": sources,
        "source_count": len(sources),
        "corroborations": max(len(sources) - 1, 0),
        "detected_at": min(f["detected_at"] for f in found),
        "updated_at": max(f["updated_at"] for f in found),
    }


def _union(found: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every document's sources once (by URL), the earliest published first."""
    seen: dict[Any, dict[str, Any]] = {}
    for fact in found:
        for source in fact["sources"]:
            seen.setdefault(source["url"] or (source["outlet"], source["published"]), source)
    return sorted(
        seen.values(),
        key=lambda s: (s["published"] is None, s["published"] or "", s["url"] or ""),
    )


def _evidence(found: list[dict[str, Any]]) -> list[dict[str, str]]:
    """Quotes taken in turn from each document (so each is heard), each once, at most EVIDENCE."""
    quotes: dict[str, dict[str, str]] = {}
    for depth in range(max(len(f["evidence"]) for f in found)):
        for fact in found:
            if depth < len(fact["evidence"]) and len(quotes) < EVIDENCE:
                quotes.setdefault(fact["evidence"][depth]["text"], fact["evidence"][depth])
    return list(quotes.values())


# --- how a signing reads -------------------------------------------------------------------------


def headline(found: list[dict[str, Any]]) -> str:
    """One English sentence, without its date: "The two sides signed three documents: agreements
    on diplomatic training and public diplomacy, and a memorandum of intent on visa exemption"."""
    signed = [f for f in found if not f["stages"] or f["stages"][0]["stage"] in SIGNING_STAGES]
    clauses = []
    if signed:
        verb = "signed" if all(f["stages"] for f in signed) else "are to sign"
        clauses.append(f"the two sides {verb} {listing(signed, counted=True)}")
    for stage, verb in LATER_VERBS.items():  # documents first reported at a later step
        later = [f for f in found if f["stages"] and f["stages"][0]["stage"] == stage]
        if later:
            clauses.append(f"{listing(later)} {'was' if len(later) == 1 else 'were'} {verb}")
    text = "; ".join(clauses)
    return text[0].upper() + text[1:]


def listing(found: list[dict[str, Any]], counted: bool = False) -> str:
    """The documents as an English noun phrase, one part per kind of instrument: "agreements on
    diplomatic training and public diplomacy, and a memorandum of intent on visa exemption"
    (prefixed with "three documents: " when `counted` and there are several kinds)."""
    kinds: dict[str, list[str | None]] = {}
    for fact in found:
        kind = INSTRUMENTS.get(fact["instrument"], "Agreement")
        kinds.setdefault(kind, []).append(SUBJECTS.get(fact["subject"]))
    parts = [_kind(kind, subjects) for kind, subjects in kinds.items()]
    text = _join(parts, ", and " if any(" and " in p for p in parts) else " and ")
    if counted and len(kinds) > 1:
        text = f"{_number(len(found))} documents: {text}"
    return text


def _kind(kind: str, subjects: list[str | None]) -> str:
    """One kind of instrument: "a memorandum of intent on visa exemption", "agreements on
    diplomatic training and public diplomacy", "two agreements", "an agreement on health care
    and another agreement"."""
    named = [s for s in subjects if s]
    unnamed = len(subjects) - len(named)
    name, plural = kind.lower(), PLURALS.get(kind, f"{kind.lower()}s")
    parts = []
    if len(named) == 1:
        parts.append(f"{_article(name)} {name} on {named[0]}")
    elif named:
        distinct = list(dict.fromkeys(named))
        text = f"{plural} on {_join(distinct, ' and ')}"
        parts.append(text if len(distinct) == len(named) else f"{_number(len(named))} {text}")
    if unnamed and named:
        parts.append(f"another {name}" if unnamed == 1 else f"{_number(unnamed)} other {plural}")
    elif unnamed:
        parts.append(f"{_article(name)} {name}" if unnamed == 1 else f"{_number(unnamed)} {plural}")
    return " and ".join(parts)


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def _join(parts: list[str], last: str) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + last + parts[-1]


def _number(n: int) -> str:
    return NUMBERS[n] if n < len(NUMBERS) else str(n)
