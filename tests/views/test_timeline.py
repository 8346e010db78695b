"""The timeline: one entry per dated step of the one model's Facts, told as of a day."""

from __future__ import annotations

from datetime import date

from monitor import events as ev
from monitor.views.timeline import timeline
from tests.views.conftest import append, catch_up, seed_events, source

TODAY = date(2026, 11, 30)


def test_the_timeline_lists_each_development_and_its_later_stages_in_date_order(store):
    append(store, *seed_events())
    append(
        store,
        ev.EventRevised(key="mou-visa", date="2026-06-17", date_precision="day",
                        fields={"stage": "ratified"}, source=source(4, "Astana Times")),
        ev.EventCorroborated(key="mou-visa", source=source(5, "Kazinform")),
        ev.EventDetected(key="mou-visa", type="agreement_signed", source=source(6, "Kursiv")),
        ev.EventRetracted(key="protest", reason="not bilateral"),
    )  # fmt: skip
    catch_up(store)
    with store.engine.connect() as conn:
        entries = timeline(conn, today=TODAY)

    assert [e["key"] for e in entries][:3] == ["trade-2025", "abraham", "forum"]
    assert "protest" not in [e["key"] for e in entries]
    steps = [e for e in entries if e["key"] == "mou-visa"]
    assert [(e["kind"], e["date"], e["stage"]) for e in steps] == [
        ("detected", "2026-01-27", "memorandum_of_intent"), ("revised", "2026-06-17", "ratified"),
    ]  # fmt: skip
    assert steps[1]["headline"] == "Memorandum of intent on visa exemption (ratified)"
    assert {e["source_count"] for e in steps} == {4}  # detection, revision, corroboration, Kursiv
    assert entries == sorted(entries, key=lambda e: e["sort_date"])
    assert set(entries[0]) == {
        "date", "date_precision", "sort_date", "kind", "type", "key", "headline", "stage",
        "source_count", "recorded_at",
    }  # fmt: skip


def test_since_keeps_developments_whose_dated_period_reaches_that_day(sqlite_store):
    append(sqlite_store, *seed_events())
    catch_up(sqlite_store)
    with sqlite_store.engine.connect() as conn:
        since = {e["key"] for e in timeline(conn, date(2026, 1, 28), today=TODAY)}
        later = {e["key"] for e in timeline(conn, date(2026, 3, 1), today=TODAY)}
    # "2026-01" and "2026" reach past the 28th; the 27th does not.
    assert {"forum", "netanyahu", "call", "protest", "commission"} == since
    assert later == {"netanyahu", "call", "protest", "commission"}


def test_a_step_announced_for_after_the_day_is_a_scheduled_entry(sqlite_store):
    append(
        sqlite_store,
        *seed_events(),
        ev.EventRevised(key="mou-visa", date="2026-09-01", date_precision="day",
                        fields={"stage": "in_force"}, source=source(4, "Astana Times")),
    )  # fmt: skip
    catch_up(sqlite_store)
    with sqlite_store.engine.connect() as conn:
        july = [e for e in timeline(conn, today=date(2026, 7, 1)) if e["key"] == "mou-visa"]
        autumn = [e for e in timeline(conn, today=TODAY) if e["key"] == "mou-visa"]
    assert [(e["kind"], e["stage"]) for e in july] == [
        ("detected", "memorandum_of_intent"), ("scheduled", "in_force"),
    ]  # fmt: skip
    assert [(e["kind"], e["stage"]) for e in autumn] == [
        ("detected", "memorandum_of_intent"), ("revised", "in_force"),
    ]  # fmt: skip
