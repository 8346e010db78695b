"""Find date expressions in a sentence and resolve them against the publication date."""

from __future__ import annotations

import calendar
import itertools
import re
from datetime import date, timedelta
from typing import NamedTuple

from babel import Locale

from monitor.detect.grammar import Grammar
from monitor.detect.matcher import Hit, Matcher, cldr_pattern
from monitor.detect.normalize import normalize
from monitor.detect.vocabulary import DatesFile

DATE_KINDS = frozenset(
    {"month", "weekday", "rel_day", "rel_week", "rel_month", "rel_year", "season"}
)
# First and last month of each season (winter runs over the new year).
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "winter": (12, 2)}
# "last Tuesday" / "next Tuesday", "last summer" / "next spring" (and "в прошлый вторник").
_LAST_WORD = r"\b{date_last}\s+$"
_THIS_WORD = r"\b{date_this}\s+$"
_NEXT_WORD = r"\b{date_next}\s+$"


class DateMention(NamedTuple):
    start: int
    end: int
    value: str
    precision: str  # day | month | year
    excluded: bool  # a bound ("since 2017", "until March 15"), not when something happens


def register(matcher: Matcher, dates: DatesFile) -> None:
    """Add month and weekday names (from CLDR) and relative expressions to the matcher."""
    for lang in dates.month_languages:
        months = Locale.parse(lang).months
        names = {
            (number, normalize(months[context]["wide"][number]).rstrip("."))
            for number in range(1, 13)
            for context in ("format", "stand-alone")
        }
        for number, name in names:
            pattern = _month_pattern(name)
            # Czech "červen*" (June) would read "července" (July): a stem that starts another
            # month's name is the whole word only.
            if pattern.endswith("*") and any(
                other.startswith(name) for n, other in names if n != number
            ):
                pattern = name
            matcher.add(pattern, "month", str(number))
    for season, by_lang in dates.season.items():
        for patterns in by_lang.values():
            matcher.add_all(patterns, "season", season)
    for number, by_lang in dates.month_extra.items():
        for patterns in by_lang.values():
            matcher.add_all(patterns, "month", number)
    for number, by_lang in dates.weekday_extra.items():
        for patterns in by_lang.values():
            matcher.add_all(patterns, "weekday", number)
    for lang in dates.weekday_languages:
        days = Locale.parse(lang).days
        for number in range(7):
            for context in ("format", "stand-alone"):
                for form in _weekday_forms(normalize(days[context]["wide"][number]), lang, dates):
                    matcher.add(form, "weekday", str(number))
    for kind, table in (
        ("rel_day", dates.relative_day),
        ("rel_week", dates.relative_week),
        ("rel_month", dates.relative_month),
        ("rel_year", dates.relative_year),
    ):
        for offset, by_lang in table.items():
            for patterns in by_lang.values():
                matcher.add_all(patterns, kind, offset)


def _month_pattern(name: str) -> str:
    if "\u0400" <= name[:1] <= "\u04ff":
        return cldr_pattern(name) if len(name) > 4 else name
    if name[:1].isascii():
        return name  # "may", "march", "june": whole words only
    return name + "*"


def _weekday_forms(name: str, lang: str, dates: DatesFile) -> list[str]:
    """A CLDR weekday name and the other forms its language file gives it."""
    if lang in dates.weekday_any_ending and len(name) >= 5:
        return [name + "*"]
    forms = [name]
    for ending, others in dates.weekday_endings.get(lang, {}).items():
        if name.endswith(ending):  # "" adds suffixes: Turkish "pazar" -> "pazara", "pazarı"
            forms += [name[: len(name) - len(ending)] + other for other in others]
    return forms


