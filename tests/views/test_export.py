"""Atom and iCalendar exports, parsed back."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import UTC, datetime, timedelta

from monitor import events as ev
from monitor.developments import Developments, as_of
from monitor.views.export import atom_feed, development_id, fold, icalendar
from tests.views.conftest import detected, seed_events, source

A = "{http://www.w3.org/2005/Atom}"


def facts(*more, start=datetime(2026, 1, 29, tzinfo=UTC)):
    """Facts as of the end of 2026, folded with one minute between events, so updates have
    distinct times."""
    developments = Developments()
    for n, event in enumerate([*seed_events(), *more]):
        developments.apply(event, position=n + 1, recorded_at=start + timedelta(minutes=n))
    return as_of(developments, "2026-12-31")


def revised(stage: str, when: str, n: int):
    return ev.EventRevised(key="mou-visa", date=when, date_precision="day",
                           fields={"stage": stage}, source=source(n, "Kazinform"))  # fmt: skip


def test_the_atom_feed_has_one_entry_per_development_newest_update_first():
    retract = ev.EventRetracted(key="protest", reason="not bilateral")
    corroborate = ev.EventCorroborated(key="abraham", source=source(2, "Astana Times"))
    root = ET.fromstring(atom_feed(facts(retract, corroborate), self_url="https://m.example/a"))

    assert root.tag == f"{A}feed"
    entries = root.findall(f"{A}entry")
    assert len(entries) == 11  # twelve developments, one retracted
    first = entries[0]
    assert first.findtext(f"{A}id") == development_id("abraham")
    assert (
        first.findtext(f"{A}title")
        == "Nov 2025: Abraham Accords: Kassym-Jomart Tokayev (President, KZ)"
    )
    assert first.findtext(f"{A}updated") == "2026-01-29T00:13:00+00:00"
    assert first.findtext(f"{A}published") == "2026-01-29T00:03:00+00:00"
    assert root.findtext(f"{A}updated") == "2026-01-29T00:13:00+00:00"
    links = [(link.get("rel"), link.get("href")) for link in first.findall(f"{A}link")]
    assert links == [("alternate", "https://euronews.example.org/1"),
                     ("related", "https://astanatimes.example.org/2")]  # fmt: skip
    content = first.find(f"{A}content")
    assert content.get("type") == "text" and "Sources (2):" in content.text
    assert root.find(f"{A}link").get("rel") == "self"


def test_a_revision_updates_the_entry_and_its_title():
    root = ET.fromstring(atom_feed(facts(revised("ratified", "2026-06-17", 3))))
    entry = root.findall(f"{A}entry")[0]
    assert entry.findtext(f"{A}id") == development_id("mou-visa")
    assert (
        entry.findtext(f"{A}title")
        == "17 Jun 2026: Memorandum of intent on visa exemption (ratified)"
    )
    assert "Stages: memorandum of intent (27 Jan 2026) → ratified (17 Jun 2026)" in entry.findtext(
        f"{A}content"
    )


def test_atom_escapes_markup_and_drops_characters_xml_cannot_hold():
    nasty = detected("nasty", "statement", "2026-02-01",
                     {"speaker": "<b>Bold</b> & \x00co\x1b", "stance": "negative"},
                     "A ]]> sentence with <tags> & \x07 bells.")  # fmt: skip
    document = atom_feed(facts(nasty))
    root = ET.fromstring(document)
    entry = next(e for e in root.findall(f"{A}entry") if e.findtext(f"{A}id").endswith("/nasty"))
    assert entry.findtext(f"{A}title") == "1 Feb 2026: <b>Bold</b> & co: concern or criticism"
    assert "“A ]]> sentence with <tags> &  bells.”" in entry.findtext(f"{A}content")
    assert b"<b>" not in document


def unfold(text: str) -> list[str]:
    assert text.endswith("\r\n")
    physical = text.split("\r\n")[:-1]
    for line in physical:
        assert len(line.encode("utf-8")) <= 75
    logical: list[str] = []
    for line in physical:
        if line.startswith(" "):
            logical[-1] += line[1:]
        else:
            logical.append(line)
    return logical


def vevents(lines: list[str]) -> list[dict[str, str]]:
    events, current = [], None
    for line in lines:
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            events.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    return events


def test_the_calendar_holds_planned_visits_and_dates_of_entry_into_force():
    flights = detected(
        "flights",
        "visa_travel",
        "2026-10-04",
        {"subject": "flights", "effective": "2026-10-04", "status": "decided"},
    )
    text = icalendar(facts(revised("in_force", "2026-09-01", 5), flights))
    lines = unfold(text)
    assert lines[:2] == ["BEGIN:VCALENDAR", "VERSION:2.0"] and lines[-1] == "END:VCALENDAR"
    found = {event["UID"]: event for event in vevents(lines)}
    assert set(found) == {
        "netanyahu-planned@kz-il-monitor", "mou-visa-in-force@kz-il-monitor",
        "flights-effective@kz-il-monitor",
    }  # fmt: skip
    planned = found["netanyahu-planned@kz-il-monitor"]
    assert planned["DTSTART;VALUE=DATE"] == "20260101"
    assert planned["DTEND;VALUE=DATE"] == "20270101"  # known only to the year: the whole year
    assert planned["STATUS"] == "TENTATIVE"
    assert planned["DESCRIPTION"].startswith("Date known only to the year.\\n")
    in_force = found["mou-visa-in-force@kz-il-monitor"]
    assert (in_force["DTSTART;VALUE=DATE"], in_force["DTEND;VALUE=DATE"]) == (
        "20260901",
        "20260902",
    )
    assert in_force["SUMMARY"] == "Enters into force: Memorandum of intent on visa exemption"
    assert in_force["DTSTAMP"] == "20260129T001200Z"
    assert in_force["URL"] == "https://euronews.example.org/1"


def test_calendar_text_is_escaped_and_folded_without_splitting_characters():
    odd = detected("odd", "visit_planned", "2026-03",
                   {"visitor": "Ерлан; Кошербаев, \\ «министр»", "expected": "March"},
                   "Line one.\nLine two; with, commas " + "ש" * 60)  # fmt: skip
    text = icalendar(facts(odd))
    event = next(e for e in vevents(unfold(text)) if e["UID"] == "odd-planned@kz-il-monitor")
    assert event["SUMMARY"] == (  # overdue as of the end of 2026
        "Ерлан\\; Кошербаев\\, \\\\ «министр» was expected to visit (March)"
        "\\; no visit reported since"
    )
    assert "Line one.\\nLine two\\; with\\, commas " + "ש" * 60 in event["DESCRIPTION"]
    assert (event["DTSTART;VALUE=DATE"], event["DTEND;VALUE=DATE"]) == ("20260301", "20260401")
    text.encode("utf-8").decode("utf-8")  # every fold fell between characters


def test_fold_leaves_short_lines_alone_and_splits_long_ones_at_75_octets():
    assert fold("SUMMARY:short") == "SUMMARY:short"
    folded = fold("DESCRIPTION:" + "é" * 100)
    parts = folded.split("\r\n")
    assert all(len(part.encode()) <= 75 for part in parts)
    assert "".join(p[1:] if i else p for i, p in enumerate(parts)) == "DESCRIPTION:" + "é" * 100
