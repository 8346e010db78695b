"""People the vocabulary does not list: the sentence says whose side they are on. Names here are
invented, so only the wording can place them."""

from __future__ import annotations

import pytest

from tests.detect.helpers import extracted, field_values

PUBLISHED = "2026-03-12T09:00:00Z"


def test_ministers_named_of_their_countries(detector) -> None:
    events = extracted(
        detector,
        "Defence Ministers Yoav Ben-Dor of Israel and Arman Seitkali of Kazakhstan signed a "
        'military cooperation agreement in Astana on Tuesday. "Israel is a reliable partner," '
        "Seitkali said.",
        "en",
        PUBLISHED,
    )
    assert field_values(events, "official_visit", "visitor") == ["Yoav Ben-Dor"]
    assert field_values(events, "official_visit", "host_country") == ["KZ"]
    assert field_values(events, "statement", "speaker") == ["Arman Seitkali (Defence Minister, KZ)"]


def test_a_pair_of_countries_before_a_plural_title_goes_with_the_names_in_order(detector) -> None:
    events = extracted(
        detector,
        "Kazakh and Israeli agriculture ministers Daulet Amanov and Eitan Shaked met in Tel Aviv "
        "on Monday to discuss drip irrigation.",
        "en",
        PUBLISHED,
    )
    assert field_values(events, "official_visit", "visitor") == ["Daulet Amanov"]
    assert field_values(events, "official_visit", "visitor_role") == ["Agriculture Minister"]
    assert field_values(events, "official_visit", "host_country") == ["IL"]


def test_the_unmarked_side_of_a_meeting_is_the_other_one(detector) -> None:
    events = extracted(
        detector,
        "Foreign Minister Noam Harel met on Monday in Astana with Kazakhstan's Foreign Minister "
        "Serik Beisenov. Harel said Israel valued the friendship between the two peoples.",
        "en",
        PUBLISHED,
    )
    assert field_values(events, "official_visit", "visitor") == ["Noam Harel"]
    assert field_values(events, "official_visit", "host_country") == ["KZ"]
    assert field_values(events, "statement", "speaker") == ["Noam Harel (Foreign Minister, IL)"]


def test_a_business_guest_is_no_one_s_official(detector) -> None:
    """A name joined to a titled official without a plural title does not take the title: a
    business council's chairman met by one side's prime minister is no talks of the two."""
    events = extracted(
        detector,
        "Investment prospects were discussed by Kazakh Prime Minister Olzhas Bektenov and "
        "Chairman of the Israel-Kazakhstan Business Council Ronen Tal at a meeting in Astana "
        "on Monday.",
        "en",
        PUBLISHED,
    )
    assert not [e for e in events if e["type"] in ("talks", "official_visit")]


def test_a_community_leader_at_a_meeting_is_not_the_other_side(detector) -> None:
    events = extracted(
        detector,
        "President Kassym-Jomart Tokayev met on Monday with a delegation of the Euro-Asian "
        "Jewish Congress headed by its President Avram Shalev in Astana.",
        "en",
        PUBLISHED,
    )
    assert not [e for e in events if e["type"] in ("talks", "official_visit")]


def test_a_third_country_discussed_after_the_meeting_does_not_hide_the_sides(detector) -> None:
    events = extracted(
        detector,
        "Foreign Minister Noam Harel met on Monday in Astana with Kazakhstan's Foreign Minister "
        "Serik Beisenov, and the two discussed bilateral relations and Gaza. Israel values the "
        "friendship, Harel said.",
        "en",
        PUBLISHED,
    )
    assert field_values(events, "official_visit", "visitor") == ["Noam Harel"]


def test_the_other_side_is_not_inferred_beside_a_third_country_s_minister(detector) -> None:
    events = extracted(
        detector,
        "Foreign Minister Noam Harel met on Monday in Astana with Uzbekistan's Foreign Minister "
        "Serik Beisenov. Israel values the friendship, Harel said.",
        "en",
        PUBLISHED,
    )
    assert not [e for e in events if e["type"] in ("talks", "official_visit")]


