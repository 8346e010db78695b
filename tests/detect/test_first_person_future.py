"""What an official says he or they will do ("I will visit", "we will sign") is still to come, in
every language: the future in the first person, which quotes use most, as the third person is.

Every sentence is invented for these tests; the article is published on Thursday 2026-03-12.
"""

from __future__ import annotations

import pytest

from tests.detect.helpers import extracted

WE_WILL_SIGN = [
    ("en", 'The minister said: "We will sign an agreement on visa exemption with Israel." '
           'Kazakhstan'),
    ("ru", "Министр заявил: «Мы подпишем соглашение о безвизовом режиме с Израилем». Казахстан"),
    ("uk", "Міністр заявив: «Ми підпишемо угоду про безвізовий режим з Ізраїлем». Казахстан"),
    ("tr", 'Bakan, "İsrail ile vize muafiyeti anlaşmasını imzalayacağız" dedi. Kazakistan'),
    ("ar", 'وقال الوزير: "سنوقع اتفاقية الإعفاء من التأشيرات مع إسرائيل". كازاخستان'),
    ("he", 'השר אמר: "נחתום על הסכם לפטור מאשרות עם קזחסטן". ישראל'),
    ("fa", "وزیر گفت: «ما توافقنامه لغو روادید را با اسرائیل امضا خواهیم کرد». قزاقستان"),
    ("fa", "وزیر گفت که قزاقستان توافقنامه لغو روادید را با اسرائیل امضا خواهد کرد."),
    ("de", "Der Minister sagte: „Wir werden ein Abkommen über die Visabefreiung mit Israel "
           "unterzeichnen.“ Kasachstan"),
    ("fr", "Le ministre a déclaré : « Nous signerons un accord d'exemption de visa avec "
           "Israël. » Kazakhstan"),
    ("es", "El ministro dijo: «Firmaremos un acuerdo de exención de visados con Israel». "
           "Kazajistán"),
    ("it", "Il ministro ha detto: «Firmeremo un accordo di esenzione dal visto con Israele». "
           "Kazakistan"),
    ("pl", "Minister powiedział: „Podpiszemy umowę o zniesieniu wiz z Izraelem”. Kazachstan"),
    ("cs", "Ministr řekl: „Podepíšeme dohodu o zrušení víz s Izraelem.“ Kazachstán"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), WE_WILL_SIGN)
def test_we_will_sign_is_no_signing_in_every_language(detector, lang, text):
    """ "подпишем", "signerons", "firmeremo", "imzalayacağız", "سنوقع", "נחתום"; in Persian
    the auxiliary follows the verb ("امضا خواهیم کرد")."""
    found = [e["type"] for e in extracted(detector, text, lang)]
    assert "agreement_signed" not in found, found


I_WILL_VISIT = [
    ("en", "Israeli Foreign Minister Gideon Sa'ar said: \"I will visit Kazakhstan soon.\""),
    ("ru", "Глава МИД Израиля Гидеон Саар заявил: «Мы скоро приедем в Казахстан»."),
    ("uk", "Глава МЗС Ізраїлю Гідеон Саар заявив: «Я відвідаю Казахстан найближчим часом»."),
    ("kk", "Израиль Сыртқы істер министрі Гидеон Саар: «Мен жақында Қазақстанға сапармен "
           "барамын», - деді."),
    ("tr", "İsrail Dışişleri Bakanı Gideon Saar, \"Yakında Kazakistan'ı ziyaret edeceğim\" dedi."),
    ("tr", "İsrail Dışişleri Bakanı Gideon Saar, yakında Kazakistan'ı ziyaret edeceğini söyledi."),
    ("ar", 'وقال وزير الخارجية الإسرائيلي جدعون ساعر: "سأزور كازاخستان قريبا".'),
    ("he", 'שר החוץ גדעון סער אמר: "אבקר בקזחסטן בקרוב".'),
    ("fa", "گدعون سار وزیر خارجه اسرائیل گفت: «به زودی به قزاقستان سفر خواهم کرد»."),
    ("de", "Israels Außenminister Gideon Saar sagte: „Ich werde Kasachstan bald besuchen.“"),
    ("fr", "Le ministre israélien des Affaires étrangères Gideon Saar a déclaré : « Je "
           "visiterai bientôt le Kazakhstan. »"),
    ("fr", "Le ministre israélien des Affaires étrangères Gideon Saar a déclaré : « Nous nous "
           "rendrons bientôt au Kazakhstan. »"),
    ("es", "El canciller israelí Gideon Saar dijo: «Visitaré pronto Kazajistán»."),
    ("it", "Il ministro degli Esteri israeliano Gideon Saar ha detto: «Visiterò presto il "
           "Kazakistan»."),
    ("pl", "Minister spraw zagranicznych Izraela Gideon Saar powiedział: „Wkrótce odwiedzę "
           "Kazachstan”."),
    ("cs", "Izraelský ministr zahraničí Gideon Saar řekl: „Brzy navštívím Kazachstán.“"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), I_WILL_VISIT)
def test_i_will_visit_is_a_planned_visit_in_every_language(detector, lang, text):
    """ "приедем", "visiterò", "visitaré", "navštívím", "edeceğim", "سأزور", "אבקר",
    "خواهم": a visit to come, not one made on the day it is said."""
    found = [e["type"] for e in extracted(detector, text, lang)]
    assert "visit_planned" in found and "official_visit" not in found, found


