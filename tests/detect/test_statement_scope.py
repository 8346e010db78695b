"""What a statement is about: the other side or the relationship, not a third country or topic.

Sentences written for these tests, in English and Russian (and French, Kazakh where the cue words
differ): ties with a third country while the other side goes unnamed, principles such as
dialogue and international law named on their own, and challenges or risks in the world, are no
stance of one side on the other.
"""

from __future__ import annotations

import pytest

from tests.detect.helpers import events_of, extracted

CREDENTIALS = {
    "en": "Israeli President Isaac Herzog received the credentials of Kazakhstan's new "
          "ambassador on Monday. ",
    "ru": "Президент Израиля Ицхак Герцог в понедельник принял верительные грамоты нового "
          "посла Казахстана. ",
    "fr": "Le président israélien Isaac Herzog a reçu lundi les lettres de créance du nouvel "
          "ambassadeur du Kazakhstan. ",
}  # fmt: skip


def statements(detector, lang: str, text: str) -> list[dict]:
    """The statements drawn from `text` told after a credentials ceremony of both sides."""
    return events_of({"events": extracted(detector, CREDENTIALS[lang] + text, lang)}, "statement")


TIES_WITH_A_THIRD_COUNTRY = [
    ("en", "He said on Tuesday that cooperation with Azerbaijan had reached a new level."),
    ("ru", "Во вторник он заявил, что сотрудничество с Азербайджаном вышло на новый уровень."),
    ("fr", "Mardi, il a déclaré que la coopération avec l'Azerbaïdjan avait atteint un "
           "nouveau niveau."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), TIES_WITH_A_THIRD_COUNTRY)
def test_ties_with_a_third_country_are_no_statement_on_the_other_side(detector, lang, text):
    """Whoever "he" is, his words on ties with a third country leave the other side unnamed."""
    assert not statements(detector, lang, text)


PRINCIPLES_ALONE = [
    ("en", "He said on Tuesday that every crisis must be settled through dialogue and on the "
           "basis of international law."),
    ("ru", "Во вторник он заявил, что любой кризис должен решаться путём диалога на основе "
           "норм международного права."),
    ("fr", "Mardi, il a déclaré que toute crise doit être réglée par le dialogue et le droit "
           "international."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), PRINCIPLES_ALONE)
def test_dialogue_and_international_law_alone_are_no_statement_on_the_other_side(
    detector, lang, text
):
    """Principles named with no side of the pair are a stance on crises in general."""
    assert not statements(detector, lang, text)


PRINCIPLES_WITH_THE_OTHER_SIDE = [
    ("en", "He said on Tuesday that the dialogue with Israel rests on international law."),
    ("ru", "Во вторник он заявил, что диалог с Израилем основан на нормах международного "
           "права."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), PRINCIPLES_WITH_THE_OTHER_SIDE)
def test_dialogue_with_the_other_side_is_a_statement(detector, lang, text):
    """The ambassador of Kazakhstan (\"he\") on the dialogue with Israel."""
    assert [e["date"] for e in statements(detector, lang, text)] == ["2026-03-10"]


CHALLENGES_IN_THE_WORLD = [
    ("en", "He said on Tuesday that the world faces serious challenges and growing risks."),
    ("ru", "Во вторник он заявил, что мир сталкивается с серьёзными вызовами и растущими "
           "рисками."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), CHALLENGES_IN_THE_WORLD)
def test_challenges_and_risks_in_the_world_are_no_stance(detector, lang, text):
    assert not statements(detector, lang, text)


SHARED_CHALLENGES = [
    ("en", "He said on Tuesday that Israel and Kazakhstan face shared challenges, and praised "
           "their friendship."),
    ("ru", "Во вторник он заявил, что Израиль и Казахстан стоят перед общими вызовами, и "
           "высоко оценил их дружбу."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), SHARED_CHALLENGES)
def test_shared_challenges_beside_praise_are_a_positive_stance(detector, lang, text):
    assert [e["fields"]["stance"] for e in statements(detector, lang, text)] == ["positive"]


