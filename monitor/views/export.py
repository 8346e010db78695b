"""Exports of the developments: an Atom feed (RFC 4287) and an iCalendar file (RFC 5545).

Both take summary Facts (`monitor.developments.facts`, as of a day), are plain text only and are
deterministic: the same log gives the same bytes, so a feed reader or calendar sees a change only
when a development changes. Atom: one entry per development, `updated` when it was last revised or
corroborated. iCalendar: planned visits (all-day, spanning the period when only the month or year is
known) and dates of taking effect: an agreement's entry into force, a visa or flight change's
effective date.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import quote

from monitor.developments import date_label, instrument_name, period
from monitor.developments.labels import STAGE_LABELS
from monitor.views.render import quote_text

ATOM = "http://www.w3.org/2005/Atom"
FEED_ID = "tag:kz-il-monitor,2026:developments"
TITLE = "Kazakhstan–Israel relations: developments"
PRODID = "-//kz-il-monitor//developments//EN"
EPOCH = "1970-01-01T00:00:00+00:00"

# Characters XML 1.0 cannot hold at all, even escaped.
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _clean(text: Any) -> str:
    return _NOT_XML.sub("", str(text))


def development_id(key: str) -> str:
    """A stable Atom id (a tag URI) for a development."""
    return f"{FEED_ID}/{quote(key, safe='')}"


def describe(fact: dict[str, Any]) -> str:
    """A plain-text account of a fact: date, stages, evidence and sources, one per line."""
    lines = [fact["headline"], f"Date: {date_label(fact['date'])}"]
    if fact.get("stages"):
        ladder = " → ".join(
            f"{STAGE_LABELS.get(s['stage'], s['stage'])} ({date_label(s['date'])})"
            for s in fact["stages"]
        )
        lines.append(f"Stages: {ladder}")
    if fact.get("place"):
        lines.append(f"Place: {fact['place']}")
    lines += [quote_text(evidence) for evidence in fact["evidence"]]
    lines.append(f"Sources ({fact['source_count']}):")
    lines += [
        " ".join(p for p in (s["outlet"] or "source", s["published"] or "", s["url"]) if p)
        for s in fact["sources"]
    ]
    return "\n".join(lines)


def atom_feed(facts: Iterable[dict[str, Any]], *, self_url: str | None = None) -> bytes:
    """An Atom feed with one entry per development, the most recently updated first."""
    ET.register_namespace("", ATOM)
    ordered = sorted(facts, key=lambda f: (f["updated_at"], f["key"]), reverse=True)
    feed = ET.Element(f"{{{ATOM}}}feed")
    _text(feed, "id", FEED_ID)
    _text(feed, "title", TITLE)
    _text(feed, "updated", ordered[0]["updated_at"] if ordered else EPOCH)
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    _text(author, "name", "kz-il-monitor")
    _text(feed, "generator", "kz-il-monitor")
    if self_url:
        ET.SubElement(feed, f"{{{ATOM}}}link", rel="self", href=_clean(self_url))
    for fact in ordered:
        entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
        _text(entry, "id", development_id(fact["key"]))
        _text(entry, "title", f"{date_label(fact['date'])}: {fact['headline']}")
        _text(entry, "published", fact["detected_at"])
        _text(entry, "updated", fact["updated_at"])
        ET.SubElement(entry, f"{{{ATOM}}}category", term=fact["type"])
        for index, source in enumerate(fact["sources"]):
            if source["url"]:
                rel = "alternate" if index == 0 else "related"
                attrs = {"rel": rel, "href": _clean(source["url"])}
                if source["outlet"]:
                    attrs["title"] = _clean(source["outlet"])
                ET.SubElement(entry, f"{{{ATOM}}}link", attrs)
        _text(entry, "content", describe(fact), type="text")
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True) + b"\n"


def _text(parent: ET.Element, tag: str, text: str, **attrs: str) -> ET.Element:
    element = ET.SubElement(parent, f"{{{ATOM}}}{tag}", attrs)
    element.text = _clean(text)
    return element


# --- iCalendar -----------------------------------------------------------------------------------


def calendar_items(facts: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """The dated items a calendar shows: planned visits, entries into force, effective dates."""
    items = []
    for fact in facts:
        if fact["type"] == "visit_planned" and fact["date"] and fact["state"] != "fulfilled":
            items.append(_item(fact, "planned", fact["date"], fact["headline"]))
        elif fact["type"] == "agreement_signed":
            for stage in fact["stages"] + fact["scheduled"]:
                if stage["stage"] == "in_force" and stage["date"]:
                    summary = f"Enters into force: {instrument_name(fact['fields'])}"
                    items.append(_item(fact, "in-force", stage["date"], summary))
        elif fact["type"] == "visa_travel" and fact["fields"].get("effective"):
            summary = f"Takes effect: {fact['headline']}"
            items.append(_item(fact, "effective", fact["fields"]["effective"], summary))
    return sorted((i for i in items if i["span"]), key=lambda i: (i["span"][0], i["uid"]))


def _item(fact: dict[str, Any], kind: str, when: str, summary: str) -> dict[str, Any]:
    return {
        "uid": f"{quote(fact['key'], safe='')}-{kind}@kz-il-monitor",
        "span": period(when),
        "when": when,
        "summary": summary,
        "fact": fact,
    }


def icalendar(facts: Iterable[dict[str, Any]]) -> str:
    """An iCalendar (RFC 5545) document of `calendar_items`, CRLF lines folded at 75 octets."""
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH", f"X-WR-CALNAME:{ical_text(TITLE)}",
    ]  # fmt: skip
    for item in calendar_items(facts):
        fact = item["fact"]
        first, last = item["span"]
        end = date.fromisoformat(last) + timedelta(days=1)  # DTEND of an all-day event is exclusive
        description = describe(fact)
        if fact["date_precision"] != "day" and item["when"] == fact["date"]:
            description = f"Date known only to the {fact['date_precision']}.\n{description}"
        lines += [
            "BEGIN:VEVENT",
            f"UID:{ical_text(item['uid'])}",
            f"DTSTAMP:{_stamp(fact['updated_at'])}",
            f"LAST-MODIFIED:{_stamp(fact['updated_at'])}",
            f"DTSTART;VALUE=DATE:{first.replace('-', '')}",
            f"DTEND;VALUE=DATE:{end.strftime('%Y%m%d')}",
            f"SUMMARY:{ical_text(item['summary'])}",
            f"DESCRIPTION:{ical_text(description)}",
            f"CATEGORIES:{ical_text(fact['type'])}",
            "TRANSP:TRANSPARENT",
        ]
        if fact["type"] == "visit_planned":
            lines.append("STATUS:TENTATIVE")
        if fact.get("place"):
            lines.append(f"LOCATION:{ical_text(fact['place'])}")
        if fact["sources"] and fact["sources"][0]["url"]:
            lines.append(f"URL:{_uri(fact['sources'][0]['url'])}")
        lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def ical_text(value: Any) -> str:
    """A TEXT value escaped per RFC 5545 3.3.11: backslash, semicolon, comma, newline."""
    text = _NOT_XML.sub("", str(value)).replace("\r\n", "\n").replace("\r", "\n")
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\n", "\\n")


def _uri(url: str) -> str:
    # A URI value is not escaped like TEXT; characters a URI cannot hold are percent-encoded.
    return quote(_clean(url), safe=":/?#[]@!$&'()*+,;=%-._~")


def _stamp(moment: str) -> str:
    return datetime.fromisoformat(moment).strftime("%Y%m%dT%H%M%SZ")


def fold(line: str, limit: int = 75) -> str:
    """Fold a content line into chunks of at most `limit` octets, never inside a character."""
    encoded = line.encode("utf-8")
    if len(encoded) <= limit:
        return line
    chunks, current, size = [], [], 0
    for char in line:
        width = len(char.encode("utf-8"))
        # Continuation lines begin with one space, which counts towards their octets.
        budget = limit if not chunks else limit - 1
        if size + width > budget:
            chunks.append("".join(current))
            current, size = [], 0
        current.append(char)
        size += width
    chunks.append("".join(current))
    return "\r\n ".join(chunks)
