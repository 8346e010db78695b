"""Relevance: the relationship must be the subject; lists, matches and third countries are not."""

from __future__ import annotations

import pytest

from monitor.detect.scorer import RelevanceModel


def test_a_bilateral_signing_in_english_is_relevant(assess):
    result = assess(
        "Kazakhstan and Israel agree on farm research",
        "Kazakhstan and Israel signed a memorandum on agricultural research on Monday in Astana. "
        "The Israeli agriculture minister said the two countries would share seed data.",
    )
    assert result["relevant"] is True
    assert 0.5 <= result["score"] <= 1.0


def test_a_bilateral_story_in_russian_with_inflected_names_is_relevant(assess):
    result = assess(
        "Астана и Иерусалим расширяют сотрудничество",
        "Министр иностранных дел Казахстана встретился с послом Израиля. "
        "Стороны обсудили развитие казахстанско-израильских отношений и подготовку визита "
        "делегации Израиля в Казахстан.",
    )
    assert result["relevant"] is True


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        ("ru", "Минсельхоз РК и Израиль подписали меморандум",
         "Министерство сельского хозяйства РК и Министерство сельского хозяйства Израиля во "
         "вторник подписали меморандум о сотрудничестве в области орошения. Правительство РК "
         "придает большое значение партнерству с израильскими компаниями."),
        ("kk", "ҚР мен Израиль меморандумға қол қойды",
         "ҚР Ауыл шаруашылығы министрлігі мен Израильдің Ауыл шаруашылығы министрлігі сейсенбі "
         "күні суару саласындағы ынтымақтастық туралы меморандумға қол қойды."),
    ],
)  # fmt: skip
def test_the_republics_abbreviation_names_kazakhstan(assess, lang, title, text):
    """ "РК", "ҚР": how Kazakh papers write the Republic of Kazakhstan in a ministry's name."""
    result = assess(title, text, lang=lang)
    assert result["relevant"] is True
    assert "agreement_signed" in {e["type"] for e in result["events"]}, result["events"]


@pytest.mark.parametrize(
    ("lang", "title", "text"),
    [
        (
            "kk",
            "Қазақстан мен Израиль арасында жаңа келісім",
            "Қазақстан мен Израиль ауыл шаруашылығы саласындағы ынтымақтастық туралы келісімге "
            "қол қойды. Израиль делегациясы Астанаға сапармен келді.",
        ),
        (
            "he",
            "ישראל וקזחסטן חתמו על הסכם",
            "שר החוץ של ישראל ביקר בקזחסטן וחתם על הסכם לשיתוף פעולה. "
            "היחסים בין ישראל לקזחסטן מתחזקים.",
        ),
        (
            "ar",
            "كازاخستان وإسرائيل توقعان اتفاقية تعاون",
            "وقعت كازاخستان وإسرائيل اتفاقية للتعاون الزراعي. وقال وزير خارجية إسرائيل إن "
            "العلاقات مع كازاخستان تتطور.",
        ),
        (
            "tr",
            "Kazakistan ile İsrail vize muafiyeti anlaşması imzaladı",
            "Kazakistan ve İsrail dışişleri bakanları Astana'da vize muafiyeti anlaşması imzaladı. "
            "İsrail heyeti Kazakistan'da iki gün kaldı.",
        ),
        (
            "de",
            "Kasachstan und Israel unterzeichnen Abkommen",
            "Kasachstan und Israel haben ein Abkommen über Wasserwirtschaft unterzeichnet. "
            "Der israelische Außenminister besuchte Astana.",
        ),
        (
            "fr",
            "Le Kazakhstan et Israël signent un accord",
            "Le Kazakhstan et Israël ont signé un accord de coopération agricole. "
            "Le ministre israélien est arrivé mardi à Astana.",
        ),
        (
            "it",
            "Kazakistan e Israele firmano un accordo",
            "Il Kazakistan e Israele hanno firmato un accordo sulla sanità. "
            "Il ministro israeliano ha visitato Astana.",
        ),
        (
            "bg",
            "Казахстан и Израел подписаха споразумение",
            "Казахстан и Израел подписаха споразумение за сътрудничество в областта на водите. "
            "Израелският министър посети Астана.",
        ),
        (
            "id",
            "Kazakhstan dan Israel menandatangani perjanjian",
            "Kazakhstan dan Israel menandatangani perjanjian kerja sama pertanian. "
            "Menteri Israel mengunjungi Astana.",
        ),
        (
            "hi",
            "कज़ाख़स्तान और इज़राइल के बीच समझौता",
            "कज़ाख़स्तान और इज़राइल ने कृषि सहयोग समझौते पर हस्ताक्षर किए। "
            "इज़राइल के विदेश मंत्री ने अस्ताना का दौरा किया।",
        ),
    ],
)
def test_bilateral_stories_in_other_languages_are_relevant(assess, lang, title, text):
    assert assess(title, text, lang=lang)["relevant"] is True


