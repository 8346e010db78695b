"""Thirteen kinds of development, one plain news sentence each in all 14 languages side by side.

Each sentence is written for these tests in the style of that language's newswire; the article is
published on Thursday 2026-03-12, so "on Tuesday" is 2026-03-10. Cells the rules still miss are
left out and named next to their table.
"""

from __future__ import annotations

import pytest

from tests.detect.helpers import dated_types, extracted, field_values

ANNOUNCED_VISIT = [
    ("en", 'Israeli President Isaac Herzog will visit Kazakhstan next week.'),
    ("ru", 'Президент Израиля Ицхак Герцог посетит Казахстан на следующей неделе.'),
    ("kk", 'Израиль Президенті Ицхак Герцог келесі аптада Қазақстанға сапармен келеді.'),
    ("tr", "İsrail Cumhurbaşkanı Isaac Herzog gelecek hafta Kazakistan'ı ziyaret edecek."),
    ("ar", 'سيزور الرئيس الإسرائيلي إسحاق هرتسوغ كازاخستان الأسبوع المقبل.'),
    ("he", 'נשיא המדינה יצחק הרצוג יבקר בשבוע הבא בקזחסטן.'),
    ("de", 'Der israelische Präsident Isaac Herzog wird nächste Woche Kasachstan besuchen.'),
    ("fr", 'Le président israélien Isaac Herzog se rendra au Kazakhstan la semaine prochaine.'),
    ("es", 'El presidente israelí Isaac Herzog visitará Kazajistán la próxima semana.'),
    ("it", 'Il presidente israeliano Isaac Herzog visiterà il Kazakistan la prossima settimana.'),
    ("fa", 'اسحاق هرتزوگ رئیس جمهور اسرائیل هفته آینده به قزاقستان سفر خواهد کرد.'),
    ("cs", 'Izraelský prezident Jicchak Herzog příští týden navštíví Kazachstán.'),
    ("pl", 'Prezydent Izraela Izaak Herzog odwiedzi w przyszłym tygodniu Kazachstan.'),
    ("uk", 'Президент Ізраїлю Іцхак Герцог наступного тижня відвідає Казахстан.'),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), ANNOUNCED_VISIT)
def test_an_announced_visit_is_planned_in_every_language(detector, lang, text):
    """A visit to come ("will visit next week", "посетит", "יבקר") is planned and dated ahead."""
    found = extracted(detector, text, lang)
    dates = [e["date"] for e in found if e["type"] == "visit_planned"]
    assert dates and all(d.startswith("2026") for d in dates), found


TRADE_FIGURE = [
    ("en", 'Trade between Kazakhstan and Israel rose to 500 million dollars in 2025.'),
    ("ru", 'Товарооборот между Казахстаном и Израилем в 2025 году вырос до 500 '
           'миллионов долларов.'),
    ("kk", 'Қазақстан мен Израиль арасындағы тауар айналымы 2025 жылы 500 миллион '
           'долларға дейін өсті.'),
    ("tr", 'Kazakistan ile İsrail arasındaki ticaret hacmi 2025 yılında 500 '
           'milyon dolara yükseldi.'),
    ("ar", 'ارتفع حجم التبادل التجاري بين كازاخستان وإسرائيل إلى 500 مليون دولار في عام 2025.'),
    ("he", 'היקף הסחר בין קזחסטן לישראל עלה ב-2025 ל-500 מיליון דולר.'),
    ("fr", 'Les échanges commerciaux entre le Kazakhstan et Israël ont atteint '
           '500 millions de dollars en 2025.'),
    ("es", 'El comercio entre Kazajistán e Israel aumentó a 500 millones de dólares en 2025.'),
    ("it", "L'interscambio commerciale tra Kazakistan e Israele è salito a 500 "
           'milioni di dollari nel 2025.'),
    ("fa", 'حجم تجارت میان قزاقستان و اسرائیل در سال 2025 به 500 میلیون دلار رسید.'),
    ("cs", 'Obchod mezi Kazachstánem a Izraelem vzrostl v roce 2025 na 500 milionů dolarů.'),
    ("pl", 'Wymiana handlowa między Kazachstanem a Izraelem wzrosła w 2025 roku '
           'do 500 mln dolarów.'),
    ("uk", 'Товарообіг між Казахстаном та Ізраїлем у 2025 році зріс до 500 мільйонів доларів.'),
    ("de", 'Das Handelsvolumen zwischen Kasachstan und Israel stieg 2025 auf 500 Millionen '
           'Dollar.'),
    ("de", 'Der Handel zwischen Kasachstan und Israel erreichte 2025 rund 500 Millionen Dollar.'),
    ("ru", 'По итогам 2025 года взаимная торговля Казахстана и Израиля выросла на 12% и '
           'достигла 500 млн долларов.'),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), TRADE_FIGURE)
def test_a_trade_figure_is_economic_and_dated_by_its_year_in_every_language(detector, lang, text):
    """A year glued to a Hebrew prefix by a hyphen ("ב-2025") is a year, as "in 2025" is."""
    found = dated_types(detector, text, lang)
    assert ("economic", "2025") in found, found


PURCHASE_FIGURE = [
    ("en", 'Israel bought Kazakh wheat worth 40 million dollars in 2025.'),
    ("ru", 'В 2025 году Израиль закупил казахстанскую пшеницу на 40 миллионов долларов.'),
    ("uk", 'У 2025 році Ізраїль закупив казахстанську пшеницю на 40 мільйонів доларів.'),
    ("kk", 'Израиль 2025 жылы Қазақстаннан 40 миллион долларлық бидай сатып алды.'),
    ("tr", "İsrail 2025 yılında Kazakistan'dan 40 milyon dolarlık buğday satın aldı."),
    ("ar", 'استوردت إسرائيل في عام 2025 قمحا من كازاخستان بقيمة 40 مليون دولار.'),
    ("ar", 'اشترت إسرائيل في عام 2025 قمحا كازاخستانيا بقيمة 40 مليون دولار.'),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), PURCHASE_FIGURE)
def test_goods_bought_from_the_other_side_for_a_sum_are_a_trade_figure(detector, lang, text):
    """Buying ("bought", "закупил", "сатып алды", "satın aldı", "استوردت") is trade told from
    the buyer's side, as exports are from the seller's: with a sum it is a trade figure."""
    found = dated_types(detector, text, lang)
    assert ("economic", "2025") in found, found


GOODS_NAME_THE_SECTOR = [
    ("en", "Kazakhstan's exports of wheat to Israel reached 40 million dollars in 2025.", "agriculture"),  # noqa: E501
    ("ru", 'Экспорт казахстанской пшеницы в Израиль в 2025 году достиг 40 миллионов долларов.', "agriculture"),  # noqa: E501
    ("uk", 'Експорт казахстанської пшениці до Ізраїлю у 2025 році досяг 40 мільйонів доларів.', "agriculture"),  # noqa: E501
    ("kk", '2025 жылы Қазақстаннан Израильге бидай экспорты 40 миллион долларға жетті.', "agriculture"),  # noqa: E501
    ("tr", "Kazakistan'ın İsrail'e buğday ihracatı 2025 yılında 40 milyon dolara ulaştı.", "agriculture"),  # noqa: E501
    ("ar", 'بلغت صادرات القمح الكازاخستاني إلى إسرائيل 40 مليون دولار في عام 2025.', "agriculture"),
    ("he", 'ייצוא החיטה מקזחסטן לישראל הגיע ב-2025 ל-40 מיליון דולר.', "agriculture"),
    ("en", "Israel's imports of Kazakh oil reached 2 billion dollars in 2025.", "energy"),
    ("ru", 'Импорт казахстанской нефти в Израиль в 2025 году составил 2 миллиарда долларов.', "energy"),  # noqa: E501
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "sector"), GOODS_NAME_THE_SECTOR)
def test_the_goods_traded_name_the_sector_not_the_trade_word(detector, lang, text, sector):
    """ "exports of wheat": exporting is how the goods move; the wheat names the sector."""
    found = extracted(detector, text, lang)
    assert field_values(found, "economic", "sector") == [sector], found


