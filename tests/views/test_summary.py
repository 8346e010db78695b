"""The summary: the pure fold of development events, its projection and replays as of a date."""

from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa

import storage
from monitor import events as ev
from monitor.views.render import to_json
from monitor.views.summary import (
    SummaryView,
    load_summary,
    replay_developments,
    stored_developments,
    summarize,
)
from monitor.views.timeline import TimelineView
from tests.views.conftest import append, catch_up, detected, fold, seed_events, source


def keys(facts):
    return [fact["key"] for fact in facts]


def revisions():
    """The visa memorandum's later stages, each reported by another outlet."""
    return [
        ev.EventRevised(key="mou-visa", date="2026-04-13", date_precision="day",
                        fields={"instrument": "agreement", "stage": "signed"},
                        evidence=["The visa waiver agreement was signed in Jerusalem."],
                        source=source(3, "Kazinform")),
        ev.EventRevised(key="mou-visa", date="2026-06-17", date_precision="day",
                        fields={"stage": "ratified"}, evidence=["The Mazhilis ratified it."],
                        source=source(4, "Astana Times")),
        ev.EventRevised(key="mou-visa", date="2026-09-01", date_precision="day",
                        fields={"stage": "in_force"}, evidence=["It entered into force."],
                        source=source(5, "Times of Israel")),
    ]  # fmt: skip


def test_the_seed_article_fills_every_section_of_the_summary():
    doc = summarize(fold(seed_events()).developments.values())

    assert doc["schema"] == "summary/1" and doc["developments"] == 12
    assert keys(doc["instruments"]) == ["mou-visa"]
    assert doc["instruments"][0]["stage"] == "memorandum_of_intent"
    assert doc["visa_travel"]["status"] == "decided" and doc["visa_travel"]["visa_free"] is False
    assert keys(doc["visa_travel"]["facts"]) == ["visa-free"]
    assert keys(doc["frameworks"]) == ["abraham"]
    assert doc["frameworks"][0]["date"] == "2025-11"
    assert doc["frameworks"][0]["date_precision"] == "month"
    held = doc["visits"]["held"][0]
    assert held["fields"]["first_in_years"] == 16
    assert "first such visit in 16 years" in held["headline"]
    assert keys(doc["visits"]["planned"]) == ["netanyahu"]
    assert keys(doc["talks"]) == ["call"]
    assert keys(doc["economy"]["trade"]) == ["trade-2025"]
    assert doc["economy"]["trade"][0]["period"] == "2025"
    assert doc["economy"]["trade"][0]["fields"]["currency"] == "USD"
    assert keys(doc["economy"]["forums"]) == ["forum"]
    assert keys(doc["economy"]["commissions"]) == ["commission"]
    assert sorted(keys(doc["statements"])) == ["praise", "two-states"]
    assert keys(doc["tensions"]) == ["protest"]
    assert doc["latest"]["key"] == "commission"  # 2026-05-20 is the latest dated development
    fact = doc["visits"]["held"][0]
    assert fact["sources"] == [
        {"outlet": "Euronews", "url": "https://euronews.example.org/1",
         "published": "2026-01-29T10:00:00+00:00"}
    ]  # fmt: skip
    assert (fact["source_count"], fact["corroborations"]) == (1, 0)


def test_an_instrument_climbs_from_memorandum_of_intent_to_in_force_through_revisions():
    doc = summarize(fold([*seed_events(), *revisions()]).developments.values())

    instrument = doc["instruments"][0]
    assert instrument["stage"] == "in_force"
    assert instrument["instrument"] == "agreement"
    assert [(s["stage"], s["date"]) for s in instrument["stages"]] == [
        ("memorandum_of_intent", "2026-01-27"), ("signed", "2026-04-13"),
        ("ratified", "2026-06-17"), ("in_force", "2026-09-01"),
    ]  # fmt: skip
    assert instrument["date"] == "2026-09-01"
    assert instrument["source_count"] == 4
    assert doc["visa_travel"] | {"facts": [], "flights": []} == {
        "visa_free": True, "status": "in_force", "since": "2026-09-01", "expected": None,
        "facts": [], "flights": [],
    }  # fmt: skip
    assert doc["latest"]["key"] == "mou-visa"


def test_a_late_report_of_an_earlier_stage_does_not_move_the_stage_back():
    late = ev.EventRevised(key="mou-visa", fields={"stage": "signed"}, source=source(9, "Late"))
    doc = summarize(fold([*seed_events(), *revisions(), late]).developments.values())
    assert doc["instruments"][0]["stage"] == "in_force"


def test_corroborations_count_distinct_sources_and_list_them():
    events = [
        *seed_events(),
        ev.EventCorroborated(key="visit-saar", evidence=["Sa'ar arrived in Astana."],
                             source=source(2, "Astana Times")),
        ev.EventCorroborated(key="visit-saar", evidence=["Sa'ar arrived in Astana."],
                             source=source(2, "Astana Times")),  # the same source again
        ev.EventCorroborated(key="visit-saar", source=source(3, "Times of Israel")),
    ]  # fmt: skip
    fact = summarize(fold(events).developments.values())["visits"]["held"][0]
    assert fact["source_count"] == 3 and fact["corroborations"] == 2
    assert [s["outlet"] for s in fact["sources"]] == ["Euronews", "Astana Times", "Times of Israel"]
    assert fact["evidence"][1] == "Sa'ar arrived in Astana."


