"""Group the events that articles report into developments, whatever order the articles came in.

An article's detected event is a `Report`. Reports of one development come from outlets in
several languages, a day apart across time zones, at day or month precision, and at successive
stages (signed → ratified → in force; a planned visit, then the visit). `cluster()` groups a
family's reports into developments deterministically: reports are taken in a canonical order
(publication time, then article id) and each joins the closest development all of whose reports
it is compatible with, or starts one. So the same reports give the same developments, with the
same keys, whatever order they arrived in. `canonical()` is what a development's reports say
together: its type, date and fields.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from functools import lru_cache
from typing import Any

from anyascii import anyascii

WINDOW_DAYS = 2  # reports of one day from several time zones fall a day or two apart
STAGE_YEARS = 1  # later stages of one development follow within about a year
UNDATED_DAYS = 365  # an undated report is about something in the year before it was published

_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
# Fields that say *which* development a report is about, per type.
IDENTITY: dict[str, tuple[str, ...]] = {
    "agreement_signed": ("subject", "instrument"),
    "visa_travel": ("subject",),
    "official_visit": ("visitor",),
    "visit_planned": ("visitor",),
    "talks": ("format",),
    "multilateral": ("framework",),
    "economic": ("sector",),
    "statement": ("speaker",),
    "tension": ("speaker",),
}
_PEOPLE = frozenset({"visitor", "speaker"})
_WILDCARDS = {"subject": "other", "sector": "other"}
# How outlets name one document differently: a memorandum is one, an agreement or treaty another.
_INSTRUMENTS = {
    "memorandum_of_intent": "memorandum", "memorandum_of_understanding": "memorandum",
    "agreement": "agreement", "treaty": "agreement",
}  # fmt: skip
_STAGES = {"signed": 1, "ratified": 2, "in_force": 3}
_SLUG = re.compile(r"[^a-z0-9]+")
_PARENS = re.compile(r"\(([^()]*)\)")


def family(kind: str) -> str:
    """Types one development can move between share a family: a planned visit is made."""
    return "visit" if kind in ("visit_planned", "official_visit") else kind


@dataclass(frozen=True)
class Report:
    """One detected event of one article: what the article says about a development."""

    article: str
    seq: int
    type: str
    date: str | None
    precision: str | None
    fields: Mapping[str, Any] = field(default_factory=dict)
    published: str | None = None  # ISO 8601, for the canonical order and undated reports

    @property
    def order(self) -> tuple[bool, str, str, int]:
        """The canonical order: by publication, undated last, then article and position."""
        return (self.published is None, self.published or "", self.article, self.seq)


@dataclass
class Development:
    """A cluster of reports: one development. `reports` are in canonical order."""

    reports: list[Report]
    # One report per distinct content: the reports a newcomer must be compatible with.
    distinct: dict[tuple, Report] = field(default_factory=dict, repr=False)

    def add(self, report: Report) -> None:
        self.reports.append(report)
        self.distinct.setdefault(_content(report), report)

    @property
    def anchor(self) -> Report:
        return self.reports[0]

    @property
    def key(self) -> str:
        return development_key(self.anchor)


def development_key(anchor: Report) -> str:
    """A development's key, from its first report: family, identity, date and article."""
    kind = family(anchor.type)
    parts = [_slug(anchor.fields.get(name))[:40] or "any" for name in IDENTITY.get(anchor.type, ())]
    digest = hashlib.sha1(anchor.article.encode()).hexdigest()[:8]
    return ":".join([kind, *parts, anchor.date or "undated", digest])


def cluster(reports: Iterable[Report], window: int = WINDOW_DAYS) -> list[Development]:
    """The developments the reports make; the same for any order of the same reports."""
    developments: list[Development] = []
    # Developments by their first report's family and year: a report can only join one whose
    # reports all fall within a couple of years of its own date (undated: of its publication).
    by_year: dict[tuple[str, int | None], list[int]] = {}
    for report in sorted(reports, key=lambda r: r.order):
        kind = family(report.type)
        year = _year(report.date or report.published)
        near = [by_year.get((kind, None), [])]
        if year is not None:
            near += [by_year.get((kind, y), []) for y in range(year - 2, year + 3)]
        best, best_score = None, None
        for number in sorted(n for bucket in near for n in bucket):
            development = developments[number]
            others = development.distinct.values()
            if not all(_compatible(report, other, window) for other in others):
                continue
            score = _affinity(report, development)
            if best_score is None or score > best_score:
                best, best_score = development, score
        if best is None:
            best = Development([])
            by_year.setdefault((kind, _year(report.date)), []).append(len(developments))
            developments.append(best)
        best.add(report)
    return developments


def _year(value: str | None) -> int | None:
    try:
        return int(value[:4]) if value else None
    except ValueError:
        return None


