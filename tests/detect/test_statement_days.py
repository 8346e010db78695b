"""The day a statement was said: on the visit the article reports, or years before it.

Sentences written for these tests: words the article dates nowhere, told after a visit it dates
as its news (a general opening first, so that no day opens the article), were said on the
visit, not on the day the article appeared; words whose clause opens with a year before the one
of publication ("In 2015, X praised", "Last year X congratulated") were said then, and are
history, not a statement of the day.
"""

from __future__ import annotations

import pytest

from tests.detect.helpers import events_of, extracted

AFTER_A_VISIT = [
    ("en", "Israel is looking east. Central Asia matters more and more to its diplomats. "
           "Kazakhstan is the largest country of the region. Its leaders are pragmatic.\n"
           "Israeli Prime Minister Benjamin Netanyahu met President Nursultan Nazarbayev in Astana "
           "on Wednesday.\nThe two leaders toured the new exhibition centre.\n"
           '"Our relationship with Kazakhstan is changing dramatically," Netanyahu said.'),
    ("de", "Israel blickt nach Osten. Zentralasien wird für seine Diplomaten immer wichtiger. "
           "Kasachstan ist das größte Land der Region. Seine Führung gilt als pragmatisch.\n"
           "Der israelische Ministerpräsident Benjamin Netanjahu hat Präsident Nursultan "
           "Nasarbajew am Mittwoch in Astana getroffen.\nDie beiden besichtigten das neue "
           "Messezentrum.\n„Das Verhältnis zu Kasachstan ändert sich dramatisch“, sagte "
           "Netanjahu."),
    ("ru", "Израиль смотрит на восток. Центральная Азия всё важнее для его дипломатов. "
           "Казахстан — крупнейшая страна региона. Его руководство считается прагматичным.\n"
           "Премьер-министр Израиля Биньямин Нетаньяху в среду встретился в Астане с президентом "
           "Нурсултаном Назарбаевым.\nЛидеры осмотрели новый выставочный центр.\n«Наши отношения "
           "с Казахстаном меняются стремительно», — сказал Нетаньяху."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), AFTER_A_VISIT)
def test_words_dated_nowhere_after_a_visit_were_said_on_the_visit(detector, lang, text):
    """Published on Friday 13 March: Wednesday is the 11th."""
    found = extracted(detector, text, lang, published="2026-03-13T09:00:00Z")
    assert [e["date"] for e in events_of({"events": found}, "statement")] == ["2026-03-11"]


SAID_YEARS_BEFORE = [
    ("en", "Last year President Tokayev congratulated Israel on its anniversary."),
    ("en", "In 2015, Nazarbayev praised Israel's know-how in farming."),
    ("de", "Im vergangenen Jahr hatte Präsident Tokajew Israel zum Jahrestag gratuliert."),
    ("ru", "В прошлом году президент Токаев поздравил Израиль с годовщиной."),
    ("fr", "En 2015, Nazarbaïev a salué le savoir-faire israélien en agriculture."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), SAID_YEARS_BEFORE)
def test_words_said_in_an_earlier_year_are_no_statement_of_the_day(detector, lang, text):
    assert events_of({"events": extracted(detector, text, lang)}, "statement") == []


SAID_THIS_WEEK = [
    ("en", "On Monday, President Tokayev praised the ties with Israel, which opened an embassy "
           "in 1992."),
    ("en", '"Relations with Israel have grown a great deal since 2015," President Tokayev said '
           "on Monday."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), SAID_THIS_WEEK)
def test_a_year_after_the_speaker_or_in_the_words_quoted_dates_nothing(detector, lang, text):
    found = events_of({"events": extracted(detector, text, lang)}, "statement")
    assert [e["date"] for e in found] == ["2026-03-09"], found
