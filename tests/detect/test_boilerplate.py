"""Page furniture (related headlines, tags, captions, bylines) is not the article's text."""

from __future__ import annotations

from monitor.detect.sentences import analyse
from tests.detect.helpers import events_of


def body(detector, text: str) -> list[str]:
    return [s.text for s in analyse(detector.lexicon, "", text, 4)]


def test_a_read_also_block_of_headlines_is_dropped(detector):
    text = (
        "Wheat exports rose 12% in February.\n"
        "Read also:\n"
        "Kazakhstan and Israel sign water memorandum\n"
        "Israel strikes Gaza\n"
        "The ministry expects record exports this year."
    )
    assert body(detector, text) == [
        "Wheat exports rose 12% in February.",
        "The ministry expects record exports this year.",
    ]


def test_inline_markers_drop_their_sentence(detector):
    text = (
        "Kazakhstan wants to ship more goods across the Caspian Sea. "
        "Lesen Sie auch: Israel greift Ziele im Libanon an. "
        "Теги: Израиль, Казахстан\n"
        "Photo: the Israeli and Kazakh ministers in Astana."
    )
    assert body(detector, text) == ["Kazakhstan wants to ship more goods across the Caspian Sea."]


def test_a_marker_word_that_opens_a_real_sentence_is_kept(detector):
    text = "Topics discussed included visa-free travel and flights."
    assert body(detector, text) == [text]


def test_runs_of_headline_lines_without_a_marker_are_dropped(detector):
    text = (
        "By Daniyar Omarov\n4 min read\n"
        "The two ministers met in Astana on Tuesday.\n"
        "Israel's central bank holds rates\nKazakhstan and Israel sign water deal"
    )
    assert body(detector, text) == ["The two ministers met in Astana on Tuesday."]


def test_a_list_introduced_by_a_colon_is_content(assess):
    result = assess(
        "Kazakhstan and Israel sign three documents",
        "Kazakhstan and Israel signed the following documents in Astana on Tuesday:\n"
        "a memorandum of understanding on water management\n"
        "an agreement on cooperation in health care\n"
        "a roadmap on agriculture",
    )
    assert result["relevant"] is True
    found = {
        (e["fields"]["instrument"], e["fields"]["subject"], e["date"])
        for e in events_of(result, "agreement_signed")
    }
    assert found == {
        ("memorandum_of_understanding", "water", "2026-03-10"),
        ("agreement", "health", "2026-03-10"),
        ("roadmap", "agriculture", "2026-03-10"),
    }


def test_related_headlines_naming_both_sides_do_not_make_a_story_relevant(assess):
    result = assess(
        "Israeli strikes kill 20 in Gaza",
        "Israeli air strikes killed at least 20 people in Gaza overnight, officials said.\n"
        "Related stories\n"
        "Kazakhstan and Israel sign memorandum on water cooperation\n"
        "Israeli foreign minister arrives in Astana for talks",
    )
    assert result["relevant"] is False
    assert result["events"] == []


def test_a_sentence_whose_full_stop_fell_into_the_next_paragraph_is_prose(detector):
    # A page that set the full stop of a paragraph at the start of the next one: the line
    # without a stop is the article's sentence, not a related headline set in the text.
    text = (
        "The two leaders met in Astana on Tuesday.\n\n"
        "Officials of Kazakhstan and Israel signed a joint declaration on visa-free travel\n\n"
        '. "Business needs direct flights," the president said.'
    )
    kept = body(detector, text)
    assert any("joint declaration" in sentence for sentence in kept), kept


def test_paragraphs_ending_in_the_full_stops_of_other_scripts_are_prose(detector):
    # Chinese and Japanese write no spaces and end sentences with "。", Hindi with "।": a run
    # of such paragraphs is the article, not a list of related headlines.
    text = (
        "カザフスタンはアブラハム合意に参加する予定である。\n"
        "この動きは木曜日に発表された。\n"
        "両国は1992年から外交関係を結んでいる。\n"
        "कज़ाख़स्तान अब्राहम समझौते में शामिल होगा।\n"
        "यह घोषणा गुरुवार को की गई।"
    )
    assert len(body(detector, text)) == 5, body(detector, text)
