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