def _content(report: Report) -> tuple:
    """What compatibility depends on: reports alike in it are alike to every other report."""
    fields = report.fields
    return (
        report.type, report.date, report.precision, report.published if not report.date else None,
        *(_hashable(fields.get(name)) for name in IDENTITY.get(report.type, ())),
        fields.get("stage"), fields.get("status"), fields.get("visitor_role"),
    )  # fmt: skip


@dataclass(frozen=True)
class Canonical:
    """What a development's reports say together: type, date and fields at its latest stage."""

    type: str
    date: str | None
    precision: str | None
    fields: dict[str, Any]
    source: Report  # the report whose date it is


def canonical(development: Development) -> Canonical:
    """The most advanced stage reported; its sharpest date most reports give (ties: earliest),
    or the day before it when some reports give that: outlets in later time zones, and those
    that date an event by their own publication, put it a day late, never a day early."""
    top = max(rank(report) for report in development.reports)
    latest = [report for report in development.reports if rank(report) == top]
    dated = [report for report in latest if report.date]
    if dated:
        sharpest = max(_PRECISION_RANK.get(r.precision or "", -1) for r in dated)
        dated = [r for r in dated if _PRECISION_RANK.get(r.precision or "", -1) == sharpest]
        counts = Counter(report.date for report in dated)
        day = min(counts, key=lambda value: (-counts[value], value))
        if sharpest == _PRECISION_RANK["day"]:
            before = (date.fromisoformat(day) - timedelta(days=1)).isoformat()
            day = before if before in counts else day
        source = next(report for report in dated if report.date == day)
    else:
        source = latest[0]
    fields: dict[str, Any] = {}
    names = dict.fromkeys(name for report in latest for name in report.fields)
    for name in names:
        values = [report.fields.get(name) for report in latest]
        values = [value for value in values if value is not None]
        # A visitor told by title only ("Foreign Minister") where others name him: the name
        named = [v for r in latest if (v := r.fields.get(name)) not in (None, _title_of(r, name))]
        if named and len(named) < len(values):
            values = named
        if values:
            prefer = source.fields.get(name)
            fields[name] = _most_common(values, prefer=prefer if prefer in values else None)
    return Canonical(source.type, source.date, source.precision, fields, source)


def rank(report: Report) -> int:
    """How far along its development a report is: stages of an instrument, a visit made."""
    if report.type == "agreement_signed":
        return _STAGES.get(str(report.fields.get("stage") or "signed"), 1)
    if report.type == "visa_travel":
        return 1 if report.fields.get("status") == "in_force" else 0
    if report.type == "official_visit":
        return 1
    return 0


def advances(report: Report, top: int, sharpest: str | None) -> bool:
    """Whether a report moves a development on: a later stage, or a sharper date at its stage."""
    if rank(report) != top:
        return rank(report) > top
    return bool(report.date) and sharper(report.precision, sharpest)


def sharper(precision: str | None, than: str | None) -> bool:
    return _PRECISION_RANK.get(precision or "", -1) > _PRECISION_RANK.get(than or "", -1)


# --- compatibility -------------------------------------------------------------------------


def _compatible(a: Report, b: Report, window: int) -> bool:
    return _same_identity(a, b) and _dates_fit(a, b, window)


def _same_identity(a: Report, b: Report) -> bool:
    for name in IDENTITY.get(a.type, ()):
        x, y = a.fields.get(name), b.fields.get(name)
        if name in _PEOPLE:
            if not _same_person(x, y, a.fields, b.fields):
                return False
            continue
        if name == "instrument":
            x, y = _INSTRUMENTS.get(x, x), _INSTRUMENTS.get(y, y)
        sx, sy = _slug(x), _slug(y)
        wildcard = _WILDCARDS.get(name)
        if not sx or not sy or sx == sy or wildcard in (sx, sy):
            continue
        return False
    return True


def _dates_fit(a: Report, b: Report, window: int) -> bool:
    ra, rb = rank(a), rank(b)
    if ra > rb:
        a, b, ra, rb = b, a, rb, ra  # a is the earlier stage
    if not a.date or not b.date:
        return _undated_fits(a, b, window)
    first, last = _span(a.date), _span(b.date)
    if first is None or last is None:
        return False
    if ra < rb:
        # A later stage comes after the earlier one, and within about a year of it.
        return last[1] >= first[0] - timedelta(days=window) and (
            last[0].year - first[1].year <= STAGE_YEARS
        )
    if a.type == "visit_planned" and b.type == "visit_planned":
        return first[0].year == last[0].year or _overlap(first, last, window)
    return _overlap(first, last, window)


def _undated_fits(a: Report, b: Report, window: int) -> bool:
    undated, dated = (a, b) if not a.date else (b, a)
    if not dated.date or not undated.published:
        return True
    span, published = _span(dated.date), _day(undated.published)
    if span is None or published is None:
        return True
    return _overlap(span, (published - timedelta(days=UNDATED_DAYS), published), window)