def test_a_title_set_off_by_a_comma_names_the_person(detector) -> None:
    """ "le ministre israélien du Tourisme, Yoel X,": the title's own words, then the name."""
    cases = [
        (
            "fr",
            "Le ministre israélien de l'Agriculture, Eitan Shaked, a rencontré mardi à Astana le "
            "ministre kazakh de l'Agriculture, Daulet Amanov.",
        ),
        (
            "es",
            "El ministro israelí de Agricultura, Eitan Shaked, se reunió el martes en Astaná con "
            "el ministro kazajo de Agricultura, Daulet Amanov.",
        ),
    ]
    for lang, text in cases:
        events = extracted(detector, text, lang, PUBLISHED)
        assert field_values(events, "official_visit", "visitor") == ["Eitan Shaked"], lang
        assert field_values(events, "official_visit", "host_country") == ["KZ"], lang


def test_an_envoy_s_full_title_is_no_name(detector) -> None:
    """ "Ambassador Extraordinary and Plenipotentiary": a title, whoever follows it."""
    cases = [
        (
            "en",
            "Deputy Foreign Minister Roman Vassilenko met with the Ambassador Extraordinary and "
            "Plenipotentiary of Israel to Kazakhstan Alon Bar on Monday.",
        ),
        (
            "ru",
            "Замминистра иностранных дел Роман Василенко встретился в понедельник с "
            "Чрезвычайным и Полномочным Послом Израиля в Казахстане Алоном Баром.",
        ),
    ]
    for lang, text in cases:
        events = extracted(detector, text, lang, PUBLISHED)
        talks = [e for e in events if e["type"] == "talks"]
        assert talks, (lang, events)
        actors = talks[0]["fields"].get("actors") or talks[0].get("actors")
        assert not any("xtraordinary" in a or "резвычай" in a for a in actors), (lang, actors)


def test_the_head_of_a_ministry_is_its_minister_in_russian(detector) -> None:
    """ "глава Минсельхоза": the agriculture minister, on the side the meeting leaves him."""
    events = extracted(
        detector,
        "Казахстан заинтересован в сотрудничестве с Израилем в сфере агропромышленного "
        "комплекса, сказал глава Минсельхоза Даулет Аманов на встрече с послом Израиля Ноамом "
        "Харелем в Астане.",
        "ru",
        PUBLISHED,
    )
    assert field_values(events, "statement", "speaker") == [
        "Даулет Аманов (Agriculture Minister, KZ)"
    ]


def test_a_name_is_the_same_person_whatever_its_apostrophe(detector) -> None:
    events = extracted(
        detector,
        'Israeli Defence Minister Eli Ba’adani arrived in Astana on Monday. "Kazakhstan is a '
        "partner we trust,\" Ba'adani said.",
        "en",
        PUBLISHED,
    )
    assert field_values(events, "statement", "speaker") == ["Eli Ba’adani (Defence Minister, IL)"]


def test_a_counterpart_of_one_side_places_the_other(detector) -> None:
    """ "X signed with his Kazakh counterpart": X is not Kazakh."""
    events = extracted(
        detector,
        '"Kazakhstan has great potential for Israeli companies and investors in the coming '
        'years," Economy Minister Ronen Tal said. Tal signed a memorandum in Astana on Monday '
        "with his Kazakh counterpart, Serik Beisenov.",
        "en",
        PUBLISHED,
    )
    assert field_values(events, "official_visit", "visitor") == ["Ronen Tal"]
    assert field_values(events, "official_visit", "host_country") == ["KZ"]


def test_a_name_with_a_possessive_ending_is_the_same_person(detector) -> None:
    events = extracted(
        detector,
        '"Kazakhstan has great potential for Israeli companies and investors in the coming '
        "years,\" Economy Minister Ronen Tal said. Tal's visit to Kazakhstan began on Monday.",
        "en",
        PUBLISHED,
    )
    assert field_values(events, "official_visit", "visitor") == ["Ronen Tal"]
    assert field_values(events, "official_visit", "host_country") == ["KZ"]


