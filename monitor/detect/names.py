"""Names the vocabulary does not know: "said Gary Koren", "Тасмагамбетов отметил".

Most officials quoted in the news are in no list. In scripts with capital letters a run of
capitalised words next to a speech verb is taken as the speaker's name, so that one speaker is
one statement and two speakers stay two.
"""

from __future__ import annotations

import re

from monitor.detect.matcher import Hit
from monitor.detect.normalize import normalize
from monitor.detect.sentences import Sentence
from monitor.detect.vocabulary import INSTITUTION_ROLES

# Runs of capitalised words (Latin, Cyrillic, Greek), hyphens and apostrophes inside, not
# after a letter or apostrophe. The first capital is matched before that look-behind, so the
# regex engine skips to capitals rather than trying every position (2.5x faster).
# Capitals of the Latin (with its accented letters: "Şakenov", "Łukasz"), Greek and Cyrillic
# scripts, Kazakh's own among them.
_CAPITALS = "".join(
    chr(c)
    for c in (*range(0x41, 0x5B), *range(0xC0, 0x250), *range(0x370, 0x530))
    if chr(c).isupper()
)
_CAPITAL, _REST = f"[{_CAPITALS}]", r"[\w'’-]{2,}(?:\s+|(?![\w'’-]))"
_RUN = re.compile(rf"{_CAPITAL}(?<![\w'’][\s\S]){_REST}(?:{_CAPITAL}{_REST}){{0,7}}")
_NAME_WORDS = 3  # a longer run is read three words at a time
# Letters of scripts without capitals (Hebrew, Arabic, Persian): names are found by titles there.
_CASELESS = re.compile(r"[\u0590-\u05ff\u0600-\u06ff]")
_CASELESS_WORD = re.compile(r"[\u0590-\u05ff\u0600-\u06ff'’\"-]{2,}")
_DEFINITE = re.compile(r"[وفبلك]?ال\w")  # an Arabic word with the article: no name
_NEXT_WORD = re.compile(r"\s*(\S+?)([,،.;:!?]*)(?=\s|$)")
_PREVIOUS_WORD = re.compile(r"(\S+?)[,،.;:!?]*\s*$")
_WORD = re.compile(r"[^\s]+")
_BEFORE = 70  # "Gary Koren, who oversees Kazakhstan, said"
_AFTER = 40  # "said Koren", "сказала Гальперин"
_ADJACENT = 3
_TITLE_REACH = 40  # a title, then countries and short words, then a name
_FIELD_AFTER_TITLE = 2  # the title's own field follows it at once
_CONJUNCTION = r"(?<!\w){conjunction}(?!\w)"
_LEADING = ("definite", "indefinite", "conjunction", "clause", "negation")
_POSSESSIVE = re.compile(r"['’]s$")
_SHORT_WORDS = re.compile(r"\s*(?:[\w'’]{1,3}\s+)*")  # "of", "в", "to": between a title and a name
_PLACE_PREPOSITION = r"(?<!\w){place_preposition}\s+$"
# "in the", "à l'"
_PLACE_PREPOSITION_ARTICLE = r"(?<!\w){place_preposition}\s+(?:\w{1,3}(?:\s+|['’]))?$"


def capitalised_names(s: Sentence) -> list[tuple[int, int, str]]:
    """Runs of capitalised words that are no country, place, month or known actor, with their
    (approximate) offsets in the normalised sentence; not the sentence's first word alone
    (worked out once a sentence, kept in it as a cached property is: do not change the list)."""
    found = s.__dict__.get(_KEPT)
    if found is None:
        found = s.__dict__[_KEPT] = _capitalised_names(s)
    return found


_KEPT = "_capitalised_names"


def _capitalised_names(s: Sentence) -> list[tuple[int, int, str]]:
    text, norm = s.text, s.norm
    if _CASELESS.search(norm):
        return _names_by_titles(s)
    at = _offsets(text, norm)
    out = []
    leading = s.grammar.words_of(_LEADING)
    for start, name in _runs(s):
        first, _, rest = name.partition(" ")
        if rest and first.lower() in leading:
            # "The Republican", "But Jamaat": a sentence's first word is no part of a name
            start, name = start + len(first) + 1, rest
        name = _POSSESSIVE.sub("", name)  # "Narendra Modi’s" is Narendra Modi
        a, b = at(start), at(start + len(name))
        if start == 0 and len(name.split()) == 1:
            continue
        if s.in_quote(a) or _known(s, a, b) or _in_title(s, a, b):
            continue
        if after_place_preposition(s, a):
            continue
        out.append((a, b, name))
    return out


