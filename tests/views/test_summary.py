"""The summary: the one model's Facts as of a day, its projection, and the two time axes."""

from __future__ import annotations

from datetime import UTC, date, datetime

import sqlalchemy as sa

import storage
from monitor import events as ev
from monitor.views.render import render_text, to_json
from monitor.views.signings import documents
from monitor.views.summary import (
    SummaryView,
    load_summary,
    replay_developments,
    stored_developments,
    summarize,
)
from tests.views.conftest import append, catch_up, detected, fold, seed_events, source

SUMMER = date(2026, 6, 30)
TOKAYEV = "Kassym-Jomart Tokayev (President, KZ)"
HERZOG = "Isaac Herzog (President, IL)"


def keys(facts):
    return [fact["key"] for fact in facts]


def at(day: str) -> datetime:
    return datetime.fromisoformat(f"{day}T09:00:00+00:00")


def revisions():
    """The visa agreement the memorandum prepared, its later stages each from another outlet."""
    return [
        ev.EventRevised(key="mou-visa", date="2026-04-13", date_precision="day",
                        fields={"instrument": "agreement", "stage": "signed"},
                        evidence=["The visa waiver agreement was signed in Jerusalem."],
                        source=source(3, "Kazinform", at("2026-04-14"))),
        ev.EventRevised(key="mou-visa", date="2026-06-17", date_precision="day",
                        fields={"stage": "ratified"}, evidence=["The Mazhilis ratified it."],
                        source=source(4, "Astana Times", at("2026-06-18"))),
        ev.EventRevised(key="mou-visa", date="2026-09-01", date_precision="day",
                        fields={"stage": "in_force"},
                        evidence=["It enters into force on 1 September."],
                        source=source(5, "Times of Israel", at("2026-06-20"))),
    ]  # fmt: skip


def test_the_seed_article_fills_every_section_of_the_summary():
    doc = summarize(fold(seed_events()), SUMMER)

    assert doc["schema"] == "summary/3" and doc["developments"] == 12
    assert (doc["as_of"], doc["known_at"]) == ("2026-06-30", None)
    assert keys(doc["instruments"]) == ["signing/2026-01-27"]
    assert doc["instruments"][0]["headline"] == (
        "The two sides signed a memorandum of intent on visa exemption"
    )
    assert keys(documents(doc["instruments"])) == ["mou-visa"]
    memorandum = doc["instruments"][0]["documents"][0]
    assert memorandum["stage"] == "memorandum_of_intent"
    assert memorandum["headline"] == "Memorandum of intent on visa exemption (signed)"
    assert doc["visa_travel"]["status"] == "decided" and doc["visa_travel"]["visa_free"] is False
    assert keys(doc["visa_travel"]["facts"]) == ["visa-free"]
    assert keys(doc["frameworks"]) == ["abraham"]
    assert doc["frameworks"][0]["date"] == "2025-11"
    assert doc["frameworks"][0]["date_precision"] == "month"
    held = doc["visits"]["held"][0]
    assert held["fields"]["first_in_years"] == 16 and held["state"] == "held"
    assert "first such visit in 16 years" in held["headline"]
    assert keys(doc["visits"]["planned"]) == ["netanyahu"]
    assert doc["visits"]["overdue"] == []
    assert keys(doc["talks"]) == ["call"]
    assert keys(doc["economy"]["trade"]) == ["trade-2025"]
    assert doc["economy"]["trade"][0]["period"] == "2025"
    assert keys(doc["economy"]["forums"]) == ["forum"]
    assert keys(doc["economy"]["commissions"]) == ["commission"]
    assert sorted(keys(doc["statements"])) == ["praise", "two-states"]
    assert keys(doc["tensions"]) == ["protest"]
    assert doc["latest"]["key"] == "commission"  # 2026-05-20 is the latest dated development
    assert held["sources"] == [
        {"outlet": "Euronews", "url": "https://euronews.example.org/1",
         "published": "2026-01-29T10:00:00+00:00"}
    ]  # fmt: skip
    assert (held["source_count"], held["corroborations"]) == (1, 0)


