"""Statements told by a speech word of a kind the vocabulary lacked, and dated by the clause that
names who spoke.

Sentences written for these tests: Russian tells an interview's words in the present ("рассказывает
посол") and a comment by "прокомментировал", as English does by "tells" and "commented"; a speech
word inside the words quoted ("'We call on Israel ...', the spokesman said on Saturday") leaves the
day to the clause after the quotation.
"""

from __future__ import annotations

import pytest

from tests.detect.helpers import events_of, extracted

SPEECH_WORDS = [
    ("en", "The Israeli ambassador Michael Brodsky tells us about cooperation with Kazakhstan."),
    ("ru", "О сотрудничестве с Казахстаном рассказывает посол Израиля Михаэль Бродский."),
    ("en", "The Israeli ambassador Michael Brodsky commented on relations with Kazakhstan."),
    ("ru", "Посол Израиля Михаэль Бродский прокомментировал отношения с Казахстаном."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), SPEECH_WORDS)
def test_a_present_telling_or_a_comment_is_a_statement(detector, lang, text):
    found = events_of({"events": extracted(detector, text, lang)}, "statement")
    assert [e["fields"]["speaker"].split(" (")[0] for e in found] == ["Michael Brodsky"], found


QUOTED_SPEECH_WORD = [
    ("en", "On Tuesday Kazakhstan began flying its citizens out of Israel. \"We call on Israel to "
           "show restraint, which would save many lives,\" Foreign Ministry spokesman Aibek "
           "Smadiyarov said on Saturday."),
    ("ru", "Во вторник Казахстан начал вывозить своих граждан из Израиля. «Призываем Израиль к "
           "сдержанности, которая поможет избежать жертв», — заявил в субботу официальный "
           "представитель МИД Айбек Смадияров."),
    ("de", "Am Dienstag hat Kasachstan begonnen, seine Bürger aus Israel auszufliegen. "
           "„Kasachstan äußert seine tiefe Besorgnis über die Eskalation des israelischen "
           "Konflikts, die zu vielen Opfern geführt hat“, so der Ministeriumssprecher am Samstag."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), QUOTED_SPEECH_WORD)
def test_a_quoted_speech_word_is_dated_by_the_clause_naming_the_speaker(detector, lang, text):
    """Published on Thursday 12 March: Saturday is the 7th, Tuesday the 10th."""
    found = events_of({"events": extracted(detector, text, lang)}, "statement")
    assert [e["date"] for e in found] == ["2026-03-07"], found


ASIDE_BEFORE_THE_VERB = [
    ("ru", 'Президент Касым-Жомарт Токаев во вторник, принимая верительные грамоты нового посла '
           'Израиля, отметил, что Казахстан считает Израиль важным партнером на Ближнем Востоке.'),
    ("en", "President Kassym-Jomart Tokayev, receiving the credentials of the new Israeli "
           "ambassador, noted that Kazakhstan regards Israel as an important partner."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), ASIDE_BEFORE_THE_VERB)
def test_a_person_named_in_an_aside_before_the_verb_does_not_speak(detector, lang, text):
    """The ambassador named inside "..., receiving the credentials of ..., noted" is not the
    one who speaks: the subject named before the aside is."""
    found = events_of({"events": extracted(detector, text, lang)}, "statement")
    assert [e["fields"]["speaker"].split(" (")[0] for e in found] == ["Kassym-Jomart Tokayev"], (
        found
    )


APPOSITION_OR_PHRASE_AFTER_THE_SUBJECT = [
    ("en", "Israel's Foreign Minister, Gideon Sa'ar, said that Kazakhstan is a reliable partner.",
     "Gideon Sa'ar"),
    ("en", "After the talks with Tokayev, Sa'ar, in turn, said Kazakhstan is a reliable partner.",
     "Gideon Sa'ar"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "speaker"), APPOSITION_OR_PHRASE_AFTER_THE_SUBJECT)
def test_an_apposition_or_a_phrase_after_the_subject_keeps_its_speaker(
    detector, lang, text, speaker
):
    found = events_of({"events": extracted(detector, text, lang)}, "statement")
    assert [e["fields"]["speaker"].split(" (")[0] for e in found] == [speaker], found


def test_words_said_in_their_own_right_are_a_statement_though_the_same_speaker_attributed_news(
    detector,
):
    """A speaker's verb after a meeting only attributes it ("received the envoy and noted the
    development of relations"); the same speaker's words in the next sentence are a statement,
    and the two, merged, stay one (they had merged into the attributing one and were lost)."""
    text = (
        "Президент Касым-Жомарт Токаев во вторник принял верительные грамоты нового посла "
        "Израиля и отметил динамичное развитие отношений между странами. Он подчеркнул, что "
        "Казахстан рассматривает Израиль как важного партнера на Ближнем Востоке."
    )
    found = events_of({"events": extracted(detector, text, "ru")}, "statement")
    assert [e["fields"]["speaker"].split(" (")[0] for e in found] == ["Kassym-Jomart Tokayev"], (
        found
    )


def test_highly_appreciated_is_a_speech_word(detector):
    text = (
        "Israeli Ambassador Edgar Golan highly appreciated Kazakhstan's contribution to "
        "interfaith dialogue, speaking at a conference in Astana on Tuesday."
    )
    found = events_of({"events": extracted(detector, text, "en")}, "statement")
    assert [e["fields"]["speaker"].split(" (")[0] for e in found] == ["Edgar Golan"], found


def test_an_outlet_named_before_a_title_is_not_the_speaker(detector):
    """ "В интервью Казинформу посол Израиля назвал ...": the outlet the interview was given to
    stands right before the title, but opens no clause; it is no name of the ambassador."""
    text = (
        "В интервью Казинформу посол Израиля назвал Казахстан образцом межнационального согласия."
    )
    found = events_of({"events": extracted(detector, text, "ru")}, "statement")
    assert [e["fields"]["speaker"] for e in found] == ["Ambassador (IL)"], found


@pytest.mark.parametrize(
    "text",
    [
        '"We highly value our cooperation with Kazakhstan," Israeli Foreign Minister Gideon '
        "Sa'ar told reporters on Tuesday.",
        "Tokayev stressed the importance of closer ties with Israel on Tuesday.",
    ],
)
def test_valuing_and_stressing_the_importance_of_ties_is_praise(detector, text):
    found = events_of({"events": extracted(detector, text, "en")}, "statement")
    assert [e["fields"]["stance"] for e in found] == ["positive"], found