def test_in_a_script_without_capitals_a_surname_alone_is_the_person_named_before(detector) -> None:
    """ "قال سار" after "جدعون سار": the surname alone is a common word ("walked") no list can
    hold; named in full before, it is the person."""
    events = extracted(
        detector,
        "وصل وزير الخارجية الإسرائيلي جدعون سار إلى أستانا يوم الثلاثاء. وفي مؤتمر صحفي، قال سار "
        "إن إسرائيل تقدر الصداقة مع كازاخستان.",
        "ar",
        PUBLISHED,
    )
    assert field_values(events, "statement", "speaker") == ["Gideon Sa'ar (Foreign Minister, IL)"]


def test_a_director_general_of_a_ministry_is_named_through_its_ministry(detector) -> None:
    cases = [
        (
            "en",
            "Kazakhstan and Israel share common challenges, Deputy Director General of Israel's "
            "Foreign Ministry Dan Oren said during his visit to Astana on Tuesday.",
        ),
        (
            "fr",
            "Le directeur général adjoint du ministère israélien des Affaires étrangères, "
            "Dan Oren, a effectué mardi une visite à Astana.",
        ),
    ]
    for lang, text in cases:
        events = extracted(detector, text, lang, PUBLISHED)
        assert field_values(events, "official_visit", "visitor") == ["Dan Oren"], (lang, events)
        assert field_values(events, "official_visit", "visitor_role") == [
            "Deputy Director General"
        ], lang


# An Israeli minister no list knows meets Kazakhstan's foreign minister in Astana, as each
# language's press writes it: his name, his side and his visit come from the wording alone.
VISIT_OF_AN_UNLISTED_MINISTER = {
    "en": "Israeli Agriculture Minister Dan Oren met Kazakh Foreign Minister Serik Beisenov in "
    "Astana on Tuesday.",
    "ru": "Министр сельского хозяйства Израиля Дан Орен во вторник встретился в Астане с "
    "министром иностранных дел Казахстана Сериком Бейсеновым.",
    "kk": "Израильдің Ауыл шаруашылығы министрі Дан Орен сейсенбі күні Астанада Қазақстанның "
    "Сыртқы істер министрі Серік Бейсеновпен кездесті.",
    "uk": "Міністр сільського господарства Ізраїлю Дан Орен у вівторок зустрівся в Астані з "
    "міністром закордонних справ Казахстану Сериком Бейсеновим.",
    "de": "Der israelische Landwirtschaftsminister Dan Oren traf am Dienstag in Astana den "
    "kasachischen Außenminister Serik Beisenow.",
    "fr": "Le ministre israélien de l'Agriculture Dan Oren a rencontré mardi à Astana le ministre "
    "kazakh des Affaires étrangères Serik Beisenov.",
    "es": "El ministro israelí de Agricultura, Dan Oren, se reunió el martes en Astaná con el "
    "canciller kazajo Serik Beisenov.",
    "it": "Il ministro israeliano dell'Agricoltura Dan Oren ha incontrato martedì ad Astana il "
    "ministro degli Esteri kazako Serik Beisenov.",
    "tr": "İsrail Tarım Bakanı Dan Oren salı günü Astana'da Kazakistan Dışişleri Bakanı Serik "
    "Beisenov ile görüştü.",
    "pl": "Izraelski minister rolnictwa Dan Oren spotkał się we wtorek w Astanie z ministrem "
    "spraw zagranicznych Kazachstanu Serikiem Bejsenowem.",
    "cs": "Izraelský ministr zemědělství Dan Oren se v úterý v Astaně setkal s kazašským "
    "ministrem zahraničí Serikem Bejsenovem.",
    "he": "שר החקלאות הישראלי דן אורן נפגש ביום שלישי באסטנה עם שר החוץ הקזחי סריק בייסנוב.",
    "ar": "التقى وزير الزراعة الإسرائيلي دان أورين يوم الثلاثاء في أستانا بوزير الخارجية "
    "الكازاخستاني سيريك بيسينوف.",
}
VISITOR_AS_WRITTEN = {"ru": "Дан Орен", "kk": "Дан Орен", "uk": "Дан Орен", "he": "דן אורן",
                      "ar": "دان اورين"}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(VISIT_OF_AN_UNLISTED_MINISTER))
