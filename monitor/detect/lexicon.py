"""Build the one matcher that finds every vocabulary term: sides, actors, cues, fields, dates."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from babel import Locale

from monitor.detect import dates
from monitor.detect.matcher import Hit, Matcher, cldr_pattern
from monitor.detect.normalize import normalize
from monitor.detect.vocabulary import SIDES, Actor, Vocabulary

FIELD_KINDS = (
    "subject",
    "instrument",
    "sector",
    "format",
    "visa_subject",
    "stance",
    "framework",
    "role",
)
_NOT_COUNTRIES = frozenset({"EU", "EZ", "UN", "QO", "XA", "XB", "ZZ", "IL", "KZ"})
_COUNTRY_CODE = re.compile(r"^[A-Z]{2}$")


@dataclass(frozen=True)
class Lexicon:
    """The compiled vocabulary: a matcher plus the actor table its hits refer to."""

    matcher: Matcher
    actors: dict[str, Actor]
    # Only the names that put a side in a text (countries, capitals, leaders…): an article
    # without both sides cannot be relevant, and most news is settled by this one cheap scan.
    gate: Matcher
    joined: dict[str, str] = field(default_factory=dict)  # framework -> when Kazakhstan joined

    def may_name_both_sides(self, searched: str) -> bool:
        """False when a (searchable, normalised) text names at most one of the two sides."""
        return self.gate.finds_all(searched, set(SIDES))

    def scan(self, norm: str, searched: str | None = None) -> list[Hit]:
        """Hits in a normalised text (`searched`: its searchable copy, if already made)."""
        return self.matcher.scan(norm, searched)


def build_lexicon(vocab: Vocabulary) -> Lexicon:
    """Compile a validated vocabulary (adding CLDR names and calendar words from Babel)."""
    matcher = Matcher()
    gate = Matcher()
    countries = vocab.countries
    skip = {normalize(name) for name in countries.cldr_skip}
    for side in SIDES:
        for patterns in countries.country[side].values():
            matcher.add_all(patterns, "side", side)
            gate.add_all(patterns, "side", side)
    for lang in countries.cldr_languages:
        territories = Locale.parse(lang).territories
        for side in SIDES:
            matcher.add(cldr_pattern(territories[side]), "side", side)
            gate.add(cldr_pattern(territories[side]), "side", side)
    for lang in countries.third_country_languages:
        for code, name in Locale.parse(lang).territories.items():
            wanted = _COUNTRY_CODE.match(code) and code not in _NOT_COUNTRIES
            if wanted and normalize(name) not in skip:
                matcher.add(cldr_pattern(name), "third", code)
    for code, by_lang in countries.third_country.items():
        for patterns in by_lang.values():
            matcher.add_all(patterns, "third", code)
    actors = {actor.id: actor for actor in vocab.actors.actor}
    for actor in actors.values():
        matcher.add_all(actor.aliases, "actor", actor.id)
        if actor.country in SIDES:
            gate.add_all(actor.aliases, "side", actor.country)
    cues = vocab.cues
    for label, by_lang in cues.cue.items():
        for patterns in by_lang.values():
            matcher.add_all(patterns, "cue", label)
    for kind in FIELD_KINDS:
        for value, by_lang in getattr(cues, kind).items():
            for patterns in by_lang.values():
                matcher.add_all(patterns, kind, value)
    dates.register(matcher, vocab.dates)
    return Lexicon(
        matcher=matcher.freeze(), actors=actors, gate=gate.freeze(), joined=dict(cues.joined)
    )
