# ruff: noqa: E501  (one written sentence per line reads better than wrapped)
"""Each type of development in the languages beyond English and Russian: one sentence each,
written for this test, in the way that language's news states it (the rules alone, the
article taken as relevant so that only extraction is judged)."""

from __future__ import annotations

import pytest

from tests.detect.helpers import extracted

PUBLISHED = "2026-03-12T09:00:00Z"

CASES = [
    (
        "official_visit",
        "es",
        "El presidente de Israel, Isaac Herzog, llegó el martes a Astaná en visita oficial a Kazajistán.",
    ),
    (
        "agreement_signed",
        "es",
        "Kazajistán e Israel firmaron el martes un memorando de entendimiento sobre cooperación en materia de agua.",
    ),
    (
        "talks",
        "es",
        "El presidente kazajo Kassym-Jomart Tokáyev conversó por teléfono el martes con el primer ministro israelí Benjamín Netanyahu.",
    ),
    (
        "statement",
        "es",
        "El canciller israelí Gideon Saar afirmó el martes que Kazajistán es un socio importante para Israel.",
    ),
    ("multilateral", "es", "Kazajistán se unió formalmente el martes a los Acuerdos de Abraham."),
    (
        "visa_travel",
        "es",
        "Israir lanzará vuelos directos entre Tel Aviv y Almaty a partir del 1 de junio.",
    ),
    (
        "official_visit",
        "it",
        "Il presidente israeliano Isaac Herzog è arrivato martedì ad Astana per una visita ufficiale in Kazakistan.",
    ),
    (
        "agreement_signed",
        "it",
        "Kazakistan e Israele hanno firmato martedì un memorandum d'intesa sulla cooperazione nel settore idrico.",
    ),
    (
        "talks",
        "it",
        "Il presidente kazako Tokayev ha avuto martedì un colloquio telefonico con il primo ministro israeliano Netanyahu.",
    ),
    (
        "statement",
        "it",
        "Il ministro degli Esteri israeliano Gideon Saar ha dichiarato martedì che il Kazakistan è un partner importante per Israele.",
    ),
    ("multilateral", "it", "Il Kazakistan ha aderito martedì agli Accordi di Abramo."),
    (
        "official_visit",
        "cs",
        "Izraelský prezident Jicchak Herzog přicestoval v úterý na oficiální návštěvu do Kazachstánu.",
    ),
    (
        "agreement_signed",
        "cs",
        "Kazachstán a Izrael v úterý podepsaly memorandum o spolupráci v oblasti vodního hospodářství.",
    ),
    (
        "talks",
        "cs",
        "Kazašský prezident Tokajev v úterý telefonicky hovořil s izraelským premiérem Netanjahuem.",
    ),
    ("multilateral", "cs", "Kazachstán se v úterý připojil k Abrahámovým dohodám."),
    (
        "official_visit",
        "fa",
        "رئیس\u200cجمهور اسرائیل اسحاق هرتزوگ روز سه\u200cشنبه برای دیداری رسمی وارد آستانه قزاقستان شد.",
    ),
    (
        "agreement_signed",
        "fa",
        "قزاقستان و اسرائیل روز سه\u200cشنبه تفاهم\u200cنامه همکاری در زمینه آب امضا کردند.",
    ),
    ("multilateral", "fa", "قزاقستان روز سه\u200cشنبه به پیمان ابراهیم پیوست."),
    ("official_visit", "he", "שר החוץ גדעון סער נחת ביום שלישי באסטנה לביקור רשמי בקזחסטן."),
    (
        "agreement_signed",
        "he",
        "ישראל וקזחסטן חתמו ביום שלישי על מזכר הבנות לשיתוף פעולה בתחום המים.",
    ),
    ("multilateral", "he", "קזחסטן הצטרפה ביום שלישי להסכמי אברהם."),
    ("visa_travel", "he", "אל על תשיק טיסות ישירות בין תל אביב לאלמטי ב-1 ביוני."),
    ("statement", "he", "שר החוץ גדעון סער אמר ביום שלישי כי קזחסטן היא שותפה חשובה של ישראל."),
    (
        "official_visit",
        "ar",
        "وصل وزير الخارجية الإسرائيلي جدعون ساعر يوم الثلاثاء إلى أستانا في زيارة رسمية إلى كازاخستان.",
    ),
    ("multilateral", "ar", "انضمت كازاخستان يوم الثلاثاء رسميا إلى اتفاقيات أبراهام."),
    (
        "statement",
        "ar",
        "قال وزير الخارجية الإسرائيلي جدعون ساعر يوم الثلاثاء إن كازاخستان شريك مهم لإسرائيل.",
    ),
    (
        "official_visit",
        "tr",
        "İsrail Dışişleri Bakanı Gideon Saar salı günü resmi ziyaret için Kazakistan'a geldi.",
    ),
    ("multilateral", "tr", "Kazakistan salı günü İbrahim Anlaşmaları'na resmen katıldı."),
    (
        "statement",
        "tr",
        "İsrail Dışişleri Bakanı Gideon Saar salı günü Kazakistan'ın İsrail için önemli bir ortak olduğunu söyledi.",
    ),
    (
        "visit_planned",
        "de",
        "Der israelische Ministerpräsident Benjamin Netanjahu wird im kommenden Monat Kasachstan besuchen.",
    ),
    (
        "visit_planned",
        "fr",
        "Le Premier ministre israélien Benjamin Netanyahu se rendra au Kazakhstan le mois prochain.",
    ),
    (
        "visit_planned",
        "kk",
        "Израиль Премьер-министрі Биньямин Нетаньяху келесі айда Қазақстанға сапармен барады.",
    ),
    (
        "official_visit",
        "kk",
        "Израиль Сыртқы істер министрі Гидеон Саар сейсенбі күні ресми сапармен Астанаға келді.",
    ),
    ("multilateral", "kk", "Қазақстан сейсенбі күні Авраам келісімдеріне ресми түрде қосылды."),
]


