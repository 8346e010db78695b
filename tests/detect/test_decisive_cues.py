"""Each type's decisive cue, in several languages: two reports that differ only in it.

A call is talks, a trip is a visit; "will visit" is planned, "visited" held; "signed" is an
agreement, "intend to sign" none; a step restated from long ago keeps its own date. The articles
are written for these tests, one sentence pair per language (English, Russian, Kazakh, German,
French, Turkish).
"""

from __future__ import annotations

import pytest

from tests.detect.helpers import dated_types, extracted, field_values

PUBLISHED = "2026-03-12T09:00:00Z"  # a Thursday


@pytest.fixture(params=["rules", "shipped"])
def assess(request, detector, shipped):
    """Assess with the rules alone and with the shipped models: both must tell these apart."""
    chosen = detector if request.param == "rules" else shipped

    def run(title: str, text: str, published: str = PUBLISHED, **extra):
        article = {"id": "t", "title": title, "text": text, "url": "", "published": published}
        return chosen.assess({**article, **extra})

    return run


def types(assess, title: str, text: str, lang: str) -> list[tuple[str, str | None]]:
    result = assess(title, text, published=PUBLISHED, lang=lang)
    assert result["relevant"], (lang, title)
    return [(e["type"], e["date"]) for e in result["events"]]


CALL_OR_VISIT = [
    ("en",
     "Tokayev and Netanyahu discuss cooperation by phone",
     "President Kassym-Jomart Tokayev held a telephone conversation with Israeli Prime Minister "
     "Benjamin Netanyahu on Tuesday to discuss bilateral cooperation.",
     "Netanyahu visits Astana",
     "Israeli Prime Minister Benjamin Netanyahu arrived in Astana on Tuesday on an official visit "
     "and held talks with President Kassym-Jomart Tokayev on bilateral cooperation."),
    ("ru",
     "Токаев и Нетаньяху провели телефонный разговор",
     "Президент Казахстана Касым-Жомарт Токаев во вторник провел телефонный разговор с "
     "премьер-министром Израиля Биньямином Нетаньяху, обсудив двустороннее сотрудничество.",
     "Нетаньяху прибыл в Астану",
     "Премьер-министр Израиля Биньямин Нетаньяху во вторник прибыл в Астану с официальным "
     "визитом и провел переговоры с Президентом Казахстана Касым-Жомартом Токаевым."),
    ("kk",
     "Тоқаев пен Нетаньяху телефон арқылы сөйлесті",
     "Қазақстан Президенті Қасым-Жомарт Тоқаев сейсенбі күні Израиль Премьер-министрі Биньямин "
     "Нетаньяхумен телефон арқылы сөйлесіп, екіжақты ынтымақтастықты талқылады.",
     "Нетаньяху Астанаға келді",
     "Израиль Премьер-министрі Биньямин Нетаньяху сейсенбі күні ресми сапармен Астанаға келіп, "
     "Президент Қасым-Жомарт Тоқаевпен келіссөздер жүргізді."),
    ("de",
     "Tokajew und Netanjahu telefonieren",
     "Der kasachische Präsident Kassym-Schomart Tokajew hat am Dienstag mit dem israelischen "
     "Ministerpräsidenten Benjamin Netanjahu telefoniert und über die bilaterale Zusammenarbeit "
     "gesprochen.",
     "Netanjahu besucht Astana",
     "Der israelische Ministerpräsident Benjamin Netanjahu ist am Dienstag zu einem offiziellen "
     "Besuch in Astana eingetroffen und hat Gespräche mit Präsident Kassym-Schomart Tokajew "
     "geführt."),
    ("fr",
     "Tokaïev et Netanyahou s'entretiennent au téléphone",
     "Le président kazakh Kassym-Jomart Tokaïev a eu mardi un entretien téléphonique avec le "
     "Premier ministre israélien Benyamin Netanyahou sur la coopération bilatérale.",
     "Netanyahou en visite à Astana",
     "Le Premier ministre israélien Benyamin Netanyahou est arrivé mardi à Astana pour une visite "
     "officielle et s'est entretenu avec le président Kassym-Jomart Tokaïev."),
    ("tr",
     "Tokayev ile Netanyahu telefonda görüştü",
     "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev salı günü İsrail Başbakanı Binyamin Netanyahu "
     "ile telefonda görüşerek ikili işbirliğini ele aldı.",
     "Netanyahu Astana'yı ziyaret etti",
     "İsrail Başbakanı Binyamin Netanyahu salı günü resmi bir ziyaret için Astana'ya geldi ve "
     "Cumhurbaşkanı Kasım Cömert Tokayev ile görüştü."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "call_title", "call", "visit_title", "visit"), CALL_OR_VISIT)
def test_a_call_is_talks_and_a_trip_is_a_visit(assess, lang, call_title, call, visit_title, visit):
    by_call = types(assess, call_title, call, lang)
    assert ("talks", "2026-03-10") in by_call and not _has(by_call, "official_visit")
    assert ("official_visit", "2026-03-10") in types(assess, visit_title, visit, lang)


PLANNED_OR_HELD = [
    ("en",
     "Herzog to visit Kazakhstan in May",
     "Israeli President Isaac Herzog will pay a state visit to Kazakhstan in May, the Akorda "
     "press service said on Wednesday, describing relations as a strategic partnership.",
     "Herzog visits Kazakhstan",
     "Israeli President Isaac Herzog visited Kazakhstan on Wednesday, the Akorda press service "
     "said, describing relations as a strategic partnership."),
    ("ru",
     "Герцог посетит Казахстан в мае",
     "Президент Израиля Ицхак Герцог посетит Казахстан с государственным визитом в мае, "
     "сообщила в среду пресс-служба Акорды, назвав отношения стратегическим партнерством.",
     "Герцог посетил Казахстан",
     "Президент Израиля Ицхак Герцог в среду посетил Казахстан, сообщила пресс-служба Акорды, "
     "назвав отношения стратегическим партнерством."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "plan_title", "plan", "held_title", "held"), PLANNED_OR_HELD)
def test_will_visit_is_planned_and_visited_is_held(
    assess, lang, plan_title, plan, held_title, held
):
    planned = types(assess, plan_title, plan, lang)
    assert ("visit_planned", "2026-05") in planned and not _has(planned, "official_visit")
    made = types(assess, held_title, held, lang)
    assert ("official_visit", "2026-03-11") in made and not _has(made, "visit_planned")


SIGNED_OR_INTENDED = [
    ("en",
     "Kazakhstan and Israel sign water memorandum",
     "Kazakhstan and Israel signed a memorandum of understanding on water management in Astana "
     "on Tuesday.",
     "Kazakhstan and Israel plan water memorandum",
     "Kazakhstan and Israel intend to sign a memorandum of understanding on water management "
     "later this year."),
    ("ru",
     "Казахстан и Израиль подписали меморандум по водным ресурсам",
     "Казахстан и Израиль во вторник подписали в Астане меморандум о взаимопонимании в сфере "
     "водных ресурсов.",
     "Казахстан и Израиль намерены подписать меморандум",
     "Казахстан и Израиль намерены подписать меморандум о взаимопонимании в сфере водных "
     "ресурсов до конца года."),
    ("kk",
     "Қазақстан мен Израиль су саласында меморандумға қол қойды",
     "Қазақстан мен Израиль сейсенбі күні Астанада су ресурстарын басқару саласындағы өзара "
     "түсіністік туралы меморандумға қол қойды.",
     "Қазақстан мен Израиль меморандумға қол қоюды жоспарлап отыр",
     "Қазақстан мен Израиль жыл соңына дейін су ресурстарын басқару саласындағы меморандумға "
     "қол қоюды жоспарлап отыр."),
    ("de",
     "Kasachstan und Israel unterzeichnen Wasserabkommen",
     "Kasachstan und Israel haben am Dienstag in Astana ein Memorandum über die Zusammenarbeit in "
     "der Wasserwirtschaft unterzeichnet.",
     "Kasachstan und Israel planen Wasserabkommen",
     "Kasachstan und Israel wollen bis Ende des Jahres ein Memorandum über die Zusammenarbeit in "
     "der Wasserwirtschaft unterzeichnen."),
    ("fr",
     "Le Kazakhstan et Israël signent un mémorandum sur l'eau",
     "Le Kazakhstan et Israël ont signé mardi à Astana un mémorandum d'entente sur la gestion de "
     "l'eau.",
     "Le Kazakhstan et Israël veulent un mémorandum sur l'eau",
     "Le Kazakhstan et Israël ont l'intention de signer d'ici la fin de l'année un mémorandum "
     "d'entente sur la gestion de l'eau."),
    ("tr",
     "Kazakistan ve İsrail su mutabakatı imzaladı",
     "Kazakistan ve İsrail salı günü Astana'da su yönetimi alanında bir mutabakat zaptı "
     "imzaladı.",
     "Kazakistan ve İsrail su mutabakatı imzalamayı planlıyor",
     "Kazakistan ve İsrail yıl sonuna kadar su yönetimi alanında bir mutabakat zaptı imzalamayı "
     "planlıyor."),
]  # fmt: skip


@pytest.mark.parametrize(
    ("lang", "signed_title", "signed", "plan_title", "plan"), SIGNED_OR_INTENDED
)
def test_signed_is_an_agreement_and_intend_to_sign_is_none(
    assess, lang, signed_title, signed, plan_title, plan
):
    assert ("agreement_signed", "2026-03-10") in types(assess, signed_title, signed, lang)
    assert not _has(types(assess, plan_title, plan, lang), "agreement_signed")


BACKGROUND = [
    ("en",
     "Kazakh and Israeli ministers meet in Astana",
     "Foreign Minister Yermek Kosherbayev met Israeli Foreign Minister Gideon Sa'ar in Astana on "
     "Tuesday. Kazakhstan joined the Abraham Accords in November 2025."),
    ("ru",
     "Министры иностранных дел Казахстана и Израиля встретились в Астане",
     "Министр иностранных дел Казахстана Ермек Кошербаев во вторник встретился в Астане с "
     "министром иностранных дел Израиля Гидеоном Сааром. Казахстан присоединился к Соглашениям "
     "Авраама в ноябре 2025 года."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), BACKGROUND)
def test_a_step_restated_from_months_ago_keeps_its_own_date(assess, lang, title, text):
    found = types(assess, title, text, lang)
    assert ("official_visit", "2026-03-10") in found  # Sa'ar met in Astana: his visit
    accession = [day for kind, day in found if kind == "multilateral"]
    assert accession in ([], ["2025-11"], ["2025-11-06"]), found  # by the text or the known step


def _has(found: list[tuple[str, str | None]], kind: str) -> bool:
    return any(k == kind for k, _ in found)


RESTATED = [
    ("en",
     "Kazakh and Israeli ministers discuss flights",
     "Kazakh Transport Minister Marat Karabayev and Israel's ambassador discussed new flights in "
     "Astana on Tuesday. The two countries signed an aviation agreement during Netanyahu's visit "
     "in December 2016."),
    ("ru",
     "Министр транспорта Казахстана и посол Израиля обсудили авиасообщение",
     "Министр транспорта Казахстана Марат Карабаев во вторник обсудил в Астане с послом Израиля "
     "новые рейсы. Соглашение об авиасообщении страны подписали во время визита Нетаньяху в "
     "декабре 2016 года."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), RESTATED)
def test_a_document_signed_during_an_old_visit_is_never_dated_today(assess, lang, title, text):
    found = types(assess, title, text, lang)
    signed = [day for kind, day in found if kind in ("agreement_signed", "official_visit")]
    assert all(day is None or day.startswith("2016") for day in signed), found


SAID_TODAY_OF_HISTORY = [
    ("en",
     "Tokayev on the Abraham Accords",
     "Kazakhstan joined the Abraham Accords in November to help calm the Middle East, President "
     "Kassym-Jomart Tokayev said on Tuesday in Ashgabat."),
    ("ru",
     "Токаев о Соглашениях Авраама",
     "Казахстан присоединился к Соглашениям Авраама в ноябре ради стабильности на Ближнем "
     "Востоке, заявил во вторник в Ашхабаде Президент Касым-Жомарт Токаев."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), SAID_TODAY_OF_HISTORY)
def test_a_step_of_months_ago_said_today_is_a_statement_of_today(assess, lang, title, text):
    """The speech verb after old news is news itself; after this week's news it only attributes."""
    found = types(assess, title, text, lang)
    assert ("statement", "2026-03-10") in found, found
    assert all(day != "2026-03-10" for kind, day in found if kind == "multilateral"), found


def test_a_third_countrys_official_on_the_accords_is_no_statement_of_either_side(assess):
    found = types(
        assess,
        "Vance on Kazakhstan and the Abraham Accords",
        "Kazakhstan's entry gives great momentum to the Abraham Accords, US Vice President JD "
        "Vance told reporters on Tuesday.",
        "en",
    )
    assert not _has(found, "statement"), found


def test_a_statement_takes_no_date_from_a_career_history_before_it(assess):
    found = types(
        assess,
        "New Kazakh ambassador presents credentials in Jerusalem",
        "Kazakhstan's new ambassador Kairat Abdrakhmanov presented his credentials to Israeli "
        "President Moshe Katsav on Tuesday.\n"
        "Abdrakhmanov joined the Foreign Ministry ten years ago. Relations between Kazakhstan and "
        "Israel are strong, but much remains to be done, said Abdrakhmanov.",
        "en",
    )
    said = [day for kind, day in found if kind == "statement"]
    assert said and all(day and day.startswith("2026") for day in said), found


MEETING_IN_THE_HOSTS_CAPITAL = [
    ("en",
     "Kazakh president received in Jerusalem",
     "Israeli Foreign Minister Gideon Sa'ar met on Tuesday in Jerusalem with the President of "
     "Kazakhstan Kassym-Jomart Tokayev to discuss cooperation in agriculture."),
    ("ru",
     "Президента Казахстана приняли в Иерусалиме",
     "Министр иностранных дел Израиля Гидеон Саар во вторник встретился в Иерусалиме с "
     "Президентом Казахстана Касым-Жомартом Токаевым и обсудил сотрудничество в сельском "
     "хозяйстве."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), MEETING_IN_THE_HOSTS_CAPITAL)
def test_a_meeting_in_the_other_sides_capital_is_the_guests_visit(assess, lang, title, text):
    found = types(assess, title, text, lang)
    assert ("official_visit", "2026-03-10") in found, found


MEETING_IN_A_SEAT_OR_A_COMMISSION = [
    ("en",
     "Tokayev receives Israeli minister",
     "President Kassym-Jomart Tokayev received Israeli Foreign Minister Gideon Sa'ar in Akorda "
     "on Tuesday to discuss cooperation in agriculture.",
     "Gideon Sa'ar"),
    ("ru",
     "Токаев принял главу МИД Израиля",
     "Касым-Жомарт Токаев во вторник принял в Акорде министра иностранных дел Израиля Гидеона "
     "Саара и обсудил сотрудничество в сельском хозяйстве.",
     "Gideon Sa'ar"),
    ("fr",
     "Commission mixte à Astana",
     "Le ministre israélien du Tourisme, Yoel Razvozov, a rencontré mardi le ministre du "
     "Commerce du Kazakhstan à Astana, dans le cadre de la réunion de la Commission mixte "
     "israélo-kazakhe sur le commerce.",
     "Yoel Razvozov"),
    ("en",
     "Joint commission meets in Astana",
     "Israeli Tourism Minister Yoel Razvozov met Kazakhstan's trade minister in Astana on "
     "Tuesday at the session of the Kazakh-Israeli intergovernmental commission.",
     "Yoel Razvozov"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text", "visitor"), MEETING_IN_A_SEAT_OR_A_COMMISSION)
def test_a_meeting_in_the_hosts_seat_or_commission_is_the_named_guests_visit(
    assess, lang, title, text, visitor
):
    """ "received in Akorda" places the meeting in Kazakhstan; a meeting at a commission's
    session is the commission's, and the guest's stay a visit all the same; a capitalised
    portfolio ("ministre du Tourisme") is no name."""
    result = assess(title, text, published=PUBLISHED, lang=lang)
    visits = [e for e in result["events"] if e["type"] == "official_visit"]
    assert [(e["date"], e["fields"]["visitor"]) for e in visits] == [("2026-03-10", visitor)]


TRIP_TO_TWO_COUNTRIES = [
    ("en",
     "Knesset Speaker to tour Central Asia",
     "Knesset Speaker Amir Ohana will pay a visit to Uzbekistan and Kazakhstan next week. In "
     "Astana he is to discuss parliamentary cooperation between Israel and Kazakhstan."),
    ("ru",
     "Спикер Кнессета посетит Центральную Азию",
     "Спикер Кнессета Амир Охана на следующей неделе посетит Узбекистан и Казахстан. В Астане "
     "он обсудит межпарламентское сотрудничество Израиля и Казахстана."),
    ("fr",
     "Le président de la Knesset en Asie centrale",
     "Le président de la Knesset Amir Ohana se rendra la semaine prochaine en Ouzbékistan et au "
     "Kazakhstan. À Astana, il discutera de la coopération parlementaire entre Israël et le "
     "Kazakhstan."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), TRIP_TO_TWO_COUNTRIES)
def test_a_trip_to_a_third_country_and_the_other_side_is_a_visit_to_the_other_side(
    assess, lang, title, text
):
    found = types(assess, title, text, lang)
    assert _has(found, "visit_planned"), found


def test_a_trip_begun_in_a_third_country_has_not_reached_the_other_side(assess):
    found = types(
        assess,
        "Netanyahu leaves for Baku and Astana",
        "Israeli Prime Minister Benjamin Netanyahu set off on Tuesday on an official visit to "
        "Azerbaijan and Kazakhstan. Relations between Israel and Kazakhstan are excellent, he "
        "said.",
        "en",
    )
    assert not _has(found, "official_visit"), found


BUSINESS_MEETINGS = [
    ("en", "Prime minister meets Israeli business",
     "Opportunities in drip irrigation were discussed on Tuesday by Kazakh Prime Minister Olzhas "
     "Bektenov and the chairman of the Israel-Kazakhstan Chamber of Commerce."),
    ("ru", "Министр встретился с израильскими инвесторами",
     "Министр водных ресурсов Казахстана во вторник встретился с руководством израильской "
     "инвестиционной компании и обсудил реконструкцию водохранилищ."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), BUSINESS_MEETINGS)
def test_an_officials_meeting_with_the_other_sides_business_is_economic(assess, lang, title, text):
    found = types(assess, title, text, lang)
    assert ("economic", "2026-03-10") in found and not _has(found, "talks"), found


UNDATED_BUSINESS_MEETINGS = [
    ("ru", "Премьер обсудил с израильскими бизнесменами орошение",
     "Премьер-министр Казахстана Олжас Бектенов встретился с главой торгово-промышленной палаты "
     "Израиля Йосефом Коэном. Стороны обсудили применение израильских технологий капельного "
     "орошения в Казахстане."),
    ("uk", "Міністр обговорив з ізраїльськими інвесторами водосховища",
     "Міністр водних ресурсів Казахстану зустрівся з керівництвом ізраїльської інвестиційної "
     "компанії. Сторони обговорили реконструкцію водосховищ в Казахстані за участю ізраїльських "
     "інженерів."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), UNDATED_BUSINESS_MEETINGS)
def test_met_in_the_past_tense_is_a_held_meeting_without_a_day(assess, lang, title, text):
    """ "встретился", "зустрівся" are past forms, as "met": the meeting was held that day."""
    found = types(assess, title, text, lang)
    assert ("economic", "2026-03-12") in found, found


DISCUSSED_WITH_BUSINESS = [
    ("en", "Minister and chamber of commerce discuss irrigation",
     "Prospects for Israeli drip irrigation in Kazakhstan were discussed by Kazakhstan's "
     "agriculture minister and the chairman of the Israel-Kazakhstan Chamber of Commerce."),
    ("ru", "Министр и торговая палата обсудили орошение",
     "Перспективы применения израильских технологий капельного орошения в Казахстане обсудили "
     "министр сельского хозяйства Казахстана и председатель израильско-казахстанской "
     "торгово-промышленной палаты."),
    ("uk", "Міністр і торгова палата обговорили зрошення",
     "Перспективи застосування ізраїльських технологій крапельного зрошення в Казахстані "
     "обговорили міністр сільського господарства Казахстану та голова ізраїльсько-казахстанської "
     "торгово-промислової палати."),
    ("kk", "Министр мен сауда палатасы суаруды талқылады",
     "Қазақстан ауыл шаруашылығы министрі мен «Израиль-Қазақстан» сауда-өнеркәсіп палатасының "
     "төрағасы израильдік тамшылатып суару технологияларын қолдану мүмкіндіктерін талқылады."),
    ("tr", "Bakan ve ticaret odası sulamayı görüştü",
     "Kazakistan Tarım Bakanı ve İsrail-Kazakistan Ticaret Odası Başkanı, İsrail damla sulama "
     "teknolojilerinin kullanımını görüştü."),
    ("ar", "وزير وغرفة تجارة يبحثان الري",
     "التقى وزير الزراعة الكازاخستاني رئيس غرفة التجارة الإسرائيلية الكازاخستانية وبحثا "
     "استخدام تقنيات الري بالتنقيط الإسرائيلية."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), DISCUSSED_WITH_BUSINESS)
def test_an_official_who_discussed_with_the_other_sides_chamber_of_commerce_met_it(
    assess, lang, title, text
):
    """ "обсудили министр и председатель палаты", "талқылады": a discussion told in the past
    between the two was a meeting, as "discussed by" is; a chamber of commerce ("Ticaret Odası",
    "غرفة التجارة") is the other side's business."""
    found = types(assess, title, text, lang)
    assert ("economic", "2026-03-12") in found and not _has(found, "talks"), found


RECEPTIONS_WITHOUT_A_DAY = [
    ("es", "El canciller kazajo recibió al embajador israelí",
     "El canciller de Kazajistán, Murat Nurtleu, recibió al embajador de Israel, Edgar Golan, en "
     "Astaná. Ambos analizaron la cooperación bilateral entre Kazajistán e Israel."),
    ("de", "Kasachischer Außenminister empfängt israelischen Botschafter",
     "Der kasachische Außenminister Murat Nurtleu empfing den israelischen Botschafter Edgar "
     "Golan in Astana. Sie erörterten die bilaterale Zusammenarbeit zwischen Kasachstan und "
     "Israel."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), RECEPTIONS_WITHOUT_A_DAY)
def test_received_in_the_past_tense_is_held_talks_without_a_day(assess, lang, title, text):
    """ "recibió", "empfing" are past forms: the reception was held, on the day of the report."""
    found = types(assess, title, text, lang)
    assert ("talks", "2026-03-12") in found, found


def test_a_meeting_with_a_national_company_is_no_business_deal(assess):
    result = assess(
        "Minister meets Israeli water company",
        "Kazakhstan's water minister met on Tuesday the director of Israel's national water "
        "company Mekorot to discuss cooperation between Kazakhstan and Israel on reservoirs.",
        lang="en",
    )
    assert not _has([(e["type"], e["date"]) for e in result["events"]], "economic"), result


ROMANCE_FUTURE_SIGNINGS = [
    ("es", "Netanyahu viaja a Kazajistán",
     "Durante la visita de Netanyahu a Astana, Israel y Kazajistán firmarán varios acuerdos de "
     "cooperación económica, informó el ministro el martes."),
    ("fr", "Netanyahou attendu à Astana",
     "Lors de la visite de Netanyahou à Astana, Israël et le Kazakhstan signeront plusieurs "
     "accords de coopération économique, a indiqué le ministre mardi."),
    ("it", "Netanyahu atteso ad Astana",
     "Durante la visita di Netanyahu ad Astana, Israele e Kazakistan firmeranno diversi accordi "
     "di cooperazione economica, ha detto il ministro martedì."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), ROMANCE_FUTURE_SIGNINGS)
def test_a_signing_in_the_future_tense_of_the_verb_itself_is_not_done(assess, lang, title, text):
    found = types(assess, title, text, lang)
    assert not _has(found, "agreement_signed"), found


PROMISED_SIGNINGS = [
    ("en", "Trump announces Kazakhstan joins Abraham Accords",
     "Kazakhstan has joined the Abraham Accords, a set of treaties normalising relations with "
     "Israel. \"Kazakhstan is the first country of my term to join. This is a big step,\" Trump "
     "wrote, and promised to announce an official signing ceremony for the agreements soon."),
    ("fr", "Trump annonce l'adhésion du Kazakhstan",
     "Le Kazakhstan a rejoint les accords d'Abraham de normalisation avec Israël. « C'est le "
     "premier pays de mon mandat », a écrit Trump, qui a promis d'annoncer bientôt une "
     "cérémonie de signature des accords."),
    ("es", "Trump anuncia la adhesión de Kazajistán",
     "Kazajistán se ha unido a los Acuerdos de Abraham para normalizar relaciones con Israel. "
     "«Es el primer país de mi mandato», escribió Trump, que prometió anunciar pronto una "
     "ceremonia de firma de los acuerdos."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), PROMISED_SIGNINGS)
def test_a_signing_ceremony_promised_is_no_signing_and_the_joining_is_found(
    assess, lang, title, text
):
    """A promise is of what is to come ("promised to announce a signing ceremony"); Spanish
    tells a joining in the present perfect ("se ha unido")."""
    found = types(assess, title, text, lang)
    assert not _has(found, "agreement_signed"), found
    assert _has(found, "multilateral"), found


PROTESTS = [
    ("en", "Israeli hurt in Almaty unrest",
     "An Israeli citizen was injured on Tuesday during violent protests in the Kazakh city of "
     "Almaty, Israel's Foreign Ministry said, and relations between Israel and Kazakhstan stay "
     "close.", False),
    ("ru", "Израильтянин пострадал в Алматы",
     "Гражданин Израиля пострадал во вторник во время протестов в Алматы, сообщил МИД Израиля; "
     "отношения Израиля и Казахстана остаются тесными.", False),
    ("en", "Rally at the Israeli embassy",
     "About fifty people gathered on Tuesday near the Israeli embassy in Astana to protest the "
     "war in Gaza, Kazakh police said.", True),
    ("en", "Rally against Israel in Almaty",
     "Hundreds rallied in Almaty on Tuesday against Israel's strikes on Gaza, Kazakh media "
     "reported.", True),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text", "tension"), PROTESTS)
def test_a_protest_is_friction_only_when_aimed_at_a_side(assess, lang, title, text, tension):
    """Unrest in Almaty in which an Israeli is hurt is no friction between the two; a rally at
    the embassy or against Israel is."""
    result = assess(title, text, published=PUBLISHED, lang=lang)
    found = [e["date"] for e in result["events"] if e["type"] == "tension"]
    assert found == (["2026-03-10"] if tension else []), result["events"]


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("en", "Israel warns against travel to Kazakhstan",
         "Israel's Foreign Ministry said on Thursday that a travel warning for Kazakhstan had "
         "been in place since Tuesday and urged Israelis to avoid non-essential travel to "
         "Kazakhstan."),
        # "לא-חיוניים" (non-essential) holds "לא" as a prefix, no negation of the advice.
        ("he", "משרד החוץ: להימנע מביקורים בקזחסטן",
         "ביום שלישי קרא משרד החוץ לישראלים להימנע מביקורים לא-חיוניים בקזחסטן בשל המהומות "
         "במדינה."),
        ("ru", "Израиль не рекомендует гражданам ездить в Казахстан",
         "Во вторник Совет национальной безопасности Израиля посоветовал гражданам избегать "
         "поездок в Казахстан и соседние страны."),
    ],
)  # fmt: skip
def test_a_travel_warning_is_dated_the_day_it_began(assess, lang, title, text):
    """A warning "in place since Tuesday", advice to avoid non-essential visits, advice to
    avoid trips: each a travel warning of Tuesday."""
    found = types(assess, title, text, lang)
    assert ("tension", "2026-03-10") in found, found


ADVICE_AGAINST_TRAVEL = [
    ("en", "Israel urged its citizens on Tuesday to avoid trips to Kazakhstan."),
    ("de", "Israel rät seinen Bürgern seit Dienstag von Reisen nach Kasachstan ab."),
    ("it", "Martedì Israele ha sconsigliato ai suoi cittadini i viaggi in Kazakistan."),
    ("kk", "Израиль сейсенбі күні азаматтарына Қазақстанға сапарлардан аулақ болуға кеңес берді."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), ADVICE_AGAINST_TRAVEL)
def test_advice_to_avoid_travel_is_a_travel_warning_in_every_language(detector, lang, text):
    found = extracted(detector, text, lang)
    assert [(e["type"], e["date"]) for e in found] == [("tension", "2026-03-10")], found


CONDEMNED_STRIKE = [
    ("en", "Kazakhstan's Foreign Ministry on Tuesday condemned Israel's strike on Doha."),
    ("ru", 'МИД Казахстана во вторник осудил удар Израиля по Дохе.'),
    ("kk", 'Қазақстан СІМ сейсенбі күні Израильдің Дохаға жасаған соққысын айыптады.'),
    ("tr", "Kazakistan Dışişleri Bakanlığı salı günü İsrail'in Doha'ya saldırısını kınadı."),
    ("ar", 'أدانت وزارة الخارجية الكازاخية يوم الثلاثاء الضربة الإسرائيلية على الدوحة.'),
    ("he", 'משרד החוץ של קזחסטן גינה ביום שלישי את התקיפה הישראלית בדוחה.'),
    ("de", "Das Außenministerium Kasachstans verurteilte am Dienstag den israelischen Angriff "
           "auf Doha."),
    ("fr", "Le ministère kazakh des Affaires étrangères a condamné mardi la frappe israélienne "
           "sur Doha."),
    ("es", 'La cancillería de Kazajistán condenó el martes el ataque israelí contra Doha.'),
    ("it", "Il ministero degli Esteri del Kazakistan ha condannato martedì l'attacco israeliano "
           "a Doha."),
    ("fa", 'وزارت امور خارجه قزاقستان روز سه شنبه حمله اسرائیل به دوحه را محکوم کرد.'),
    ("cs", 'Kazašské ministerstvo zahraničí v úterý odsoudilo izraelský útok na Dauhá.'),
    ("pl", "Ministerstwo Spraw Zagranicznych Kazachstanu potępiło we wtorek izraelski atak na "
           "Dohę."),
    ("uk", 'МЗС Казахстану у вівторок засудило удар Ізраїлю по Досі.'),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), CONDEMNED_STRIKE)
