"""Planned or held, where and with whom: the cues that decide a visit or a call, by language.

A visit one looks forward to, or may make, is still to come; a place after a second visit word
belongs to that one; a verb-final sentence names its place before the verb; "the visit" told
after an announced one is that plan again; "spoke with" someone of the other side is a call.
Every sentence is written for these tests; the articles appear on Thursday 2026-03-12.
"""

from __future__ import annotations

import pytest

from tests.detect.helpers import extracted


def kinds(detector, text: str, lang: str) -> list[str]:
    return [e["type"] for e in extracted(detector, text, lang)]


LOOKS_FORWARD = [
    ("en", "Israeli Foreign Minister Gideon Sa'ar said he looks forward to visiting Kazakhstan "
           "soon."),
    ("ru", "Министр иностранных дел Израиля Гидеон Саар заявил, что с нетерпением ждет "
           "возможности посетить Казахстан."),
    ("it", "Il ministro degli Esteri israeliano Gideon Sa'ar ha detto che non vede l'ora di "
           "visitare il Kazakistan."),
    ("fr", "Le ministre israélien des Affaires étrangères Gideon Saar a dit qu'il se réjouit de "
           "visiter le Kazakhstan."),
    ("de", "Der israelische Außenminister Gideon Saar sagte, er freut sich auf einen Besuch in "
           "Kasachstan."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), LOOKS_FORWARD)
def test_a_visit_one_looks_forward_to_is_planned(detector, lang, text):
    assert kinds(detector, text, lang) == ["visit_planned"], extracted(detector, text, lang)


MAY_VISIT = [
    ("en", "Israeli President Isaac Herzog may visit Kazakhstan this year."),
    ("ru", "Глава МИД Казахстана заявил, что президент Израиля Ицхак Герцог может совершить "
           "визит в Казахстан в этом году."),
    ("it", "Il presidente israeliano Isaac Herzog potrebbe visitare il Kazakistan quest'anno."),
    ("fr", "Le président israélien Isaac Herzog pourrait se rendre au Kazakhstan cette année."),
    ("de", "Der israelische Präsident Isaac Herzog könnte in diesem Jahr Kasachstan besuchen."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), MAY_VISIT)
def test_a_visit_that_may_come_is_planned_not_held(detector, lang, text):
    found = extracted(detector, text, lang)
    assert [(e["type"], e["date"]) for e in found] == [("visit_planned", "2026")], found


LATER_VISIT_WORD = [
    ("en", "On the last day of his African visit, Israeli Prime Minister Benjamin Netanyahu told "
           "reporters on Tuesday that he will visit Kazakhstan by the end of the year."),
    ("ru", "В последний день своего африканского визита премьер-министр Израиля Биньямин "
           "Нетаньяху заявил во вторник журналистам, что посетит Казахстан до конца года."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), LATER_VISIT_WORD)
def test_a_place_after_a_second_visit_word_is_that_visits(detector, lang, text):
    """The trip under way names no place; the one announced in the later clause is to come."""
    found = extracted(detector, text, lang)
    assert [(e["type"], e["date"]) for e in found] == [("visit_planned", "2026")], found


THIRD_COUNTRY_BEFORE_THE_VERB = [
    ("fa", "نتانیاهو نخست‌وزیر اسرائیل روز سه‌شنبه به آذربایجان سفر کرد. وی پس از آن به "
           "قزاقستان می رود."),
    ("tr", "İsrail Başbakanı Binyamin Netanyahu salı günü Azerbaycan'ı ziyaret etti ve Kazakistan "
           "hakkında konuştu."),
    ("kk", "Израиль Премьер-министрі Биньямин Нетаньяху сейсенбі күні Әзербайжанға сапармен "
           "барды, Қазақстан туралы айтты."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), THIRD_COUNTRY_BEFORE_THE_VERB)
def test_a_trip_to_a_third_country_named_before_the_verb_is_no_visit_to_a_side(
    detector, lang, text
):
    assert "official_visit" not in kinds(detector, text, lang), extracted(detector, text, lang)


