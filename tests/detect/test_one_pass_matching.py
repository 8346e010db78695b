"""The shortcuts that make matching fast find exactly what the plain way finds: one merged scan
for the vocabulary and a language's cue words, stems standing in for their longer variants, an
automaton without Hebrew, Arabic and CJK keys for texts without those letters."""

from __future__ import annotations

import re

import pytest

from monitor.detect.matcher import Hit, Matcher, order, searchable
from monitor.detect.normalize import normalize

TEXTS = [
    "Kazakhstan and Israel signed a visa agreement; Kazakh and Israeli ministers met in Astana.",
    "Казахстан и Израиль подписали соглашение о безвизовом режиме, сообщил МИД Казахстана.",
    "Der Minister unterzeichnete ein Luftverkehrsabkommen mit Kasachstan und Israel.",
    "שר החוץ הגיע לאסטנה ביום שלישי; ישראל וקזחסטן חתמו על הסכם.",
    "وقعت كازاخستان وإسرائيل اتفاقية للتعاون في مجال الزراعة",
    "Qazaqstan_and Israel\tmet\non 27 January: visa-free travel (from 1 June).",
]


def _plain_scan(parts: list[Matcher], text: str) -> list[Hit]:
    hits = [hit for part in parts for hit in part.scan(text)]
    order(hits)
    return hits


def test_the_searchable_copy_blanks_every_non_word_character_and_underscore():
    for text in [*TEXTS, "a_b c-d\te\nf", "naïve café – «quoted»"]:
        norm = normalize(text)
        assert searchable(norm) == " " + re.sub(r"[\W_]", " ", norm)


def test_one_scan_of_merged_matchers_finds_what_scanning_with_each_and_sorting_finds():
    first, second = Matcher(), Matcher()
    first.add("astana", "actor", "astana")
    first.add("kazakh*", "side", "KZ")
    second.add("kazakh", "cue", "nationality")  # the same span as a hit of the first
    second.add("visit*", "cue", "visit")
    second.add("visa agreement", "instrument", "visa")
    first.freeze()
    second.freeze()
    merged = Matcher.merged(first, second)
    assert merged is not None
    for text in ["a kazakh visit to astana", "kazakh visa agreement; kazakh visitors"]:
        hits = merged.scan(text)
        assert hits == _plain_scan([first, second], text)
        assert any(h.kind == "side" for h in hits) and any(h.kind == "cue" for h in hits)
    # At the same span the first part's hit comes first, as in the sorted concatenation.
    assert [h.kind for h in merged.scan("kazakh")] == ["side", "cue"]


def test_matchers_that_share_a_term_are_not_merged():
    first, second = Matcher(), Matcher()
    first.add("visit", "cue", "visit")
    second.add("visits", "cue", "visit")
    assert Matcher.merged(first.freeze(), second.freeze()) is None


@pytest.mark.parametrize("lang", ["en", "ru", "de", "he", "ar", None])
def test_the_lexicon_scans_a_text_once_with_what_two_scans_found(detector, lang):
    lexicon = detector.lexicon
    cues = lexicon.cue_words.get(lang or "", lexicon.any_cue_words)
    for text in TEXTS:
        norm = normalize(text)
        surface = lexicon._surface(norm, searchable(norm), lang)
        assert surface == _plain_scan([lexicon.matcher, cues], norm)
        assert surface  # each text names a side in some language


def test_a_stem_stands_in_for_its_longer_variants_of_the_same_term():
    matcher = Matcher()
    matcher.add("kazak*", "side", "KZ")
    matcher.add("kazakh*", "side", "KZ")
    matcher.add("kazakhstan", "side", "KZ")
    matcher.add("kazakhstan", "cue", "country")  # another term: kept
    matcher.add("kazakh air", "actor", "airline")  # runs on past the word: kept
    matcher.freeze()
    assert matcher._automaton.get(" kazakhstan")[1] == (matcher._entries["kazakhstan"][1],)
    assert " kazakh" not in matcher._automaton
    text = "kazakhstan's kazakhs flew kazakh air"
    assert [(text[h.start : h.end], h.key) for h in matcher.scan(text)] == [
        ("kazakhstan", "KZ"),
        ("kazakhstan", "country"),
        ("kazakhs", "KZ"),
        ("kazakh air", "airline"),
        ("kazakh", "KZ"),
    ]


def test_a_text_without_hebrew_letters_runs_on_an_automaton_without_hebrew_keys():
    matcher = Matcher()
    matcher.add("ישראל*", "side", "IL")
    matcher.add("israel*", "side", "IL")
    matcher.add("kazakhstan", "side", "KZ")
    matcher.freeze()
    latin = searchable("israel and kazakhstan")
    hebrew = searchable("israel and kazakhstan, בישראל")
    assert len(matcher._automaton_for(latin)) == 2
    assert matcher._automaton_for(hebrew) is matcher._automaton
    assert [h.key for h in matcher.scan("israel and kazakhstan")] == ["IL", "KZ"]
    assert [h.key for h in matcher.scan("israel and kazakhstan, בישראל")] == ["IL", "KZ", "IL"]
    hebrew_only = Matcher()
    hebrew_only.add("ישראל*", "side", "IL")
    hebrew_only.freeze()
    assert hebrew_only.scan("israel") == []  # no key left for a Latin text: nothing found