def test_an_unlisted_minister_s_visit_in_every_language(detector, lang) -> None:
    events = extracted(detector, VISIT_OF_AN_UNLISTED_MINISTER[lang], lang, PUBLISHED)
    assert field_values(events, "official_visit", "visitor") == [
        VISITOR_AS_WRITTEN.get(lang, "Dan Oren")
    ], events
    assert field_values(events, "official_visit", "host_country") == ["KZ"]


def test_a_caseless_script_takes_no_known_person_s_first_names_for_a_name(detector) -> None:
    events = extracted(
        detector,
        "أجرى الرئيس قاسم جومارت توكاييف اتصالا هاتفيا مع رئيس الوزراء الإسرائيلي بنيامين "
        "نتنياهو يوم الثلاثاء.",
        "ar",
        PUBLISHED,
    )
    talks = [e for e in events if e["type"] == "talks"]
    assert talks and all("جومارت" not in actor for actor in talks[0]["actors"]), events


def test_a_call_with_a_third_country_s_leader_about_israel_is_no_talks(detector) -> None:
    events = extracted(
        detector,
        "President Kassym-Jomart Tokayev held a phone call with Iranian President Ebrahim Raisi "
        "on Friday, who condemned Israel's strikes on Gaza.",
        "en",
        PUBLISHED,
    )
    assert not [e for e in events if e["type"] == "talks"], events


# An envoy no list knows speaks of the relationship, and a minister no list knows plans a
# visit, as each language's press writes it.
STATEMENT_OF_AN_UNLISTED_ENVOY = {
    "en": "Israeli Ambassador to Kazakhstan Noam Harel said on Monday that Israel values its "
    "friendship with Kazakhstan.",
    "ru": "Посол Израиля в Казахстане Ноам Харель заявил в понедельник, что Израиль ценит "
    "дружбу с Казахстаном.",
    "kk": "Израильдің Қазақстандағы елшісі Ноам Харель дүйсенбі күні Израиль Қазақстанмен "
    "достықты бағалайтынын мәлімдеді.",
    "uk": "Посол Ізраїлю в Казахстані Ноам Харель заявив у понеділок, що Ізраїль цінує дружбу з "
    "Казахстаном.",
    "de": "Der israelische Botschafter in Kasachstan, Noam Harel, sagte am Montag, Israel "
    "schätze die Freundschaft mit Kasachstan.",
    "fr": "L'ambassadeur d'Israël au Kazakhstan, Noam Harel, a déclaré lundi qu'Israël apprécie "
    "son amitié avec le Kazakhstan.",
    "es": "El embajador de Israel en Kazajistán, Noam Harel, afirmó el lunes que Israel valora "
    "su amistad con Kazajistán.",
    "it": "L'ambasciatore israeliano in Kazakistan Noam Harel ha dichiarato lunedì che Israele "
    "apprezza l'amicizia con il Kazakistan.",
    "tr": "İsrail'in Kazakistan Büyükelçisi Noam Harel pazartesi günü yaptığı açıklamada "
    "İsrail'in Kazakistan ile dostluğuna değer verdiğini söyledi.",
    "pl": "Ambasador Izraela w Kazachstanie Noam Harel powiedział w poniedziałek, że Izrael "
    "ceni przyjaźń z Kazachstanem.",
    "cs": "Izraelský velvyslanec v Kazachstánu Noam Harel v pondělí prohlásil, že Izrael si "
    "cení přátelství s Kazachstánem.",
    "he": "שגריר ישראל בקזחסטן נועם הראל אמר ביום שני כי ישראל מוקירה את הידידות עם קזחסטן.",
    "ar": "قال سفير إسرائيل لدى كازاخستان نوعام هارئيل يوم الاثنين إن إسرائيل تقدر صداقتها مع "
    "كازاخستان.",
}
PLANNED_VISIT_OF_AN_UNLISTED_MINISTER = {
    "en": "Kazakh Trade Minister Arman Shakenov will visit Israel next week to discuss a free "
    "trade zone.",
    "ru": "Министр торговли Казахстана Арман Шакенов на следующей неделе посетит Израиль, чтобы "
    "обсудить зону свободной торговли.",
    "kk": "Қазақстанның Сауда министрі Арман Шакенов келесі аптада Израильге сапармен барады.",
    "uk": "Міністр торгівлі Казахстану Арман Шакенов наступного тижня відвідає Ізраїль.",
    "de": "Der kasachische Handelsminister Arman Schakenow wird nächste Woche Israel besuchen.",
    "fr": "Le ministre kazakh du Commerce, Arman Shakenov, se rendra en Israël la semaine "
    "prochaine.",
    "es": "El ministro de Comercio de Kazajistán, Arman Shakenov, visitará Israel la próxima "
    "semana.",
    "it": "Il ministro del Commercio kazako Arman Shakenov visiterà Israele la prossima settimana.",
    "tr": "Kazakistan Ticaret Bakanı Arman Şakenov gelecek hafta İsrail'i ziyaret edecek.",
    "pl": "Minister handlu Kazachstanu Arman Szakenow odwiedzi Izrael w przyszłym tygodniu.",
    "cs": "Kazašský ministr obchodu Arman Šakenov příští týden navštíví Izrael.",
    "he": "שר הסחר הקזחי ארמן שקנוב יבקר בישראל בשבוע הבא.",
    "ar": "سيزور وزير التجارة الكازاخستاني أرمان شاكينوف إسرائيل الأسبوع المقبل.",
}
ENVOY_AS_WRITTEN = {"ru": "Ноам Харель", "kk": "Ноам Харель", "uk": "Ноам Харель",
                    "he": "נועם הראל", "ar": "نوعام هارئيل"}  # fmt: skip