@pytest.mark.parametrize(("kind", "lang", "text"), CASES)
def test_the_development_is_found_in_its_language(detector, kind, lang, text):
    found = extracted(detector, text, lang, PUBLISHED)
    assert kind in [event["type"] for event in found], found


# English and Russian in the shapes news takes beyond the plain report: a visit told by its
# frame ('during his visit', 'wrapped up', 'находится с визитом'), a signing by its ceremony or
# its papers, a reception, a trip announced in reported speech, a resumed route.
PHRASINGS = [
    (
        "statement",
        "ru",
        "«Казахстан - настоящий друг Израиля», - сказал во вторник журналистам в Астане министр иностранных дел Израиля Гидеон Саар.",
    ),
    (
        "statement",
        "ar",
        "قال سفير إسرائيل لدى كازاخستان إدوارد شابيرا يوم الثلاثاء إن إسرائيل تقدر شراكتها مع كازاخستان.",
    ),
    (
        "statement",
        "en",
        '"Kazakhstan is a true friend of Israel," Israeli Foreign Minister Gideon Sa\'ar told reporters in Astana on Tuesday.',
    ),
    (
        "tension",
        "en",
        "Kazakhstan summoned Israel's ambassador on Tuesday to protest the detention of Kazakh citizens.",
    ),
    (
        "tension",
        "en",
        "Kazakhstan strongly condemned Israel's strike on Qatar on Tuesday, calling it a violation of sovereignty.",
    ),
    ("tension", "en", "Israel recalled its ambassador from Astana for consultations on Tuesday."),
    (
        "tension",
        "en",
        "Hundreds protested outside the Israeli embassy in Almaty on Tuesday against the war in Gaza.",
    ),
    (
        "tension",
        "ru",
        "МИД Казахстана во вторник вызвал посла Израиля в связи с задержанием казахстанских граждан.",
    ),
    (
        "tension",
        "ru",
        "Казахстан решительно осудил удар Израиля по Катару, назвав его нарушением суверенитета.",
    ),
    (
        "tension",
        "ru",
        "Сотни человек во вторник провели акцию протеста у посольства Израиля в Алматы против войны в Газе.",
    ),
    ("tension", "kk", "Қазақстан Израильдің Катарға жасаған соққысын қатаң айыптады."),
    (
        "tension",
        "tr",
        "Kazakistan, İsrail'in Katar'a düzenlediği saldırıyı salı günü sert bir dille kınadı.",
    ),
    ("tension", "he", "קזחסטן גינתה ביום שלישי את תקיפת ישראל בקטאר."),
    ("tension", "ar", "أدانت كازاخستان يوم الثلاثاء الهجوم الإسرائيلي على قطر."),
    ("tension", "de", "Kasachstan verurteilte am Dienstag den israelischen Angriff auf Katar."),
    (
        "multilateral",
        "kk",
        "Қазақстан сейсенбі күні Авраам келісімдеріне қосылғанын ресми түрде жариялады.",
    ),
    (
        "multilateral",
        "en",
        "Tokayev announced on Tuesday that Kazakhstan would join the Abraham Accords.",
    ),
    ("economic", "en", "Kazakhstan's exports to Israel rose 40% to $300 million in 2024."),
    (
        "economic",
        "ru",
        "Экспорт Казахстана в Израиль в 2024 году вырос на 40% и достиг 300 млн долларов.",
    ),
    (
        "economic",
        "kk",
        "Израиль компаниясы Түркістан облысында тамшылатып суару зауытына 50 миллион доллар инвестиция салады.",
    ),
    (
        "visa_travel",
        "kk",
        "Қазақстан мен Израиль арасында 1 маусымнан бастап визасыз режим енгізіледі.",
    ),
    (
        "visa_travel",
        "tr",
        "Kazakistan ile İsrail arasında vizesiz seyahat 1 Haziran'dan itibaren başlayacak.",
    ),
    ("visa_travel", "de", "Ab dem 1. Juni können Israelis ohne Visum nach Kasachstan reisen."),
    (
        "visa_travel",
        "fr",
        "À partir du 1er juin, les Israéliens pourront se rendre au Kazakhstan sans visa.",
    ),
    (
        "official_visit",
        "tr",
        "Kazakistan Dışişleri Bakanı, ülkesinde resmi temaslarda bulunan İsrail Dışişleri Bakanı Gideon Saar ile salı günü Astana'da bir araya geldi.",
    ),
    (
        "official_visit",
        "en",
        "During his visit to Israel on Tuesday, Kazakh Foreign Minister Murat Nurtleu met President Isaac Herzog.",
    ),
    (
        "official_visit",
        "en",
        "The Israeli delegation, headed by Agriculture Minister Avi Dichter, is in Kazakhstan on a three-day visit.",
    ),
    (
        "official_visit",
        "en",
        "Israeli Foreign Minister Gideon Sa'ar wrapped up a two-day visit to Kazakhstan on Tuesday.",
    ),
    (
        "official_visit",
        "en",
        "Kazakh Prime Minister Olzhas Bektenov is on an official visit to Israel, where he held talks with Netanyahu on Tuesday.",
    ),
    (
        "official_visit",
        "en",
        "Netanyahu, who is visiting Kazakhstan, laid a wreath at the Defender of the Fatherland monument in Astana on Tuesday.",
    ),
    (
        "official_visit",
        "ru",
        "В рамках визита в Израиль министр иностранных дел Казахстана Мурат Нуртлеу во вторник встретился с Президентом Ицхаком Герцогом.",
    ),
    (
        "official_visit",
        "ru",
        "Израильская делегация во главе с министром сельского хозяйства Ави Дихтером находится в Казахстане с трехдневным визитом.",
    ),
    (
        "official_visit",
        "ru",
        "Министр иностранных дел Израиля Гидеон Саар во вторник завершил двухдневный визит в Казахстан.",
    ),
    (
        "official_visit",
        "ru",
        "Премьер-министр Казахстана Олжас Бектенов находится с официальным визитом в Израиле.",
    ),
    (
        "agreement_signed",
        "en",
        "The signing ceremony of the agreement on visa-free travel between Kazakhstan and Israel took place in Astana on Tuesday.",
    ),
    (
        "agreement_signed",
        "en",
        "Documents signed during the visit of Israel's foreign minister to Kazakhstan on Tuesday include a memorandum on cooperation in cybersecurity.",
    ),
    (
        "agreement_signed",
        "ru",
        "Во вторник в Астане состоялась церемония подписания соглашения между Казахстаном и Израилем о безвизовом режиме.",
    ),
    (
        "agreement_signed",
        "ru",
        "Во время визита главы МИД Израиля в Казахстан во вторник был подписан меморандум о сотрудничестве в сфере кибербезопасности.",
    ),
    (
        "talks",
        "en",
        "On Tuesday, Kazakh Deputy Foreign Minister Alibek Bakayev received Israel's Ambassador Edward Shapira to discuss bilateral cooperation.",
    ),
    (
        "talks",
        "ru",
        "Во вторник заместитель министра иностранных дел Казахстана Алибек Бакаев принял посла Израиля Эдуарда Шапиру для обсуждения двустороннего сотрудничества.",
    ),
    (
        "visit_planned",
        "en",
        "Netanyahu said on Tuesday he would travel to Kazakhstan in the coming months.",
    ),
    (
        "visit_planned",
        "ru",
        "Нетаньяху во вторник заявил, что в ближайшие месяцы совершит поездку в Казахстан.",
    ),
    (
        "visit_planned",
        "en",
        "Tokayev has invited Herzog to visit Kazakhstan, the Akorda said on Tuesday.",
    ),
    (
        "multilateral",
        "en",
        "Kazakhstan became the first country in Central Asia to join the Abraham Accords on Tuesday.",
    ),
    (
        "multilateral",
        "ru",
        "Во вторник Казахстан стал первой страной Центральной Азии, присоединившейся к Соглашениям Авраама.",
    ),
    (
        "visa_travel",
        "en",
        "From June 1, citizens of Kazakhstan and Israel will be able to travel between the two countries without visas for up to 30 days.",
    ),
    (
        "visa_travel",
        "ru",
        "С 1 июня граждане Казахстана и Израиля смогут ездить друг к другу без виз сроком до 30 дней.",
    ),
    (
        "visa_travel",
        "en",
        "Air Astana resumed flights to Tel Aviv on Tuesday after a two-month break.",
    ),
    (
        "visa_travel",
        "ru",
        "Air Astana во вторник возобновила рейсы в Тель-Авив после двухмесячного перерыва.",
    ),
    # A visit under way, in the imperfective present ("navštěvuje", "відвідує")
    (
        "official_visit",
        "cs",
        "Izraelský ministr zahraničí Gideon Saar tento týden navštěvuje Astanu.",
    ),
    (
        "official_visit",
        "uk",
        "Міністр закордонних справ Ізраїлю Гідеон Саар цього тижня відвідує Астану.",
    ),
    # A joint commission named with words inside its name ("Hükümetlerarası Ekonomik İşbirliği
    # Komisyonu", "اللجنة الحكومية الكازاخستانية الإسرائيلية المشتركة", "הוועדה הבין-ממשלתית")
    (
        "economic",
        "tr",
        "Kazakistan-İsrail Hükümetlerarası Ekonomik İşbirliği Komisyonu'nun beşinci toplantısı salı günü Tel Aviv'de yapıldı.",
    ),
    (
        "economic",
        "ar",
        "عقدت اللجنة الحكومية الكازاخستانية الإسرائيلية المشتركة للتعاون الاقتصادي اجتماعها الخامس في تل أبيب يوم الثلاثاء.",
    ),
    (
        "economic",
        "he",
        "הוועדה הבין-ממשלתית של ישראל וקזחסטן לשיתוף פעולה כלכלי קיימה ביום שלישי את מושבה החמישי בתל אביב.",
    ),
    # Italian enters the Accords ("è entrato negli", "l'ingresso ... negli") as well as joining
    (
        "multilateral",
        "it",
        "Il Kazakistan è entrato martedì negli Accordi di Abramo.",
    ),
    (
        "multilateral",
        "it",
        "L'ingresso del Kazakistan negli Accordi di Abramo è stato annunciato martedì.",
    ),
]


@pytest.mark.parametrize(("kind", "lang", "text"), PHRASINGS)
def test_the_development_is_found_however_it_is_phrased(detector, kind, lang, text):
    test_the_development_is_found_in_its_language(detector, kind, lang, text)