VISAS_ABOLISHED = [
    ("ar", "ألغت كازاخستان وإسرائيل يوم الثلاثاء التأشيرات لمواطني البلدين."),
    ("en", "Kazakhstan and Israel abolished visas for each other's citizens on Tuesday."),
    ("ru", 'Казахстан и Израиль во вторник отменили визы для граждан двух стран.'),
    ("kk", 'Қазақстан мен Израиль сейсенбі күні екі ел азаматтары үшін визаларды жойды.'),
    ("tr", 'Kazakistan ve İsrail salı günü iki ülke vatandaşları için vizeleri kaldırdı.'),
    ("he", 'קזחסטן וישראל ביטלו ביום שלישי את חובת הוויזה לאזרחי שתי המדינות.'),
    ("de", 'Kasachstan und Israel haben am Dienstag die Visumpflicht für die '
           'Bürger beider Länder abgeschafft.'),
    ("fr", 'Le Kazakhstan et Israël ont supprimé mardi les visas pour les citoyens des deux pays.'),
    ("es", 'Kazajistán e Israel suprimieron el martes los visados para los '
           'ciudadanos de ambos países.'),
    ("it", 'Kazakistan e Israele hanno abolito martedì i visti per i cittadini dei due Paesi.'),
    ("fa", 'قزاقستان و اسرائیل روز سه شنبه روادید را برای شهروندان دو کشور لغو کردند.'),
    ("cs", 'Kazachstán a Izrael v úterý zrušily víza pro občany obou zemí.'),
    ("pl", 'Kazachstan i Izrael zniosły we wtorek wizy dla obywateli obu krajów.'),
    ("uk", 'Казахстан та Ізраїль у вівторок скасували візи для громадян обох країн.'),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), VISAS_ABOLISHED)
def test_abolishing_visas_is_a_visa_change_in_every_language(detector, lang, text):
    """The verb and the visas stand apart ("ont supprimé mardi les visas", "zniosły we wtorek
    wizy", "روادید را برای ... لغو کردند") or the requirement is named ("חובת הוויזה")."""
    found = dated_types(detector, text, lang)
    assert ("visa_travel", "2026-03-10") in found, found


JOINED_ACCORDS = [
    ("en", 'Kazakhstan joined the Abraham Accords on Tuesday.'),
    ("ru", 'Казахстан во вторник присоединился к Соглашениям Авраама.'),
    ("kk", 'Қазақстан сейсенбі күні Авраам келісімдеріне қосылды.'),
    ("tr", "Kazakistan salı günü İbrahim Anlaşmaları'na katıldı."),
    ("ar", 'انضمت كازاخستان يوم الثلاثاء إلى اتفاقيات أبراهام.'),
    ("he", 'קזחסטן הצטרפה ביום שלישי להסכמי אברהם.'),
    ("de", 'Kasachstan ist am Dienstag den Abraham-Abkommen beigetreten.'),
    ("fr", "Le Kazakhstan a rejoint mardi les accords d'Abraham."),
    ("es", 'Kazajistán se unió el martes a los Acuerdos de Abraham.'),
    ("it", 'Il Kazakistan ha aderito martedì agli Accordi di Abramo.'),
    ("fa", 'قزاقستان روز سه شنبه به پیمان ابراهیم پیوست.'),
    ("cs", 'Kazachstán se v úterý připojil k Abrahamovým dohodám.'),
    ("pl", 'Kazachstan przystąpił we wtorek do Porozumień Abrahamowych.'),
    ("uk", 'Казахстан у вівторок приєднався до Угод Авраама.'),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), JOINED_ACCORDS)
def test_joining_the_abraham_accords_is_multilateral_in_every_language(detector, lang, text):
    found = dated_types(detector, text, lang)
    assert ("multilateral", "2026-03-10") in found, found


JOINED_ACCORDS_OTHER_WORDS = [
    # The adjective forms of the Accords' name, as common in the press as the genitive.
    ("ru", 'Казахстан во вторник присоединился к Авраамским соглашениям.'),
    ("uk", 'Казахстан у вівторок приєднався до Авраамських угод.'),
    # A separable verb: the particle closes the clause.
    ("de", 'Kasachstan schließt sich am Dienstag den Abraham-Abkommen an.'),
    # Two third countries and the Accords (a topic, no country) make no list of countries.
    ("en", 'Kazakhstan joined the Abraham Accords on Tuesday at a summit with the United States '
           'and China.'),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), JOINED_ACCORDS_OTHER_WORDS)
def test_joining_the_abraham_accords_in_other_words_is_multilateral(detector, lang, text):
    found = dated_types(detector, text, lang)
    assert ("multilateral", "2026-03-10") in found, found


BUSINESS_FORUM = [
    ("en", 'A Kazakh-Israeli business forum took place in Astana on Tuesday.'),
    ("ru", 'Во вторник в Астане состоялся казахстанско-израильский бизнес-форум.'),
    ("kk", 'Сейсенбі күні Астанада қазақстан-израиль бизнес форумы өтті.'),
    ("tr", "Salı günü Astana'da Kazakistan-İsrail İş Forumu düzenlendi."),
    ("ar", 'عقد يوم الثلاثاء في أستانا منتدى الأعمال الكازاخستاني الإسرائيلي.'),
    ("he", 'פורום עסקים קזחסטני-ישראלי התקיים ביום שלישי באסטנה.'),
    ("de", 'Am Dienstag fand in Astana ein kasachisch-israelisches Wirtschaftsforum statt.'),
    ("fr", "Un forum d'affaires kazakh-israélien s'est tenu mardi à Astana."),
    ("es", 'Un foro empresarial kazajo-israelí se celebró el martes en Astaná.'),
    ("it", 'Martedì si è svolto ad Astana un forum imprenditoriale kazako-israeliano.'),
    ("fa", 'روز سه شنبه همایش تجاری قزاقستان و اسرائیل در آستانه برگزار شد.'),
    ("cs", 'V úterý se v Astaně konalo kazachstánsko-izraelské podnikatelské fórum.'),
    ("pl", 'We wtorek w Astanie odbyło się kazachsko-izraelskie forum biznesowe.'),
    ("uk", 'У вівторок в Астані відбувся казахстансько-ізраїльський бізнес-форум.'),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), BUSINESS_FORUM)
def test_a_business_forum_is_economic_in_every_language(detector, lang, text):
    found = dated_types(detector, text, lang)
    assert ("economic", "2026-03-10") in found, found