def test_a_football_match_between_the_two_is_not_relevant(assess):
    result = assess(
        "Israel beat Kazakhstan in World Cup qualifier",
        "Israel beat Kazakhstan 3-1 in a World Cup qualifier in Astana on Tuesday. "
        "The visitors scored twice before half-time and the Kazakh coach praised his striker. "
        "About 20,000 spectators watched the match at the stadium.",
    )
    assert result["relevant"] is False
    assert result["events"] == []


def test_a_list_of_countries_is_not_relevant(assess):
    result = assess(
        "Kazakhstan adds countries to visa-free list",
        "Kazakhstan will let citizens of nine more countries enter without visas from May 1. "
        "Citizens of France, Israel, Japan, Brazil and Canada already enjoy visa-free entry. "
        "The tourism committee expects more visitors this summer.",
    )
    assert result["relevant"] is False


def test_an_abraham_accords_story_about_a_third_country_is_not_relevant(assess):
    result = assess(
        "Mongolia weighs joining the Abraham Accords",
        "Mongolia is considering joining the Abraham Accords, officials in Ulaanbaatar said. "
        "Mongolian diplomats met Israeli and US envoys twice this month. "
        "Kazakhstan joined the accords last year. Mongolia wants investment and farm know-how "
        "and says a decision on Mongolia's accession could come soon.",
    )
    assert result["relevant"] is False


def test_kazakhstan_joining_the_accords_in_the_lead_is_relevant_however_briefly_told(assess):
    """Kazakhstan's accession is a step in the relationship even in a comment piece that never
    names Israel as a country (the Accords are only Israel's topic)."""
    result = assess(
        "Astana's quiet calculation",
        "Kazakhstan announced last week that it would become the first Central Asian country to "
        "join the Abraham Accords. Analysts in Almaty read the move as a message to Moscow. "
        "The decision had been weighed for months, officials say.",
    )
    assert result["relevant"] is True
    assert [e["type"] for e in result["events"]] == ["multilateral"]


def test_kazakhstans_accession_as_background_of_another_countrys_story_is_not_relevant(assess):
    result = assess(
        "Washington courts Baku",
        "US envoys are pressing Azerbaijan to sign up to a regional normalisation deal. "
        "Officials in Baku want progress on a peace treaty with Armenia first. "
        "Analysts say Uzbekistan could follow. Energy corridors remain Baku's priority. "
        "Kazakhstan joined the Abraham Accords in November.",
    )
    assert result["relevant"] is False


def test_kazakhstans_visa_deal_with_another_country_is_not_relevant(assess):
    result = assess(
        "Казахстан и Вьетнам отменили визы",
        "Казахстан и Вьетнам подписали соглашение о взаимной отмене виз. "
        "Граждане двух стран смогут находиться без визы до 30 дней. "
        "Туроператоры ожидают роста спроса на поездки во Вьетнам.",
    )
    assert result["relevant"] is False


def test_a_one_line_mention_in_a_third_country_story_is_not_relevant(assess):
    result = assess(
        "Uzbekistan and Israel expand flights",
        "Uzbekistan Airways will add flights from Tashkent to Tel Aviv from June. "
        "Uzbek officials expect more Israeli tourists in Samarkand and Bukhara. "
        "Like Kazakhstan, Uzbekistan lets Israelis enter without a visa. "
        "The Uzbek tourism committee said Uzbekistan is preparing new hotels.",
    )
    assert result["relevant"] is False


def test_a_tourist_story_set_in_almaty_is_not_relevant(assess):
    result = assess(
        "Israeli cyclist finishes Tian Shan race",
        "An Israeli cyclist finished a mountain race near Almaty on Sunday. "
        "She said the route above the city was the hardest she had ridden.",
    )
    assert result["relevant"] is False