MINISTER_AS_WRITTEN = {"ru": "Арман Шакенов", "kk": "Арман Шакенов", "uk": "Арман Шакенов",
                       "de": "Arman Schakenow", "tr": "Arman Şakenov", "pl": "Arman Szakenow",
                       "cs": "Arman Šakenov", "he": "ארמן שקנוב",
                       "ar": "ارمان شاكينوف"}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(STATEMENT_OF_AN_UNLISTED_ENVOY))
def test_an_unlisted_envoy_s_words_in_every_language(detector, lang) -> None:
    events = extracted(detector, STATEMENT_OF_AN_UNLISTED_ENVOY[lang], lang, PUBLISHED)
    name = ENVOY_AS_WRITTEN.get(lang, "Noam Harel")
    assert field_values(events, "statement", "speaker") == [f"{name} (Ambassador, IL)"], events


@pytest.mark.parametrize("lang", sorted(PLANNED_VISIT_OF_AN_UNLISTED_MINISTER))
def test_an_unlisted_minister_s_planned_visit_in_every_language(detector, lang) -> None:
    events = extracted(detector, PLANNED_VISIT_OF_AN_UNLISTED_MINISTER[lang], lang, PUBLISHED)
    name = MINISTER_AS_WRITTEN.get(lang, "Arman Shakenov")
    assert field_values(events, "visit_planned", "visitor") == [name], events


