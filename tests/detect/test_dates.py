"""Date expressions in English and Russian, resolved against the publication date."""

from __future__ import annotations

from datetime import date

import pytest

from monitor.detect.sentences import analyse, resolve_dates
from tests.detect.helpers import dated_types

PUBLISHED = date(2026, 3, 12)  # a Thursday


def dates_in(detector, sentence: str, published: date = PUBLISHED) -> list[tuple[str, str, bool]]:
    sentences = analyse(detector.lexicon, "", sentence, 4)
    resolve_dates(sentences, published)
    return [(d.value, d.precision, d.excluded) for s in sentences for d in s.dates]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The deal was signed on 27 January 2026 in the capital.", "2026-01-27"),
        ("The deal was signed on January 27, 2026 in the capital.", "2026-01-27"),
        ("The ministers met on February 3 in the capital.", "2026-02-03"),
        ("The ministers met on 3rd February in the capital.", "2026-02-03"),
        ("Документ подписан 27 января 2026 года в столице.", "2026-01-27"),
        ("Встреча прошла 3 февраля в столице.", "2026-02-03"),
        ("Документ подписан 27.01.2026 в столице.", "2026-01-27"),
        ("Le régime sans visa s'applique à partir du 1er janvier 2026.", "2026-01-01"),
        ("Le régime sans visa s'applique à partir du 1e janvier 2026.", "2026-01-01"),
        ("The note is dated 2026-02-14 in the archive.", "2026-02-14"),
    ],
)
def test_explicit_dates_resolve_to_the_day(detector, sentence, expected):
    assert dates_in(detector, sentence) == [(expected, "day", False)]


@pytest.mark.parametrize(
    "sentence",
    [
        "In autumn 1998 the prime minister went abroad.",
        "In the autumn of 1998 the prime minister went abroad.",
        "Осенью 1998 года премьер-министр побывал за рубежом.",
        "À l'automne 1998, le premier ministre s'est rendu à l'étranger.",
    ],
)
def test_a_season_with_its_year_is_that_year(detector, sentence):
    """The year told after a season is its year, not the season nearest the publication."""
    assert dates_in(detector, sentence) == [("1998", "year", False)]


def test_a_day_and_month_without_a_year_take_the_closest_year(detector):
    assert dates_in(detector, "Flights start on December 20.", date(2026, 11, 2))[0][0] == (
        "2026-12-20"
    )
    assert dates_in(detector, "The talks were held on December 20.", date(2027, 1, 5))[0][0] == (
        "2026-12-20"
    )


def test_on_tuesday_resolves_to_the_latest_tuesday(detector):
    assert dates_in(detector, "The ministers met on Tuesday.") == [("2026-03-10", "day", False)]


def test_a_weekday_naming_the_publication_day_is_that_day(detector):
    assert dates_in(detector, "The ministers met on Thursday.")[0][0] == "2026-03-12"


def test_a_weekday_in_a_future_clause_points_forward(detector):
    assert dates_in(detector, "The minister will arrive on Monday.")[0][0] == "2026-03-16"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("On Tuesday, the Speaker of the Knesset will pay a visit to Astana.", "2026-03-17"),
        ("On Tuesday, the Speaker of the Knesset paid a visit to Astana.", "2026-03-10"),
        ("Mardi, le président de la Knesset se rendra à Astana.", "2026-03-17"),
    ],
)
def test_a_weekday_set_before_its_clause_takes_that_clauses_tense(detector, sentence, expected):
    """ "On Tuesday, X will visit": the comma after the date phrase does not cut it off from the
    verb it dates."""
    assert [d[0] for d in dates_in(detector, sentence)] == [expected]


def test_russian_weekdays_in_the_accusative_resolve(detector):
    assert dates_in(detector, "Министры встретились во вторник.")[0][0] == "2026-03-10"
    assert dates_in(detector, "Делегация прибыла в среду.")[0][0] == "2026-03-11"
    assert dates_in(detector, "Переговоры прошли в пятницу.")[0][0] == "2026-03-06"