# The United States by the short name each language's press uses ("the US", "USA", "EE.UU.",
# "ABD", "АҚШ", "أمريكا"): praise of ties with it leaves the other side unnamed.
PRAISE_OF_TIES_WITH_THE_US = [
    ("en", "Kazakhstan joins Abraham Accords with Israel",
     "Kazakhstan joined the Abraham Accords with Israel on Thursday. President Kassym-Jomart "
     "Tokayev praised the strategic partnership between Kazakhstan and the US."),
    ("de", "Kasachstan tritt dem Abraham-Abkommen mit Israel bei",
     "Kasachstan ist am Donnerstag dem Abraham-Abkommen mit Israel beigetreten. Präsident "
     "Kassym-Schomart Tokajew lobte die strategische Partnerschaft zwischen Kasachstan und den "
     "USA."),
    ("it", "Il Kazakistan aderisce agli Accordi di Abramo con Israele",
     "Il Kazakistan ha aderito giovedì agli Accordi di Abramo con Israele. Il presidente "
     "Kassym-Jomart Tokayev ha elogiato il partenariato strategico tra il Kazakistan e gli USA."),
    ("es", "Kazajistán se une a los Acuerdos de Abraham con Israel",
     "Kazajistán se unió el jueves a los Acuerdos de Abraham con Israel. El presidente "
     "Kassym-Jomart Tokáyev elogió la asociación estratégica entre Kazajistán y EE.UU."),
    ("tr", "Kazakistan İsrail ile İbrahim Anlaşmalarına katıldı",
     "Kazakistan perşembe günü İsrail ile İbrahim Anlaşmalarına katıldı. Cumhurbaşkanı Kasım "
     "Cömert Tokayev, Kazakistan ile ABD arasındaki stratejik ortaklığı övdü."),
    ("kk", "Қазақстан Израильмен Авраам келісімдеріне қосылды",
     "Қазақстан бейсенбі күні Израильмен Авраам келісімдеріне қосылды. Президент Қасым-Жомарт "
     "Тоқаев Қазақстан мен АҚШ арасындағы стратегиялық әріптестікті жоғары бағалады."),
    ("ar", "كازاخستان تنضم إلى اتفاقيات أبراهام مع إسرائيل",
     "انضمت كازاخستان يوم الخميس إلى اتفاقيات أبراهام مع إسرائيل. وأشاد الرئيس قاسم جومارت "
     "توكاييف بالشراكة الاستراتيجية بين كازاخستان وأمريكا."),
    ("fr", "Le Kazakhstan rejoint les accords d'Abraham avec Israël",
     "Le Kazakhstan a rejoint jeudi les accords d'Abraham avec Israël. Le président "
     "Kassym-Jomart Tokaïev a salué le partenariat stratégique entre le Kazakhstan et les "
     "Américains."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), PRAISE_OF_TIES_WITH_THE_US)
def test_praise_of_ties_with_the_us_is_no_statement_on_the_other_side(assess, lang, title, text):
    result = assess(title, text, lang=lang)
    assert result["relevant"], lang
    assert [e["type"] for e in result["events"]] == ["multilateral"], lang


@pytest.mark.parametrize(("lang", "title", "text"), PRAISE_OF_TIES_WITH_THE_US[:2])
def test_praise_of_ties_with_the_other_side_stays_a_statement(assess, lang, title, text):
    text = text.replace("den USA", "Israel").replace("the US", "Israel")
    result = assess(title, text, lang=lang)
    assert sorted(e["type"] for e in result["events"]) == ["multilateral", "statement"], lang


# "Bilateral" says the ties are between two: the two named, a third country among them.
BILATERAL_TIES_WITH_A_THIRD_COUNTRY = [
    ("en", "Kazakhstan joins Abraham Accords with Israel",
     "Kazakhstan joined the Abraham Accords with Israel on Thursday. President Kassym-Jomart "
     "Tokayev praised bilateral cooperation with the United States."),
    ("ru", "Казахстан присоединился к Соглашениям Авраама с Израилем",
     "Казахстан в четверг присоединился к Соглашениям Авраама с Израилем. Президент Касым-Жомарт "
     "Токаев высоко оценил двустороннее сотрудничество с США."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), BILATERAL_TIES_WITH_A_THIRD_COUNTRY)
def test_bilateral_ties_with_a_third_country_are_no_statement_on_the_other_side(
    assess, lang, title, text
):
    result = assess(title, text, lang=lang)
    assert [e["type"] for e in result["events"]] == ["multilateral"], lang