# Hebrew writes "on the 27th" with prefix letters glued to the number ("ב-27").
# "dal primo giugno", "از اول ژوئن", "el primero de julio": the first of a month in words.
_DAY_BEFORE = r"(?<!\d)(\d{1,2}|\b{day_one})(?:{ordinal_suffix}|\.)?\s+(?:{of}\s+|[בלמה]{1,2})?$"
_DAY_AFTER = r"^\.?\s+(\d{1,2})(?:{ordinal_suffix})?(?![\d:]|\.\d)"
_YEAR_AFTER = r"^\.?(?:\s+\d{1,2}(?:{ordinal_suffix})?)?,?\s+(?:{of}\s+)?(\d{4})(?!\d)"
_SEASON_YEAR_AFTER = r",?\s+(?:{of}\s+)?(19[5-9]\d|20[0-4]\d)(?![\d%])"
_YEAR_BEFORE = r"(?<!\d)(\d{4})\s*{year_word_before}\s+(?:(\d{1,2})\s+)?$"
_DIGIT = re.compile(r"\d")
_ISO = re.compile(r"(?<![\d.])(\d{4})-(\d{2})-(\d{2})(?![\d])")
_DOTTED = re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)")
# "3-го числа": a day of a month left untold, the one closest to publication.
_DAY_OF_MONTH = r"(?<![\d.])(\d{1,2})(?:{ordinal_suffix})?\s+{day_of_month}\b"
# A hyphen right after a letter glues a prefix to the year (Hebrew "ב-2025", "mid-2025"); after
# a digit or a space it joins a range ("2024-2025") or makes a sign.
_YEAR = r"(?:(?<=[^\W\d_]-)|(?<![\d.,$€£-]))(19[5-9]\d|20[0-4]\d)(?![\d%]|,\d| ?{multiplier})"
_YEAR_CONTEXT_BEFORE = r"(?:\b{year_context}|-)\s*$"
_YEAR_CONTEXT_AFTER = r"^\s*{year_word}"
_MONTH_CONTEXT = r"\b{month_context}\s+$"
_MONTH_CONTEXT_AFTER = r"^\s*{month_context_after}(?!\w)"  # Turkish "mayıs ayında", "haziran'da"
_SINCE_UNTIL = r"\b{bound}(?:\s+{bound_filler})*\s+(?:\w+\s+)?$"
_BOUND_AFTER = r"\S*\s+(?:\w+\s+)?{bound_after}(?!\w)"  # "'ten bu yana", " жылдан бері"
_BOUND_AFTER_REACH = 24
_NO_BOUND = r"\b{bound_not}\s+$"  # "по итогам 2024 года": "for", not "until"
_FROM = r"\b{bound_from}\s+$"
# "в ноябре прошлого года", "in March last year", "November of next year".
_YEAR_WORD_AFTER = r"^,?\s+(?:{of}\s+)?({year_offset})\s+{year_noun}\b"
# "three days ago", "2 weeks ago", "несколько дней назад" ("a few" counts as a few days); and
# where the word comes first: "vor drei Tagen", "il y a trois jours", "hace tres días".
_UNITS = (
    r"(?:(?P<day>{unit_day})|(?P<week>{unit_week})|(?P<month>{unit_month})|(?P<year>{unit_year}))"
)
_AGO = r"\b(\d{1,2}|{number})\s+" + _UNITS + r"\s+{ago}\b"
_AGO_BEFORE = r"\b{ago_before}\s+(\d{1,2}|{number})\s+" + _UNITS + r"\b"
# "el martes pasado", "השבוע שעבר": "last" after the weekday.
_LAST_AFTER = r"^\s+{date_last_after}\b"
_RANGE = re.compile(r"\s*-\s*")
# "up 18% compared with the same period last year": the date a figure is compared against,
# within its clause. A postposition ("2024 жылмен салыстырғанда", "2024'e kıyasla") compares
# what stands at most two words (and no number) before it: "2025'te bir önceki yıla kıyasla",
# "2025'te 2024'e kıyasla" are of 2025.
_COMPARED_BEFORE = r"\b{comparison}[^,;.]{0,40}$"
_COMPARED_AFTER = r"^[^\s,;.]*(?:\s+[^\s\d,;.]+){0,2}?\s+{comparison_after}"
_RELATIVE_PRECISION = {
    "rel_day": "day",
    "rel_week": "month",
    "rel_month": "month",
    "rel_year": "year",
}


