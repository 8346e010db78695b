"""Event rules, one type at a time, in English and Russian (invented example sentences)."""

from __future__ import annotations

import pytest

from tests.detect.helpers import events_of, extracted, only

PUB = "2026-03-12T09:00:00Z"  # Thursday 12 March 2026


def test_a_signed_agreement_is_an_agreement_signed_event_with_subject_and_instrument(assess):
    result = assess(
        "Kazakhstan and Israel sign health deal",
        "Kazakhstan and Israel on Tuesday signed an agreement on cooperation in healthcare. "
        "The Israeli health minister said the deal would help both countries.",
        PUB,
    )
    event = only(result, "agreement_signed")
    assert event["date"] == "2026-03-10" and event["date_precision"] == "day"
    assert event["fields"] == {"subject": "health", "instrument": "agreement", "stage": "signed"}


def test_two_documents_signed_in_one_sentence_are_two_events(assess):
    result = assess(
        "Kazakhstan and Israel sign two documents",
        "The governments of Kazakhstan and Israel signed an agreement on water management and a "
        "memorandum of understanding on civil aviation on Monday.",
        PUB,
    )
    found = {
        (e["fields"]["instrument"], e["fields"]["subject"])
        for e in events_of(result, "agreement_signed")
    }
    assert found == {("agreement", "water"), ("memorandum_of_understanding", "aviation")}


def test_a_ratification_in_russian_is_the_ratified_stage(assess):
    result = assess(
        "Сенат ратифицировал соглашение с Израилем",
        "Сенат Казахстана во вторник ратифицировал соглашение с Израилем о сотрудничестве в "
        "сельском хозяйстве. Израиль одобрил документ ранее.",
        PUB,
    )
    event = only(result, "agreement_signed")
    assert event["fields"]["stage"] == "ratified"
    assert event["fields"]["subject"] == "agriculture"
    assert event["date"] == "2026-03-10"


def test_an_agreement_still_to_be_signed_is_no_event(assess):
    result = assess(
        "Kazakhstan and Israel prepare trade agreement",
        "Kazakhstan and Israel are preparing a trade agreement that is due to be signed in May. "
        "Israeli and Kazakh officials could sign a roadmap later.",
        PUB,
    )
    assert events_of(result, "agreement_signed") == []


def test_entry_into_force_of_a_visa_waiver_gives_visa_travel_and_the_in_force_stage(assess):
    result = assess(
        "Kazakhstan-Israel visa waiver in force",
        "The visa-free agreement between Kazakhstan and Israel entered into force on 1 March. "
        "Citizens can now stay up to 30 days.",
        PUB,
    )
    assert only(result, "agreement_signed")["fields"]["stage"] == "in_force"
    visa = only(result, "visa_travel")
    assert visa["date"] == "2026-03-01"
    assert visa["fields"]["subject"] == "visa_free"
    assert visa["fields"]["status"] == "in_force"


def test_a_new_flight_route_in_russian_is_a_flights_event(assess):
    result = assess(
        "Новый рейс из Астаны в Тель-Авив",
        "Казахстанская авиакомпания запустит прямой рейс Астана — Тель-Авив с 5 апреля. "
        "Израильская сторона приветствовала это решение.",
        PUB,
    )
    event = only(result, "visa_travel")
    assert event["fields"]["subject"] == "flights"
    assert event["date"] == "2026-04-05"


def test_flights_only_discussed_are_no_visa_travel_event(assess):
    result = assess(
        "Kazakhstan and Israel discuss cargo flights",
        "Kazakh and Israeli officials discussed possible cargo flights between Almaty and Tel Aviv "
        "on Monday. The sides will continue the talks.",
        PUB,
    )
    assert events_of(result, "visa_travel") == []


