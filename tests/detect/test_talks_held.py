"""Talks told as held: a call named by a bare noun with a word before it ("had held a great
call"), and a call that something to come follows ("will join ... following a phone call").
Every sentence is written for these tests; the articles appear on Thursday 2026-03-12.
"""

from __future__ import annotations

import pytest

from tests.detect.helpers import extracted


def talks(detector, text: str, lang: str) -> list[tuple[str | None, str]]:
    return [
        (e["date"], e["fields"]["format"])
        for e in extracted(detector, text, lang)
        if e["type"] == "talks"
    ]


A_GOOD_CALL = [
    ("en", "The Kazakh president wrote on Wednesday that he and Israeli Prime Minister Benjamin "
           "Netanyahu had held a \"productive call\"."),
    ("ru", "Президент Казахстана Касым-Жомарт Токаев и премьер-министр Израиля Биньямин "
           "Нетаньяху в среду провели обстоятельный разговор."),
    ("it", "Mercoledì il presidente kazako Kassym-Jomart Tokayev ha avuto una lunga chiamata "
           "con il primo ministro israeliano Benjamin Netanyahu."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), A_GOOD_CALL)
def test_a_call_with_a_word_before_it_is_a_call_held(detector, lang, text):
    assert talks(detector, text, lang) == [("2026-03-11", "call")], extracted(detector, text, lang)


FOLLOWING_A_CALL = [
    ("en", "The US president announced on Thursday that Kazakhstan will join the Abraham "
           "Accords following a phone call between Kazakh President Kassym-Jomart Tokayev and "
           "Israeli Prime Minister Benjamin Netanyahu."),
    ("ru", "Президент США объявил в среду, что Казахстан присоединится к Соглашениям Авраама "
           "после телефонного разговора президента Казахстана Касым-Жомарта Токаева и "
           "премьер-министра Израиля Биньямина Нетаньяху."),
    ("it", "Mercoledì il presidente americano ha annunciato che il Kazakistan aderirà agli "
           "Accordi di Abramo dopo una telefonata tra il presidente kazako Kassym-Jomart Tokayev "
           "e il primo ministro israeliano Benjamin Netanyahu."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), FOLLOWING_A_CALL)
def test_a_call_that_a_step_to_come_follows_was_held(detector, lang, text):
    found = extracted(detector, text, lang)
    assert [e["fields"]["format"] for e in found if e["type"] == "talks"] == ["call"], found


AFTER_AN_UPCOMING_MEETING = [
    ("en", "Kazakh Foreign Minister Yermek Kosherbayev will sign the memorandum after the "
           "upcoming meeting with Israeli Foreign Minister Gideon Sa'ar."),
    ("ru", "Министр иностранных дел Казахстана Ермек Кошербаев подпишет меморандум после "
           "предстоящей встречи с министром иностранных дел Израиля Гидеоном Сааром."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), AFTER_AN_UPCOMING_MEETING)
def test_a_meeting_to_come_that_a_signing_follows_is_no_talks_held(detector, lang, text):
    assert talks(detector, text, lang) == [], extracted(detector, text, lang)


JUST_SPOKEN = [
    ("en", "Israeli Foreign Minister Gideon Sa'ar wrote: \"I have just spoken with Kazakhstan's "
           "Foreign Minister Yermek Kosherbayev and congratulated him on the historic decision to "
           "join the Abraham Accords.\""),
    ("ru", "Министр иностранных дел Израиля Гидеон Саар написал: «Я только что поговорил с "
           "министром иностранных дел Казахстана Ермеком Кошербаевым и поздравил его с "
           "историческим решением присоединиться к Авраамовым соглашениям»."),
    ("it", "Gideon Sa'ar, ministro degli Esteri di Israele: «Ho appena parlato con il ministro "
           "degli Esteri del Kazakistan Yermek Kosherbayev e mi sono congratulato con lui per la "
           "storica decisione di aderire agli Accordi di Abramo.»"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), JUST_SPOKEN)
def test_a_call_just_held_is_news_beside_the_older_step_it_congratulates(detector, lang, text):
    """The Accords were joined on 2025-11-06, nine days before; "I have just spoken" tells a
    call of the day the words appeared, not background to that step."""
    found = [
        (e["type"], e["date"])
        for e in extracted(detector, text, lang, published="2025-11-15T14:30:00Z")
    ]
    assert ("talks", "2025-11-15") in found, found