def test_condemning_an_israeli_strike_is_tension_in_every_language(detector, lang, text):
    """Romance adjectives follow the noun ("el ataque israelí"): the attacker, not a victim
    whose side a condemnation would take; Czech adjectives name Kazakhstan ("kazašské")."""
    found = dated_types(detector, text, lang)
    assert ("tension", "2026-03-10") in found, found


THIRD_PARTY_CONDEMNATIONS = [
    ("en", "Iran's foreign ministry on Tuesday condemned Kazakhstan's decision to join the "
           "Abraham Accords with Israel."),
    ("en", "Hamas criticised Kazakhstan on Tuesday for joining the accords, calling on Arab "
           "states to sever ties with Israel."),
    ("ru", "ХАМАС во вторник осудил Казахстан за присоединение к Авраамовым соглашениям с "
           "Израилем."),
    ("tr", "İran Dışişleri Bakanlığı salı günü Kazakistan'ın İsrail ile İbrahim "
           "Anlaşmaları'na katılma kararını kınadı."),
    ("de", "Die Hamas verurteilte am Dienstag den Beitritt Kasachstans zu den Abraham-Abkommen "
           "mit Israel."),
    ("ar", "أدانت حركة حماس يوم الثلاثاء قرار كازاخستان الانضمام إلى اتفاقيات أبراهام مع "
           "إسرائيل."),
    ("fr", "Le Hamas a condamné mardi l'adhésion du Kazakhstan aux accords d'Abraham avec "
           "Israël."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), THIRD_PARTY_CONDEMNATIONS)
def test_a_third_partys_condemnation_of_the_two_is_no_friction_between_them(detector, lang, text):
    """Who condemns is the first country of the clause before the verb (a verb-final clause
    names its object there too), or the one after a verb that opens the sentence: Hamas or Iran
    condemning Kazakhstan's step towards Israel is no friction between the two."""
    found = dated_types(detector, text, lang)
    assert not [kind for kind, _ in found if kind == "tension"], found


SIDE_ACTS_AFTER_A_THIRD = [
    ("en", "After Iran's missile strikes on Israel, Kazakhstan's foreign ministry on Tuesday "
           "condemned the escalation and summoned Israel's ambassador."),
    ("en", "Amid the war with Iran, Israel on Tuesday advised its citizens to avoid travel to "
           "Kazakhstan."),
    ("ru", "После удара Израиля по Ирану МИД Казахстана во вторник осудил действия Израиля."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), SIDE_ACTS_AFTER_A_THIRD)
def test_a_sides_friction_after_a_third_countrys_name_stays_friction(detector, lang, text):
    found = dated_types(detector, text, lang)
    assert ("tension", "2026-03-10") in found, found


def test_words_said_after_a_news_phrase_are_a_statement_and_a_source_tail_is_not(assess):
    """ "Ahead of the visit, X said that ...": what X said follows the verb, a statement of its
    own; "X and Y signed ..., the ministry said on Tuesday" only names the source."""
    said = types(
        assess,
        "Israeli envoy on counterterrorism ties with Kazakhstan",
        "Ahead of Prime Minister Benjamin Netanyahu's visit to Kazakhstan next week, Israeli "
        "Ambassador Michael Brodsky said on Tuesday that Israel's experience in fighting terrorism "
        "is of great use to Kazakhstan and other countries of the region.",
        "en",
    )
    assert ("statement", "2026-03-10") in said, said
    told = types(
        assess,
        "Kazakhstan and Israel sign water deal",
        "Kazakhstan and Israel signed an agreement on water management in Astana, the ministry "
        "said on Tuesday.",
        "en",
    )
    assert not _has(told, "statement"), told


def test_a_speaker_of_no_side_speaks_for_one_only_on_the_relationship(detector):
    consular = extracted(
        detector,
        "The ministry expressed condolences to the family of the Israeli citizen killed in "
        "Almaty, Kazakhstan, on Tuesday and said it was working to bring his body to Israel.",
        "en",
    )
    assert not [e for e in consular if e["type"] == "statement"], consular
    ties = extracted(
        detector,
        "The ministry said on Tuesday that relations between Israel and Kazakhstan were excellent.",
        "en",
    )
    assert [e["type"] for e in ties] == ["statement"], ties


@pytest.mark.parametrize(
    ("lang", "text", "talks"),
    [
        ("ru", "Во вторник МИД Казахстана и Израиля провели политические консультации в Астане.",
         True),
        ("ru", "Во вторник Израиль оказал Казахстану консультационную поддержку в лечении "
               "COVID-19.", False),
        ("uk", "У вівторок МЗС Казахстану та Ізраїлю провели політичні консультації в Астані.",
         True),
        ("uk", "У вівторок Ізраїль надав Казахстану консультаційну підтримку в лікуванні "
               "COVID-19.", False),
    ],
)  # fmt: skip
def test_consultations_are_talks_and_consulting_support_is_not(detector, lang, text, talks):
    found = [e["type"] for e in extracted(detector, text, lang)]
    assert ("talks" in found) is talks, found


def test_a_delegations_outing_during_its_visit_is_no_visit_to_come(assess):
    found = types(
        assess,
        "Kazakh agriculture minister in Israel",
        "Kazakhstan's Agriculture Minister Aidarbek Saparov arrived in Israel on Tuesday for talks "
        "on irrigation. Members of the Kazakh delegation will also visit a dairy cooperative and "
        "a water utility.",
        "en",
    )
    assert ("official_visit", "2026-03-10") in found and not _has(found, "visit_planned"), found


def test_a_forum_that_names_neither_side_is_no_economic_news(detector):
    found = extracted(
        detector,
        "Kazachstan prawdopodobnie dołączy do Porozumień Abrahamowych z Izraelem. Specjalny "
        "wysłannik Stanów Zjednoczonych zakomunikował we wtorek w trakcie forum biznesowego na "
        "Florydzie, że wróci do Waszyngtonu.",
        "pl",
    )
    assert not [e for e in found if e["type"] == "economic"], found


BARE_VENUES = [
    ("en", "On Tuesday a forum on bilateral relations between Kazakhstan and Israel took place "
           "at a university in Tel Aviv."),
    ("en", "Despite close economic ties, Kazakhstan often votes against Israel in UN forums."),
    ("ru", "Во вторник большая израильская делегация приехала в Астану, чтобы посетить "
           "международную выставку."),
    ("kk", "Сейсенбі күні Астанада Қазақстан мен Израиль арасындағы қарым-қатынасқа арналған "
           "форум өтті."),
    ("tr", "Salı günü Tel Aviv'de Kazakistan ile İsrail arasındaki ilişkilere adanmış bir forum "
           "düzenlendi."),
    ("ar", "عقد يوم الثلاثاء في تل أبيب منتدى حول العلاقات بين كازاخستان وإسرائيل."),
]  # fmt: skip
VENUES_OF_A_SECTOR = [
    ("en", "On Tuesday a forum on agriculture brought together Kazakh and Israeli farmers in "
           "Astana."),
    ("ru", "Во вторник в Астане прошел форум по сельскому хозяйству с участием казахстанских и "
           "израильских фермеров."),
    ("kk", "Сейсенбі күні Астанада қазақстандық және израильдік фермерлер қатысқан ауыл "
           "шаруашылығы форумы өтті."),
    ("tr", "Salı günü Astana'da Kazak ve İsrailli çiftçilerin katıldığı bir tarım forumu "
           "düzenlendi."),
    ("ar", "عقد يوم الثلاثاء في أستانا منتدى للزراعة بمشاركة مزارعين من كازاخستان وإسرائيل."),
    ("de", "Am Dienstag fand in Astana ein kasachisch-israelisches Business-Forum mit rund 100 "
           "Unternehmen statt."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), BARE_VENUES)
def test_a_bare_forum_or_exhibition_naming_no_trade_is_no_economic_news(detector, lang, text):
    """A forum on relations, an international exhibition visited, "UN forums" after "economic
    ties" in another clause: a venue word alone says no business was done."""
    found = dated_types(detector, text, lang)
    assert not [kind for kind, _ in found if kind == "economic"], found


@pytest.mark.parametrize(("lang", "text"), VENUES_OF_A_SECTOR)
def test_a_forum_of_a_sector_is_economic_news(detector, lang, text):
    found = dated_types(detector, text, lang)
    assert ("economic", "2026-03-10") in found, found


def test_a_seat_named_as_the_source_does_not_place_the_meeting(assess):
    found = types(
        assess,
        "Tokayev meets Netanyahu",
        "President Kassym-Jomart Tokayev met Israeli Prime Minister Benjamin Netanyahu in New "
        "York on Tuesday, Akorda said.",
        "en",
    )
    assert not _has(found, "official_visit"), found


def test_an_ambassador_meeting_where_he_is_posted_is_no_visit(assess):
    found = types(
        assess,
        "Israeli ambassador meets Kazakh minister",
        "Israeli Foreign Minister Gideon Sa'ar met on Tuesday in Jerusalem with Kazakhstan's "
        "Ambassador to Israel to discuss cooperation in agriculture.",
        "en",
    )
    assert not _has(found, "official_visit"), found


def test_during_his_visit_he_will_meet_is_a_planned_visit(assess):
    found = types(
        assess,
        "Israeli minister heads to Kazakhstan",
        "Israeli Economy Minister Nir Barkat will lead a delegation to Kazakhstan next week. "
        "During his visit, Barkat will meet Kazakhstan's prime minister and trade minister.",
        "en",
    )
    assert _has(found, "visit_planned") and not _has(found, "official_visit"), found


HOPES_AND_PROPOSALS = [
    ("en",
     "Sa'ar invites Kazakh minister",
     "Israeli Foreign Minister Gideon Sa'ar on Tuesday proposed to pay a return visit to his "
     "Kazakh counterpart Yermek Kosherbayev, and hopes that President Tokayev could visit Israel "
     "in the coming years."),
    ("ru",
     "Саар пригласил коллегу",
     "Министр иностранных дел Израиля Гидеон Саар во вторник предложил своему казахстанскому "
     "коллеге Ермеку Кошербаеву нанести ответный визит в Израиль. Он надеется, что в ближайшие "
     "годы Президент Касым-Жомарт Токаев сможет посетить Израиль."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), HOPES_AND_PROPOSALS)
def test_a_proposed_or_hoped_for_visit_is_not_held(assess, lang, title, text):
    found = types(assess, title, text, lang)
    assert not _has(found, "official_visit"), found


def test_the_last_visit_named_in_passing_is_history_not_news(assess):
    found = types(
        assess,
        "Сотрудничество Казахстана и Израиля",
        "Министр заявил во вторник, что последний визит Президента Израиля в Астану еще более "
        "укрепил отношения между Казахстаном и Израилем.",
        "ru",
    )
    assert not _has(found, "official_visit"), found


CONDOLENCES = [
    ("en", "Tokayev sends condolences to Israel",
     "President Kassym-Jomart Tokayev on Tuesday sent a telegram of condolences to Israeli "
     "President Isaac Herzog over the deaths of firefighters near Haifa."),
    ("ru", "Токаев выразил соболезнования Израилю",
     "Президент Касым-Жомарт Токаев во вторник направил телеграмму соболезнования президенту "
     "Израиля Ицхаку Герцогу в связи с гибелью пожарных под Хайфой."),
    ("kk", "Тоқаев Израиль Президентіне көңіл айтты",
     "Мемлекет басшысы Қасым-Жомарт Тоқаев сейсенбі күні Израиль Президенті Ицхак Герцогқа "
     "Хайфа маңында өрт сөндірушілердің қаза болуына байланысты көңіл айту жеделхатын жолдады."),
    ("de", "Tokajew kondoliert Israel",
     "Der kasachische Präsident Kassym-Schomart Tokajew hat am Dienstag dem israelischen "
     "Präsidenten Isaac Herzog in einem Telegramm sein Beileid zum Tod von Feuerwehrleuten bei "
     "Haifa ausgesprochen."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), CONDOLENCES)
def test_a_condolence_to_the_other_sides_leader_is_a_statement(assess, lang, title, text):
    found = types(assess, title, text, lang)
    assert ("statement", "2026-03-10") in found, found


DOCUMENTS_OF_NO_NAMED_KIND = [
    ("en", "Kazakhstan and Israel sign documents",
     "The foreign ministers of Kazakhstan and Israel on Tuesday signed documents on consular "
     "cooperation and archives, and agreed to hold the next round of consultations in Jerusalem."),
    ("ru", "Казахстан и Израиль подписали документы",
     "Министры иностранных дел Казахстана и Израиля во вторник подписали документы о консульском "
     "сотрудничестве и архивах, а также договорились провести следующий раунд консультаций в "
     "Иерусалиме."),
    ("en", "Kazakh and Israeli ministers sign documents",
     "The foreign ministers of Kazakhstan and Israel on Tuesday signed documents related to "
     "consular cooperation and archives."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), DOCUMENTS_OF_NO_NAMED_KIND)
def test_signed_documents_on_two_subjects_are_two_signings(assess, lang, title, text):
    found = types(assess, title, text, lang)
    assert found.count(("agreement_signed", "2026-03-10")) == 2, found


def test_the_document_restated_after_its_signing_is_the_same_one(assess):
    found = types(
        assess,
        "Israel and Kazakhstan sign a memorandum",
        "Israel's economy minister signed a memorandum of understanding on industrial parks with "
        "Kazakhstan on Tuesday. The document, signed with Kazakhstan's industry minister, provides "
        "for tax breaks for Israeli investors.",
        "en",
    )
    assert found.count(("agreement_signed", "2026-03-10")) == 1, found