def test_a_memorandum_of_intent_is_its_own_instrument_linked_from_the_agreement_it_prepares():
    doc = summarize(fold([*seed_events(), *revisions()]), date(2026, 11, 30))

    assert keys(doc["instruments"]) == ["signing/2026-04-13", "signing/2026-01-27"]
    agreement, memorandum = documents(doc["instruments"])
    assert (agreement["key"], memorandum["key"]) == ("mou-visa", "mou-visa/memorandum")
    assert [(s["stage"], s["date"]) for s in agreement["stages"]] == [
        ("signed", "2026-04-13"), ("ratified", "2026-06-17"), ("in_force", "2026-09-01"),
    ]  # fmt: skip
    assert agreement["headline"] == "Agreement on visa exemption (in force)"
    assert agreement["prepared_by"] == ["mou-visa/memorandum"]
    assert memorandum["prepares"] == "mou-visa"
    assert [(s["stage"], s["date"]) for s in memorandum["stages"]] == [
        ("memorandum_of_intent", "2026-01-27")
    ]
    assert [s["outlet"] for s in memorandum["sources"]] == ["Euronews"]
    assert agreement["source_count"] == 3
    assert (
        doc["visa_travel"]["status"] == "in_force" and doc["visa_travel"]["since"] == "2026-09-01"
    )
    text = render_text(doc)
    assert (
        "Stages: signed (13 Apr 2026) → ratified (17 Jun 2026) → in force (1 Sep 2026);"
        " prepared by: Memorandum of intent on visa exemption (signed), 27 Jan 2026"
    ) in text
    assert "; prepares: Agreement on visa exemption (in force), 1 Sep 2026" in text


def test_a_memorandum_links_to_an_agreement_on_its_subject_recorded_as_another_development():
    agreement = detected("visa-agreement", "agreement_signed", "2026-04-13",
                         {"subject": "visa", "instrument": "agreement", "stage": "signed"},
                         src=source(3, "Kazinform", at("2026-04-14")))  # fmt: skip
    doc = summarize(fold([*seed_events(), agreement]), SUMMER)
    linked = {fact["key"]: fact for fact in documents(doc["instruments"])}
    assert linked["mou-visa"]["prepares"] == "visa-agreement"
    assert linked["visa-agreement"]["prepared_by"] == ["mou-visa"]


def test_a_step_dated_after_the_day_is_scheduled_not_in_force_until_its_date_passes():
    developments = fold([*seed_events(), *revisions()])

    july = summarize(developments, date(2026, 7, 1))
    agreement = july["instruments"][0]["documents"][0]
    assert agreement["stage"] == "ratified" and agreement["state"] == "ratified"
    assert agreement["scheduled"] == [
        {"stage": "in_force", "date": "2026-09-01", "date_precision": "day"}
    ]
    assert agreement["headline"] == (
        "Agreement on visa exemption (ratified; in force scheduled on 1 Sep 2026)"
    )
    assert july["visa_travel"]["status"] == "scheduled"
    assert july["visa_travel"]["expected"] == "2026-09-01"

    (september, _) = documents(summarize(developments, date(2026, 9, 1))["instruments"])
    assert september["stage"] == "in_force" and september["scheduled"] == []


def test_a_route_announced_for_later_is_scheduled_and_never_the_latest_development():
    flights = detected("route", "visa_travel", "2026-12-15",
                       {"subject": "flights", "status": "in_force", "effective": "2026-12-15"},
                       src=source(9, "Levant Wire", at("2026-10-05")))  # fmt: skip
    doc = summarize(
        fold([*seed_events(), flights], recorded_at=at("2026-10-05")), date(2026, 11, 30)
    )
    route = doc["visa_travel"]["flights"][0]
    assert route["state"] == "scheduled"
    assert route["headline"] == "Flights (scheduled to start on 15 Dec 2026)"
    assert doc["latest"]["key"] != "route"
    assert "Flights are scheduled to start on 15 Dec 2026." in doc["lead"]

    after = summarize(
        fold([*seed_events(), flights], recorded_at=at("2026-10-05")), date(2026, 12, 16)
    )
    assert after["visa_travel"]["flights"][0]["state"] == "in_force"
    assert after["latest"]["key"] == "route"


