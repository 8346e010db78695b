"""Date wording of real news copy: datelines, relative phrases, and numbers that are no dates."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.detect.sentences import analyse, resolve_dates
from tests.detect.helpers import dated_types

PUBLISHED = date(2026, 3, 12)  # a Thursday


def dates_in(detector, text: str) -> list[tuple[str, str]]:
    sentences = analyse(detector.lexicon, "", text, 4)
    resolve_dates(sentences, PUBLISHED)
    return [(d.value, d.precision) for s in sentences for d in s.dates if not d.excluded]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("в минувший вторник министры встретились.", [("2026-03-10", "day")]),
        ("15 ноября стороны подписали соглашение.", [("2025-11-15", "day")]),
        ("в ноябре прошлого года Казахстан присоединился.", [("2025-11", "month")]),
        ("в марте прошлого года стороны подписали меморандум.", [("2025-03", "month")]),
        ("In March last year the two sides signed a memorandum.", [("2025-03", "month")]),
        ("визит состоится на следующей неделе.", [("2026-03", "month")]),
        ("The ministers met last Tuesday in Astana.", [("2026-03-10", "day")]),
        ("The deal was signed on Nov. 15 in Astana.", [("2025-11-15", "day")]),
        ("Earlier this month the two sides held talks.", [("2026-03", "month")]),
        ("Netanyahu will visit next year.", [("2027", "year")]),
        (
            "ASTANA, Nov 14 (Reuters) - Kazakhstan and Israel signed a deal.",
            [("2025-11-14", "day")],
        ),
        ("ASTANA, March 10 (Reuters) - The two signed a deal.", [("2026-03-10", "day")]),
        ("Three days ago the ministers met.", [("2026-03-09", "day")]),
        ("Two weeks ago the ministers met.", [("2026-02", "month")]),
        ("Два года назад министры встретились.", [("2024", "year")]),
        ("Несколько дней назад министры встретились.", [("2026-03", "month")]),
        ("В среду, 11 марта, министр прибыл в Астану.", [("2026-03-11", "day")] * 2),
    ],
)
def test_relative_and_dateline_dates(detector, text, expected):
    assert dates_in(detector, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "It was the first visit by a foreign minister in 16 years.",
        "За последние 10 лет товарооборот вырос в пять раз.",
        "The agreement takes effect 30 days after the last notification.",
        "Trade reached $300 million and 2,000 tonnes of grain were shipped.",
        "Соглашение позволит находиться без виз до 30 дней в течение 180 дней.",
        "Товарооборот составил 412 млн долларов, рост на 18%.",
        "The route will operate twice a week, with tickets from $299.",
    ],
)
def test_durations_and_figures_are_not_dates(detector, text):
    assert dates_in(detector, text) == []


@pytest.mark.parametrize(
    ("published", "text", "expected"),
    [
        # Written on a Tuesday: "last Tuesday" is a week ago, plain "Tuesday" is today.
        (date(2026, 3, 10), "Last Tuesday, the ministers met.", [("2026-03-03", "day")]),
        (date(2026, 3, 10), "On Tuesday the ministers met.", [("2026-03-10", "day")]),
        (date(2026, 3, 10), "В прошлый вторник министры встретились.", [("2026-03-03", "day")]),
        # Seasons give a year, ahead or behind as the clause says.
        (date(2026, 3, 10), "They will hold a forum in the autumn.", [("2026", "year")]),
        (date(2026, 12, 10), "They will hold a forum in the autumn.", [("2027", "year")]),
        (date(2026, 3, 10), "The ministers met last autumn.", [("2025", "year")]),
        (date(2026, 12, 10), "The ministers met last autumn.", [("2026", "year")]),
        (date(2026, 3, 10), "Этой осенью стороны проведут форум.", [("2026", "year")]),
        (date(2026, 3, 10), "Прошлой осенью министры встретились.", [("2025", "year")]),
        (date(2026, 7, 10), "The visit is planned for next spring.", [("2027", "year")]),
    ],
)
def test_weekdays_and_seasons_against_their_own_day(detector, published, text, expected):
    sentences = analyse(detector.lexicon, "", text, 4)
    resolve_dates(sentences, published)
    found = [(d.value, d.precision) for s in sentences for d in s.dates if not d.excluded]
    assert found == expected


def test_a_day_something_runs_from_does_not_date_the_news_of_the_opening(assess):
    """ "с 1 марта действует безвизовый режим" in an interview's opening tells since when the
    visas are gone, not the day the envoy spoke."""
    result = assess(
        "Посол Казахстана: Израиль для нас надежный партнер",
        "Посол Казахстана в Израиле Арман Сейткали дал интервью израильской газете.\n"
        "«Израиль для нас – надежный партнер», – отметил посол.\n"
        "Посол напомнил, что с 1 марта между Казахстаном и Израилем действует безвизовый режим.",
        published="2026-07-02T05:00:00Z",
    )
    assert [e["date"] for e in result["events"] if e["type"] == "statement"] == ["2026-07-02"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kazakhstan, which has kept close ties with Israel since 1992 (trade between them "
               "stood at $236 million in 2024), is a rising regional power."),
        ("he", "קזחסטן, המקיימת קשרים יציבים עם ישראל מאז ב־1992 (היקף הסחר ביניהן עמד על 236 "
               "מיליון דולר ב־2024), מבססת את מעמדה."),
    ],
)  # fmt: skip
def test_a_trade_figure_in_brackets_takes_the_year_of_the_brackets(detector, lang, text):
    """The year right before the bracket is the ties', not the figure's; the Hebrew year is
    written after a prefix letter and a maqaf, Hebrew's hyphen."""
    assert dated_types(detector, text, lang) == [("economic", "2024")]


