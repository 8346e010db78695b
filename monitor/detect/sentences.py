"""An article as a list of analysed sentences: hits, sides named, clauses and dates."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from monitor.detect import boilerplate
from monitor.detect.dates import DATE_KINDS, DateMention, find_dates
from monitor.detect.grammar import Grammar
from monitor.detect.lexicon import Lexicon
from monitor.detect.matcher import Hit, make_hit, searchable
from monitor.detect.normalize import ABBREVIATION, DAY_DOT, normalize, split_sentences
from monitor.detect.vocabulary import SIDES

STRONG, WEAK = 1.0, 0.5
# Punctuation, a dash, or a word that opens a clause (`clause` in the language files).
CLAUSE_BREAK = r"[,;:()\"]| - |\b{clause}\b"
_EMPTY = Grammar({}, {})


_QUOTED = re.compile(r'"[^"]*"')
QUOTED_SENTENCES = 8  # how many sentences on a quotation may close
_STAMP_SENTENCES = 1  # the title and the text's first sentence
# A page's date stamp: a machine date after a label word at most ("date 2025-11-07"), or a
# date in digits alone or after a label and a colon ("25.12.2002", "Дата: 07/11/2025"); not
# "On 12.03.2026 the ministers met", whose date is the news's.
_STAMP = re.compile(
    r"\s*(?:[^\W\d_]+:?\s+)?\d{4}-\d\d(?:-\d\d)?"
    r"|\s*(?:[^\W\d_]+:\s+)?\d{1,2}[./]\d{1,2}[./]\d{2,4}"
)
_FRONTED_GAP = 2  # a date phrase set before the clause it dates, with a comma


@dataclass
class Sentence:
    """One sentence (or the title) with everything the rules look at."""

    index: int
    para: int
    text: str
    norm: str
    hits: list[Hit]
    is_title: bool
    sides: dict[str, float] = field(default_factory=dict)
    topic_only: set[str] = field(default_factory=set)  # sides named only through a topic
    thirds: set[str] = field(default_factory=set)
    is_list: bool = False
    published: date | None = None  # set by resolve_dates: the day dates resolve against
    formers: set[str] = field(default_factory=set)  # set by the rules: people named as former
    bodies: list[tuple[int, int]] = field(default_factory=list)  # spans of known institutions
    lang: str | None = None  # the article's language
    # A quotation of several sentences: this one opens inside it (`carried`), or opens one
    # that runs on past its end (`runs_on`); set by `analyse` where the quotation closes.
    carried: bool = False
    runs_on: bool = False

    by_key: dict[tuple[str, str], list[Hit]] = field(default_factory=dict)
    by_kind: dict[str, list[Hit]] = field(default_factory=dict)
    grammar: Grammar = _EMPTY  # the function words of every language, shared

    def __post_init__(self) -> None:
        # Built once here: every rule looks hits up by (kind, key) or by kind, many times.
        by_key, by_kind = self.by_key, self.by_kind
        for hit in self.hits:
            kind = hit[2]
            by_key.setdefault((kind, hit[3]), []).append(hit)
            by_kind.setdefault(kind, []).append(hit)

    @cached_property
    def dates(self) -> list[DateMention]:
        """The sentence's dates, resolved against `published` (found on first use: most
        sentences never need theirs); a clause about the future makes them point forward."""
        if self.published is None:
            return []
        kinds = DATE_KINDS.intersection(self.by_kind)
        forward = {hit.start for kind in kinds for hit in self.by_kind[kind] if self._ahead(hit)}
        found = find_dates(self.norm, self.hits, self.published, forward, self.grammar)
        if self.index > _STAMP_SENTENCES:
            return found
        # "2025-11-07 Kazakhstan joined ...", "date 25.12.2002 ...": a page's date stamp opening
        # the title or the text tells when it was posted, not when what follows happened.
        return [m._replace(excluded=True) if self.stamp(m) else m for m in found]

    def stamp(self, mention: DateMention) -> bool:
        """The date is a page's stamp opening the sentence (see `_STAMP`)."""
        return self.index <= _STAMP_SENTENCES and bool(_STAMP.fullmatch(self.norm, 0, mention.end))

    @property
    def stamped(self) -> bool:
        """The sentence opens with a page's date stamp (set aside from its dates)."""
        return any(m.excluded and self.stamp(m) for m in self.dates)

    @cached_property
    def quoted(self) -> list[tuple[int, int]]:
        """Where quotations stand in `norm` (quote marks are normalised to '"'), with the part
        of a quotation of several sentences that stands in this one."""
        norm, spans, start = self.norm, [], 0
        if self.carried:
            start = norm.find('"') + 1 or len(norm)
            spans.append((0, start))
        spans += [m.span() for m in _QUOTED.finditer(norm, start)]
        if self.runs_on:
            spans.append((norm.rfind('"'), len(norm)))
        return spans

    def in_quote(self, pos: int) -> bool:
        return self.quotation_at(pos) is not None

    def quotation_at(self, pos: int) -> tuple[int, int] | None:
        """The (start, end) of the quotation `pos` stands in; None outside one."""
        return next(((a, b) for a, b in self.quoted if a <= pos < b), None)

    @cached_property
    def breaks(self) -> list[int]:
        return [m.start() for m in self.grammar.compile(CLAUSE_BREAK).finditer(self.norm)]

    def cue(self, label: str) -> list[Hit]:
        return self.by_key.get(("cue", label), [])

    def has(self, label: str) -> bool:
        return ("cue", label) in self.by_key

    def background(self) -> list[Hit]:
        """Words that tell history ("recall that", "the last visit"), and a past perfect no
        speech verb before it reports ("the two had signed"; not "Trump said the three had
        held a call", where the tense only follows the speech verb's)."""
        speech = self.cue("speech")
        told = [h for h in self.cue("past_perfect") if not any(c.end <= h.start for c in speech)]
        return self.cue("background") + told

    def kind(self, kind: str) -> list[Hit]:
        return self.by_kind.get(kind, [])

    def clause(self, pos: int) -> tuple[int, int]:
        """The (start, end) of the clause holding offset `pos`."""
        i = bisect.bisect_right(self.breaks, pos)
        start = self.breaks[i - 1] if i > 0 else 0
        end = self.breaks[i] if i < len(self.breaks) else len(self.norm)
        return start, end

    def _ahead(self, date_hit: Hit) -> bool:
        """The date is in a clause about the future, going by the tense word nearest to it:
        "will arrive on Tuesday", not "met on Tuesday to discuss the upcoming visit"."""
        start, end = self.clause(date_hit.start)
        # Between commas first: "will arrive on Tuesday, the embassy said" is about Tuesday.
        near = (
            max(start, self.norm.rfind(",", 0, date_hit.start) + 1),
            min(end, _find(self.norm, ",", date_hit.end)),
        )
        spans = [near, (start, end)]
        # "On Tuesday, the speaker will visit ...": a date fronted, set off by punctuation; not
        # one that ends a clause a clause word goes on from ("signed on Tuesday that will ...").
        if (
            end - date_hit.end <= _FRONTED_GAP
            and end < len(self.norm)
            and not self.norm[end].isalpha()
        ):
            spans.append(self.clause(end))
        for lo, hi in spans:
            tense = self._nearest_tense(date_hit, lo, hi)
            if tense is not None:
                return tense
        # "will spend a day in Baku before flying to Astana, the capital, for meetings on
        # Wednesday": a clause with no tense of its own on a journey goes with the tense the
        # journey is told in; not past a speech verb ("ahead of the visit next week, X wrote on
        # Wednesday that ...").
        said = max((h.end for h in self.cue("speech") if h.end <= date_hit.start), default=0)
        if any(said <= h.start < date_hit.start for h in self.journey()):
            return bool(self._nearest_tense(date_hit, said, date_hit.start))
        return False

    def _nearest_tense(self, date_hit: Hit, lo: int, hi: int) -> bool | None:
        """Whether the tense word between `lo` and `hi` nearest to the date speaks of the
        future; None when there is none."""
        tenses = [
            (abs(h.start - date_hit.start), label == "past")
            for label in ("future", "starting", "past")
            for h in self.cue(label)
            if lo <= h.start < hi
        ]
        return not min(tenses)[1] if tenses else None

    def journey(self) -> list[Hit]:
        """The words of a visit, a trip or an arrival."""
        return self.cue("visit") + self.cue("trip") + self.cue("arrive")

    def looks_ahead(self) -> bool:
        """Whether the sentence tells of what is to come: a future word, or a starting word
        with no date on or before the day of publication ("from June", not "from today")."""
        if self.has("future"):
            return True
        if not self.has("starting"):
            return False
        day = self.published.isoformat() if self.published else ""
        dates = [d.value for d in self.dates]
        return not dates or any(value > day[: len(value)] for value in dates)

    def told_in_past(self, *besides: str) -> bool:
        """A past tense word that is no part of a cue of `besides` ("said" in a speech verb:
        who reports it; Persian "خواهد کرد", will do, ends in the past stem "کرد")."""
        other = [h for label in besides for h in self.cue(label)]
        return any(
            not any(h.start < p.end and p.start < h.end for h in other) for p in self.cue("past")
        )

    def in_clause(self, pos: int, label: str) -> bool:
        start, end = self.clause(pos)
        return any(start <= h.start < end for h in self.cue(label))