def test_a_visit_that_took_place_is_an_official_visit_with_visitor_and_host(assess):
    result = assess(
        "Israeli president in Astana",
        "Israeli President Isaac Herzog arrived in Astana on Tuesday for a state visit to "
        "Kazakhstan, the first by an Israeli head of state in 17 years.",
        PUB,
    )
    event = only(result, "official_visit")
    assert event["fields"]["visitor"] == "Isaac Herzog"
    assert event["fields"]["host_country"] == "KZ"
    assert event["fields"]["first_in_years"] == 17
    assert event["date"] == "2026-03-10"


def test_a_russian_visit_report_names_the_visitor_after_the_cue(assess):
    result = assess(
        "Токаев посетил Израиль",
        "Президент Казахстана Касым-Жомарт Токаев в среду прибыл в Иерусалим с официальным "
        "визитом. Это первый визит главы Казахстана в Израиль за 10 лет.",
        PUB,
    )
    event = only(result, "official_visit")
    assert event["fields"]["visitor"] == "Kassym-Jomart Tokayev"
    assert event["fields"]["host_country"] == "IL"
    assert event["date"] == "2026-03-11"


def test_an_announced_visit_is_visit_planned_with_the_expected_period(assess):
    result = assess(
        "Netanyahu to visit Kazakhstan",
        "Israeli Prime Minister Benjamin Netanyahu will pay an official visit to Kazakhstan in "
        "May, the Akorda said on Wednesday. The two countries plan to sign several agreements.",
        PUB,
    )
    event = only(result, "visit_planned")
    assert event["fields"]["visitor"] == "Benjamin Netanyahu"
    assert (event["date"], event["date_precision"]) == ("2026-05", "month")
    assert events_of(result, "official_visit") == []


def test_a_planned_visit_in_russian_this_year(assess):
    result = assess(
        "Нетаньяху посетит Казахстан",
        "Премьер-министр Израиля Биньямин Нетаньяху посетит Казахстан в этом году, сообщили "
        "в МИД Казахстана.",
        PUB,
    )
    event = only(result, "visit_planned")
    assert (event["date"], event["date_precision"]) == ("2026", "year")


def test_a_phone_call_is_talks_with_the_call_format(assess):
    result = assess(
        "Tokayev and Herzog speak by phone",
        "President Kassym-Jomart Tokayev held a phone call with Israeli President Isaac Herzog "
        "on Monday, the Akorda said.",
        PUB,
    )
    event = only(result, "talks")
    assert event["fields"]["format"] == "call"
    assert event["date"] == "2026-03-09"


def test_russian_consultations_are_talks(assess):
    result = assess(
        "Консультации МИД Казахстана и Израиля",
        "5 марта в Астане прошли консультации министерств иностранных дел Казахстана и Израиля. "
        "Стороны обсудили двустороннее сотрудничество.",
        PUB,
    )
    event = only(result, "talks")
    assert event["fields"]["format"] == "consultations"
    assert event["date"] == "2026-03-05"


def test_meetings_during_a_visit_are_part_of_the_visit(assess):
    result = assess(
        "Israeli minister visits Astana",
        "Israel's economy minister arrived in Astana on Monday for an official visit. "
        "The Israeli minister met Kazakhstan's prime minister on Tuesday.",
        PUB,
    )
    assert len(events_of(result, "official_visit")) == 1
    assert events_of(result, "talks") == []


def test_joining_the_abraham_accords_is_multilateral(assess):
    result = assess(
        "Kazakhstan joins the Abraham Accords",
        "Kazakhstan joined the Abraham Accords on Friday, becoming the first Central Asian state "
        "to do so. Israel welcomed the step.",
        PUB,
    )
    event = only(result, "multilateral")
    assert event["fields"]["framework"] == "Abraham Accords"
    assert event["date"] == "2026-03-06"