def test_a_persian_future_ending_in_a_past_stem_is_planned(detector):
    """ "دیدار خواهد کرد" (will meet) ends in "کرد" (did): the visit is still to come."""
    text = "بنیامین نتانیاهو در سفر به قزاقستان با «مقامات» این کشور دیدار خواهد کرد."
    assert kinds(detector, text, "fa") == ["visit_planned"], extracted(detector, text, "fa")


PLAN_TOLD_AGAIN = [
    ("en", "Israeli Foreign Minister Gideon Sa'ar has announced his upcoming visit to Kazakhstan. "
           "Sa'ar expressed optimism about the visit."),
    ("ru", "Министр иностранных дел Израиля Гидеон Саар объявил о своем предстоящем визите в "
           "Казахстан. Саар выразил оптимизм по поводу визита."),
    ("it", "Il ministro degli Esteri israeliano Gideon Sa'ar ha annunciato la sua prossima visita "
           "in Kazakistan. Sa'ar ha espresso ottimismo sulla visita."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), PLAN_TOLD_AGAIN)
def test_the_visit_told_after_an_announced_one_is_the_plan_again(detector, lang, text):
    """The optimism is the minister's statement; the visit it speaks of is the plan."""
    visits = [k for k in kinds(detector, text, lang) if k != "statement"]
    assert visits == ["visit_planned"], extracted(detector, text, lang)


SPOKE_WITH = [
    ("en", "Israeli Foreign Minister Gideon Sa'ar spoke with Kazakh Foreign Minister Yermek "
           "Kosherbayev on Tuesday."),
    ("ru", "Министр иностранных дел Израиля Гидеон Саар во вторник поговорил с министром "
           "иностранных дел Казахстана Ермеком Кошербаевым."),
    ("it", "Il ministro degli Esteri israeliano Gideon Sa'ar: ho appena parlato con il ministro "
           "degli Esteri del Kazakistan Yermek Kosherbayev."),
    ("fr", "Le ministre israélien des Affaires étrangères Gideon Saar a parlé avec son homologue "
           "kazakh Yermek Kocherbaïev mardi."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), SPOKE_WITH)
def test_speaking_with_the_other_sides_official_is_a_call(detector, lang, text):
    found = [e for e in extracted(detector, text, lang) if e["type"] == "talks"]
    assert [e["fields"]["format"] for e in found] == ["call"], extracted(detector, text, lang)


REPORTER_SPOKE_WITH = [
    ("en", "We spoke with Israel's ambassador to Kazakhstan about his first months in Astana."),
    ("ru", "Мы поговорили с послом Израиля в Казахстане о его первых месяцах в Астане."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), REPORTER_SPOKE_WITH)
def test_a_reporter_speaking_with_an_envoy_holds_no_talks(detector, lang, text):
    assert "talks" not in kinds(detector, text, lang), extracted(detector, text, lang)


INVITED_DURING_A_VISIT = [
    ("en", "During the visit, Israeli Foreign Minister Gideon Sa'ar invited Kazakh Foreign "
           "Minister Yermek Kosherbayev to visit Israel soon."),
    ("ru", "В ходе визита Гидеон Саар пригласил Ермека Кошербаева посетить Израиль в ближайшее "
           "время."),
    ("it", "Durante la visita, il ministro degli Esteri israeliano Gideon Sa'ar ha invitato il "
           "ministro degli Esteri kazako Yermek Kosherbayev a visitare Israele."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), INVITED_DURING_A_VISIT)
def test_an_invitation_told_during_a_visit_plans_the_guests_visit(detector, lang, text):
    """ "During the visit" names no place: Israel is where the invited minister is to go."""
    found = [e for e in extracted(detector, text, lang) if e["type"] == "visit_planned"]
    assert [e["fields"]["visitor"] for e in found] == ["Yermek Kosherbayev"], found


TOUR_OF_THREE = [
    ("en", "Israeli Prime Minister Benjamin Netanyahu will visit Australia, Singapore and "
           "Kazakhstan next month."),
    ("ru", "Премьер-министр Израиля Биньямин Нетаньяху посетит в следующем месяце Австралию, "
           "Сингапур и Казахстан."),
    ("it", "Il primo ministro israeliano Benjamin Netanyahu visiterà il mese prossimo "
           "l'Australia, Singapore e il Kazakistan."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), TOUR_OF_THREE)