RATIFIED = [
    ("en", "Kazakhstan's parliament ratified the agreement with Israel on Tuesday."),
    ("ru", 'Парламент Казахстана во вторник ратифицировал соглашение с Израилем.'),
    ("kk", 'Қазақстан Парламенті сейсенбі күні Израильмен келісімді ратификациялады.'),
    ("tr", 'Kazakistan Parlamentosu salı günü İsrail ile imzalanan anlaşmayı onayladı.'),
    ("ar", 'صادق البرلمان الكازاخستاني يوم الثلاثاء على الاتفاقية مع إسرائيل.'),
    ("he", 'הפרלמנט של קזחסטן אישרר ביום שלישי את ההסכם עם ישראל.'),
    ("de", 'Das kasachische Parlament hat am Dienstag das Abkommen mit Israel ratifiziert.'),
    ("fr", "Le Parlement kazakh a ratifié mardi l'accord avec Israël."),
    ("es", 'El Parlamento de Kazajistán ratificó el martes el acuerdo con Israel.'),
    ("it", "Il Parlamento del Kazakistan ha ratificato martedì l'accordo con Israele."),
    ("fa", 'پارلمان قزاقستان روز سه شنبه موافقت نامه با اسرائیل را تصویب کرد.'),
    ("cs", 'Kazašský parlament v úterý ratifikoval dohodu s Izraelem.'),
    ("pl", 'Parlament Kazachstanu ratyfikował we wtorek umowę z Izraelem.'),
    ("uk", 'Парламент Казахстану у вівторок ратифікував угоду з Ізраїлем.'),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), RATIFIED)
def test_a_ratified_agreement_is_at_stage_ratified_in_every_language(detector, lang, text):
    """Turkish "onayladı" ratifies; an Arabic verb stands before a long subject ("صادق البرلمان
    الكازاخستاني يوم الثلاثاء على")."""
    found = [
        (e["type"], e["date"], e["fields"].get("stage")) for e in extracted(detector, text, lang)
    ]
    assert ("agreement_signed", "2026-03-10", "ratified") in found, found


PRAISED = [
    ("en", 'Tokayev praised relations with Israel on Tuesday.'),
    ("ru", 'Токаев во вторник высоко оценил отношения с Израилем.'),
    ("kk", 'Тоқаев сейсенбі күні Израильмен қарым-қатынасты жоғары бағалады.'),
    ("tr", 'Tokayev salı günü İsrail ile ilişkileri övdü.'),
    ("ar", 'أشاد توكاييف يوم الثلاثاء بالعلاقات مع إسرائيل.'),
    ("he", 'טוקאייב שיבח ביום שלישי את היחסים עם ישראל.'),
    ("de", 'Tokajew lobte am Dienstag die Beziehungen zu Israel.'),
    ("fr", 'Tokaïev a salué mardi les relations avec Israël.'),
    ("es", 'Tokáyev elogió el martes las relaciones con Israel.'),
    ("it", 'Tokayev ha elogiato martedì le relazioni con Israele.'),
    ("fa", 'توکایف روز سه شنبه روابط با اسرائیل را ستود.'),
    ("cs", 'Tokajev v úterý ocenil vztahy s Izraelem.'),
    ("pl", 'Tokajew pochwalił we wtorek stosunki z Izraelem.'),
    ("uk", 'Токаєв у вівторок високо оцінив відносини з Ізраїлем.'),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), PRAISED)
def test_praising_relations_is_a_statement_in_every_language(detector, lang, text):
    """Arabic "أشاد" and Persian "ستود" are speech verbs of praise."""
    found = dated_types(detector, text, lang)
    assert ("statement", "2026-03-10") in found, found


SUMMONED = [
    ("en", "Kazakhstan's Foreign Ministry summoned the Israeli ambassador on Tuesday."),
    ("ru", 'МИД Казахстана во вторник вызвал посла Израиля.'),
    ("kk", 'Қазақстан СІМ сейсенбі күні Израиль елшісін шақыртты.'),
    ("tr", 'Kazakistan Dışişleri Bakanlığı salı günü İsrail büyükelçisini bakanlığa çağırdı.'),
    ("ar", 'استدعت وزارة الخارجية الكازاخية يوم الثلاثاء السفير الإسرائيلي.'),
    ("he", 'משרד החוץ של קזחסטן זימן ביום שלישי את שגריר ישראל.'),
    ("de", 'Das kasachische Außenministerium bestellte am Dienstag den '
           'israelischen Botschafter ein.'),
    ("fr", "Le ministère kazakh des Affaires étrangères a convoqué mardi l'ambassadeur d'Israël."),
    ("es", 'La cancillería de Kazajistán convocó el martes al embajador israelí.'),
    ("it", 'Il ministero degli Esteri del Kazakistan ha convocato martedì '
           "l'ambasciatore israeliano."),
    ("fa", 'وزارت امور خارجه قزاقستان روز سه شنبه سفیر اسرائیل را احضار کرد.'),
    ("cs", 'Kazašské ministerstvo zahraničí v úterý předvolalo izraelského velvyslance.'),
    ("pl", 'Ministerstwo Spraw Zagranicznych Kazachstanu wezwało we wtorek ambasadora Izraela.'),
    ("uk", 'МЗС Казахстану у вівторок викликало посла Ізраїлю.'),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), SUMMONED)
def test_summoning_the_ambassador_is_tension_in_every_language(detector, lang, text):
    """A date may stand between the verb and the envoy ("wezwało we wtorek ambasadora")."""
    found = dated_types(detector, text, lang)
    assert ("tension", "2026-03-10") in found, found


CANCELLED_VISIT = [
    ("ar", "ألغى وزير الخارجية الإسرائيلي جدعون ساعر يوم الثلاثاء زيارته إلى كازاخستان."),
    ("en", "Israeli Foreign Minister Gideon Sa'ar cancelled his visit to Kazakhstan on Tuesday."),
    ("ru", 'Министр иностранных дел Израиля Гидеон Саар во вторник отменил визит в Казахстан.'),
    ("kk", 'Израиль Сыртқы істер министрі Гидеон Саар сейсенбі күні Қазақстанға '
           'сапарынан бас тартты.'),
    ("tr", 'İsrail Dışişleri Bakanı Gideon Saar salı günü Kazakistan ziyaretini iptal etti.'),
    ("he", 'שר החוץ גדעון סער ביטל ביום שלישי את ביקורו בקזחסטן.'),
    ("de", 'Israels Außenminister Gideon Saar hat am Dienstag seinen Besuch in '
           'Kasachstan abgesagt.'),
    ("fr", 'Le ministre israélien des Affaires étrangères Gideon Saar a annulé '
           'mardi sa visite au Kazakhstan.'),
    ("es", 'El canciller israelí Gideon Saar canceló el martes su visita a Kazajistán.'),
    ("it", 'Il ministro degli Esteri israeliano Gideon Saar ha annullato martedì '
           'la sua visita in Kazakistan.'),
    ("fa", 'گیدئون سار وزیر امور خارجه اسرائیل روز سه شنبه سفر خود به قزاقستان را لغو کرد.'),
    ("cs", 'Izraelský ministr zahraničí Gideon Saar v úterý zrušil svou návštěvu Kazachstánu.'),
    ("pl", 'Minister spraw zagranicznych Izraela Gideon Saar odwołał we wtorek '
           'swoją wizytę w Kazachstanie.'),
    ("uk", 'Міністр закордонних справ Ізраїлю Гідеон Саар у вівторок скасував '
           'свій візит до Казахстану.'),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), CANCELLED_VISIT)
def test_a_cancelled_visit_is_tension_and_no_visit_in_every_language(detector, lang, text):
    """A date or a possessive may stand between the verb and the visit ("canceló el martes su
    visita", "zrušil svou návštěvu"); Kazakh "сапарынан бас тартты"."""
    found = dated_types(detector, text, lang)
    assert ("tension", "2026-03-10") in found, found
    assert "official_visit" not in [kind for kind, _ in found], found