def _runs(s: Sentence) -> list[tuple[int, str]]:
    found = s.__dict__.get(_KEPT_RUNS)  # read by every speech verb's speaker_name: found once
    if found is None:
        found = s.__dict__[_KEPT_RUNS] = _split_runs(s)
    return found


_KEPT_RUNS = "_capitalised_runs"


def _split_runs(s: Sentence) -> list[tuple[int, str]]:
    """Runs of capitalised words (text offset, words). A run is split at titles and countries,
    and what follows a title is a name of its own: "Israeli Ambassador Edgar Golan" and "Посол
    Израиля Эдгар Голан" hold "Edgar Golan"; "Үндістан Республикасының" (no title) holds
    nothing. A word all in capitals alone ("ASTANA. KAZINFORM -", a dateline) is no name."""
    text, norm = s.text, s.norm
    at = _offsets(text, norm)
    # Every word is checked against the titles, countries and bodies: their spans, once.
    titles = [(h.start - 2, h.end + 2) for h in s.kind("role")]
    countries = [(h.start, h.end) for h in _of_kinds(s, ("side", "third"))]
    bodies = [a for a, _ in s.bodies]
    out = []
    for match in _RUN.finditer(text):
        part: list[tuple[int, str]] = []
        # A title in small letters right before the run names it too: "посол Израиля Эдгар
        # Голан".
        split = titled = bool(titles) and _title_before(s, at(match.start()))
        for word in _WORD.finditer(text, match.start(), match.end()):
            a, b = at(word.start()), at(word.end())
            title = any(x <= a and b <= y for x, y in titles)  # as `_in_title` tells
            # The word is (part of) a country's name ("Israel" in "the State of Israel"), or of
            # a body, which splits a run as a country does: "депутат Кнессета Фаина Киршенбаум".
            country = not title and (
                any(x < b and a < y for x, y in countries) or any(a - 2 <= x < b for x in bodies)
            )
            if not title and not country:
                part.append((word.start(), word.group()))
                continue
            if part and (titled or not split) and not title:
                out += _pieces(text, part)  # not "Tourism" in "Tourism Committee": the title's
            part = []
            split, titled = True, titled or title
        if part and (titled or not split):
            out += _pieces(text, part)
    return out


def _pieces(text: str, part: list[tuple[int, str]]) -> list[tuple[int, str]]:
    out = []
    for n in range(0, len(part), _NAME_WORDS):
        piece = part[n : n + _NAME_WORDS]
        if len(piece) > 1 or not piece[0][1].isupper():
            first, last = piece[0][0], piece[-1][0] + len(piece[-1][1])
            out.append((first, text[first:last]))
    return out


def _offsets(text: str, norm: str):
    """Text offset -> offset in the normalised text: the same where normalising kept the length,
    else measured ("Außenministeriums" is "aussenministeriums", one letter longer)."""
    if len(text) == len(norm):
        return lambda i: i
    return lambda i: len(normalize(text[:i] + "x")) - 1


