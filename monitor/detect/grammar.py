"""Function words of every language, by role, and the patterns the rules build from them.

The rules read structure from small words: "was" before a speech verb makes it passive, "the"
before a title refers back to someone named, "since" before a date makes it a bound. Which
words play each role is data (`[grammar]` in each language file); how a role is used is a
pattern template here, with `{role}` standing for "any of that role's words in any language".
A word ending in `*` takes any ending ("эксперт*").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache

from monitor.detect.normalize import normalize

_PLACEHOLDER = re.compile(r"\{([a-z_]+)\}")


class Grammar:
    """Role -> words (all languages), compiled into patterns on first use."""

    def __init__(
        self,
        words: Mapping[str, list[str]],
        tables: Mapping[str, Mapping],
        verb_final: bool = False,  # the verb closes the clause: its subject may be far before it
        verb_first: bool = False,  # the verb opens the clause: its subject follows it (Arabic)
        owner_first: bool = False,  # the owner precedes what it owns: "Израиль министрі"
    ) -> None:
        self.verb_final = verb_final
        self.verb_first = verb_first
        self.owner_first = owner_first
        self.words = {role: [normalize(w) for w in values] for role, values in words.items()}
        # Word -> value tables: currency codes, number words, multipliers, year offsets.
        self.tables = {
            name: {normalize(word): value for word, value in table.items()}
            for name, table in tables.items()
        }
        self.compile = lru_cache(maxsize=None)(self._compile)
        self.words_of = lru_cache(maxsize=None)(self._words_of)

    # Pickled in the lexicon cache (monitor.detect.lexicon): the per-instance cache of compiled
    # patterns (and of word sets) wraps a bound method, which pickle cannot carry; it starts
    # empty again.
    def __getstate__(self) -> dict:
        state = dict(self.__dict__)
        del state["compile"], state["words_of"]
        return state

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.compile = lru_cache(maxsize=None)(self._compile)
        self.words_of = lru_cache(maxsize=None)(self._words_of)

    def alternation(self, role: str) -> str:
        """A non-capturing group matching any of the role's words (never matches if none)."""
        found = self.words.get(role) or list(self.tables.get(role, {}))
        words = sorted({normalize(w) for w in found}, key=lambda w: (-len(w), w))
        if not words:
            return r"(?!x)x"
        # "аналогичн* период*": a '*' lets its word take any ending, inside a phrase too.
        return "(?:" + "|".join(re.escape(w).replace(r"\*", r"\w*") for w in words) + ")"

    def _words_of(self, roles: tuple[str, ...]) -> frozenset[str]:
        """The words of any of `roles`, as a set (made once: rules ask for it every sentence)."""
        return frozenset(w for role in roles for w in self.words.get(role, ()))

    def _compile(self, template: str) -> re.Pattern[str]:
        return re.compile(_PLACEHOLDER.sub(lambda m: self.alternation(m[1]), template))

    def value(self, table: str, word: str) -> object:
        """The value a table gives a (normalised) word, or None; a key ending in "*" is a stem
        ("доллар*": "долларын", "долларов")."""
        entries = self.tables.get(table, {})
        word = normalize(word)
        found = entries.get(word)
        if found is None:
            stems = (key for key in entries if key.endswith("*") and word.startswith(key[:-1]))
            found = entries.get(max(stems, key=len, default=""))
        return found