def test_an_article_naming_only_one_side_is_not_relevant(assess):
    result = assess("Israel opens embassy in Bishkek", "Israel opened an embassy in Bishkek.")
    assert result["relevant"] is False
    assert result["score"] == 0.0


def test_a_who_is_next_story_naming_israel_only_through_the_accords_is_not_relevant(assess):
    result = assess(
        "Abraham Accords: who could follow Kazakhstan?",
        "After Kazakhstan joined the Abraham Accords, envoys are courting Azerbaijan, Oman, "
        "Indonesia and Mauritania. Azerbaijan already trades heavily with Israel. "
        "Oman wants progress on a Palestinian state first. Azerbaijan and Oman may decide soon.",
    )
    assert result["relevant"] is False


def test_a_condemnation_of_israel_by_kazakhstan_is_relevant_and_tension(assess):
    result = assess(
        "Kazakhstan condemns Israeli raid",
        "Kazakhstan's Foreign Ministry on Monday condemned an Israeli raid and summoned the "
        "Israeli ambassador in Astana.",
        "2026-03-12T09:00:00Z",
    )
    assert result["relevant"] is True
    assert [e["type"] for e in result["events"]] == ["tension"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The Euro-Asian Jewish Congress congratulated the Jewish community of Kazakhstan on "
               "30 years of relations between Kazakhstan and Israel."),
        ("ru", "Евроазиатский еврейский конгресс поздравил еврейскую общину Казахстана с 30-летием "
               "отношений между Казахстаном и Израилем."),
    ],
)  # fmt: skip
def test_community_news_is_a_signal_the_relevance_model_sees(detector, lang, text):
    article = {"id": "t", "title": "", "text": text, "url": "", "lang": lang,
               "published": "2026-03-12T09:00:00Z"}  # fmt: skip
    signals = detector.candidates(article).signals
    assert signals.get("log_community", 0) > 0, signals
    plain = {**article, "text": "Kazakhstan and Israel marked 30 years of relations."}
    assert detector.candidates(plain).signals.get("log_community", 0) == 0


def test_an_appeal_to_the_other_side_is_an_event_the_relevance_model_sees(detector):
    article = {"id": "t", "title": "", "lang": "en", "url": "", "published": "2026-03-12T09:00:00Z",
               "text": "Kazakhstan's Foreign Ministry urged Israel to show restraint."}  # fmt: skip
    assert detector.candidates(article).signals.get("log_pairs_event", 0) > 0
    plain = {**article, "text": "Kazakhstan's Foreign Ministry spoke about Israel."}
    assert detector.candidates(plain).signals.get("log_pairs_event", 0) == 0


_SIGNING = {"id": "t", "title": "", "lang": "en", "url": "", "published": "2026-03-12T09:00:00Z",
            "text": "Kazakhstan and Israel signed a memorandum on water cooperation in Astana on "
                    "Monday, the Kazakh foreign ministry said."}  # fmt: skip
_VOTE = {
    **_SIGNING,
    "text": "The General Assembly adopted the resolution on Friday. Kazakhstan voted in favour, "
    "while Israel voted against it.",
}


def test_the_relevance_model_sees_whether_the_event_rules_drafted_an_event(detector):
    """Both sides named together is not enough: what the rules can draft between them is."""
    assert detector.candidates(_SIGNING, always=True).signals.get("drafted") == 1.0
    signals = detector.candidates(_VOTE, always=True).signals
    assert signals and "drafted" not in signals, signals


def test_a_relevance_model_weighing_drafted_events_decides_with_them(detector):
    model = RelevanceModel("test", {"bias": -2.0, "drafted": 4.0}, 0.5)
    learned = detector.with_models(None, model)
    assert learned.assess(_SIGNING)["relevant"] is True
    vote = learned.assess(_VOTE)
    assert vote["relevant"] is False and vote["events"] == [], vote


