"""Compile vocabulary patterns into one Aho-Corasick automaton and scan normalised text.

Pattern syntax (see config/vocabulary/README.md): `word` matches a whole word, `stem*` a word
that starts with `stem`, and a `*` inside a phrase lets that word take any ending
(`меморандум* о намерени*`), which is how Russian and Kazakh case endings are covered.
"""

from __future__ import annotations

import functools
import operator
import re
import unicodedata
from collections.abc import Iterable
from typing import NamedTuple

import ahocorasick

from monitor.detect.normalize import normalize

# Letters that attach to the next word in Hebrew ("and", "in", "to", "from", "the", "that", "as")
# and in Arabic ("and", "in", "to", "so", "as", and the article "al-").
_CLITICS = {"hebrew": set("ובלמהשכ"), "arabic": set("وبلفكا")}
_MAX_CLITICS = 3


# Matching runs on a copy of the text where every non-word character is a space and a space is
# put in front; keys of space-separated scripts start with a space, so the automaton only
# reports hits at word starts (far fewer raw hits to check than every substring).
_SEPARATOR = re.compile(r"[\W_]")
_WORD_REST = re.compile(r"[^\W_]*")  # the rest of a word: letters and digits (str.isalnum)


def searchable(text: str) -> str:
    """The copy of a normalised text the automaton runs on (see `_SEPARATOR`)."""
    return " " + _SEPARATOR.sub(" ", text)


class Hit(NamedTuple):
    start: int
    end: int
    kind: str
    key: str


class _Entry(NamedTuple):
    tail: re.Pattern[str] | None
    prefix: bool
    kind: str
    key: str


def _script(char: str) -> str:
    if "\u0590" <= char <= "\u05ff":
        return "hebrew"
    if "\u0600" <= char <= "\u06ff":
        return "arabic"
    if unicodedata.category(char) == "Lo" and not ("\u0900" <= char <= "\u0dff"):
        return "cjk"
    return "other"


def _compile(pattern: str) -> tuple[str, re.Pattern[str] | None, bool]:
    """Split a pattern into its literal head, a tail regex checked after it, and a prefix flag.
    A head-word pattern ("*abkommen") keeps its leading star in the head."""
    pattern = normalize(pattern)
    if pattern.startswith("*"):
        head = pattern.rstrip("*")
        return head, None, pattern.endswith("*") and len(pattern) > 1
    if "*" not in pattern:
        return pattern, None, False
    head, rest = pattern.split("*", 1)
    if not rest:
        return head, None, True
    pieces = rest.split("*")
    regex = r"\w*" + r"\w*".join(re.escape(p) for p in pieces)
    regex += r"\w*" if pattern.endswith("*") else r"(?!\w)"
    return head, re.compile(regex), False


class Matcher:
    """Finds every vocabulary term in a normalised string."""

    def __init__(self) -> None:
        self._automaton = ahocorasick.Automaton()
        self._entries: dict[str, list[_Entry]] = {}
        self._frozen = False

    def add(self, pattern: str, kind: str, key: str) -> None:
        head, tail, prefix = _compile(pattern)
        if len(head.lstrip("*")) < 2:
            return
        self._entries.setdefault(head, []).append(_Entry(tail, prefix, kind, key))

    def add_all(self, patterns: Iterable[str], kind: str, key: str) -> None:
        for pattern in patterns:
            self.add(pattern, kind, key)

    def freeze(self) -> Matcher:
        merged: dict[str, tuple[int, list[_Entry], str]] = {}
        for head, entries in self._entries.items():
            if head.startswith("*"):  # the last part of a compound: found inside a word
                merged.setdefault(head[1:], (len(head) - 1, [], "compound"))[1].extend(entries)
                continue
            script = _script(head[0])
            key = _SEPARATOR.sub(" ", head)
            if script not in ("hebrew", "arabic", "cjk"):
                key = " " + key
            merged.setdefault(key, (len(head), [], script))[1].extend(entries)
        for key, (length, entries, script) in merged.items():
            self._automaton.add_word(key, (length, tuple(dict.fromkeys(entries)), script))
        if self._entries:
            self._automaton.make_automaton()
        self._frozen = True
        return self

    def finds_all(self, searched: str, keys: set[str]) -> bool:
        """Whether terms for every key occur in a `searchable` text, stopping once they do.

        Checks only where terms start, not how they end, so it may say yes where `scan` would
        find less; callers use it to rule texts out, never in.
        """
        missing = set(keys)
        for _end, (_size, entries, _script) in self._automaton.iter(searched):
            for entry in entries:
                missing.discard(entry.key)
            if not missing:
                return True
        return False

    def scan(self, text: str, searched: str | None = None) -> list[Hit]:
        """All hits in `text` (already normalised), ordered by start, longest first.

        A term found inside a longer hit of the same term ("peres" in "shimon peres") is
        reported once.
        """
        if not self._entries:
            return []
        hits: list[Hit] = []
        length = len(text)
        isalnum = str.isalnum
        word_rest = _WORD_REST.match
        for end, (size, entries, script) in self._automaton.iter(searched or searchable(text)):
            start = end - size  # the searched copy has one leading space
            if script == "compound":
                # "luftverkehrsabkommen": the whole word, when it ends in a head word.
                if start <= 0 or not isalnum(text[start - 1]):
                    continue
                while start > 0 and isalnum(text[start - 1]):
                    start -= 1
            glued = script in _CLITICS and start > 0 and isalnum(text[start - 1])
            if glued and not _clitic_boundary(text, start, script):
                continue
            word_goes_on = end < length and isalnum(text[end]) and script != "cjk"
            for entry in entries:
                stop = end
                if entry.tail is not None:
                    found = entry.tail.match(text, end)
                    if found is None:
                        continue
                    stop = found.end()
                elif entry.prefix:
                    stop = word_rest(text, end).end()
                elif word_goes_on:
                    continue
                hits.append(_new_hit((start, stop, entry.kind, entry.key)))
        # By start, longest first: two sorts on C-level keys beat one on a Python key function.
        hits.sort(key=_END, reverse=True)
        hits.sort(key=_START)
        reach: dict[tuple[str, str], int] = {}
        out = []
        for hit in hits:
            key = (hit.kind, hit.key)
            if reach.get(key, -1) > hit.start:
                continue
            reach[key] = hit.end
            out.append(hit)
        return out


# Builds a Hit without the keyword-handling layer of NamedTuple's __new__ (the hottest line).
_new_hit = functools.partial(tuple.__new__, Hit)
_START = operator.itemgetter(0)
_END = operator.itemgetter(1)


def _clitic_boundary(text: str, start: int, script: str) -> bool:
    clitics = _CLITICS[script]
    pos = start - 1
    steps = 0
    while pos >= 0 and text[pos] in clitics and steps < _MAX_CLITICS:
        pos -= 1
        steps += 1
    return steps > 0 and (pos < 0 or not text[pos].isalnum())


_VOWELS = set("aeiouаеиоуыэюяьйіәөұүэ")


def cldr_pattern(name: str) -> str:
    """A pattern for a country name from CLDR that also matches its inflected forms."""
    name = normalize(name)
    script = _script(name[0]) if name else "other"
    if script in ("hebrew", "arabic"):
        return name + "*"
    if script == "cjk":
        return name
    if "\u0400" <= name[0] <= "\u04ff":
        stem = name.rstrip("".join(_VOWELS))
        return stem + "*" if len(stem) >= 4 else name
    if len(name) >= 6 and name[-1] in _VOWELS and name[-2] not in _VOWELS:
        return name[:-1] + "*"
    return name + "*" if len(name) >= 5 else name
