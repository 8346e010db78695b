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
            "kk",
            "Израильдің Қазақстандағы елшісі Лиат Вексальман Израиль Қазақстанмен достықты "
            "жоғары бағалайтынын мәлімдеді.",
            "statement",
            "speaker",
            "Liat Wexelman (Ambassador, IL)",
        ),
        (
            "ru",
            "Посол Израиля Йоав Быстрицкий заявил, что Израиль ценит дружбу с Казахстаном.",
            "statement",
            "speaker",
            "Yoav Bistritsky (Ambassador, IL)",
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


@pytest.mark.parametrize(
    ("lang", "text", "kind", "field", "expected"),
    [
        (
            "ar",
            "زار الوفد الكازاخستاني مصانع الطائرات الإسرائيلية في تل أبيب.",
            "official_visit",
            "visitor",
            "Delegation",
        ),
        (
            "en",
            "Members of the business delegation that joined Minister Sa'ar's visit to Kazakhstan "
            "also met local firms.",
            "official_visit",
            "visitor_role",
            "Foreign Minister",
        ),
        (
            "ar",
            "ومع ذلك، قال وزير الخارجية الكازاخستاني إن بلاده تقدر علاقاتها مع إسرائيل.",
            "statement",
            "speaker",
            "Foreign Minister (KZ)",
        ),
        (
            "he",
            "עם זאת, שר החוץ הקזחי נפגש בירושלים עם ראש ממשלת ישראל.",
            "official_visit",
            "visitor",
            "Foreign Minister",
        ),
    ],
)
def test_words_after_a_title_that_name_no_one_are_no_name(
    detector, lang, text, kind, field, expected
) -> None:
    """A delegation is a group with no name of its own, nor anyone's office; "however" and
    "that" next to a title are no one's name."""
    events = extracted(detector, text, lang, PUBLISHED)
    assert field_values(events, kind, field) == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "ru",
            "Израильский министр иностранных дел Ноам Харель приедет в Казахстан, сообщил "
            "министр иностранных дел Казахстана Серик Бейсенов. Сегодня в Астану прибыл глава "
            "внешнеполитического ведомства для обсуждения экономической повестки.",
        ),
        (
            "en",
            "Israeli Foreign Minister Noam Harel will visit Kazakhstan, Kazakh Foreign Minister "
            "Serik Beisenov said. The foreign minister arrived in Astana on Monday to discuss "
            "the economic agenda.",
        ),
        (
            "tr",
            "İsrail Dışişleri Bakanı Noam Harel'in Kazakistan'ı ziyaret edeceğini Kazakistan "
            "Dışişleri Bakanı Serik Beysenov açıkladı. Dışişleri bakanı bugün Astana'ya geldi.",
        ),
    ],
)
def test_a_bare_title_arriving_in_one_side_is_the_other_side_s_holder(detector, lang, text):
    """The visitor comes from the side that is not the host: "the foreign minister arrived in
    Astana" after both ministers were named is the Israeli one, whoever spoke last; a
    Turkish name's case ending is no part of it."""
    events = extracted(detector, text, lang, PUBLISHED)
    visits = [e for e in events if e["type"] == "official_visit"]
    assert [(v["fields"]["visitor"], v["fields"]["host_country"]) for v in visits] == [
        (v["fields"]["visitor"], "KZ") for v in visits
    ]
    assert [v["actors"][0].rsplit(", ", 1)[-1] for v in visits] == ["IL)"]
    assert all("'" not in v["fields"]["visitor"] for v in visits)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "A Kazakh parliamentary delegation is on a working visit to Israel. During the visit "
            "the delegation will also tour a research institute in Rehovot.",
        ),
        (
            "ru",
            "Делегация Мажилиса Казахстана находится с рабочим визитом в Израиле. В рамках визита "
            "делегация также посетит научный институт в Реховоте.",
        ),
    ],
)
def test_the_program_of_a_visit_under_way_is_no_plan_of_it(detector, lang, text) -> None:
    """The delegation once resolved (not a word after its title taken for a name), what it
    will do during the visit does not turn the visit into a plan."""
    events = extracted(detector, text, lang, PUBLISHED)
    assert [e["type"] for e in events] == ["official_visit"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Au cours de sa visite, la première réalisée par un Premier ministre israélien en Asie "
            "centrale, Benjamin Netanyahu a salué le Kazakhstan.",
        ),
        (
            "en",
            "During his visit, the first by an Israeli prime minister to Central Asia, Benjamin "
            "Netanyahu praised Kazakhstan.",
        ),
        (
            "ru",
            "В ходе визита, первого визита израильского премьер-министра в Центральную Азию, "
            "Биньямин Нетаньяху высоко оценил Казахстан.",
        ),
    ],
)
def test_a_visitor_named_by_title_beside_the_person_holding_it_is_that_person(
    detector, lang, text
) -> None:
    events = extracted(detector, text, lang, PUBLISHED)
    assert field_values(events, "official_visit", "visitor") == ["Benjamin Netanyahu"]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "The accord was signed in Astana by Kazakh Foreign Minister Yermek Kosherbayev and "
            "Israeli Minister of Regional Cooperation Eli Ben-Dor on Monday.",
            "Eli Ben-Dor",
        ),
        (
            "ru",
            "Соглашение подписали в Астане глава МИД Казахстана Ермек Кошербаев и министр "
            "регионального сотрудничества Израиля Эли Бен-Дор.",
            "Эли Бен-Дор",
        ),
    ],
)
def test_a_portfolio_in_capitals_is_no_part_of_the_minister_s_name(
    detector, lang, text, expected
) -> None:
    events = extracted(detector, text, lang, PUBLISHED)
    assert f"{expected} (Regional Cooperation Minister, IL)" in only_actors(events)