@dataclass(frozen=True)
class Prepared:
    """An article split into title and sentences, normalised, joined and made searchable once."""

    pieces: list[tuple[int, str]]
    norms: list[str]
    joined: str
    searched: str


def prepare(title: str, text: str, grammar: Grammar = _EMPTY) -> Prepared:
    """Split (knowing `grammar`'s abbreviations) and normalise the title and body; the gate and
    the full scan share the result."""
    pieces = [(-1, title.strip())] if title and title.strip() else []
    pieces += split_sentences(text or "", grammar.compile(ABBREVIATION), grammar.compile(DAY_DOT))
    norms = [normalize(piece) for _, piece in pieces]
    # One scan over all sentences (joined by line breaks) costs less than one scan each.
    joined = "\n".join(norms)
    return Prepared(pieces, norms, joined, searchable(joined))


def analyse(
    lexicon: Lexicon,
    title: str,
    text: str,
    list_countries: int,
    prepared: Prepared | None = None,
    lang: str | None = None,
) -> list[Sentence]:
    """Split, normalise and scan the title and body (in language `lang`); mark the sides and
    lists in each."""
    prepared = prepared or prepare(title, text, lexicon.grammar(None))
    pieces, norms = prepared.pieces, prepared.norms
    starts, ends, offset = [], [], 0
    for norm in norms:
        starts.append(offset)
        offset += len(norm)
        ends.append(offset)
        offset += 1
    per_sentence: list[list[Hit]] = [[] for _ in norms]
    grammar = lexicon.grammar(lang)
    sentence_at = bisect.bisect_right
    for start, end, kind, key in lexicon.scan(prepared.joined, prepared.searched, lang):
        i = sentence_at(starts, start) - 1
        if end <= ends[i]:  # a phrase may not run across two sentences
            base = starts[i]
            per_sentence[i].append(make_hit((start - base, end - base, kind, key)))
    out: list[Sentence] = []
    for (para, piece), norm, hits, own in zip(
        pieces, norms, per_sentence, boilerplate.keep(pieces, norms, per_sentence), strict=True
    ):
        if own:
            sentence = Sentence(len(out), para, piece, norm, hits, para == -1)
            sentence.grammar, sentence.lang = grammar, lang
            _mark_sides(sentence, lexicon, list_countries)
            out.append(sentence)
    _mark_quotations(out)
    return out


