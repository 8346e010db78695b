"""Statements told by cue words the vocabulary lacked, and none told by a figure of speech.

Sentences written for these tests: optimism expressed about the other side is a positive stance
in every language ("expressed optimism", "выразил оптимизм", "optimistisch", "iyimser"); German
tells a relationship as "das Verhältnis" too; Turkish reads a move "as a message" ("bir mesaj
olarak") without anyone sending one, as "mesaj gönderdi" (sent a message) does.
"""

from __future__ import annotations

import pytest

from tests.detect.helpers import events_of, extracted

OPTIMISM = [
    ("en", "Israeli Foreign Minister Gideon Saar expressed optimism about his first trip to "
           "Kazakhstan next month."),
    ("ru", "Министр иностранных дел Израиля Гидеон Саар выразил оптимизм по поводу своей первой "
           "поездки в Казахстан в следующем месяце."),
    ("fr", "Le ministre israélien des Affaires étrangères Gideon Saar a exprimé son optimisme "
           "quant à son premier voyage au Kazakhstan le mois prochain."),
    ("de", "Der israelische Außenminister Gideon Saar äußerte sich optimistisch über seine erste "
           "Reise nach Kasachstan im nächsten Monat."),
    ("es", "El canciller israelí Gideon Saar expresó optimismo sobre su primer viaje a Kazajistán "
           "el próximo mes."),
    ("it", "Il ministro degli Esteri israeliano Gideon Saar ha espresso ottimismo sul suo primo "
           "viaggio in Kazakistan il mese prossimo."),
    ("tr", "İsrail Dışişleri Bakanı Gideon Saar, gelecek ay Kazakistan'a yapacağı ilk ziyaret "
           "konusunda iyimser olduğunu söyledi."),
    ("kk", "Израиль Сыртқы істер министрі Гидеон Саар келесі айда Қазақстанға алғашқы сапары "
           "туралы оптимизм білдірді."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), OPTIMISM)
def test_optimism_about_the_other_side_is_a_positive_statement(detector, lang, text):
    found = events_of({"events": extracted(detector, text, lang)}, "statement")
    assert [(e["fields"]["speaker"], e["fields"]["stance"]) for e in found] == [
        ("Gideon Sa'ar (Foreign Minister, IL)", "positive")
    ], found


def test_german_das_verhaeltnis_is_the_relationship(detector):
    text = "„Das Verhältnis zur muslimischen Welt ändert sich schnell“, sagte Netanjahu in Astana."
    found = events_of({"events": extracted(detector, text, "de")}, "statement")
    assert [e["fields"]["speaker"] for e in found] == ["Benjamin Netanyahu (Prime Minister, IL)"]


AS_A_MESSAGE = [
    "Kazakistan'ın Abraham Anlaşmaları'na katılması, Moskova'da Washington'un bölgeye verdiği bir "
    "mesaj olarak değerlendiriliyor.",
    "Kazakistan'ın İsrail ile ilişkileri, Moskova'da Washington'un bölgeye bir mesajı olarak "
    "görülüyor.",
]


@pytest.mark.parametrize("text", AS_A_MESSAGE)
def test_a_move_read_as_a_message_is_no_statement(detector, text):
    assert events_of({"events": extracted(detector, text, "tr")}, "statement") == []


def test_a_message_sent_is_still_a_statement(detector):
    text = "Kazakistan Cumhurbaşkanı Tokayev, İsrail Cumhurbaşkanı Herzog'a bir mesaj gönderdi."
    found = events_of({"events": extracted(detector, text, "tr")}, "statement")
    assert [e["fields"]["speaker"] for e in found] == ["Kassym-Jomart Tokayev (President, KZ)"]


CLARIFIED_ITS_POSITION = [
    ("fr", "Le ministère des Affaires étrangères du Kazakhstan a précisé que cette démarche ne "
           "modifie pas sa position sur le conflit israélo-palestinien."),
    ("ru", "МИД Казахстана уточнил, что этот шаг не меняет позицию страны по "
           "израильско-палестинскому конфликту."),
    ("uk", "МЗС Казахстану уточнило, що цей крок не змінює позицію країни щодо "
           "ізраїльсько-палестинського конфлікту."),
    ("es", "El Ministerio de Exteriores de Kazajistán precisó que el paso no cambia su postura "
           "sobre el conflicto israelí-palestino."),
    ("it", "Il ministero degli Esteri del Kazakistan ha precisato che il passo non cambia la sua "
           "posizione sul conflitto israelo-palestinese."),
    ("de", "Das kasachische Außenministerium stellte klar, der Schritt ändere nichts an seiner "
           "Haltung zum israelisch-palästinensischen Konflikt."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), CLARIFIED_ITS_POSITION)