def test_a_launch_told_across_wrapped_lines_is_dated_and_third_routes_are_not(detector):
    """The launch sentence, wrapped in the middle, is read whole; the airline's routes to third
    countries, which name neither side, are no flights between the two."""
    text = (
        "Air Astana launched\n"
        "flights between Almaty and Tel Aviv on Tuesday with a full Airbus, the airline said.\n"
        "It will launch flights to Seoul and Singapore\n"
        "in 2027, its chief executive told reporters.\n"
    )
    assert dated_types(detector, text, "en") == [("visa_travel", "2026-03-10")]


def test_an_article_telling_only_an_old_step_reports_it_late(detector):
    """A newsletter's account of a ceremony four months before: its only news, by its date."""
    text = (
        "The Israel-Kazakhstan Drip Irrigation Center opened on 20 November 2025 near Almaty. "
        "It was built by Israel's development agency with Kazakhstan's Ministry of Agriculture."
    )
    assert dated_types(detector, text, "en", "2026-03-12T09:00:00Z") == [("economic", "2025-11-20")]


def test_an_old_step_beside_this_weeks_news_stays_history(detector):
    text = (
        "Kazakhstan and Israel signed a water memorandum in Astana on Tuesday. "
        "An Israel-Kazakhstan irrigation center opened on 20 November 2025 near Almaty."
    )
    assert dated_types(detector, text, "en", "2026-03-12T09:00:00Z") == [
        ("agreement_signed", "2026-03-10")
    ]


def test_today_s_holder_of_an_office_names_no_day(detector):
    """ "Today's president of Kazakhstan, then foreign minister, ...": who holds the office
    now; the credentials he accepted at the time are history. "Yesterday's talks" are dated."""
    history = (
        "Today's president of Kazakhstan, Kassym-Jomart Tokayev, who was foreign minister at the "
        "time, accepted the credentials of Israeli ambassador Ran Ichay."
    )
    news = (
        "Yesterday's talks between Kazakh Foreign Minister Yermek Kosherbayev and Israeli Foreign "
        "Minister Gideon Sa'ar focused on water."
    )
    assert dated_types(detector, history, "en", "2026-03-12T09:00:00Z") == []
    assert dated_types(detector, news, "en", "2026-03-12T09:00:00Z") == [("talks", "2026-03-11")]