def find_dates(
    text: str,
    hits: list[Hit],
    published: date,
    forward_at: set[int] | frozenset[int] = frozenset(),
    grammar: Grammar | None = None,
) -> list[DateMention]:
    """Every date expression in a normalised sentence, resolved against `published`, read
    with the function words of `grammar` (the article's language).

    `forward_at` holds start offsets of mentions whose clause speaks of the future, so that
    "on Friday" / "in July" there mean the next Friday or July rather than the last.
    """
    g = grammar or Grammar({}, {})
    found: list[DateMention] = []
    used: list[tuple[int, int]] = []
    digits = _DIGIT.search(text) is not None
    for m in _ISO.finditer(text) if digits else ():
        _add_day(found, used, text, m.start(), m.end(), int(m[1]), int(m[2]), int(m[3]), g)
    for m in _DOTTED.finditer(text) if digits else ():
        _add_day(found, used, text, m.start(), m.end(), int(m[3]), int(m[2]), int(m[1]), g)
    for m in g.compile(_DAY_OF_MONTH).finditer(text) if digits else ():
        if not _overlaps(used, m.start(), m.end()):
            day = _closest_day(int(m[1]), published)
            if day is not None:
                _add_day(found, used, text, m.start(), m.end(), day.year, day.month, day.day, g)
    names = [(h.start, h.end) for h in hits if h.kind == "actor"]
    for hit in hits:
        if hit.kind not in DATE_KINDS or _overlaps(used, hit.start, hit.end):
            continue
        if _overlaps(names, hit.start, hit.end):
            continue  # "Kasım Cömert Tokayev": a name, not November
        forward = hit.start in forward_at
        if hit.kind == "month":
            _add_month(found, used, text, hit, published, forward, g)
        elif hit.kind == "season":
            before = text[max(0, hit.start - 16) : hit.start]
            # "autumn 1992", "in the autumn of 1992", "осенью 1992 года": the year told.
            told = g.compile(_SEASON_YEAR_AFTER).match(text, hit.end)
            year = int(told[1]) if told else _season_year(hit.key, before, published, forward, g)
            end = told.end() if told else hit.end
            found.append(DateMention(hit.start, end, f"{year:04d}", "year", False))
            used.append((hit.start, end))
        elif hit.kind == "weekday":
            target = int(hit.key)
            delta = (published.weekday() - target) % 7
            shift = (7 - delta) % 7 if forward else -delta
            before = text[max(0, hit.start - 16) : hit.start]
            last = g.compile(_LAST_WORD).search(before) or g.compile(_LAST_AFTER).match(
                text[hit.end : hit.end + 16]
            )
            if delta == 0 and last:
                shift = -7  # "last Tuesday" written on a Tuesday is a week ago
            elif delta == 0 and g.compile(_NEXT_WORD).search(before):
                shift = 7
            day = published + timedelta(days=shift)
            found.append(_mention(text, hit.start, hit.end, day.isoformat(), "day", g))
            used.append((hit.start, hit.end))
        else:
            if _possessive_of_a_holder(text, hit, hits):
                continue  # "today's president of Kazakhstan": who holds it now, no date
            offset = int(hit.key)
            value = _relative(hit.kind, offset, published)
            precision = _RELATIVE_PRECISION[hit.kind]
            found.append(DateMention(hit.start, hit.end, value, precision, False))
            used.append((hit.start, hit.end))
    for role, template in (("ago", _AGO), ("ago_before", _AGO_BEFORE)):
        if any(word in text for word in g.words.get(role, ())):
            for m in g.compile(template).finditer(text):
                if not _overlaps(used, m.start(), m.end()):
                    found.append(_ago(m, published, g))
                    used.append((m.start(), m.end()))
    for m in g.compile(_YEAR).finditer(text) if digits else ():
        if _overlaps(used, m.start(), m.end()):
            continue
        before, after = text[max(0, m.start() - 14) : m.start()], text[m.end() : m.end() + 6]
        in_context = g.compile(_YEAR_CONTEXT_BEFORE).search(before)
        if in_context or g.compile(_YEAR_CONTEXT_AFTER).match(after):
            excluded = _bound(before, g) or _bound_after(text, m.end(), g)
            found.append(DateMention(m.start(), m.end(), m[1], "year", excluded))
    found.sort()
    # A stem's letters before its '*' are in the text wherever the stem matches.
    words = (*g.words.get("comparison", ()), *g.words.get("comparison_after", ()))
    if any(word.split("*")[0] in text for word in words):
        found = [m._replace(excluded=True) if _compared(text, m, g) else m for m in found]
    return _without_periods(text, hits, found)


def _possessive_of_a_holder(text: str, hit: Hit, hits: list[Hit]) -> bool:
    """A relative day in the possessive before a title or a country ("today's president",
    "today's Kazakhstan"), not before the news it dates ("yesterday's talks")."""
    if text[hit.end : hit.end + 2] != "'s":  # apostrophes are normalised to "'"
        return False
    after = hit.end + 2
    return any(h.kind in ("role", "side", "third") and 0 <= h.start - after <= 1 for h in hits)