def test_a_position_clarified_on_the_israeli_palestinian_conflict_is_a_statement(
    detector, lang, text
):
    """'Clarified' speaks ('a précisé', 'уточнил', 'precisó', 'stellte klar'), and French
    'israélo-' names Israel as 'израильско-' and 'israelo-' do."""
    found = events_of({"events": extracted(detector, text, lang)}, "statement")
    assert [e["fields"]["speaker"].endswith("(KZ)") for e in found] == [True], found


def test_a_russian_name_in_the_instrumental_case_is_the_listed_person(detector):
    text = (
        "Мы побеседовали с послом Израиля в Казахстане Михаэлем Бродским, который высоко оценил "
        "сотрудничество с Казахстаном."
    )
    found = events_of({"events": extracted(detector, text, "ru")}, "statement")
    assert [e["fields"]["speaker"] for e in found] == ["Michael Brodsky (Ambassador, IL)"], found


OUTLET_SPOKE_WITH = [
    ("ru", "Газета поговорила с послом Израиля в Казахстане Михаэлем Бродским о будущем "
           "сотрудничестве двух стран.\nПосол рассказал о планах на год."),
    ("ru", "Редакция побеседовала с послом Израиля в Казахстане Михаэлем Бродским о планах "
           "посольства.\nПосол рассказал о новых проектах."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), OUTLET_SPOKE_WITH)
def test_the_outlet_speaking_with_one_official_announces_an_interview(detector, lang, text):
    found = events_of({"events": extracted(detector, text, lang)}, "statement")
    assert [e["fields"]["speaker"] for e in found] == ["Michael Brodsky (Ambassador, IL)"], found


def test_a_president_speaking_with_the_other_sides_leader_is_a_call_not_an_interview(detector):
    text = (
        "Президент Казахстана Касым-Жомарт Токаев поговорил по телефону с премьер-министром "
        "Израиля Биньямином Нетаньяху."
    )
    found = extracted(detector, text, "ru")
    assert [e["type"] for e in found] == ["talks"], found


# A ministry's communiqué speaks in the present ("Kazakhstan expresses deep concern"), where
# the vocabulary knew the past only ("expressed", "выразил", "білдірді", "ifade etti", "أعرب").
CONCERN_IN_THE_PRESENT = [
    ("en", "The Kazakh Foreign Ministry expresses serious concern over the fighting in Israel and "
           "reiterates its call for restraint."),
    ("ru", "МИД Казахстана выражает серьезную обеспокоенность боевыми действиями в Израиле."),
    ("kk", "Қазақстан СІМ Израильдегі соғыс қимылдарына байланысты қатты алаңдаушылық "
           "білдіреді."),
    ("tr", "Kazakistan Dışişleri Bakanlığı, İsrail'deki çatışmalardan ciddi endişe duyduğunu "
           "ifade ediyor."),
    ("ar", "تعرب وزارة الخارجية الكازاخستانية عن قلقها البالغ إزاء المعارك في إسرائيل."),
    ("he", "משרד החוץ של קזחסטן מביע דאגה עמוקה מהלחימה בישראל."),
    ("uk", "МЗС Казахстану висловлює глибоку стурбованість бойовими діями в Ізраїлі."),
    ("pl", "MSZ Kazachstanu wyraża głębokie zaniepokojenie walkami w Izraelu."),
    ("cs", "Ministerstvo zahraničí Kazachstánu vyjadřuje hluboké znepokojení nad boji v Izraeli."),
    ("fa", "وزارت امور خارجه قزاقستان از درگیری‌ها در اسرائیل ابراز نگرانی عمیق می‌کند."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), CONCERN_IN_THE_PRESENT)
def test_concern_a_ministry_expresses_in_the_present_is_a_statement(detector, lang, text):
    found = events_of({"events": extracted(detector, text, lang)}, "statement")
    assert [e["fields"]["speaker"].split(" (")[-1] for e in found] == ["KZ)"], found


def test_a_noun_that_looks_like_a_present_verb_speaks_for_no_one(detector):
    """ "the former Soviet states", "exchanged notes": nouns, not "states" or "notes"."""
    text = (
        "Israeli President Shimon Peres will visit the former Soviet states of Azerbaijan and "
        "Kazakhstan next week."
    )
    assert not events_of({"events": extracted(detector, text, "en")}, "statement")
