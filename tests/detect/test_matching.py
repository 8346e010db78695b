"""Normalisation and matching: casefolding, look-alike characters, inflected forms, clitics."""

from __future__ import annotations

import pytest

from monitor.detect.matcher import Matcher
from monitor.detect.normalize import ABBREVIATION, DAY_DOT, normalize, split_sentences


def test_normalise_folds_case_yo_quotes_and_dashes():
    assert normalize("«Ёлка» — Sa’ar’s “VISIT”") == '"елка" - sa\'ar\'s "visit"'


def test_sentences_split_on_stops_but_not_after_abbreviations(detector):
    text = "Mr. Sa'ar met U.S. envoys. He left.\nНовый абзац. Ещё одно. В 2025 г. он был там."
    abbreviations = detector.lexicon.grammar(None).compile(ABBREVIATION)
    assert split_sentences(text, abbreviations) == [
        (0, "Mr. Sa'ar met U.S. envoys."),
        (0, "He left."),
        (1, "Новый абзац."),
        (1, "Ещё одно."),
        (1, "В 2025 г. он был там."),
    ]


def test_a_day_written_as_an_ordinal_ends_no_sentence(detector):
    grammar = detector.lexicon.grammar(None)
    abbreviations, day_dot = grammar.compile(ABBREVIATION), grammar.compile(DAY_DOT)
    text = (
        "Der Minister kam am 27. Januar nach Astana. Er blieb zwei Tage.\n"
        "Ministr přiletěl 3. února do Astany. Jednání trvala dva dny.\n"
        "The toll rose to 12. Officials said more help was coming."
    )
    assert split_sentences(text, abbreviations, day_dot) == [
        (0, "Der Minister kam am 27. Januar nach Astana."),
        (0, "Er blieb zwei Tage."),
        (1, "Ministr přiletěl 3. února do Astany."),
        (1, "Jednání trvala dva dny."),
        (2, "The toll rose to 12."),
        (2, "Officials said more help was coming."),
    ]


def test_a_text_wrapped_at_a_fixed_width_is_read_in_whole_sentences():
    wrapped = (
        "Israel's El Al said on Monday it would open\n"
        "a route from Tel Aviv to Almaty in May,\n"
        "with three flights a week.\n"
        "The Kazakh Civil Aviation Committee welcomed\n"
        "Tuesday's decision.\n"
    )
    assert [s for _, s in split_sentences(wrapped)] == [
        "Israel's El Al said on Monday it would open a route from Tel Aviv to Almaty in May, "
        "with three flights a week.",
        "The Kazakh Civil Aviation Committee welcomed Tuesday's decision.",
    ]


def test_lines_of_an_unwrapped_text_stay_paragraphs_of_their_own():
    text = "Related news\nAstana and Jerusalem sign a water memorandum\nRead more\n"
    assert split_sentences(text) == [
        (0, "Related news"),
        (1, "Astana and Jerusalem sign a water memorandum"),
        (2, "Read more"),
    ]


@pytest.mark.parametrize("form", ["казахстан", "казахстана", "казахстаном", "казахстанский"])
def test_a_stem_pattern_matches_russian_case_endings(form):
    matcher = Matcher()
    matcher.add("казахстан*", "side", "KZ")
    matcher.freeze()
    assert [h.key for h in matcher.scan(f"в {form} сегодня")] == ["KZ"]


def test_a_whole_word_pattern_does_not_match_inside_a_word():
    matcher = Matcher()
    matcher.add("visa", "cue", "visa")
    matcher.freeze()
    assert matcher.scan("visas and advisable") == []
    assert len(matcher.scan("a visa, please")) == 1


def test_a_star_inside_a_phrase_lets_each_word_inflect():
    matcher = Matcher()
    matcher.add("меморандум* о намерени*", "instrument", "memorandum_of_intent")
    matcher.freeze()
    hits = matcher.scan("подписали меморандумы о намерениях")
    assert [(h.key, h.end) for h in hits] == [("memorandum_of_intent", 34)]


@pytest.mark.parametrize("text", ["בישראל", "לישראל", "וישראל", "מישראל"])
def test_hebrew_prefix_letters_do_not_hide_a_name(text):
    matcher = Matcher()
    matcher.add("ישראל*", "side", "IL")
    matcher.freeze()
    assert [h.key for h in matcher.scan(normalize(text))] == ["IL"]


def test_arabic_hamza_variants_and_the_article_are_folded():
    matcher = Matcher()
    matcher.add("اسرائيل*", "side", "IL")
    matcher.freeze()
    assert [h.key for h in matcher.scan(normalize("وإسرائيل والإسرائيلية"))] == ["IL", "IL"]