def test_a_tour_to_come_that_lists_its_stops_is_a_planned_visit(detector, lang, text):
    found = extracted(detector, text, lang)
    assert [(e["type"], e["date"]) for e in found] == [("visit_planned", "2026-04")], found


# A departure for the other side's country is the visit: made when it is told done, planned
# when it is told to come ("will fly to", "отправится в", "partira ... pour", "partirà per").
DEPARTED = [
    ("en", "Israel's Tourism Minister Haim Katz departed on Tuesday for Almaty to open a tourism "
           "fair."),
    ("ru", "Министр туризма Израиля Хаим Кац во вторник вылетел в Алматы на открытие "
           "туристической выставки."),
    ("de", "Israels Tourismusminister Haim Katz flog am Dienstag nach Almaty, um eine "
           "Tourismusmesse zu eröffnen."),
    ("fr", "Le ministre israélien du Tourisme Haim Katz s'est envolé mardi pour Almaty afin "
           "d'ouvrir un salon du tourisme."),
    ("es", "El ministro de Turismo israelí, Haim Katz, partió el martes hacia Almaty para "
           "inaugurar una feria de turismo."),
    ("it", "Il ministro del Turismo israeliano Haim Katz è partito martedì per Almaty per "
           "inaugurare una fiera del turismo."),
]  # fmt: skip
WILL_DEPART = [
    ("en", "Israel's Tourism Minister Haim Katz will fly to Almaty next week to open a tourism "
           "fair."),
    ("ru", "Министр туризма Израиля Хаим Кац на следующей неделе отправится в Алматы на "
           "открытие туристической выставки."),
    ("fr", "Le ministre israélien du Tourisme Haim Katz partira la semaine prochaine pour "
           "Almaty afin d'ouvrir un salon du tourisme."),
    ("es", "El ministro de Turismo israelí, Haim Katz, partirá la próxima semana hacia Almaty "
           "para inaugurar una feria de turismo."),
    ("it", "Il ministro del Turismo israeliano Haim Katz partirà la prossima settimana per "
           "Almaty per inaugurare una fiera del turismo."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), DEPARTED)
def test_a_departure_for_the_other_side_is_a_visit_made(detector, lang, text):
    found = kinds(detector, text, lang)  # the fair it opens may be news of its own
    assert "official_visit" in found and "visit_planned" not in found


@pytest.mark.parametrize(("lang", "text"), WILL_DEPART)
def test_a_departure_to_come_is_a_planned_visit(detector, lang, text):
    found = kinds(detector, text, lang)
    assert "visit_planned" in found and "official_visit" not in found


# "Is expected to travel" in Persian (a subjunctive after "انتظار می‌رود"), "is to pay a visit"
# in Polish with a word between ("ma wiosną złożyć"): to come, not made.
EXPECTED_WITH_A_MODAL = [
    ("fa", "انتظار می‌رود اسحاق هرتسوگ، رئیس‌جمهور اسرائیل، در بهار به قزاقستان سفر کند."),
    ("pl", "Prezydent Izraela Isaac Herzog ma wiosną złożyć oficjalną wizytę w Kazachstanie."),
]


@pytest.mark.parametrize(("lang", "text"), EXPECTED_WITH_A_MODAL)
def test_a_visit_expected_or_due_is_planned(detector, lang, text):
    assert kinds(detector, text, lang) == ["visit_planned"]


# The host named by a head's title alone, the guest by name, under a headline naming both, no
# day told: the guest's visit, made, on the day the article appeared.
RECEIVED_BY_A_TITLE = [
    ("en", "Tokayev receives Israeli President",
     "The head of state received Israeli President Isaac Herzog at Akorda."),
    ("kk", "Тоқаев Израиль Президентін қабылдады",
     "Мемлекет басшысы Ақордада Израиль Президенті Ицхак Герцогты қабылдады."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), RECEIVED_BY_A_TITLE)