def test_a_date_that_belongs_to_the_saying_does_not_date_a_known_step(assess):
    result = assess(
        "Tokayev explains the Abraham Accords decision",
        "Kazakhstan joined the Abraham Accords to help stabilise the Middle East, President "
        "Kassym-Jomart Tokayev said on Friday in a speech on relations with Israel.",
        PUB,
    )
    assert [e["date"] for e in events_of(result, "multilateral")] in ([], ["2025-11-06"])


def test_a_passing_reference_to_joining_is_the_known_step_never_news_of_the_day(assess):
    """Real reports label "thanked Kazakhstan for joining the Abraham Accords" as the accession
    (the real corpus and the fresh labels agree), so it is the step as known, on its own day."""
    result = assess(
        "Israel thanks Kazakhstan",
        "The Israeli foreign minister thanked Kazakhstan for joining the Abraham Accords and said "
        "relations between Israel and Kazakhstan were excellent.",
        PUB,
    )
    assert [e["date"] for e in events_of(result, "multilateral")] == ["2025-11-06"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kazakhstan's accession to the Abraham Accords changes Israel's position in Central "
               "Asia, analysts say."),
        ("tr", "Kazakistan'ın İbrahim Anlaşmaları'na katılması, İsrail'in Orta Asya'daki "
               "konumunu güçlendiriyor."),
        ("ru", "Присоединение Казахстана к Соглашениям Авраама укрепляет позиции Израиля в "
               "Центральной Азии."),
    ],
)  # fmt: skip
def test_an_undated_accession_named_as_a_noun_is_the_known_step(assess, lang, text):
    result = assess("Kazakhstan and the Abraham Accords", text, PUB, lang=lang)
    assert [e["date"] for e in events_of(result, "multilateral")] == ["2025-11-06"], result


def test_trade_figures_are_economic_with_amount_and_currency(assess):
    result = assess(
        "Kazakhstan-Israel trade grows",
        "Trade between Kazakhstan and Israel rose to 250 million US dollars last year, "
        "the statistics bureau said.",
        PUB,
    )
    event = only(result, "economic")
    assert event["fields"]["amount"] == 250_000_000
    assert event["fields"]["currency"] == "USD"
    assert (event["date"], event["date_precision"]) == ("2025", "year")


def test_a_business_forum_in_russian_is_economic(assess):
    result = assess(
        "Казахстанско-израильский бизнес-форум",
        "Во вторник в Астане состоялся казахстанско-израильский бизнес-форум, в котором приняли "
        "участие 50 компаний.",
        PUB,
    )
    assert only(result, "economic")["date"] == "2026-03-10"


def test_a_statement_is_merged_per_speaker_with_a_stance(assess):
    result = assess(
        "Sa'ar praises ties with Kazakhstan",
        "Israeli Foreign Minister Gideon Sa'ar said on Wednesday that relations with Kazakhstan "
        "were excellent. He praised Astana's partnership and welcomed new flights.",
        PUB,
    )
    event = only(result, "statement")
    assert event["fields"]["speaker"].startswith("Gideon Sa'ar")
    assert event["fields"]["stance"] == "positive"
    assert event["date"] == "2026-03-11"


def test_concern_in_russian_is_a_negative_statement(assess):
    result = assess(
        "МИД Казахстана обеспокоен ударами Израиля",
        "МИД Казахстана в понедельник выразил обеспокоенность ударами Израиля и призвал "
        "стороны к сдержанности.",
        PUB,
    )
    event = only(result, "statement")
    assert event["fields"]["stance"] == "negative"


def test_an_anonymous_official_makes_no_statement(assess):
    result = assess(
        "Kazakhstan and Israel open consulate",
        "Kazakhstan opened a consulate in Tel Aviv on Monday. A Kazakh official said relations "
        "with Israel were good.",
        PUB,
    )
    assert events_of(result, "statement") == []


def test_a_protest_at_the_embassy_is_tension(assess):
    result = assess(
        "Protest outside Israeli embassy in Astana",
        "Dozens of people held a protest outside the Israeli embassy in Astana on Saturday. "
        "Police said the rally ended peacefully.",
        PUB,
    )
    event = only(result, "tension")
    assert event["date"] == "2026-03-07"