CALLS_AND_CREDENTIALS = [
    ("en", "Netanyahu and Tokayev speak",
     "Prime Minister Benjamin Netanyahu held a call with Kazakhstan's President Kassym-Jomart "
     "Tokayev on Tuesday about cooperation between the two countries.", "talks"),
    ("en", "New Kazakh ambassador in Jerusalem",
     "Kazakhstan's new ambassador presented his credentials to Israeli President Isaac Herzog on "
     "Tuesday, and the two discussed cooperation between the two countries.", "talks"),
    ("ru", "Новый посол Казахстана в Израиле",
     "Новый посол Казахстана во вторник вручил верительные грамоты Президенту Израиля Ицхаку "
     "Герцогу, стороны обсудили двустороннее сотрудничество.", "talks"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text", "kind"), CALLS_AND_CREDENTIALS)
def test_a_call_or_a_credentials_ceremony_is_talks(assess, lang, title, text, kind):
    assert (kind, "2026-03-10") in types(assess, title, text, lang)


INTERVIEWS = [
    ("en", "Israel's ambassador on 30 years of ties with Kazakhstan",
     "Israel's Ambassador to Kazakhstan Michael Brodsky gave an interview to our newspaper on the "
     "anniversary of relations between Kazakhstan and Israel.\nQuestion: What has been achieved?\n"
     "Answer: People-to-people contacts are the heart of our relations."),
    ("ru", "Посол Израиля о 30 годах отношений с Казахстаном",
     "Посол Израиля в Казахстане Михаэль Бродский в интервью нашему изданию рассказал об "
     "отношениях Казахстана и Израиля.\n– Что удалось сделать?\n– Главное в наших отношениях – "
     "человеческое общение."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), INTERVIEWS)
def test_an_officials_interview_is_their_statement(assess, lang, title, text):
    result = assess(title, text, published=PUBLISHED, lang=lang)
    speakers = field_values(result["events"], "statement", "speaker")
    assert any("Brodsky" in speaker for speaker in speakers), result["events"]


CHAINS_OF_DOCUMENTS = [
    ("en", "Kazakhstan and Israel sign three agreements",
     "Kazakhstan and Israel on Tuesday signed an aviation agreement, an agreement on agriculture "
     "and a memorandum on research."),
    ("ru", "Казахстан и Израиль подписали три документа",
     "Казахстан и Израиль во вторник подписали соглашение об авиасообщении, соглашение о "
     "сельском хозяйстве и меморандум о научных исследованиях."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), CHAINS_OF_DOCUMENTS)
def test_each_document_of_a_chain_is_a_signing(assess, lang, title, text):
    found = types(assess, title, text, lang)
    assert found.count(("agreement_signed", "2026-03-10")) == 3, found


def test_a_condemnation_naming_other_countries_in_passing_is_tension(assess):
    found = types(
        assess,
        "Kazakhstan condemns Israel's strike on Qatar",
        "Speaking at the summit in Doha on Tuesday, the Chairman of the Mazhilis Yerlan Koshanov "
        "said Kazakhstan condemns Israel's strike on Qatar targeting Hamas leaders in Iran's "
        "neighbourhood.",
        "en",
    )
    assert _has(found, "tension"), found


@pytest.mark.parametrize(
    ("text", "listing"),
    [
        ("Bahrain, Morocco, Sudan and the United Arab Emirates signed accords with Israel before "
         "Kazakhstan.", True),
        ("Kazakhstan condemns Israel's strike on Qatar targeting Hamas leaders near Iran.", False),
    ],
)  # fmt: skip
def test_a_list_of_countries_is_told_from_countries_named_in_passing(detector, text, listing):
    from monitor.detect.rules import _enumerates
    from monitor.detect.sentences import analyse

    countries = detector.vocabulary.relevance.list_countries
    (sentence,) = analyse(detector.lexicon, "", text, countries, None, "en")
    assert sentence.is_list  # both name four countries or more
    assert _enumerates(sentence) is listing


THANKS_FROM_A_PASSENGER = [
    ("en", "Evacuees return from Israel",
     "Passenger Artur Kovalevsky, who was on the evacuation flight from Israel on Tuesday, thanked "
     "the Kazakh Ministry of Foreign Affairs for organising it."),
    ("ru", "Эвакуированные вернулись из Израиля",
     "Пассажир эвакуационного рейса из Израиля Артур Ковалевский во вторник поблагодарил МИД "
     "Казахстана за организацию рейса."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), THANKS_FROM_A_PASSENGER)
def test_whom_a_stance_verb_thanks_is_not_its_speaker(assess, lang, title, text):
    result = assess(title, text, published=PUBLISHED, lang=lang)
    speakers = field_values(result["events"], "statement", "speaker")
    assert not any("Foreign" in (speaker or "") for speaker in speakers), result["events"]


APPEAL_TO_A_LEADER = [
    ("en", "Jewish congress meets Kazakh president",
     "Leaders of the Euro-Asian Jewish Congress on Tuesday urged President Kassym-Jomart "
     "Tokayev to support Israel on the international stage."),
    ("ru", "Еврейский конгресс встретился с президентом Казахстана",
     "Руководители Евроазиатского еврейского конгресса во вторник призвали Касым-Жомарта "
     "Токаева поддержать Израиль на международной арене."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), APPEAL_TO_A_LEADER)
def test_whom_an_appeal_is_made_to_is_not_its_speaker(assess, lang, title, text):
    result = assess(title, text, published=PUBLISHED, lang=lang)
    speakers = field_values(result["events"], "statement", "speaker")
    assert not any("Tokayev" in (speaker or "") for speaker in speakers), result["events"]


def test_a_headline_repeated_as_the_lead_gives_one_statement_by_the_named_speaker(assess):
    """The headline, read without what the article names later, leaves "رئيس حكومة الاحتلال"
    a title of no country; the same words as the lead name its holder: one statement."""
    lead = (
        "دعا رئيس حكومة الاحتلال الإسرائيلي، بنيامين نتنياهو، الرئيس الكازاخي، نور سلطان "
        "نزارباييف، إلى توسيع التعاون في مجال الري، حسبما أفاد بيان صادر عن مكتب نتنياهو."
    )
    result = assess(lead, lead + " وأكد أن العلاقات بين البلدين متينة.", lang="ar")
    speakers = field_values(result["events"], "statement", "speaker")
    assert speakers == ["Benjamin Netanyahu (Prime Minister, IL)"], result["events"]


HOST_GREETS_A_GUEST = [
    ("en", "Israeli prime minister in Astana",
     "President Kassym-Jomart Tokayev welcomed Israeli Prime Minister Benjamin Netanyahu at the "
     "Akorda on Tuesday. The two leaders then held talks.", False),
    ("ru", "Премьер Израиля в Астане",
     "Президент Касым-Жомарт Токаев приветствовал премьер-министра Израиля Биньямина Нетаньяху "
     "во вторник в Акорде. Затем лидеры провели переговоры.", False),
    ("de", "Israels Premier in Astana",
     "Kasachstans Präsident Kassym-Schomart Tokajew begrüßte Israels Premierminister Benjamin "
     "Netanjahu am Dienstag in der Akorda. Danach führten beide Gespräche.", False),
    ("en", "Kazakhstan welcomes Israeli step",
     "Kazakhstan's Foreign Ministry on Tuesday welcomed Israel's decision to open a trade office "
     "in Almaty, calling it a sign of growing cooperation.", True),
    ("en", "Tokayev praises ties",
     "Israeli Foreign Minister Gideon Sa'ar arrived in Astana on Monday for a two-day visit. "
     "President Kassym-Jomart Tokayev welcomed Gideon Sa'ar on Tuesday and praised the growing "
     "partnership between Kazakhstan and Israel.", True),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text", "stance"), HOST_GREETS_A_GUEST)
def test_a_host_greeting_a_guest_says_no_stance_of_its_own(assess, lang, title, text, stance):
    result = assess(title, text, published=PUBLISHED, lang=lang)
    said = [e for e in result["events"] if e["type"] == "statement" and e["date"] == "2026-03-10"]
    assert bool(said) is stance, result["events"]


VERB_FINAL_STATEMENTS = [
    ("tr", "Saar: Kazakistan ile işbirliğini genişletmeye hazırız",
     "İsrail Dışişleri Bakanı Gideon Saar da salı günü Kazakistan ile karşılıklı ilgi "
     "alanlarının tüm yelpazesinde işbirliğinin genişletilmesine hazır olduklarını teyit ederek "
     "ikili bağların önemine dikkati çekti."),
    ("kk", "Саар: Қазақстанмен ынтымақтастықты кеңейтуге дайынбыз",
     "Израиль Сыртқы істер министрі Гидеон Саар сейсенбі күні Қазақстанмен екіжақты "
     "ынтымақтастықты экономика, ғылым және мәдениет салаларында кеңейтуге дайын екендіктерін "
     "атап өтті."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), VERB_FINAL_STATEMENTS)
def test_a_speaker_a_clause_before_a_final_verb_is_found(assess, lang, title, text):
    result = assess(title, text, published=PUBLISHED, lang=lang)
    speakers = field_values(result["events"], "statement", "speaker")
    assert any("Sa'ar" in (speaker or "") for speaker in speakers), result["events"]


BACKGROUND_MONTH_BEFORE_NEWS = [
    ("en", "Sa'ar in Astana",
     "Kazakhstan joined the Abraham Accords in November. Israeli Foreign Minister Gideon Sa'ar "
     "arrived in Astana with a delegation of thirty business leaders."),
    ("ru", "Саар в Астане",
     "Казахстан присоединился к Соглашениям Авраама в ноябре. Министр иностранных дел Израиля "
     "Гидеон Саар прибыл в Астану с делегацией из тридцати бизнесменов."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), BACKGROUND_MONTH_BEFORE_NEWS)
def test_a_month_named_in_the_sentence_before_does_not_date_the_news(assess, lang, title, text):
    found = types(assess, title, text, lang)
    visits = [day for kind, day in found if kind == "official_visit"]
    assert visits and all(day and day.startswith("2026-03") for day in visits), found


EXPECTED_SIGNINGS = [
    ("ru", "Нетаньяху посетит Казахстан",
     "Поездка Биньямина Нетаньяху станет его первым официальным визитом в Казахстан. Кроме того, "
     "ожидается подписание соглашений о сотрудничестве в сфере сельского хозяйства."),
    ("en", "Netanyahu to visit Kazakhstan",
     "The trip will be Benjamin Netanyahu's first official visit to Kazakhstan. The visit is "
     "expected to see the signing of agreements on agriculture."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), EXPECTED_SIGNINGS)
def test_an_expected_signing_and_a_visit_to_come_are_not_done(assess, lang, title, text):
    found = types(assess, title, text, lang)
    assert not _has(found, "agreement_signed") and not _has(found, "official_visit"), found
    assert _has(found, "visit_planned"), found


COUNTRY_OPENS_VERB_CLOSES = [
    ("kk", "Қазақстан Израильдегі жағдайға алаңдаулы",
     "Қазақстан сейсенбі күні Израильдегі қақтығыстың өршуіне терең алаңдаушылық білдіретіні "
     "туралы мәлімдеді."),
    ("tr", "Kazakistan İsrail'deki durumdan endişeli",
     "Kazakistan salı günü İsrail'deki çatışmanın tırmanmasından derin endişe duyduğunu "
     "açıkladı."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), COUNTRY_OPENS_VERB_CLOSES)
def test_a_country_opening_a_verb_final_sentence_is_its_speaker(assess, lang, title, text):
    result = assess(title, text, published=PUBLISHED, lang=lang)
    speakers = field_values(result["events"], "statement", "speaker")
    assert any("Kazakhstan" in (speaker or "") for speaker in speakers), result["events"]


def test_whom_a_message_is_sent_to_is_not_its_sender(assess):
    result = assess(
        "Tokayev writes to Herzog",
        "President Kassym-Jomart Tokayev on Tuesday sent Israeli President Isaac Herzog a "
        "telegram of condolences.",
        published=PUBLISHED,
        lang="en",
    )
    speakers = field_values(result["events"], "statement", "speaker")
    assert speakers and all("Tokayev" in (speaker or "") for speaker in speakers), result["events"]


def test_a_visit_told_by_the_visitors_title_alone_is_the_named_visit(assess):
    found = types(
        assess,
        "Netanyahu in Astana",
        "Israeli Prime Minister Benjamin Netanyahu arrived in Astana on Tuesday for talks with "
        "President Nursultan Nazarbayev. This is the first visit to Kazakhstan by an Israeli "
        "Prime Minister.",
        "en",
    )
    assert [kind for kind, _ in found].count("official_visit") == 1, found


HEADLINE_NEWS = [
    ("en", "Kazakhstan and Israel sign several documents",
     "President Kassym-Jomart Tokayev received Israeli Foreign Minister Gideon Sa'ar in the "
     "Akorda on Tuesday. The sides discussed trade, water and agriculture."),
    ("ru", "Казахстан и Израиль подписали ряд документов",
     "Во вторник Президент Касым-Жомарт Токаев принял в Акорде министра иностранных дел "
     "Израиля Гидеона Саара. Стороны обсудили торговлю, водное хозяйство и сельское хозяйство."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), HEADLINE_NEWS)
def test_a_signing_told_only_in_the_headline_counts(assess, lang, title, text):
    found = types(assess, title, text, lang)
    assert [kind for kind, _ in found].count("agreement_signed") == 1, found


def test_a_headline_signing_told_again_in_the_body_is_one_signing(assess):
    found = types(
        assess,
        "Kazakhstan and Israel sign water memorandum",
        "Kazakhstan and Israel signed a memorandum of understanding on water management in "
        "Astana on Tuesday, the foreign ministry said.",
        "en",
    )
    assert [kind for kind, _ in found].count("agreement_signed") == 1, found


def test_a_headline_about_visit_plans_is_no_visit(assess):
    found = types(
        assess,
        "Tokayev and Herzog discuss visit plans by phone",
        "President Kassym-Jomart Tokayev spoke by telephone on Tuesday with Israeli President "
        "Isaac Herzog about bilateral cooperation.",
        "en",
    )
    assert "official_visit" not in [kind for kind, _ in found], found


JOINT_DECLARATION = [
    ("en", "Kazakhstan and Israel sign joint declaration",
     "Kazakh Foreign Minister Murat Nurtleu and Israeli Foreign Minister Eli Cohen signed a joint "
     "declaration on cooperation in agriculture in Astana on Tuesday."),
    ("ru", "Казахстан и Израиль подписали декларацию",
     "Министры иностранных дел Казахстана и Израиля во вторник подписали в Астане совместную "
     "декларацию о сотрудничестве в сельском хозяйстве."),
    ("tr", "Kazakistan ve İsrail ortak deklarasyon imzaladı",
     "Kazakistan ve İsrail dışişleri bakanları salı günü Astana'da tarım alanında işbirliğine "
     "ilişkin ortak bir deklarasyon imzaladı."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), JOINT_DECLARATION)
def test_a_signed_joint_declaration_is_a_memorandum_of_intent(assess, lang, title, text):
    result = assess(title, text, published=PUBLISHED, lang=lang)
    signed = [e for e in result["events"] if e["type"] == "agreement_signed"]
    assert [e["fields"]["instrument"] for e in signed] == ["memorandum_of_intent"], signed
    assert signed[0]["date"] == "2026-03-10", signed


CALL_BEHIND_A_KNOWN_STEP = [
    ("en", "Kazakhstan to join the Abraham Accords",
     "ASTANA, November 7, 2025. US President Donald Trump announced that Kazakhstan will join "
     "the Abraham Accords. He made the announcement after a phone call with Israeli Prime "
     "Minister Benjamin Netanyahu and President Kassym-Jomart Tokayev."),
    ("ru", "Казахстан присоединится к Соглашениям Авраама",
     "АСТАНА, 7 ноября 2025 года. Президент США Дональд Трамп объявил, что Казахстан "
     "присоединится к Соглашениям Авраама. Заявление последовало за телефонным разговором с "
     "премьер-министром Израиля Биньямином Нетаньяху и Президентом Касым-Жомартом Токаевым."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), CALL_BEHIND_A_KNOWN_STEP)
def test_a_call_told_with_a_known_step_is_dated_with_the_step(assess, lang, title, text):
    result = assess(title, text, published="2025-11-07T06:00:00Z", lang=lang)
    calls = [e for e in result["events"] if e["type"] == "talks"]
    assert [(e["fields"]["format"], e["date"]) for e in calls] == [("call", "2025-11-06")], calls


def test_a_visit_told_again_by_the_hosts_words_is_the_same_visit(assess):
    result = assess(
        "Sa'ar in Astana",
        "Der Astana-Besuch von Israels Außenminister Gideon Sa'ar am 27. Januar markierte eine "
        "neue Etappe in den Beziehungen.\n"
        "In den Gesprächen unterstrich Präsident Qassym-Schomart Tokajew, dass der Besuch des "
        "Chefs der israelischen Diplomatie das Streben nach einer Vertiefung des Dialogs zeige.",
        published="2026-01-30T09:00:00Z",
        lang="de",
    )
    visits = [e for e in result["events"] if e["type"] == "official_visit"]
    assert [(e["fields"]["visitor"], e["date"]) for e in visits] == [
        ("Gideon Sa'ar", "2026-01-27")
    ], visits


LAST_MONTHS_VISIT = [
    ("en", "Israel and Kazakhstan deepen defence ties",
     "Last month, Kazakhstan's Defence Minister Nurlan Yermekbayev visited Israel for the first "
     "time and met his Israeli counterpart. In March 2024 the two ministries held talks in "
     "Astana."),
    ("ru", "Израиль и Казахстан углубляют оборонное сотрудничество",
     "В прошлом месяце министр обороны Казахстана Нурлан Ермекбаев впервые посетил Израиль и "
     "встретился с израильским коллегой. В марте 2024 года министерства провели переговоры в "
     "Астане."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), LAST_MONTHS_VISIT)
def test_last_months_visit_is_news_and_a_season_ago_history(assess, lang, title, text):
    found = types(assess, title, text, lang)
    assert ("official_visit", "2026-02") in found, found
    assert not any(date and date.startswith("2024") for _, date in found), found


def test_a_pact_is_an_agreement(assess):
    result = assess(
        "Kazakhstan and Israel sign defence pact",
        "The defence ministers of Kazakhstan and Israel signed a security cooperation pact in "
        "Tel Aviv on Tuesday.",
        lang="en",
    )
    signed = [e for e in result["events"] if e["type"] == "agreement_signed"]
    assert [(e["fields"]["instrument"], e["date"]) for e in signed] == [
        ("agreement", "2026-03-10")
    ], signed


SIGNED_IN_THE_HOSTS_CITY = [
    ("en", "Kazakhstan and Israel sign water memorandum",
     "Israeli Foreign Minister Gideon Sa'ar and Kazakh Foreign Minister Murat Nurtleu signed a "
     "memorandum of understanding on water in Jerusalem on Tuesday."),
    ("ru", "Казахстан и Израиль подписали меморандум",
     "Министр иностранных дел Израиля Гидеон Саар и министр иностранных дел Казахстана Мурат "
     "Нуртлеу во вторник подписали в Иерусалиме меморандум о сотрудничестве в сфере водных "
     "ресурсов."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), SIGNED_IN_THE_HOSTS_CITY)
def test_a_signing_in_the_hosts_city_is_the_guests_visit(assess, lang, title, text):
    result = assess(title, text, published=PUBLISHED, lang=lang)
    visits = [e for e in result["events"] if e["type"] == "official_visit"]
    assert [(e["fields"]["visitor"], e["fields"]["host_country"]) for e in visits] == [
        ("Murat Nurtleu", "IL")
    ], visits


def test_an_ambassador_signing_where_he_is_posted_is_no_visit(assess):
    result = assess(
        "Kazakhstan and Israel sign water memorandum",
        "Kazakhstan's Ambassador to Israel Sabit Nurlybay and Israeli Foreign Minister Gideon "
        "Sa'ar signed a memorandum of understanding on water in Jerusalem on Tuesday.",
        published=PUBLISHED,
        lang="en",
    )
    assert [e for e in result["events"] if e["type"] == "official_visit"] == []


TRAVEL_WARNING_OR_NONE = [
    ("en",
     "Israel's Foreign Ministry on Tuesday issued a travel warning for Kazakhstan because of the "
     "unrest in Almaty.",
     "Israel's Foreign Ministry said on Tuesday it has not issued a travel warning for "
     "Kazakhstan despite the unrest in Almaty."),
    ("ru",
     "МИД Казахстана во вторник рекомендовал гражданам воздержаться от поездок в Израиль.",
     "МИД Казахстана во вторник сообщил, что пока не рекомендует гражданам воздержаться от "
     "поездок в Израиль."),
    ("de",
     "Das israelische Außenministerium hat am Dienstag eine Reisewarnung für Kasachstan "
     "herausgegeben.",
     "Das israelische Außenministerium hat am Dienstag keine Reisewarnung für Kasachstan "
     "herausgegeben."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "warned", "not_warned"), TRAVEL_WARNING_OR_NONE)
def test_a_travel_warning_not_issued_is_no_tension(assess, lang, warned, not_warned):
    title = {"en": "Israel's travel advice for Kazakhstan", "ru": "Казахстан и поездки в Израиль",
             "de": "Israels Reisehinweise für Kasachstan"}[lang]  # fmt: skip
    found = assess(title, warned, published=PUBLISHED, lang=lang)
    assert [e["type"] for e in found["events"]].count("tension") == 1, found["events"]
    found = assess(title, not_warned, published=PUBLISHED, lang=lang)
    assert "tension" not in [e["type"] for e in found["events"]], found["events"]


NO_VISIT = [
    ("en", "Netanyahu and Kazakhstan",
     "Israeli Prime Minister Benjamin Netanyahu has no plans to visit Kazakhstan this year, his "
     "office said on Tuesday."),
    ("ru", "Нетаньяху и Казахстан",
     "Премьер-министр Израиля Биньямин Нетаньяху не планирует посещать Казахстан в этом году, "
     "сообщила во вторник его канцелярия."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), NO_VISIT)
def test_a_visit_with_no_plans_is_no_visit(assess, lang, title, text):
    result = assess(title, text, published=PUBLISHED, lang=lang)
    kinds = [e["type"] for e in result["events"]]
    assert "visit_planned" not in kinds and "official_visit" not in kinds, result["events"]


THIRD_COUNTRY_SPEAKER = [
    ("en", "Kazakhstan to join the Abraham Accords",
     "US President Donald Trump said on Tuesday that Kazakhstan will join the Abraham Accords "
     "and build closer relations with Israel. Later he added that more nations would follow "
     "Kazakhstan and Israel."),
    ("ru", "Казахстан присоединится к Соглашениям Авраама",
     "Президент США Дональд Трамп во вторник заявил, что Казахстан присоединится к Соглашениям "
     "Авраама и укрепит отношения с Израилем. Позже он добавил, что за Казахстаном и Израилем "
     "последуют другие страны."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), THIRD_COUNTRY_SPEAKER)
def test_a_third_countrys_leader_speaks_for_neither_side(assess, lang, title, text):
    result = assess(title, text, published=PUBLISHED, lang=lang)
    assert [e for e in result["events"] if e["type"] == "statement"] == [], result["events"]


FORMER_OFFICIAL = [
    ("en", "Ehud Barak in Astana",
     "Former Israeli Prime Minister Ehud Barak said in Astana on Tuesday that relations between "
     "Israel and Kazakhstan have great potential."),
    ("ru", "Эхуд Барак в Астане",
     "Бывший премьер-министр Израиля Эхуд Барак заявил во вторник в Астане, что отношения "
     "Израиля и Казахстана имеют большой потенциал."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), FORMER_OFFICIAL)
def test_a_former_official_speaks_for_neither_side(assess, lang, title, text):
    result = assess(title, text, published=PUBLISHED, lang=lang)
    assert [e for e in result["events"] if e["type"] == "statement"] == [], result["events"]


SENDER_GOES_ON = [
    ("en", "Tokayev writes to Herzog",
     "President Kassym-Jomart Tokayev sent Israeli President Isaac Herzog a telegram on "
     "Tuesday. In the telegram the President stressed that Kazakhstan values its friendship "
     "with Israel."),
    ("ru", "Токаев направил послание Герцогу",
     "Президент Казахстана Касым-Жомарт Токаев во вторник направил послание Президенту Израиля "
     "Ицхаку Герцогу. В послании Глава государства подчеркнул, что Казахстан ценит дружбу с "
     "Израилем."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), SENDER_GOES_ON)
def test_the_head_of_state_after_a_message_is_its_sender(assess, lang, title, text):
    result = assess(title, text, published=PUBLISHED, lang=lang)
    speakers = {e["fields"]["speaker"] for e in result["events"] if e["type"] == "statement"}
    assert speakers == {"Kassym-Jomart Tokayev (President, KZ)"}, result["events"]


MORE_WAYS_TO_SIGN = [
    ("en", "Kazakhstan and Israel conclude investment agreement",
     "Kazakhstan and Israel concluded an agreement on the mutual protection of investments in "
     "Astana on Tuesday."),
    ("ru", "Казахстан и Израиль заключили соглашение",
     "Казахстан и Израиль во вторник заключили соглашение о сотрудничестве в области сельского "
     "хозяйства."),
    ("de", "Kasachstan und Israel unterzeichnen Luftverkehrsabkommen",
     "Kasachstan und Israel unterzeichneten am Dienstag ein Luftverkehrsabkommen."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), MORE_WAYS_TO_SIGN)
def test_a_concluded_agreement_or_a_compound_one_is_signed(assess, lang, title, text):
    found = types(assess, title, text, lang)
    assert ("agreement_signed", "2026-03-10") in found, found


INCLUDING = [
    ("en", "Kazakhstan and Israel sign six documents",
     "After the talks in Astana on Tuesday, Kazakhstan and Israel signed six documents, "
     "including agreements on health care and education."),
    ("ru", "Казахстан и Израиль подписали пакет документов",
     "По итогам переговоров во вторник Казахстан и Израиль подписали пакет документов, в том "
     "числе соглашения о сотрудничестве в сфере здравоохранения и образования."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), INCLUDING)
def test_documents_including_agreements_are_each_signed(assess, lang, title, text):
    result = assess(title, text, published=PUBLISHED, lang=lang)
    subjects = field_values(result["events"], "agreement_signed", "subject")
    assert "health" in subjects and len(subjects) == 2, result["events"]


def test_a_bare_link_is_no_sentence(assess):
    result = assess(
        "Israeli water company signs memorandum with Kazakhstan",
        "Israel's Mekorot has signed a memorandum of understanding with the government of "
        "Kazakhstan on water management.\n"
        "https://example.org/en/article-mekorot-signs-deal-with-kazakhstan-1000",
        published=PUBLISHED,
        lang="en",
    )
    assert [e["type"] for e in result["events"]].count("agreement_signed") == 1, result["events"]


BUSINESS_NEWS = [
    ("en", "Israeli firm to invest in Kazakh irrigation",
     "An Israeli company will invest $50 million in a drip irrigation plant in the Turkestan "
     "region of Kazakhstan, the Kazakh government said on Tuesday. Israel and Kazakhstan have "
     "deepened their cooperation in agriculture."),
    ("en", "Kazakh-Israeli drone venture opens",
     "A joint Kazakh-Israeli venture to produce drones opened in Astana on Tuesday."),
    ("ru", "Израильская компания инвестирует в Казахстан",
     "Израильская компания инвестирует 50 млн долларов в строительство завода капельного "
     "орошения в Туркестанской области Казахстана, сообщило во вторник правительство. Израиль "
     "и Казахстан расширяют сотрудничество в сельском хозяйстве."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), BUSINESS_NEWS)
def test_an_announced_investment_or_an_opened_venture_is_economic(assess, lang, title, text):
    found = types(assess, title, text, lang)
    assert "economic" in [kind for kind, _ in found], found


def test_a_forum_still_to_come_is_no_economic_event(assess):
    found = types(
        assess,
        "Kazakh-Israeli business forum planned",
        "A Kazakh-Israeli business forum will be held in Almaty next month, with companies "
        "expected to sign deals worth $30 million.",
        "en",
    )
    assert "economic" not in [kind for kind, _ in found], found


REFERRED_TO_SPEAKERS = [
    ("en", "Sa'ar in Astana",
     "Israel's Foreign Minister Gideon Sa'ar arrived in Astana on Tuesday. The Israeli diplomat "
     "said relations with Kazakhstan had reached a new level.",
     "Gideon Sa'ar (Foreign Minister, IL)"),
    ("ru", "Саар в Астане",
     "Глава МИД Израиля Гидеон Саар во вторник прибыл в Астану. Израильский дипломат отметил, "
     "что отношения с Казахстаном вышли на новый уровень.",
     "Gideon Sa'ar (Foreign Minister, IL)"),
    ("ru", "Либерман в Астане",
     "Министр иностранных дел Израиля Авигдор Либерман во вторник встретился в Астане с "
     "Президентом Казахстана. Гость заявил, что отношения между двумя странами складываются "
     "позитивно.",
     "Avigdor Lieberman (Foreign Minister, IL)"),
    ("en", "Kazakh and Israeli officials meet",
     "Kazakh and Israeli officials met in Astana on Tuesday. The Kazakh side noted the "
     "importance of cooperation with Israel in agriculture.",
     "Kazakhstan (KZ)"),
    ("ru", "Казахстан и Израиль обсудили сельское хозяйство",
     "Казахстанская сторона отметила важность сотрудничества с Израилем в сфере сельского "
     "хозяйства.",
     "Kazakhstan (KZ)"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text", "speaker"), REFERRED_TO_SPEAKERS)
def test_the_diplomat_and_the_side_speak_for_whom_they_refer_to(assess, lang, title, text, speaker):
    result = assess(title, text, published=PUBLISHED, lang=lang)
    speakers = field_values(result["events"], "statement", "speaker")
    assert speakers == [speaker], result["events"]


CALLED_ON_ISRAEL = [
    ("ru", "МИД Казахстана призвал Израиль соблюдать нормы международного гуманитарного права в "
           "секторе Газа."),
    ("kk", "Қазақстан СІМ Израильді Газа секторында халықаралық гуманитарлық құқық нормаларын "
           "сақтауға шақырды."),
    ("tr", "Kazakistan Dışişleri Bakanlığı İsrail'i Gazze'de uluslararası insancıl hukuka "
           "uymaya çağırdı."),
    ("de", "Kasachstans Außenministerium rief Israel auf, das humanitäre Völkerrecht in Gaza zu "
           "achten."),
    ("fr", "Le ministère kazakh des Affaires étrangères a appelé Israël à respecter le droit "
           "international humanitaire à Gaza."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), CALLED_ON_ISRAEL)
def test_a_call_on_the_other_side_to_respect_the_law_is_a_statement(detector, lang, text):
    found = extracted(detector, text, lang, PUBLISHED)
    assert "statement" in [event["type"] for event in found], found


DEALS_WITH_OTHERS = [
    ("en", "Kazakhstan signed an agreement with Turkey on Tuesday; Israel signed a similar deal "
           "with Greece last week."),
    ("ru", "Казахстан во вторник подписал соглашение с Турцией, а Израиль на прошлой неделе "
           "подписал такое же соглашение с Грецией."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), DEALS_WITH_OTHERS)
def test_each_sides_deal_with_a_third_country_is_no_bilateral_signing(detector, lang, text):
    found = extracted(detector, text, lang, PUBLISHED)
    assert "agreement_signed" not in [event["type"] for event in found], found


def test_a_capitalised_title_word_is_no_name(assess):
    result = assess(
        "Netanyahou au Kazakhstan",
        "Le Premier ministre Binyamin Netanyahou est arrivé mardi au Kazakhstan pour une visite "
        "officielle.",
        published=PUBLISHED,
        lang="fr",
    )
    visits = [e for e in result["events"] if e["type"] == "official_visit"]
    assert [e["fields"]["visitor"] for e in visits] == ["Benjamin Netanyahu"], visits


PROPOSED_ROUTE = [
    ("en", "Israeli envoy proposes direct flights",
     "Israeli Ambassador Edward Shapira on Tuesday proposed opening a direct flight between Tel "
     "Aviv and Almaty to boost tourism between Kazakhstan and Israel."),
    ("ru", "Посол Израиля предложила открыть прямой рейс",
     "Посол Израиля во вторник предложила открыть прямой рейс между Тель-Авивом и Алматы, чтобы "
     "увеличить туристический поток между Казахстаном и Израилем."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), PROPOSED_ROUTE)
def test_a_proposed_route_is_no_flight_change(assess, lang, title, text):
    found = types(assess, title, text, lang)
    assert "visa_travel" not in [kind for kind, _ in found], found


def test_a_centre_opened_long_ago_is_history_and_last_years_trade_is_news(assess):
    found = types(
        assess,
        "Kazakhstan and Israel: three decades of ties",
        "In 1998 an Israeli agricultural demonstration centre was opened near Almaty. Trade "
        "between Kazakhstan and Israel reached $350 million in 2025, the Kazakh trade ministry "
        "said on Tuesday.",
        "en",
    )
    assert [(kind, date) for kind, date in found if kind == "economic"] == [("economic", "2025")], (
        found
    )


def test_a_joint_venture_with_a_british_firm_is_no_bilateral_business(detector):
    text = (
        "Israel's defence industry has courted Kazakhstan for years. Kazakhstan's defence "
        "company, a joint venture between Samruk-Kazyna and British BAE Systems, opened a plant "
        "in Astana on Tuesday."
    )
    found = extracted(detector, text, published=PUBLISHED)
    assert "economic" not in [event["type"] for event in found], found


def test_a_turkish_participle_names_the_visitor_after_it(assess):
    result = assess(
        "Kazakistan ve İsrail dışişleri bakanları görüştü",
        "Kazakistan Dışişleri Bakanı Yermek Köşerbayev, ülkesinde resmi temaslarda bulunan "
        "İsrail Dışişleri Bakanı Gideon Saar ile salı günü Astana'da bir araya geldi.",
        published=PUBLISHED,
        lang="tr",
    )
    visits = [e for e in result["events"] if e["type"] == "official_visit"]
    assert [(e["fields"]["visitor"], e["fields"]["host_country"]) for e in visits] == [
        ("Gideon Sa'ar", "KZ")
    ], visits


def test_each_agreement_of_a_chain_takes_its_own_topic(assess):
    result = assess(
        "Kazakhstan and Israel sign agreements",
        "Kazakhstan and Israel on Tuesday signed a research agreement, an aviation agreement and "
        "an agreement on agricultural cooperation.",
        published=PUBLISHED,
        lang="en",
    )
    subjects = sorted(
        e["fields"]["subject"] for e in result["events"] if e["type"] == "agreement_signed"
    )
    assert subjects == ["agriculture", "aviation", "other"], result["events"]


def test_names_and_titles_come_out_clean(detector):
    texts = {
        "kk": "Премьер-министр Әлихан Смайылов сейсенбі күні Израиль елшісімен кездесті.",
        "ru": "Во вторник Заместитель Премьер-Министра Казахстана встретился с послом Израиля.",
    }
    labels = []
    for lang, text in texts.items():
        for event in extracted(detector, text, lang, PUBLISHED):
            labels += event.get("actors", [])
    assert "Alikhan Smailov (Prime Minister, KZ)" in labels, labels
    assert not any(ch in label for label in labels for ch in "әіңғүұқөһЗз"), labels


APPEALS = [
    ("en", "Kazakhstan's Foreign Ministry on Tuesday called on Israel to show restraint."),
    ("en", "President Tokayev urged Israel and the Palestinians to return to the table."),
    ("ru", "МИД Казахстана во вторник призвал Израиль проявить сдержанность в Ливане."),
    ("de", "Das kasachische Außenministerium forderte Israel am Dienstag zur Zurückhaltung auf."),
    ("ru", "Во вторник Казахстан призвал ХАМАС и Израиль прекратить огонь."),
    ("en", "On Tuesday Kazakhstan urged Hamas and Israel to agree a ceasefire."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), APPEALS)
def test_an_appeal_to_the_other_side_is_a_statement(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert [event["type"] for event in found] == ["statement"], found


def test_an_appeal_to_a_third_country_is_none(detector):
    text = "Kazakhstan urged Iran to return to talks; Israel was not mentioned by the ministry."
    found = extracted(detector, text, "en", published=PUBLISHED)
    assert "statement" not in [event["type"] for event in found], found


SOLIDARITY = [
    ("en", "statement", "Kazakhstan on Tuesday condemned the terrorist attack on Israel."),
    ("ru", "statement", "Казахстан во вторник осудил террористическое нападение на Израиль."),
    ("de", "statement", "Kasachstan verurteilte am Dienstag den Terroranschlag auf Israel."),
    ("en", "tension", "Kazakhstan on Tuesday condemned Israel's attack on Gaza."),
    ("en", "tension", "Kazakhstan on Tuesday condemned the attacks by Israel on Gaza."),
    ("ru", "tension", "МИД Казахстана во вторник осудил атаку Израиля на Иран."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "kind", "text"), SOLIDARITY)
def test_condemning_an_attack_on_a_side_is_solidarity_not_friction(detector, lang, kind, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert [event["type"] for event in found] == [kind], found
    if kind == "statement":
        assert found[0]["fields"]["stance"] == "positive", found


def test_a_country_speaking_beside_its_ministry_is_one_statement(detector):
    text = (
        "The Kazakh Foreign Ministry on Tuesday voiced concern over the fighting between Israel "
        "and Hezbollah. Kazakhstan also calls on Israel to avoid harm to civilians, the "
        "statement says."
    )
    found = extracted(detector, text, "en", published=PUBLISHED)
    statements = [event for event in found if event["type"] == "statement"]
    assert [event["fields"]["speaker"] for event in statements] == ["Foreign Ministry (KZ)"], found


PHRASINGS = [
    ("agreement_signed", "en", "A memorandum between Kazakhstan's Ministry of Energy and Israel's national water company Mekorot was signed on Tuesday."),  # noqa: E501
    ("economic", "en", "On Tuesday the ministry said Kazakhstan exported goods worth $90 million to Israel last year."),  # noqa: E501
    ("official_visit", "ru", "Во вторник израильская делегация аграриев побывала в Астане и Алматы."),  # noqa: E501
    ("official_visit", "en", "An Israeli business delegation visited Astana and Almaty on Tuesday."),  # noqa: E501
    ("visa_travel", "en", "From June 1, citizens of Kazakhstan and Israel can travel to each other's countries without visas for 30 days."),  # noqa: E501
    ("statement", "en", "Netanyahu made the following remarks on Tuesday: \"I see our relations with Kazakhstan as a model.\""),  # noqa: E501
    ("statement", "ru", "Во вторник в заявлении МИД Израиля говорится, что Израиль ценит партнерство с Казахстаном."),  # noqa: E501
    ("visit_planned", "ru", "Визит Нетаньяху в Казахстан запланирован на декабрь."),
    ("visit_planned", "en", "Israeli Foreign Minister Gideon Saar is due in Astana later this month."),  # noqa: E501
    ("multilateral", "en", "On Tuesday Kazakhstan officially became a member of the Abraham Accords."),  # noqa: E501
    ("multilateral", "en", "Kazakhstan signed the Abraham Accords declaration in Washington on Tuesday."),  # noqa: E501
    ("statement", "kk", "Саар Қазақстанды Орталық Азиядағы маңызды серіктес деп атады."),
    ("economic", "kk", "Сейсенбі күні Израиль компаниясы Түркістан облысында тамшылатып суару зауытын ашты."),  # noqa: E501
    ("visa_travel", "kk", "Қазақстан мен Израиль азаматтары 30 күнге дейін визасыз жүре алады."),
    ("visa_travel", "kk", "SCAT әуе компаниясы Алматы – Тель-Авив бағыты бойынша тұрақты рейстерді бастады."),  # noqa: E501
    ("economic", "en", "On Tuesday Kazakhstan and Israel agreed on joint production of drones in Astana."),  # noqa: E501
    ("economic", "en", "On Tuesday an Israeli company opened a desalination plant in Mangystau region."),  # noqa: E501
    ("visa_travel", "fr", "Les Israéliens n'auront plus besoin de visa pour se rendre au Kazakhstan à partir du 1er mars."),  # noqa: E501
    # amounts written out in words, and a dollar sign before the figure
    ("economic", "ru", "По данным министерства, товарооборот Казахстана и Израиля в прошлом году составил 380 миллионов долларов."),  # noqa: E501
    ("economic", "ru", "Во вторник в министерстве сообщили, что израильские инвестиции в Казахстан достигли $1,2 млрд."),  # noqa: E501
    # the content of a call: discussing is what the call was about, not a call to come
    ("talks", "ru", "Главы МИД Казахстана и Израиля обсудили по телефону подготовку к визиту."),
    ("talks", "en", "The foreign ministers of Kazakhstan and Israel discussed water projects by phone."),  # noqa: E501
    ("visit_planned", "ru", "Глава МИД Израиля собирается приехать в Астану в апреле."),
    ("multilateral", "es", "Kazajistán se unirá a los Acuerdos de Abraham, anunció el martes el gobierno."),  # noqa: E501
    # speech verbs of the written word and of agency reports
    ("statement", "en", "\"Kazakhstan has always been a reliable friend of Israel,\" the minister wrote on X on Tuesday."),  # noqa: E501
    ("statement", "ru", "Как сообщили во вторник в МИД Казахстана, Астана ценит партнерство с Израилем."),  # noqa: E501
    ("statement", "en", "On Tuesday the Kazakh side reaffirmed its commitment to friendly relations with Israel."),  # noqa: E501
    ("statement", "ru", "По мнению посла Израиля, отношения с Казахстаном во вторник вышли на новый уровень."),  # noqa: E501
    # a quote introduced by its speaker and a colon, as interviews and headlines write it
    ("statement", "en", "Israeli Ambassador: Kazakhstan is a key partner of Israel in Central Asia"),  # noqa: E501
    ("statement", "ru", "Токаев: Казахстан ценит партнерство с Израилем"),
    # a trade figure given as a change in percent
    ("economic", "ru", "Во вторник в министерстве сообщили, что объем взаимной торговли Казахстана и Израиля вырос на 15%."),  # noqa: E501
    ("economic", "en", "On Tuesday the ministry said trade between Kazakhstan and Israel grew by 12 percent last year."),  # noqa: E501
    ("official_visit", "ru", "Глава израильского МИД, прибывший в Астану во вторник, провел переговоры с Токаевым."),  # noqa: E501
    # calling a country something, in Romance languages
    ("statement", "fr", "Mardi, le président kazakh a qualifié Israël de partenaire stratégique."),
    ("statement", "es", "El martes el presidente kazajo calificó a Israel de socio estratégico."),
    ("statement", "it", "Martedì il presidente kazako ha definito Israele un partner strategico."),
    ("visit_planned", "fr", "Le Premier ministre israélien doit se rendre au Kazakhstan le mois prochain."),  # noqa: E501
    ("tension", "ru", "В четверг МИД Израиля предупредил граждан о рисках поездок в Казахстан."),
    ("tension", "en", "On Thursday Israel's Foreign Ministry issued a travel alert for Kazakhstan."),  # noqa: E501
    ("visit_planned", "ru", "В апреле Саар побывает в Астане и встретится с Токаевым."),
    ("official_visit", "ru", "Во вторник Саар побывал в Астане и встретился с Токаевым."),
    ("visa_travel", "tr", "Kazakistan ve İsrail vatandaşları 1 Mart'tan itibaren vizesiz seyahat edebilecek."),  # noqa: E501
    ("visa_travel", "ru", "Во вторник SCAT выполнил первый прямой рейс Алматы — Тель-Авив."),
    # a visit being prepared is a visit to come
    ("visit_planned", "en", "Preparations are under way for Netanyahu's visit to Kazakhstan in December."),  # noqa: E501
    ("visit_planned", "ru", "Идет подготовка к визиту Нетаньяху в Казахстан в декабре."),
    ("visit_planned", "tr", "Tokayev ilkbaharda İsrail'e resmi ziyarette bulunacak."),
    # Arabic puts the speaker after the verb
    ("statement", "ar", "رحبت إسرائيل يوم الثلاثاء بقرار كازاخستان الانضمام إلى اتفاقيات أبراهام."),
    ("statement", "es", "El martes Saar celebró la adhesión de Kazajistán a los Acuerdos de Abraham."),  # noqa: E501
    ("statement", "it", "Martedì Saar ha accolto con favore l'adesione del Kazakistan agli Accordi di Abramo."),  # noqa: E501
    ("tension", "ar", "استدعت وزارة الخارجية الكازاخستانية يوم الثلاثاء السفير الإسرائيلي."),
    ("agreement_signed", "fa", "قزاقستان و اسرائیل روز سه‌شنبه یادداشت تفاهمی در زمینه امنیت سایبری امضا کردند."),  # noqa: E501
    ("agreement_signed", "it", "Martedì Kazakistan e Israele hanno siglato un memorandum d'intesa sulla sicurezza informatica."),  # noqa: E501
    ("official_visit", "fa", "رئیس جمهور اسرائیل روز دوشنبه برای سفر رسمی به قزاقستان وارد آستانه شد."),  # noqa: E501
    # criticism is a (negative) statement, not friction
    ("statement", "ru", "Во вторник МИД Казахстана раскритиковал решение Израиля."),
    ("statement", "ru", "Во вторник Токаев раскритиковал военную операцию Израиля в секторе Газа."),
    # German separable verbs, the particle closing the clause
    ("multilateral", "de", "Kasachstan tritt den Abraham-Abkommen bei, teilte das Weiße Haus am Dienstag mit."),  # noqa: E501
    ("statement", "de", "Der kasachische Außenminister rief Israel am Dienstag zur Zurückhaltung auf."),  # noqa: E501
    ("tension", "de", "Kasachstan bestellte am Dienstag den israelischen Botschafter ein."),
    ("statement", "de", "Tokajew sprach Herzog am Dienstag sein Beileid aus."),
    ("agreement_signed", "de", "Kasachstan und Israel schlossen am Dienstag ein Abkommen über Wasserwirtschaft ab."),  # noqa: E501
]  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "Update: Kazakhstan's partnership with Israel is growing, officials say",
        "Kazakh and Israeli experts: partnership is growing",
    ],
)
def test_a_colon_after_anything_but_a_name_quotes_no_one(detector, text):
    found = extracted(detector, text, "en", published=PUBLISHED)
    assert "statement" not in [event["type"] for event in found], found


def test_a_discussion_named_as_the_subject_of_a_meeting_to_come_is_no_talks(detector):
    text = "The ministers of Kazakhstan and Israel discussed the possibility of a meeting."
    found = extracted(detector, text, "en", published=PUBLISHED)
    assert "talks" not in [event["type"] for event in found], found


@pytest.mark.parametrize(("kind", "lang", "text"), PHRASINGS)
def test_news_phrasings_each_type_takes(detector, kind, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert kind in [event["type"] for event in found], found


def test_goods_are_no_praise(detector):
    text = (
        "Kazakhstan sold goods worth $90 million to Israel last year, the ministry said on Tuesday."
    )
    found = extracted(detector, text, "en", published=PUBLISHED)
    assert all(event["fields"].get("stance") != "positive" for event in found), found


INTENT_TO_SIGN = [
    ("en", "On Tuesday Kazakhstan and Israel signed a memorandum of intent to conclude an agreement on visa-free travel."),  # noqa: E501
    ("ru", "Во вторник Казахстан и Израиль подписали меморандум о намерении заключить соглашение о безвизовом режиме."),  # noqa: E501
    ("tr", "Salı günü Kazakistan ile İsrail arasında vize muafiyeti anlaşmasının imzalanmasına yönelik niyet muhtırası imzalandı."),  # noqa: E501
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), INTENT_TO_SIGN)
def test_an_agreement_a_memorandum_of_intent_announces_is_not_signed(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    signed = [
        (event["fields"]["instrument"], event["fields"]["subject"])
        for event in found
        if event["type"] == "agreement_signed"
    ]
    assert signed == [("memorandum_of_intent", "visa")], found


def test_an_agreement_and_a_memorandum_of_intent_are_two_signings(detector):
    text = (
        "On Tuesday Kazakhstan and Israel signed an agreement on visa-free travel and a "
        "memorandum of intent on cooperation in health."
    )
    found = extracted(detector, text, "en", published=PUBLISHED)
    signed = sorted(e["fields"]["instrument"] for e in found if e["type"] == "agreement_signed")
    assert signed == ["agreement", "memorandum_of_intent"], found


def test_the_office_the_text_gives_beats_the_one_remembered(detector):
    # The vocabulary remembers Tasmagambetov as Prime Minister; here he is Defence Minister.
    text = "Minister of Defence of Kazakhstan Imangali Tasmagambetov visited Israel on Tuesday."
    visit = next(
        e
        for e in extracted(detector, text, "en", published=PUBLISHED)
        if e["type"] == "official_visit"
    )
    assert visit["fields"]["visitor_role"] == "Defence Minister", visit
    # A bare title is the same office said less precisely: the remembered one stays.
    text = "Minister Gideon Saar arrived in Astana on Tuesday on an official visit."
    visit = next(
        e
        for e in extracted(detector, text, "en", published=PUBLISHED)
        if e["type"] == "official_visit"
    )
    assert visit["fields"]["visitor_role"] == "Foreign Minister", visit


CANCELLED_VISITS = [
    ("en", "On Tuesday Israel cancelled the planned visit of its foreign minister to Kazakhstan."),
    ("ru", "Во вторник Израиль отменил запланированный визит главы МИД в Казахстан."),
    ("de", "Netanjahu sagte seinen Besuch in Kasachstan am Dienstag ab."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), CANCELLED_VISITS)
def test_a_cancelled_visit_is_friction_and_no_visit(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert [event["type"] for event in found] == ["tension"], found


def test_a_russian_visit_is_no_visa(detector):
    text = "Во вторник Казахстан и Израиль подписали соглашение в ходе визита Саара в Астану."
    found = extracted(detector, text, "ru", published=PUBLISHED)
    signed = [event for event in found if event["type"] == "agreement_signed"]
    assert [event["fields"]["subject"] for event in signed] == ["other"], found


def test_he_after_a_stranger_is_not_the_official_quoted_before(detector):
    text = (
        "On Tuesday Air Astana's vice president Adel Dauletbek said the airline had suspended its "
        "flights to Israel. Artur Kovalevsky, a passenger on the evacuation flight, thanked the "
        "crew. “We are very grateful to Kazakhstan's foreign ministry for its support,” he said."
    )
    found = extracted(detector, text, "en", published=PUBLISHED)
    speakers = field_values(found, "statement", "speaker")
    assert not any("Dauletbek" in speaker or "President" in speaker for speaker in speakers), found


def test_a_vice_president_is_no_president(detector):
    text = "Air Astana vice president Adel Dauletbek visited Israel on Tuesday."
    found = extracted(detector, text, "en", published=PUBLISHED)
    roles = [e["fields"].get("visitor_role") for e in found if e["type"] == "official_visit"]
    assert "President" not in roles, found


def test_who_a_quote_names_does_not_speak_it(detector):
    text = (
        "Artur Kovalevsky, a passenger, landed in Almaty on Tuesday. “If I am not mistaken, "
        "Kazakhstan is the only country that urgently evacuated its citizens from Israel. The "
        "foreign ministry created a chat very quickly to support us. We are very grateful and "
        "proud of our country,” he said."
    )
    found = extracted(detector, text, "en", published=PUBLISHED)
    speakers = field_values(found, "statement", "speaker")
    assert not any("Foreign Ministry" in speaker for speaker in speakers), found


def test_a_title_joined_to_a_name_by_and_is_someone_else(detector):
    text = "On Tuesday Israeli President Isaac Herzog arrived in Astana. The ambassador and Herzog then praised the partnership between Israel and Kazakhstan, Herzog said."  # noqa: E501
    found = extracted(detector, text, "en", published=PUBLISHED)
    labels = [label for e in found for label in e["actors"]]
    assert "Isaac Herzog (Ambassador, IL)" not in labels, found
    assert "Isaac Herzog (President, IL)" in labels, found


def test_a_russian_presidential_adjective_is_no_president(detector):
    text = "Во вторник глава МИД Израиля встретился с руководителем президентской администрации Казахстана Асланом Мусиным."  # noqa: E501
    found = extracted(detector, text, "ru", published=PUBLISHED)
    labels = [label for event in found for label in event["actors"]]
    assert not any("Mussin (President" in label for label in labels), found


def test_a_travel_warning_denied_in_a_quoted_end_is_none(detector):
    text = (
        "Во вторник пресс-секретарь МИД Казахстана отметил, что рекомендаций воздержаться от "
        "поездок в Израиль «на данный момент нет»."
    )
    found = extracted(detector, text, "ru", published=PUBLISHED)
    assert "tension" not in [event["type"] for event in found], found


def test_a_delegation_visits_under_its_leader_and_only_as_a_side(detector):
    text = "The document was signed on Tuesday during the visit of a Kazakh delegation, headed by Deputy Prime Minister Askar Myrzakhmetov, to Israel."  # noqa: E501
    visits = [
        e
        for e in extracted(detector, text, "en", published=PUBLISHED)
        if e["type"] == "official_visit"
    ]
    assert [v["fields"]["visitor_role"] for v in visits] == ["Deputy Prime Minister"], visits
    text = "Во вторник в церемонии в Астане участвовали глава МИД Израиля Гидеон Саар и члены бизнес-делегации."  # noqa: E501
    visits = [
        e
        for e in extracted(detector, text, "ru", published=PUBLISHED)
        if e["type"] == "official_visit"
    ]
    assert all(v["fields"]["visitor"] != "Delegation" for v in visits), visits


def test_a_percentage_of_something_else_is_no_trade_figure(detector):
    text = "On Tuesday 15% of Kazakhs said they had heard of Israel's startups, the poll found."
    found = extracted(detector, text, "en", published=PUBLISHED)
    assert "economic" not in [event["type"] for event in found], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Tuesday Israel's ambassador visited a school in Almaty."),
        ("ru", "Во вторник посол Израиля в Казахстане посетил Карагандинскую область."),
    ],
)
def test_an_ambassador_travelling_where_he_is_posted_makes_no_visit(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert "official_visit" not in [event["type"] for event in found], found


SIGNED_BEFORE_IN_FORCE = [
    ("en", "Kazakhstan and Israel signed an agreement on visas which will enter into force in May 2026."),  # noqa: E501
    ("ru", "Казахстан и Израиль подписали соглашение о визах, которое вступит в силу в мае 2026 года."),  # noqa: E501
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), SIGNED_BEFORE_IN_FORCE)
def test_a_signing_is_never_dated_after_its_report(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    signed = [event for event in found if event["type"] == "agreement_signed"]
    assert signed and all(event["date"] <= PUBLISHED[:10] for event in signed), found


HEADLINE_QUOTES = [
    ("en", "Tokayev: Kazakhstan values its partnership with Israel", "The president spoke to foreign investors in Astana on Tuesday."),  # noqa: E501
    ("ru", "Токаев: Казахстан ценит партнерство с Израилем", "Президент выступил перед иностранными инвесторами в Астане во вторник."),  # noqa: E501
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), HEADLINE_QUOTES)
def test_a_headline_naming_its_speaker_before_a_colon_is_the_speakers_statement(
    assess, lang, title, text
):
    found = assess(title, text, lang=lang)["events"]
    assert [(e["type"], e["fields"]["speaker"]) for e in found] == [
        ("statement", "Kassym-Jomart Tokayev (President, KZ)")
    ], found
    # told again in the body by the same speaker: still one statement
    said = text + " Tokayev said Kazakhstan valued its partnership with Israel."
    again = assess(title, said, lang=lang)["events"]
    assert [e["type"] for e in again] == ["statement"], again


TRIPS_IN_GENERAL = [
    ("en", "On Tuesday the deputy minister said Kazakhs were making more trips to Israel for pilgrimage."),  # noqa: E501
    ("ru", "По словам замминистра, во вторник интерес казахстанцев к поездкам в Израиль вырос."),
]  # fmt: skip
ONE_TRIP = [
    ("en", "On Tuesday the Kazakh deputy foreign minister began a trip to Israel."),
    ("ru", "Во вторник заместитель министра иностранных дел Казахстана совершил поездку в Израиль."),  # noqa: E501
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), TRIPS_IN_GENERAL)
def test_trips_in_general_are_no_visit(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert "official_visit" not in [event["type"] for event in found], found


@pytest.mark.parametrize(("lang", "text"), ONE_TRIP)
def test_one_officials_trip_is_a_visit(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert "official_visit" in [event["type"] for event in found], found


def test_in_a_subject_first_language_the_country_after_the_verb_is_not_its_speaker(detector):
    text = "On Tuesday the ministry welcomed Israel's decision to deepen ties with Kazakhstan."
    found = extracted(detector, text, "en", published=PUBLISHED)
    speakers = field_values(found, "statement", "speaker")
    assert "Israel" not in speakers, found


COUNTERPARTS = [
    ("en", "On Tuesday Kazakh Foreign Minister Murat Nurtleu held talks with his Israeli counterpart.", "Foreign Minister (IL)"),  # noqa: E501
    ("en", "On Tuesday Kazakhstan's Foreign Minister discussed ties with Israel with his counterpart by phone.", "Foreign Minister (IL)"),  # noqa: E501
    ("ru", "Во вторник министр иностранных дел Казахстана провёл переговоры с израильским коллегой.", "Foreign Minister (IL)"),  # noqa: E501
    ("fr", "Mardi, le ministre israélien des Affaires étrangères s'est entretenu avec son homologue kazakh.", "Foreign Minister (KZ)"),  # noqa: E501
    ("de", "Am Dienstag traf der israelische Außenminister seinen kasachischen Amtskollegen.", "Foreign Minister (KZ)"),  # noqa: E501
    ("kk", "Сейсенбіде Қазақстан Сыртқы істер министрі израильдік әріптесімен келіссөздер жүргізді.", "Foreign Minister (IL)"),  # noqa: E501
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "counterpart"), COUNTERPARTS)
def test_a_counterpart_holds_the_same_office_on_the_other_side(detector, lang, text, counterpart):
    found = extracted(detector, text, lang, published=PUBLISHED)
    talks = [e for e in found if e["type"] == "talks"]
    assert talks, found
    assert counterpart in talks[0]["actors"], found


def test_a_counterpart_named_before_is_that_person(detector):
    text = (
        "Israeli Foreign Minister Eli Cohen arrived in the region on Monday. On Tuesday "
        "Kazakhstan's Foreign Minister Murat Nurtleu spoke with his counterpart by phone."
    )
    found = extracted(detector, text, "en", published=PUBLISHED)
    talks = [e for e in found if e["type"] == "talks"]
    assert talks and any("Eli Cohen" in actor for actor in talks[0]["actors"]), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Во вторник министр иностранных дел Казахстана провёл переговоры с министром иностранных дел Израиля."),  # noqa: E501
        ("en", "On Tuesday Kazakhstan's minister held talks with the Minister of Foreign Affairs of Israel."),  # noqa: E501
    ],
)  # fmt: skip
def test_a_title_takes_the_country_attached_after_it_over_the_subjects(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    talks = [e for e in found if e["type"] == "talks"]
    assert talks and "Foreign Minister (IL)" in talks[0]["actors"], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Tuesday the foreign ministers of Kazakhstan and Israel held talks."),
        ("en", "On Tuesday Kazakh and Israeli foreign ministers held talks."),
        ("ru", "Во вторник министры иностранных дел Казахстана и Израиля провели переговоры."),
        ("kk", "Сейсенбіде Қазақстан мен Израиль сыртқы істер министрлері келіссөздер жүргізді."),
    ],
)  # fmt: skip
def test_one_title_over_both_sides_is_an_official_of_each(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    talks = [e for e in found if e["type"] == "talks"]
    assert talks, found
    assert {"Foreign Minister (KZ)", "Foreign Minister (IL)"} <= set(talks[0]["actors"]), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Tokayev received Israel's ambassador and discussed bilateral ties."),
        ("ru", "Токаев принял посла Израиля и обсудил двусторонние отношения."),
    ],
)  # fmt: skip
def test_a_reception_that_discussed_ties_is_a_meeting(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert "talks" in [e["type"] for e in found], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Tuesday Kazakhstan's Deputy Foreign Minister Alibek Bakayev met with Israel's ambassador to discuss the upcoming visit."),  # noqa: E501
        ("en", "On Tuesday Tokayev and Herzog held talks by phone and agreed that the next round of consultations would take place in Astana."),  # noqa: E501
        ("ru", "Во вторник Токаев провёл телефонный разговор с Герцогом, стороны договорились о предстоящем визите."),  # noqa: E501
    ],
)  # fmt: skip
def test_talks_held_about_what_is_to_come_are_talks(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert "talks" in [e["type"] for e in found], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Tokayev will meet Herzog in Astana next week."),
        ("en", "The meeting between Tokayev and Herzog will take place in Astana."),
        ("ru", "Переговоры Токаева и Герцога состоятся в Астане в следующем месяце."),
    ],
)  # fmt: skip
def test_talks_to_come_are_no_talks(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert "talks" not in [e["type"] for e in found], found


@pytest.mark.parametrize(
    ("lang", "text", "wanted"),
    [
        # the tense word nearest the day, between commas first, says which Tuesday
        ("en", "Herzog will arrive in Astana on Tuesday, the embassy said.", ("visit_planned", "2026-03-17")),  # noqa: E501
        ("en", "On Tuesday the Kazakh deputy foreign minister met Israel's ambassador to discuss the upcoming visit.", ("talks", "2026-03-10")),  # noqa: E501
        ("ru", "Во вторник Токаев провёл телефонный разговор с Герцогом, стороны обсудили предстоящий визит.", ("talks", "2026-03-10")),  # noqa: E501
    ],
)  # fmt: skip
def test_a_weekday_points_back_or_ahead_by_the_tense_beside_it(detector, lang, text, wanted):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert wanted in [(e["type"], e["date"]) for e in found], found


def test_a_visit_planned_at_a_meeting_this_week_is_not_dated_by_the_meeting(detector):
    text = "On Tuesday the Kazakh deputy foreign minister met Israel's ambassador to discuss the upcoming visit."  # noqa: E501
    found = extracted(detector, text, "en", published=PUBLISHED)
    planned = [e for e in found if e["type"] == "visit_planned"]
    assert planned and planned[0]["date"] != "2026-03-10", found


DURING_THE_VISIT = [
    ("en",
     "Israel to open trade office in Kazakhstan",
     "Israel's economy ministry said on Wednesday it would open a trade mission in Almaty. The "
     "decision follows the visit of Economy Minister Nir Barkat to Kazakhstan last week. During "
     "the visit, the sides signed a memorandum of understanding on innovation and agreed to hold "
     "a business forum in May."),
    ("ru",
     "Израиль откроет торговое представительство в Казахстане",
     "Министерство экономики Израиля в среду сообщило, что откроет торговое представительство в "
     "Алматы. Решение принято после визита министра экономики Израиля Нира Барката в Казахстан "
     "на прошлой неделе. В ходе визита стороны подписали меморандум о взаимопонимании в сфере "
     "инноваций и договорились провести бизнес-форум в мае."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), DURING_THE_VISIT)
def test_what_was_signed_during_last_weeks_visit_takes_the_visits_date(assess, lang, title, text):
    found = types(assess, title, text, lang)
    visits = [day for kind, day in found if kind == "official_visit"]
    signed = [day for kind, day in found if kind == "agreement_signed"]
    assert visits and signed == visits[:1], found  # one memorandum, on the visit's date


SURNAME_ALONE = [
    ("en",
     "Kazakhstan, Israel discuss farming",
     "On Tuesday Kazakhstan's Minister of Agriculture Aidarbek Saparov received Israel's "
     "ambassador. \"Israeli water technologies are a great example for Kazakhstan,\" Saparov "
     "said."),
    ("ru",
     "Казахстан и Израиль обсудили сельское хозяйство",
     "Во вторник министр сельского хозяйства Казахстана Айдарбек Сапаров принял посла Израиля. "
     "«Израильские водные технологии — хороший пример для Казахстана», — отметил Сапаров."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), SURNAME_ALONE)
def test_a_listed_official_quoted_by_surname_alone_is_the_speaker(assess, lang, title, text):
    found = assess(title, text, lang=lang)
    speakers = field_values(found["events"], "statement", "speaker")
    assert any("Saparov" in speaker for speaker in speakers), found


def test_a_year_after_po_itogam_dates_a_trade_figure(detector):
    text = (
        "По итогам 2024 года товарооборот между Казахстаном и Израилем составил 350 млн долларов."
    )
    found = extracted(detector, text, "ru", published=PUBLISHED)
    assert ("economic", "2024") in [(e["type"], e["date"]) for e in found], found


def test_ready_to_work_with_the_other_side_is_a_stance(detector):
    text = "On Tuesday Israel's ambassador said Israeli companies were ready to open offices in Kazakhstan."  # noqa: E501
    found = extracted(detector, text, "en", published=PUBLISHED)
    assert "statement" in [e["type"] for e in found], found


def test_a_surname_opening_a_sentence_is_the_official_named_before(assess):
    text = (
        "Political consultations between the foreign ministries of Kazakhstan and Israel were "
        "held in Astana on Tuesday. The Kazakh delegation was headed by Deputy Foreign Minister "
        "Yerzhan Ashikbayev. Ashikbayev noted that Israel is one of Kazakhstan's key partners "
        "in the Middle East."
    )
    result = assess("Kazakhstan and Israel hold consultations", text, lang="en")
    speakers = field_values(result["events"], "statement", "speaker")
    assert any("Ashikbayev" in speaker for speaker in speakers), result


def test_a_former_official_stays_former_when_named_again(assess):
    text = (
        "Former Israeli Defence Minister Amir Peretz, now a businessman, came to Kazakhstan on "
        "Tuesday. Peretz met President Kassym-Jomart Tokayev in Astana and discussed farming."
    )
    result = assess("Former Israeli minister in Astana", text, lang="en")
    assert "official_visit" not in [e["type"] for e in result["events"]], result


def test_a_country_right_before_a_title_owns_it_whatever_follows(detector):
    # Kazakh puts the owner before the title; the country after it is where he went
    text = "Сейсенбіде Қазақстан Президенті Израильге ресми сапармен барды."
    found = extracted(detector, text, "kk", published=PUBLISHED)
    visits = [e for e in found if e["type"] == "official_visit"]
    assert visits and visits[0]["fields"]["host_country"] == "IL", found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Trade between Kazakhstan and Israel reached $290 million in January-September "
               "2025, up 12% compared with the same period of 2024."),
        ("ru", "За январь–сентябрь 2025 года товарооборот Казахстана и Израиля составил 290 млн "
               "долларов, что на 12% больше, чем за аналогичный период 2024 года."),
        ("kk", "2025 жылдың қаңтар-қыркүйек айларында Қазақстан мен Израиль арасындағы тауар "
               "айналымы 290 миллион АҚШ долларын құрады."),
    ],
)  # fmt: skip
def test_a_trade_figure_is_of_its_periods_year_not_the_year_compared(detector, lang, text):
    found = extracted(detector, text, lang, published="2025-10-20T09:00:00Z")
    figures = [(e["date"], e["fields"]["currency"]) for e in found if e["type"] == "economic"]
    assert figures == [("2025", "USD")], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("kk", "Былтыр Қазақстан мен Израиль арасындағы тауар айналымы 40 миллион долларын "
               "құрады."),
        ("kk", "Былтыр Қазақстан мен Израиль арасындағы тауар айналымы 40 миллион АҚШ долларын "
               "құрады."),
    ],
)  # fmt: skip
def test_a_currency_word_is_read_in_any_case_form(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    amounts = [(e["fields"]["amount"], e["fields"]["currency"]) for e in found]
    assert (40_000_000, "USD") in amounts, found


@pytest.mark.parametrize(
    ("lang", "text", "wanted"),
    [
        ("de", "Die israelische Fluggesellschaft Arkia nimmt am 2. Mai die Flüge nach Astana auf.",
         "2026-05-02"),
        ("de", "Air Astana stellt ab dem 15. April die Flüge nach Tel Aviv ein.", "2026-04-15"),
    ],
)  # fmt: skip
def test_a_separable_verb_closes_its_clause_past_an_ordinal_dot(detector, lang, text, wanted):
    found = extracted(detector, text, lang, published=PUBLISHED)
    flights = [e for e in found if e["type"] == "visa_travel"]
    assert flights and flights[0]["fields"]["subject"] == "flights", found
    assert flights[0]["fields"]["effective"] == wanted, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Israeli drip-irrigation firm Netafim signed an agreement with Kazakh agricultural "
               "holding KazAgro on Tuesday to equip 5,000 hectares in the Turkestan region."),
        ("ru", "Израильская компания Netafim во вторник подписала соглашение с казахстанским "
               "холдингом о поставке оборудования для орошения."),
    ],
)  # fmt: skip
def test_a_companys_signing_is_a_business_deal_not_a_state_agreement(detector, lang, text):
    found = [e["type"] for e in extracted(detector, text, lang, published=PUBLISHED)]
    assert "economic" in found and "agreement_signed" not in found, found


