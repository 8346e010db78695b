"""Renderers for the summary, the timeline and feed health: text, Markdown, JSON, Rich tables.

Every renderer takes the plain documents built by `summary.summarize`, `timeline.timeline` and
`health.feed_health` and returns a string (or a Rich table); none reads the database.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import orjson

from monitor.developments.labels import STAGE_LABELS, date_label
from monitor.views.signings import documents

if TYPE_CHECKING:  # Rich loads only for the tables (a summary is plain text)
    from rich.table import Table

QUOTED = ("statement", "tension", "multilateral", "economic", "talks")  # headline + first quote
RECENT = 5  # statements and tensions shown in the briefing
SHOWN_SOURCES = 3
TITLE = "Kazakhstan–Israel relations"
WIDTH = 100


def to_json(document: Any) -> str:
    """Indented JSON with sorted keys, ending in a newline: stable for diffs and scripts."""
    return orjson.dumps(document, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode() + "\n"


# --- the summary -------------------------------------------------------------------------------


def sections(doc: dict[str, Any]) -> list[tuple[str, list[tuple[str | None, list[dict]]]]]:
    """(section title, [(sub-heading or None, facts)]) in briefing order."""
    economy, visits, travel = doc["economy"], doc["visits"], doc["visa_travel"]
    return [
        ("Bilateral instruments", [(None, doc["instruments"])]),
        ("Visa and travel", [(None, travel["facts"]), ("Flights and tourism", travel["flights"])]),
        ("Frameworks", [(None, doc["frameworks"])]),
        ("Visits", [
            ("Held", visits["held"]), ("Planned or expected", visits["planned"]),
            ("Expected but not reported as made", visits["overdue"]),
        ]),
        *([("Scheduled", [(None, doc["upcoming"])])] if doc["upcoming"] else []),
        ("Talks", [(None, doc["talks"])]),
        ("Economic ties", [
            ("Trade figures", economy["trade"]), ("Forums", economy["forums"]),
            ("Joint commissions", economy["commissions"]), ("Other", economy["other"]),
        ]),
        ("Statements", [(None, doc["statements"][:RECENT])]),
        ("Tensions", [(None, doc["tensions"][:RECENT])]),
    ]  # fmt: skip


def regime(travel: dict[str, Any]) -> str:
    if travel["status"] == "in_force":
        kind = "Visa-free travel" if travel["visa_free"] else "A simplified visa regime"
        since = f" since {date_label(travel['since'])}" if travel["since"] else ""
        return f"{kind} is in force{since}."
    if travel["status"] in ("decided", "scheduled"):
        expected = f", expected {date_label(travel['expected'])}" if travel["expected"] else ""
        return f"Visa-free travel is decided but not yet in force{expected}."
    return "No change to the visa regime reported."


def stage_ladder(fact: dict[str, Any]) -> str:
    reached = [
        f"{STAGE_LABELS.get(s['stage'], s['stage'])} ({date_label(s['date'])})"
        for s in fact["stages"]
    ]
    ahead = [
        f"{STAGE_LABELS.get(s['stage'], s['stage'])} scheduled ({date_label(s['date'])})"
        for s in fact["scheduled"]
    ]
    return " → ".join(reached + ahead)


def quote_text(evidence: dict[str, str]) -> str:
    """A quote in its own language, marked with it when it is not English."""
    mark = f" [{evidence['lang']}]" if evidence["lang"] != "en" else ""
    return f"“{evidence['text']}”{mark}"


def shown(entry: dict[str, Any]) -> dict[str, Any]:
    """What a briefing shows for an entry: a signing of one document is that document."""
    found = entry.get("documents")
    return found[0] if found and len(found) == 1 else entry


def _steps(fact: dict[str, Any], doc: dict[str, Any]) -> str:
    """What a signed document adds to its headline: its stages when it went further, its links."""
    detail = _detail(fact, doc)
    plain = len(fact["stages"]) <= 1 and not fact["scheduled"] and "; " not in detail
    return "" if plain else detail


def _detail(fact: dict[str, Any], doc: dict[str, Any]) -> str:
    """What a fact adds to its headline: a stage ladder and the instruments it is linked to, a
    period, or its first quote."""
    if fact["type"] == "agreement_signed" and fact.get("stages"):
        instruments = {f["key"]: f for f in documents(doc["instruments"])}
        links = [("prepares", key) for key in [fact.get("prepares")] if key in instruments]
        links += [("prepared by", key) for key in fact.get("prepared_by", []) if key in instruments]
        told = "".join(
            f"; {verb}: {instruments[key]['headline']}, {date_label(instruments[key]['date'])}"
            for verb, key in links
        )
        return f"Stages: {stage_ladder(fact)}{told}"
    if fact["type"] == "economic" and fact["fields"].get("amount") is not None:
        return f"period: {date_label(fact.get('period'))}" if fact.get("period") else ""
    if fact["type"] in QUOTED and fact["evidence"]:
        return quote_text(fact["evidence"][0])
    return ""


def _more(doc: dict[str, Any], name: str) -> int:
    return max(len(doc[name]) - RECENT, 0)


def render_text(doc: dict[str, Any]) -> str:
    """The summary as a plain-text briefing: the latest development first, then each section."""
    lines = [f"{TITLE}, {_axis(doc)}: {doc['developments']} development(s)", ""]
    if doc["lead"]:
        lines += [*textwrap.wrap(doc["lead"], WIDTH, break_on_hyphens=False), ""]
    if doc["latest"]:
        latest = shown(doc["latest"])
        lines.append(f"Latest: {date_label(latest['date'])}: {latest['headline']}")
        lines += _text_fact_tail(latest, "  ", doc)
        lines.append("")
    for title, parts in sections(doc):
        lines.append(title.upper())
        if title == "Visa and travel":
            lines.append(f"  {regime(doc['visa_travel'])}")
        if title in ("Statements", "Tensions") and _more(doc, title.lower()):
            lines.append(
                f"  (the {RECENT} latest; {_more(doc, title.lower())} earlier in --format json)"
            )
        listed = False
        for sub, facts in parts:
            if sub and facts:
                lines.append(f"  {sub}:")
            for fact in map(shown, facts):
                listed = True
                lines.append(f"  - {date_label(fact['date'])}: {fact['headline']}")
                lines += _text_fact_tail(fact, "    ", doc)
        if not listed:
            lines.append("  (none reported)")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"


def _axis(doc: dict[str, Any]) -> str:
    """ "as of 2026-01-29", or "as of 2026-03-01, as known on 2026-02-01"."""
    known = f", as known on {doc['known_at']}" if doc["known_at"] else ""
    return f"as of {doc['as_of']}{known}"


def _text_fact_tail(fact: dict[str, Any], indent: str, doc: dict[str, Any]) -> list[str]:
    lines = []
    for document in fact.get("documents", ()):
        steps = _steps(document, doc)
        lines.append(f"{indent}· {document['headline']}" + (f". {steps}" if steps else ""))
    if detail := _detail(fact, doc):
        lines.append(f"{indent}{detail}")
    sources = fact["sources"]
    listed = "; ".join(
        " ".join(part for part in (s["outlet"] or "source", _published(s), s["url"]) if part)
        for s in sources[:SHOWN_SOURCES]
    )
    more = f"; and {len(sources) - SHOWN_SOURCES} more" if len(sources) > SHOWN_SOURCES else ""
    lines.append(f"{indent}{_count(fact['source_count'])}: {listed}{more}")
    return lines


def _published(source: dict[str, Any]) -> str:
    return f"({date_label(source['published'][:10])})" if source.get("published") else ""


def _count(n: int) -> str:
    return f"{n} source" + ("" if n == 1 else "s")


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>|~])")


def md(text: Any) -> str:
    """Text safe to paste into Markdown: special characters escaped, lines joined."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def md_url(url: str) -> str:
    """A link destination that cannot break out of `(...)`."""
    return re.sub(r"[\s()<>]", lambda m: f"%{ord(m.group()):02X}", url)