def test_a_planned_visit_fulfilled_by_a_held_visit_moves_to_held():
    visit = detected("netanyahu-held", "official_visit", "2026-07-09",
                     {"visitor": "Benjamin Netanyahu", "visitor_role": "Prime Minister",
                      "host_country": "KZ"},
                     src=source(6, "Caspian Ledger", at("2026-07-09")))  # fmt: skip
    developments = fold([*seed_events(), visit])

    before = summarize(developments, SUMMER)
    assert keys(before["visits"]["planned"]) == ["netanyahu"]
    assert before["visits"]["held"][0]["key"] == "visit-saar"  # the visit is dated after the day

    after = summarize(developments, date(2026, 7, 10))
    assert after["visits"]["planned"] == [] and after["visits"]["overdue"] == []
    assert after["visits"]["held"][0]["key"] == "netanyahu-held"
    assert after["visits"]["held"][0]["fulfils"] == ["netanyahu"]
    # The plan's announcement was news of its day: it stays, marked as made.
    (plan,) = after["visits"]["fulfilled"]
    assert (plan["key"], plan["state"], plan["fulfilled_by"]) == (
        "netanyahu",
        "fulfilled",
        "netanyahu-held",
    )
    assert plan["headline"].endswith("; the visit was made")
    assert after["latest"]["key"] != "netanyahu"


def test_a_plan_reported_in_the_visits_own_development_is_split_off_as_fulfilled():
    """Announced, then made: one development of the visit's family, two Facts: the visit, told
    by every report, and its plan, by the reports of the plan."""
    role = {"visitor": "Isaac Herzog", "visitor_role": "President", "host_country": "KZ"}
    plan = detected("herzog", "visit_planned", "2026-10", {**role, "expected": "2026-10"},
                    "Herzog will visit Astana in October.",
                    src=source(11, "Kazinform", at("2026-09-20")))  # fmt: skip
    made = ev.EventRevised(key="herzog", type="official_visit", date="2026-10-14",
                           date_precision="day", fields=role,
                           evidence=["Herzog arrived in Astana on Wednesday."],
                           source=source(12, "Times of Israel", at("2026-10-14")))  # fmt: skip
    developments = fold([plan], recorded_at=at("2026-09-20"))
    developments.apply(made, position=2, recorded_at=at("2026-10-14"))

    before = summarize(developments, date(2026, 10, 1))
    assert keys(before["visits"]["planned"]) == ["herzog"] and before["visits"]["held"] == []

    doc = summarize(developments, date(2026, 11, 1))
    (visit,) = doc["visits"]["held"]
    (announced,) = doc["visits"]["fulfilled"]
    assert (visit["key"], visit["date"], visit["fulfils"]) == (
        "herzog",
        "2026-10-14",
        ["herzog/plan"],
    )
    assert (announced["key"], announced["state"], announced["date"]) == (
        "herzog/plan",
        "fulfilled",
        "2026-10",
    )
    assert announced["fulfilled_by"] == "herzog"
    assert [s["outlet"] for s in visit["sources"]] == ["Kazinform", "Times of Israel"]
    assert [s["outlet"] for s in announced["sources"]] == ["Kazinform"]
    assert doc["visits"]["planned"] == doc["visits"]["overdue"] == []


def test_a_planned_visit_whose_period_passed_unreported_is_overdue_and_shown_apart():
    old_plan = detected("nazarbayev", "visit_planned", "2016",
                        {"visitor": "Nursultan Nazarbayev", "visitor_role": "President"},
                        actors=["Nursultan Nazarbayev (President, KZ)"],
                        src=source(7, "Caspian Ledger", at("2016-12-15")))  # fmt: skip
    doc = summarize(fold([*seed_events(), old_plan]), SUMMER)
    assert keys(doc["visits"]["overdue"]) == ["nazarbayev"]
    assert keys(doc["visits"]["planned"]) == ["netanyahu"]
    overdue = doc["visits"]["overdue"][0]
    assert overdue["state"] == "overdue"
    assert overdue["headline"] == (
        "Nursultan Nazarbayev (President) was expected to visit Israel; no visit reported since"
    )
    assert summarize(fold([*seed_events(), old_plan]), date(2016, 12, 20))["visits"]["planned"]