def test_a_guest_the_head_of_state_received_made_a_visit(detector, lang, title, text):
    result = detector.assess(
        {"id": "t", "title": title, "text": text, "url": "", "lang": lang,
         "published": "2026-03-12T09:00:00Z"}
    )  # fmt: skip
    assert [(e["type"], e["date"]) for e in result["events"]] == [("official_visit", "2026-03-12")]


# The headline names the host by name ("Tokayev receives Herzog"), the body by his title: the
# title is the host, not the guest the sentence names after its verb. Two heads named in one
# sentence: the host is the one named first (the subject, in SVO, SOV and VSO alike), or
# after the agent's word of a passive.
HOST_NAMED_IN_THE_HEADLINE = [
    ("it", "Tokayev riceve Herzog ad Astana",
     "Il capo dello Stato ha ricevuto martedì all'Akorda il presidente israeliano Isaac Herzog."),
    ("it", "Herzog ad Astana",
     "Il presidente israeliano Isaac Herzog è stato ricevuto martedì all'Akorda dal presidente "
     "Kassym-Jomart Tokayev."),
    ("ar", "توكاييف يستقبل هرتسوغ",
     "استقبل الرئيس قاسم جومارت توكاييف الرئيس الإسرائيلي إسحاق هرتسوغ في أقوردا يوم الثلاثاء."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), HOST_NAMED_IN_THE_HEADLINE)
def test_a_head_of_state_receiving_another_head_hosts_his_visit(detector, lang, title, text):
    result = detector.assess(
        {"id": "t", "title": title, "text": text, "url": "", "lang": lang,
         "published": "2026-03-12T09:00:00Z"}
    )  # fmt: skip
    visits = [e for e in result["events"] if e["type"] == "official_visit"]
    assert [(e["fields"]["visitor"], e["fields"]["host_country"]) for e in visits] == [
        ("Isaac Herzog", "KZ")
    ], result["events"]


def test_a_title_in_apposition_is_the_person_named_after_it(detector):
    """ "The Prime Minister of Israel, Benjamin Netanyahu, asked ...": the title is his; only a
    person named past a verb after a title is someone else."""
    text = (
        "The Prime Minister of Israel, Benjamin Netanyahu, asked President Nursultan Nazarbayev "
        "to support Israel's bid for a Security Council seat."
    )
    result = detector.assess(
        {"id": "t", "title": "Netanyahu in Astana", "text": text, "url": "", "lang": "en",
         "published": "2016-12-14T09:00:00Z"}
    )  # fmt: skip
    speakers = [e["fields"]["speaker"] for e in result["events"] if e["type"] == "statement"]
    assert speakers == ["Benjamin Netanyahu (Prime Minister, IL)"], result["events"]


# A departure on a tour whose first stop is a third country: the stop in the host's country is
# still to come (a planned visit), as the labels of several outlets' reports of one tour agree.
# "Before leaving" tells a journey not begun.
ONWARD_STOP = [
    ("en", "Israel's Prime Minister left on Tuesday morning for a two-day visit to Azerbaijan "
           "and Kazakhstan, his office said."),
    ("ru", "Премьер-министр Израиля утром во вторник отправился с визитом в Азербайджан и "
           "Казахстан, сообщила его канцелярия."),
    ("es", "El primer ministro israelí partió el martes por la mañana hacia Azerbaiyán y "
           "Kazajistán en una visita de dos días."),
    ("fr", "Le Premier ministre israélien est parti mardi matin pour l'Azerbaïdjan et le "
           "Kazakhstan, pour une visite de deux jours."),
    ("en", "Before leaving for Kazakhstan on Tuesday, Israel's Prime Minister said the trip "
           "would open a new chapter in relations."),
    ("en", "Israel's President is on his way to Kazakhstan for a three-day state visit, his "
           "office said on Tuesday."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), ONWARD_STOP)
def test_a_stop_still_ahead_on_a_tour_is_a_planned_visit(detector, lang, text):
    found = kinds(detector, text, lang)
    assert "visit_planned" in found and "official_visit" not in found, found