def test_in_november_is_the_latest_november_not_after_publication(detector):
    assert dates_in(detector, "The country joined the accords in November.") == [
        ("2025-11", "month", False)
    ]
    assert dates_in(detector, "Страна присоединилась к соглашению в ноябре.") == [
        ("2025-11", "month", False)
    ]


def test_a_month_in_a_future_clause_is_the_next_such_month(detector):
    assert dates_in(detector, "The president is expected to visit in July.")[0][:2] == (
        "2026-07",
        "month",
    )


def test_a_month_with_a_year_keeps_that_year(detector):
    assert dates_in(detector, "It was agreed in April 2019 after long talks.")[0][:2] == (
        "2019-04",
        "month",
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The embassy said yesterday that the office is closed.", ("2026-03-11", "day")),
        ("Посольство вчера сообщило об этом.", ("2026-03-11", "day")),
        ("The ministry announced today that it agrees.", ("2026-03-12", "day")),
        ("The visit is planned for later this year.", ("2026", "year")),
        ("Визит состоится в этом году.", ("2026", "year")),
        ("Соглашение подпишут до конца года.", ("2026", "year")),
        ("The commission meets next month.", ("2026-04", "month")),
        ("The delegation came last week.", ("2026-03", "month")),
        ("Trade grew last year.", ("2025", "year")),
        ("The minister will come at the end of the month.", ("2026-03", "month")),
        ("Министр приедет в конце месяца.", ("2026-03", "month")),
        ("Министр ай соңында келеді.", ("2026-03", "month")),
        ("Министр приедет в начале следующего года.", ("2027", "year")),
        ("The minister will come in mid-April.", ("2026-04", "month")),
        ("Der Minister kommt Ende des Monats.", ("2026-03", "month")),
        ("Bakan ay sonunda gelecek.", ("2026-03", "month")),
        ("El ministro vendrá a finales de mes.", ("2026-03", "month")),
    ],
)
def test_relative_expressions_resolve_with_their_precision(detector, sentence, expected):
    assert dates_in(detector, sentence)[0][:2] == expected


def test_durations_are_not_dates(detector):
    assert dates_in(detector, "It was the first visit by a minister in 16 years.") == []
    assert dates_in(detector, "Это первый визит министра за 16 лет.") == []


def test_since_and_until_mark_bounds_not_event_dates(detector):
    assert dates_in(detector, "They have had ties since 1992.") == [("1992", "year", True)]
    assert dates_in(detector, "Flights are suspended until March 20.")[0][2] is True


def test_russian_from_a_day_is_an_effective_date_not_a_bound(detector):
    assert dates_in(detector, "С 1 апреля вводится безвизовый режим.") == [
        ("2026-04-01", "day", False)
    ]


@pytest.mark.parametrize(
    ("sentence", "published", "expected"),
    [
        ("Форум прошел 3-го числа в столице.", date(2026, 6, 5), "2026-06-03"),
        ("Встреча состоялась 28 числа в столице.", date(2026, 7, 2), "2026-06-28"),
        ("Рейсы начнутся 10-го числа.", date(2026, 6, 5), "2026-06-10"),
    ],
)
def test_a_russian_day_of_an_untold_month_is_the_closest_such_day(
    detector, sentence, published, expected
):
    assert dates_in(detector, sentence, published) == [(expected, "day", False)]


def test_the_verb_may_is_not_the_month(detector):
    assert dates_in(detector, "Officials may sign a deal.") == []


def test_english_month_abbreviations_next_to_a_day_resolve(detector):
    assert dates_in(detector, "The ministers met on Feb. 12 in the capital.")[0][:2] == (
        "2026-02-12",
        "day",
    )