def _compared(text: str, mention: DateMention, g: Grammar) -> bool:
    before = text[max(0, mention.start - 48) : mention.start]
    after = text[mention.end : mention.end + 48]
    return bool(
        g.compile(_COMPARED_BEFORE).search(before) or g.compile(_COMPARED_AFTER).match(after)
    )


def _bound_after(text: str, end: int, g: Grammar) -> bool:
    """Words after a year make it a bound where the language puts them there: Turkish
    "2005'ten bu yana", Kazakh "2005 жылдан бері" (since 2005)."""
    return "bound_after" in g.words and bool(
        g.compile(_BOUND_AFTER).match(text, end, end + _BOUND_AFTER_REACH)
    )


def _bound(before: str, g: Grammar) -> bool:
    """The words before a date make it a bound ("since 2017", "until March 15")."""
    return bool(g.compile(_SINCE_UNTIL).search(before)) and not g.compile(_NO_BOUND).search(before)


def _without_periods(text: str, hits: list[Hit], found: list[DateMention]) -> list[DateMention]:
    """Months joined by a dash ("January-November 2025 trade") name a reporting period, not
    when something happened: its months are bounds, and what it reports is of its year."""
    months = [h for h in hits if h.kind == "month"]
    spans = [
        (first.start, last.end)
        for first, last in itertools.pairwise(months)
        if _RANGE.fullmatch(text[first.end : last.start])
    ]
    if not spans:
        return found
    out = [m._replace(excluded=True) if _overlaps(spans, m.start, m.end) else m for m in found]
    for start, end in spans:
        inside = [m for m in found if start <= m.start < end + 16 and not m.excluded]
        if inside:
            year = inside[-1].value[:4]
            out.append(DateMention(start, inside[-1].end, year, "year", False))
    return sorted(out)


def _season_year(season: str, before: str, published: date, forward: bool, g: Grammar) -> int:
    """The year of "(last|next|this) autumn"; a winter counts as the year of its January."""
    first, last = _SEASONS[season]
    month, year = published.month, published.year
    if season == "winter":
        first = 0  # December is month 0 of the next year's winter
        if month == 12:
            month, year = 0, year + 1
    if g.compile(_LAST_WORD).search(before):
        return year if month > last else year - 1
    if g.compile(_NEXT_WORD).search(before):
        return year if month < first else year + 1
    if forward or g.compile(_THIS_WORD).search(before):
        return year if month <= last else year + 1
    return year if month >= first else year - 1


