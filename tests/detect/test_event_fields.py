"""Clean event fields: each person under one canonical name whatever the language, the right
country on a title, no third party's title as a side's speaker. Sentences are invented."""

from __future__ import annotations

import pytest

from tests.detect.helpers import extracted, field_values

PUBLISHED = "2026-03-12T09:00:00Z"


@pytest.mark.parametrize(
    ("lang", "text", "kind", "field", "expected"),
    [
        (
            "en",
            "Kazakh Defence Minister Adilbek Dzhaksbekov arrived in Israel on an official visit.",
            "official_visit",
            "visitor",
            "Adilbek Dzhaksybekov",
        ),
        (
            "de",
            "Der kasachische Verteidigungsminister Adilbek Dschaksybekow traf am Montag in Tel "
            "Aviv zu einem offiziellen Besuch in Israel ein.",
            "official_visit",
            "visitor",
            "Adilbek Dzhaksybekov",
        ),
        (
            "ru",
            "Посол Израиля Лиат Вексельман заявила, что Израиль высоко ценит дружбу с Казахстаном.",
            "statement",
            "speaker",
            "Liat Wexelman (Ambassador, IL)",
        ),
        (
            "ru",
            "Депутат Кнессета Фаина Киршенбаум прибыла в Казахстан с официальным визитом.",
            "official_visit",
            "visitor",
            "Faina Kirshenbaum",
        ),
        (
            "ar",
            "وصل وزير الدفاع الكازاخستاني ايمانغلي تاسماغامبتوف إلى تل أبيب في زيارة رسمية إلى "
            "إسرائيل.",
            "official_visit",
            "visitor",
            "Imangali Tasmagambetov",
        ),
        (
            "ar",
            "قال وزير السياحة الإسرائيلي يوئيل رزبوزوف إنه سيزور كازاخستان الأسبوع المقبل.",
            "visit_planned",
            "visitor",
            "Yoel Razvozov",
        ),
    ],
)
def test_a_person_is_named_in_one_spelling_in_every_language(
    detector, lang, text, kind, field, expected
) -> None:
    events = extracted(detector, text, lang, PUBLISHED)
    assert field_values(events, kind, field) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Kazakhstan condemned Israel's strikes on Gaza on Friday, the foreign ministry said.",
        ),
        (
            "ru",
            "Казахстан осудил удары Израиля по Газе в пятницу, сообщили в министерстве "
            "иностранных дел.",
        ),
        ("ar", "أدانت كازاخستان الضربات الإسرائيلية على غزة يوم الجمعة، قالت وزارة الخارجية."),
    ],
)
def test_a_ministry_naming_the_source_after_the_news_is_of_the_side_that_opens_it(
    detector, lang, text
) -> None:
    """The country named last before the comma is what the news was about, not whose ministry
    tells it."""
    events = extracted(detector, text, lang, PUBLISHED)
    assert field_values(events, "tension", "speaker") == ["Foreign Ministry (KZ)"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Kazakh President Kassym-Jomart Tokayev condemned Israel's strike on the Hamas "
            "negotiating delegation in Doha.",
        ),
        (
            "tr",
            "Kazakistan Cumhurbaşkanı Tokayev, İsrail'in Katar'daki Hamas heyetine yönelik "
            "saldırısını kınadı.",
        ),
        (
            "ru",
            "Президент Казахстана Токаев осудил удар Израиля по делегации ХАМАС в Дохе.",
        ),
    ],
)
def test_a_third_party_s_delegation_is_not_who_protests(detector, lang, text) -> None:
    events = extracted(detector, text, lang, PUBLISHED)
    assert field_values(events, "tension", "speaker") == ["Kassym-Jomart Tokayev (President, KZ)"]
    assert all("(PS)" not in a for e in events for a in e["actors"])
