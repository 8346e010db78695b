"""Compile vocabulary patterns into one Aho-Corasick automaton and scan normalised text.

Pattern syntax (see config/vocabulary/README.md): `word` matches a whole word, `stem*` a word
that starts with `stem`, and a `*` inside a phrase lets that word take any ending
(`меморандум* о намерени*`), which is how Russian and Kazakh case endings are covered; a `*`
standing alone is any one word, `*{m,n}` standing alone m to n words.
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
# and in Arabic ("and", "in", "to", "so", "as", and the article "al-"). Up to four stand
# together: Hebrew "וכשה" ("and when the"), Arabic "وبال" ("and in the", the article two letters).
_CLITICS = {"hebrew": set("ובלמהשכ"), "arabic": set("وبلفكا")}
_MAX_CLITICS = 4


# Matching runs on a copy of the text where every non-word character is a space and a space is
# put in front; keys of space-separated scripts start with a space, so the automaton only
# reports hits at word starts (far fewer raw hits to check than every substring).
_SEPARATOR = re.compile(r"[\W_]")
# The same, made faster: spaces are left alone, and ASCII text (most of it) is translated in C.
_NOT_SPACE_SEPARATOR = re.compile(r"[^\w ]|_")
_ASCII_SEPARATORS = {c: " " for c in range(128) if _SEPARATOR.match(chr(c))}


# Letters of Hebrew, Arabic and every script after them in Unicode. Keys written in them have no
# leading space, so they hang from the automaton's root and give it most of its branches, which
# every character of a text pays for (19 -> 12 us an English article): a text without such
# letters runs on an automaton without those keys, which finds exactly the same.
_WIDE = re.compile("[\u0590-\U0010ffff]")


def searchable(text: str) -> str:
    """The copy of a normalised text the automaton runs on (see `_SEPARATOR`)."""
    if text.isascii():
        return " " + text.translate(_ASCII_SEPARATORS)
    return " " + _NOT_SPACE_SEPARATOR.sub(" ", text)


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
    ident: tuple[str, str]  # (kind, key): a term found inside its own longer hit is dropped
    rank: int = 0  # in a merged matcher, which part it came from (see `Matcher.merged`)

    def __reduce__(self) -> tuple:
        # Read back from the cache by tuple.__new__ itself rather than the named tuple's own
        # __new__, a Python function: a lexicon holds some 30,000 entries (its load took a
        # quarter less CPU).
        return tuple.__new__, (type(self), tuple(self))


def _script(char: str) -> str:
    if "\u0590" <= char <= "\u05ff":
        return "hebrew"
    if "\u0600" <= char <= "\u06ff":
        return "arabic"
    if unicodedata.category(char) == "Lo" and not ("\u0900" <= char <= "\u0dff"):
        return "cjk"
    return "other"


# A word standing for a lone star may open a quotation: 'had held a "great call"'; the Arabic
# comma may close it, as around a day set off in the middle of a sentence ("وصل ساعر، الثلاثاء،
# إلى أستانا").
_LONE_WORD = r'"?\w+(?:-\w+)*،?'
# A gap, "*{m,n}" standing alone, is m to n such words ("נחת *{1,6} באסטנה", landed, then one
# to six words, then in Astana): what comes after the star, when a space comes before it.
_GAP = re.compile(r"\{(\d),(\d)\}(?= )")


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
    # A star standing alone between spaces is a whole word, which may be hyphenated
    # ("межправительственн* * комисси*": "межправительственной казахстанско-израильской
    # комиссии"); a gap is several. Greedy, a gap finds the most words it can, so a term's
    # longest hit at a start (the one `scan` keeps) is that of the longest enumerated form.
    pieces = rest.split("*")
    regex = ""
    for before, piece in zip([head, *pieces], pieces, strict=False):
        gap = _GAP.match(piece) if before.endswith(" ") else None
        if gap is not None:
            more = f"{{{int(gap[1]) - 1},{int(gap[2]) - 1}}}"
            regex += f"{_LONE_WORD}(?: {_LONE_WORD}){more}"
            piece = piece[gap.end() :]
        else:
            lone = before.endswith(" ") and piece.startswith(" ")
            regex += _LONE_WORD if lone else r"\w*"
        regex += re.escape(piece)
    regex += r"\w*" if pattern.endswith("*") else r"(?!\w)"
    return head, re.compile(regex), False


class Matcher:
    """Finds every vocabulary term in a normalised string."""

    def __init__(self) -> None:
        self._automaton = ahocorasick.Automaton()
        self._entries: dict[str, list[_Entry]] = {}
        self._frozen = False
        self._ranks = 1
        self._narrow: ahocorasick.Automaton | None = None  # see `_WIDE`; made on first use

    def __getstate__(self) -> dict:
        return {**self.__dict__, "_narrow": None}

    def _automaton_for(self, searched: str) -> ahocorasick.Automaton:
        """The automaton to run over a searchable text: without the keys in `_WIDE` letters
        when the text has none."""
        if not (searched.isascii() or _WIDE.search(searched) is None):
            return self._automaton
        if self._narrow is None:
            narrow = ahocorasick.Automaton()
            for key, value in self._automaton.items():
                if _WIDE.search(key) is None:
                    narrow.add_word(key, value)
            if len(narrow) == len(self._automaton) or not len(narrow):
                narrow = self._automaton  # nothing to leave out, or nothing left to run
            else:
                narrow.make_automaton()
            self._narrow = narrow
        return self._narrow

    def add(self, pattern: str, kind: str, key: str) -> None:
        head, tail, prefix = _compile(pattern)
        if len(head.lstrip("*")) < 2:
            return
        self._entries.setdefault(head, []).append(_Entry(tail, prefix, kind, key, (kind, key)))

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
            unique = dict.fromkeys(entries)
            if script == "other":
                unique = [e for e in unique if not _covered(key, e, merged)]
            if unique:
                self._automaton.add_word(key, _value(length, tuple(unique), script))
        if self._entries:
            self._automaton.make_automaton()
        self._frozen = True
        return self

    @classmethod
    def merged(cls, *parts: Matcher) -> Matcher | None:
        """One matcher that scans for the terms of several frozen ones in one pass and finds
        exactly what scanning with each in turn and sorting the hits together (`order`) finds:
        a term's hits sort after those of earlier parts at the same span. None where the parts
        cannot be merged so (a key of two parts matched differently, or a term in two parts)."""
        values: dict[str, tuple[int, list[_Entry], str]] = {}
        idents: dict[tuple[str, str], int] = {}
        for rank, part in enumerate(parts):
            if not part._entries:
                continue
            for key, (length, entries, script, _plain) in part._automaton.items():
                value = values.setdefault(key, (length, [], script))
                if value[0] != length or value[2] != script:
                    return None
                for entry in entries:
                    if idents.setdefault(entry.ident, rank) != rank:
                        return None
                    value[1].append(entry._replace(rank=rank))
        out = cls()
        out._ranks = len(parts)
        for key, (length, entries, script) in values.items():
            out._automaton.add_word(key, _value(length, tuple(entries), script))
        if values:
            out._automaton.make_automaton()
            out._entries = {"": []}  # not empty: `scan` runs the automaton
        out._frozen = True
        return out

    def finds_all(self, searched: str, keys: set[str]) -> bool:
        """Whether terms for every key occur in a `searchable` text, stopping once they do.

        Checks only where terms start, not how they end, so it may say yes where `scan` would
        find less; callers use it to rule texts out, never in.
        """
        missing = set(keys)
        for _end, (_size, entries, _script, _plain) in self._automaton_for(searched).iter(searched):
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
        found: list[list[tuple[int, int, tuple[str, str]]]] = [[] for _ in range(self._ranks)]
        keep = [part.append for part in found]
        length = len(text)
        isalnum = str.isalnum
        searched = searched or searchable(text)
        # A letter or digit of `text` is no space in `searched`, one place on: a word's end is
        # found there by str.find rather than a regex.
        next_space = searched.find
        clitic_read: set[int] = set()  # starts of words read after attached letters
        for end, (size, entries, script, plain) in self._automaton_for(searched).iter(searched):
            start = end - size  # the searched copy has one leading space
            if script == "other":  # most keys: no compound, clitic or CJK to see to
                word_goes_on = end < length and searched[end + 1] != " "
            else:
                if script == "compound":
                    # "luftverkehrsabkommen": the whole word, when it ends in a head word.
                    if start <= 0 or not isalnum(text[start - 1]):
                        continue
                    while start > 0 and isalnum(text[start - 1]):
                        start -= 1
                glued = script in _CLITICS and start > 0 and isalnum(text[start - 1])
                if glued and not _clitic_boundary(text, start, script):
                    continue
                if glued:
                    clitic_read.add(start)
                word_goes_on = end < length and isalnum(text[end]) and script != "cjk"
            if plain is not None:  # whole words only, the most common keys
                if not word_goes_on:
                    for ident, rank in plain:
                        keep[rank]((start, end, ident))
                continue
            for tail, prefix, _kind, _key, ident, rank in entries:
                if tail is not None:
                    match = tail.match(text, end)
                    if match is None:
                        continue
                    keep[rank]((start, match.end(), ident))
                elif prefix:
                    stop = next_space(" ", end + 1)
                    keep[rank]((start, length if stop < 0 else stop - 1, ident))
                elif not word_goes_on:
                    keep[rank]((start, end, ident))
        raw = found[0] if len(found) == 1 else [item for part in found for item in part]
        # By start, longest first (then by part, then as found): two stable sorts on C-level
        # keys beat one on a Python key function.
        raw.sort(key=_END, reverse=True)
        raw.sort(key=_START)
        reach: dict[tuple[str, str], int] = {}
        reached = reach.get
        out = []
        add = out.append
        for start, stop, ident in raw:
            if reached(ident, -1) > start:
                continue
            reach[ident] = stop
            add(make_hit((start, stop, *ident)))
        return _fewest_clitics(out, text, clitic_read) if clitic_read else out


def _value(length: int, entries: tuple[_Entry, ...], script: str) -> tuple:
    """What the automaton holds for a key: its length, entries and script, and the (ident, rank)
    of each entry when all of them match whole words only (no tail, no prefix), which `scan`
    then keeps without looking at each entry."""
    whole_words = all(e.tail is None and not e.prefix for e in entries)
    plain = tuple((e.ident, e.rank) for e in entries) if whole_words else None
    return (length, entries, script, plain)


def order(hits: list[Hit]) -> None:
    """Sort hits by start, longest first, keeping the order of equal spans (in place)."""
    hits.sort(key=_END, reverse=True)
    hits.sort(key=_START)


def _covered(key: str, entry: _Entry, merged: dict[str, tuple[int, list[_Entry], str]]) -> bool:
    """Whether a plain or stem entry of a space-separated key finds nothing that a stem entry
    of the same term under a shorter key ("kazak*" for "kazakhstan") does not find too: the
    same span, since the stem's word runs on through the rest of the longer key. Such entries
    are left out of the automaton (raw hits cost time; the duplicates were dropped anyway)."""
    if entry.tail is not None:
        return False
    cut = len(key)
    while cut > 3 and key[cut - 1].isalnum():
        cut -= 1
        shorter = merged.get(key[:cut])
        if (
            shorter is not None
            and shorter[2] == "other"
            and any(e.prefix and e.tail is None and e.ident == entry.ident for e in shorter[1])
        ):
            return True
    return False


# Builds a Hit from a (start, end, kind, key) tuple without the keyword-handling layer of
# NamedTuple's __new__ (the hottest line).
make_hit = functools.partial(tuple.__new__, Hit)
_START = operator.itemgetter(0)
_END = operator.itemgetter(1)


def _fewest_clitics(hits: list[Hit], text: str, read: set[int]) -> list[Hit]:
    """Without the terms read after letters that are themselves part of another term found in
    the same word: Arabic "بحث" (discussed) is no "ب" + "حث" (urged)."""
    return [
        hit for i, hit in enumerate(hits) if hit.start not in read or not _read_whole(hits, i, text)
    ]


def _read_whole(hits: list[Hit], i: int, text: str) -> bool:
    """Another term starts earlier in hit i's word and runs to the end of that word (or of the
    hit) at least: Hebrew "להגיע" (to arrive) read whole leaves no "הגיע לביקור" (arrived on a
    visit) in "להגיע לביקור"."""
    hit = hits[i]
    word = hit.start
    while word > 0 and text[word - 1].isalnum():
        word -= 1
    word_end = hit.start
    while word_end < hit.end and text[word_end].isalnum():
        word_end += 1
    for j in range(i - 1, -1, -1):  # in order of start: those of the word come right before
        other = hits[j]
        if other.start < word:
            return False
        if other.start < hit.start and other.end >= word_end and other[2:] != hit[2:]:
            return True
    return False


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