def _overlaps(used: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(start < u_end and u_start < end for u_start, u_end in used)


def _mention(
    text: str, start: int, end: int, value: str, precision: str, g: Grammar
) -> DateMention:
    before = text[max(0, start - 24) : start]
    excluded = _bound(before, g)
    if excluded and precision == "day" and g.compile(_FROM).search(before):
        excluded = False  # Russian "с 1 марта" is "from", an effective date
    return DateMention(start, end, value, precision, excluded)


def from_day(text: str, mention: DateMention, g: Grammar) -> bool:
    """A day a period runs from ("с 1 марта действует безвизовый режим"): when something
    takes effect, not when the news was made."""
    before = text[max(0, mention.start - 24) : mention.start]
    return mention.precision == "day" and bool(g.compile(_FROM).search(before))


def _add_day(
    found: list[DateMention],
    used: list[tuple[int, int]],
    text: str,
    start: int,
    end: int,
    year: int,
    month: int,
    day: int,
    g: Grammar,
) -> None:
    try:
        value = date(year, month, day).isoformat()
    except ValueError:
        return
    found.append(_mention(text, start, end, value, "day", g))
    used.append((start, end))


def _add_month(
    found: list[DateMention],
    used: list[tuple[int, int]],
    text: str,
    hit: Hit,
    published: date,
    forward: bool,
    g: Grammar,
) -> None:
    month = int(hit.key)
    before = text[max(0, hit.start - 24) : hit.start]
    after = text[hit.end : hit.end + 12]
    start, end = hit.start, hit.end
    day = year = None
    m = g.compile(_YEAR_BEFORE).search(before)
    if m:
        year, day = int(m[1]), int(m[2]) if m[2] else None
        start = hit.start - len(m[0])
    else:
        m = g.compile(_DAY_BEFORE).search(before)
        if m:
            day, start = int(m[1]) if m[1].isdigit() else 1, hit.start - len(m[0])
        else:
            m = g.compile(_DAY_AFTER).match(after)
            if m:
                day, end = int(m[1]), hit.end + m.end()
        m = g.compile(_YEAR_AFTER).match(text[hit.end : hit.end + 16])
        if m:
            year, end = int(m[1]), max(end, hit.end + m.end())
        else:
            m = g.compile(_YEAR_WORD_AFTER).match(text[end : end + 24])
            if m:
                offset = int(g.value("year_offset", m[1]) or 0)
                year, end = published.year + offset, end + m.end()
    bare = day is None and year is None and text[hit.start].isascii()
    if (
        bare
        and not g.compile(_MONTH_CONTEXT).search(before)
        and not g.compile(_MONTH_CONTEXT_AFTER).match(after)
    ):
        return  # "may" the verb, "march" the noun
    if day is not None and not 1 <= day <= calendar.monthrange(year or 2000, month)[1]:
        day = None
    if year is None:
        year = _year_for(month, day, published, forward)
    if day is not None:
        found.append(_mention(text, start, end, date(year, month, day).isoformat(), "day", g))
    else:
        found.append(_mention(text, start, end, f"{year:04d}-{month:02d}", "month", g))
    used.append((start, end))


def _year_for(month: int, day: int | None, published: date, forward: bool) -> int:
    if day is not None:
        # A full day without a year: the closest such day to publication.
        options = []
        for year in (published.year - 1, published.year, published.year + 1):
            try:
                options.append(date(year, month, day))
            except ValueError:
                continue
        return min(options, key=lambda d: abs((d - published).days)).year
    if forward:
        return published.year if month >= published.month else published.year + 1
    return published.year if month <= published.month else published.year - 1


def _closest_day(day: int, published: date) -> date | None:
    """The day of that number in the month of publication, the month before or the one after,
    whichever is closest to publication."""
    options = []
    for shift in (-1, 0, 1):
        index = published.year * 12 + published.month - 1 + shift
        try:
            options.append(date(index // 12, index % 12 + 1, day))
        except ValueError:
            continue
    return min(options, key=lambda d: abs((d - published).days), default=None)


def recent_ago(text: str, g: Grammar) -> bool:
    """Whether the text counts days or weeks back ("two weeks ago", "il y a quelques jours"):
    a date told so is this month's or last month's news, however it rounds to a month."""
    words = [*g.words.get("ago", ()), *g.words.get("ago_before", ())]
    if not any(word in text for word in words):
        return False
    for template in (_AGO, _AGO_BEFORE):
        for m in g.compile(template).finditer(text):
            if m["day"] or m["week"]:
                return True
    return False


def _ago(m: re.Match[str], published: date, g: Grammar) -> DateMention:
    count = int(m[1]) if m[1].isdigit() else int(g.value("number", m[1]) or 1)
    if m["day"]:
        day = published - timedelta(days=count)
        # "a few days ago" names no day; only its month is safe.
        vague = bool(g.compile(r"^{vague_number}$").match(m[1]))
        value, precision = (day.isoformat()[:7], "month") if vague else (day.isoformat(), "day")
    elif m["week"]:
        value, precision = (published - timedelta(days=7 * count)).isoformat()[:7], "month"
    elif m["month"]:
        value, precision = _relative("rel_month", -count, published), "month"
    else:
        value, precision = f"{published.year - count:04d}", "year"
    return DateMention(m.start(), m.end(), value, precision, False)


def _relative(kind: str, offset: int, published: date) -> str:
    if kind == "rel_day":
        return (published + timedelta(days=offset)).isoformat()
    if kind == "rel_week":
        return (published + timedelta(days=7 * offset)).isoformat()[:7]
    if kind == "rel_month":
        month_index = published.year * 12 + published.month - 1 + offset
        return f"{month_index // 12:04d}-{month_index % 12 + 1:02d}"
    return f"{published.year + offset:04d}"


def parse_published(value: object) -> date | None:
    """The calendar date of an ISO 8601 publication time, or None."""
    if not isinstance(value, str) or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None