TALKS_BEFORE_A_PLAN = [
    ("en", "Israeli Foreign Minister Gideon Sa'ar announced his upcoming visit to Kazakhstan "
           "following discussions with Kazakh Foreign Minister Yermek Kosherbayev."),
    ("fr", "Le ministre israélien des Affaires étrangères Gideon Saar a annoncé sa prochaine "
           "visite au Kazakhstan à l'issue d'entretiens avec son homologue kazakh Yermek "
           "Kocherbaïev."),
    ("pl", "Szef MSZ Izraela Gideon Saar zapowiedział wizytę w Kazachstanie po rozmowach z "
           "szefem MSZ Kazachstanu Jermekiem Koszerbajewem."),
    ("ru", "Глава МИД Израиля Гидеон Саар объявил о предстоящем визите в Казахстан после "
           "переговоров с главой МИД Казахстана Ермеком Кошербаевым."),
    ("de", "Israels Außenminister Gideon Saar kündigte nach Gesprächen mit dem kasachischen "
           "Außenminister Jermek Koscherbajew seinen bevorstehenden Besuch in Kasachstan an."),
    ("es", "El canciller israelí Gideon Saar anunció su próxima visita a Kazajistán tras "
           "conversaciones con el canciller kazajo Yermek Kosherbáyev."),
    ("tr", "İsrail Dışişleri Bakanı Gideon Saar, Kazakistan Dışişleri Bakanı Yermek Köşerbayev "
           "ile görüşmesinin ardından yakında Kazakistan'ı ziyaret edeceğini açıkladı."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), TALKS_BEFORE_A_PLAN)
def test_talks_a_planned_visit_was_announced_after_were_held(detector, lang, text):
    """ "following discussions with", "à l'issue d'entretiens", "po rozmowach": the talks came
    first and took place, whatever is to come after them (a visit announced, 'zapowiedział')."""
    found = [e["type"] for e in extracted(detector, text, lang)]
    assert "talks" in found and "visit_planned" in found, found


TALKS_BEFORE_WORDS = [
    ("cs", "Izraelský ministr zahraničí Gideon Saar po jednání s kazašským ministrem zahraničí "
           "Jermekem Košerbajevem oznámil, že brzy navštíví Kazachstán."),
    ("he", "שר החוץ גדעון סער הודיע כי יבקר בקרוב בקזחסטן, לאחר שיחות עם שר החוץ של קזחסטן "
           "ירמק קושרבייב."),
    ("fa", "گدعون سار وزیر خارجه اسرائیل پس از گفتگو با یرمک کوشربایف وزیر خارجه قزاقستان اعلام "
           "کرد که به زودی به قزاقستان سفر خواهد کرد."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), TALKS_BEFORE_WORDS)
def test_after_talks_tells_they_were_held_in_every_language(detector, lang, text):
    """Czech "po jednání", Hebrew "לאחר שיחות", Persian "پس از گفتگو": `after` words these
    languages lacked."""
    assert talks(detector, text, lang), extracted(detector, text, lang)


def test_a_trilateral_call_is_a_call(detector):
    text = (
        "The move was announced on Tuesday by US President Donald Trump following a trilateral "
        "call with Kazakh President Kassym-Jomart Tokayev and Israeli Prime Minister Benjamin "
        "Netanyahu."
    )
    assert talks(detector, text, "en") == [("2026-03-10", "call")]


def test_a_past_perfect_a_speech_verb_reports_is_news(detector):
    """In reported speech the past perfect only follows the speech verb's tense ("Trump said
    the three had held a call"); told on its own it is history, and undated it is left out."""
    reported = (
        "Trump said that Kazakh President Kassym-Jomart Tokayev and Israeli Prime Minister "
        "Benjamin Netanyahu had held a great call."
    )
    history = (
        "Kazakh President Kassym-Jomart Tokayev and Israeli Prime Minister Benjamin Netanyahu "
        "had held a great call."
    )
    assert [fmt for _, fmt in talks(detector, reported, "en")] == ["call"]
    assert talks(detector, history, "en") == []


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "After the leaders arrived at the White House, Trump said that he, Tokayev and "
               "Israeli Prime Minister Benjamin Netanyahu had held a great call."),
        ("ru", "После того как лидеры прибыли в Белый дом, Трамп сообщил, что он, Токаев и "
               "премьер-министр Израиля Биньямин Нетаньяху провели телефонный разговор."),
    ],
)  # fmt: skip
def test_an_arrival_at_a_third_countrys_place_is_no_visit_to_a_side(detector, lang, text):
    kinds = [e["type"] for e in extracted(detector, text, lang)]
    assert kinds == ["talks"], kinds