def test_a_state_companys_memorandum_with_a_government_is_an_agreement(detector):
    text = (
        "On Tuesday Israel's national water company Mekorot signed a memorandum of understanding "
        "with the Government of Kazakhstan on the management of water resources."
    )
    found = [e["type"] for e in extracted(detector, text, "en", published=PUBLISHED)]
    assert "agreement_signed" in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Tuesday Israel's Foreign Ministry summoned Kazakhstan's ambassador. The "
               "ministry handed the envoy a note and said the remarks were unacceptable."),
        ("ru", "Во вторник МИД Израиля вызвал посла Казахстана. В министерстве заявили, что "
               "подобные высказывания неприемлемы."),
    ],
)  # fmt: skip
def test_the_words_of_a_protest_are_the_friction_not_a_statement_beside_it(detector, lang, text):
    found = [(e["type"], e["fields"].get("speaker")) for e in extracted(detector, text, lang)]
    assert [t for t, _ in found] == ["tension"], found


def test_the_other_sides_regret_at_a_protest_stays_a_statement(detector):
    text = (
        "On Tuesday Kazakhstan's Foreign Ministry summoned Israel's ambassador in protest. The "
        "Israeli embassy said it regretted the step and hoped for good relations with Kazakhstan."
    )
    found = [e["type"] for e in extracted(detector, text, "en", published=PUBLISHED)]
    assert sorted(found) == ["statement", "tension"], found


