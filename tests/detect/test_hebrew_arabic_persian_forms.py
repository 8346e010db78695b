"""Forms of Hebrew, Arabic and Persian news the matcher and the dating must read: digits of
their own, weekdays by letter or alone, four attached letters, infinitives read whole, and the
day a change takes effect."""

from __future__ import annotations

import pytest

from monitor.detect.matcher import Matcher
from monitor.detect.normalize import normalize, split_sentences
from tests.detect.helpers import dated_types

PUBLISHED = "2026-03-12T09:00:00Z"  # a Thursday


def test_arabic_and_persian_digits_and_the_hebrew_geresh_are_read_as_ascii():
    assert normalize("۲۰۲۵ ٢٠٢٥ ۱٫۵ יום ג׳ נתב״ג") == "2025 2025 1.5 יום ג' נתב\"ג"


def test_the_hebrew_maqaf_is_a_hyphen():
    assert normalize("ב־2024 הסחר הדו־צדדי") == "ב-2024 הסחר הדו-צדדי"


def test_a_year_after_a_prefix_and_a_maqaf_dates_a_trade_figure(detector):
    text = "היקף הסחר בין קזחסטן לישראל עמד על 310 מיליון דולר ב־2023, כך נמסר."
    assert dated_types(detector, text, "he", PUBLISHED) == [("economic", "2023")]


def test_a_year_in_persian_digits_dates_a_trade_figure(detector):
    text = "حجم مبادلات تجاری قزاقستان و اسرائیل در سال ۲۰۲۵ به ۶۲۰ میلیون دلار رسید."
    assert dated_types(detector, text, "fa", PUBLISHED) == [("economic", "2025")]


@pytest.mark.parametrize(
    ("lang", "text", "wanted"),
    [
        # Monday the 9th, by its letter and by its name alone
        ("he", "ביום ב' נחתם באסטנה מזכר הבנות בין ישראל לקזחסטן בתחום המים.", "2026-03-09"),
        ("he", "ביום ב׳ נחתם באסטנה מזכר הבנות בין ישראל לקזחסטן בתחום המים.", "2026-03-09"),
        ("ar", "وقعت كازاخستان وإسرائيل، الثلاثاء، مذكرة تفاهم في مجال المياه.", "2026-03-10"),
    ],
)  # fmt: skip
def test_a_weekday_by_its_hebrew_letter_or_its_arabic_name_alone_dates_a_signing(
    detector, lang, text, wanted
):
    assert ("agreement_signed", wanted) in dated_types(detector, text, lang, PUBLISHED)


def test_four_attached_letters_still_leave_the_word():
    matcher = Matcher()
    matcher.add("توقيع*", "cue", "sign")
    matcher.add("הנשיא", "role", "President")
    matcher.freeze()
    # Arabic "and with the signing", Hebrew "and when the president"
    assert [h.key for h in matcher.scan(normalize("وبالتوقيع וכשהנשיא"))] == ["sign", "President"]


def test_a_hebrew_infinitive_is_no_attached_letter_before_a_past_verb(detector):
    # "להגיע לביקור" is "to arrive on a visit", not "ל" + "הגיע לביקור" (arrived on a visit).
    text = "נשיא קזחסטן קאסים-ז'ומרט טוקאייב צפוי להגיע לביקור ממלכתי בישראל בחודש יוני."
    assert dated_types(detector, text, "he", PUBLISHED) == [("visit_planned", "2026-06")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Air Astana said on Tuesday it will launch direct flights between Almaty and "
               "Tel Aviv starting May 2."),
        ("ar", "أعلنت شركة إير أستانا، الثلاثاء، أنها ستطلق رحلات مباشرة بين ألماتي وتل أبيب "
               "اعتبارا من 2 مايو المقبل."),
    ],
)  # fmt: skip
def test_flights_announced_on_one_day_are_dated_the_day_they_start(detector, lang, text):
    assert dated_types(detector, text, lang, PUBLISHED) == [("visa_travel", "2026-05-02")]


def test_a_hebrew_rise_is_no_immigration_to_israel(detector):
    lexicon = detector.lexicon
    hits = lexicon.scan(normalize("עלייה של 40% בסחר עם קזחסטן"), lang="he")
    assert [h for h in hits if h.key == "community"] == []


@pytest.mark.parametrize(
    "text",
    [
        # the verb first, then a subject of five words, then "to Astana"
        "وصل وزير الخارجية الإسرائيلي جدعون ساعر إلى أستانا الثلاثاء في أول زيارة منذ سنوات.",
        # "arrived Astana": the place as the verb's direct object
        "وذكر وزير الخارجية الإسرائيلي جدعون ساعر أنه وصل أستانا الثلاثاء.",
    ],
)
def test_an_arabic_arrival_before_a_long_subject_or_without_to_is_a_visit(detector, text):
    assert ("official_visit", "2026-03-10") in dated_types(detector, text, "ar", PUBLISHED)