# A person named after an arrival word, past a call or meeting word, is that talk's party, not
# the one arriving ("the announcement arrived at the end of a call with President X").
ARRIVAL_OF_NEWS = [
    ("it", "L'annuncio è arrivato martedì al termine di una telefonata a tre con il presidente "
           "kazako Kassym-Jomart Tokayev e il primo ministro israeliano Benjamin Netanyahu."),
    ("en", "The news arrived on Tuesday at the end of a three-way call with Kazakh President "
           "Kassym-Jomart Tokayev and Israeli Prime Minister Benjamin Netanyahu."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), ARRIVAL_OF_NEWS)
def test_the_party_to_a_call_named_after_an_arrival_word_made_no_visit(detector, lang, text):
    found = kinds(detector, text, lang)
    assert "talks" in found and "official_visit" not in found, found


def test_a_visitor_named_before_the_arrival_after_a_call_still_arrives(detector):
    text = (
        "After a phone call with Kazakh President Kassym-Jomart Tokayev, Israeli President "
        "Isaac Herzog arrived in Astana on Tuesday."
    )
    assert "official_visit" in kinds(detector, text, "en")


# An article that calls someone "the guest" tells a visit: one side's head of state meeting the
# other side's minister, with no place named, is the minister's visit to the head's country.
CALLED_THE_GUEST = [
    ("en", "Israeli Foreign Minister Avigdor Lieberman met President Nursultan Nazarbayev on "
           "Tuesday. After the talks the guest told reporters that relations were excellent."),
    ("ru", "Министр иностранных дел Израиля Авигдор Либерман во вторник встретился с "
           "Президентом Нурсултаном Назарбаевым. После переговоров гость сообщил журналистам, "
           "что отношения превосходны."),
    ("kk", "Израиль Сыртқы істер министрі Авигдор Либерман сейсенбіде Президент Нұрсұлтан "
           "Назарбаевпен кездесті. Келіссөзден кейін қонақ журналистерге қарым-қатынас тамаша "
           "екенін айтты."),
    ("tr", "İsrail Dışişleri Bakanı Avigdor Lieberman salı günü Cumhurbaşkanı Nursultan "
           "Nazarbayev ile görüştü. Görüşmenin ardından konuk, ilişkilerin mükemmel olduğunu "
           "söyledi."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), CALLED_THE_GUEST)
def test_a_minister_the_article_calls_its_guest_is_on_a_visit(detector, lang, text):
    found = extracted(detector, text, lang)
    visits = [e for e in found if e["type"] == "official_visit"]
    assert [(e["fields"]["visitor"], e["fields"]["host_country"]) for e in visits] == [
        ("Avigdor Lieberman", "KZ")
    ], found


@pytest.mark.parametrize(
    "text",
    [
        # an envoy lives where he is posted
        "Kazakh Ambassador Doulat Yemberdiyev met President Isaac Herzog on Tuesday. The guest "
        "said relations were excellent.",
        # no one is called a guest: a meeting, whose place the article does not say
        "Israeli Foreign Minister Avigdor Lieberman met President Nursultan Nazarbayev on "
        "Tuesday. After the talks he told reporters that relations were excellent.",
    ],
)
def test_no_guest_visit_for_an_envoy_or_without_the_word(detector, text):
    assert "official_visit" not in kinds(detector, text, "en")


DURING_HIS_VISIT_THE_VERB_FIRST = [
    ("de", "Bei seinem Besuch in Kasachstan traf Israels Außenminister Gideon Saar am Dienstag "
           "Präsident Kassym-Schomart Tokajew."),
    ("de", "Während seines Besuchs in Kasachstan traf Israels Außenminister Gideon Saar am "
           "Dienstag Präsident Kassym-Schomart Tokajew."),
    ("en", "During his visit to Kazakhstan, Israeli Foreign Minister Gideon Sa'ar met President "
           "Kassym-Jomart Tokayev on Tuesday."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), DURING_HIS_VISIT_THE_VERB_FIRST)