def render_markdown(doc: dict[str, Any]) -> str:
    """The summary as Markdown for pasting: headings per section, one bullet per fact."""
    axis = _axis(doc)
    lines = [
        f"# {TITLE}",
        "",
        f"*{axis[0].upper()}{axis[1:]} · {doc['developments']} development(s)*",
        "",
    ]
    if doc["lead"]:
        lines += [md(doc["lead"]), ""]
    if doc["latest"]:
        latest = shown(doc["latest"])
        lines += [f"**Latest:** {_md_fact(latest, doc)}", ""]
        lines += [f"  - {_md_document(d, doc)}" for d in latest.get("documents", ())]
        lines += [""] if latest.get("documents") else []
    for title, parts in sections(doc):
        lines += [f"## {title}", ""]
        if title == "Visa and travel":
            lines += [md(regime(doc["visa_travel"])), ""]
        if title in ("Statements", "Tensions") and _more(doc, title.lower()):
            lines += [f"*The {RECENT} latest; {_more(doc, title.lower())} earlier.*", ""]
        listed = False
        for sub, facts in parts:
            if sub and facts:
                lines += [f"### {sub}", ""]
            for fact in map(shown, facts):
                listed = True
                lines.append(f"- {_md_fact(fact, doc)}")
                lines += [f"  - {_md_document(d, doc)}" for d in fact.get("documents", ())]
            if facts:
                lines.append("")
        if not listed:
            lines += ["*None reported.*", ""]
    return "\n".join(lines).rstrip() + "\n"