# A call with "his Israeli counterpart" named, and two ministers no list knows signing in
# Jerusalem, as each language's press writes them.
CALL_WITH_A_NAMED_COUNTERPART = {
    "en": "Kazakh Foreign Minister Serik Beisenov held a phone call with his Israeli "
    "counterpart Noam Harel on Monday.",
    "ru": "Министр иностранных дел Казахстана Серик Бейсенов в понедельник провел телефонный "
    "разговор с израильским коллегой Ноамом Харелем.",
    "kk": "Қазақстанның Сыртқы істер министрі Серік Бейсенов дүйсенбі күні израильдік әріптесі "
    "Ноам Харельмен телефон арқылы сөйлесті.",
    "uk": "Міністр закордонних справ Казахстану Серік Бейсенов у понеділок провів телефонну "
    "розмову з ізраїльським колегою Ноамом Харелем.",
    "de": "Der kasachische Außenminister Serik Beisenow telefonierte am Montag mit seinem "
    "israelischen Amtskollegen Noam Harel.",
    "fr": "Le ministre kazakh des Affaires étrangères, Serik Beisenov, s'est entretenu lundi "
    "par téléphone avec son homologue israélien Noam Harel.",
    "es": "El canciller kazajo Serik Beisenov mantuvo el lunes una conversación telefónica con "
    "su homólogo israelí Noam Harel.",
    "it": "Il ministro degli Esteri kazako Serik Beisenov ha avuto lunedì un colloquio "
    "telefonico con il suo omologo israeliano Noam Harel.",
    "tr": "Kazakistan Dışişleri Bakanı Serik Beisenov pazartesi günü İsrailli mevkidaşı Noam "
    "Harel ile telefonda görüştü.",
    "pl": "Minister spraw zagranicznych Kazachstanu Serik Bejsenow rozmawiał w poniedziałek "
    "telefonicznie z izraelskim odpowiednikiem Noamem Harelem.",
    "cs": "Kazašský ministr zahraničí Serik Bejsenov v pondělí telefonicky hovořil se svým "
    "izraelským protějškem Noamem Harelem.",
    "he": "שר החוץ הקזחי סריק בייסנוב שוחח ביום שני בטלפון עם עמיתו הישראלי נועם הראל.",
    "ar": "أجرى وزير الخارجية الكازاخستاني سيريك بيسينوف يوم الاثنين اتصالا هاتفيا مع نظيره "
    "الإسرائيلي نوعام هارئيل.",
}
SIGNING_BY_UNLISTED_MINISTERS = {
    "en": "Kazakh Health Minister Akmaral Alnazarova and Israeli Health Minister Uriel Buso "
    "signed a memorandum of cooperation in Jerusalem on Monday.",
    "ru": "Министр здравоохранения Казахстана Акмарал Альназарова и министр здравоохранения "
    "Израиля Уриэль Бусо подписали в понедельник в Иерусалиме меморандум о "
    "сотрудничестве.",
    "kk": "Қазақстанның Денсаулық сақтау министрі Ақмарал Әлназарова мен Израильдің Денсаулық "
    "сақтау министрі Уриэль Бусо дүйсенбі күні Иерусалимде ынтымақтастық туралы "
    "меморандумға қол қойды.",
    "uk": "Міністр охорони здоров'я Казахстану Акмарал Альназарова та міністр охорони здоров'я "
    "Ізраїлю Уріель Бусо підписали в понеділок в Єрусалимі меморандум про співпрацю.",
    "de": "Die kasachische Gesundheitsministerin Akmaral Alnasarowa und der israelische "
    "Gesundheitsminister Uriel Buso unterzeichneten am Montag in Jerusalem ein "
    "Kooperationsmemorandum.",
    "fr": "La ministre kazakhe de la Santé, Akmaral Alnazarova, et le ministre israélien de la "
    "Santé, Uriel Buso, ont signé lundi à Jérusalem un mémorandum de coopération.",
    "es": "La ministra de Salud de Kazajistán, Akmaral Alnazarova, y el ministro de Salud de "
    "Israel, Uriel Buso, firmaron el lunes en Jerusalén un memorando de cooperación.",
    "it": "La ministra della Salute kazaka Akmaral Alnazarova e il ministro della Salute "
    "israeliano Uriel Buso hanno firmato lunedì a Gerusalemme un memorandum di "
    "cooperazione.",
    "tr": "Kazakistan Sağlık Bakanı Akmaral Alnazarova ile İsrail Sağlık Bakanı Uriel Buso "
    "pazartesi günü Kudüs'te bir işbirliği mutabakat zaptı imzaladı.",
    "pl": "Minister zdrowia Kazachstanu Akmaral Alnazarowa i minister zdrowia Izraela Uriel "
    "Buso podpisali w poniedziałek w Jerozolimie memorandum o współpracy.",
    "cs": "Kazašská ministryně zdravotnictví Akmaral Alnazarovová a izraelský ministr "
    "zdravotnictví Uriel Buso v pondělí v Jeruzalémě podepsali memorandum o spolupráci.",
    "he": "שרת הבריאות הקזחית אקמרל אלנזרובה ושר הבריאות הישראלי אוריאל בוסו חתמו ביום שני "
    "בירושלים על מזכר הבנות לשיתוף פעולה.",
    "ar": "وقعت وزيرة الصحة الكازاخستانية أكمارال ألنازاروفا ووزير الصحة الإسرائيلي أوريئيل "
    "بوسو يوم الاثنين في القدس مذكرة تعاون.",
}