def test_a_longer_alias_hides_the_shorter_one_inside_it(detector):
    hits = detector.lexicon.scan(normalize("shimon peres arrived"))
    assert [(h.key, h.start) for h in hits if h.kind == "actor"] == [("peres", 0)]


@pytest.mark.parametrize("text", ["nursultan nazarbayev arrived", "нурсултан назарбаев прибыл"])
def test_a_place_inside_a_persons_name_is_no_place(detector, text):
    """Nur-Sultan was Astana's name; in "Nursultan Nazarbayev" it names no city."""
    hits = detector.lexicon.scan(normalize(text))
    assert [h.key for h in hits if h.kind == "actor"] == ["nazarbayev"]


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("“We appreciate Kazakhstan. It is a partner,” Sa'ar said. He left on Friday.",
         "“We appreciate Kazakhstan. It is a partner,” Sa'ar said."),
        ("«Мы ценим Казахстан. Это партнер», — сказал Саар. Он улетел в пятницу.",
         "«Мы ценим Казахстан. Это партнер», — сказал Саар."),
        ('Köşerbayev "İlerleme kaydettik." dedi. Saar da teyit etti.',
         'Köşerbayev "İlerleme kaydettik." dedi.'),
    ],
)  # fmt: skip
def test_a_quote_and_its_attribution_are_one_sentence(text, first):
    assert split_sentences(text)[0] == (0, first)


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("صادرات اسرائيل الى أذربيجان بلغت 5 مليارات دولار", "AZ"),
        ("הייצוא של ישראל לאזרבייג'ן הגיע ל-5 מיליארד דולר", "AZ"),
        ("Izrael vyváží do Ázerbájdžánu zbraně", "AZ"),
    ],
)
def test_third_countries_are_known_in_arabic_hebrew_and_czech(detector, text, country):
    hits = detector.lexicon.scan(normalize(text))
    assert country in {h.key for h in hits if h.kind == "third"}


def test_a_head_word_pattern_matches_the_whole_compound():
    matcher = Matcher()
    matcher.add("*abkommen*", "instrument", "agreement")
    matcher.add("abkommen", "instrument", "agreement")
    matcher.freeze()
    found = {
        text: [(text[h.start : h.end], h.key) for h in matcher.scan(text)]
        for text in ("ein luftverkehrsabkommen.", "des sicherheitsabkommens", "das abkommen")
    }
    assert found == {
        "ein luftverkehrsabkommen.": [("luftverkehrsabkommen", "agreement")],
        "des sicherheitsabkommens": [("sicherheitsabkommens", "agreement")],
        "das abkommen": [("abkommen", "agreement")],
    }
    assert matcher.scan("abkommenstext") == []  # a plain word that only starts with it


def _found(patterns: list[str], text: str) -> list[str]:
    matcher = Matcher()
    matcher.add_all(patterns, "cue", "arrive")
    matcher.freeze()
    return [text[h.start : h.end] for h in matcher.scan(normalize(text))]


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("the envoy landed in astana", []),  # no word: the gap needs two
        ("the envoy landed early in astana", []),
        ("landed the envoy in astana", ["landed the envoy in astana"]),
        ("landed our new envoy in astana", ["landed our new envoy in astana"]),
        ("landed our own new envoy in astana", ["landed our own new envoy in astana"]),
        ("landed our own brand new envoy in astana", []),  # five words: one too many
        ("landed the well-known envoy in astana", ["landed the well-known envoy in astana"]),
        ("landed the envoy in astanas", []),
    ],
)
def test_a_word_gap_stands_for_between_its_bounds_of_words(text, found):
    assert _found(["landed *{2,4} in astana"], text) == found


def test_a_word_gap_may_follow_a_stem_and_read_an_opening_quote_or_an_arabic_comma():
    assert _found(["lead* *{1,2} delegation to"], 'leads a "trade delegation to') == [
        'leads a "trade delegation to'
    ]
    arrived = "وصل الوزير، امس، الى استانا"
    assert _found(["وصل *{1,3} الى استانا"], arrived) == [arrived]


@pytest.mark.parametrize(
    "text",
    [
        "landed a b c in astana and in astana",
        "landed a in astana b in astana c d in astana",
        "landed in astana, landed x-y z in astana",
        "landed one two three four in astana",
    ],
)
def test_a_word_gap_finds_what_its_lone_stars_written_out_found(text):
    written_out = ["landed * in astana", "landed * * in astana", "landed * * * in astana"]
    assert _found(["landed *{1,3} in astana"], text) == _found(written_out, text)