FLIGHTS_LAUNCHED = [
    ("en", 'Air Astana launched direct flights from Almaty to Tel Aviv on Tuesday.'),
    ("ru", 'Air Astana во вторник запустила прямые рейсы из Алматы в Тель-Авив.'),
    ("kk", 'Air Astana сейсенбі күні Алматыдан Тель-Авивке тікелей рейстерді іске қосты.'),
    ("tr", "Air Astana salı günü Almatı'dan Tel Aviv'e direkt uçuşlar başlattı."),
    ("ar", 'أطلقت شركة إير أستانا يوم الثلاثاء رحلات مباشرة من ألماتي إلى تل أبيب.'),
    ("he", 'אייר אסטנה השיקה ביום שלישי טיסות ישירות מאלמטי לתל אביב.'),
    ("de", 'Air Astana hat am Dienstag Direktflüge von Almaty nach Tel Aviv aufgenommen.'),
    ("fr", 'Air Astana a lancé mardi des vols directs entre Almaty et Tel-Aviv.'),
    ("es", 'Air Astana inauguró el martes vuelos directos de Almaty a Tel Aviv.'),
    ("it", 'Air Astana ha lanciato martedì voli diretti da Almaty a Tel Aviv.'),
    ("fa", 'ایر آستانه روز سه شنبه پروازهای مستقیم از آلماتی به تل آویو را راه اندازی کرد.'),
    ("cs", 'Air Astana v úterý zahájila přímé lety z Almaty do Tel Avivu.'),
    ("pl", 'Air Astana uruchomiła we wtorek bezpośrednie loty z Ałmaty do Tel Awiwu.'),
    ("uk", 'Air Astana у вівторок запустила прямі рейси з Алмати до Тель-Авіва.'),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), FLIGHTS_LAUNCHED)
def test_launching_direct_flights_is_a_travel_change_in_every_language(detector, lang, text):
    """Arabic "أطلقت" (launched) starts flights as "إطلاق" does."""
    found = dated_types(detector, text, lang)
    assert ("visa_travel", "2026-03-10") in found, found


CALL = [
    ("en", 'President Tokayev held a phone call with Israeli Prime Minister Netanyahu on Tuesday.'),
    ("ru", "Президент Токаев во вторник провел телефонный разговор с премьер-министром Израиля "
           "Нетаньяху."),
    ("kk", "Президент Тоқаев сейсенбі күні Израиль премьер-министрі Нетаньяхумен телефон арқылы "
           "сөйлесті."),
    ("tr", 'Cumhurbaşkanı Tokayev salı günü İsrail Başbakanı Netanyahu ile telefonda görüştü.'),
    ("ar", 'أجرى الرئيس توكاييف يوم الثلاثاء اتصالا هاتفيا مع رئيس الوزراء الإسرائيلي نتنياهو.'),
    ("he", 'נשיא קזחסטן טוקאייב שוחח ביום שלישי בטלפון עם ראש הממשלה נתניהו.'),
    ("de", "Präsident Tokajew telefonierte am Dienstag mit dem israelischen Ministerpräsidenten "
           "Netanjahu."),
    ("fr", "Le président Tokaïev s'est entretenu mardi au téléphone avec le Premier ministre "
           "israélien Netanyahou."),
    ("es", "El presidente Tokáyev mantuvo el martes una conversación telefónica con el primer "
           "ministro israelí Netanyahu."),
    ("it", "Il presidente Tokayev ha avuto martedì un colloquio telefonico con il primo ministro "
           "israeliano Netanyahu."),
    ("fa", 'توکایف رئیس جمهور قزاقستان روز سه شنبه با نتانیاهو نخست وزیر اسرائیل تلفنی گفتگو کرد.'),
    ("cs", 'Prezident Tokajev v úterý telefonoval s izraelským premiérem Netanjahuem.'),
    ("pl", 'Prezydent Tokajew rozmawiał we wtorek telefonicznie z premierem Izraela Netanjahu.'),
    ("uk", "Президент Токаєв у вівторок провів телефонну розмову з прем'єр-міністром Ізраїлю "
           "Нетаньягу."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), CALL)
def test_a_phone_call_is_talks_in_every_language(detector, lang, text):
    found = dated_types(detector, text, lang)
    assert ("talks", "2026-03-10") in found, found


# Persian left out: 'وارد آستانه شد' names Astana in a spelling that is also a common word.
ARRIVAL = [
    ("en", "Israeli Foreign Minister Gideon Sa'ar arrived in Astana on Tuesday for an official "
           "visit."),
    ("ru", "Министр иностранных дел Израиля Гидеон Саар во вторник прибыл в Астану с официальным "
           "визитом."),
    ("kk", "Израиль Сыртқы істер министрі Гидеон Саар сейсенбі күні ресми сапармен Астанаға "
           "келді."),
    ("tr", "İsrail Dışişleri Bakanı Gideon Saar salı günü resmi ziyaret için Astana'ya geldi."),
    ("ar", 'وصل وزير الخارجية الإسرائيلي جدعون ساعر يوم الثلاثاء إلى أستانا في زيارة رسمية.'),
    ("he", 'שר החוץ גדעון סער הגיע ביום שלישי לאסטנה לביקור רשמי בקזחסטן.'),
    ("de", "Israels Außenminister Gideon Saar ist am Dienstag zu einem offiziellen Besuch in "
           "Astana eingetroffen."),
    ("fr", "Le ministre israélien des Affaires étrangères Gideon Saar est arrivé mardi à Astana "
           "pour une visite officielle."),
    ("es", 'El canciller israelí Gideon Saar llegó el martes a Astaná en visita oficial.'),
    ("it", "Il ministro degli Esteri israeliano Gideon Saar è arrivato martedì ad Astana per una "
           "visita ufficiale."),
    ("cs", "Izraelský ministr zahraničí Gideon Saar přiletěl v úterý na oficiální návštěvu do "
           "Astany."),
    ("pl", "Minister spraw zagranicznych Izraela Gideon Saar przybył we wtorek z oficjalną wizytą "
           "do Astany."),
    ("uk", "Міністр закордонних справ Ізраїлю Гідеон Саар у вівторок прибув з офіційним візитом "
           "до Астани."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), ARRIVAL)
def test_an_arrival_for_a_visit_is_an_official_visit_in_every_language(detector, lang, text):
    found = dated_types(detector, text, lang)
    assert ("official_visit", "2026-03-10") in found, found


ARRIVAL_WORD_ORDER = [
    # the place opens a verb-final clause, the visitor between it and the verb
    ("kk", "Сейсенбі күні Астанаға Израиль Сыртқы істер министрі Гидеон Саар келді."),
    # "reached Astana"
    ("tr", "İsrail Dışişleri Bakanı Gideon Saar salı günü Astana'ya ulaştı."),
    # the verb first, four words of visitor, then the place
    ("he", "ביום שלישי נחת שר החוץ גדעון סער באסטנה."),
    ("ar", "وصل وزير الخارجية الإسرائيلي جدعون ساعر الثلاثاء إلى العاصمة الكازاخستانية أستانا."),
    # separable verbs: the particle closes the clause ("eintreffen", "ankommen")
    ("de", "Am Dienstag traf der israelische Außenminister Gideon Saar in Astana ein."),
    ("de", "Am Dienstag kam der israelische Außenminister Gideon Saar in Astana an."),
    # Persian "آستانه" for Astana, which is also "threshold"
    ("fa", "گدعون سار، وزیر امور خارجه اسرائیل، روز سه‌شنبه وارد آستانه شد."),
    ("fa", "وزیر خارجه اسرائیل روز سه‌شنبه برای یک سفر رسمی به آستانه رفت."),
    # the day set off by Arabic commas between the visitor and the place
    ("ar", "وصل وزير الخارجية الإسرائيلي جدعون ساعر، الثلاثاء، إلى العاصمة الكازاخستانية أستانا."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), ARRIVAL_WORD_ORDER)
