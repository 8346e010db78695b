"""Signings: the summary's documents gathered by the date they were signed, one entry a day."""

from __future__ import annotations

from datetime import date, datetime

from monitor import events as ev
from monitor.views.render import render_markdown, render_text
from monitor.views.signings import documents, listing
from monitor.views.summary import load_summary
from tests.views.conftest import append, catch_up, detected, source

TODAY = date(2026, 11, 30)
TUESDAY = "2026-01-27"


def at(day: str) -> datetime:
    return datetime.fromisoformat(f"{day}T09:00:00+00:00")


def signed(key, subject, instrument="agreement", when=TUESDAY, src=None, **extra):
    return detected(
        key, "agreement_signed", when,
        {"subject": subject, "instrument": instrument, "stage": "signed"},
        f"They signed the {instrument} on {subject}.", src=src or source(1), **extra,
    )  # fmt: skip


def visit_day() -> list[ev.DomainEvent]:
    """Three documents signed on one visit; each outlet names some of them."""
    kazinform, euronews = source(1, "Kazinform", at("2026-01-27")), source(2, "Euronews")
    return [
        signed("training", "diplomatic_training", src=kazinform),
        signed("diplomacy", "public_diplomacy", src=kazinform),
        ev.EventCorroborated(key="diplomacy", source=euronews),
        signed("visas", "visa", "memorandum_of_intent", src=euronews),
    ]


def summary_of(store, *events, today=TODAY, **known):
    append(store, *events)
    catch_up(store)
    return load_summary(store, today=today, **known)


def developments_the_scorer_sees(node, found=None):
    """What `score_summary.py` counts: each object with a `type` and a `sources` list, not looked
    into, wherever it sits (`latest` aside)."""
    found = [] if found is None else found
    if isinstance(node, dict) and "type" in node and isinstance(node.get("sources"), list):
        found.append(node)
    elif isinstance(node, dict):
        for name, value in node.items():
            if name != "latest":
                developments_the_scorer_sees(value, found)
    elif isinstance(node, list):
        for value in node:
            developments_the_scorer_sees(value, found)
    return found


def test_documents_signed_on_one_day_by_two_outlets_are_one_signing_with_both_sources(store):
    doc = summary_of(store, *visit_day())

    (signing,) = doc["instruments"]
    assert signing["key"] == "signing/2026-01-27" and signing["type"] == "agreement_signed"
    assert (signing["date"], signing["date_precision"]) == (TUESDAY, "day")
    assert signing["headline"] == (
        "The two sides signed three documents: agreements on diplomatic training and public "
        "diplomacy, and a memorandum of intent on visa exemption"
    )
    assert [f["key"] for f in signing["documents"]] == ["training", "diplomacy", "visas"]
    assert [s["outlet"] for s in signing["sources"]] == ["Kazinform", "Euronews"]  # each once
    assert (signing["source_count"], signing["corroborations"]) == (2, 1)
    assert signing["state"] == "signed"  # a memorandum of intent and agreements
    assert len(signing["evidence"]) == 3 and signing["documents"][1]["source_count"] == 2
    assert doc["developments"] == 3  # each document is a development of its own
    # The scorer, and a reader, see one agreement signed that day, with every outlet.
    assert [f["key"] for f in developments_the_scorer_sees(doc)] == ["signing/2026-01-27"]
    assert doc["latest"] == signing


def test_documents_signed_on_different_days_or_dated_less_sharply_stay_apart(store):
    doc = summary_of(
        store, *visit_day(),
        signed("water", "water", "memorandum_of_understanding", "2026-01-28"),
        signed("health", "health", when="2026-01"),
        signed("defence", "defence", when="2026-01"),
        signed("old-a", "trade", when=None), signed("old-b", "aviation", when=None),
    )  # fmt: skip

    keys = [s["key"] for s in doc["instruments"]]
    # Undated ones sort by the day they were recorded, as undated Facts do.
    assert sorted(keys[:2]) == ["signing/undated/old-a", "signing/undated/old-b"]
    assert keys[2:] == ["signing/2026-01-28", "signing/2026-01-27", "signing/2026-01"]
    month = doc["instruments"][4]
    assert month["headline"] == "The two sides signed agreements on health care and defence"
    assert month["date_precision"] == "month"
    assert [len(s["documents"]) for s in doc["instruments"]] == [1, 1, 1, 3, 2]
    assert doc["developments"] == 8


