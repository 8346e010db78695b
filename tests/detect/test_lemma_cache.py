"""simplemma's dictionaries kept decoded in the per-user cache: a kept dictionary gives the lemmas
simplemma gives, and a corrupt or foreign file is decoded afresh and written again whole."""

from __future__ import annotations

import pickle
import shutil
from pathlib import Path

import pytest
import simplemma
from simplemma.strategies.dictionaries import dictionary_factory

from monitor.detect import lemmas as lemmas_module
from monitor.detect.lemmas import load_lemmatizer
from tests.detect.helpers import record_calls

WORDS = ["visited", "agreements", "signed", "talks", "ministers", "was", "relations", "Astana"]


@pytest.fixture
def expected() -> list[str]:
    return [simplemma.lemmatize(word, lang="en") for word in WORDS]


@pytest.fixture
def decoded(monkeypatch) -> list[str]:
    """The languages whose shipped dictionary simplemma decoded (not read from the cache)."""
    return record_calls(monkeypatch, dictionary_factory, "_load_dictionary_from_disk")


def lemmas_in(folder: Path, monkeypatch) -> list[str]:
    """The English lemmas of WORDS from a lemmatiser reading the cache in `folder` (a folder not
    used before in this process, as a new process would start)."""
    monkeypatch.setenv("MONITOR_CACHE_DIR", str(folder))
    lemmatizer = load_lemmatizer("en", "simplemma")
    return [lemmatizer._lemma_of(word) for word in WORDS]


def test_a_kept_dictionary_gives_the_lemmas_simplemma_gives(tmp_path, monkeypatch, expected,
                                                            decoded):  # fmt: skip
    assert lemmas_in(tmp_path / "first", monkeypatch) == expected
    assert decoded == ["en"]
    (kept,) = (tmp_path / "first").glob("simplemma-en-*.pickle")
    shutil.copytree(tmp_path / "first", tmp_path / "second")
    assert lemmas_in(tmp_path / "second", monkeypatch) == expected
    assert decoded == ["en"]  # read back, not decoded again
    assert kept.name in {file.name for file in (tmp_path / "second").iterdir()}


def test_a_corrupt_or_foreign_kept_dictionary_is_decoded_again(tmp_path, monkeypatch, expected,
                                                               decoded):  # fmt: skip
    lemmas_in(tmp_path / "first", monkeypatch)
    (kept,) = (tmp_path / "first").glob("simplemma-en-*.pickle")
    damages = {
        "garbage": b"not a pickle",
        "truncated": kept.read_bytes()[: kept.stat().st_size // 2],
        "foreign": pickle.dumps(("another key", {b"visited": b"something else"})),
    }
    for number, damage in enumerate(damages.values()):
        folder = tmp_path / f"damaged-{number}"
        folder.mkdir()
        (folder / kept.name).write_bytes(damage)
        assert lemmas_in(folder, monkeypatch) == expected
        assert len(decoded) == number + 2
        assert (folder / kept.name).read_bytes() == kept.read_bytes()  # written again whole


def test_an_unwritable_cache_only_costs_the_shortcut(tmp_path, monkeypatch, expected, decoded):
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("")
    assert lemmas_in(blocker / "cache", monkeypatch) == expected
    assert decoded == ["en"]


def test_a_stream_in_every_lemmatised_language_decodes_each_dictionary_once(tmp_path, monkeypatch):
    """More languages than simplemma's own default holds (8): none is decoded a second time."""
    monkeypatch.setenv("MONITOR_CACHE_DIR", str(tmp_path))
    read = record_calls(monkeypatch, lemmas_module, "_kept_dictionary")
    languages = ["en", "de", "fr", "es", "it", "tr", "cs", "he", "fa", "ar"]
    for word in ("ministers", "agreements"):  # another word: no lemma remembered per word
        for lang in languages:
            load_lemmatizer(lang, "simplemma")._lemma_of(word)
    assert sorted(read) == sorted(languages)