def test_an_arrival_in_each_languages_word_order_is_an_official_visit(detector, lang, text):
    found = dated_types(detector, text, lang)
    assert ("official_visit", "2026-03-10") in found, found


MEMORANDUM = [
    ("en", "Kazakhstan and Israel signed a memorandum of understanding on water cooperation on "
           "Tuesday."),
    ("ru", "Казахстан и Израиль во вторник подписали меморандум о взаимопонимании в сфере водных "
           "ресурсов."),
    ("kk", "Қазақстан мен Израиль сейсенбі күні су ресурстары саласындағы өзара түсіністік туралы "
           "меморандумға қол қойды."),
    ("tr", 'Kazakistan ve İsrail salı günü su alanında bir mutabakat zaptı imzaladı.'),
    ("ar", 'وقعت كازاخستان وإسرائيل يوم الثلاثاء مذكرة تفاهم في مجال المياه.'),
    ("he", 'קזחסטן וישראל חתמו ביום שלישי על מזכר הבנות בתחום המים.'),
    ("de", "Kasachstan und Israel haben am Dienstag eine Absichtserklärung über die "
           "Zusammenarbeit im Wasserbereich unterzeichnet."),
    ("fr", "Le Kazakhstan et Israël ont signé mardi un protocole d'accord sur la coopération dans "
           "le domaine de l'eau."),
    ("es", "Kazajistán e Israel firmaron el martes un memorando de entendimiento sobre "
           "cooperación en materia de agua."),
    ("it", "Kazakistan e Israele hanno firmato martedì un memorandum d'intesa sulla cooperazione "
           "nel settore idrico."),
    ("fa", 'قزاقستان و اسرائیل روز سه شنبه یک تفاهم نامه همکاری در زمینه آب امضا کردند.'),
    ("cs", "Kazachstán a Izrael v úterý podepsaly memorandum o porozumění o spolupráci v oblasti "
           "vody."),
    ("pl", "Kazachstan i Izrael podpisały we wtorek memorandum o porozumieniu w sprawie "
           "współpracy w dziedzinie wody."),
    ("uk", "Казахстан та Ізраїль у вівторок підписали меморандум про взаєморозуміння у сфері "
           "водних ресурсів."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), MEMORANDUM)
def test_a_signed_memorandum_is_an_agreement_in_every_language(detector, lang, text):
    found = dated_types(detector, text, lang)
    assert ("agreement_signed", "2026-03-10") in found, found


MEETING_RECEIVED = [
    # the guest received, in the passive, the host after it
    ("de", "Der israelische Außenminister Gideon Saar ist am Dienstag in Astana von Präsident "
           "Tokajew empfangen worden."),
    ("es", 'El canciller israelí Gideon Saar fue recibido el martes en Astaná por el presidente '
           'Tokáyev.'),
    ("it", "Il ministro degli Esteri israeliano Gideon Saar è stato ricevuto martedì ad Astana "
           "dal presidente Tokayev."),
    ("pl", "Minister spraw zagranicznych Izraela Gideon Saar został przyjęty we wtorek w Astanie "
           "przez prezydenta Tokajewa."),
    # the host receiving; "sešel se" (met)
    ("cs", "Prezident Tokajev v úterý v Astaně přijal izraelského ministra zahraničí Gideona "
           "Saara."),
    ("cs", "V úterý se v Jeruzalémě sešel kazašský ministr zahraničí Murat Nurtleu s izraelským "
           "premiérem Netanjahuem."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), MEETING_RECEIVED)
def test_a_guest_received_by_the_host_is_a_meeting_in_each_languages_word_order(
    detector, lang, text
):
    found = dated_types(detector, text, lang)
    assert any(
        kind in ("talks", "official_visit") and date == "2026-03-10" for kind, date in found
    ), found


PRAISED_OTHER_VERBS = [
    ("cs", 'Kazašský prezident Tokajev v úterý vyzdvihl partnerství s Izraelem.'),  # singled out
    ("it", 'Il presidente kazako Tokayev ha lodato martedì il partenariato con Israele.'),
    ("ar", "أثنى السفير الإسرائيلي في أستانا يوم الثلاثاء على التطور الكبير في العلاقات بين "
           "البلدين."),
    ("fa", 'روز سه شنبه توکایف روابط قزاقستان با اسرائیل را بسیار خوب ارزیابی کرد.'),
    ("uk", "Посол Ізраїлю в Казахстані у вівторок відзначив динамічний розвиток відносин між "
           "двома країнами."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), PRAISED_OTHER_VERBS)
def test_praise_in_other_verbs_is_a_statement(detector, lang, text):
    found = dated_types(detector, text, lang)
    assert ("statement", "2026-03-10") in found, found


def test_an_italian_call_told_as_speaking_on_the_telephone_is_talks(detector):
    text = ("Il presidente del Kazakistan, Tokayev, ha parlato martedì al telefono con il premier "
            "israeliano Netanyahu.")  # fmt: skip
    assert ("talks", "2026-03-10") in dated_types(detector, text, "it")


# Word orders real outlets use, probed concept by concept (the lists above hold the plain order).
MEETING_WORD_ORDER = [
    # a participle: "Tokayev, who met Sa'ar in Astana, discussed ..."
    ("tr", "Astana'da salı günü İsrail Dışişleri Bakanı Gideon Saar ile görüşen Tokayev, iş "
           "birliğini ele aldı."),
    # the passive: "was received by Tokayev"
    ("tr", "İsrail Dışişleri Bakanı Gideon Saar, salı günü Astana'da Kazakistan Cumhurbaşkanı "
           "Tokayev tarafından kabul edildi."),
    # "held a meeting": the noun in the accusative, after the place
    ("ar", "عقد وزير الخارجية الإسرائيلي جدعون ساعر يوم الثلاثاء في أستانا اجتماعا مع نظيره "
           "الكازاخستاني يرمك كوشيرباييف."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), MEETING_WORD_ORDER)
def test_a_meeting_in_the_other_sides_capital_in_each_word_order_is_a_visit(detector, lang, text):
    """A meeting the guest holds in the host's capital is the visit it belongs to, as the
    taxonomy draws talks only outside a visit of their own."""
    found = dated_types(detector, text, lang)
    assert ("official_visit", "2026-03-10") in found, found


CONDEMNATION_WORD_ORDER = [
    # the passive: "the strike was condemned by Kazakhstan"
    ("tr", "İsrail'in Doha'ya düzenlediği saldırı, salı günü Kazakistan tarafından kınandı."),
    # "دانت", the form without the hamza'd prefix
    ("ar", "دانت كازاخستان يوم الثلاثاء الغارة الإسرائيلية على قافلة المساعدات."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), CONDEMNATION_WORD_ORDER)
def test_a_condemnation_in_each_languages_word_order_is_tension(detector, lang, text):
    found = dated_types(detector, text, lang)
    assert ("tension", "2026-03-10") in found, found