def _overlap(a: tuple[date, date], b: tuple[date, date], window: int) -> bool:
    slack = timedelta(days=window)
    return a[0] <= b[1] + slack and b[0] <= a[1] + slack


def _affinity(report: Report, development: Development) -> tuple[int, int]:
    """Prefer the development that names the same people and things, then the nearest date."""
    anchor = development.anchor
    same = sum(
        1
        for name in IDENTITY.get(report.type, ())
        if _slug(report.fields.get(name)) and
        _slug(report.fields.get(name)) == _slug(anchor.fields.get(name))
    )  # fmt: skip
    gaps = [_gap(report.date, other.date) for other in development.distinct.values()]
    return same, -min(gaps)


def _gap(a: str | None, b: str | None) -> int:
    sa, sb = _span(a) if a else None, _span(b) if b else None
    if sa is None or sb is None:
        return 10_000
    if sa[0] <= sb[1] and sb[0] <= sa[1]:
        return 0
    return min(abs((sa[0] - sb[1]).days), abs((sb[0] - sa[1]).days))


@lru_cache(maxsize=8192)
def _span(value: str) -> tuple[date, date] | None:
    """First and last day of "YYYY-MM-DD" | "YYYY-MM" | "YYYY"."""
    try:
        parts = [int(part) for part in value[:10].split("-")]
        if len(parts) == 1:
            return date(parts[0], 1, 1), date(parts[0], 12, 31)
        if len(parts) == 2:
            start = date(parts[0], parts[1], 1)
            following = date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1)
            return start, following - timedelta(days=1)
        day = date(parts[0], parts[1], parts[2])
    except (ValueError, IndexError):
        return None
    return day, day


def _day(value: str) -> date | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
    except ValueError:
        return None


# --- names across languages and spellings --------------------------------------------------


def _same_person(x: Any, y: Any, fx: Mapping[str, Any], fy: Mapping[str, Any]) -> bool:
    """One person or body under two spellings: Tokayev, Токаев, Тоқаев; or a role and its holder."""
    if not x or not y:
        return True
    nx, ny = _person(x), _person(y)
    if nx == ny:
        return True
    if nx[1] and ny[1] and nx[1] != ny[1]:
        return False  # different countries
    if nx[0] and ny[0] and nx[0][-1] == ny[0][-1]:
        return _first_names_agree(nx[0], ny[0])
    # A role named without its holder ("Prime Minister") is the holder of that role.
    role_x, role_y = _slug(fx.get("visitor_role")), _slug(fy.get("visitor_role"))
    only_role = _slug(_name_part(x)) == role_x or _slug(_name_part(y)) == role_y
    return bool(only_role and role_x and role_x == role_y)


def _first_names_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    if len(a) < 2 or len(b) < 2:
        return True
    return a[0][:1] == b[0][:1] or a[0] == b[0]


@lru_cache(maxsize=4096)
def _person(value: Any) -> tuple[tuple[str, ...], str]:
    """A name as consonant skeletons of its words, and the country in its parentheses."""
    text = str(value)
    country = ""
    for inner in _PARENS.findall(text):
        last = inner.split(",")[-1].strip()
        if len(last) == 2 and last.isupper():
            country = last
    words = tuple(s for s in (_skeleton(word) for word in _name_part(text).split()) if s)
    return words, country


def _name_part(value: Any) -> str:
    return _PARENS.sub(" ", str(value)).strip()


_DIGRAPHS = (("kh", "h"), ("ts", "z"), ("tz", "z"), ("ph", "f"), ("sh", "s"), ("ch", "k"))
_DROPPED = re.compile(r"[^bcdfklmnpqrstxz]+")


@lru_cache(maxsize=8192)
def _skeleton(word: str) -> str:
    """Consonants that survive transliteration: Tokayev, Tokaev, Toqaev and טוקאייב give "tk"."""
    text = anyascii(word).lower()
    for pair, single in _DIGRAPHS:
        text = text.replace(pair, single)
    text = _DROPPED.sub("", text.replace("q", "k").replace("c", "k").replace("z", "s"))
    return re.sub(r"(.)\1+", r"\1", text)


def _slug(value: Any) -> str:
    return "" if value is None else _slug_text(str(value))


@lru_cache(maxsize=8192)
def _slug_text(value: str) -> str:
    text = _PARENS.sub(" ", anyascii(value).lower())
    return _SLUG.sub("-", text).strip("-")


def _title_of(report: Report, name: str) -> Any:
    """The title a person field holds when the report names nobody: the visitor's role."""
    return report.fields.get("visitor_role") if name == "visitor" else None


def _most_common(values: list[Any], prefer: Any) -> Any:
    counts = Counter(_hashable(value) for value in values)
    best = max(counts.values())
    if prefer is not None and counts.get(_hashable(prefer)) == best:
        return prefer
    return next(value for value in values if counts[_hashable(value)] == best)


def _hashable(value: Any) -> Any:
    return repr(value) if isinstance(value, dict | list) else value
