"""The views commands end to end on a seeded store: the first answer from `python -m monitor` in a
subprocess, the others through the same entry point in this process (`Workspace.query`)."""

from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from datetime import UTC, datetime

import storage
from monitor import events as ev
from storage import EventStore
from tests.views.conftest import append, seed_events, source


def seed(workspace, store_template) -> None:
    store_template.fill(workspace.database_url)
    engine = storage.create_engine(workspace.database_url)
    store = EventStore(engine)
    append(store, *seed_events(), recorded_at=datetime(2026, 1, 29, 12, tzinfo=UTC))
    append(
        store,
        ev.EventRevised(key="mou-visa", date="2026-09-01", date_precision="day",
                        fields={"stage": "in_force"}, source=source(5, "Kazinform")),
        ev.EventCorroborated(key="visit-saar", source=source(2, "Astana Times")),
    )  # fmt: skip
    engine.dispose()


def test_the_summary_timeline_events_and_exports_answer_from_the_cli(
    workspace, monkeypatch, store_template
):
    monkeypatch.setenv("MONITOR_TODAY", "2026-11-30")
    seed(workspace, store_template)

    doc = json.loads(workspace.monitor("summary", "--format", "json").stdout)
    (signing,) = doc["instruments"]
    assert signing["key"] == "signing/2026-01-27" and doc["developments"] == 12
    assert signing["documents"][0]["stage"] == "in_force"
    assert json.loads(workspace.query("summary", "--json").stdout) == doc
    text = workspace.query("summary").stdout
    assert text.startswith("Kazakhstan–Israel relations, as of 2026-11-30: 12 development(s)")
    assert "Latest: 1 Sep 2026: Memorandum of intent on visa exemption (in force)" in text
    markdown = workspace.query("summary", "--format", "markdown").stdout
    assert markdown.startswith("# Kazakhstan–Israel relations")

    early = json.loads(workspace.query("summary", "--as-of", "2026-01-20", "--json").stdout)
    assert early["as_of"] == "2026-01-20" and early["instruments"] == []
    # Had happened by then, as known now: the accession, 2025's trade, January's forum.
    assert {f["key"] for f in early["frameworks"] + early["economy"]["trade"]} == {
        "abraham",
        "trade-2025",
    }
    assert early["developments"] == 3 and early["known_at"] is None
    known = json.loads(workspace.query("summary", "--known-at", "2026-01-20", "--json").stdout)
    assert known["developments"] == 0  # nothing was recorded before 2026-01-29
    feb = json.loads(workspace.query("summary", "--as-of", "2026-02-01", "--json").stdout)
    assert feb["instruments"][0]["documents"][0]["stage"] == "memorandum_of_intent"
    assert [f["key"] for f in feb["frameworks"]] == ["abraham"]

    entries = json.loads(workspace.query("timeline", "--since", "2026-05-01", "--json").stdout)
    assert [(e["key"], e["kind"]) for e in entries] == [
        ("netanyahu", "detected"),  # "2026" reaches past 1 May
        ("protest", "detected"),
        ("commission", "detected"),
        ("mou-visa", "revised"),
    ]
    assert "Timeline" in workspace.query("timeline").stdout

    listed = [
        json.loads(line)
        for line in workspace.query("events", "--min-sources", "2", "--json").stdout.splitlines()
    ]
    assert {item["data"]["key"] for item in listed} == {"mou-visa", "visit-saar"}
    assert {item["type"] for item in listed} == {
        "EventDetected",
        "EventRevised",
        "EventCorroborated",
    }

    atom = workspace.path / "developments.atom"
    workspace.query("export", "atom", "--output", str(atom))
    entries = ET.parse(atom).getroot().findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 12
    calendar = workspace.query("export", "ical").stdout
    assert calendar.startswith("BEGIN:VCALENDAR") and "DTSTART;VALUE=DATE:20260901" in calendar


def test_a_bad_as_of_date_is_a_usage_error_and_health_lists_no_feeds(workspace, store_template):
    done = workspace.query("summary", "--as-of", "January", check=False)
    assert done.returncode == 2 and "not an ISO date" in done.stderr
    store_template.fill(workspace.database_url)  # a store with no feeds
    assert workspace.query("health", "--json").stdout == ""