# A Jewish community body leads the article: its letter or meeting is its own news, not a step
# between the two states, though it names both and speaks of their relations.
COMMUNITY_LED = [
    ("en", "Jewish congress greets Kazakhstan on anniversary of ties with Israel",
     "The president of the Euro-Asian Jewish Congress sent a letter of congratulations to "
     "President Tokayev on Monday. The Jewish congress congratulated Kazakhstan on 30 years of "
     "diplomatic relations with Israel and praised the friendship between Kazakhstan and Israel. "
     "The letter also thanked the Jewish community of Almaty."),
    ("ru", "Еврейский конгресс поздравил Казахстан с годовщиной отношений с Израилем",
     "Президент Евроазиатского еврейского конгресса в понедельник направил поздравительное "
     "письмо Президенту Токаеву. Еврейский конгресс поздравил Казахстан с 30-летием "
     "дипломатических отношений с Израилем и высоко оценил дружбу Казахстана и Израиля. "
     "В письме также выражена благодарность еврейской общине Алматы."),
    ("kk", "Еврей конгресі Қазақстанды Израильмен қарым-қатынас мерейтойымен құттықтады",
     "Еуразиялық еврей конгресі дүйсенбі күні Президент Тоқаевқа құттықтау хат жолдады. "
     "Синагога өкілдері Қазақстанды Израильмен дипломатиялық қатынастардың 30 жылдығымен "
     "құттықтап, Қазақстан мен Израиль арасындағы достықты жоғары бағалады."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), COMMUNITY_LED)
def test_community_news_is_a_hard_negative(detector, shipped, lang, title, text):
    article = {"id": "t", "title": title, "text": text, "url": "", "lang": lang,
               "published": "2026-03-12T09:00:00Z"}  # fmt: skip
    found = detector.candidates(article)
    assert found.vetoed and not found.relevant, found.signals
    assert shipped.assess(article)["relevant"] is False


def test_the_two_states_news_outweighs_a_community_in_its_lead(assess):
    result = assess(
        "Kazakhstan and Israel sign visa-free travel agreement",
        "Kazakhstan and Israel signed an agreement on visa-free travel in Astana on Tuesday. "
        "The Jewish community of Almaty welcomed the agreement between Kazakhstan and Israel. "
        "The foreign ministers of Kazakhstan and Israel said the two countries would also open "
        "direct flights.",
    )
    assert result["relevant"] is True
    assert "agreement_signed" in {e["type"] for e in result["events"]}, result["events"]


UNNAMED_JOINER_NAMED_LATER = [
    ("en", "Another state to sign up to the Abraham Accords, US envoy says",
     "Another state will join the Abraham Accords, US special envoy Steve Witkoff told a "
     "conference on Thursday. The name is to be announced in Washington in the evening. "
     "Several outlets reported that Kazakhstan is expected to join, citing two officials."),
    ("ru", "Новая страна присоединится к Соглашениям Авраама",
     "Новая страна присоединится к Соглашениям Авраама, заявил спецпосланник США Стив "
     "Уиткофф. Объявление ожидается вечером в Вашингтоне. По данным СМИ, речь идет о "
     "Казахстане, который может присоединиться к соглашениям."),
    ("kk", "Авраам келісімдеріне жаңа ел қосылады",
     "Авраам келісімдеріне жаңа ел қосылады, деп мәлімдеді АҚШ арнайы өкілі Стив Уиткофф. "
     "Хабарландыру кешке Вашингтонда күтілуде. БАҚ мәліметінше, сөз келісімдерге қосылуы "
     "мүмкін Қазақстан туралы болып отыр."),
    ("de", "Neues Land tritt Abraham-Abkommen bei",
     "Ein weiteres Land wird den Abraham-Abkommen beitreten, sagte der US-Sondergesandte "
     "Steve Witkoff am Donnerstag. Die Ankündigung wird am Abend in Washington erwartet. "
     "Medienberichten zufolge soll es sich um Kasachstan handeln, das den Abkommen beitreten"
     " könnte."),
    ("fr", "Un nouveau pays va rejoindre les accords d'Abraham",
     "Un nouveau pays va rejoindre les accords d'Abraham, a déclaré jeudi l'envoyé spécial "
     "américain Steve Witkoff. L'annonce est attendue dans la soirée à Washington. Selon les"
     " médias, il s'agirait du Kazakhstan, qui pourrait rejoindre les accords."),
    ("tr", "Abraham Anlaşmalarına yeni bir ülke katılacak",
     "ABD Özel Temsilcisi Steve Witkoff, Abraham Anlaşmalarına yeni bir ülkenin katılacağını"
     " söyledi. Duyurunun akşam Washington'da yapılması bekleniyor. Basında çıkan haberlere "
     "göre bu ülkenin anlaşmalara katılabilecek olan Kazakistan olduğu belirtiliyor."),
    ("es", "Un nuevo país se unirá a los Acuerdos de Abraham",
     "Un nuevo país se unirá a los Acuerdos de Abraham, dijo el jueves el enviado especial "
     "de EE.UU. Steve Witkoff. El anuncio se espera por la noche en Washington. Según "
     "medios, se trataría de Kazajistán, que podría unirse a los acuerdos."),
    ("ar", "دولة جديدة ستنضم إلى اتفاقيات أبراهام",
     "قال المبعوث الأمريكي الخاص ستيف ويتكوف إن دولة جديدة ستنضم إلى اتفاقيات أبراهام. ومن "
     "المتوقع الإعلان مساء اليوم في واشنطن. وبحسب وسائل الإعلام، فإن كازاخستان هي الدولة "
     "التي ستنضم إلى الاتفاقيات."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), UNNAMED_JOINER_NAMED_LATER)