@pytest.mark.parametrize(
    ("lang", "sentence", "expected"),
    [
        ("de", "Der Minister traf vor drei Tagen in Astana ein.", "2026-03-09"),
        ("fr", "Le ministre est arrivé à Astana il y a trois jours.", "2026-03-09"),
        ("es", "El ministro llegó a Astaná hace tres días.", "2026-03-09"),
        ("es", "El memorando se firmó el 5 de marzo de 2026 en Astaná.", "2026-03-05"),
    ],
)
def test_ago_before_the_number_and_a_year_after_de(detector, lang, sentence, expected):
    sentences = analyse(detector.lexicon, "", sentence, 4, lang=lang)
    resolve_dates(sentences, PUBLISHED)
    assert [d.value for s in sentences for d in s.dates] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Trade in January-November 2025 reached $162 million, officials said.",
        "Товарооборот за январь–ноябрь 2025 года составил 162 млн долларов.",
        "Der Handel erreichte von Januar–November 2025 rund 162 Millionen Dollar.",
    ],
)
def test_months_joined_by_a_dash_are_a_period_not_an_event_date(detector, sentence):
    """The months bound a reporting period; what it reports is of the period's year."""
    found = dates_in(detector, sentence)
    assert [f for f in found if not f[2]] == [("2025", "year", False)], found
    assert all(excluded for _, precision, excluded in found if precision != "year"), found


def test_a_month_alone_still_dates(detector):
    assert dates_in(detector, "Trade in November 2025 reached $16 million.") == [
        ("2025-11", "month", False)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Trade in 2025 rose 18% compared with the same period of 2024.",
         [("2025", False), ("2024", True)]),
        ("Товарооборот в 2025 году вырос на 18% по сравнению с 2024 годом.",
         [("2025", False), ("2024", True)]),
        ("2025 жылы тауар айналымы 2024 жылмен салыстырғанда 18 пайызға өсті.",
         [("2025", False), ("2024", True)]),
        ("Ticaret hacmi 2025'te 2024'e kıyasla yüzde 18 arttı.", [("2025", False), ("2024", True)]),
        ("Ticaret hacmi 2025'te bir önceki yıla kıyasla yüzde 18 arttı.", [("2025", False)]),
    ],
)  # fmt: skip
def test_a_figures_own_year_is_not_the_year_it_is_compared_with(detector, sentence, expected):
    """A comparison word after a date marks it only as a postposition right after it ("2024
    жылмен салыстырғанда", "2024'e kıyasla"); "in 2025 rose ... compared with 2024" is of 2025."""
    assert [(value, excluded) for value, _, excluded in dates_in(detector, sentence)] == expected


@pytest.mark.parametrize(
    ("text", "events"),
    [
        (
            "Jerusalén, 5 jun (EUROPA PRESS) - La sesión de la comisión intergubernamental "
            "kazajo-israelí se celebró el jueves en Jerusalén.\n"
            "Al término de la reunión, Kazajistán e Israel firmaron un protocolo.",
            [("economic", "2026-06-04"), ("agreement_signed", "2026-06-04")],
        ),
        (
            "ASTANA, June 5 (Reuters) - Kazakhstan and Israel signed a protocol on Thursday.",
            [("agreement_signed", "2026-06-04")],
        ),
    ],
)
def test_a_day_the_sentence_tells_dates_its_news_before_the_dateline(assess, text, events):
    result = assess("Kazakhstan and Israel sign protocol", text, published="2026-06-05T10:00:00Z")
    assert [(e["type"], e["date"]) for e in result["events"]] == events


STAMPED = [
    ("en", "date 2026-03-12 Memorandum on visa exemption signed by Kazakhstan and Israel in "
           "Astana, the ministry said on Tuesday."),
    ("ru", "12.03.2026 Меморандум о безвизовом режиме подписали Казахстан и Израиль в Астане, "
           "сообщили во вторник в МИД."),
    ("ru", "Дата: 12.03.2026 Меморандум о безвизовом режиме подписали Казахстан и Израиль в "
           "Астане, сообщили во вторник в МИД."),
    ("fr", "date 2026-03-12 Un mémorandum d'exemption de visa a été signé par le Kazakhstan et "
           "Israël à Astana, a annoncé mardi le ministère."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), STAMPED)