def _names_by_titles(s: Sentence) -> list[tuple[int, int, str]]:
    """In a script without capitals (Hebrew, Arabic, Persian), the words a title's name can
    only be: two or three unknown words right after the title and the country that qualifies
    it ("שר החקלאות הישראלי דן אורן נפגש"), or right before a comma and the title ("دان اورن،
    وزير كشاورزي اسرائيل")."""
    norm = s.norm
    spans = sorted((h.start, h.end) for h in s.hits)
    # Words the grammar lists ("خلال", during; "כי", that) are no names: they bound one.
    spans += [(m.start(), m.end()) for m in _stops(s).finditer(norm)]
    out = []
    titles = s.__dict__.setdefault(_KEPT_TITLES, {})
    for title in s.kind("role"):
        pos = title.end
        # past the countries and bodies that qualify the title, and short words between them:
        # "הישראלי", "سفير إسرائيل لدى كازاخستان"
        country = False
        while True:
            word = _NEXT_WORD.match(norm, pos)
            field = word and not country and _DEFINITE.match(word.group(1))
            kind = word and _qualified(s, title, word)
            if kind or field:
                pos = word.end()  # "وزيرة الصحة الكازاخستانية": the title's field and country
                country = country or kind in ("side", "third")
                continue
            after = word and len(word.group(1)) <= 3 and _NEXT_WORD.match(norm, word.end())
            if after and _qualified(s, title, after):
                pos = after.end()
                continue
            break
        found = [_unknown_words(norm, spans, pos, forward=True)]
        before = norm[: title.start].rstrip()
        if before.endswith((",", "،")):
            found.append(_unknown_words(norm, spans, len(before) - 1, forward=False))
        for words in found:
            if (
                words
                and _NEXT_WORD.match(norm, words[-1][1])
                and _starts_in(s, words[-1][1] + 1, words[-1][1] + 2, ("actor",))
            ):
                break  # "الرئيس قاسم جومارت توكاييف": a known person's first names
            if 2 <= len(words) <= _NAME_WORDS:
                a, b = words[0][0], words[-1][1]
                out.append((a, b, norm[a:b]))
                titles.setdefault(a, (title.start, title.end))
                break
    return sorted(set(out))


def caseless_title(s: Sentence, start: int) -> tuple[int, int] | None:
    """The span of the title a name found by its title (see `_names_by_titles`) belongs to."""
    capitalised_names(s)
    return s.__dict__.get(_KEPT_TITLES, {}).get(start)


_KEPT_TITLES = "_caseless_titles"


def _stops(s: Sentence) -> re.Pattern[str]:
    roles = "|".join(f"{{{role}}}" for role in sorted(s.grammar.words))
    return s.grammar.compile(rf"(?<!\S)(?:{roles})(?![^\s,،.;:!?])")


def _qualified(s: Sentence, title: Hit, word: re.Match[str]) -> str | None:
    """The kind of the country, body or field the word is (part of) that qualifies the title."""
    return next(
        (
            h.kind
            for h in s.hits
            if h.start < word.end(1)
            and word.start(1) < h.end
            and (h.start, h.end) != (title.start, title.end)
            and h.kind in ("side", "third", "role", "subject")
        ),
        None,
    )


def _unknown_words(
    norm: str, spans: list[tuple[int, int]], pos: int, forward: bool
) -> list[tuple[int, int]]:
    """Up to three caseless words from `pos` that no hit touches, up to punctuation."""
    words: list[tuple[int, int]] = []
    pattern = _NEXT_WORD if forward else _PREVIOUS_WORD
    while len(words) <= _NAME_WORDS:
        word = pattern.match(norm, pos) if forward else pattern.search(norm, 0, pos)
        if not word or not _CASELESS_WORD.fullmatch(word.group(1)):
            break
        a, b = word.start(1), word.end(1)
        if any(x < b and a < y for x, y in spans):
            break
        words.append((a, b))
        pos = word.end() if forward else word.start()
        if forward and word.group(2).strip():
            break  # punctuation after the word ends the name
    words.sort()
    return words if len(words) <= _NAME_WORDS else []


def _title_before(s: Sentence, start: int) -> bool:
    """A title ends right before `start`, or before countries and short words that lead to it
    ("Ambassador to Israel Satybaldy", "посол Казахстана в Израиле Сатыбалды")."""
    return any(
        0 <= start - title.end <= _TITLE_REACH
        and countries_between(s, title.end, start) is not None
        for title in s.kind("role")
    )