def test_headlines_are_english_phrases_from_fields_with_each_actor_once():
    tension = detected("warning", "tension", "2026-03-01",
                       {"speaker": "Foreign Ministry (KZ)",
                        "about": "advised citizens to refrain from travelling to israel until"},
                       "The ministry advised citizens against travel to Israel.")  # fmt: skip
    call = detected("call-2", "talks", "2026-04-07", {"format": "call"},
                    actors=[TOKAYEV, "President", TOKAYEV, HERZOG])  # fmt: skip
    visit = detected("visit-none", "official_visit", "2026-05-20",
                     {"visitor_role": "Economy Minister", "host_country": "KZ",
                      "first_in_years": None})  # fmt: skip
    doc = summarize(fold([tension, call, visit]), SUMMER)
    assert doc["tensions"][0]["headline"] == "Travel warning: Foreign Ministry (KZ)"
    assert doc["talks"][0]["actors"] == [TOKAYEV, HERZOG]
    assert doc["visits"]["held"][0]["headline"] == "Israel's Economy Minister visited Kazakhstan"


def test_an_unnamed_visitor_is_told_by_the_side_it_comes_from():
    delegation = detected("visit-delegation", "official_visit", "2026-05-20",
                          {"visitor_role": "Delegation", "host_country": "IL"})  # fmt: skip
    named = detected("visit-named", "official_visit", "2026-05-21",
                     {"visitor": "Gideon Sa'ar", "visitor_role": "Foreign Minister",
                      "host_country": "KZ"})  # fmt: skip
    held = summarize(fold([delegation, named]), SUMMER)["visits"]["held"]
    assert sorted(fact["headline"] for fact in held) == [
        "A delegation from Kazakhstan visited Israel",
        "Gideon Sa'ar (Foreign Minister) visited Kazakhstan",
    ]


def test_evidence_quotes_keep_their_language_and_are_marked_with_it():
    quotes = detected("talks-ru", "talks", "2026-03-03", {"format": "call"},
                      "Министр провёл телефонный разговор с коллегой.")  # fmt: skip
    fact = summarize(fold([quotes]), SUMMER)["talks"][0]
    assert fact["evidence"] == [
        {"text": "Министр провёл телефонный разговор с коллегой.", "lang": "ru"}
    ]


def test_the_lead_retells_the_seed_articles_news_as_of_its_day():
    doc = summarize(fold(seed_events()), date(2026, 1, 29))
    lead = doc["lead"]
    assert lead.startswith("Israeli Foreign Minister Gideon Sa'ar visited Astana on 27 Jan 2026")
    assert "the first such visit in 16 years" in lead
    assert "memorandum of intent on visa exemption on 27 Jan 2026" in lead
    assert "Abraham Accords in Nov 2025" in lead
    assert "business forum" in lead
    assert "Benjamin Netanyahu is expected to visit" in lead
    # Dated after 29 Jan and not announced by then: not news yet.
    assert "commission" not in lead and "call" not in keys(doc["talks"])


def test_a_retracted_development_leaves_the_summary_and_a_new_detection_brings_it_back_afresh():
    retracted = [*seed_events(), ev.EventRetracted(key="protest", reason="not bilateral")]
    assert summarize(fold(retracted), SUMMER)["tensions"] == []
    again = detected("protest", "tension", "2026-05-16", {"speaker": "protesters (KZ)"},
                     src=source(5, "Kursiv"))  # fmt: skip
    doc = summarize(fold([*retracted, again]), SUMMER)
    # Only what the new detection says: the detector retracts and re-detects a development
    # to take back a source or a step.
    [fact] = doc["tensions"]
    assert fact["key"] == "protest" and fact["date"] == "2026-05-16"
    assert [s["outlet"] for s in fact["sources"]] == ["Kursiv"]


def test_events_for_developments_never_detected_are_ignored():
    developments = fold([
        ev.EventCorroborated(key="ghost", source=source(1)),
        ev.EventRevised(key="ghost", fields={"stage": "ratified"}, source=source(1)),
        ev.EventRetracted(key="ghost", reason="-"),
    ])  # fmt: skip
    assert developments.developments == {} and developments.touched == set()


def test_as_of_counts_what_had_happened_by_the_day_even_when_reported_later():
    late = detected("abraham-late", "multilateral", "2025-11-06", {"framework": "Abraham Accords"},
                    src=source(8, "Kursiv", at("2026-02-20")))  # fmt: skip
    developments = fold([*seed_events(), late], recorded_at=at("2026-02-20"))

    early = summarize(developments, date(2026, 1, 20))
    assert "abraham-late" in keys(early["frameworks"])  # happened then, known now
    assert early["instruments"] == []  # the memorandum of 2026-01-27 had not been signed
    assert keys(early["economy"]["forums"]) == ["forum"]  # "2026-01" counts from its first day
    assert keys(early["visits"]["planned"]) == []  # announced on 2026-01-29
    assert early["visits"]["held"] == [] and early["latest"]["key"] == "forum"


