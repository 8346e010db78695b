"""Statements told in a quotation, by whom the quotation is told.

Sentences written for these tests: a quotation of several sentences is the words of whoever is
named after it closes ('"... . ... . ...," Elkin said') or before it opens ('X wrote: "...'),
sentence by sentence, not only in the sentence that names them; not where the quotation is about
a third country and never names the other side. A speech word inside the words quoted is the
quoted person's, whoever the quotation names ('X: "I have just spoken with Y, to whom I conveyed
my congratulations"'); "he" asking or urging is who was quoted before, not the last one named.
"""

from __future__ import annotations

import pytest

from tests.detect.helpers import events_of, extracted


def speakers(detector, text: str, lang: str) -> list[str]:
    found = events_of({"events": extracted(detector, text, lang)}, "statement")
    return [e["fields"]["speaker"] for e in found]


QUOTATION_OF_SEVERAL_SENTENCES = [
    ("en", "Israeli Minister Zeev Elkin spoke to reporters at the airport before leaving for "
           'Astana with the prime minister. "The special importance of this trip lies in the '
           "economic ties we have with the countries of the region, which have grown year after "
           "year and are now larger than ever. Our cooperation with Kazakhstan has enormous "
           "potential in water, farming and technology. Kazakhstan will also sit on the Security "
           "Council from January, which makes this visit very significant politically, at the "
           'very highest level, for us and for the whole region," Elkin said.'),
    ("es", "El ministro israelí Zeev Elkin habló con la prensa en el aeropuerto antes de partir "
           "hacia Astaná junto al primer ministro. “La importancia especial de este viaje está "
           "en los lazos económicos que tenemos con los países de la región, que han crecido año "
           "tras año y hoy son mayores que nunca. La cooperación con Kazajistán tiene un enorme "
           "potencial en agua, agricultura y tecnología. Además, Kazajistán se sentará en el "
           "Consejo de Seguridad desde enero, lo que hace que esta visita sea muy significativa "
           "en el plano político, del más alto nivel, para nosotros y para toda la región”, "
           "expresó Elkin."),
    ("ru", "Министр Израиля Зеэв Элькин поговорил с журналистами в аэропорту перед вылетом в "
           "Астану вместе с премьер-министром. «Особая важность этой поездки в экономических "
           "связях, которые у нас есть со странами региона, они растут из года в год и сегодня "
           "больше, чем когда-либо. Сотрудничество с Казахстаном имеет огромный потенциал в "
           "водном хозяйстве, сельском хозяйстве и технологиях. Кроме того, с января Казахстан "
           "войдет в Совет Безопасности, поэтому этот визит очень значим в политическом плане, "
           "на самом высоком уровне, для нас и для всего региона», — сказал Элькин."),
    ("de", "Der israelische Minister Zeev Elkin sprach am Flughafen vor dem Abflug nach Astana "
           "mit Journalisten, gemeinsam mit dem Premierminister. „Die besondere Bedeutung dieser "
           "Reise liegt in den wirtschaftlichen Beziehungen, die wir mit den Ländern der Region "
           "haben und die Jahr für Jahr gewachsen sind und heute größer sind als je zuvor. Die "
           "Zusammenarbeit mit Kasachstan hat ein enormes Potenzial bei Wasser, Landwirtschaft "
           "und Technologie. Kasachstan sitzt außerdem ab Januar im Sicherheitsrat, was diesen "
           "Besuch politisch sehr bedeutend macht, auf höchster Ebene, für uns und für die ganze "
           "Region“, sagte Elkin."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), QUOTATION_OF_SEVERAL_SENTENCES)
def test_a_quotation_of_several_sentences_is_the_statement_of_who_it_is_told_by(
    detector, lang, text
):
    assert speakers(detector, text, lang) == ["Ze'ev Elkin (Minister, IL)"]


