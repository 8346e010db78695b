"""How a development reads in English: its headline, its actors, dates and the language of quotes.

Headlines are built from taxonomy fields and the development's state as of a day, never from
article text, so they are whole English phrases whatever language the sources were in.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from typing import Any

MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
COUNTRIES = {"KZ": "Kazakhstan", "IL": "Israel"}
DEMONYMS = {"KZ": "Kazakh", "IL": "Israeli"}
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
STAGE_LABELS = {
    "memorandum_of_intent": "memorandum of intent", "signed": "signed", "ratified": "ratified",
    "in_force": "in force",
}  # fmt: skip
STANCES = {"positive": "praise or support", "negative": "concern or criticism"}
TYPE_LABELS = {
    "agreement_signed": "Agreement", "visa_travel": "Visa and travel",
    "official_visit": "Visit", "visit_planned": "Planned visit", "talks": "Talks",
    "multilateral": "Framework", "economic": "Economic", "statement": "Statement",
    "tension": "Tension",
}  # fmt: skip
# What kind of friction a tension is, from the words of its `about` field and evidence (stems,
# casefolded; English and Russian, the languages the detector extracts events from).
TENSION_KINDS = (
    ("Travel warning", ("advis", "travel warning", "refrain from travel", "не посещать",
                        "воздержаться от поездок", "рекоменд")),
    ("Visit or mission postponed", ("postpon", "cancel", "call off", "отмен", "перен", "отлож")),
    ("Ambassador summoned", ("summon", "вызва")),
    ("Protest", ("protest", "rally", "demonstrat", "протест", "митинг", "пикет")),
    ("Boycott", ("boycott", "бойкот")),
    ("Condemnation", ("condemn", "осуд")),
)  # fmt: skip


def date_label(value: str | None) -> str:
    """27 Jan 2026, Jan 2026, 2026 or "undated"."""
    if not value:
        return "undated"
    parts = value.split("-")
    try:
        if len(parts) == 1:
            return parts[0]
        month = MONTHS[int(parts[1]) - 1]
        return f"{month} {parts[0]}" if len(parts) == 2 else f"{int(parts[2])} {month} {parts[0]}"
    except (ValueError, IndexError):
        return value


def on_date(value: str | None) -> str:
    """A date after a verb: "on 27 Jan 2026", "in Jan 2026", "in 2026", or ""."""
    if not value:
        return ""
    return f"{'on' if len(value) == 10 else 'in'} {date_label(value)}"


def actor_label(actor: Any) -> str:
    """An actor as text: strings as given, {"name", "role", "country"} objects spelled out."""
    if isinstance(actor, dict):
        name = str(actor.get("name") or actor.get("id") or "")
        extra = ", ".join(str(actor[k]) for k in ("role", "country") if actor.get(k))
        return f"{name} ({extra})" if extra else name
    return str(actor)


def actor_labels(actors: Iterable[Any]) -> list[str]:
    """Actors as text, each once; a bare role ("President") is left out when a named actor
    with that role is listed."""
    labels = list(dict.fromkeys(label for actor in actors if (label := actor_label(actor))))
    return [
        label
        for label in labels
        if "(" in label or not any(label != other and label in other for other in labels)
    ]


def host_country(fields: dict[str, Any], actors: Iterable[str]) -> str:
    """The country a visit is to: `host_country`, else the side the visitor is not from."""
    if fields.get("host_country"):
        return str(fields["host_country"])
    visitor = str(fields.get("visitor") or "")
    for label in actors:
        if visitor and label.startswith(visitor):
            for home, host in (("IL", "KZ"), ("KZ", "IL")):
                if label.endswith(f", {home})") or label.endswith(f"({home})"):
                    return host
    return ""


def instrument_name(fields: dict[str, Any]) -> str:
    """An instrument as text: "Memorandum of intent on visa exemption"."""
    text = INSTRUMENTS.get(fields.get("instrument"), "Agreement")
    subject = SUBJECTS.get(fields.get("subject"))
    return f"{text} on {subject}" if subject else text


def expected_label(value: Any) -> str:
    """A planned visit's expected date or period as English text, "" when it is not readable."""
    if not value:
        return ""
    text = str(value)
    if re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", text):
        return date_label(text)
    return text if text.isascii() else ""


def person(name: Any, role: Any) -> str:
    """ "Benjamin Netanyahu (Prime Minister)", or whichever of the two is known."""
    if name and role and str(role) not in str(name):
        return f"{name} ({role})"
    return str(name or role or "")


def amount(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f"{value:,.0f}" if float(value).is_integer() else f"{value:,}"
    return str(value)


def tension_kind(fields: dict[str, Any], evidence: Iterable[str]) -> str:
    """Protest, travel warning, postponement...: `fields.kind`, else the words reported."""
    if fields.get("kind"):
        return str(fields["kind"]).replace("_", " ").capitalize()
    words = " ".join([str(fields.get("about") or ""), *evidence]).casefold()
    for kind, stems in TENSION_KINDS:
        if any(stem in words for stem in stems):
            return kind
    return "Friction"


_KAZAKH = re.compile("[әғқңөұүһі]", re.IGNORECASE)
_CYRILLIC = re.compile("[а-яё]", re.IGNORECASE)
_HEBREW = re.compile("[\u0590-\u05ff]")
_ARABIC = re.compile("[\u0600-\u06ff]")
_PERSIAN = re.compile("[پچژگ]")
# The commonest short words of each Latin-script language quotes come in: a quote is in the one
# whose words it holds most ("the", "der", "les", "el", "il", "ve", "že").
_LATIN_WORDS = {
    "en": ("the", "and", "of", "to", "is", "with", "for", "on"),
    "de": ("der", "die", "das", "und", "mit", "ist", "nicht", "sich", "den", "auf"),
    "fr": ("le", "la", "les", "des", "du", "est", "une", "avec", "pour", "dans"),
    "es": ("el", "los", "las", "del", "para", "y", "con", "una", "por"),
    "it": ("il", "di", "della", "che", "gli", "nel", "alla", "delle", "sono", "ha", "come"),
    "tr": ("ve", "bir", "ile", "bu", "için", "olarak", "da", "de"),
    "cs": ("že", "které", "jsou", "byl", "bylo", "také", "se", "na"),
}
# Letters only one of them writes, each worth a word.
_LATIN_LETTERS = {"de": "ß", "es": "ñ", "fr": "çœ", "tr": "ğşı", "cs": "řěů"}
_WORD = re.compile(r"\w+")


@functools.lru_cache(maxsize=8192)
def quote_language(text: str) -> str:
    """The ISO 639-1 language a quote is in: told by its script, and in the Latin script by
    the commonest words of each language it holds (English when none stands out)."""
    if _HEBREW.search(text):
        return "he"
    if _ARABIC.search(text):
        return "fa" if _PERSIAN.search(text) else "ar"
    if _CYRILLIC.search(text):
        return "kk" if _KAZAKH.search(text) else "ru"
    words = _WORD.findall(text.lower())
    counts = {lang: sum(map(markers.count, words)) for lang, markers in _LATIN_WORDS.items()}
    for lang, letters in _LATIN_LETTERS.items():
        counts[lang] += sum(letter in text for letter in letters)
    best = max(counts, key=lambda lang: (counts[lang], lang == "en"))
    return best if counts[best] > counts["en"] else "en"