def test_a_travel_warning_in_russian_is_tension(assess):
    result = assess(
        "МИД Казахстана не рекомендует поездки в Израиль",
        "МИД Казахстана во вторник призвал граждан воздержаться от поездок в Израиль из-за "
        "обострения обстановки.",
        PUB,
    )
    assert only(result, "tension")["date"] == "2026-03-10"


def test_background_restated_from_long_ago_is_dropped(assess):
    result = assess(
        "Kazakhstan and Israel mark anniversary",
        "Kazakhstan and Israel marked 34 years of relations on Tuesday. "
        "The air services agreement, signed in April 2019, was ratified in 2020.",
        PUB,
    )
    assert events_of(result, "agreement_signed") == []


def test_an_irrelevant_article_has_no_events(assess):
    result = assess("Weather in Almaty", "It snowed in Almaty on Monday.", PUB)
    assert result == {"id": "t", "relevant": False, "score": 0.0, "events": []}


def test_events_carry_evidence_actors_and_place(assess):
    result = assess(
        "Kazakhstan and Israel sign water deal",
        "Foreign ministers Yermek Kosherbayev and Gideon Sa'ar signed a water agreement in "
        "Astana on Tuesday.",
        PUB,
    )
    event = only(result, "agreement_signed")
    assert "signed a water agreement" in event["evidence"]
    assert event["place"] == "Astana"
    assert any("Kosherbayev" in a for a in event["actors"])


def test_both_sides_said_is_nobodys_statement(assess):
    result = assess(
        "Kazakh minister in Jerusalem",
        "Kazakh Foreign Minister Yermek Kosherbayev met Gideon Sa'ar in Jerusalem on Monday, "
        "in talks that both sides said would deepen cooperation.",
        PUB,
    )
    assert events_of(result, "statement") == []


def test_a_remark_without_the_other_side_is_no_stance(assess):
    result = assess(
        "Sa'ar visits Astana",
        "Israeli Foreign Minister Gideon Sa'ar arrived in Astana on Monday. "
        "Sa'ar said the decision on Iran was Israel's alone.",
        PUB,
    )
    assert events_of(result, "statement") == []


def test_a_commentator_quoted_after_an_official_is_not_the_official(assess):
    result = assess(
        "Kazakhstan and Israel sign water memorandum",
        "Kazakhstan and Israel signed a water memorandum on Monday. "
        '"Tokayev made the right decision for Kazakhstan," said an analyst in Almaty.',
        PUB,
    )
    assert events_of(result, "statement") == []


def test_he_said_after_a_quote_is_the_person_quoted(assess):
    result = assess(
        "Посол Израиля о связях с Казахстаном",
        "Посол Израиля в Казахстане заявил, что отношения двух стран растут. "
        "Соглашение подписал министр иностранных дел Израиля Гидеон Саар в январе. "
        "«Мы готовы делиться опытом с Казахстаном», – сказал он.",
        PUB,
    )
    speakers = {e["fields"]["speaker"] for e in events_of(result, "statement")}
    assert speakers == {"Ambassador (IL)"}


def test_hoped_to_sign_is_not_a_signing(assess):
    result = assess(
        "Kazakhstan, Israel eye cyber memorandum",
        "Kazakhstan and Israel held talks in Astana on Monday. The two sides hoped to sign "
        "a memorandum on cyber security before the end of the year.",
        PUB,
    )
    assert events_of(result, "agreement_signed") == []