def test_a_word_before_a_title_that_names_someone_after_it_is_no_name(detector) -> None:
    """ "in an interview to <outlet> the Israeli ambassador <name>": the outlet is no one."""
    events = extracted(
        detector,
        "Об этом заявил в интервью Kapital посол Израиля в Казахстане Эли Бен-Дор, отметив, что "
        "Израиль ценит дружбу с Казахстаном.",
        "ru",
        PUBLISHED,
    )
    assert field_values(events, "statement", "speaker") == ["Эли Бен-Дор (Ambassador, IL)"]


def only_actors(events: list[dict]) -> set[str]:
    return {a for e in events for a in e["actors"]}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Israeli Foreign Minister Gideon Sa'ar held talks with Yermek Kosherbayev. Sa'ar said "
            "the visit of the Kazakh minister to Israel would take place in spring.",
        ),
        (
            "ru",
            "Глава МИД Израиля Гидеон Саар провел переговоры с Ермеком Кошербаевым. Саар отметил, "
            "что визит казахского министра в Израиль состоится весной.",
        ),
        (
            "ar",
            "أجرى وزير الخارجية الإسرائيلي جدعون ساعر محادثات في أستانا. وقال ساعر إن زيارة الوزير "
            "الكازاخستاني إلى إسرائيل ستتم في الربيع.",
        ),
    ],
)
def test_the_visit_of_a_side_s_minister_is_that_side_s_not_the_speaker_s(detector, lang, text):
    """The country word of a title after the visit word tells whose visit, not where."""
    events = extracted(detector, text, lang, PUBLISHED)
    planned = [e for e in events if e["type"] == "visit_planned"]
    assert [e["actors"][0].rstrip(")")[-2:] for e in planned] == ["KZ"]