def test_a_speech_verb_joined_to_an_earlier_one_shares_its_subject(detector):
    text = (
        "On Tuesday President Tokayev received Israel's ambassador and said Kazakhstan valued "
        "its strategic partnership with Israel."
    )
    found = extracted(detector, text, "en", published=PUBLISHED)
    speakers = field_values(found, "statement", "speaker")
    assert speakers and "Tokayev" in speakers[0], found


def test_an_interview_is_the_statement_of_the_one_interviewed(assess):
    text = (
        "Israel's Prime Minister will visit Astana next year, Kazakhstan's ambassador to Israel "
        "said in an interview on Tuesday."
    )
    result = assess("Ambassador expects Israeli visit", text, lang="en")
    speakers = field_values(result["events"], "statement", "speaker")
    assert speakers == ["Ambassador (KZ)"], result


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Martedì Kazakistan e Israele hanno firmato un accordo sui voli. L'accordo entrerà "
               "in vigore dopo la ratifica."),
        ("es", "El martes Kazajistán e Israel firmaron un acuerdo sobre vuelos. El acuerdo entrará "
               "en vigor tras su ratificación."),
        ("fr", "Mardi, le Kazakhstan et Israël ont signé un accord sur les vols. L'accord entrera "
               "en vigueur après sa ratification."),
    ],
)  # fmt: skip
def test_an_agreement_that_will_enter_into_force_is_only_signed(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    stages = field_values(found, "agreement_signed", "stage")
    assert stages == ["signed"], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Tuesday Foreign Minister Gideon Sa'ar signed in Astana an agreement on visa "
               "exemption between Israel and Kazakhstan."),
        ("he", "שר החוץ גדעון סער חתם ביום שלישי באסטנה על הסכם בין ישראל לקזחסטן."),
    ],
)  # fmt: skip
def test_who_signs_in_the_other_capital_is_visiting(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    visits = [e for e in found if e["type"] == "official_visit"]
    assert visits and visits[0]["fields"]["host_country"] == "KZ", found


def test_an_agreement_signed_in_a_capital_by_a_pair_is_no_visit_of_either(detector):
    text = (
        "On Tuesday the agreement was signed in Jerusalem by a Kazakh deputy foreign minister "
        "and an Israeli official."
    )
    found = extracted(detector, text, "en", published=PUBLISHED)
    assert "official_visit" not in [e["type"] for e in found], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Netanyahu's visit to Kazakhstan, planned for next week, has been postponed, his "
               "office said on Tuesday."),
        ("ru", "Визит Нетаньяху в Казахстан, запланированный на следующей неделе, отложен, "
               "сообщили во вторник в его канцелярии."),
    ],
)  # fmt: skip
def test_a_visit_put_off_is_friction_though_told_with_its_future(detector, lang, text):
    found = [e["type"] for e in extracted(detector, text, lang, published=PUBLISHED)]
    assert "tension" in found and "visit_planned" not in found, found


@pytest.mark.parametrize("form", ["Нетаньяхумен", "Нетаньяхуды", "Нетаньяхуға"])
def test_a_kazakh_case_ending_on_a_foreign_name_keeps_the_person(detector, form):
    text = f"Сейсенбіде Қазақстан Президенті Қасым-Жомарт Тоқаев {form} телефон арқылы сөйлесті."
    found = extracted(detector, text, "kk", published=PUBLISHED)
    talks = [e for e in found if e["type"] == "talks"]
    assert talks and "Benjamin Netanyahu (Prime Minister, IL)" in talks[0]["actors"], found


def test_a_german_tribute_is_a_statement(detector):
    text = "Präsident Tokajew würdigte am Dienstag Israel als wichtigen Partner Kasachstans."
    found = extracted(detector, text, "de", published=PUBLISHED)
    statements = [e for e in found if e["type"] == "statement"]
    assert statements and statements[0]["fields"]["stance"] == "positive", found


@pytest.mark.parametrize(
    "text",
    [
        "Kazakistan Dışişleri Bakanlığından yapılan açıklamada, İsrail ile ilişkilerin "
        "geliştirilmesinin önemli olduğu ifadesine yer verildi.",
        "Kazakistan Dışişleri Bakanlığının açıklamasında İsrail ile işbirliğinin sürdürüleceği "
        "vurgulandı.",
    ],
)
def test_a_turkish_report_of_a_ministrys_statement_is_a_statement(detector, text):
    found = extracted(detector, text, "tr", published=PUBLISHED)
    speakers = field_values(found, "statement", "speaker")
    assert speakers == ["Foreign Ministry (KZ)"], found


def test_a_kazakh_country_after_a_title_is_not_its_owner(detector):
    # Kazakh puts the owner first: "Израильдің" owns the action after it, not the ministry
    text = (
        "Сейсенбіде Сыртқы істер министрлігі Израильдің әрекетін айыптады. Бұл туралы "
        "Қазақстан ақпарат агенттігі хабарлады."
    )
    found = extracted(detector, text, "kk", published=PUBLISHED)
    tensions = [e for e in found if e["type"] == "tension"]
    assert tensions and not tensions[0]["fields"]["speaker"].endswith("(IL)"), found


@pytest.mark.parametrize(
    "text",
    [
        "Сейсенбіде Израильдің Қазақстандағы елшісі екі ел арасындағы қарым-қатынас жоғары "
        "деңгейде екенін жеткізді.",
        "Министрдің айтуынша, Израиль Қазақстанмен байланысты нығайтуға мүдделі.",
    ],
)
def test_kazakh_reported_speech_forms(detector, text):
    found = extracted(detector, text, "kk", published=PUBLISHED)
    assert "statement" in [e["type"] for e in found], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Last year Kazakhstan exported 2.5 million tonnes of oil to Israel."),
        ("ru", "В прошлом году Казахстан экспортировал в Израиль 2,5 млн тонн нефти."),
        ("kk", "Былтыр Қазақстан Израильге 2,5 млн тонна мұнай экспорттады."),
    ],
)  # fmt: skip
def test_a_trade_figure_in_goods_is_economic_news(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert ("economic", "2025") in [(e["type"], e["date"]) for e in found], found


def test_according_to_names_no_agreement(detector):
    # simplemma reads "according" as "accord", the word for an agreement
    text = "On Tuesday Kazakhstan and Israel signed, according to the embassy, a memorandum."
    found = extracted(detector, text, "en", published=PUBLISHED)
    instruments = field_values(found, "agreement_signed", "instrument")
    assert instruments == ["memorandum_of_understanding"], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "— Связи с Казахстаном крепнут благодаря Президенту Токаеву, — сообщил во вторник "
               "Гидеон Саар журналистам."),
        ("kk", "— Қазақстанмен байланыс Президент Тоқаевтың арқасында нығайып келеді, — деді "
               "сейсенбіде Гидеон Саар."),
    ],
)  # fmt: skip
def test_a_speech_verb_after_a_closing_dash_has_its_speaker_after_it(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    speakers = field_values(found, "statement", "speaker")
    assert speakers and "Sa'ar" in speakers[0], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Tuesday Israel added Kazakhstan to its electronic travel authorisation scheme, "
               "simplifying entry for Kazakh tourists."),
        ("ru", "Во вторник Израиль ввел для граждан Казахстана электронное разрешение на въезд."),
    ],
)  # fmt: skip
def test_an_electronic_travel_authorisation_is_a_simplified_visa(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    subjects = field_values(found, "visa_travel", "subject")
    assert subjects == ["visa_simplified"], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Tuesday Israel advised its citizens against non-essential travel to "
               "Kazakhstan."),
        ("ru", "Во вторник Совет национальной безопасности Израиля повысил уровень угрозы для "
               "поездок в Казахстан."),
        ("kk", "Сейсенбіде Израиль СІМ азаматтарына Қазақстанға баруға кеңес бермейтінін "
               "мәлімдеді."),
        ("he", "המטה לביטחון לאומי של ישראל העלה ביום שלישי את רמת האזהרה לקזחסטן."),
    ],
)  # fmt: skip
def test_a_raised_travel_warning_is_friction(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    abouts = field_values(found, "tension", "about")
    assert abouts == ["travel warning"], found


def test_a_russian_videoconference_is_a_call(detector):
    text = "Во вторник главы МИД Казахстана и Израиля провели видеоконференцию."
    found = extracted(detector, text, "ru", published=PUBLISHED)
    formats = field_values(found, "talks", "format")
    assert formats == ["call"], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Tuesday Israel's ambassador called Kazakhstan a model of interethnic harmony."),
        ("ru", "Во вторник посол Израиля назвал Казахстан образцом межнационального согласия."),
        ("ar", "أعرب الرئيس الإسرائيلي هرتسوغ يوم الثلاثاء عن تعازيه لتوكاييف في ضحايا الفيضانات."),
        ("ru", "Во вторник представитель МИД Казахстана заявил, что Астана внимательно следит за "
               "развитием ситуации в Израиле."),
    ],
)  # fmt: skip
def test_praise_condolences_and_watching_the_other_side_are_statements(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert "statement" in [e["type"] for e in found], found


def test_a_specific_title_does_not_refer_back_to_another_office(detector):
    # "the two foreign ministers" are not the Prime Minister named before
    text = (
        "Israeli Prime Minister Benjamin Netanyahu visited Astana in December 2016. On Tuesday "
        "the foreign ministers of Kazakhstan and Israel exchanged congratulatory messages."
    )
    found = extracted(detector, text, "en", published=PUBLISHED)
    speakers = {e["fields"]["speaker"] for e in found if e["type"] == "statement"}
    assert speakers and not any("Netanyahu" in s for s in speakers), found


def test_a_generic_title_still_refers_back_to_its_holder(detector):
    text = (
        "Israel's Ambassador to Kazakhstan Edward Shapiro met business leaders in Almaty on "
        "Tuesday. In an interview, the ambassador said ties with Kazakhstan were excellent."
    )
    found = extracted(detector, text, "en", published=PUBLISHED)
    speakers = field_values(found, "statement", "speaker")
    assert speakers and all("Ambassador" in s for s in speakers), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Israeli Prime Minister Benjamin Netanyahu will visit Kazakhstan next week. He will "
               "be accompanied on the trip by Environment Minister Zeev Elkin."),
        ("ru", "Премьер-министр Израиля Биньямин Нетанияху на следующей неделе посетит Казахстан. "
               "В поездке его будет сопровождать министр экологии Зеэв Элькин."),
    ],
)  # fmt: skip
def test_who_accompanies_a_visitor_makes_no_visit_of_his_own(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    visitors = field_values(found, "visit_planned", "visitor")
    assert visitors == ["Benjamin Netanyahu"], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Во вторник главы МИД двух стран провели переговоры. Речь шла о Казахстане "
               "и Израиле."),
        ("kk", "Сейсенбіде екі елдің сыртқы істер министрлері келіссөздер жүргізді. "
               "Кездесуде Қазақстан мен Израиль арасындағы ынтымақтастық талқыланды."),
    ],
)  # fmt: skip
def test_a_title_of_the_two_countries_is_an_official_of_each(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    talks = [e for e in found if e["type"] == "talks"]
    assert talks, found
    assert {"Foreign Minister (KZ)", "Foreign Minister (IL)"} <= set(talks[0]["actors"]), found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Tuesday Kazakhstan's KazAgro and Israel's Netafim said they will establish a "
               "joint venture to make irrigation systems."),
        ("ru", "Во вторник казахстанские и израильские компании объявили, что создадут совместное "
               "предприятие по выпуску систем орошения."),
    ],
)  # fmt: skip
def test_a_joint_venture_announced_is_economic_news(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert "economic" in [e["type"] for e in found], found


def test_a_business_delegation_with_a_visitor_is_economic_news(detector):
    text = (
        "Israeli Foreign Minister Gideon Sa'ar arrived in Astana on Tuesday at the head of a "
        "business delegation of 40 Israeli companies."
    )
    found = sorted(e["type"] for e in extracted(detector, text, "en", published=PUBLISHED))
    assert found == ["economic", "official_visit"], found


@pytest.mark.parametrize(
    ("lang", "text", "wanted"),
    [
        # PUBLISHED is Thursday 12 March 2026: Monday is the 9th, Saturday the 7th
        ("tr", "İsrail Dışişleri Bakanı Gideon Saar pazartesi günü Astana'ya geldi.", "2026-03-09"),
        ("tr", "İsrail Dışişleri Bakanı Gideon Saar cumartesi günü Astana'ya geldi.", "2026-03-07"),
        ("ar", "وصل وزير الخارجية الإسرائيلي جدعون ساعر يوم الاثنين إلى أستانا في زيارة رسمية.",
         "2026-03-09"),
        ("fa", "گدعون سار، وزیر خارجه اسرائیل، روز دوشنبه برای دیدار رسمی وارد آستانا شد.",
         "2026-03-09"),
    ],
)  # fmt: skip
def test_a_weekday_is_read_in_turkish_arabic_and_persian(detector, lang, text, wanted):
    found = extracted(detector, text, lang, published=PUBLISHED)
    visits = [(e["date"], e["fields"]["visitor"]) for e in found if e["type"] == "official_visit"]
    assert visits == [(wanted, "Gideon Sa'ar")], found


def test_a_hebrew_strategic_partner_is_a_statement(detector):
    text = "סער אמר ביום שלישי כי קזחסטן היא שותפה אסטרטגית של ישראל."
    found = extracted(detector, text, "he", published=PUBLISHED)
    assert "statement" in [e["type"] for e in found], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El canciller israelí Gideon Saar llegó el lunes a Astaná."),
        ("he", "שר החוץ גדעון סער נחת ביום שני באסטנה."),
    ],
)  # fmt: skip
def test_an_arrival_with_the_day_between_verb_and_place_is_a_visit(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    visits = [
        (e["date"], e["fields"]["host_country"]) for e in found if e["type"] == "official_visit"
    ]
    assert visits == [("2026-03-09", "KZ")], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Tuesday the Tourism Committee of Kazakhstan said cooperation with Israel in "
               "tourism was growing."),
        ("ru", "Во вторник в Комитете индустрии туризма Казахстана заявили, что сотрудничество с "
               "Израилем в сфере туризма растет."),
    ],
)  # fmt: skip
def test_a_committee_or_agency_of_a_side_speaks_for_it(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    speakers = field_values(found, "statement", "speaker")
    assert speakers == ["Agency (KZ)"], found


def test_a_ministry_whose_country_is_told_elsewhere_is_one_speaker(detector):
    text = (
        "On Tuesday Kazakhstan's Foreign Ministry said it valued its relations with Israel. "
        "The ministry also said that cooperation with Israel in agriculture would continue."
    )
    found = extracted(detector, text, "en", published=PUBLISHED)
    speakers = field_values(found, "statement", "speaker")
    assert speakers == ["Foreign Ministry (KZ)"], found


def test_a_ministrys_words_for_kazakhstan_are_kazakhstans(detector):
    text = (
        "On Tuesday the Ministry of Foreign Affairs issued a statement on the conflict between "
        "Israel and Hamas. Furthermore, the MFA states that Kazakhstan also calls on Israel to "
        "refrain from a disproportionate use of force."
    )
    found = extracted(detector, text, "en", published=PUBLISHED)
    speakers = field_values(found, "statement", "speaker")
    assert speakers == ["Foreign Ministry (KZ)"], found


def test_a_kazakh_envoy_in_kazakhstan_is_the_owners_envoy(detector):
    # "Израильдің Қазақстандағы ... елшісі": Israel's ambassador in Kazakhstan
    text = (
        "Сейсенбіде Мәжіліс Төрағасы Ерлан Қошанов Израильдің Қазақстандағы Төтенше және "
        "өкілетті елшісімен кездесті."
    )
    found = extracted(detector, text, "kk", published=PUBLISHED)
    talks = [e for e in found if e["type"] == "talks"]
    assert talks and "Ambassador (IL)" in talks[0]["actors"], found


@pytest.mark.parametrize(
    ("lang", "text", "count"),
    [
        ("ru", "Во вторник подписан меморандум о сотрудничестве между Astana Hub и израильским "
               "инновационным управлением.", 1),
        ("en", "On Tuesday Kazakhstan and Israel signed memoranda on agriculture, water and "
               "health between the two ministries.", 3),
    ],
)  # fmt: skip
def test_the_parties_between_whom_a_document_is_signed_are_no_list_of_topics(
    detector, lang, text, count
):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert len([e for e in found if e["type"] == "agreement_signed"]) == count, found


def test_a_spanish_welcome_of_the_decision_is_a_statement(detector):
    text = (
        "El jueves Kazajistán se sumó a los Acuerdos de Abraham. El primer ministro israelí "
        "Benjamin Netanyahu celebró la decisión de Kazajistán."
    )
    found = extracted(detector, text, "es", published=PUBLISHED)
    statements = [e for e in found if e["type"] == "statement"]
    assert statements and statements[0]["fields"]["stance"] == "positive", found


@pytest.mark.parametrize(
    ("lang", "text", "wanted"),
    [
        ("ru", "Во вторник завершился официальный визит министра иностранных дел Израиля в "
               "Казахстан.", "official_visit"),
        ("ru", "Во вторник Саар выразил признательность Казахстану за поддержку.", "statement"),
        ("ru", "Во вторник Казахстан завершил процедуру присоединения к Соглашениям Авраама.",
         "multilateral"),
    ],
)  # fmt: skip
def test_russian_reports_of_a_visit_ended_gratitude_and_accession_completed(
    detector, lang, text, wanted
):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert wanted in [e["type"] for e in found], found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("Der israelische Ministerpräsident will im Mai nach Kasachstan reisen.", "visit_planned"),
        ("Israelis können ab Juni ohne Visum nach Kasachstan reisen.", "visa_travel"),
    ],
)
def test_german_trips_ahead_and_visa_free_travel(detector, text, wanted):
    found = extracted(detector, text, "de", published=PUBLISHED)
    assert wanted in [e["type"] for e in found], found


@pytest.mark.parametrize(
    ("lang", "text", "wanted"),
    [
        ("tr", "Kazakistan salı günü İsrail büyükelçisini Dışişleri Bakanlığına çağırdı.",
         "tension"),
        ("he", "החל מיוני ישראלים יוכלו להיכנס לקזחסטן ללא אשרה.", "visa_travel"),
        ("ar", "سيتمكن الإسرائيليون من دخول كازاخستان دون تأشيرة اعتبارا من يونيو.",
         "visa_travel"),
        ("ar", "رحب ساعر يوم الثلاثاء بقرار كازاخستان.", "statement"),
    ],
)  # fmt: skip
def test_turkish_hebrew_and_arabic_reports_of_each_kind(detector, lang, text, wanted):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert wanted in [e["type"] for e in found], found


@pytest.mark.parametrize(
    ("lang", "text", "wanted"),
    [
        ("it", "Il premier israeliano visiterà il Kazakistan a maggio.",
         ("visit_planned", "2026-05")),
        ("es", "El primer ministro israelí visitará Kazajistán en mayo.",
         ("visit_planned", "2026-05")),
        ("de", "Der israelische Ministerpräsident wird im Mai Kasachstan besuchen.",
         ("visit_planned", "2026-05")),
        ("fr", "Le Premier ministre israélien se rendra au Kazakhstan en mai.",
         ("visit_planned", "2026-05")),
        ("es", "Los israelíes podrán viajar a Kazajistán sin visado a partir de junio.",
         ("visa_travel", "2026-06")),
    ],
)  # fmt: skip
def test_a_month_alone_dates_in_romance_and_german_reports(detector, lang, text, wanted):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert wanted in [(e["type"], e["date"]) for e in found], found


