"""The compiled lexicon kept in the per-user cache: a cached lexicon detects exactly as a freshly
compiled one, a corrupt file is compiled again, and a changed vocabulary is never served from
another vocabulary's entry."""

from __future__ import annotations

import dataclasses
import json
import pickle
import re
import shutil
import threading
import time
from pathlib import Path

import pytest

from monitor.detect import lexicon as lexicons
from monitor.detect.matcher import _Entry
from monitor.detect.vocabulary import VocabularyError, default_directory, load_vocabulary
from tests.detect.helpers import record_calls

# The corpus sits beside the checkout (../shared), or beside the folder of worktrees.
CORPUS = next(
    (folder / "shared" / "corpus" / "dev.jsonl" for folder in Path(__file__).resolve().parents
     if (folder / "shared" / "corpus" / "dev.jsonl").exists()),
    Path("shared") / "corpus" / "dev.jsonl",
)  # fmt: skip


@pytest.fixture
def cache(tmp_path: Path, monkeypatch) -> Path:
    folder = tmp_path / "cache"
    monkeypatch.setenv("MONITOR_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def compiled(monkeypatch) -> list:
    """The vocabularies compiled into lexicons (not read from the cache)."""
    return record_calls(monkeypatch, lexicons, "compile_lexicon")


@pytest.mark.skipif(not CORPUS.exists(), reason=f"no dev corpus at {CORPUS}")
def test_a_cached_lexicon_detects_as_a_freshly_compiled_one(shipped, cache, compiled):
    vocab = load_vocabulary()
    lexicons.build_lexicon(vocab)  # compiled, then kept
    from_cache = lexicons.build_lexicon(vocab)
    assert len(compiled) == 1 and len(list(cache.glob("lexicon-*.pickle"))) == 1
    fresh = dataclasses.replace(shipped, lexicon=lexicons.compile_lexicon(vocab))
    cached = dataclasses.replace(shipped, lexicon=from_cache)
    articles = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    assert any(fresh.assess(article)["events"] for article in articles)
    for article in articles:
        assert cached.assess(article) == fresh.assess(article), article["id"]
    # Its grammars compile their patterns again, and its lemmatisers load again, on first use.
    assert from_cache.grammar("en").compile(r"{article}\s") is from_cache.grammar("en").compile(
        r"{article}\s"
    )


def test_a_corrupt_or_foreign_cache_file_is_compiled_again(cache, compiled):
    vocab = load_vocabulary()
    first = lexicons.build_lexicon(vocab)
    (file,) = cache.glob("lexicon-*.pickle")
    for damage in (b"not a pickle", file.read_bytes()[: file.stat().st_size // 2]):
        file.write_bytes(damage)
        again = lexicons.build_lexicon(vocab)
        assert again.actors == first.actors and again.joined == first.joined
    assert len(compiled) == 3
    assert lexicons.build_lexicon(vocab) is not None and len(compiled) == 3  # rewritten whole
    # A file holding another key's lexicon (a hash prefix shared, say) is not trusted.
    file.write_bytes(pickle.dumps(("another key", first)))
    lexicons.build_lexicon(vocab)
    assert len(compiled) == 4


def test_a_changed_vocabulary_file_changes_the_key(tmp_path: Path):
    copy = tmp_path / "vocabulary"
    shutil.copytree(default_directory(), copy)
    key = lexicons.cache_key(load_vocabulary())
    assert lexicons.cache_key(load_vocabulary(copy)) == key  # where it is read from is no part
    with (copy / "actors.toml").open("a", encoding="utf-8") as handle:
        handle.write(
            '\n[[actor]]\nid = "zhaksybekov"\nname = "Test Zhaksybekov"\n'
            'country = "KZ"\nkind = "person"\nrole = "Governor"\naliases = ["zhaksybekov*"]\n'
        )
    assert lexicons.cache_key(load_vocabulary(copy)) != key


def test_an_unwritable_cache_only_costs_the_shortcut(tmp_path: Path, monkeypatch, compiled):
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("")
    monkeypatch.setenv("MONITOR_CACHE_DIR", str(blocker / "cache"))
    vocab = load_vocabulary()
    assert lexicons.build_lexicon(vocab).actors
    assert lexicons.build_lexicon(vocab).actors
    assert len(compiled) == 2


@pytest.fixture
def vocabulary_read(monkeypatch) -> list[Path]:
    """The folders whose vocabulary files were read and validated (not taken from the cache)."""
    return record_calls(monkeypatch, lexicons, "load_vocabulary")


def test_a_kept_vocabulary_and_lexicon_are_those_the_files_give(tmp_path, cache, vocabulary_read):
    copy = tmp_path / "vocabulary"
    shutil.copytree(default_directory(), copy)
    first_vocab, first_lexicon = lexicons.load_compiled(copy)
    vocab, lexicon = lexicons.load_compiled(copy)
    assert vocabulary_read == [copy] and len(list(cache.glob("compiled-*.pickle"))) == 1
    assert vocab == first_vocab == load_vocabulary(copy)
    assert lexicon.actors == first_lexicon.actors and lexicon.joined == first_lexicon.joined
    # The same files in another folder are the same entry, which names the folder read.
    again, _ = lexicons.load_compiled()
    assert again.directory == default_directory() and vocab.directory == copy
    assert vocabulary_read == [copy]


def test_a_changed_added_or_broken_vocabulary_file_is_read_again(tmp_path, cache, vocabulary_read):
    copy = tmp_path / "vocabulary"
    shutil.copytree(default_directory(), copy)
    lexicons.load_compiled(copy)
    with (copy / "actors.toml").open("a", encoding="utf-8") as handle:
        handle.write(
            '\n[[actor]]\nid = "zhaksybekov"\nname = "Test Zhaksybekov"\n'
            'country = "KZ"\nkind = "person"\nrole = "Governor"\naliases = ["zhaksybekov*"]\n'
        )
    vocab, lexicon = lexicons.load_compiled(copy)
    assert "zhaksybekov" in lexicon.actors and len(vocabulary_read) == 2
    shutil.copy(copy / "languages" / "en.toml", copy / "languages" / "ro.toml")
    vocab, _ = lexicons.load_compiled(copy)
    assert "ro" in vocab.languages and len(vocabulary_read) == 3
    (copy / "relevance.toml").write_text("not = [valid", encoding="utf-8")
    with pytest.raises(VocabularyError, match=r"relevance\.toml"):
        lexicons.load_compiled(copy)


def test_a_lemmatiser_asked_for_by_several_threads_at_once_is_loaded_once(monkeypatch):
    """A daemon's warm-up and its first batch ask at once; the dictionary loads once."""
    _, lexicon = lexicons.load_compiled()
    fresh = dataclasses.replace(lexicon, _lemmatizers={})
    loaded: list[str] = []
    load = lexicons.load_lemmatizer

    def slow(lang, kind, separable=None, fixed=None):
        loaded.append(lang)
        lemmatizer = load(lang, kind, separable, fixed)
        time.sleep(0.3)  # a dictionary that takes a while
        return lemmatizer

    monkeypatch.setattr(lexicons, "load_lemmatizer", slow)
    got = []
    start = threading.Barrier(4)

    def ask() -> None:
        start.wait()
        got.append(fresh.lemmatizer("en"))

    threads = [threading.Thread(target=ask) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert loaded == ["en"]
    assert len(got) == 4 and got[0] is not None and all(found is got[0] for found in got)


def test_a_kept_matcher_entry_reads_back_without_calling_python_code(monkeypatch):
    """A lexicon holds some 30,000 entries: unpickled by tuple.__new__, not the named tuple's
    own __new__ (a Python function), and equal to what was kept."""
    entry = _Entry(re.compile(r"\w*abkommen(?!\w)"), False, "cue", "signing", ("cue", "signing"))
    kept = pickle.dumps([entry, entry._replace(rank=2)], protocol=pickle.HIGHEST_PROTOCOL)
    made = []
    construct = _Entry.__new__
    monkeypatch.setattr(
        _Entry, "__new__", lambda cls, *a, **k: made.append(a) or construct(cls, *a, **k)
    )
    first, second = pickle.loads(kept)
    assert made == []
    assert type(first) is _Entry and first == entry and first.tail.pattern == entry.tail.pattern
    assert second.rank == 2 and second.key == "signing"
