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