ANNOUNCED_VISIT_WORD_ORDER = [
    # reported speech: "announced that Sa'ar will come to Astana in April"
    ("tr", "Kazakistan Dışişleri Bakanlığı salı günü yaptığı açıklamada, İsrail Dışişleri Bakanı "
           "Saar'ın nisanda Astana'ya geleceğini duyurdu."),
    # "will fly to Astana"
    ("he", 'שר החוץ גדעון סער ימריא באפריל לאסטנה לביקור רשמי בקזחסטן.'),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), ANNOUNCED_VISIT_WORD_ORDER)
def test_an_announced_visit_in_each_languages_word_order_is_planned(detector, lang, text):
    found = extracted(detector, text, lang)
    assert [e["type"] for e in found] == ["visit_planned"], found


PRAISED_AFTER_A_FRONTED_DAY = [
    # the day first, the praise verb second, its subject after it
    ("de", 'Am Dienstag lobte der israelische Außenminister Gideon Saar die Beziehungen zu '
           'Kasachstan.'),
    ("cs", 'V úterý ocenil izraelský ministr zahraničí Gideon Saar vztahy s Kazachstánem.'),
    # the day's preposition glued to it ("ב" + "יום שלישי")
    ("he", "ביום שלישי שיבח נשיא קזחסטן קאסים-ז'ומרט טוקאייב את היחסים עם ישראל."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), PRAISED_AFTER_A_FRONTED_DAY)
def test_praise_after_a_fronted_day_has_its_speaker_after_the_verb(detector, lang, text):
    found = dated_types(detector, text, lang)
    assert ("statement", "2026-03-10") in found, found


PRAISED_IN_THE_PASSIVE = [
    ("en", "Relations with Israel were praised on Tuesday by Kazakh Foreign Minister Yermek "
           "Kosherbayev."),
    ("es", "Las relaciones con Israel fueron elogiadas el martes por el canciller kazajo Yermek "
           "Kosherbayev."),
    ("it", "Le relazioni con Israele sono state elogiate martedì dal ministro degli Esteri kazako "
           "Yermek Kosherbayev."),
    ("pl", "Relacje z Izraelem zostały docenione we wtorek przez ministra spraw zagranicznych "
           "Kazachstanu Jermeka Koszerbajewa."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), PRAISED_IN_THE_PASSIVE)
def test_praise_told_in_the_passive_is_its_agents_statement(detector, lang, text):
    """ "were praised by X": X speaks, however many words stand between the verb and "by"."""
    found = [
        (e["type"], e["date"], e["fields"].get("speaker")) for e in extracted(detector, text, lang)
    ]
    assert ("statement", "2026-03-10", "Yermek Kosherbayev (Foreign Minister, KZ)") in found, found


JOINT_PRODUCTION = [
    ("en", 'At the end of the talks, the defence ministers of Kazakhstan and Israel agreed on '
           'joint production of drones in Kazakhstan.'),
    ("ru", 'По итогам переговоров министры обороны Казахстана и Израиля договорились о '
           'совместном производстве беспилотников в Казахстане.'),
    ("uk", 'За підсумками переговорів міністри оборони Казахстану та Ізраїлю домовилися про '
           'спільне виробництво безпілотників у Казахстані.'),
    ("kk", 'Келіссөз қорытындысы бойынша Қазақстан мен Израиль қорғаныс министрлері '
           'Қазақстанда дрондардың бірлескен өндірісі туралы келісті.'),
    ("tr", "Görüşmenin sonunda Kazakistan ve İsrail savunma bakanları Kazakistan'da insansız "
           'hava araçlarının ortak üretimi konusunda anlaştı.'),
    ("ar", 'وفي ختام المحادثات اتفق وزيرا الدفاع في كازاخستان وإسرائيل على إنتاج مشترك '
           'للطائرات المسيرة في كازاخستان.'),
    ("he", 'בסיום השיחות סיכמו שרי הביטחון של קזחסטן וישראל על ייצור משותף של רחפנים '
           'בקזחסטן.'),
    ("fa", 'در پایان گفتگوها وزیران دفاع قزاقستان و اسرائیل بر سر تولید مشترک پهپاد در '
           'قزاقستان توافق کردند.'),
    ("de", 'Zum Abschluss der Gespräche vereinbarten die Verteidigungsminister Kasachstans und '
           'Israels eine gemeinsame Produktion von Drohnen in Kasachstan.'),
    ("fr", "À l'issue des entretiens, les ministres de la Défense du Kazakhstan et d'Israël ont "
           'convenu d\'une production conjointe de drones au Kazakhstan.'),
    ("es", 'Al término de las conversaciones, los ministros de Defensa de Kazajistán e Israel '
           'acordaron la producción conjunta de drones en Kazajistán.'),
    ("it", 'Al termine dei colloqui i ministri della Difesa del Kazakistan e di Israele hanno '
           'concordato una produzione congiunta di droni in Kazakistan.'),
    ("pl", 'Na zakończenie rozmów ministrowie obrony Kazachstanu i Izraela uzgodnili wspólną '
           'produkcję dronów w Kazachstanie.'),
    ("cs", 'Na závěr jednání se ministři obrany Kazachstánu a Izraele dohodli na společné '
           'výrobě dronů v Kazachstánu.'),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), JOINT_PRODUCTION)
def test_joint_production_agreed_is_economic_news_in_every_language(detector, lang, text):
    """A joint venture or joint production the two sides agreed on is a deal between them,
    told in the past as when it is announced for the future."""
    found = dated_types(detector, text, lang)
    assert ("economic", "2026-03-12") in found, found


PLANT_TO_BE_BUILT = [
    ("en", "Israeli company Netafim will build a drip irrigation plant in Kazakhstan's "
           "Turkestan region, the regional administration said on Tuesday."),
    ("ru", 'Израильская компания Netafim построит завод капельного орошения в Туркестанской '
           'области Казахстана, сообщили во вторник в акимате.'),
    ("uk", 'Ізраїльська компанія Netafim побудує завод крапельного зрошення в Туркестанській '
           'області Казахстану, повідомили у вівторок в адміністрації.'),
    ("kk", 'Израильдік Netafim компаниясы Қазақстанның Түркістан облысында тамшылатып суару '
           'зауытын салады, деп хабарлады сейсенбіде облыс әкімдігі.'),
    ("tr", "İsrailli Netafim şirketi Kazakistan'ın Türkistan bölgesinde damla sulama fabrikası "
           'kuracak, bölge yönetimi salı günü açıkladı.'),
    ("ar", 'أعلنت الإدارة الإقليمية يوم الثلاثاء أن شركة نتافيم الإسرائيلية ستبني مصنعا للري '
           'بالتنقيط في منطقة تركستان في كازاخستان.'),
    ("he", 'חברת נטפים הישראלית תקים מפעל להשקיה בטפטוף במחוז טורקסטן בקזחסטן, כך נמסר ביום '
           'שלישי.'),
    ("de", 'Das israelische Unternehmen Netafim wird in der kasachischen Region Turkestan ein '
           'Werk für Tropfbewässerung bauen, teilte die Regionalverwaltung am Dienstag mit.'),
    ("fr", "La société israélienne Netafim construira une usine d'irrigation goutte-à-goutte "
           'dans la région de Turkestan au Kazakhstan, a annoncé mardi l\'administration.'),
    ("es", 'La empresa israelí Netafim construirá una planta de riego por goteo en la región '
           'de Turkestán, en Kazajistán, informó el martes la administración regional.'),
    ("it", "L'azienda israeliana Netafim costruirà uno stabilimento per l'irrigazione a goccia "
           'nella regione del Turkestan, in Kazakistan, ha annunciato martedì l\'amministrazione.'),
    ("pl", 'Izraelska firma Netafim zbuduje fabrykę nawadniania kropelkowego w obwodzie '
           'turkiestańskim w Kazachstanie, poinformowała we wtorek administracja.'),
    ("cs", 'Izraelská společnost Netafim postaví závod na kapkovou závlahu v Turkestánské '
           'oblasti Kazachstánu, oznámila v úterý regionální správa.'),
    ("fa", 'شرکت اسرائیلی نتافیم یک کارخانه آبیاری قطره‌ای در منطقه ترکستان قزاقستان احداث '
           'خواهد کرد، اداره منطقه روز سه‌شنبه اعلام کرد.'),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), PLANT_TO_BE_BUILT)