def test_a_pages_date_stamp_opening_the_text_dates_no_event(detector, lang, text):
    """ "date 2026-03-12 ...", "12.03.2026 ...": the day the page was posted, not the day of what
    its first sentence tells ("on Tuesday")."""
    found = dated_types(detector, text, lang)
    assert ("agreement_signed", "2026-03-10") in found, found


@pytest.mark.parametrize(
    ("text", "event"),
    [
        ("On 03.03.2026 Kazakhstan and Israel signed an agreement on visa exemption.",
         ("agreement_signed", "2026-03-03")),
        ("В 2025 году товарооборот между Казахстаном и Израилем вырос до 500 миллионов долларов.",
         ("economic", "2025")),
    ],
)  # fmt: skip
def test_a_date_the_first_sentence_opens_with_in_prose_is_its_news(detector, text, event):
    """Only a stamp is set aside: a date after a preposition, or a year, is the news's own."""
    assert event in dated_types(detector, text)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les échanges commerciaux entre le Kazakhstan et Israël ont atteint 310 millions "
               "de dollars au cours des six premiers mois de 2025."),
        ("fr", "Les échanges commerciaux entre le Kazakhstan et Israël ont atteint 310 millions "
               "de dollars au cours de l'année 2025."),
        ("it", "L'interscambio tra Kazakistan e Israele ha raggiunto 310 milioni di dollari nei "
               "primi sei mesi del 2025."),
        ("de", "Der Handel zwischen Kasachstan und Israel erreichte in den ersten sechs Monaten "
               "2025 ein Volumen von 310 Millionen Dollar."),
        ("he", "היקף הסחר בין קזחסטן לישראל הגיע ל-310 מיליון דולר בששת החודשים הראשונים "
               "של 2025."),
    ],
)  # fmt: skip
def test_a_trade_figure_is_dated_by_the_year_of_its_period(detector, lang, text):
    """ "des six premiers mois de 2025", "nei primi sei mesi del 2025", "Monaten 2025", "של
    2025": the year after the period's words dates the figure."""
    assert dated_types(detector, text, lang) == [("economic", "2025")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Dal 1° maggio i cittadini del Kazakistan e di Israele potranno viaggiare senza "
               "visto."),
        ("es", "A partir del 1º de mayo los ciudadanos de Kazajistán e Israel podrán viajar sin "
               "visado."),
    ],
)  # fmt: skip
def test_the_first_of_a_month_written_as_an_ordinal_is_that_day(detector, lang, text):
    assert dated_types(detector, text, lang) == [("visa_travel", "2026-05-01")]


def test_an_italian_since_is_a_bound_not_the_date_of_a_figure(detector):
    """ "dal 2005" (since 2005) bounds the period an investment figure sums up; "dal 1° maggio"
    stays the day a change takes effect (above)."""
    text = (
        "Gli investimenti israeliani nell'economia del Kazakistan ammontano a 300 milioni di "
        "dollari dal 2005, ha detto martedì il ministero."
    )
    assert dated_types(detector, text, "it") == [("economic", "2026-03-10")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("tr", "İsrail'in Kazakistan ekonomisine yaptığı yatırımlar 2005'ten bu yana 300 milyon "
               "dolara ulaştı."),
        ("kk", "2005 жылдан бері Израильдің Қазақстан экономикасына салған инвестициясы 300 млн "
               "долларды құрады."),
    ],
)  # fmt: skip
def test_a_since_after_the_year_is_a_bound_in_turkish_and_kazakh(detector, lang, text):
    """ "2005'ten bu yana", "2005 жылдан бері": the words that make the year a bound follow it."""
    assert dated_types(detector, text, lang) == [("economic", "2026-03-12")]