def test_a_retracted_development_leaves_the_summary_and_a_new_detection_brings_it_back_afresh():
    retracted = [*seed_events(), ev.EventRetracted(key="protest", reason="not bilateral")]
    assert summarize(fold(retracted).developments.values())["tensions"] == []
    again = detected("protest", "tension", "2026-05-16", {"speaker": "protesters (KZ)"},
                     src=source(5, "Kursiv"))  # fmt: skip
    doc = summarize(fold([*retracted, again]).developments.values())
    # Only what the new detection says: the detector retracts and re-detects a development
    # to take back a source or a step.
    [fact] = doc["tensions"]
    assert fact["key"] == "protest" and fact["date"] == "2026-05-16"
    assert [s["outlet"] for s in fact["sources"]] == ["Kursiv"]


def test_events_for_developments_never_detected_are_ignored():
    relations = fold([
        ev.EventCorroborated(key="ghost", source=source(1)),
        ev.EventRevised(key="ghost", fields={"stage": "ratified"}, source=source(1)),
        ev.EventRetracted(key="ghost", reason="-"),
    ])  # fmt: skip
    assert relations.developments == {} and relations.touched == set()


def test_as_of_a_date_leaves_out_developments_and_stages_dated_after_it():
    developments = fold([*seed_events(), *revisions()]).developments.values()

    early = summarize(developments, as_of=date(2026, 1, 20))
    assert early["instruments"] == []  # the memorandum of 2026-01-27 is absent
    assert keys(early["frameworks"]) == ["abraham"]  # November 2025 is in
    assert keys(early["economy"]["forums"]) == ["forum"]  # "2026-01" counts from its first day
    assert keys(early["visits"]["planned"]) == ["netanyahu"]  # plans are dated in the future
    assert early["visits"]["held"] == [] and early["latest"]["key"] == "forum"

    summer = summarize(developments, as_of=date(2026, 6, 30))["instruments"][0]
    assert summer["stage"] == "ratified" and summer["date"] == "2026-06-17"
    assert [s["stage"] for s in summer["stages"]] == ["memorandum_of_intent", "signed", "ratified"]


def test_as_of_replays_only_the_events_recorded_by_then(store):
    jan = datetime(2026, 1, 29, 12, tzinfo=UTC)
    append(store, *seed_events(), recorded_at=jan)
    append(store, *revisions()[:2], recorded_at=datetime(2026, 6, 20, tzinfo=UTC))
    append(store, revisions()[2], recorded_at=datetime(2026, 9, 1, 8, tzinfo=UTC))

    assert load_summary(store, date(2026, 1, 28))["developments"] == 0  # nothing recorded yet
    assert load_summary(store, date(2026, 1, 20))["developments"] == 0
    feb = load_summary(store, date(2026, 2, 1))
    assert feb["instruments"][0]["stage"] == "memorandum_of_intent"
    assert "protest" not in keys(feb["tensions"])  # recorded, but dated 2026-05-15
    # Recorded on 2026-06-20: not known as of 2026-06-19 even though dated before it.
    june = load_summary(store, date(2026, 6, 19))["instruments"][0]
    assert june["stage"] == "memorandum_of_intent" and june["source_count"] == 1
    assert load_summary(store, date(2026, 6, 20))["instruments"][0]["stage"] == "ratified"
    assert load_summary(store, date(2026, 9, 1))["instruments"][0]["stage"] == "in_force"


def test_the_projection_answers_like_a_replay_of_the_whole_log(store):
    append(store, *seed_events(), *revisions())
    append(store, ev.EventCorroborated(key="forum", source=source(2, "Astana Times")))
    catch_up(store)
    stored = load_summary(store)
    assert stored == summarize(replay_developments(store, page=5))
    assert stored["economy"]["forums"][0]["source_count"] == 2


def _dump(store, table: str) -> list[tuple]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text(f"SELECT * FROM {table} ORDER BY 1")).all()
    return [tuple(row) for row in rows]


def test_rebuilding_the_projections_gives_identical_tables(store):
    append(store, *seed_events(), *revisions())
    append(store, ev.EventCorroborated(key="praise", source=source(4, "Kursiv")))
    append(store, ev.EventRetracted(key="protest", reason="not bilateral"))
    catch_up(store, batch_size=3)  # across batch boundaries, loading stored developments
    before = {t: _dump(store, t) for t in ("view_developments", "view_timeline")}
    rendered = to_json(load_summary(store))

    for reader in (SummaryView(), TimelineView()):
        storage.rebuild(store, reader)

    assert {t: _dump(store, t) for t in before} == before
    assert to_json(load_summary(store)) == rendered
    assert len(before["view_developments"]) == 12 and len(before["view_timeline"]) == 15


def test_the_projection_keeps_one_row_per_development_with_its_source_count(sqlite_store):
    append(sqlite_store, *seed_events())
    append(sqlite_store, ev.EventCorroborated(key="call", source=source(2, "Kazinform")))
    catch_up(sqlite_store)
    with sqlite_store.engine.connect() as conn:
        developments = {dev.key: dev for dev in stored_developments(conn)}
        counts = dict(
            conn.execute(sa.text("SELECT key, source_count FROM view_developments")).all()
        )
    assert len(developments) == 12 and counts["call"] == 2 and counts["forum"] == 1
    assert developments["call"].last_position == 13