@pytest.mark.parametrize("lang", sorted(CALL_WITH_A_NAMED_COUNTERPART))
def test_a_named_counterpart_holds_the_counterpart_s_office(detector, lang) -> None:
    """ "his Israeli counterpart Noam Harel": one person, Israel's foreign minister; no bare
    "Foreign Minister (IL)" beside him."""
    events = extracted(detector, CALL_WITH_A_NAMED_COUNTERPART[lang], lang, PUBLISHED)
    talks = [e for e in events if e["type"] == "talks"]
    assert len(talks) == 1 and talks[0]["fields"]["format"] == "call", events
    actors = talks[0]["actors"]
    assert [a for a in actors if a.endswith("(Foreign Minister, IL)")], actors
    assert not [a for a in actors if a.startswith(("Foreign Minister", "Counterpart"))], actors


@pytest.mark.parametrize("lang", sorted(SIGNING_BY_UNLISTED_MINISTERS))
def test_unlisted_signers_are_the_agreement_s_actors(detector, lang) -> None:
    events = extracted(detector, SIGNING_BY_UNLISTED_MINISTERS[lang], lang, PUBLISHED)
    signed = [e for e in events if e["type"] == "agreement_signed"]
    assert len(signed) == 1, events
    sides = sorted(a.rsplit(", ", 1)[-1] for a in signed[0]["actors"] if ", " in a)
    assert sides == ["IL)", "KZ)"], signed[0]["actors"]
    assert field_values(events, "official_visit", "host_country") == ["IL"], events


# A foreign ministry's spokesperson no list knows, named after the title, condemns an attack on
# Israel's embassy.
STATEMENT_OF_AN_UNLISTED_SPOKESPERSON = {
    "en": "Kazakh Foreign Ministry spokesperson Aibar Tokenov said on Monday that Kazakhstan "
    "condemns the attack on the Israeli embassy.",
    "ru": "Официальный представитель МИД Казахстана Айбар Токенов заявил в понедельник, что "
    "Казахстан осуждает нападение на посольство Израиля.",
    "de": "Der Sprecher des kasachischen Außenministeriums, Aibar Tokenow, sagte am Montag, "
    "Kasachstan verurteile den Angriff auf die israelische Botschaft.",
    "fr": "Le porte-parole du ministère kazakh des Affaires étrangères, Aibar Tokenov, a "
    "déclaré lundi que le Kazakhstan condamne l'attaque contre l'ambassade d'Israël.",
    "es": "El portavoz del Ministerio de Asuntos Exteriores de Kazajistán, Aibar Tokenov, dijo "
    "el lunes que Kazajistán condena el ataque contra la embajada de Israel.",
    "tr": "Kazakistan Dışişleri Bakanlığı Sözcüsü Aibar Tokenov pazartesi günü Kazakistan'ın "
    "İsrail büyükelçiliğine yapılan saldırıyı kınadığını söyledi.",
    "he": "דובר משרד החוץ הקזחי איבר טוקנוב אמר ביום שני כי קזחסטן מגנה את הפיגוע בשגרירות ישראל.",
    "ar": "قال المتحدث باسم وزارة الخارجية الكازاخستانية أيبار توكينوف يوم الاثنين إن كازاخستان "
    "تدين الهجوم على السفارة الإسرائيلية.",
}
SPOKESPERSON_AS_WRITTEN = {"ru": "Айбар Токенов", "de": "Aibar Tokenow", "he": "איבר טוקנוב",
                           "ar": "ايبار توكينوف"}  # fmt: skip