def test_an_unnamed_new_member_of_the_accords_named_later_as_kazakhstan_is_its_accession(
    assess, lang, title, text
):
    """The lead says a new country will join the Abraham Accords without naming it; a later
    sentence names Kazakhstan as the one expected: the article tells Kazakhstan's accession."""
    found = assess(title, text, published="2025-11-06T12:00:00Z", lang=lang)
    assert found["relevant"], found
    assert ("multilateral", "2025-11-06") in [(e["type"], e["date"]) for e in found["events"]]


UNNAMED_JOINER_NOT_KAZAKHSTAN = [
    ("en", "Another state to sign up to the Abraham Accords, US envoy says",
     "Another state will join the Abraham Accords, US special envoy Steve Witkoff told a "
     "conference on Thursday. Trump will host the leaders of Kazakhstan, Uzbekistan, Tajikistan, "
     "Turkmenistan and Kyrgyzstan in the evening. Saudi Arabia remains the best-known candidate."),
    ("en", "Another state to sign up to the Abraham Accords, US envoy says",
     "Another state will join the Abraham Accords, US special envoy Steve Witkoff told a "
     "conference on Thursday. Analysts say Azerbaijan or Kazakhstan could join."),
]  # fmt: skip


@pytest.mark.parametrize("text", [text for _, _, text in UNNAMED_JOINER_NOT_KAZAKHSTAN])
def test_an_unnamed_new_member_not_named_as_kazakhstan_is_no_accession(assess, text):
    """Kazakhstan only in a list of guests, or named beside another candidate: no accession."""
    found = assess("Another state to sign up to the Abraham Accords, US envoy says", text,
                   published="2025-11-06T12:00:00Z", lang="en")  # fmt: skip
    assert "multilateral" not in [e["type"] for e in found["events"]], found


CONSULAR_STORIES = [
    ("en", "Kazakh citizens evacuated from Israel",
     "Twelve Kazakh citizens were evacuated from Israel on Tuesday on a special flight "
     "organised by the Kazakh Embassy in Tel Aviv, the Foreign Ministry said. The evacuees, "
     "most of them students, landed in Almaty in the evening. The Foreign Ministry thanked "
     "the Israeli authorities for their assistance in ensuring the safe departure of Kazakh "
     "citizens."),
    ("ru", "Казахстанцев эвакуировали из Израиля",
     "Двенадцать граждан Казахстана во вторник эвакуировали из Израиля специальным рейсом, "
     "организованным посольством Казахстана в Тель-Авиве, сообщили в МИД. Большинство "
     "эвакуированных – студенты, вечером они прибыли в Алматы. МИД Казахстана выразил "
     "благодарность властям Израиля за содействие в безопасном выезде казахстанцев."),
    ("kk", "Қазақстандықтар Израильден эвакуацияланды",
     "Сейсенбіде Тель-Авивтегі Қазақстан елшілігі ұйымдастырған арнайы рейспен он екі "
     "Қазақстан азаматы Израильден эвакуацияланды, деп хабарлады СІМ. Олардың көбі "
     "студенттер, кешке Алматыға келді. Қазақстан СІМ Израиль билігіне азаматтардың қауіпсіз"
     " шығуына көмектескені үшін алғыс білдірді."),
    ("ru", "Казахстанцев вернут из Израиля спецрейсом",
     "Правительство организует специальный рейс, чтобы вернуть казахстанцев из Израиля, "
     "сообщил во вторник официальный представитель МИД. МИД поблагодарил израильскую сторону "
     "за содействие."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), CONSULAR_STORIES)
