"""The timeline chart: developments per month by type, drawn here as SVG (no script, no network).

One mark (`<g class="month">`) per month with developments, its bar stacked by type; months
without any get none. A development counts in the month of its date; those dated only to a year,
or undated, are counted apart (the caption says how many).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Any

from markupsafe import Markup, escape

from monitor.developments import DEVELOPMENT_TYPES
from monitor.developments.labels import MONTHS, TYPE_LABELS

WIDTH, HEIGHT = 960, 220
LEFT, RIGHT, TOP, BOTTOM = 36, 8, 8, 24


def per_month(facts: Iterable[dict[str, Any]]) -> tuple[dict[str, Counter], int]:
    """{YYYY-MM: Counter(type)} for Facts dated to a month or day, and how many are not."""
    months: dict[str, Counter] = {}
    apart = 0
    for fact in facts:
        date = fact.get("date") or ""
        if len(date) < 7:
            apart += 1
            continue
        months.setdefault(date[:7], Counter())[fact["type"]] += 1
    return dict(sorted(months.items())), apart


def _index(month: str) -> int:
    year, number = month.split("-")
    return int(year) * 12 + int(number) - 1


def timeline_svg(months: dict[str, Counter]) -> Markup:
    """The chart as an inline <svg> element; an empty string when no month has developments."""
    if not months:
        return Markup("")
    first, last = _index(min(months)), _index(max(months))
    first -= first % 12  # whole years on the axis
    last += 11 - last % 12
    span = last - first + 1
    plot_w, plot_h = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = plot_w / span
    bar = max(step * 0.8, 1.5)
    most = max(sum(counts.values()) for counts in months.values())
    unit = plot_h / most
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" class="timeline" viewBox="0 0 {WIDTH} {HEIGHT}" '
        f'role="img" aria-labelledby="timeline-title">',
        '<title id="timeline-title">Developments per month by type</title>',
        f'<line class="axis" x1="{LEFT}" y1="{TOP + plot_h}" x2="{WIDTH - RIGHT}" '
        f'y2="{TOP + plot_h}"/>',
    ]
    for tick in sorted({0, most, (most + 1) // 2}):
        y = TOP + plot_h - tick * unit
        parts.append(
            f'<text class="tick" x="{LEFT - 4}" y="{y + 4:.1f}" text-anchor="end">{tick}</text>'
        )
    years = span // 12
    every = next(n for n in (1, 2, 5, 10, 20, 50) if years / n <= 12)
    for offset in range(0, span, 12):
        year = (first + offset) // 12
        if year % every == 0:
            x = LEFT + offset * step
            parts.append(
                f'<text class="tick" x="{x:.1f}" y="{HEIGHT - 6}">{year}</text>'
                f'<line class="grid" x1="{x:.1f}" y1="{TOP}" x2="{x:.1f}" y2="{TOP + plot_h}"/>'
            )
    for month, counts in months.items():
        x = LEFT + (_index(month) - first) * step + (step - bar) / 2
        total = sum(counts.values())
        year, number = month.split("-")
        told = ", ".join(f"{n} {TYPE_LABELS.get(t, t).lower()}" for t, n in _ordered(counts))
        label = f"{MONTHS[int(number) - 1]} {year}: {total} development(s) ({told})"
        parts.append(f'<g class="month" data-month="{month}" data-count="{total}">')
        parts.append(f"<title>{escape(label)}</title>")
        y = TOP + plot_h
        for kind, n in _ordered(counts):
            y -= n * unit
            parts.append(
                f'<rect class="t-{escape(kind)}" x="{x:.1f}" y="{y:.1f}" width="{bar:.1f}" '
                f'height="{n * unit:.1f}"/>'
            )
        parts.append("</g>")
    parts.append("</svg>")
    return Markup("".join(parts))


def _ordered(counts: Counter) -> list[tuple[str, int]]:
    order = {kind: n for n, kind in enumerate(DEVELOPMENT_TYPES)}
    return sorted(counts.items(), key=lambda item: order.get(item[0], len(order)))
