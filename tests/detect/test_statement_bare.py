"""A bare statement: an official of one side speaking of the other, with no relation or stance
word in the sentence ("Israel has the best irrigation engineers, the minister said").

Sentences written for these tests, in English, Russian and German: what the official says names
the other side as a country, so it is a statement (neutral); the other side named only as where
something is ("Kazakh citizens in Israel"), or only in a title ("the Israeli ambassador to
Kazakhstan"), is none; the speaker's words on the relationship come before a bare statement.
"""

from __future__ import annotations

import pytest

from tests.detect.helpers import events_of, extracted


def statements(detector, lang: str, text: str) -> list[dict]:
    return events_of({"events": extracted(detector, text, lang)}, "statement")


SAYS_OF_THE_OTHER_SIDE = [
    ("en", "Israel has some of the best irrigation engineers in the world, Foreign Minister "
           "Yermek Kosherbayev said on Tuesday."),
    ("ru", "Израиль располагает одними из лучших в мире специалистов по орошению, заявил во "
           "вторник министр иностранных дел Ермек Кошербаев."),
    ("de", "Israel habe einige der besten Bewässerungsingenieure der Welt, sagte "
           "Außenminister Yermek Kosherbayev am Dienstag."),
    ("en", "According to Foreign Minister Yermek Kosherbayev, Israel has some of the best "
           "irrigation engineers in the world."),
    ("ru", "По словам министра иностранных дел Ермека Кошербаева, Израиль располагает одними из "
           "лучших в мире специалистов по орошению."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), SAYS_OF_THE_OTHER_SIDE)
def test_an_official_speaking_of_the_other_side_makes_a_neutral_statement(detector, lang, text):
    found = statements(detector, lang, text)
    assert len(found) == 1, found
    assert found[0]["fields"]["speaker"].startswith("Yermek Kosherbayev")
    assert found[0]["fields"]["stance"] == "neutral"


OTHER_SIDE_AS_A_PLACE = [
    ("en", "About 200 Kazakh citizens are now in Israel, Foreign Minister Yermek Kosherbayev "
           "said on Tuesday."),
    ("ru", "Сейчас в Израиле находятся около 200 граждан Казахстана, заявил во вторник министр "
           "иностранных дел Ермек Кошербаев."),
    ("en", "About 200 Kazakh citizens are now in Iran and Israel, Foreign Minister Yermek "
           "Kosherbayev said on Tuesday."),
    ("ru", "Сейчас в Иране и Израиле находятся около 200 граждан Казахстана, заявил во вторник "
           "министр иностранных дел Ермек Кошербаев."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), OTHER_SIDE_AS_A_PLACE)
def test_the_other_side_as_a_place_makes_no_statement(detector, lang, text):
    """Where citizens are is no word on the other side."""
    assert not statements(detector, lang, text)


OTHER_SIDE_IN_A_TITLE = [
    ("en", "The winter has been unusually cold, the Israeli ambassador to Kazakhstan said on "
           "Tuesday."),
    ("ru", "Зима выдалась необычно холодной, заявил во вторник посол Израиля в Казахстане."),
    ("en", "The minister said on Tuesday that his Israeli counterpart had a cold."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), OTHER_SIDE_IN_A_TITLE)
def test_the_other_side_in_a_title_makes_no_statement(detector, lang, text):
    assert not statements(detector, lang, text)


WORDS_ON_THE_RELATIONSHIP_AFTER = [
    ("en", "Israel has some of the best irrigation engineers in the world, Foreign Minister "
           "Yermek Kosherbayev said on Tuesday. He also praised the friendship between "
           "Kazakhstan and Israel."),
    ("ru", "Израиль располагает одними из лучших в мире специалистов по орошению, заявил во "
           "вторник министр иностранных дел Ермек Кошербаев. Он также высоко оценил дружбу "
           "между Казахстаном и Израилем."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), WORDS_ON_THE_RELATIONSHIP_AFTER)
def test_words_on_the_relationship_come_before_a_bare_statement(detector, lang, text):
    """One statement per speaker: the one with a stance, though told second."""
    found = statements(detector, lang, text)
    assert len(found) == 1, found
    assert found[0]["fields"]["stance"] == "positive"


ADDRESSEE_AFTER_THE_VERB = [
    ("en", "The rabbis said they had asked President Kassym-Jomart Tokayev to back Israel at the "
           "United Nations."),
    ("ru", "Раввины заявили, что попросили президента Касым-Жомарта Токаева поддержать Израиль "
           "в ООН."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), ADDRESSEE_AFTER_THE_VERB)
def test_whom_the_words_are_addressed_to_makes_no_bare_statement(detector, lang, text):
    """An official named after the speech verb, which follows its unnamed speakers, is the one
    spoken to: no statement of theirs."""
    assert not statements(detector, lang, text)