def test_a_consular_story_that_only_thanks_the_other_side_is_not_relevant(
    assess, shipped, lang, title, text
):
    """Citizens evacuated from Israel, and the ministry's thanks to the Israeli authorities:
    a state's care of its own people, not a step between the two (rules and model alike)."""
    assert not assess(title, text, lang=lang)["relevant"]
    found = shipped.assess({"id": "t", "title": title, "text": text, "url": "", "lang": lang,
                            "published": "2026-03-12T09:00:00Z"})  # fmt: skip
    assert not found["relevant"] and found["score"] < 0.5, found


def test_a_consular_story_that_calls_on_the_other_side_stays_relevant(assess):
    """An appeal to Israel in the same story is a stance on it: the article stays relevant."""
    title, text = (
        "Kazakhstan urges Israel to halt strikes as citizens evacuated",
        "Kazakhstan evacuated twelve citizens from the Gaza Strip on Tuesday, the Foreign "
        "Ministry said. The ministry urged Israel to halt its strikes on civilian areas and "
        "called for an immediate ceasefire.",
    )
    assert assess(title, text, lang="en")["relevant"]


@pytest.mark.parametrize(
    ("text", "consular"),
    [
        ("Twelve Kazakh citizens were evacuated from Israel on Tuesday.", True),
        ("Israel has no plans to evacuate its citizens from Kazakhstan, an official said.", False),
    ],
)
def test_an_evacuation_denied_is_no_consular_lead(detector, text, consular):
    from monitor.detect.rules import consular_lead
    from monitor.detect.sentences import analyse

    sentences = analyse(detector.lexicon, "", text, 4, None, "en")
    assert consular_lead(sentences) is consular


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Kazakh President Kassym-Jomart Tokayev on Tuesday condemned the Israeli strike "
               "on Hamas leaders in Doha, the capital of Qatar."),
        ("fr", "Le président kazakh Kassym-Jomart Tokaïev a condamné mardi la frappe israélienne "
               "contre des dirigeants du Hamas à Doha, capitale du Qatar."),
    ],
)  # fmt: skip
def test_gaza_or_hamas_beside_the_two_sides_and_one_more_country_is_no_list(detector, lang, text):
    """Hamas and Gaza, the other party of Israel's wars, are the subject of much news on
    Israel, not an item of a list: three countries and Hamas are no list of four."""
    from monitor.detect.sentences import analyse

    (sentence,) = analyse(detector.lexicon, "", text, 4, None, lang)
    assert not sentence.is_list


NAMED_AS_THE_ONE = [
    ("en", "Another state to sign up to the Abraham Accords",
     "Another state will join the Abraham Accords, a US envoy told a conference on Thursday. "
     "Kazakhstan is the country in question, according to media reports."),
    ("ru", "Еще одна страна присоединится к Соглашениям Авраама",
     "Еще одна страна присоединится к Соглашениям Авраама, заявил в четверг спецпосланник США. "
     "Речь идет о Казахстане, сообщают СМИ."),
    ("fr", "Un nouveau pays rejoindra les accords d'Abraham",
     "Un nouveau pays va rejoindre les accords d'Abraham, a annoncé jeudi un émissaire "
     "américain. Selon la presse, il s'agit du Kazakhstan."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "title", "text"), NAMED_AS_THE_ONE)
def test_kazakhstan_named_as_the_unnamed_new_member_is_its_accession(assess, lang, title, text):
    """ "Kazakhstan is the country in question", "речь идет о Казахстане", "il s'agit du
    Kazakhstan": the later sentence names who the lead's new member is, with no join word."""
    found = assess(title, text, published="2025-11-06T12:00:00Z", lang=lang)
    assert ("multilateral", "2025-11-06") in [(e["type"], e["date"]) for e in found["events"]]