@pytest.mark.parametrize("lang", sorted(STATEMENT_OF_AN_UNLISTED_SPOKESPERSON))
def test_a_named_spokesperson_is_the_speaker(detector, lang) -> None:
    """The speaker is the person named, not the ministry he speaks for ("Der Sprecher des
    kasachischen Außenministeriums, Aibar Tokenow,": an 'ß' folded to 'ss' moves no name)."""
    events = extracted(detector, STATEMENT_OF_AN_UNLISTED_SPOKESPERSON[lang], lang, PUBLISHED)
    name = SPOKESPERSON_AS_WRITTEN.get(lang, "Aibar Tokenov")
    assert field_values(events, "statement", "speaker") == [f"{name} (Spokesperson, KZ)"], events


def test_a_russian_surname_no_dictionary_knows_is_cited_in_the_nominative(detector) -> None:
    """ "с израильским коллегой Ноамом Харелем", "Сатыбалды Бурашевым": the same person as
    "Ноам Харель" and "Сатыбалды Бурашев" when named so later."""
    events = extracted(
        detector,
        "Министр иностранных дел Казахстана Серик Бейсенов провел в понедельник телефонный "
        "разговор с израильским коллегой Ноамом Харелем. Ноам Харель заявил, что Израиль ценит "
        "дружбу с Казахстаном.",
        "ru",
        PUBLISHED,
    )
    talks = [e for e in events if e["type"] == "talks"]
    assert talks and "Ноам Харель (Foreign Minister, IL)" in talks[0]["actors"], events
    assert field_values(events, "statement", "speaker") == ["Ноам Харель (Foreign Minister, IL)"]


def test_the_state_of_israel_is_israel_and_a_diplomatic_rank_no_name(detector) -> None:
    """ "the Ambassador of the State of Israel to Kazakhstan Alon Bar", "Minister
    Plenipotentiary ... Dana Rom": titles reaching their names, not people called "State" or
    "Plenipotentiary"."""
    events = extracted(
        detector,
        "Deputy Foreign Minister Roman Vassilenko met on Monday with the Ambassador of the State "
        "of Israel to Kazakhstan Alon Bar and Minister Plenipotentiary of the State of Israel "
        "Dana Rom.",
        "en",
        PUBLISHED,
    )
    talks = [e for e in events if e["type"] == "talks"]
    assert talks, events
    assert sorted(talks[0]["actors"]) == [
        "Alon Bar (Ambassador, IL)",
        "Dana Rom (Diplomat, IL)",
        "Roman Vassilenko (Deputy Foreign Minister, KZ)",
    ], talks[0]["actors"]


def test_a_possessive_is_no_part_of_a_name(detector) -> None:
    events = extracted(
        detector,
        "Israeli Agriculture Minister Noam Harel’s visit to Astana began on Monday, the Kazakh "
        "ministry said.",
        "en",
        PUBLISHED,
    )
    assert field_values(events, "official_visit", "visitor") == ["Noam Harel"], events


def test_a_title_joined_to_another_names_no_body_after_them(detector) -> None:
    """ "the Heads of State and Government of the African Union": no person "African Union"."""
    events = extracted(
        detector,
        "President Kassym-Jomart Tokayev addressed the Heads of State and Government of the "
        "African Union in Addis Ababa, and met Israeli Foreign Minister Noam Harel there.",
        "en",
        PUBLISHED,
    )
    actors = [a for e in events for a in e["actors"]]
    assert not [a for a in actors if a.startswith("African Union")], actors


@pytest.mark.parametrize(
    "text",
    [
        "The President's Office reported that Israeli President Shimon Peres's visit to Kazakhstan "
        "is designed to strengthen ties.",
        "The Prime Minister's Bureau said Israel values its ties with Kazakhstan.",
    ],
)
def test_a_titles_possessive_names_his_office_not_a_person(detector, text):
    """ "The President's Office", "the Prime Minister's Bureau": what follows a title's
    possessive is his, not a name ("Office" was taken for a president's name)."""
    from monitor.detect.mentions import History, mentions
    from monitor.detect.sentences import analyse

    (sentence,) = analyse(detector.lexicon, "", text, 4, None, "en")
    names = [m.name for m in mentions(sentence, detector.lexicon, History())]
    assert not any(name in ("Office", "Bureau") for name in names), names
