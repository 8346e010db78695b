"""Russian wording found by the written-article probe (tests/detect/written/ru.py): invented
sentences, one rule or word each."""

from __future__ import annotations

from tests.detect.helpers import dated_types


def test_agreements_signed_in_recent_years_are_background(detector):
    """ "соглашений, подписанных в последние годы": earlier documents the talks were about,
    no signing of the day."""
    text = (
        "9 ноября депутаты Мажилиса встретились в Иерусалиме с министром иностранных дел "
        "Израиля. Стороны обсудили выполнение соглашений между Казахстаном и Израилем, "
        "подписанных в последние годы."
    )
    assert "agreement_signed" not in [t for t, _ in dated_types(detector, text, "ru")]


def test_the_head_of_state_of_kazakh_media_is_kazakhstans_president(assess):
    """Kazakh outlets writing in Russian name their president "Глава государства", as Kazakh
    ones "Мемлекет басшысы": a message of his to Israel's president is the two sides' news."""
    result = assess(
        "Глава государства направил послание президенту Израиля",
        "Глава государства направил телеграмму президенту Израиля Ицхаку Герцогу по случаю "
        "Дня памяти жертв Холокоста. В послании отмечается, что народ страны чтит память "
        "погибших и осуждает любые проявления ненависти.",
        lang="ru",
    )
    assert result["relevant"] is True, result["score"]
    assert [e["type"] for e in result["events"]] == ["statement"], result["events"]
