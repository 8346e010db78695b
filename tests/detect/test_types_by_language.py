# ruff: noqa: E501  (one written sentence per line reads better than wrapped)
"""Each type of development in the languages beyond English and Russian: one sentence each,
written for this test, in the way that language's news states it (the rules alone, the
article taken as relevant so that only extraction is judged)."""

from __future__ import annotations

import pytest

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
    article = {
        "id": "t",
        "title": "",
        "text": text,
        "url": "",
        "published": PUBLISHED,
        "lang": lang,
    }
    found = detector.candidates(article, loose=False, always=True)
    assert kind in [event["type"] for _, event in found.pairs], found.pairs