def test_during_his_visit_names_the_visitor_after_the_meeting_verb(detector, lang, text):
    """ "Bei seinem Besuch in Kasachstan traf Außenminister X ...": German puts the verb before
    its subject; the one told visiting is X, not a party to a call the verb names."""
    found = [e for e in extracted(detector, text, lang) if e["type"] == "official_visit"]
    assert [(e["date"], e["fields"]["visitor"]) for e in found] == [
        ("2026-03-10", "Gideon Sa'ar")
    ], found


def test_accepting_an_invitation_is_no_meeting(detector):
    """ "принял приглашение посетить Израиль": the verb for receiving a guest, beside the word
    for an invitation, accepts it; the visit is to come and nobody was received."""
    text = (
        "Президент Казахстана Касым-Жомарт Токаев принял приглашение посетить Израиль, "
        "сообщили в среду в Акорде."
    )
    assert kinds(detector, text, "ru") == ["visit_planned"]


@pytest.mark.parametrize(
    "text",
    [
        "Визит главы МИД Израиля в Астану находится в стадии подготовки, сообщил в среду "
        "казахстанский дипломат.",
        "Визит главы МИД Израиля в Астану прорабатывается, сообщил в среду казахстанский дипломат.",
    ],
)
def test_a_visit_being_prepared_is_to_come(detector, text):
    """ "в стадии подготовки", "прорабатывается": the visit is being prepared, not made."""
    assert kinds(detector, text, "ru") == ["visit_planned"]


def test_an_arabic_invitation_naming_both_leaders_in_full_plans_a_visit(detector):
    """ "دعا الرئيس توكاييف رئيس الوزراء نتنياهو إلى زيارة كازاخستان": the invitation word and
    "to visit" stand five words apart, titles and names between."""
    text = "دعا الرئيس توكاييف رئيس الوزراء نتنياهو إلى زيارة كازاخستان."
    assert kinds(detector, text, "ar") == ["visit_planned"]


# A tour to come told stop by stop: the day of the stay in the other country is the plan's
# date, not the day of departure or of the first stop, whether one sentence tells both legs (a
# clause with no tense of its own goes with the verb before it) or a second sentence dates the
# stop; the article appears on Thursday, so Saturday is 2026-03-14.
TOUR_LEGS = [
    ("en", "On Friday Israeli Prime Minister Benjamin Netanyahu will spend six hours in Baku, "
           "where he will meet President Ilham Aliyev, before flying to Kazakhstan, a country "
           "of 20 million, for meetings on Saturday."),
    ("ru", "В пятницу премьер-министр Израиля Биньямин Нетаньяху проведёт переговоры в Баку, "
           "после чего вылетит в Казахстан, крупнейшую страну Центральной Азии, для встреч в "
           "субботу."),
    ("en", "Israeli Prime Minister Benjamin Netanyahu leaves on Friday for a tour of Azerbaijan "
           "and Kazakhstan. He will visit Kazakhstan, the largest country of Central Asia, on "
           "Saturday."),
    ("ru", "Премьер-министр Израиля Биньямин Нетаньяху в пятницу отправится в турне по "
           "Азербайджану и Казахстану. Казахстан, крупнейшую страну Центральной Азии, он "
           "посетит в субботу."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), TOUR_LEGS)
def test_a_planned_visit_is_dated_by_the_day_of_its_stop_in_the_other_country(detector, lang, text):
    found = [(e["type"], e["date"]) for e in extracted(detector, text, lang)]
    assert found == [("visit_planned", "2026-03-14")], found


def test_a_weekday_after_a_speech_verb_is_not_read_by_the_tense_before_it(detector):
    # "next week" before "wrote" is the visit's; "on Wednesday" is when he wrote: the day before
    text = (
        "Ahead of the Prime Minister's visit to Kazakhstan next week, Israel's ambassador "
        "wrote in a local daily on Wednesday that ties had never been closer."
    )
    found = [(e["type"], e["date"]) for e in extracted(detector, text, "en")]
    assert ("statement", "2026-03-11") in found, found