def countries_between(s: Sentence, start: int, end: int) -> int | None:
    """How many countries and known bodies stand between `start` and `end` (a title and a name)
    if only they and short words do ("of Israel", "Казахстана в Израиле", "Кнессета"); None if
    anything else stands there."""
    if s.grammar.compile(_CONJUNCTION).search(s.norm, start, end):
        return None  # "Heads of State and Government of the African Union": another title joined
    gap = list(s.norm[start:end])
    # A country may run on past `end`: "of the State of | Israel Alon", a run starting at "Israel".
    countries = [
        (h.start, min(h.end, end))
        for h in _of_kinds(s, ("side", "third"))
        if start <= h.start < end
    ]
    # A body between them names whose office: "депутат Кнессета Фаина", "member of the Mazhilis",
    # "Deputy Director General of Israel's Foreign Ministry Zvi".
    bodies = [(a, b) for a, b in s.bodies if start <= a and b <= end] + [
        (h.start, h.end)
        for h in s.kind("role")
        if h.key in INSTITUTION_ROLES and start <= h.start and h.end <= end
    ]
    # The office's own field: "министр здравоохранения Казахстана Акмарал", "minister zdrowia".
    fields = [
        (h.start, h.end)
        for h in s.kind("subject")
        if start <= h.start and h.end <= end and h.start - start <= _FIELD_AFTER_TITLE
    ]
    for a, b in countries + bodies + fields:
        gap[a - start : b - start] = " " * (b - a)
    if not _SHORT_WORDS.fullmatch("".join(gap)):
        return None
    return len(countries) or len(bodies)


def _starts_in(s: Sentence, start: float, end: float, kinds: tuple[str, ...]) -> bool:
    """Whether a hit of one of `kinds` starts in the span (or just before it)."""
    return any(start - 2 <= h.start < end for h in _of_kinds(s, kinds))


def speaker_name(s: Sentence, pos: int, end: int) -> tuple[str, int, int] | None:
    """The capitalised name next to the speech verb at `pos`:`end` (normalised offsets), outside
    quotes, with its normalised span; or None."""
    text, norm = s.text, s.norm
    at = _offsets(text, norm)
    best: tuple[int, tuple[str, int, int]] | None = None
    for start, name in _runs(s):
        a, b = at(start), at(start + len(name))
        if start == 0 and len(name.split()) == 1 and b < pos:
            continue  # a sentence's first word is capitalised anyway
        if s.in_quote(a) or _known(s, a, b) or after_place_preposition(s, a):
            continue
        if b <= pos + 2:
            distance = pos - b
            if distance > _BEFORE:
                continue
        elif a >= end - 2:
            distance = a - end
            if distance > _AFTER:
                continue
        else:
            continue
        if len(name.split()) < 2 and distance > _ADJACENT:
            continue  # one capitalised word is a name only right by the verb: "said Koren"
        if best is None or distance < best[0]:
            best = (distance, (name, a, b))
    return best[1] if best else None


def after_place_preposition(s: Sentence, start: int, article: bool = False) -> bool:
    """Whether a preposition of place stands right before `start` ("на Ближнем Востоке"), or
    with `article` one and a short word ("in the Kazakhstan city of")."""
    if article:
        found = s.grammar.compile(_PLACE_PREPOSITION_ARTICLE).search(
            s.norm, max(0, start - 12), start
        )
    else:
        found = s.grammar.compile(_PLACE_PREPOSITION).search(s.norm[max(0, start - 6) : start])
    return bool(found)


def _in_title(s: Sentence, start: float, end: float) -> bool:
    """Whether the capitalised run is part of a title ("Premier" in "Premier ministre")."""
    return any(h.start - 2 <= start and end <= h.end + 2 for h in s.kind("role"))


def _known(s: Sentence, start: float, end: float) -> bool:
    """Whether the span holds, or is part of, a name the matcher knows (a country, place,
    person of a third country, month or weekday): not an unknown speaker ("Vance" of the
    known "JD Vance", whose "JD" is too short to open a run)."""
    kinds = ("side", "third", "month", "weekday", "actor")
    return _starts_in(s, start, end, kinds) or any(
        h.start < start < h.end for h in _of_kinds(s, kinds)
    )


def _of_kinds(s: Sentence, kinds: tuple[str, ...]) -> list[Hit]:
    """The sentence's hits of these kinds (the checks above run once a word: the few hits of
    a kind, not every hit)."""
    if len(kinds) == 1:
        return s.kind(kinds[0])
    return [h for kind in kinds for h in s.by_kind.get(kind, ())]