def test_a_plant_one_sides_company_will_build_in_the_other_is_economic_news(detector, lang, text):
    """A company of one side to build a plant in the other country is an investment announced
    ("will build", "построит", "kuracak", "תקים"): news on the day it is told."""
    assert ("economic", "2026-03-10") in dated_types(detector, text, lang), text


BUILDING_WITHOUT_A_PROJECT = [
    ("en", "Kazakhstan and Israel will build bridges of friendship between their peoples, the "
           "two foreign ministers said on Tuesday."),
    ("ru", 'Казахстан и Израиль будут строить мосты дружбы между народами, заявили во вторник '
           'министры иностранных дел.'),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), BUILDING_WITHOUT_A_PROJECT)
def test_building_friendship_is_no_economic_news(detector, lang, text):
    """To build is economic only for a company's plant or project, not for friendship."""
    assert "economic" not in [kind for kind, _ in dated_types(detector, text, lang)], text


VISA_FREE_FROM_A_DAY = [
    ("en", "From Tuesday, citizens of Kazakhstan and Israel can travel to each other's country "
           "without visas for up to 30 days."),
    ("it", "Da martedì i cittadini del Kazakistan e di Israele possono recarsi nell'altro paese "
           "senza visto fino a 30 giorni."),
    ("ar", "اعتبارا من الثلاثاء يمكن لمواطني كازاخستان وإسرائيل السفر إلى بلد الآخر دون تأشيرة "
           "لمدة تصل إلى 30 يوما."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), VISA_FREE_FROM_A_DAY)
def test_travel_without_visas_from_a_day_is_a_visa_change(detector, lang, text):
    """ "From Tuesday citizens can travel without visas": a change decided, in Italian
    ("possono", "da martedì") and Arabic ("يمكن لمواطني", "اعتبارا من") as in English."""
    assert "visa_travel" in [kind for kind, _ in dated_types(detector, text, lang)], text


# A bare "minister" and his portfolio's words before the country he serves ("Министр науки и
# высшего образования Казахстана"): his country, so a meeting with the other side's envoy is
# talks between the two.
MINISTER_OF_A_PORTFOLIO = [  # not yet: de ("Minister für ...")
    ("ru", "Министр науки и высшего образования Казахстана провел встречу с послом Израиля."),
    ("uk", "Міністр науки і вищої освіти Казахстану провів зустріч з послом Ізраїлю."),
    ("en", "The Minister of Science and Higher Education of Kazakhstan met the Israeli "
           "ambassador."),
    ("fr", "Le ministre de la Science et de l'Enseignement supérieur du Kazakhstan a "
           "rencontré l'ambassadeur d'Israël."),
    ("es", "El ministro de Ciencia y Educación Superior de Kazajistán se reunió con el "
           "embajador de Israel."),
    ("it", "Il ministro della Scienza e dell'Istruzione superiore del Kazakistan ha "
           "incontrato l'ambasciatore di Israele."),
    ("pl", "Minister nauki i szkolnictwa wyższego Kazachstanu spotkał się z ambasadorem "
           "Izraela."),
    ("cs", "Ministr vědy a vysokého školství Kazachstánu se setkal s velvyslancem Izraele."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), MINISTER_OF_A_PORTFOLIO)
def test_a_minister_of_a_portfolio_serves_the_country_named_after_it(detector, lang, text):
    found = dated_types(detector, text, lang, published="2026-02-26T09:00:00Z")
    assert ("talks", "2026-02-26") in found, found


ACCUSED = [
    ("en", "Kazakhstan's security service on Tuesday accused Israeli firms of selling defective "
           "artillery systems to the army."),
    ("ru", "КНБ Казахстана во вторник обвинил израильские компании в поставке неисправных "
           "артиллерийских систем."),
    ("tr", "Kazakistan güvenlik servisi salı günü İsrailli şirketleri kusurlu topçu sistemleri "
           "satmakla suçladı."),
    ("ar", "اتهم جهاز الأمن الكازاخستاني يوم الثلاثاء شركات إسرائيلية ببيع أنظمة مدفعية معيبة."),
    ("he", "שירות הביטחון של קזחסטן האשים ביום שלישי חברות ישראליות במכירת מערכות ארטילריה "
           "פגומות."),
    ("de", "Der kasachische Geheimdienst beschuldigte am Dienstag israelische Firmen, "
           "mangelhafte Artilleriesysteme geliefert zu haben."),
    ("fr", "Le service de sécurité kazakh a accusé mardi des entreprises israéliennes d'avoir "
           "vendu des systèmes d'artillerie défectueux."),
    ("es", "El servicio de seguridad de Kazajistán acusó el martes a empresas israelíes de "
           "vender sistemas de artillería defectuosos."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), ACCUSED)
def test_one_side_accusing_the_others_firms_is_tension_in_every_language(detector, lang, text):
    """An accusation by one side's authority against the other's firms or government is
    friction, as a condemnation is."""
    found = dated_types(detector, text, lang)
    assert ("tension", "2026-03-10") in found, found


@pytest.mark.parametrize(
    "text",
    [
        "Iran accused Israel on Tuesday of attacking its nuclear sites, while Kazakhstan called "
        "for restraint.",
        "Kazakhstan was accused on Tuesday of ignoring the rights of migrant workers.",
    ],
)
def test_an_accusation_not_between_the_two_sides_is_no_tension(detector, text):
    """A third country accusing one side, or one side accused by no one of the other."""
    assert "tension" not in [kind for kind, _ in dated_types(detector, text, "en")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ar", "اتهمت وكالة الاستخبارات في كزخستان يوم الثلاثاء إسرائيل ببيع سلاح لا يصلح "
               "للاستخدام."),
        ("he", "שירות הביטחון של קזחסטאן האשים ביום שלישי חברות מישראל במכירת ציוד פגום."),
        ("en", "Kazakhstan's security service on Tuesday accused Israeli firms of selling guns "
               "that do not work."),
    ],
)  # fmt: skip
def test_an_accusation_in_another_spelling_or_of_what_does_not_work(detector, lang, text):
    """ "كزخستان" and "קזחסטאן" spell Kazakhstan too; a negation in what the accusation says
    ("arms that do not work") does not deny it."""
    found = dated_types(detector, text, lang)
    assert ("tension", "2026-03-10") in found, found


def test_an_accusation_denied_is_no_tension(detector):
    text = "Kazakhstan's security service did not accuse Israeli firms of selling defective guns."
    assert "tension" not in [kind for kind, _ in dated_types(detector, text, "en")]