def test_a_list_of_documents_needs_an_and_before_its_last_item(assess):
    listed = assess(
        "Kazakhstan and Israel sign three agreements",
        "Kazakhstan and Israel on Tuesday signed agreements on aviation, agriculture and health "
        "care in Astana.",
    )
    assert sorted(e["fields"]["subject"] for e in events_of(listed, "agreement_signed")) == [
        "agriculture", "aviation", "health",
    ]  # fmt: skip
    single = assess(
        "Kazakhstan and Israel sign water memorandum",
        "Kazakhstan and Israel signed a memorandum of understanding on water management in Astana "
        "on Tuesday, the foreign ministry said.",
    )
    assert len(events_of(single, "agreement_signed")) == 1


COMPOUND_ITEM_AND_A_DOCUMENT_AFTER = [
    ("en", "Kazakhstan and Israel signed agreements on research and development, aviation and "
           "agriculture, as well as a declaration on a water consortium."),
    ("ru", "Казахстан и Израиль подписали соглашения о научных исследованиях и разработках, "
           "авиации и сельском хозяйстве, а также декларацию о водном консорциуме."),
    ("fr", "Le Kazakhstan et Israël ont signé des accords sur la recherche et le "
           "développement, l'aviation et l'agriculture, ainsi qu'une déclaration commune sur un "
           "consortium de l'eau."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), COMPOUND_ITEM_AND_A_DOCUMENT_AFTER)
def test_an_and_inside_a_listed_item_is_no_break_and_a_document_after_the_list_counts(
    detector, lang, text
):
    """ "research and development, aviation and agriculture": three agreements, not four (the
    first "and" is followed by commas and a later "and"); the declaration joined on after the
    list is a document of its own."""
    found = [
        e["fields"] for e in extracted(detector, text, lang) if e["type"] == "agreement_signed"
    ]
    instruments = sorted(f["instrument"] for f in found)
    assert instruments == ["agreement"] * 3 + ["memorandum_of_intent"], found


PASSIVE_LIST_OF_FIELDS = [
    ("en", "Within the Kazakh-Israeli intergovernmental commission, agreements were signed in "
           "agriculture and health."),
    ("ru", "В рамках казахстанско-израильской межправкомиссии были подписаны соглашения в сфере "
           "сельского хозяйства и здравоохранения."),
    ("fr", "Dans le cadre de la commission intergouvernementale kazakho-israélienne, des accords "
           "ont été signés dans le domaine de l'agriculture et de la santé."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), PASSIVE_LIST_OF_FIELDS)
def test_documents_signed_in_a_list_of_fields_after_a_passive_verb_are_one_each(
    detector, lang, text
):
    """The fields follow the verb, not the documents: "agreements were signed in X and Y"."""
    found = extracted(detector, text, lang)
    subjects = sorted(e["fields"]["subject"] for e in found if e["type"] == "agreement_signed")
    assert subjects == ["agriculture", "health"], found


ONE_DOCUMENT_TWO_FIELDS = [
    ("en", "Kazakhstan and Israel sign farming memorandum",
     "On Tuesday Kazakhstan and Israel signed a memorandum on agriculture and veterinary "
     "medicine in Astana."),
    ("ru", "Казахстан и Израиль подписали меморандум по сельскому хозяйству",
     "Во вторник Казахстан и Израиль подписали меморандум о сотрудничестве в области сельского "
     "хозяйства и ветеринарии."),
    ("uk", "Казахстан та Ізраїль підписали меморандум про сільське господарство",
     "У вівторок Казахстан та Ізраїль підписали меморандум про співпрацю у сфері сільського "
     "господарства та ветеринарії."),
    ("fr", "Le Kazakhstan et Israël signent un mémorandum agricole",
     "Mardi, le Kazakhstan et Israël ont signé un mémorandum sur l'agriculture et la médecine "
     "vétérinaire."),
    ("es", "Kazajistán e Israel firman un memorando agrícola",
     "El martes Kazajistán e Israel firmaron un memorando sobre agricultura y medicina "
     "veterinaria."),
]  # fmt: skip
SEVERAL_DOCUMENTS = [
    ("en", "Kazakhstan and Israel sign memoranda",
     "On Tuesday Kazakhstan and Israel signed memoranda on agriculture and health in Astana."),
    ("ru", "Казахстан и Израиль подписали меморандумы",
     "Во вторник Казахстан и Израиль подписали меморандумы о сотрудничестве в области "
     "сельского хозяйства и здравоохранения."),
    ("en", "Kazakhstan and Israel sign a memorandum and an agreement",
     "On Tuesday Kazakhstan and Israel signed a memorandum on agriculture and an agreement on "
     "health in Astana."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), ONE_DOCUMENT_TWO_FIELDS)
