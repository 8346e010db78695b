"""The vocabulary is data: loaded from TOML, validated, extensible without code."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from monitor.detect.detector import Detector
from monitor.detect.vocabulary import VocabularyError, default_directory, load_vocabulary


@pytest.fixture
def vocab_copy(tmp_path: Path) -> Path:
    target = tmp_path / "vocabulary"
    shutil.copytree(default_directory(), target)
    return target


def test_the_default_vocabulary_is_the_repos_config_folder():
    assert default_directory() == Path(__file__).resolve().parents[2] / "config" / "vocabulary"
    vocab = load_vocabulary()
    assert {a.id for a in vocab.actors.actor} >= {"tokayev", "netanyahu", "astana"}


def test_a_bad_value_names_the_file_and_the_key(vocab_copy: Path):
    path = vocab_copy / "relevance.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace("threshold = 2.0", "threshold = -1"),
        encoding="utf-8",
    )
    with pytest.raises(VocabularyError) as error:
        load_vocabulary(vocab_copy)
    assert "relevance.toml" in str(error.value)
    assert "threshold" in str(error.value)


def test_an_unknown_taxonomy_value_is_rejected_with_its_key(vocab_copy: Path):
    path = vocab_copy / "languages" / "en.toml"
    tourism = '[sector]\ntourism = ["hotel*"]\n'
    text = path.read_text(encoding="utf-8").replace("[sector]\n", tourism)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"en\.toml: key sector: .*tourism"):
        load_vocabulary(vocab_copy)


def test_an_unknown_cue_label_and_a_badly_named_language_file_are_rejected(vocab_copy: Path):
    (vocab_copy / "languages" / "xx.toml").write_text(
        'script = "latin"\n[cue]\nsgin = ["x1"]\n', encoding="utf-8"
    )
    with pytest.raises(VocabularyError, match=r"xx\.toml: key cue: .*unknown cue label 'sgin'"):
        load_vocabulary(vocab_copy)
    (vocab_copy / "languages" / "xx.toml").rename(vocab_copy / "languages" / "dutch.toml")
    with pytest.raises(VocabularyError, match=r"dutch\.toml: a language file is named by its ISO"):
        load_vocabulary(vocab_copy)


def test_a_pattern_too_short_before_its_star_is_rejected(vocab_copy: Path):
    path = vocab_copy / "actors.toml"
    path.write_text(
        path.read_text(encoding="utf-8").replace('"tokayev*"', '"t*"'), encoding="utf-8"
    )
    with pytest.raises(VocabularyError, match=r"actors\.toml: key actor\.0\.aliases"):
        load_vocabulary(vocab_copy)


def test_broken_toml_and_a_missing_file_are_clear_errors(vocab_copy: Path):
    (vocab_copy / "languages" / "ru.toml").write_text("[dates.relative_day", encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"ru\.toml: cannot read TOML"):
        load_vocabulary(vocab_copy)
    (vocab_copy / "steps.toml").unlink()
    with pytest.raises(VocabularyError, match=r"steps\.toml: vocabulary file is missing"):
        load_vocabulary(vocab_copy)


SWEDISH = {
    "id": "sv-1",
    "title": "Kazakstan och Israel undertecknar avtal",
    "text": "Utrikesministrarna i Kazakstan och Israel undertecknade på tisdag i Astana ett "
    "avtal om viseringsfria resor.",
    "published": "2026-03-12T09:00:00Z",
    "lang": "sv",
}


def test_a_new_language_is_a_data_file(vocab_copy: Path):
    before = Detector.load(vocab_copy).assess(SWEDISH)
    assert "agreement_signed" not in [e["type"] for e in before["events"]]
    # Words are written as lemmas: "undertecknad" (simplemma's lemma) matches "undertecknade".
    (vocab_copy / "languages" / "sv.toml").write_text(
        'lemmatizer = "simplemma"\nscript = "latin"\nweekdays = true\nmonths = true\n'
        '[cue]\nsign = ["underteckna", "undertecknad"]\n'
        '[instrument]\nagreement = ["avtal"]\n'
        '[subject]\nvisa = ["viseringsfri*", "visering*"]\n',
        encoding="utf-8",
    )
    after = Detector.load(vocab_copy).assess(SWEDISH)
    signed = [e for e in after["events"] if e["type"] == "agreement_signed"]
    assert after["relevant"] is True
    assert [(e["date"], e["fields"]["subject"]) for e in signed] == [("2026-03-10", "visa")]


def test_a_user_adds_an_actor_without_code(vocab_copy: Path, tmp_path: Path):
    article = {
        "id": "x",
        "title": "Serikbolsynov hosts Israeli delegation",
        "text": "Serikbolsynov met the Israeli delegation in the capital on Monday.",
        "published": "2026-03-12T09:00:00Z",
    }
    assert Detector.load(vocab_copy).assess(article)["relevant"] is False
    with (vocab_copy / "actors.toml").open("a", encoding="utf-8") as handle:
        handle.write(
            '\n[[actor]]\nid = "serikbolsynov"\nname = "Test Serikbolsynov"\n'
            'country = "KZ"\nkind = "person"\nrole = "Governor"\n'
            'aliases = ["serikbolsynov*", "серикболсынов*"]\n'
        )
    assert Detector.load(vocab_copy).assess(article)["relevant"] is True


def test_country_names_come_from_cldr_for_listed_languages(detector):
    from monitor.detect.normalize import normalize

    hits = detector.lexicon.scan(normalize("Kazajistán e Israel; Kasachstan; Қазақстан"))
    assert [h.key for h in hits if h.kind == "side"] == ["KZ", "IL", "KZ", "KZ"]


@pytest.mark.parametrize(
    "gap", ["*{3,1}", "*{0,2}", "*{a,b}", "*{1,12}", "*{1,2", "x*{1,2}", "*{1,2}x"]
)
def test_a_malformed_word_gap_is_rejected_with_its_file_and_pattern(vocab_copy: Path, gap):
    path = vocab_copy / "languages" / "en.toml"
    text = path.read_text(encoding="utf-8").replace(
        '"cancel* *{1,2} visit"', f'"cancel* {gap} visit"'
    )
    path.write_text(text, encoding="utf-8")
    with pytest.raises(VocabularyError) as error:
        load_vocabulary(vocab_copy)
    assert "en.toml: key " in str(error.value)
    assert f"'cancel* {gap} visit'" in str(error.value)