def test_a_memorandum_keeps_preparing_an_agreement_signed_and_ratified_later(store):
    agreement = signed("visa-agreement", "visa", when="2026-04-13", src=source(3, "Kazinform"))
    ratified = ev.EventRevised(
        key="visa-agreement", date="2026-06-17", date_precision="day",
        fields={"stage": "ratified"}, evidence=["The Mazhilis ratified it."],
        source=source(4, "Astana Times", at("2026-06-18")),
    )  # fmt: skip
    doc = summary_of(store, *visit_day(), agreement, ratified)

    april, january = doc["instruments"]
    assert (april["key"], january["key"]) == ("signing/2026-04-13", "signing/2026-01-27")
    (kept,) = april["documents"]  # ratified in June, still with the day it was signed
    assert kept["date"] == "2026-06-17" and kept["state"] == "ratified"
    assert [s["stage"] for s in kept["stages"]] == ["signed", "ratified"]
    memorandum = next(f for f in january["documents"] if f["key"] == "visas")
    assert memorandum["prepares"] == "visa-agreement"
    assert kept["prepared_by"] == ["visas"]
    text = render_text(doc)
    assert "prepared by: Memorandum of intent on visa exemption (signed), 27 Jan 2026" in text
    assert "prepares: Agreement on visa exemption (ratified), 17 Jun 2026" in text
    # The latest news is the ratification, not a signing: told as the document.
    assert doc["latest"]["key"] == "visa-agreement"
    assert "Latest: 17 Jun 2026: Agreement on visa exemption (ratified)" in text
    assert "The agreement on visa exemption was ratified on 17 Jun 2026." in doc["lead"]


def test_the_lead_tells_each_signing_day_in_one_sentence(store):
    kazinform = source(1, "Kazinform")
    doc = summary_of(
        store,
        signed("training", "diplomatic_training", src=kazinform),
        signed("diplomacy", "public_diplomacy", src=kazinform),
    )
    assert doc["lead"].startswith(
        "The two sides signed agreements on diplomatic training and public diplomacy "
        "on 27 Jan 2026."
    )
    assert doc["lead"].count("signed") == 1

    more = summary_of(store, signed("visas", "visa", "memorandum_of_intent", src=source(2)))
    assert more["lead"].startswith(
        "The two sides signed agreements on diplomatic training and public diplomacy, and a "
        "memorandum of intent on visa exemption on 27 Jan 2026."
    )
    decided = detected(
        "visa-free", "visa_travel", TUESDAY, {"subject": "visa_free", "status": "decided"},
        src=source(2),
    )  # fmt: skip
    travel = summary_of(store, decided)
    assert travel["lead"].startswith(
        "The two sides signed agreements on diplomatic training and public diplomacy, and a "
        "memorandum of intent on visa exemption on 27 Jan 2026; the memorandum of intent "
        "prepares visa-free travel."
    )
    assert "Visa-free travel has been agreed" not in travel["lead"]  # told with the memorandum


def test_a_signing_of_several_documents_renders_as_one_entry_listing_them(store):
    doc = summary_of(store, *visit_day())

    text = render_text(doc)
    entry = text[text.index("BILATERAL INSTRUMENTS") :].splitlines()[1:6]
    assert entry == [
        "  - 27 Jan 2026: The two sides signed three documents: agreements on diplomatic training"
        " and public diplomacy, and a memorandum of intent on visa exemption",
        "    · Agreement on diplomatic training (signed)",
        "    · Agreement on public diplomacy (signed)",
        "    · Memorandum of intent on visa exemption (signed)",
        "    2 sources: Kazinform (27 Jan 2026) https://kazinform.example.org/1; Euronews"
        " (29 Jan 2026) https://euronews.example.org/2",
    ]
    markdown = render_markdown(doc)
    assert "  - Agreement on public diplomacy (signed)\n" in markdown
    assert "(2 sources: [Kazinform](https://kazinform.example.org/1)" in markdown


def test_a_document_still_to_be_signed_is_a_signing_to_come(store):
    doc = summary_of(
        store,
        signed("water", "water", when="2026-12-15", src=source(1, "Kursiv", at("2026-11-02"))),
    )
    (signing,) = doc["instruments"]
    assert signing["state"] == "scheduled" and signing["date"] == "2026-12-15"
    assert signing["headline"] == "The two sides are to sign an agreement on water management"


def test_known_at_gathers_only_the_documents_recorded_by_then(store):
    append(store, *visit_day()[:2], recorded_at=at("2026-01-27"))
    append(store, *visit_day()[2:], recorded_at=at("2026-01-29"))
    catch_up(store)

    monday = load_summary(store, today=TODAY, known_at=date(2026, 1, 27))
    (signing,) = monday["instruments"]
    assert sorted(f["key"] for f in documents(monday["instruments"])) == ["diplomacy", "training"]
    assert signing["source_count"] == 1
    assert signing["updated_at"].startswith("2026-01-27")
    later = load_summary(store, today=TODAY, known_at=date(2026, 1, 29))
    assert later["instruments"][0]["source_count"] == 2


def test_documents_list_as_english_noun_phrases():
    def fact(instrument, subject):
        return {"instrument": instrument, "subject": subject}

    assert listing([fact("treaty", None)]) == "a treaty"
    assert listing([fact("agreement", None), fact("agreement", "other")]) == "two agreements"
    assert listing([fact("agreement", "health"), fact("agreement", None)]) == (
        "an agreement on health care and another agreement"
    )
    assert listing([fact("agreement", "water"), fact("agreement", "water")]) == (
        "two agreements on water management"
    )
    assert listing(
        [fact("memorandum_of_understanding", "water"), fact("protocol", "trade"),
         fact("memorandum_of_understanding", "agriculture"), fact("roadmap", None)],
        counted=True,
    ) == (
        "four documents: memoranda of understanding on water management and agriculture, "
        "a protocol on trade and economic cooperation, and a roadmap"
    )  # fmt: skip