def test_one_document_on_two_fields_is_one_signing(assess, lang, title, text):
    """ "a memorandum on agriculture and veterinary medicine": one paper, whose topics the
    list names; "memoranda on X and Y" are one paper each (below)."""
    found = events_of(assess(title, text, lang=lang), "agreement_signed")
    assert [e["fields"]["subject"] for e in found] == ["agriculture"], found


@pytest.mark.parametrize(("lang", "title", "text"), SEVERAL_DOCUMENTS)
def test_documents_in_the_plural_or_each_named_are_one_signing_each(assess, lang, title, text):
    found = events_of(assess(title, text, lang=lang), "agreement_signed")
    assert sorted(e["fields"]["subject"] for e in found) == ["agriculture", "health"], found


def test_a_condemnation_is_tension_only_when_it_is_aimed_at_the_other_side(assess):
    at_israel = assess(
        "Kazakhstan condemns Israeli strike",
        "Kazakhstan's Foreign Ministry on Tuesday condemned Israel's strike on a residential "
        "quarter, calling it a violation of international law.",
    )
    assert [e["fields"]["about"] for e in events_of(at_israel, "tension")] == ["condemnation"]
    at_a_third = assess(
        "Kazakhstan condemns attack on Israeli civilians",
        "Kazakhstan's Foreign Ministry on Tuesday condemned the Hamas attacks on civilians in "
        "Israel and called for the release of the hostages.",
    )
    assert events_of(at_a_third, "tension") == []
    ru_third = assess(
        "МИД Казахстана осудил нападения на мирных жителей Израиля",
        "Казахстан осуждает нападения ХАМАС на мирных граждан Израиля, говорится в заявлении "
        "МИД во вторник.",
        lang="ru",
    )
    assert events_of(ru_third, "tension") == []


def test_a_protest_about_something_else_in_kazakhstan_is_no_tension_with_israel(assess):
    result = assess(
        "Israelis in Almaty told to stay indoors during fuel protests",
        "Israel's embassy advised its citizens to stay indoors. Protesters rallied in central "
        "Almaty on Tuesday over fuel prices.",
    )
    assert [
        e for e in events_of(result, "tension") if "protest" in (e["fields"]["about"] or "")
    ] == []


def test_a_former_official_or_a_habit_makes_no_official_visit(assess):
    former = assess(
        "Former Israeli defence minister in Astana",
        "Former Israeli Defense Minister Ehud Barak visited Kazakhstan on Tuesday as the head of "
        "a private technology firm.",
    )
    assert events_of(former, "official_visit") == []
    habit = assess(
        "Israeli businessman courts Kazakh buyers",
        "Israeli Prime Minister Benjamin Netanyahu praised ties with Kazakhstan on Tuesday. "
        "Israeli exporters often visit Kazakhstan to meet buyers.",
    )
    assert events_of(habit, "official_visit") == []


def test_a_known_step_told_days_later_without_a_date_is_dated_by_the_step(assess):
    result = assess(
        "Kazakhstan and the Abraham Accords",
        "US President Donald Trump announced that Kazakhstan has agreed to join the Abraham "
        "Accords, the first country of his second term to do so, after a call with Israel.",
        "2025-11-11T09:00:00Z",
    )
    assert [e["date"] for e in events_of(result, "multilateral")] == ["2025-11-06"]