QUOTATION_ABOUT_A_THIRD_COUNTRY = [
    ("en", "Kazakh Majilis Speaker Yerlan Koshanov addressed the emergency summit in Doha on "
           'Monday. "Whatever the motives behind the strike may have been, such actions are '
           "absolutely unacceptable to all of us who value peace and the rule of law in this "
           "region and far beyond it. They violate the sovereign rights of the State of Qatar "
           "and go against the principles of international law, harming the security of every "
           'nation that respects the international order," Koshanov said.'),
    ("ru", "Председатель Мажилиса Казахстана Ерлан Кошанов выступил в понедельник на экстренном "
           "саммите в Дохе. «Независимо от мотивов этого удара, такие действия абсолютно "
           "неприемлемы для всех нас, кто ценит мир и верховенство права в этом регионе и далеко "
           "за его пределами. Они нарушают суверенные права Государства Катар и противоречат "
           "принципам международного права, нанося ущерб безопасности каждой страны, уважающей "
           "международный порядок», — сказал Кошанов."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), QUOTATION_ABOUT_A_THIRD_COUNTRY)
def test_a_quotation_about_a_third_country_is_no_statement(detector, lang, text):
    assert speakers(detector, text, lang) == []


NAMED_IN_THE_WORDS_QUOTED = [
    ("en", 'On the X account of Israeli Foreign Minister Gideon Saar this morning: "I have just '
           "had a long and warm phone conversation with the Foreign Minister of Kazakhstan Yermek "
           "Kosherbayev, to whom I conveyed my congratulations on the historic decision to join "
           'the Abraham Accords. We agreed to restore direct flights."'),
    ("it", "Dal profilo X di Gideon Saar, ministro degli Affari Esteri di Israele: “Ho appena "
           "avuto una lunga telefonata con il ministro degli Esteri del Kazakistan Yermek "
           "Kosherbayev e mi sono congratulato con lui per la storica decisione di aderire agli "
           "Accordi di Abramo. Abbiamo concordato di ripristinare i voli diretti.”"),
    ("ru", "В аккаунте главы израильского МИД Гидеона Саара в X сегодня утром: «Я только что "
           "долго и тепло говорил по телефону с министром иностранных дел Казахстана Ермеком "
           "Кошербаевым, которому передал мои поздравления с историческим решением "
           "присоединиться к Соглашениям Авраама. Мы договорились восстановить прямые рейсы»."),
    ("de", "Auf dem X-Konto des israelischen Außenministers Gideon Saar hieß es am Morgen: „Ich "
           "hatte soeben ein langes und herzliches Telefonat mit dem Außenminister Kasachstans "
           "Jermek Koscherbajew, dem ich meine Glückwünsche zur historischen Entscheidung "
           "übermittelt habe, den Abraham-Abkommen beizutreten. Wir haben vereinbart, die "
           "Direktflüge wieder aufzunehmen.“"),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), NAMED_IN_THE_WORDS_QUOTED)
def test_a_speech_word_in_the_words_quoted_is_the_quoted_persons(detector, lang, text):
    assert speakers(detector, text, lang) == ["Gideon Sa'ar (Foreign Minister, IL)"]


HE_ASKED = [
    ("en", '"Our ties are growing," Netanyahu said after meeting President Tokayev in Astana. He '
           "also asked Kazakhstan to back Israel's bid for a seat on the Security Council."),
    ("fr", "« Nos liens grandissent », a déclaré Netanyahu après avoir rencontré le président "
           "Tokaïev à Astana. Il a demandé aussi au Kazakhstan de soutenir la candidature d’Israël "
           "au Conseil de sécurité."),
    ("ru", "«Наши связи растут», — сказал Нетаньяху после встречи с президентом Токаевым в "
           "Астане. Он также попросил Казахстан поддержать заявку Израиля в Совет Безопасности."),
    ("es", '"Nuestros lazos crecen", dijo Netanyahu tras reunirse con el presidente Tokayev en '
           "Astaná. Él pidió también a Kazajistán apoyar la candidatura de Israel al Consejo de "
           "Seguridad."),
]  # fmt: skip


@pytest.mark.parametrize(("lang", "text"), HE_ASKED)
def test_he_who_asks_is_the_one_quoted_before_not_the_last_named(detector, lang, text):
    assert set(speakers(detector, text, lang)) == {"Benjamin Netanyahu (Prime Minister, IL)"}