# A country word beside people it names ("senior Israeli officials", "hauts responsables
# israéliens") says whose they are, not where the visit goes.
VISIT_OF_OFFICIALS = [
    ("en", "President Shimon Peres is on his way to Kazakhstan for a visit of senior Israeli "
           "officials.", "visit_planned"),
    ("fr", "Le président israélien Shimon Peres est en route vers le Kazakhstan pour une visite "
           "de hauts responsables israéliens.", "official_visit"),
    ("es", "El presidente israelí Shimon Peres viaja a Kazajistán en una visita de altos "
           "funcionarios israelíes.", "official_visit"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "kind"), VISIT_OF_OFFICIALS)
def test_a_country_word_naming_whose_officials_is_no_destination(detector, lang, text, kind):
    found = extracted(detector, text, lang)
    assert [(e["type"], e["fields"]["visitor"]) for e in found] == [(kind, "Shimon Peres")], found


# An arrival in a third country, the first stop of a tour whose list of countries holds the
# other side: the stop in the other country is still to come.
ARRIVED_AT_THE_FIRST_STOP = [
    ("en", "Knesset Speaker Amir Ohana arrived in Uzbekistan on Friday as part of an official "
           "visit to two countries, Uzbekistan and Kazakhstan."),
    ("en", "Israel's Foreign Minister arrived in Tashkent on Monday at the start of a tour of "
           "Uzbekistan and Kazakhstan."),
    ("ru", "Спикер кнессета Амир Охана в пятницу прибыл в Узбекистан в рамках официального "
           "визита в Узбекистан и Казахстан."),
    # the arrival in a clause of its own, the tour named by a word of its own
    ("de", "Der israelische Außenminister Gideon Saar ist am Montag in Taschkent eingetroffen, "
           "zum Auftakt einer Reise nach Usbekistan und Kasachstan."),
    ("fr", "Le ministre israélien des Affaires étrangères Gideon Saar est arrivé lundi à "
           "Tachkent, au début d'une tournée en Ouzbékistan et au Kazakhstan."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), ARRIVED_AT_THE_FIRST_STOP)
def test_an_arrival_at_a_tours_first_stop_plans_the_stop_in_the_other_country(detector, lang, text):
    assert kinds(detector, text, lang) == ["visit_planned"]


def test_an_arrival_in_a_third_country_after_a_visit_plans_nothing(detector):
    text = "Israel's Foreign Minister arrived in Tashkent on Monday after talks in Kazakhstan."
    assert "visit_planned" not in kinds(detector, text, "en")


# The planned visit told again by the title its visitor holds ("the first visit by an Israeli
# prime minister") is that plan, not a visit made.
PLAN_TOLD_AGAIN_BY_TITLE = [
    ("en", "Israeli Prime Minister Benjamin Netanyahu left on Tuesday for a visit to Azerbaijan "
           "and Kazakhstan. It is the first visit by an Israeli prime minister to Kazakhstan, "
           "his office said."),
    ("ru", "Премьер-министр Израиля Биньямин Нетаньяху во вторник отправился с визитом в "
           "Азербайджан и Казахстан. Это первый визит израильского премьер-министра в "
           "Казахстан, сообщила его канцелярия."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), PLAN_TOLD_AGAIN_BY_TITLE)
def test_a_planned_visit_told_again_by_its_visitors_title_is_no_visit_made(detector, lang, text):
    assert kinds(detector, text, lang) == ["visit_planned"]


# An invitation to come again, told in the report of a visit, is a visit to come of its own,
# not part of the one made.
INVITED_AGAIN_DURING_A_VISIT = [
    ("ru", "В четверг в Алмате депутат Кнессета Фаина Киршенбаум провела встречу с председателем "
           "Мажилиса. Казахская сторона предложила Киршенбаум в ближайшие месяцы еще раз "
           "посетить Казахстан."),
    ("en", "On Thursday Knesset member Faina Kirshenbaum visited Almaty and met the chairman of "
           "the Mazhilis. The Kazakh side invited Kirshenbaum to visit Kazakhstan again in the "
           "coming months."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), INVITED_AGAIN_DURING_A_VISIT)
def test_an_invitation_to_come_again_is_a_visit_to_come_beside_the_one_made(detector, lang, text):
    assert "visit_planned" in kinds(detector, text, lang)