def _md_fact(fact: dict[str, Any], doc: dict[str, Any]) -> str:
    text = f"**{md(date_label(fact['date']))}**: {md(fact['headline'])}"
    if detail := _detail(fact, doc):
        text += f". {md(detail)}"
    links = ", ".join(
        f"[{md(s['outlet'] or 'source')}]({md_url(s['url'])})"
        + (f" {md(_published(s))}" if s.get("published") else "")
        for s in fact["sources"]
    )
    return f"{text} ({_count(fact['source_count'])}: {links})"


def _md_document(fact: dict[str, Any], doc: dict[str, Any]) -> str:
    steps = _steps(fact, doc)
    return f"{md(fact['headline'])}" + (f". {md(steps)}" if steps else "")


def render_summary(doc: dict[str, Any], fmt: str) -> str:
    """The summary in `text`, `markdown` or `json`."""
    return {"text": render_text, "markdown": render_markdown, "json": to_json}[fmt](doc)


# --- the timeline and feed health --------------------------------------------------------------


def _step(entry: dict[str, Any]) -> str:
    stage = STAGE_LABELS.get(entry["stage"], entry["stage"]) if entry["stage"] else ""
    if entry["kind"] == "revised":
        return f"revised: {stage}" if stage else "revised"
    return stage


def timeline_table(entries: Iterable[dict[str, Any]]) -> Table:
    """The timeline as a Rich table; cells are plain Text, never markup."""
    from rich.table import Table
    from rich.text import Text

    table = Table("date", "development", "step", "type", "sources", title="Timeline")
    for entry in entries:
        table.add_row(
            Text(date_label(entry["date"]) if entry["date"] else f"({entry['sort_date']})"),
            Text(entry["headline"]), Text(_step(entry)), Text(entry["type"]),
            Text(str(entry["source_count"])),
        )  # fmt: skip
    return table


def timeline_markdown(entries: Iterable[dict[str, Any]]) -> str:
    """The timeline as a Markdown table."""
    lines = ["| Date | Development | Step | Type | Sources |", "| --- | --- | --- | --- | ---: |"]
    for entry in entries:
        lines.append(
            f"| {md(date_label(entry['date']))} | {md(entry['headline'])} | {md(_step(entry))} "
            f"| {md(entry['type'])} | {entry['source_count']} |"
        )
    return "\n".join(lines) + "\n"


def health_table(feeds: Iterable[dict[str, Any]]) -> Table:
    """Feed health as a Rich table."""
    from rich.table import Table
    from rich.text import Text

    table = Table(
        "feed", "status", "last success", "failures", "next check", "entries", "last error",
        title="Feed health",
    )  # fmt: skip
    for feed in feeds:
        table.add_row(
            Text(feed["feed"]), Text(feed["status"]), Text(_moment(feed["last_success_at"])),
            Text(str(feed["consecutive_failures"] or 0)), Text(_moment(feed["next_check_at"])),
            Text(str(feed["entries_seen"])), Text(feed["last_error"] or ""),
        )  # fmt: skip
    return table


def _moment(value: str | None) -> str:
    return value[:16].replace("T", " ") if value else "never"