I_HAVE_SPOKEN_WITH = [
    ("de", "Israels Außenminister Gideon Saar schrieb am Mittwoch: „Ich habe gerade mit dem "
           "kasachischen Außenminister Yermek Kosherbayev gesprochen.“"),
    ("fr", "Le ministre israélien des Affaires étrangères Gideon Saar a écrit mercredi : « Je "
           "viens de m'entretenir avec le ministre kazakh des Affaires étrangères Yermek "
           "Kosherbayev. »"),
    ("es", "El canciller israelí Gideon Saar escribió el miércoles: «Acabo de hablar con el "
           "canciller de Kazajistán, Yermek Kosherbáyev»."),
    ("tr", "İsrail Dışişleri Bakanı Gideon Saar çarşamba günü \"Kazakistan Dışişleri Bakanı "
           "Yermek Köşerbayev ile az önce görüştüm\" dedi."),
    ("ar", "كتب وزير الخارجية الإسرائيلي جدعون ساعر يوم الأربعاء: \"تحدثت للتو مع وزير خارجية "
           "كازاخستان يرمك كوشيرباييف\"."),
    ("he", "שר החוץ גדעון סער כתב ביום רביעי: \"שוחחתי זה עתה עם שר החוץ של קזחסטן ירמק "
           "קושרבייב\"."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), I_HAVE_SPOKEN_WITH)
def test_i_have_spoken_with_the_other_sides_minister_is_talks(detector, lang, text):
    """ "mit ... gesprochen" (a long gap), "m'entretenir avec", "hablar con", "görüştüm",
    "تحدثت مع", "שוחחתי": the speaker talked with the other side's minister that day."""
    assert [date for date, _ in talks(detector, text, lang)] == ["2026-03-11"]


# "On the sidelines of" with no meeting word and nobody of each side named tells where
# something happened, not talks: an incident "on the sidelines of riots".
SIDELINES_OF_AN_INCIDENT = [
    ("en", "An Israeli tourist was injured in Almaty on the sidelines of violent riots, the "
           "Israeli Foreign Ministry said."),
    ("fr", "Un Israélien a été blessé à Almaty en marge de violentes émeutes, a annoncé le "
           "ministère israélien des Affaires étrangères."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), SIDELINES_OF_AN_INCIDENT)
def test_the_sidelines_of_an_incident_are_no_talks(detector, lang, text):
    found = extracted(detector, text, lang)
    assert "talks" not in [e["type"] for e in found], found


def test_a_meeting_on_the_sidelines_of_a_summit_is_talks(detector):
    text = (
        "On the sidelines of the UN General Assembly, Kazakh Foreign Minister Murat Nurtleu "
        "met Israeli Foreign Minister Eli Cohen."
    )
    assert [e["fields"]["format"] for e in extracted(detector, text, "en")] == ["sidelines"]


# A meeting held by a named official of one side with an office of the other ("the head of
# Israel's aviation authority", whom no list names) is talks; one only hoped for is not.
HELD_WITH_AN_OFFICE_OF_THE_OTHER_SIDE = [
    ("en", "Kazakhstan's Ambassador to Israel Daulet Yemberdiyev held a meeting with the head of "
           "the Civil Aviation Authority of Israel."),
    ("ru", "Посол Казахстана в Израиле Даулет Ембердиев провел встречу с руководителем "
           "Управления гражданской авиации Израиля."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), HELD_WITH_AN_OFFICE_OF_THE_OTHER_SIDE)
def test_a_meeting_held_with_an_office_of_the_other_side_is_talks(detector, lang, text):
    assert [e["type"] for e in extracted(detector, text, lang)] == ["talks"]


def test_meetings_hoped_for_with_the_other_sides_authorities_are_no_talks(detector):
    text = (
        "Kazakhstan's Ambassador to Israel Daulet Yemberdiyev hopes for more meetings with "
        "Israeli authorities."
    )
    assert extracted(detector, text, "en") == []