def test_an_accession_named_in_a_debate_of_another_day_keeps_the_steps_own_date(assess):
    result = assess(
        "Deputy questions the Abraham Accords",
        "A member of the Mazhilis on Tuesday questioned Kazakhstan's decision to join the Abraham "
        "Accords and relations with Israel during government question time.",
        PUB,
    )
    assert [e["date"] for e in events_of(result, "multilateral")] in ([], ["2025-11-06"])


ACCESSION_AS_AN_AGREEMENT = [
    ("en", "Kazakhstan joined the Abraham Accords on Thursday. Kazakhstan, which signed an "
           "agreement with Israel at a difficult time, drew wide attention."),
    ("ru", "Казахстан в четверг присоединился к Авраамовым соглашениям. Казахстан, подписавший "
           "соглашение с Израилем в непростое время, привлек всеобщее внимание."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), ACCESSION_AS_AN_AGREEMENT)
def test_an_agreement_of_no_topic_in_a_report_of_the_accession_is_the_accession(
    detector, lang, text
):
    kinds = [e["type"] for e in extracted(detector, text, lang)]
    assert "multilateral" in kinds and "agreement_signed" not in kinds, kinds


def test_an_agreement_of_no_topic_without_an_accession_is_a_signing(detector):
    text = "Kazakhstan and Israel signed an agreement in Astana on Thursday."
    assert "agreement_signed" in [e["type"] for e in extracted(detector, text, "en")]


# "Agreements in agriculture and health" where "and" is written on the next word (Arabic "وال",
# Hebrew "וה": "and the") or is the bare Czech "a": one agreement per field.
FIELDS_JOINED_BY_A_PREFIX_OR_A_SHORT_AND = [
    ("ar", "وقعت كازاخستان وإسرائيل اتفاقيات في مجالات الزراعة والصحة."),
    ("he", "קזחסטן וישראל חתמו על הסכמים בתחומי החקלאות והבריאות."),
    ("cs", "Kazachstán a Izrael podepsaly dohody v oblasti zemědělství a zdravotnictví."),
    # Persian writes the plural suffix after a zero-width non-joiner: "توافقنامه‌هایی"
    ("fa", "قزاقستان و اسرائیل توافقنامه\u200cهایی در زمینه کشاورزی و بهداشت امضا کردند."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), FIELDS_JOINED_BY_A_PREFIX_OR_A_SHORT_AND)
def test_agreements_in_two_fields_joined_by_a_prefixed_and_are_one_each(detector, lang, text):
    found = extracted(detector, text, lang)
    subjects = sorted(e["fields"]["subject"] for e in found if e["type"] == "agreement_signed")
    assert subjects == ["agriculture", "health"], found


# Kazakh and Turkish put the topics before the document, closed by a postposition ("in the
# fields of"): agreements (plural) are one per field; a memorandum (singular) is one document.
TOPICS_BEFORE_THE_DOCUMENT = [
    ("kk", "Қазақстан мен Израиль ауыл шаруашылығы және денсаулық сақтау салаларындағы "
           "келісімдерге қол қойды.", ["agriculture", "health"]),
    ("tr", "Kazakistan ve İsrail tarım ve sağlık alanlarında anlaşmalar imzaladı.",
     ["agriculture", "health"]),
    ("kk", "Қазақстан мен Израиль өзара түсіністік пен ынтымақтастық туралы меморандумға қол "
           "қойды.", ["other"]),
    ("tr", "Kazakistan ve İsrail tarım ve su konusunda bir mutabakat zaptı imzaladı.",
     ["agriculture"]),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "subjects"), TOPICS_BEFORE_THE_DOCUMENT)
def test_topics_listed_before_the_document_in_a_verb_final_language(detector, lang, text, subjects):
    found = extracted(detector, text, lang)
    assert sorted(e["fields"]["subject"] for e in found if e["type"] == "agreement_signed") == (
        subjects
    ), found