@pytest.mark.parametrize(
    ("lang", "text", "wanted"),
    [
        ("es", "Kazajistán convocó el martes al embajador de Israel.", "tension"),
        ("it", "Il Kazakistan ha convocato martedì l'ambasciatore israeliano.", "tension"),
        ("cs", "Tokajev v úterý telefonoval s izraelským prezidentem Herzogem.", "talks"),
        ("fa", "گدعون سار، وزیر خارجه اسرائیل، روز سه‌شنبه از آستانا دیدار کرد.",
         "official_visit"),
        ("fa", "قزاقستان و اسرائیل روز سه‌شنبه توافقنامه لغو روادید امضا کردند.",
         "agreement_signed"),
    ],
)  # fmt: skip
def test_spanish_italian_czech_and_persian_reports_of_each_kind(detector, lang, text, wanted):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert wanted in [e["type"] for e in found], found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("During his stay in Kazakhstan on Tuesday, Sa'ar met Prime Minister Olzhas Bektenov.",
         "official_visit"),
        ("Netanyahu is slated to travel to Kazakhstan in May, his office said.", "visit_planned"),
        ("Israeli investors pledged $200 million for Kazakh agritech projects on Tuesday.",
         "economic"),
    ],
)  # fmt: skip
def test_english_stays_slated_trips_and_pledges(detector, text, wanted):
    found = extracted(detector, text, "en", published=PUBLISHED)
    assert wanted in [e["type"] for e in found], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Во вторник Герцог заявил, что Казахстан является стратегическим партнером "
               "Израиля."),
        ("kk", "Сейсенбіде Герцог Қазақстан Израильдің стратегиялық серіктесі екенін айтты."),
    ],
)  # fmt: skip
def test_a_strategic_partner_is_a_positive_stance(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    stances = field_values(found, "statement", "stance")
    assert stances == ["positive"], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Tuesday Israel's National Security Council raised its travel warning for "
               "Kazakhstan."),
        ("ru", "Во вторник Совет национальной безопасности Израиля повысил уровень угрозы для "
               "поездок в Казахстан."),
    ],
)  # fmt: skip
def test_israels_security_council_issues_its_travel_warnings(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    speakers = field_values(found, "tension", "speaker")
    assert speakers == ["Israel National Security Council (IL)"], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وصل ساعر إلى أستانا يوم الاثنين على رأس وفد اقتصادي وتجاري رفيع المستوى."),
        ("de", "Saar reiste am Montag mit einer Wirtschaftsdelegation nach Astana."),
        ("fr", "Saar est arrivé lundi à Astana à la tête d'une délégation économique."),
        ("tr", "Saar pazartesi günü bir iş heyetiyle Astana'ya geldi."),
        ("he", "סער נחת ביום שני באסטנה בראש משלחת עסקית."),
    ],
)  # fmt: skip
def test_a_business_delegation_is_economic_news_in_every_language(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert "economic" in [e["type"] for e in found], found


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        ("he", "החל מהיום נכנס לתוקף הסכם הפטור מאשרות בין ישראל לקזחסטן.", "in_force"),
        ("he", "החל מיוני ייכנס לתוקף הסכם הפטור מאשרות בין ישראל לקזחסטן.", "decided"),
        ("es", "A partir de hoy entra en vigor el régimen sin visados entre Kazajistán e Israel.",
         "in_force"),
        ("es", "A partir del 1 de junio entra en vigor el régimen sin visados entre Kazajistán e "
         "Israel.", "decided"),
        ("ar", "اعتبارا من اليوم دخل حيز التنفيذ الإعفاء المتبادل من التأشيرات بين "
         "كازاخستان وإسرائيل.",
         "in_force"),
    ],
)  # fmt: skip
def test_visa_free_travel_starting_today_is_in_force_and_starting_later_is_decided(
    detector, lang, text, status
):
    found = [e for e in extracted(detector, text, lang, published=PUBLISHED)
             if e["type"] == "visa_travel"]  # fmt: skip
    assert [e["fields"]["status"] for e in found] == [status], found


def test_a_stem_inside_a_comparison_phrase_marks_the_date_compared_against(detector):
    # 'аналогичн* период*': the year of the same period is what the figure is compared with.
    text = ("За аналогичный период 2024 года товарооборот между Казахстаном и Израилем составлял "
            "290 млн долларов, а в этом году он достиг 350 млн долларов.")  # fmt: skip
    found = extracted(detector, text, "ru", published="2025-11-20T09:00:00Z")
    assert [e["date"] for e in found if e["type"] == "economic"] == ["2025"], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Netanyahu asked Nazarbayev to back Israel's bid for a seat on the UN Security "
               "Council."),
        ("ru", "Нетаньяху попросил Назарбаева поддержать заявку Израиля в Совет Безопасности ООН."),
        ("ar", "طلب نتنياهو من نزارباييف دعم ترشيح إسرائيل لعضوية مجلس الأمن."),
        ("de", "Netanjahu bat Nasarbajew, Israels Bewerbung um einen Sitz im UN-Sicherheitsrat zu "
               "unterstützen."),
    ],
)  # fmt: skip
def test_a_request_to_the_other_side_is_its_makers_statement(detector, lang, text):
    found = extracted(detector, text, lang, published="2016-12-14T12:00:00Z")
    speakers = field_values(found, "statement", "speaker")
    assert speakers == ["Benjamin Netanyahu (Prime Minister, IL)"], found


def test_a_title_after_a_verb_is_not_the_preceding_names_apposition(detector):
    text = "Israel's Prime Minister, Benjamin Netanyahu, asked the Kazakh President for support."
    found = extracted(detector, text, "en", published="2016-12-14T12:00:00Z")
    assert field_values(found, "statement", "speaker") == [
        "Benjamin Netanyahu (Prime Minister, IL)"
    ], found


@pytest.mark.parametrize(
    "text",
    [
        "قال رئيس وزراء إسرائيل بنيامين نتنياهو إن كازاخستان شريك مهم.",
        "قال رئيس حكومة إسرائيل بنيامين نتنياهو إن كازاخستان شريك مهم.",
    ],
)
def test_arabic_head_of_government_in_the_construct_state_is_prime_minister(detector, text):
    found = extracted(detector, text, "ar", published="2016-12-14T12:00:00Z")
    assert field_values(found, "statement", "speaker") == [
        "Benjamin Netanyahu (Prime Minister, IL)"
    ], found


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("en", "Israeli Ambassador Edgar Golan said Kazakhstan is a reliable partner.",
         "Edgar Golan (Ambassador, IL)"),
        ("en", "Kazakh Ambassador Aidar Nurlanuly said Israel is a reliable partner.",
         "Aidar Nurlanuly (Ambassador, KZ)"),
        ("ru", "Посол Израиля Эдгар Голан заявил, что Казахстан является надежным партнером.",
         "Эдгар Голан (Ambassador, IL)"),
    ],
)  # fmt: skip
def test_a_name_after_a_country_and_a_title_is_the_title_holders(detector, lang, text, speaker):
    # "Israeli Ambassador Edgar" was read as one run of capitalised words and dropped as a
    # country's; the name is the run's part after the title.
    found = extracted(detector, text, lang, published="2022-04-11T12:00:00Z")
    assert field_values(found, "statement", "speaker") == [speaker], found


def test_a_word_all_in_capitals_alone_is_no_name(detector):
    from monitor.detect.names import capitalised_names
    from monitor.detect.sentences import analyse

    text = "Reported by KAZINFORM, the Israeli Ambassador Edgar Golan praised the ties."
    sentence = analyse(detector.lexicon, "", text, 3, None, "en")[0]
    assert [name for _, _, name in capitalised_names(sentence)] == ["Edgar Golan"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The President of the Euro-Asian Jewish Congress, Mark Levin, sent a congratulatory "
               "letter to Kazakh President Kassym-Jomart Tokayev on the anniversary of relations "
               "between Kazakhstan and Israel."),
        ("ru", "Президент Евроазиатского еврейского конгресса Марк Левин направил поздравительное "
               "письмо Президенту Казахстана Касым-Жомарту Токаеву по случаю годовщины отношений "
               "между Казахстаном и Израилем."),
    ],
)  # fmt: skip
def test_a_letter_from_a_community_body_is_no_statement_of_its_addressee(detector, lang, text):
    found = extracted(detector, text, lang, published="2022-04-11T12:00:00Z")
    assert field_values(found, "statement", "speaker") == [], found


def test_a_title_before_a_third_countrys_listed_person_is_not_a_sides_official(detector):
    # "JD" is too short to open a run of capitalised words; "Vance" is still the known person.
    text = ("Asked about Kazakhstan's ties with Israel, Vice President JD Vance said its step "
            "gives momentum to the Abraham Accords.")  # fmt: skip
    found = extracted(detector, text, "en", published="2025-11-07T12:00:00Z")
    assert field_values(found, "statement", "speaker") == [], found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        # "to lead a delegation to" a country is the leader's trip there
        ("Israel's agriculture minister will lead a large government delegation to Kazakhstan "
         "next month, his office said.", "visit_planned"),
        # a visit that "is being prepared" lies ahead, whoever "told" of it
        ("A trip by the Israeli president to Astana is being prepared for the summer, an "
         "official told reporters.", "visit_planned"),
        # "is expected in <place>": expected to arrive there
        ("Kazakhstan's foreign minister is expected in Jerusalem on Sunday, the embassy said.",
         "visit_planned"),
        # "spoke with his counterpart", "during the call": a call
        ("Kosherbayev spoke with his Israeli counterpart on Monday, the ministry said.", "talks"),
        ("Tokayev and Netanyahu also touched on regional security during the call, Akorda "
         "said.", "talks"),
        # "avoid non-essential travel to" a country is a travel warning
        ("Israel's security council told citizens to avoid non-essential travel to Kazakhstan "
         "over the holidays.", "tension"),
        # placards outside an embassy are a protest
        ("Activists with placards gathered outside the Israeli embassy in Astana on Sunday.",
         "tension"),
        # a trade mission is economic news
        ("An Israeli trade mission of 12 water companies toured Kazakhstan on Tuesday.",
         "economic"),
        # a founding member of the Board of Peace takes part in it
        ("On Monday Kazakhstan and Israel became founding members of the Board of Peace.",
         "multilateral"),
        # "no longer need a visa" is a visa regime decided
        ("From Friday Kazakh citizens no longer need a visa to visit Israel for up to 30 days.",
         "visa_travel"),
    ],
)  # fmt: skip
def test_english_wire_phrasings_of_each_type(detector, text, wanted):
    found = extracted(detector, text, "en", published=PUBLISHED)
    assert wanted in [e["type"] for e in found], found


def test_a_visit_pencilled_in_and_told_by_a_source_is_planned_not_held(detector):
    text = ("A visit by the Israeli prime minister to Kazakhstan, pencilled in for the spring, "
            "is now being planned for the autumn, a diplomat told the agency.")  # fmt: skip
    found = [e["type"] for e in extracted(detector, text, "en", published=PUBLISHED)]
    assert found == ["visit_planned"], found


def test_starting_in_a_month_written_in_december_is_next_year(detector):
    text = ("SCAT will fly between Shymkent and Tel Aviv twice a week starting in March, "
            "Kazakhstan's transport ministry said.")  # fmt: skip
    found = extracted(detector, text, "en", published="2025-12-18T09:00:00Z")
    assert [e["date"] for e in found if e["type"] == "visa_travel"] == ["2026-03"], found


def test_a_visit_some_weeks_ago_is_recent_news_not_history(detector):
    text = "Israel's economy minister visited Astana three weeks ago."
    found = extracted(detector, text, "en", published="2026-03-05T09:00:00Z")
    assert [e["date"] for e in found if e["type"] == "official_visit"] == ["2026-02"], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "On Friday Tokayev signed the law on ratification of the agreement with Israel on "
               "cooperation in agriculture."),
        ("ru", "В пятницу Токаев подписал закон о ратификации соглашения с Израилем о "
               "сотрудничестве в сельском хозяйстве."),
    ],
)  # fmt: skip
def test_signing_a_law_that_ratifies_an_agreement_is_its_ratification(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert field_values(found, "agreement_signed", "stage") == ["ratified"], found


def test_an_agreement_taking_effect_on_a_day_ahead_is_a_scheduled_stage(detector):
    text = ("A protocol amending the Kazakh-Israeli agreement on air services between the two "
            "governments will take effect on April 1, the ministry said.")  # fmt: skip
    found = extracted(detector, text, "en", published=PUBLISHED)
    agreements = [
        (e["date"], e["fields"]["stage"]) for e in found if e["type"] == "agreement_signed"
    ]
    assert agreements == [("2026-04-01", "in_force")], found


def test_approval_on_a_day_that_clears_the_way_to_take_effect_is_no_entry_into_force(detector):
    text = ("The Israeli government on Monday endorsed the visa waiver agreement with Kazakhstan, "
            "paving the way for it to take effect in the coming weeks.")  # fmt: skip
    found = extracted(detector, text, "en", published=PUBLISHED)
    assert "in_force" not in field_values(found, "agreement_signed", "stage"), found


def test_a_ratification_is_not_dated_by_the_signing_told_in_its_relative_clause(detector):
    text = ("The Mazhilis has ratified an agreement on water cooperation with Israel which the "
            "two governments signed in 2023.")  # fmt: skip
    found = extracted(detector, text, "en", published=PUBLISHED)
    agreements = [
        (e["date"], e["fields"]["stage"]) for e in found if e["type"] == "agreement_signed"
    ]
    assert agreements == [("2026-03-12", "ratified")], found


def test_an_interview_that_opens_with_praise_is_a_positive_statement(detector):
    text = ("Ties with Kazakhstan are excellent and growing, Israel's ambassador Oren "
            "Marmorstein said in an interview with the agency.")  # fmt: skip
    found = extracted(detector, text, "en", published=PUBLISHED)
    assert field_values(found, "statement", "stance") == ["positive"], found


@pytest.mark.parametrize(
    ("text", "stance"),
    [
        ("The Israeli envoy lauded Kazakhstan's courageous step on Monday.", "positive"),
        ("Tokayev hailed the partnership with Israel in his address on Monday.", "positive"),
    ],
)  # fmt: skip
def test_lauding_and_hailing_are_positive(detector, text, stance):
    found = extracted(detector, text, "en", published=PUBLISHED)
    assert field_values(found, "statement", "stance") == [stance], found


def test_the_israeli_leader_is_the_head_of_government_named_before(detector):
    text = ("Netanyahu spoke by phone with Tokayev on Tuesday. The Israeli leader thanked "
            "Kazakhstan for its friendship.")  # fmt: skip
    found = extracted(detector, text, "en", published=PUBLISHED)
    speakers = field_values(found, "statement", "speaker")
    assert speakers == ["Benjamin Netanyahu (Prime Minister, IL)"], found


@pytest.mark.parametrize(
    ("text", "economic"),
    [
        ("Sa'ar and Kosherbayev met on Tuesday on the sidelines of the World Economic Forum.",
         False),
        ("Sa'ar and Kosherbayev met on the sidelines of the Kazakh-Israeli business forum on "
         "Tuesday.", True),
    ],
)  # fmt: skip
def test_a_forum_of_many_countries_where_two_meet_is_no_economic_event(detector, text, economic):
    found = [e["type"] for e in extracted(detector, text, "en", published=PUBLISHED)]
    assert "talks" in found and ("economic" in found) == economic, found


def test_the_first_half_of_the_year_is_this_year(detector):
    text = ("Trade between Kazakhstan and Israel grew by 20% to $200 million in the first half "
            "of the year, the statistics bureau said.")  # fmt: skip
    found = extracted(detector, text, "en", published="2026-08-10T09:00:00Z")
    assert [e["date"] for e in found if e["type"] == "economic"] == ["2026"], found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("The Kazakh prime minister's plane touched down in Tel Aviv on Monday morning.",
         "official_visit"),
        ("On Tuesday the chairman of the Mazhilis received a delegation of Israeli lawmakers in "
         "Astana.", "official_visit"),
        ("Kazakhstan on Thursday became the newest member of the Abraham Accords, Israel said.",
         "multilateral"),
    ],
)  # fmt: skip
def test_more_english_wire_phrasings_of_each_type(detector, text, wanted):
    found = extracted(detector, text, "en", published=PUBLISHED)
    assert wanted in [e["type"] for e in found], found


def test_ties_that_have_never_been_stronger_are_praise(detector):
    text = "Relations between Israel and Kazakhstan have never been stronger, Sa'ar said on Monday."
    found = extracted(detector, text, "en", published=PUBLISHED)
    assert field_values(found, "statement", "stance") == ["positive"], found


def test_an_agreement_that_comes_into_force_on_a_weekday_takes_the_coming_one(detector):
    text = "The air services agreement between Kazakhstan and Israel comes into force on Monday."
    found = extracted(detector, text, "en", published=PUBLISHED)
    agreements = [e["date"] for e in found if e["type"] == "agreement_signed"]
    assert agreements == ["2026-03-16"], found


def test_one_document_takes_each_stage_told_of_it_in_one_sentence(detector):
    text = ("The air services agreement with Israel, signed in 2023, was ratified by Kazakhstan's "
            "Senate on Monday.")  # fmt: skip
    found = extracted(detector, text, "en", published=PUBLISHED)
    agreements = [
        (e["date"], e["fields"]["stage"]) for e in found if e["type"] == "agreement_signed"
    ]
    assert agreements == [("2026-03-09", "ratified")], found


def test_visa_free_travel_is_dated_by_its_taking_effect_not_by_the_signing_beside_it(detector):
    text = ("The visa exemption agreement between Kazakhstan and Israel, signed in February, "
            "takes effect on Sunday.")  # fmt: skip
    found = extracted(detector, text, "en", published=PUBLISHED)
    assert [e["date"] for e in found if e["type"] == "visa_travel"] == ["2026-03-15"], found


@pytest.mark.parametrize(
    ("text", "visits"),
    [
        ("Israel's deputy foreign minister was in Astana on Tuesday for talks with Kazakh "
         "officials.", ["official_visit"]),
        ("Kazakhstan's trade minister will be in Tel Aviv next week, the ministry said.",
         ["visit_planned"]),
        ("Sa'ar said on Tuesday it was in Kazakhstan's interest to deepen ties with Israel.", []),
    ],
)  # fmt: skip
def test_being_in_a_place_of_the_other_side_is_a_visit(detector, text, visits):
    found = extracted(detector, text, "en", published=PUBLISHED)
    kinds = [e["type"] for e in found if e["type"] in ("official_visit", "visit_planned")]
    assert kinds == visits, found


@pytest.mark.parametrize(
    ("lang", "text", "wanted"),
    [
        ("he", "ראש ממשלת קזחסטן יגיע לביקור בישראל בשבוע הבא.", ("visit_planned", "2026-03")),
        ("he", "ישראל וקזחסטן חתמו אמש על הסכם לשיתוף פעולה בתחום המים.",
         ("agreement_signed", "2026-03-11")),
        ("tr", "İsrail Başbakanı Netanyahu'nun İsrail'e dönmeden önce Kazakistan'a gitmesi "
               "planlanıyor.", ("visit_planned", None)),
        ("tr", "Kazakistan Tarım Bakanı ile İsrail Büyükelçisi bir araya gelerek sulama "
               "projelerini ele aldı.", ("talks", None)),
        ("tr", "El Al, Tel Aviv ile Astana arasında haftada iki sefer yapmaya başladı.",
         ("visa_travel", None)),
        ("ar", "صادق البرلمان الكازاخستاني بالإجماع على اتفاقية الخدمات الجوية مع إسرائيل.",
         ("agreement_signed", None)),
        ("cs", "Izraelský premiér by měl Kazachstán navštívit v létě.", ("visit_planned", "2026")),
        ("cs", "Izraelský ministr zahraničí by měl do Astany přicestovat příští měsíc.",
         ("visit_planned", "2026-04")),
        ("cs", "Izraelci budou moci cestovat do Kazachstánu bez víza.", ("visa_travel", None)),
        ("cs", "Izraelský ministr zahraničí přiletěl ve středu do Kazachstánu.",
         ("official_visit", "2026-03-11")),
        ("es", "El primer ministro israelí tiene previsto viajar a Kazajistán en otoño.",
         ("visit_planned", "2026")),
        ("es", "Decenas de personas se manifestaron ante la embajada de Israel en Astaná.",
         ("tension", None)),
        ("es", "El acuerdo exime de visado a los ciudadanos de Kazajistán e Israel desde hoy.",
         ("visa_travel", "2026-03-12")),
        ("it", "Il presidente israeliano dovrebbe recarsi in Kazakistan in autunno.",
         ("visit_planned", "2026")),
        ("fr", "Le Premier ministre israélien est attendu au Kazakhstan au mois de mai.",
         ("visit_planned", "2026-05")),
        ("de", "Saar kündigte an, dass der kasachische Präsident Israel im Mai besuchen werde.",
         ("visit_planned", "2026-05")),
    ],
)  # fmt: skip
def test_trips_meetings_and_dates_as_the_press_of_each_language_writes_them(
    detector, lang, text, wanted
):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert wanted[0] in [e["type"] for e in found], found
    if wanted[1]:
        assert wanted[1] in [e["date"] for e in found if e["type"] == wanted[0]], found


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("tr", "Tokayev, İsrail'i bölgedeki en güvenilir ortaklarından biri olarak nitelendirdi.",
         "Kassym-Jomart Tokayev (President, KZ)"),
        ("ar", "وقال توكاييف إن إسرائيل شريك لكازاخستان في مجال المياه.",
         "Kassym-Jomart Tokayev (President, KZ)"),
        ("fa", "توکایف اسرائیل را شریک قابل اعتماد قزاقستان توصیف کرد.",
         "Kassym-Jomart Tokayev (President, KZ)"),
        ("cs", "Tokajev označil Izrael za spolehlivého partnera Kazachstánu.",
         "Kassym-Jomart Tokayev (President, KZ)"),
        ("he", "דוברי משרד החוץ של ישראל מסרו כי הם מעריכים את היחסים עם קזחסטן.",
         "Foreign Ministry (IL)"),
    ],
)  # fmt: skip
def test_calling_the_other_side_a_partner_is_a_statement(detector, lang, text, speaker):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert field_values(found, "statement", "speaker") == [speaker], found


def test_a_city_before_an_envoys_title_is_his_post_not_his_country(detector):
    text = "İsrail'in Astana Büyükelçisi, Kazakistan Dışişleri Bakanı ile görüştü."
    found = extracted(detector, text, "tr", published=PUBLISHED)
    assert "talks" in [e["type"] for e in found], found


@pytest.mark.parametrize(
    ("lang", "text", "role"),
    [
        ("ar", "استقبل الرئيس توكاييف وزير خارجية إسرائيل في أستانا أمس.", "Foreign Minister"),
        ("ar", "زار وزير دفاع إسرائيل كازاخستان أمس.", "Defence Minister"),
        ("es", "El viceministro de Agricultura de Kazajistán visitó Israel ayer.",
         "Agriculture Minister"),
    ],
)  # fmt: skip
def test_titles_in_the_construct_state_and_deputies_name_their_office(detector, lang, text, role):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert field_values(found, "official_visit", "visitor_role") == [role], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "وصل وزير الخارجية الإسرائيلي جدعون ساعر إلى أستانا أمس في أول زيارة لوزير "
               "خارجية إسرائيلي منذ 16 عاما."),
        ("he", "שר החוץ גדעון סער נחת אתמול באסטנה, בביקור הראשון של שר חוץ ישראלי מזה 16 שנה."),
        ("cs", "Izraelský ministr zahraničí Saar přiletěl v úterý do Astany, jde o první návštěvu "
               "po 16 letech."),
    ],
)  # fmt: skip
def test_the_first_visit_of_an_office_of_the_visitors_country_in_years(detector, lang, text):
    # The country after "visit" is the title's ("by an Israeli minister"), not where he went.
    found = extracted(detector, text, lang, published=PUBLISHED)
    visits = [e for e in found if e["type"] == "official_visit"]
    assert [(e["fields"]["host_country"], e["fields"]["first_in_years"]) for e in visits] == [
        ("KZ", 16)
    ], found


@pytest.mark.parametrize(
    ("lang", "text", "effective"),
    [
        ("it", "Dal primo luglio i cittadini kazaki potranno entrare in Israele senza visto.",
         "2026-07-01"),
        ("es", "Los israelíes podrán viajar a Kazajistán sin visado a partir del primero de "
               "agosto.", "2026-08-01"),
        ("fa", "شهروندان قزاقستان از اول ژوئیه می‌توانند بدون روادید به اسرائیل سفر کنند.",
         "2026-07-01"),
        ("ar", "سيتمكن الكازاخستانيون من دخول إسرائيل دون تأشيرة اعتبارا من الأول من يوليو.",
         "2026-07-01"),
        ("cs", "Od 1. července budou moci kazachstánští občané cestovat do Izraele bez víza.",
         "2026-07-01"),
    ],
)  # fmt: skip
def test_the_first_of_a_month_in_words_and_from_a_day_are_an_effective_date(
    detector, lang, text, effective
):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert field_values(found, "visa_travel", "effective") == [effective], found


@pytest.mark.parametrize(
    ("text", "wanted"),
    [
        ("İsrail Cumhurbaşkanı Herzog'un mayıs ayında Kazakistan'ı ziyaret etmesi bekleniyor.",
         ("visit_planned", "2026-05")),
        ("Kazakistan Dışişleri Bakanı Haziran'da İsrail'i ziyaret edecek.",
         ("visit_planned", "2026-06")),
    ],
)  # fmt: skip
def test_a_turkish_month_is_a_date_with_the_word_month_or_a_case_ending_after_it(
    detector, text, wanted
):
    found = extracted(detector, text, "tr", published=PUBLISHED)
    assert wanted in [(e["type"], e["date"]) for e in found], found


def test_a_turkish_month_name_that_is_a_common_word_is_no_date(detector):
    # "aralık" is December and "interval": alone, with no case ending, it dates nothing.
    text = "İsrail Cumhurbaşkanı Herzog belli aralık ile Kazakistan'ı ziyaret edecek."
    found = extracted(detector, text, "tr", published=PUBLISHED)
    dates = [e["date"] for e in found if e["type"] == "visit_planned"]
    assert len(dates) == 1 and not (dates[0] or "").startswith("2026-12"), found


def test_papers_signed_stand_before_the_verb_in_a_verb_final_language(detector):
    text = "Görüşmenin ardından Kazakistan ile İsrail arasında sağlık alanında iki belge imzalandı."
    found = extracted(detector, text, "tr", published=PUBLISHED)
    assert field_values(found, "agreement_signed", "stage") == ["signed"], found


@pytest.mark.parametrize(
    ("lang", "text", "wanted"),
    [
        ("es", "Air Astana retomará en abril los vuelos directos entre Almaty y Tel Aviv.",
         ("visa_travel", "2026-04")),
        ("it", "El Al riprenderà a maggio i voli diretti tra Tel Aviv e Astana.",
         ("visa_travel", "2026-05")),
        ("cs", "Izraelský prezident Herzog by měl v květnu přicestovat do Astany.",
         ("visit_planned", "2026-05")),
    ],
)  # fmt: skip
def test_a_future_tense_by_its_ending_and_a_czech_month_after_v_date_ahead(
    detector, lang, text, wanted
):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert wanted in [(e["type"], e["date"]) for e in found], found


def test_an_arabic_word_is_not_read_as_a_shorter_term_after_its_own_first_letters(detector):
    # "وبحث" is "and discussed" (بحث), not "and" + "in" + "urged" (حث): no appeal is made.
    text = "وبحث وزير الخارجية الكازاخستاني مع نظيره الإسرائيلي سبل تعزيز العلاقات الثنائية."
    found = extracted(detector, text, "ar", published=PUBLISHED)
    assert field_values(found, "statement", "speaker") == [], found