def test_a_visit_in_a_later_sentence_of_a_quotation_is_its_speakers(detector):
    """'X wrote: "I have just spoken with Y. ... I look forward to visiting Kazakhstan soon."':
    the sentence names nobody; the one who opened the quotation is the visitor."""
    text = (
        "Israeli Foreign Minister Gideon Sa'ar wrote on X on Thursday: \"I have just spoken with "
        "Kazakhstan's Foreign Minister Yermek Kosherbayev. We discussed expanding our economic "
        'partnership. I look forward to visiting Kazakhstan soon."'
    )
    found = [e for e in extracted(detector, text, "en") if e["type"] == "visit_planned"]
    assert [e["fields"]["visitor"] for e in found] == ["Gideon Sa'ar"], found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("it", "Dal profilo X di Gideon Sa'ar, ministro degli Esteri di Israele: \"Ho appena "
               "parlato con il ministro degli Esteri del Kazakistan. Abbiamo discusso la nostra "
               "partnership economica. Non vedo l'ora di visitare presto il Kazakistan.\""),
        ("en", "From the X account of Gideon Sa'ar, Israel's foreign minister: \"I have just "
               "spoken with Kazakhstan's foreign minister. We discussed our economic partnership. "
               "I look forward to visiting Kazakhstan soon.\""),
    ],
)  # fmt: skip
def test_a_quotation_introduced_by_a_colon_after_a_name_is_his(detector, lang, text):
    """No speech word opens the quotation, only the one person named before its colon."""
    found = [e for e in extracted(detector, text, lang) if e["type"] == "visit_planned"]
    assert [e["fields"]["visitor"] for e in found] == ["Gideon Sa'ar"], found


INVITED_MY_COUNTERPART = [
    ("en", "Israeli Foreign Minister Gideon Sa'ar wrote on X on Thursday: \"I have just spoken "
           "with Kazakhstan's Foreign Minister Yermek Kosherbayev. We discussed trade and water. "
           "I look forward to visiting Kazakhstan soon, and I invited my counterpart to visit "
           "Israel.\""),
    ("it", "Il ministro degli Esteri israeliano Gideon Sa'ar ha scritto su X giovedì: \"Ho "
           "appena parlato con il ministro degli Esteri del Kazakistan Yermek Kosherbayev. "
           "Abbiamo discusso di commercio e di acqua. Non vedo l'ora di visitare presto il "
           "Kazakistan e ho invitato il mio omologo a visitare Israele.\""),
    ("es", "El canciller israelí Gideon Sa'ar escribió en X el jueves: \"Acabo de hablar con el "
           "canciller de Kazajistán, Yermek Kosherbáyev. Hablamos de comercio y de agua. Espero "
           "visitar pronto Kazajistán e invité a mi homólogo a visitar Israel.\""),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), INVITED_MY_COUNTERPART)
def test_my_counterpart_invited_in_a_quotation_is_the_speakers_counterpart(detector, lang, text):
    """'X wrote: "... I look forward to visiting Kazakhstan, and I invited my counterpart to
    visit Israel."': two visits to come, the speaker's and his counterpart's, the one invited
    after an invitation word in the same clause."""
    found = [e for e in extracted(detector, text, lang) if e["type"] == "visit_planned"]
    visitors = sorted(e["fields"]["visitor"] for e in found)
    assert visitors == ["Gideon Sa'ar", "Yermek Kosherbayev"], found


LOOKING_FORWARD_TO_A_VISIT = [
    ("de", "Israels Außenminister Gideon Saar schrieb am Donnerstag: „Ich freue mich darauf, "
           "Kasachstan bald zu besuchen.“"),
    ("de", "Israels Außenminister Gideon Saar schrieb, er freue sich darauf, Kasachstan im "
           "Frühjahr zu besuchen."),
    ("fr", "Le ministre israélien des Affaires étrangères Gideon Saar a écrit jeudi : « J'ai "
           "hâte de me rendre au Kazakhstan. »"),
    ("es", "El canciller israelí Gideon Saar escribió el jueves: «Espero con interés visitar "
           "Kazajistán»."),
    ("es", "El canciller israelí Gideon Saar escribió el jueves: «Tengo muchas ganas de "
           "visitar Kazajistán»."),
    ("tr", "İsrail Dışişleri Bakanı Gideon Saar, \"Kazakistan'ı ziyaret etmeyi sabırsızlıkla "
           "bekliyorum\" dedi."),
    ("tr", "İsrail Dışişleri Bakanı Gideon Saar, \"Kazakistan'ı ziyaret etmeyi dört gözle "
           "bekliyorum\" dedi."),
    ("kk", "Израиль Сыртқы істер министрі Гидеон Саар: «Қазақстанға сапармен баруды асыға "
           "күтемін», - деп жазды."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), LOOKING_FORWARD_TO_A_VISIT)
def test_looking_forward_to_a_visit_is_a_visit_to_come(detector, lang, text):
    """ "freue mich darauf ... zu besuchen", "j'ai hâte de me rendre", "tengo ganas de",
    "sabırsızlıkla bekliyorum", "асыға күтемін": the visit is hoped for, not made."""
    found = [e["type"] for e in extracted(detector, text, lang)]
    assert "visit_planned" in found and "official_visit" not in found, found