def test_known_at_replays_only_the_events_recorded_by_then(store):
    append(store, *seed_events(), recorded_at=datetime(2026, 1, 29, 12, tzinfo=UTC))
    append(store, *revisions()[:2], recorded_at=datetime(2026, 6, 20, tzinfo=UTC))
    append(store, revisions()[2], recorded_at=datetime(2026, 9, 1, 8, tzinfo=UTC))
    today = date(2026, 11, 30)

    assert load_summary(store, today=today, known_at=date(2026, 1, 28))["developments"] == 0
    feb = load_summary(store, today=today, known_at=date(2026, 2, 1))
    assert (feb["as_of"], feb["known_at"]) == ("2026-02-01", "2026-02-01")
    assert keys(documents(feb["instruments"])) == ["mou-visa"]
    assert feb["instruments"][0]["documents"][0]["stage"] == "memorandum_of_intent"
    # Recorded on 2026-06-20: not known at 2026-06-19 even though dated before it.
    june = load_summary(store, today=today, known_at=date(2026, 6, 19))
    assert [f["stage"] for f in documents(june["instruments"])] == ["memorandum_of_intent"]
    known = load_summary(store, today=today, known_at=date(2026, 6, 20))
    assert next(documents(known["instruments"]))["stage"] == "ratified"
    # What the log knows now, told as of 2026-06-20: in force is still ahead.
    catch_up(store)
    now = load_summary(store, today=today, as_of=date(2026, 6, 20))
    assert next(documents(now["instruments"]))["scheduled"][0]["stage"] == "in_force"
    assert next(documents(load_summary(store, today=today)["instruments"]))["stage"] == "in_force"


def test_the_projection_answers_like_a_replay_of_the_whole_log(store):
    append(store, *seed_events(), *revisions())
    append(store, ev.EventCorroborated(key="forum", source=source(2, "Astana Times")))
    catch_up(store)
    stored = load_summary(store, today=SUMMER)
    assert stored == summarize(replay_developments(store, page=5), SUMMER)
    assert stored["economy"]["forums"][0]["source_count"] == 2


def _dump(store, table: str) -> list[tuple]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text(f"SELECT * FROM {table} ORDER BY 1")).all()
    return [tuple(row) for row in rows]


def test_rebuilding_the_projection_gives_an_identical_table(store):
    append(store, *seed_events(), *revisions())
    append(store, ev.EventCorroborated(key="praise", source=source(4, "Kursiv")))
    append(store, ev.EventRetracted(key="protest", reason="not bilateral"))
    catch_up(store, batch_size=3)  # across batch boundaries, loading stored developments
    before = _dump(store, "view_developments")
    rendered = to_json(load_summary(store, today=SUMMER))

    storage.rebuild(store, SummaryView())

    assert _dump(store, "view_developments") == before
    assert to_json(load_summary(store, today=SUMMER)) == rendered
    assert len(before) == 12


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


def test_quotes_in_other_latin_script_languages_are_marked_with_theirs():
    quotes = {
        "Der Außenminister ist am Dienstag in Astana eingetroffen und traf den Präsidenten.": "de",
        "Il ministro ha definito la decisione di Tokayev un passo storico per il paese.": "it",
        "El ministro israelí llegó el martes a Astaná para una visita de dos días.": "es",
        "Bakan, iki ülke arasındaki işbirliğinin bu yıl artacağını söyledi.": "tr",
        "گدعون سار روز دوشنبه وارد آستانا شد.": "fa",
        "The minister arrived in Astana on Tuesday for a two-day visit.": "en",
    }
    for n, (text, lang) in enumerate(quotes.items()):
        fact = summarize(fold([detected(f"q-{n}", "talks", "2026-03-03", {"format": "call"},
                                        text)]), SUMMER)["talks"][0]  # fmt: skip
        assert fact["evidence"] == [{"text": text, "lang": lang}]