@pytest.mark.parametrize(
    ("lang", "text", "published", "wanted"),
    [
        # "накануне" is the day before; "на следующую неделю" is next week, accusative
        ("ru", "Накануне министры иностранных дел Казахстана и Израиля провели телефонный "
               "разговор.", PUBLISHED, ("talks", "2026-03-11")),
        ("ru", "Визит делегации Кнессета в Астану запланирован на следующую неделю.",
         PUBLISHED, ("visit_planned", "2026-03")),
        # "намечен": planned; "подготовка визита": a visit being prepared is ahead
        ("ru", "Визит премьер-министра Израиля в Казахстан намечен на октябрь.", PUBLISHED,
         ("visit_planned", "2026-10")),
        ("ru", "Во вторник посол Израиля встретился с министром иностранных дел Казахстана, "
               "обсудив подготовку визита Герцога в Казахстан.", PUBLISHED,
         ("visit_planned", "2026")),
        # a participle and "войти в состав" join a framework
        ("ru", "Казахстан и Израиль на этой неделе вошли в состав Совета мира.", PUBLISHED,
         ("multilateral", "2026-03")),
        ("ru", "Казахстан, вступивший в Авраамовы соглашения 6 ноября, готовит новые шаги.",
         "2025-11-10T09:00:00Z", ("multilateral", "2025-11-06")),
        # "упростил": a decision on visas
        ("ru", "Казахстан упростил визовый режим для граждан Израиля.", PUBLISHED,
         ("visa_travel", "2026-03-12")),
        # "глава израильского МИД": a title with the country's adjective inside it
        ("ru", "Глава израильского МИД в среду прибыл в Астану.", PUBLISHED,
         ("official_visit", "2026-03-11")),
        # "Посла Государства Израиль": the state's long name owns the title
        ("ru", "Министр иностранных дел Казахстана принял Посла Государства Израиль.",
         PUBLISHED, ("talks", "2026-03-12")),
        # Kazakh: "жоғары бағалады" is said; "министрлігіне шақырылды" a summons
        ("kk", "Израильдің Сыртқы істер министрі Қазақстанмен ынтымақтастықты жоғары "
               "бағалады.", PUBLISHED, ("statement", "2026-03-12")),
        ("kk", "Қазақстанның Израильдегі елшісі Израиль Сыртқы істер министрлігіне "
               "шақырылды.", PUBLISHED, ("tension", "2026-03-12")),
        # "Мемлекет басшысы", the head of state, is Kazakhstan's in Kazakh
        ("kk", "Мемлекет басшысы Израиль Премьер-министрімен телефон арқылы сөйлесті.",
         PUBLISHED, ("talks", "2026-03-12")),
    ],
)  # fmt: skip
def test_russian_and_kazakh_official_phrasings_of_each_kind(
    detector, lang, text, published, wanted
):
    found = extracted(detector, text, lang, published=published)
    assert wanted in [(e["type"], e["date"]) for e in found], found


def test_a_lone_star_in_a_pattern_stands_for_a_hyphenated_word(detector):
    # "межправительственн* * комисси*": the word between may be "казахстанско-израильской"
    text = ("Во вторник в Астане прошло заседание межправительственной казахстанско-израильской "
            "комиссии.")  # fmt: skip
    found = extracted(detector, text, "ru", published=PUBLISHED)
    assert ("economic", "2026-03-10") in [(e["type"], e["date"]) for e in found], found


def test_the_country_owning_the_visitors_title_is_not_the_destination(detector):
    text = ("Поездка Ицхака Герцога стала первой за 17 лет поездкой президента Израиля в "
            "Казахстан.")  # fmt: skip
    found = extracted(detector, text, "ru", published=PUBLISHED)
    visits = [e for e in found if e["type"] == "official_visit"]
    assert [(e["fields"]["host_country"], e["fields"]["first_in_years"]) for e in visits] == [
        ("KZ", 17)
    ], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Израиль отозвал своего посла из Астаны для консультаций."),
        ("en", "Israel recalled its ambassador from Astana for consultations."),
    ],
)  # fmt: skip
def test_an_envoy_recalled_for_consultations_is_friction_and_no_talks(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert [e["type"] for e in found] == ["tension"], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Запланированный на июнь визит министра обороны Израиля в Казахстан отложен."),
        ("en", "The Israeli defence minister's visit to Kazakhstan, planned for June, was "
               "called off."),
    ],
)  # fmt: skip
def test_a_visit_called_off_is_friction_on_the_day_not_on_the_date_it_was_planned(
    detector, lang, text
):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert [(e["type"], e["date"]) for e in found] == [("tension", "2026-03-12")], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Во время переговоров стороны обсудили возможности расширения "
               "казахстанско-израильского сотрудничества."),
        ("kk", "Келіссөздер барысында тараптар қазақстан-израиль ынтымақтастығының "
               "мүмкіндіктерін талқылады."),
        ("en", "During the talks, the sides discussed the prospects of Kazakh-Israeli "
               "cooperation."),
    ],
)  # fmt: skip
def test_a_meeting_that_frames_the_discussion_was_held(detector, lang, text):
    found = extracted(detector, text, lang, published=PUBLISHED)
    assert [e["type"] for e in found] == ["talks"], found


def test_a_later_clause_tells_a_visit_of_its_own(detector):
    # the first clause's visit (in January) is history; the second clause's is ahead
    text = ("Дипломаты подвели итоги визита Гидеона Саара в Астану в январе, а также обсудили "
            "подготовку к предстоящему визиту Президента Израиля в Казахстан.")  # fmt: skip
    found = extracted(detector, text, "ru", published="2026-02-20T09:00:00Z")
    planned = [e["fields"]["visitor"] for e in found if e["type"] == "visit_planned"]
    assert planned == ["President"], found


def test_investment_funds_signing_with_each_other_make_a_business_deal(detector):
    text = ("Фонд прямых инвестиций Казахстана и израильский венчурный фонд подписали соглашение "
            "о создании совместной платформы.")  # fmt: skip
    found = extracted(detector, text, "ru", published=PUBLISHED)
    assert [e["type"] for e in found] == ["economic"], found


def test_a_title_alone_speaks_as_the_person_named_who_holds_it(detector):
    text = ("The President of Kazakhstan sent a message to the President of Israel. Kazakh "
            "President Kassym-Jomart Tokayev on March 10 sent Israeli President Isaac Herzog a "
            "message of condolences over the attack.")  # fmt: skip
    found = extracted(detector, text, "en", published=PUBLISHED)
    speakers = [e["fields"]["speaker"] for e in found if e["type"] == "statement"]
    assert speakers == ["Kassym-Jomart Tokayev (President, KZ)"], found


def test_a_kazakh_signing_that_is_planned_is_no_agreement_signed(detector):
    # "қол қою жоспарланып отыр": the signing is planned, nothing is signed yet
    text = ("Сапар барысында Қазақстан мен Израиль арасында бірқатар құжаттарға қол қою "
            "жоспарланып отыр.")  # fmt: skip
    found = extracted(detector, text, "kk", published=PUBLISHED)
    assert "agreement_signed" not in [e["type"] for e in found], found


@pytest.mark.parametrize(
    ("lang", "text", "wrong"),
    [
        ("en", "The President of the State of Israel Reuven Rivlin spoke by phone with Kazakh "
               "President Tokayev.", "State"),
        ("en", "Dana Cohen, the director of the Israeli Energy Ministry's Fuel Authority, praised "
               "Kazakhstan's oil.", "Fuel Authority"),
        ("ru", "Председатель Комитета гражданской авиации Ержан Ахметов и посол Израиля Лиат "
               "Вексельман обсудили прямое авиасообщение между Казахстаном и Израилем.",
         "Ахметов (Ambassador"),
    ],
)  # fmt: skip
def test_no_name_is_read_into_a_title_across_words_that_are_not_a_country(
    detector, lang, text, wrong
):
    found = extracted(detector, text, lang, published="2022-04-11T12:00:00Z")
    labels = [label for event in found for label in event["actors"]]
    assert not any(wrong in label for label in labels), found


def test_a_title_before_a_surname_named_before_is_that_person(detector):
    text = ("Israeli Foreign Minister David Levy received his Kazakh counterpart in Jerusalem. "
            "Foreign Minister Levy praised the positions of Kazakhstan.")  # fmt: skip
    found = extracted(detector, text, "en", published="2000-04-03T12:00:00Z")
    assert field_values(found, "statement", "speaker") == ["David Levy (Foreign Minister, IL)"]


def test_an_arabic_signing_reaches_its_object_past_a_long_subject(detector):
    """Arabic puts the subject between the verb and its object: two ministers named in full
    before "a memorandum" still signed it; the visa requirements it lifts are a visa change."""
    found = dated_types(
        detector,
        "وقع وزير الخارجية الكازاخستاني يرميك كوشيرباييف ونظيره الإسرائيلي جدعون ساعر "
        "مذكرة يوم الثلاثاء لإلغاء متطلبات التأشيرة للمواطنين من البلدين.",
        "ar",
        PUBLISHED,
    )
    assert ("agreement_signed", "2026-03-10") in found, found
    assert ("visa_travel", "2026-03-10") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Аким Карагандинской области Ерлан Булатов встретился с послом Израиля в "
               "Казахстане Ноамом Шапиро."),
        ("kk", "Қарағанды облысының әкімі Ерлан Булатов Израильдің Қазақстандағы елшісі Ноам "
               "Шапиромен кездесті."),
        ("en", "Karaganda region akim Yerlan Bulatov met Israeli Ambassador to Kazakhstan Noam "
               "Shapiro."),
    ],
)  # fmt: skip
def test_an_akim_meeting_the_israeli_ambassador_is_talks(detector, lang, text):
    """An akim (a Kazakh region's governor) is an official: meeting the ambassador is talks,
    dated or not."""
    assert "talks" in [kind for kind, _ in dated_types(detector, text, lang, PUBLISHED)]


@pytest.mark.parametrize(
    "text",
    [
        "ראש הממשלה בנימין נתניהו שוחח ביום שלישי עם נשיא קזחסטן קאסים-ז'ומרט טוקאייב.",
        "ביום שלישי קיים ראש הממשלה בנימין נתניהו שיחה עם נשיא קזחסטן קאסים-ז'ומרט טוקאייב.",
    ],
)
def test_a_conversation_held_in_hebrew_is_a_call(detector, text):
    """Hebrew news tells a leaders' call as 'spoke with' or 'held a conversation with'."""
    found = extracted(detector, text, "he", PUBLISHED)
    assert ("2026-03-10", "call") in [(e["date"], e["fields"].get("format")) for e in found]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The congress said in a statement that its leaders urged President Kassym-Jomart "
               "Tokayev to back Israel at the United Nations."),
        ("en", "The rabbis issued a statement saying they had asked Tokayev to support Israel's "
               "bid for a seat on the Security Council."),
        ("fr", "Les rabbins ont déclaré avoir demandé à Kassym-Jomart Tokaïev de soutenir la "
               "candidature d'Israël au Conseil de sécurité."),
    ],
)  # fmt: skip
def test_whom_an_appeal_is_made_to_is_never_the_speaker(detector, lang, text):
    """The leader asked or urged to act is the appeal's object, whichever speech verb is near."""
    speakers = field_values(extracted(detector, text, lang, PUBLISHED), "statement", "speaker")
    assert not any("Tokayev" in speaker for speaker in speakers), speakers


def test_travelling_to_the_other_country_in_arabic_is_a_visit_planned_or_made(detector):
    """'سيسافر إلى' (will travel to) is a visit to come; 'توجه إلى' (headed to) one under way."""
    planned = dated_types(
        detector, "سيسافر وزير الزراعة الإسرائيلي إلى كازاخستان الأسبوع المقبل.", "ar", PUBLISHED
    )
    made = dated_types(
        detector, "توجه وزير الزراعة الإسرائيلي يوم الثلاثاء إلى كازاخستان.", "ar", PUBLISHED
    )
    assert [kind for kind, _ in planned] == ["visit_planned"], planned
    assert made == [("official_visit", "2026-03-10")], made


@pytest.mark.parametrize("verb", ["concluded", "explained", "underscored", "insisted"])
def test_more_reporting_verbs_give_a_statement(detector, verb):
    text = (
        f'"We thank Israel for its support and will deepen our cooperation," President '
        f"Kassym-Jomart Tokayev {verb}."
    )
    speakers = field_values(extracted(detector, text, "en", PUBLISHED), "statement", "speaker")
    assert speakers == ["Kassym-Jomart Tokayev (President, KZ)"], speakers


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "«Мы благодарны Израилю за поддержку и будем расширять сотрудничество», — "
               "подытожил Касым-Жомарт Токаев."),
        ("fr", "« Nous remercions Israël pour son soutien et renforcerons notre coopération », a "
               "conclu Kassym-Jomart Tokaïev."),
        ("es", "«Agradecemos a Israel su apoyo y reforzaremos nuestra cooperación», concluyó "
               "Kasym-Yomart Tokáyev."),
    ],
)  # fmt: skip
def test_a_quotation_closed_by_a_summing_up_verb_is_a_statement(detector, lang, text):
    speakers = field_values(extracted(detector, text, lang, PUBLISHED), "statement", "speaker")
    assert speakers == ["Kassym-Jomart Tokayev (President, KZ)"], speakers


@pytest.mark.parametrize(
    ("lang", "text", "economic"),
    [
        ("en", "Kazakhstan's ambassador to Israel opened a roundtable on interfaith dialogue in "
               "Jerusalem on Tuesday. The roundtable is part of the Congress of Leaders of World "
               "and Traditional Religions, an interreligious forum held in Kazakhstan every three "
               "years.", False),
        ("en", "The Kazakh minister spoke about Kazakhstan's reforms at the World Economic Forum "
               "in Davos on Tuesday.", False),
        ("en", "A Kazakhstan-Israel forum on water technology took place in Astana on Tuesday.",
         True),
        ("ru", "Во вторник в Астане прошел форум религиозных лидеров Казахстана.", False),
        ("ru", "Во вторник в Астане прошел казахстанско-израильский форум по водным технологиям.",
         True),
    ],
)  # fmt: skip
def test_a_bare_forum_is_business_only_between_the_two(detector, lang, text, economic):
    found = dated_types(detector, text, lang, PUBLISHED)
    assert (("economic", "2026-03-10") in found) is economic, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kazakhstan supplies about 20 percent of Israel's oil, the ministry said on "
               "Tuesday."),
        ("ru", "Казахстан поставляет около 20% нефти для Израиля, сообщило во вторник "
               "министерство."),
        ("it", "Circa il 20% delle forniture di petrolio a Israele provengono dal Kazakistan, ha "
               "detto martedì il ministero."),
    ],
)  # fmt: skip
def test_a_share_of_oil_supplied_is_economic(detector, lang, text):
    """Kazakhstan's oil sold to Israel, told by its share, is trade between the two."""
    assert "economic" in [kind for kind, _ in dated_types(detector, text, lang, PUBLISHED)]


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ru", "Во вторник посол Израиля Эдгар Голан заявил, что отношения с Казахстаном "
               "развиваются успешно.", "Эдгар Голан (Ambassador, IL)"),
        ("uk", "У вівторок посол Ізраїлю Михайло Бродський заявив, що відносини з Казахстаном "
               "успішно розвиваються.", "Михайло Бродський (Ambassador, IL)"),
        # An envoy's title runs on through the country he is posted to.
        ("ru", "Во вторник посол Казахстана в Израиле Сатыбалды Бурашев заявил, что отношения "
               "между странами развиваются успешно.", "Сатыбалды Бурашев (Ambassador, KZ)"),
        ("en", "On Tuesday Kazakhstan's Ambassador to Israel Satybaldy Burashev praised the "
               "relations between the two countries.", "Satybaldy Burashev (Ambassador, KZ)"),
    ],
)  # fmt: skip
def test_a_name_after_a_small_letter_title_and_its_country_is_the_speaker(
    detector, lang, text, speaker
):
    """Russian and Ukrainian write titles in small letters: 'посол Израиля Эдгар Голан' names
    the ambassador, not an unnamed 'Ambassador (IL)'."""
    found = extracted(detector, text, lang, PUBLISHED)
    assert field_values(found, "statement", "speaker") == [speaker], found


@pytest.mark.parametrize(
    ("lang", "text", "speaker"),
    [
        ("ru", "Во вторник депутат Кнессета Мария Левина заявила, что отношения с Казахстаном "
               "развиваются успешно.", "Мария Левина (Member of Parliament, IL)"),
        ("ru", "Во вторник депутат Мажилиса Асхат Нурланов заявил, что отношения с Израилем "
               "развиваются успешно.", "Асхат Нурланов (Member of Parliament, KZ)"),
    ],
)  # fmt: skip
def test_a_name_after_a_title_and_its_body_is_the_speaker(detector, lang, text, speaker):
    """'депутат Кнессета Мария Левина': the body between the title and the name says whose
    office it is, as a country would; the name is no part of the body's."""
    found = extracted(detector, text, lang, PUBLISHED)
    assert field_values(found, "statement", "speaker") == [speaker], found


def test_a_meeting_in_the_hosts_city_with_its_parliament_is_the_guests_visit(assess):
    """A Knesset member meeting the head of the Mazhilis 'в Алмате' (the city's inflected form)
    is her visit to Kazakhstan, whoever of the host's side is named only by the body."""
    found = types(
        assess,
        "Депутат Кнессета провела встречу в Мажилисе",
        "Во вторник в Алмате состоялась встреча депутата Кнессета Марии Левиной с главой нижней "
        "палаты (Мажилиса) парламента Казахстана. Стороны обсудили межпарламентское "
        "сотрудничество Казахстана и Израиля.",
        "ru",
    )
    assert ("official_visit", "2026-03-10") in found, found


@pytest.mark.parametrize(
    ("lang", "text", "guest"),
    [
        ("ru", "Во вторник министр иностранных дел Казахстана Ермек Кошербаев встретился с послом "
               "Израиля Эдгаром Голаном. Посол Израиля Эдгар Голан заявил, что Израиль ценит "
               "дружбу с Казахстаном.", "Эдгар Голан (Ambassador, IL)"),
        ("ru", "Во вторник аким Алматы принял депутата Кнессета Марию Левину. Депутат Кнессета "
               "Мария Левина заявила, что Израиль ценит дружбу с Казахстаном.",
               "Мария Левина (Member of Parliament, IL)"),
    ],
)  # fmt: skip
def test_a_russian_name_in_any_case_is_one_person_cited_in_the_nominative(
    detector, lang, text, guest
):
    """'с послом Эдгаром Голаном' and 'посол Эдгар Голан заявил' are one person, cited as the
    name is: the meeting and the statement name the same 'Эдгар Голан'."""
    found = extracted(detector, text, lang, PUBLISHED)
    actors = {a for event in found for a in event["actors"] if a.endswith(", IL)")}
    assert actors == {guest}, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("es", "El martes se produjo una llamada entre los presidentes de Kazajistán e Israel, "
               "que repasaron la cooperación bilateral."),
        ("fr", "Mardi, un appel entre les présidents du Kazakhstan et d'Israël a porté sur la "
               "coopération bilatérale."),
        ("it", "Martedì una chiamata tra i presidenti del Kazakistan e di Israele si è concentrata "
               "sulla cooperazione bilaterale."),
    ],
)  # fmt: skip
def test_a_call_between_the_two_is_talks_by_phone(assess, lang, text):
    """'a call between the presidents' (English 'call between') is a call, not an appeal."""
    found = types(assess, "", text, lang)
    assert ("talks", "2026-03-10") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Israeli Ambassador Michael Brodsky spoke about the relations between Israel and "
               "Kazakhstan. Prime Minister Benjamin Netanyahu visited Kazakhstan in December 2016. "
               "It was the first official visit of an Israeli prime minister to Kazakhstan, "
               "Brodsky said."),
        ("ru", "Посол Израиля Михаэль Бродский рассказал об отношениях Израиля и Казахстана. "
               "Премьер-министр Израиля Биньямин Нетаньяху посетил Казахстан в декабре 2016 года. "
               "Это был первый официальный визит израильского премьер-министра в Казахстан, "
               "отметил Бродский."),
    ],
)  # fmt: skip
def test_an_old_visit_told_again_without_its_date_is_still_history(detector, lang, text):
    """ "It was the first visit of an Israeli prime minister" after "Netanyahu visited in December
    2016" is that visit again, not a visit on the day the interview appeared."""
    found = dated_types(detector, text, lang, "2017-03-20T09:00:00Z")
    assert not [date for kind, date in found if kind == "official_visit"], found


def test_a_new_visit_by_a_holder_of_the_same_title_is_news(detector):
    found = dated_types(
        detector,
        "Prime Minister Benjamin Netanyahu visited Kazakhstan in December 2016. On Tuesday "
        "Israeli Prime Minister Naftali Bennett arrived in Astana on an official visit to "
        "Kazakhstan.",
        "en",
        "2017-03-20T09:00:00Z",
    )
    assert ("official_visit", "2017-03-14") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Посол Израиля рассказал об отношениях Израиля и Казахстана. В Казахстан приезжал "
               "президент Израиля Шимон Перес во главе большой делегации, это был важный визит."),
        ("uk", "Посол Ізраїлю розповів про відносини Ізраїлю та Казахстану. До Казахстану "
               "приїжджав президент Ізраїлю Шимон Перес на чолі великої делегації, це був важливий "
               "візит."),
    ],
)  # fmt: skip
def test_an_imperfective_visit_without_a_date_is_history(detector, lang, text):
    """'приезжал', 'бывал' (came, was there, at some time): history told in passing, no visit
    on the day of the interview."""
    found = dated_types(detector, text, lang, "2017-03-20T09:00:00Z")
    assert not [date for kind, date in found if kind == "official_visit"], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("kk", "Мемлекет басшысы Ақордада Израиль Сыртқы істер министрі Гидеон Саарды қабылдады."),
        (
            "tr",
            "Cumhurbaşkanı Tokayev, İsrail Dışişleri Bakanı Gideon Saar'ı Akorda'da kabul etti.",
        ),
        (
            "de",
            "Präsident Tokajew empfing am Montag in der Akorda den israelischen Außenminister "
            "Gideon Saar.",
        ),
        (
            "es",
            "El presidente Tokáyev recibió el lunes en el Akorda al canciller israelí Gideon Saar.",
        ),
        (
            "fr",
            "Le président Tokaïev a reçu lundi à l'Akorda le ministre israélien des Affaires "
            "étrangères Gideon Saar.",
        ),
    ],
)
def test_a_seat_in_the_locative_case_places_the_meeting(detector, lang, text):
    """ "Ақордада", "Akorda'da", "in der Akorda", "à l'Akorda" (in Akorda), as "received in
    Akorda": the guest's visit."""
    events = extracted(detector, text, lang, "2026-03-12T09:00:00Z")
    assert field_values(events, "official_visit", "visitor") == ["Gideon Sa'ar"], events


def test_a_seat_in_the_nominative_is_a_source_not_a_place(detector):
    """ "Ақорда хабарлауынша" (Akorda reports): no meeting in Akorda, so a call stays a call."""
    text = (
        "Ақорда хабарлауынша, Мемлекет басшысы Израиль Сыртқы істер министрі Гидеон Саармен "
        "телефон арқылы сөйлесті."
    )
    events = extracted(detector, text, "kk", "2026-03-12T09:00:00Z")
    assert [e["type"] for e in events] == ["talks"], events


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "President Tokayev received Israeli Foreign Minister Gideon Sa'ar on Monday."),
        ("ru", "Токаев в понедельник принял министра иностранных дел Израиля Гидеона Саара."),
        ("ar", "استقبل الرئيس توكاييف يوم الاثنين وزير الخارجية الإسرائيلي جدعون ساعر."),
        ("he", "נשיא קזחסטן טוקאייב קיבל ביום שני את שר החוץ גדעון סער."),
    ],
)
def test_a_head_of_state_receiving_a_guest_is_the_guest_s_visit(detector, lang, text):
    """A president or prime minister receives at home: no place needs naming."""
    events = extracted(detector, text, lang, "2026-03-12T09:00:00Z")
    assert field_values(events, "official_visit", "visitor") == ["Gideon Sa'ar"], events
    assert field_values(events, "official_visit", "host_country") == ["KZ"]


def test_an_envoy_received_by_a_head_of_state_is_no_visit(detector):
    """The ambassador lives where he is received."""
    text = "President Tokayev received the Israeli Ambassador Edgar Golan on Monday."
    events = extracted(detector, text, "en", "2026-03-12T09:00:00Z")
    assert [e["type"] for e in events] == ["talks"], events


@pytest.mark.parametrize(
    ("lang", "text", "talks"),
    [
        ("ru", "Депутаты Мажилиса в среду приняли закон о ратификации соглашения между "
               "правительствами Казахстана и Израиля о безвизовом режиме.", False),
        ("kk", "Мәжіліс сәрсенбі күні Қазақстан мен Израиль үкіметтері арасындағы визасыз режим "
               "туралы келісімді ратификациялау туралы заңды қабылдады.", False),
        ("tr", "Kazakistan Meclisi çarşamba günü İsrail ile vize muafiyeti anlaşmasının "
               "onaylanmasına ilişkin kanunu kabul etti.", False),
        ("kk", "Сәрсенбі күні Қазақстан Президенті Израиль Сыртқы істер министрін қабылдады.",
         True),
    ],
)  # fmt: skip
def test_a_body_adopting_a_law_is_no_meeting(detector, lang, text, talks):
    # "принял", "қабылдады", "kabul etti" also mean "received (a guest)"; a law beside it is adopted
    found = extracted(detector, text, lang, published=PUBLISHED)
    met = [e for e in found if e["type"] in ("talks", "official_visit")]
    assert bool(met) is talks, found


SIGNING_TO_COME = [
    ("en", "Water cooperation between Kazakhstan and Israel",
     "The signing of the water agreement between Kazakhstan and Israel is expected next month."),
    ("en", "Water cooperation between Kazakhstan and Israel",
     "The signing ceremony of the water agreement between Kazakhstan and Israel will take place "
     "in April."),
    ("en", "Kazakhstan and Israel to sign water agreement",
     "Kazakhstan and Israel will sign a water agreement in April."),
    ("ru", "Казахстан и Израиль подпишут соглашение",
     "Подписание соглашения о водных ресурсах между Казахстаном и Израилем ожидается в следующем "
     "месяце."),
    ("ru", "Казахстан и Израиль подпишут соглашение",
     "Церемония подписания соглашения о водных ресурсах между Казахстаном и Израилем пройдет в "
     "апреле."),
    ("kk", "Қазақстан мен Израиль келісімге қол қояды",
     "Қазақстан мен Израиль арасындағы су ресурстары туралы келісімге қол қою рәсімі сәуір айында "
     "өтеді."),
    ("ar", "كازاخستان وإسرائيل توقعان اتفاقية المياه",
     "قال وزير الخارجية الكازاخستاني يرمك كوشيرباييف يوم الثلاثاء إن بلاده وإسرائيل اتفقتا على "
     "تعميق التعاون في مجال المياه. وأضاف أن حفل التوقيع سيجعل الاتفاق رسميا قريبا."),
    ("de", "Kasachstan und Israel wollen Wasserabkommen unterzeichnen",
     "Die Unterzeichnung des Wasserabkommens zwischen Kasachstan und Israel ist für April "
     "geplant."),
    ("fr", "Le Kazakhstan et Israël signeront un accord",
     "La signature de l'accord sur l'eau entre le Kazakhstan et Israël aura lieu en avril."),
    ("tr", "Kazakistan ve İsrail anlaşma imzalayacak",
     "Kazakistan ile İsrail arasındaki su anlaşmasının imza töreni nisan ayında yapılacak."),
    ("he", "קזחסטן וישראל יחתמו על הסכם",
     "טקס החתימה על הסכם המים בין קזחסטן לישראל יתקיים באפריל."),
    ("es", "Kazajistán e Israel firmarán un acuerdo",
     "La firma del acuerdo sobre el agua entre Kazajistán e Israel tendrá lugar en abril."),
    # German: the promise's verb before a comma, the signing in its infinitive clause
    ("de", "Kasachstan und Israel vor Unterzeichnung",
     "Der israelische Außenminister versprach am Dienstag, bald eine offizielle "
     "Unterzeichnungszeremonie für das Abkommen mit Kasachstan bekanntzugeben."),
]  # fmt: skip