def _mark_quotations(sentences: list[Sentence]) -> None:
    """Mark the quotations that run over several sentences: one opened by an odd quote mark
    and closed by the next sentence with one, a few sentences on (a stray mark closes none)."""
    opened: Sentence | None = None
    for s in sentences:
        if s.is_title or s.norm.count('"') % 2 == 0:
            continue
        if opened is not None and s.index - opened.index <= QUOTED_SENTENCES:
            opened.runs_on = True
            for inner in sentences[opened.index + 1 : s.index + 1]:
                inner.carried = True
            opened = None
        else:
            opened = s


_CONFLICT_PARTIES = frozenset({"PS"})


def _mark_sides(sentence: Sentence, lexicon: Lexicon, list_countries: int) -> None:
    sides: dict[str, float] = {}
    named: set[str] = set()
    thirds: set[str] = set()
    for hit in sentence.hits:
        if hit.kind == "side":
            sides[hit.key] = STRONG
            named.add(hit.key)
        elif hit.kind == "actor":
            actor = lexicon.actors[hit.key]
            if actor.kind == "institution":
                sentence.bodies.append((hit.start, hit.end))
            if actor.country in SIDES:
                weight = WEAK if actor.kind in ("place", "topic") else STRONG
                sides[actor.country] = max(sides.get(actor.country, 0.0), weight)
                if actor.kind != "topic":
                    named.add(actor.country)
            else:
                thirds.add(actor.country)
        elif hit.kind == "third":
            thirds.add(hit.key)
    sentence.sides, sentence.thirds = sides, thirds
    sentence.topic_only = set(sides) - named
    # A topic (the Abraham Accords for Israel) names no country of a list; nor does Gaza or
    # Hamas, the other party of Israel's wars, which most news on Israel names as its subject
    # ("condemned the Israeli strike on Hamas leaders in Doha, Qatar" lists no countries).
    sentence.is_list = len(thirds - _CONFLICT_PARTIES) + len(named) >= list_countries


def resolve_dates(sentences: list[Sentence], published: date) -> None:
    """Let every sentence's dates resolve against the publication day (on first use)."""
    for sentence in sentences:
        sentence.published = published
        sentence.__dict__.pop("dates", None)


def _find(text: str, sub: str, start: int) -> int:
    """str.find, with the text's end for "not found"."""
    at = text.find(sub, start)
    return len(text) if at < 0 else at