def test_a_text_in_a_script_without_case_wrapped_at_a_fixed_width_is_read_in_sentences():
    """Where no capital opens a sentence, a line ending mid-sentence that happens twice tells a
    wrapped text; its lines are joined up to the sentences' own ends."""
    wrapped = (
        "أعلنت الحكومة أن انضمام\nكازاخستان إلى الاتفاقات\nخطوة طبيعية.\n"
        "وقال الوزير إن\nالعلاقات جيدة.\n"
    )
    assert [s for _, s in split_sentences(wrapped)] == [
        "أعلنت الحكومة أن انضمام كازاخستان إلى الاتفاقات خطوة طبيعية.",
        "وقال الوزير إن العلاقات جيدة.",
    ]


@pytest.mark.parametrize(
    "text",
    [
        # the Accords by the plural "الاتفاقات" and the adjective, in one sentence or wrapped
        "أعلنت كازاخستان يوم الخميس انضمامها إلى الاتفاقات الإبراهيمية مع إسرائيل.",
        "أعلنت كازاخستان يوم الخميس انضمامها\nإلى الاتفاقات الإبراهيمية\nمع إسرائيل.",
        "أعلنت كازاخستان يوم الخميس انضمامها إلى اتفاقية أبراهام مع إسرائيل.",
    ],
)
def test_joining_the_accords_in_any_arabic_spelling_is_a_step(detector, text):
    assert dated_types(detector, text, "ar", PUBLISHED) == [("multilateral", "2026-03-12")]


@pytest.mark.parametrize(
    ("lang", "text", "wanted"),
    [
        # "رحلاتها" (its flights): a pronoun attached to the noun; "تستأنف" (resumes) in the
        # present and "ستستأنف" in the future; Hebrew "תחדש" (will renew), "השעתה" (suspended)
        ("ar", "ستستأنف شركة إير أستانا الكازاخستانية رحلاتها المباشرة إلى إسرائيل في 30 "
               "مارس.", "2026-03-30"),
        ("ar", "علقت شركة إير أستانا الكازاخستانية رحلاتها المباشرة إلى إسرائيل يوم الثلاثاء.",
         "2026-03-10"),
        ("he", "חברת אייר אסטנה הקזחית תחדש את הטיסות הישירות לישראל ב-30 במרץ.", "2026-03-30"),
        ("he", "חברת אייר אסטנה הקזחית השעתה ביום שלישי את הטיסות הישירות לישראל.",
         "2026-03-10"),
    ],
)  # fmt: skip
def test_flights_resumed_or_suspended_in_arabic_and_hebrew_forms(detector, lang, text, wanted):
    assert dated_types(detector, text, lang, PUBLISHED) == [("visa_travel", wanted)]


def test_talks_with_a_pronoun_attached_are_talks(detector):
    text = (
        "أجرى وزير الخارجية الكازاخستاني يوم الثلاثاء في نيويورك محادثاته مع نظيره الإسرائيلي "
        "جدعون ساعر."
    )
    assert ("talks", "2026-03-10") in dated_types(detector, text, "ar", PUBLISHED)


@pytest.mark.parametrize(
    "text",
    [
        # "هنأ" (congratulated) reads as "هنا" (here) once its hamza is normalised: it counts
        # only before its subject; "يهنئ" (congratulates) on its own
        "هنأ الرئيس الإسرائيلي إسحاق هرتسوغ يوم الثلاثاء الرئيس الكازاخستاني قاسم جومارت "
        "توكاييف بمناسبة عيد الاستقلال.",
        "الرئيس الإسرائيلي إسحاق هرتسوغ يهنئ الرئيس الكازاخستاني قاسم جومارت توكاييف بعيد "
        "الاستقلال يوم الثلاثاء.",
    ],
)
def test_an_arabic_congratulation_is_a_statement(detector, text):
    assert dated_types(detector, text, "ar", PUBLISHED) == [("statement", "2026-03-10")]


def test_arabic_here_is_no_congratulation(detector):
    text = "قال الرئيس الإسرائيلي هنا إن العلاقات مع كازاخستان جيدة يوم الثلاثاء."
    assert dated_types(detector, text, "ar", PUBLISHED) == [("statement", "2026-03-10")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        # "أجل ... زيارته" (postponed his visit), five words between; "דחה את ביקורו"
        ("ar", "أجل وزير الخارجية الإسرائيلي جدعون ساعر زيارته المقررة إلى كازاخستان بسبب "
               "الحرب."),
        ("he", "שר החוץ גדעון סער דחה את ביקורו המתוכנן בקזחסטן בשל המלחמה."),
    ],
)  # fmt: skip
def test_a_visit_postponed_is_friction_not_a_visit(detector, lang, text):
    assert [kind for kind, _ in dated_types(detector, text, lang, PUBLISHED)] == ["tension"]


def test_an_arabic_ratification_with_its_day_between_verb_and_object_is_a_step(detector):
    """ "صادق مجلس الشيوخ الكازاخستاني يوم الخميس على": five words between the verb and
    "على"."""
    text = (
        "صادق مجلس الشيوخ الكازاخستاني يوم الثلاثاء على الاتفاقية مع إسرائيل بشأن الإعفاء من "
        "التأشيرات."
    )
    assert ("agreement_signed", "2026-03-10") in dated_types(detector, text, "ar", PUBLISHED)