SIGNED_WITH_A_FUTURE_AFTER = [
    ("en", "Kazakhstan and Israel sign water agreement",
     "Kazakhstan and Israel signed a water agreement on Tuesday that will take effect in April."),
    ("en", "Kazakhstan and Israel sign water agreement",
     "The signing of the water agreement took place in Astana on Tuesday, and more documents are "
     "expected next month."),
    ("ru", "Казахстан и Израиль подписали соглашение",
     "Казахстан и Израиль во вторник подписали соглашение о водных ресурсах, которое вступит в "
     "силу в апреле."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), SIGNING_TO_COME)
def test_a_signing_named_as_a_noun_and_told_in_the_future_is_to_come(assess, lang, title, text):
    assert not _has(types(assess, title, text, lang), "agreement_signed")


@pytest.mark.parametrize(("lang", "title", "text"), SIGNED_WITH_A_FUTURE_AFTER)
def test_a_signing_done_stays_signed_whatever_future_follows(assess, lang, title, text):
    assert _has(types(assess, title, text, lang), "agreement_signed")


DATED_BEFORE_A_CLAUSE_THAT_LOOKS_AHEAD = [
    ("en", "Kazakhstan and Israel sign water agreement",
     "Kazakhstan and Israel signed a water agreement on Tuesday that will take effect in April."),
    ("en", "Kazakhstan and Israel sign water memorandum",
     "Kazakhstan and Israel signed a water memorandum on Tuesday that will open the way to joint "
     "projects."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), DATED_BEFORE_A_CLAUSE_THAT_LOOKS_AHEAD)
def test_a_day_ending_its_clause_is_not_fronted_onto_the_next_one(assess, lang, title, text):
    """Only a day set off by punctuation ("On Tuesday, the minister will visit") dates the
    clause after it; "signed on Tuesday that will ..." was signed on Tuesday."""
    assert types(assess, title, text, lang) == [("agreement_signed", "2026-03-10")]


CALLS_WITH_A_WORD_BETWEEN = [
    ("fr", "Le Kazakhstan rejoint les accords d'Abraham",
     "Le Kazakhstan a rejoint les accords d'Abraham à la suite d'un appel trilatéral entre le "
     "président Donald Trump, le Premier ministre israélien Benjamin Netanyahou et le président "
     "kazakh Kassym-Jomart Tokaïev, a annoncé mardi Donald Trump."),
    ("es", "Tokáyev y Netanyahu conversan",
     "El presidente kazajo Kassym-Jomart Tokáyev mantuvo el martes una llamada trilateral con el "
     "primer ministro israelí Benjamín Netanyahu y el presidente Donald Trump."),
    ("it", "Tokayev e Netanyahu al telefono",
     "Il presidente kazako Kassym-Jomart Tokayev ha avuto martedì una chiamata trilaterale con il "
     "primo ministro israeliano Benjamin Netanyahu e il presidente Donald Trump."),
    ("ar", "اتصال بين رئيس كازاخستان ورئيس وزراء إسرائيل",
     "أجرى الرئيس الكازاخستاني قاسم جومارت توكاييف يوم الثلاثاء اتصالا مع رئيس الوزراء "
     "الإسرائيلي بنيامين نتنياهو."),
    ("ar", "رئيس كازاخستان ورئيس وزراء إسرائيل يبحثان التعاون",
     "أجرى الرئيس الكازاخستاني قاسم جومارت توكاييف اتصالا مع رئيس الوزراء الإسرائيلي بنيامين "
     "نتنياهو يوم الثلاثاء بحثا خلاله التعاون الثنائي."),
    ("ar", "ترامب يعلن انضمام كازاخستان",
     "وكتب ترامب يوم الثلاثاء: \"لقد أجريت للتو اتصالا رائعا بين رئيس الوزراء الإسرائيلي بنيامين "
     "نتنياهو ورئيس كازاخستان قاسم جومارت توكاييف\"."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), CALLS_WITH_A_WORD_BETWEEN)
def test_a_call_with_a_word_between_it_and_its_parties_is_talks(assess, lang, title, text):
    """ "un appel trilatéral entre", "una llamada trilateral con", Arabic "اتصالا مع" (the call
    as the object of "held", whose subject stands between in verb-first order)."""
    assert ("talks", "2026-03-10") in types(assess, title, text, lang)


JOINING_A_FRAMEWORK_SIGNED_LONG_AGO = [
    ("en", "Kazakhstan to join Abraham Accords",
     "US President Donald Trump announced on Thursday that Kazakhstan will join the Abraham "
     "Accords, signed in 2020, which normalised relations between Israel and several Arab "
     "states."),
    ("es", "Kazajistán se unirá a los Acuerdos de Abraham",
     "El presidente de Estados Unidos, Donald Trump, anunció este jueves que el Gobierno de "
     "Kazajistán se unirá a los Acuerdos de Abraham, firmados en 2020 y que supusieron la "
     "normalización de relaciones entre Israel y varios países."),
    ("fr", "Le Kazakhstan rejoindra les accords d'Abraham",
     "Le président américain Donald Trump a annoncé jeudi que le Kazakhstan rejoindra les accords "
     "d'Abraham, signés en 2020 et qui ont normalisé les relations entre Israël et plusieurs pays "
     "arabes."),
    ("it", "Il Kazakistan aderirà agli Accordi di Abramo",
     "Il presidente Donald Trump ha annunciato giovedì che il Kazakistan aderirà agli Accordi di "
     "Abramo, firmati nel 2020, che hanno normalizzato i rapporti tra Israele e diversi paesi "
     "arabi."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), JOINING_A_FRAMEWORK_SIGNED_LONG_AGO)
def test_joining_is_not_dated_by_the_frameworks_own_signing(assess, lang, title, text):
    """Reported on the day itself (a Thursday), the joining is that day's, not 2020's: the
    year stands in a clause of its own, beside the framework's signing."""
    result = assess(title, text, published="2025-11-06T20:00:00Z", lang=lang)
    found = [(e["type"], e["date"]) for e in result["events"]]
    assert ("multilateral", "2025-11-06") in found
    assert ("multilateral", "2020") not in found


CONDEMNING_AN_EVIL_IN_A_MESSAGE = [
    ("en", "Tokayev writes to Herzog",
     "Kazakh President Kassym-Jomart Tokayev sent a message to Israeli President Isaac Herzog "
     "on Tuesday. Kazakhstan condemns antisemitism and all forms of hatred, he wrote."),
    ("ru", "Токаев направил послание Герцогу",
     "Президент Казахстана Касым-Жомарт Токаев во вторник направил послание президенту Израиля "
     "Ицхаку Герцогу. Казахстан решительно осуждает антисемитизм и любые проявления ненависти, "
     "говорится в послании."),
    ("kk", "Тоқаев Герцогқа жеделхат жолдады",
     "Қазақстан Президенті Қасым-Жомарт Тоқаев сейсенбі күні Израиль Президенті Ицхак Герцогқа "
     "жеделхат жолдады. Қазақстан антисемитизм мен өшпенділіктің кез келген көрінісін "
     "айыптайды, делінген жеделхатта."),
    ("ar", "توكاييف يبعث رسالة إلى هرتسوغ",
     "بعث الرئيس الكازاخستاني قاسم جومارت توكاييف يوم الثلاثاء رسالة إلى الرئيس الإسرائيلي "
     "إسحاق هرتسوغ. وجاء في الرسالة أن كازاخستان تدين معاداة السامية وكل أشكال الكراهية."),
    ("he", "טוקאייב שלח מכתב להרצוג",
     "נשיא קזחסטן קאסים-ז'ומרט טוקאייב שלח ביום שלישי מכתב לנשיא ישראל יצחק הרצוג. קזחסטן מגנה "
     "את האנטישמיות ואת כל צורות השנאה, נכתב במכתב."),
    ("tr", "Tokayev Herzog'a mesaj gönderdi",
     "Kazakistan Cumhurbaşkanı Kasım Cömert Tokayev salı günü İsrail Cumhurbaşkanı İsaac "
     "Herzog'a bir mesaj gönderdi. Mesajda Kazakistan'ın antisemitizmi ve her türlü nefreti "
     "kınadığı belirtildi."),
    ("de", "Tokajew schreibt an Herzog",
     "Der kasachische Präsident Kassym-Schomart Tokajew hat am Dienstag dem israelischen "
     "Präsidenten Isaac Herzog eine Botschaft geschickt. Kasachstan verurteilt Antisemitismus "
     "und jede Form von Hass, heißt es darin."),
    ("fr", "Tokaïev écrit à Herzog",
     "Le président kazakh Kassym-Jomart Tokaïev a adressé mardi un message au président "
     "israélien Isaac Herzog. Le Kazakhstan condamne l'antisémitisme et toute forme de haine, "
     "écrit-il."),
    ("es", "Tokáyev escribe a Herzog",
     "El presidente kazajo Kassym-Jomart Tokáyev envió el martes un mensaje al presidente "
     "israelí Isaac Herzog. Kazajistán condena el antisemitismo y toda forma de odio, escribió."),
]  # fmt: skip

CONDEMNING_A_SIDE = [
    ("en", "Kazakhstan condemns Israeli strikes",
     "Kazakhstan's Foreign Ministry on Tuesday condemned the Israeli strikes and called for "
     "restraint."),
    ("ru", "Израиль осудил Казахстан",
     'МИД Израиля во вторник осудил решение Казахстана поддержать резолюцию.'),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), CONDEMNING_AN_EVIL_IN_A_MESSAGE)
def test_condemning_hatred_in_a_message_to_the_other_side_is_a_statement(assess, lang, title, text):
    """ "Kazakhstan condemns antisemitism and all forms of hatred", written to Israel's president:
    a stance aimed at no side, no friction (Kazakh names the evil before the verb)."""
    found = types(assess, title, text, lang)
    assert ("statement", "2026-03-10") in found
    assert not _has(found, "tension")


@pytest.mark.parametrize(("lang", "title", "text"), CONDEMNING_A_SIDE)
def test_condemning_the_other_sides_step_stays_friction(assess, lang, title, text):
    assert ("tension", "2026-03-10") in types(assess, title, text, lang)


PLAN_AFTER_A_VISIT = [
    ("en", "Kazakhstan and Israel",
     "Kazakhstan plans to expand trade with Israel after the visit of Israeli President Shimon "
     "Peres."),
    ("ru", "Казахстан и Израиль",
     "Казахстан планирует расширить торговлю с Израилем после визита президента Израиля Шимона "
     "Переса."),
    ("uk", "Казахстан та Ізраїль",
     "Казахстан планує розширити торгівлю з Ізраїлем після візиту президента Ізраїлю Шимона "
     "Переса."),
    ("es", "Kazajistán e Israel",
     "Kazajistán prevé ampliar el comercio con Israel después de la visita del presidente "
     "israelí Shimon Peres."),
]  # fmt: skip

PLAN_AFTER_AN_UPCOMING_VISIT = [
    ("en", "Kazakhstan and Israel",
     "Kazakhstan plans to expand trade with Israel after the upcoming visit of Israeli President "
     "Shimon Peres next month."),
    ("ru", "Казахстан и Израиль",
     "Казахстан планирует расширить торговлю с Израилем после предстоящего визита президента "
     "Израиля Шимона Переса в следующем месяце."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), PLAN_AFTER_A_VISIT)
def test_a_plan_after_a_visit_is_no_plan_of_the_visit(assess, lang, title, text):
    """ "plans to expand trade after the visit of X": the visit names a time; the plan is
    the trade's."""
    assert not _has(types(assess, title, text, lang), "visit_planned")


@pytest.mark.parametrize(("lang", "title", "text"), PLAN_AFTER_AN_UPCOMING_VISIT)
def test_a_plan_after_an_upcoming_visit_keeps_the_visit_planned(assess, lang, title, text):
    assert ("visit_planned", "2026-04") in types(assess, title, text, lang)


A_THIRD_PARTYS_MEETING = [
    ("en", "Kazakhstan joins the Abraham Accords",
     "During a meeting with Central Asian leaders at the White House on Tuesday, President Trump "
     "confirmed that Kazakhstan has become the first country to join the Abraham Accords in his "
     "second term."),
    ("ru", "Казахстан присоединился к Соглашениям Авраама",
     "В ходе встречи с лидерами стран Центральной Азии в Белом доме во вторник Трамп подтвердил, "
     "что Казахстан присоединился к Соглашениям Авраама."),
]  # fmt: skip

TALKS_A_THIRD_PARTY_TELLS = [
    ("en", "Tokayev and Netanyahu speak by phone",
     "President Trump said on Tuesday that Kazakh President Kassym-Jomart Tokayev and Israeli "
     "Prime Minister Benjamin Netanyahu had held a phone call."),
    ("en", "Kazakh and Israeli ministers meet",
     "Kazakh Foreign Minister Yermek Kosherbayev met Israeli Foreign Minister Gideon Sa'ar in "
     "Washington on Tuesday, with President Donald Trump present."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), A_THIRD_PARTYS_MEETING)
def test_a_meeting_whose_only_named_person_is_a_third_countrys_is_no_talks(
    assess, lang, title, text
):
    """Trump's meeting with Central Asian leaders, at which he confirmed the accession: no
    person of either side takes part."""
    assert not _has(types(assess, title, text, lang), "talks")


@pytest.mark.parametrize(("lang", "title", "text"), TALKS_A_THIRD_PARTY_TELLS)
def test_talks_of_the_two_sides_told_by_a_third_party_stay_talks(assess, lang, title, text):
    assert ("talks", "2026-03-10") in types(assess, title, text, lang)


CREDENTIALS_PRESENTED = [
    ("de", "Neuer kasachischer Botschafter in Israel",
     "Präsident Isaac Herzog nahm am Dienstag das Beglaubigungsschreiben des kasachischen "
     "Botschafters Doulat Yemberdiyev entgegen."),
    ("fr", "Nouvel ambassadeur du Kazakhstan en Israël",
     "L'ambassadeur du Kazakhstan Doulat Yemberdiyev a présenté mardi ses lettres de créance "
     "au président israélien Isaac Herzog."),
    ("es", "Nuevo embajador de Kazajistán en Israel",
     "El embajador de Kazajistán, Doulat Yemberdiyev, presentó el martes sus cartas "
     "credenciales al presidente israelí Isaac Herzog."),
    ("it", "Nuovo ambasciatore del Kazakistan in Israele",
     "L'ambasciatore del Kazakistan Doulat Yemberdiyev ha presentato martedì le lettere "
     "credenziali al presidente israeliano Isaac Herzog."),
    ("tr", "Kazakistan'ın yeni İsrail büyükelçisi",
     "Kazakistan Büyükelçisi Doulat Yemberdiyev salı günü güven mektubunu İsrail "
     "Cumhurbaşkanı Isaac Herzog'a sundu."),
    ("ar", "سفير كازاخستان الجديد لدى إسرائيل",
     "قدم سفير كازاخستان دولت يمبردييف يوم الثلاثاء أوراق اعتماده إلى الرئيس الإسرائيلي "
     "إسحاق هرتسوغ."),
    ("he", "שגריר קזחסטן החדש בישראל",
     "שגריר קזחסטן דאולט ימברדייב הגיש ביום שלישי את כתב האמנה לנשיא ישראל יצחק הרצוג."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), CREDENTIALS_PRESENTED)
def test_credentials_presented_to_the_other_sides_head_of_state_are_a_meeting(
    assess, lang, title, text
):
    """An ambassador received by the president to present credentials, as English and Russian
    already read it ("credentials", "верительные грамоты")."""
    assert ("talks", "2026-03-10") in types(assess, title, text, lang)


VISITED_AT_THE_INVITATION = [
    ("en", "Sa'ar in Astana",
     "Israeli Foreign Minister Gideon Sa'ar visited Astana on Tuesday at the invitation of "
     "Kazakh Foreign Minister Yermek Kosherbayev."),
    ("ru", "Саар в Астане",
     "Министр иностранных дел Израиля Гидеон Саар во вторник посетил Астану по приглашению "
     "министра иностранных дел Казахстана Ермека Кошербаева."),
    ("kk", "Саар Астанада",
     "Израиль СІМ басшысы Гидеон Саар Қазақстан СІМ басшысы Ермек Көшербаевтың шақыруымен "
     "сейсенбі күні Астанаға келді."),
    ("de", "Saar in Astana",
     "Der israelische Außenminister Gideon Saar besuchte am Dienstag auf Einladung seines "
     "kasachischen Amtskollegen Jermek Koscherbajew Astana."),
    ("fr", "Saar à Astana",
     "Le ministre israélien Gideon Saar a visité Astana mardi à l'invitation de son "
     "homologue kazakh Yermek Kosherbayev."),
    ("es", "Saar en Astaná",
     "El canciller israelí Gideon Saar visitó Astaná el martes por invitación de su homólogo "
     "kazajo Yermek Kosherbáyev."),
    ("it", "Saar ad Astana",
     "Il ministro degli Esteri israeliano Gideon Saar ha visitato Astana martedì su invito "
     "del suo omologo kazako Yermek Kosherbayev."),
    ("tr", "Saar Astana'da",
     "İsrail Dışişleri Bakanı Gideon Saar, Kazak mevkidaşı Yermek Koşerbayev'in davetlisi "
     "olarak salı günü Astana'yı ziyaret etti."),
    ("he", "סער באסטנה",
     "שר החוץ גדעון סער ביקר ביום שלישי באסטנה בהזמנת עמיתו הקזחי ירמק קושרבאייב."),
]  # fmt: skip

INVITED_TO_VISIT = [
    ("en", "Israeli minister to visit Kazakhstan",
     "Israeli Foreign Minister Gideon Sa'ar will visit Astana next week at the invitation of "
     "Kazakh Foreign Minister Yermek Kosherbayev."),
    ("en", "Kazakhstan invites Israeli minister",
     "Kazakh Foreign Minister Yermek Kosherbayev on Tuesday invited Israeli Foreign Minister "
     "Gideon Sa'ar to visit Kazakhstan."),
    ("ru", "Казахстан пригласил главу МИД Израиля",
     "Министр иностранных дел Казахстана Ермек Кошербаев во вторник пригласил министра "
     "иностранных дел Израиля Гидеона Саара посетить Казахстан."),
    ("de", "Kasachstan lädt israelischen Außenminister ein",
     "Der kasachische Außenminister Jermek Koscherbajew hat den israelischen Außenminister "
     "Gideon Saar am Dienstag zu einem Besuch in Kasachstan eingeladen."),
    # Kazakh "баруға / келуге шақырды" ("invited to go / to come") names no visit word
    ("kk", "Нетаньяху Тоқаевты Израильге шақырды",
     "Израиль Премьер-министрі Биньямин Нетаньяху сейсенбі күні Қазақстан Президенті "
     "Қасым-Жомарт Тоқаевты Израильге баруға шақырды."),
    ("kk", "Тоқаев Герцогты Қазақстанға шақырды",
     "Қазақстан Президенті Қасым-Жомарт Тоқаев Израиль Президенті Ицхак Герцогты Қазақстанға "
     "келуге шақырды."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), VISITED_AT_THE_INVITATION)
def test_a_visit_made_at_someones_invitation_is_held(assess, lang, title, text):
    """ "visited Astana at the invitation of his counterpart", "по приглашению", "auf
    Einladung", "davetlisi olarak": the phrase names the host and gives the visit no tense."""
    found = types(assess, title, text, lang)
    assert ("official_visit", "2026-03-10") in found
    assert not _has(found, "visit_planned")


@pytest.mark.parametrize(("lang", "title", "text"), INVITED_TO_VISIT)
def test_an_invitation_to_visit_or_a_visit_to_come_stays_planned(assess, lang, title, text):
    assert _has(types(assess, title, text, lang), "visit_planned")


# An invitation told with a verb the language also uses for appeals (Italian "invitare",
# Arabic "دعا ... إلى"), or split around its object (German "lud ... ein"): planned, neither a
# visit made nor an appeal to the other side.
INVITED_AFTER_A_CALL = [
    ("de", "Saar und Koscherbajew telefonieren",
     "Israels Außenminister Gideon Saar telefonierte am Dienstag mit dem kasachischen "
     "Außenminister Jermek Koscherbajew. Saar lud seinen kasachischen Amtskollegen zu einem "
     "Besuch in Israel ein."),
    ("it", "Sa'ar e Kosherbayev al telefono",
     "Il ministro degli Esteri israeliano Gideon Sa'ar ha parlato martedì al telefono con il "
     "ministro degli Esteri kazako Yermek Kosherbayev. Sa'ar ha invitato il suo omologo kazako "
     "a visitare Israele."),
    ("ar", "ساعر وكوشيرباييف يتحادثان هاتفيا",
     "أجرى وزير الخارجية الإسرائيلي جدعون ساعر يوم الثلاثاء اتصالا هاتفيا مع وزير الخارجية "
     "الكازاخستاني يرمك كوشيرباييف. ودعا ساعر نظيره الكازاخستاني إلى زيارة إسرائيل."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), INVITED_AFTER_A_CALL)
def test_an_invitation_after_a_call_is_a_planned_visit_and_no_appeal(assess, lang, title, text):
    found = types(assess, title, text, lang)
    assert sorted(kind for kind, _ in found) == ["talks", "visit_planned"], lang


# Who joins: the country named before a join verb in its clause; for a noun ("the accession
# of Kazakhstan", "о присоединении Казахстана") Kazakhstan named anywhere in its clause.
A_THIRD_COUNTRY_JOINS = [
    ("en", "Azerbaijan is considering joining the Abraham Accords with Israel, Kazakh media "
           "reported on Tuesday."),
    ("ru", "Азербайджан рассматривает возможность присоединиться к Соглашениям Авраама с "
           "Израилем, сообщили во вторник казахстанские СМИ."),
]  # fmt: skip
KAZAKHSTAN_JOINS = [
    ("en", "Kazakhstan and Azerbaijan could join the Abraham Accords with Israel, officials said "
           "on Tuesday."),
    ("ru", "Президент США Дональд Трамп во вторник сообщил о присоединении Казахстана к "
           "Соглашениям Авраама с Израилем."),
    ("en", "US President Donald Trump on Tuesday announced the accession of Kazakhstan to the "
           "Abraham Accords with Israel."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), A_THIRD_COUNTRY_JOINS)
def test_a_third_country_joining_the_accords_is_no_step_of_kazakhstan(detector, lang, text):
    assert not [e for e in extracted(detector, text, lang) if e["type"] == "multilateral"]


@pytest.mark.parametrize(("lang", "text"), KAZAKHSTAN_JOINS)
def test_kazakhstan_named_as_the_joiner_joins(detector, lang, text):
    assert [e["type"] for e in extracted(detector, text, lang)] == ["multilateral"]


WORDS_TOLD_BEHIND_A_KNOWN_STEP = [
    ("en", "Kazakhstan joins the Abraham Accords",
     "US President Donald Trump announced that Kazakhstan has joined the Abraham Accords. He "
     "made the announcement after a joint phone call with Israeli Prime Minister Benjamin "
     "Netanyahu and President Kassym-Jomart Tokayev. A signing ceremony will follow soon. The "
     "accords were first signed in 2020 by the United Arab Emirates and Bahrain.\n"
     "Tokayev's press service, for its part, stressed that the decision does not affect "
     "Kazakhstan's commitments in its relations with Israel or with any other state."),
    ("it", "Il Kazakistan aderisce agli Accordi di Abramo",
     "Il presidente degli Stati Uniti Donald Trump ha annunciato che il Kazakistan ha aderito "
     "agli Accordi di Abramo. Lo ha fatto dopo una telefonata congiunta con il primo ministro "
     "israeliano Benjamin Netanyahu e il presidente Kassym-Jomart Tokayev. Una cerimonia di firma "
     "seguirà presto. Gli accordi furono firmati nel 2020 dagli Emirati Arabi Uniti e dal "
     "Bahrein.\n"
     "L'ufficio stampa di Tokayev, a sua volta, ha sottolineato che la decisione non influisce "
     "sugli impegni del Kazakistan nelle relazioni con Israele o con qualsiasi altro Stato."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), WORDS_TOLD_BEHIND_A_KNOWN_STEP)
def test_words_told_after_the_lead_with_no_day_are_dated_with_the_step(assess, lang, title, text):
    """An article of the day after a known step (Kazakhstan's accession): words it tells after
    its lead, with no day named anywhere near them, were said with the step."""
    result = assess(title, text, published="2025-11-07T06:00:00Z", lang=lang)
    said = [e["date"] for e in result["events"] if e["type"] == "statement"]
    assert said == ["2025-11-06"], result["events"]


def test_words_the_article_leads_with_are_of_its_day(assess):
    """The Foreign Ministry's statement the article reports first is its news, of its day."""
    result = assess(
        "Kazakh Foreign Ministry statement on the Abraham Accords",
        "The Kazakh Foreign Ministry said the decision to join the Abraham Accords was taken "
        "solely in Kazakhstan's interests and fits its balanced foreign policy toward Israel.",
        published="2025-11-07T06:00:00Z",
    )
    said = [e["date"] for e in result["events"] if e["type"] == "statement"]
    assert said == ["2025-11-07"], result["events"]


def test_initial_as_an_adjective_signs_nothing(assess):
    """ "Trump's initial presidency": "initial" is no verb of initialling an agreement."""
    result = assess(
        "Kazakhstan joins the Abraham Accords",
        "Kazakhstan has officially joined the Abraham Accords with Israel. These agreements "
        "represent one of the key foreign policy achievements of Trump's initial presidency.",
        published="2025-11-07T06:00:00Z",
    )
    assert [e["type"] for e in result["events"]] == ["multilateral"], result["events"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kazakhstan and Israel have signed several bilateral agreements."),
        ("en", "Kazakhstan and Israel have signed a number of agreements on trade and water."),
        ("ru", "Между Казахстаном и Израилем подписано более 40 соглашений."),
        ("id", "Kazakhstan dan Israel telah menandatangani beberapa perjanjian bilateral."),
    ],
)
def test_agreements_summed_up_with_no_date_are_history(detector, lang, text):
    """ "have signed several agreements", "подписано более 40 соглашений": the ties' history
    summed up, no signing of the day."""
    assert "agreement_signed" not in [kind for kind, _ in dated_types(detector, text, lang)]


def test_agreements_signed_on_a_day_stay_a_signing(detector):
    text = "Kazakhstan and Israel signed a number of agreements on trade and water on Tuesday."
    assert ("agreement_signed", "2026-03-10") in dated_types(detector, text, "en")