def test_a_word_before_a_title_that_names_a_listed_person_after_it_is_no_name(detector) -> None:
    events = extracted(
        detector,
        "Об этом заявил в интервью Kapital посол Израиля в Казахстане Лиат Вексельман, отметив, "
        "что Израиль ценит дружбу с Казахстаном.",
        "ru",
        PUBLISHED,
    )
    speakers = field_values(events, "statement", "speaker")
    assert [s.partition(" (")[0] for s in speakers] == ["Liat Wexelman"]


def test_a_person_two_titles_name_is_read_once(detector) -> None:
    """A title before the name and one set after it by a comma ("Cumhurbaşkanı Sözcüsü X,
    Cumhurbaşkanı Tokayev'in ..."): both point at X, and re-titling him twice once crashed the
    whole article."""
    text = (
        "Astana'da Cumhurbaşkanı Sözcüsü Aibek Smadiyarov, Cumhurbaşkanı Tokayev'in İsrail ile "
        "ilişkiler hakkındaki görüşlerini açıkladı."
    )
    result = detector.assess(
        {"id": "t", "title": "Kazakistan İsrail açıklaması", "text": text, "url": "",
         "published": PUBLISHED, "lang": "tr"}
    )  # fmt: skip
    speakers = [e["fields"]["speaker"] for e in result["events"] if e["type"] == "statement"]
    assert [s.split(" (")[0] for s in speakers] == ["Aibek Smadiyarov"]


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        # A German noun after the title's colon was taken for her name ("Beziehungen")
        ("de", "Israels Botschafterin: Beziehungen zu Kasachstan so gut wie nie",
         "Im Interview mit Kazinform sagte Israels Botschafterin Liat Wexelman am Dienstag, die "
         "Beziehungen zwischen Israel und Kasachstan seien so gut wie nie."),
        ("en", "Israeli envoy: ties with Kazakhstan at their peak",
         "In an interview with Kazinform on Tuesday, Israeli Ambassador Liat Wexelman said "
         "relations between Israel and Kazakhstan were at their highest level ever."),
    ],
)  # fmt: skip
def test_a_headline_naming_the_speaker_by_office_adds_no_second_speaker(
    detector, lang, title, text
) -> None:
    result = detector.assess(
        {"id": "t", "title": title, "text": text, "url": "", "published": PUBLISHED,
         "lang": lang}
    )  # fmt: skip
    speakers = [e["fields"]["speaker"] for e in result["events"] if e["type"] == "statement"]
    assert speakers == ["Liat Wexelman (Ambassador, IL)"], speakers


@pytest.mark.parametrize(
    ("label", "parts"),
    [
        ("Liat Wexelman (Ambassador, IL)", ("Liat Wexelman", "Ambassador", "IL")),
        ("Ambassador (IL)", ("Ambassador", None, "IL")),
        ("Ambassador", ("Ambassador", None, None)),
    ],
)
def test_a_label_splits_into_name_role_and_country(label, parts) -> None:
    from monitor.detect.mentions import split_label

    assert split_label(label) == parts


GUEST_WHO_IS_A_MEMBER_OF_PARLIAMENT = [
    ("ru", "В четверг в Астане депутат Кнессета Юлия Малиновская встретилась с председателем "
           "Мажилиса. Израильская гостья отметила, что Израиль ценит дружбу с Казахстаном."),
    ("en", "On Thursday Knesset member Yulia Malinovsky met the chairman of the Mazhilis in "
           "Astana. The Israeli guest said that Israel values its friendship with Kazakhstan."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), GUEST_WHO_IS_A_MEMBER_OF_PARLIAMENT)
def test_the_guest_is_the_visiting_member_of_parliament_in_either_gender(detector, lang, text):
    """ "Израильская гостья" (the feminine form) and "the guest" name the visiting member of
    parliament, not a title of their own."""
    speakers = field_values(extracted(detector, text, lang, PUBLISHED), "statement", "speaker")
    assert len(speakers) == 1 and speakers[0].endswith("(Member of Parliament, IL)"), speakers
    assert not speakers[0].startswith("Guest"), speakers