ISRAEL_BY_ANOTHER_NAME = [
    ("en", "Kazakhstan and the Jewish state signed an agreement on agricultural cooperation on "
           "Tuesday."),
    ("ru", "Казахстан и еврейское государство во вторник подписали соглашение о сотрудничестве "
           "в сельском хозяйстве."),
    ("kk", "Қазақстан мен еврей мемлекеті сейсенбі күні ауыл шаруашылығы саласындағы "
           "ынтымақтастық туралы келісімге қол қойды."),
    ("tr", "Kazakistan ile Yahudi devleti salı günü tarım alanında işbirliği anlaşması imzaladı."),
    ("ar", "وقعت دولة الاحتلال وكازاخستان يوم الثلاثاء اتفاقية للتعاون الزراعي."),
    ("ar", "وقع الكيان الصهيوني وكازاخستان يوم الثلاثاء اتفاقية للتعاون الزراعي."),
    ("ar", "وقعت الدولة العبرية وكازاخستان يوم الثلاثاء اتفاقية للتعاون الزراعي."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), ISRAEL_BY_ANOTHER_NAME)
def test_israel_named_by_an_epithet_is_israel(detector, lang, text):
    """ "the Jewish state", "еврейское государство", "Yahudi devleti", and the Arabic press's
    "دولة الاحتلال", "الكيان الصهيوني", "الدولة العبرية" name Israel."""
    assert ("agreement_signed", "2026-03-10") in dated_types(detector, text, lang)


ACCESSION_CALL_NEW_LANGUAGES = [
    ("zh", "美国总统特朗普周四宣布，哈萨克斯坦将加入亚伯拉罕协议。"
           "此前，特朗普与以色列总理内塔尼亚胡和哈萨克斯坦总统托卡耶夫通电话。"),
    ("ja", "トランプ米大統領は、カザフスタンがアブラハム合意に参加すると発表した。"
           "トランプ氏はイスラエルのネタニヤフ首相、カザフスタンのトカエフ大統領と"
           "電話会談した。"),
    ("ko", "도널드 트럼프 미국 대통령은 카자흐스탄이 아브라함 협정에 가입한다고 "
           "밝혔다. 트럼프 대통령은 이스라엘 총리, 카자흐스탄 대통령과 전화 통화를 "
           "했다."),
    ("pt", "O presidente dos EUA, Donald Trump, anunciou que o Cazaquistão vai aderir "
           "aos Acordos de Abraão, após um telefonema com o primeiro-ministro de Israel, "
           "Benjamin Netanyahu, e o presidente Kassym-Jomart Tokayev."),
    ("id", "Presiden AS Donald Trump mengumumkan bahwa Kazakhstan akan bergabung dengan "
           "Perjanjian Abraham setelah panggilan telepon dengan Perdana Menteri Israel "
           "Benjamin Netanyahu dan Presiden Kassym-Jomart Tokayev."),
    ("ur", "امریکی صدر ڈونلڈ ٹرمپ نے اعلان کیا کہ قازقستان ابراہم معاہدے میں شامل ہو گیا "
           "ہے۔ اس سے پہلے قازقستان کے صدر اور اسرائیلی وزیراعظم کے درمیان ٹیلیفونک رابطہ ہوا۔"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), ACCESSION_CALL_NEW_LANGUAGES)
def test_the_accession_and_its_call_in_languages_added_as_data(detector, lang, text):
    """Chinese, Japanese and Korean (written without spaces between words, or with particles
    joined to them; "。" ends a sentence), Portuguese, Indonesian and Urdu ("۔" ends a
    sentence): files of words only. The
    accession told the next day is dated by the known step, and so is the call it followed."""
    found = dated_types(detector, text, lang, published="2025-11-07T06:00:00Z")
    assert ("multilateral", "2025-11-06") in found and ("talks", "2025-11-06") in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("zh", "哈薩克6日表示，將加入以色列與穆斯林國家之間的「亞伯拉罕協議」。"),
        ("hi", "कजाकिस्तान ने गुरुवार को बताया कि वह इजरायल के साथ अब्राहम समझौते में शामिल होगा।"),
        ("nl", "Kazachstan sluit zich aan bij de Abraham-akkoorden met Israël."),
        ("ko", "카자흐스탄이 이스라엘과의 아브라함 협정에 참여한다."),
        ("id", "Aksesi Kazakhstan terhadap Abraham Accords dengan Israel diumumkan di Washington."),
        ("bn", "কাজাখস্তান ইসরায়েলের সঙ্গে আব্রাহাম চুক্তিতে যোগ দিয়েছে বলে ট্রাম্প জানান।"),
        ("ta", "கஜகஸ்தான் இஸ்ரேலுடனான ஆபிரகாம் ஒப்பந்தத்தில் இணைந்ததாக டிரம்ப் தெரிவித்தார்."),
    ],
)  # fmt: skip
def test_joining_the_accords_in_more_languages_added_as_data(detector, lang, text):
    """ "哈薩克" is how Taiwan and Hong Kong write Kazakhstan; Hindi "शामिल होगा", Dutch "sluit
    zich aan", Korean "참여", Indonesian "aksesi" join the Accords."""
    found = dated_types(detector, text, lang, published="2025-11-07T06:00:00Z")
    assert ("multilateral", "2025-11-06") in found, found


FLIGHTS_SUSPENDED = [
    ("en", "Air Astana suspended its flights to Tel Aviv on Tuesday because of the war."),
    ("ru", "Air Astana во вторник приостановила рейсы в Тель-Авив из-за войны."),
    ("de", "Air Astana hat am Dienstag ihre Flüge nach Tel Aviv wegen des Krieges ausgesetzt."),
    ("fr", "Air Astana a suspendu mardi ses vols vers Tel-Aviv en raison de la guerre."),
    ("tr", "Air Astana salı günü savaş nedeniyle Tel Aviv seferlerini askıya aldı."),
    ("ar", "علقت شركة إير أستانا يوم الثلاثاء رحلاتها إلى تل أبيب بسبب الحرب."),
    ("he", "אייר אסטנה השעתה ביום שלישי את טיסותיה לתל אביב בשל המלחמה."),
    ("kk", "Air Astana сейсенбі күні соғысқа байланысты Тель-Авивке рейстерін тоқтатты."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), FLIGHTS_SUSPENDED)
def test_suspending_flights_is_a_travel_change_in_every_language(detector, lang, text):
    """Hebrew "טיסותיה" (its flights) is a flight word with its possessive ending."""
    assert ("visa_travel", "2026-03-10") in dated_types(detector, text, lang)


# Flights to come in a month named, and a warning to citizens, told with Russian and Kazakh verbs
# the files had not held (and Hebrew "תשיק"): they speak of the future, so May is next May.
MORE_TRAVEL_WORDING = [
    ("ru", "Air Astana запустит прямые рейсы из Алматы в Тель-Авив в мае.", ("visa_travel", "2026-05")),  # noqa: E501
    ("kk", "Air Astana мамыр айында Алматыдан Тель-Авивке тікелей рейстер ашады.", ("visa_travel", "2026-05")),  # noqa: E501
    ("ru", "Израиль предупредил своих граждан о поездках в Казахстан.", ("tension", "2026-03-12")),
    ("he", "אייר אסטנה תשיק במאי טיסות ישירות מאלמטי לתל אביב.", ("visa_travel", "2026-05")),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text", "wanted"), MORE_TRAVEL_WORDING)
def test_flights_to_come_and_a_warning_to_citizens_in_russian_and_kazakh(
    detector, lang, text, wanted
):
    assert dated_types(detector, text, lang) == [wanted]
