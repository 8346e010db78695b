"""Each language's vocabulary on news-style sentences written for these tests: cue words, field
values, sides and actors found as the detector's lexicon sees them (lemmas included)."""

from __future__ import annotations

import tomllib
from collections import defaultdict

import pytest

from monitor.detect.matcher import searchable
from monitor.detect.normalize import normalize
from monitor.detect.vocabulary import default_directory


def found(detector, text: str, lang: str | None) -> set[tuple[str, str]]:
    """(kind, key) of every hit in a text, as the detector scans an article in `lang`."""
    return {(h.kind, h.key) for h in detector.lexicon.scan(normalize(text), None, lang)}


def actors_in(detector, text: str, lang: str | None = None) -> set[str]:
    return {key for kind, key in found(detector, text, lang) if kind == "actor"}


# ------------------------------------------------------------------ actors across scripts
@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "President Kassym-Jomart Tokayev received the delegation in Astana."),
        ("ru", "Президент Казахстана Касым-Жомарт Токаев принял делегацию."),
        ("ru", "Встреча с Токаевым продлилась два часа."),
        ("kk", "Мемлекет басшысы Қасым-Жомарт Тоқаев делегацияны қабылдады."),
        ("kk", "Тоқаевтың айтуынша, екі ел арасындағы байланыс нығайып келеді."),
        ("kk", "Prezident Qasym-Jomart Toqaev delegatsiiany qabyldady."),
        ("he", "נשיא קזחסטן טוקאייב קיבל את המשלחת באסטנה."),
        ("he", "השר נפגש עם טוקאייב בארמון הנשיאות."),
        ("ar", "استقبل الرئيس الكازاخستاني قاسم جومارت توكاييف الوفد في أستانا."),
        ("fa", "قاسم جومارت توکایف، رئیس جمهور قزاقستان، هیئت را پذیرفت."),
        ("tr", "Kazakistan Cumhurbaşkanı Tokayev'in daveti üzerine heyet Astana'ya gitti."),
        ("de", "Der kasachische Präsident Tokajew empfing die Delegation."),
        ("fr", "Le président kazakh Kassym-Jomart Tokaïev a reçu la délégation."),
        ("es", "El presidente kazajo Kasim-Yomart Tokáyev recibió a la delegación."),
        ("it", "Il presidente kazako Tokayev ha ricevuto la delegazione."),
        ("cs", "Kazašský prezident Tokajev přijal delegaci."),
    ],
)
def test_tokayev_is_one_actor_in_every_script(detector, lang, text):
    assert "tokayev" in actors_in(detector, text, lang)


@pytest.mark.parametrize(
    ("actor", "texts"),
    [
        (
            "netanyahu",
            [
                "Prime Minister Benjamin Netanyahu",
                "премьер Нетаньяху",
                "Netanjahu sagte",
                "M. Netanyahou",
                "ראש הממשלה נתניהו",
                "رئيس الوزراء نتنياهو",
                "نخست وزیر نتانیاهو",
            ],
        ),
        (
            "saar",
            [
                "Foreign Minister Gideon Sa'ar",
                "глава МИД Израиля Гидеон Саар",
                "с Сааром",
                "Dışişleri Bakanı Saar'ın",
                "שר החוץ גדעון סער",
                "وزير الخارجية جدعون ساعر",
            ],
        ),
        (
            "herzog",
            ["President Isaac Herzog", "президент Ицхак Герцог", "הנשיא הרצוג", "الرئيس هرتسوغ"],
        ),
        (
            "nazarbayev",
            ["Nursultan Nazarbayev", "Назарбаевым", "Nasarbajew", "Nazarbaïev", "נזרבאייב"],
        ),
        ("kosherbayev", ["Yermek Kosherbayev", "Кошербаев", "Көшербаевтың", "Koscherbajew"]),
        ("ashimbayev", ["Senate Chairman Maulen Ashimbayev", "Ашимбаевым", "Әшімбаев"]),
        ("yemberdiyev", ["Ambassador Doulat Yemberdiyev", "посол Ембердиев", "השגריר אמברדייב"]),
    ],
)
def test_one_person_is_one_actor_whatever_the_spelling(detector, actor, texts):
    for text in texts:
        assert actor in actors_in(detector, text), text


def test_names_in_five_scripts_resolve_to_the_same_canonical_person(detector):
    names = ["Tokayev", "Токаев", "Тоқаев", "טוקאייב", "توكاييف"]
    ids = [actors_in(detector, f"{name} said") for name in names]
    assert ids == [{"tokayev"}] * len(names)
    assert detector.lexicon.actors["tokayev"].name == "Kassym-Jomart Tokayev"


@pytest.mark.parametrize(
    ("text", "actor", "country"),
    [
        ("Trump announced that Kazakhstan would join the accords.", "trump", "US"),
        ("Special envoy Steve Witkoff said more countries would follow.", "witkoff", "US"),
        ("Уиткофф заявил, что к соглашениям присоединятся и другие.", "witkoff", "US"),
        ("Secretary of State Marco Rubio welcomed the step.", "rubio", "US"),
        ("Госсекретарь Блинкен провел переговоры.", "blinken", "US"),
        ("Путин провел телефонный разговор.", "putin", "RU"),
        ("Araghchi condemned the decision.", "araghchi", "IR"),
    ],
)
def test_third_country_officials_keep_their_own_country(detector, text, actor, country):
    assert actor in actors_in(detector, text)
    assert detector.lexicon.actors[actor].country == country


def test_a_sentence_naming_only_third_country_leaders_names_neither_side(detector):
    text = "Trump, Putin and Erdogan spoke about the war, Witkoff and Lavrov said."
    assert {key for kind, key in found(detector, text, "en") if kind == "side"} == set()
    assert not detector.lexicon.may_name_both_sides(searchable(normalize(text)))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ru", "Цены на болгарский перец выросли на рынках столицы."),
        ("ru", "Сильные ливни прошли в южных регионах."),
        ("ru", "В Караганде прошел фестиваль, где выступил Аскар Ахметов."),
        ("he", "לפי מקורות בשוק, קצב הצמיחה יואט השנה."),
        ("ar", "قالت بنت الوزير إن السعر الرئيسي ارتفع."),
        ("de", "Der Dichter las aus seinem neuen Roman."),
        ("en", "A gallant effort by the rescue team saved the village."),
        ("ru", "Адвокат Рабинович выиграл дело в суде Алматы."),
    ],
)
def test_common_words_that_look_like_names_are_not_actors(detector, lang, text):
    people = {
        key
        for key in actors_in(detector, text, lang)
        if detector.lexicon.actors[key].kind in ("person", "institution")
    }
    assert people == set()


def test_no_alias_names_two_actors():
    actors = tomllib.loads((default_directory() / "actors.toml").read_text(encoding="utf-8"))
    owners: dict[str, set[str]] = defaultdict(set)
    for actor in actors["actor"]:
        for alias in actor["aliases"]:
            owners[normalize(alias)].add(actor["id"])
    shared = {alias: ids for alias, ids in owners.items() if len(ids) > 1}
    assert shared == {}


def test_every_person_has_a_role_and_a_canonical_latin_name():
    actors = tomllib.loads((default_directory() / "actors.toml").read_text(encoding="utf-8"))
    for actor in actors["actor"]:
        if actor["kind"] == "person":
            assert actor.get("role"), actor["id"]
            assert actor["name"].isascii(), actor["id"]
