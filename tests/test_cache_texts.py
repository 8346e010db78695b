"""The tool that fills the corpora's text caches: what it plans and what it stores."""

from __future__ import annotations

import json

import pytest

from bench.cache_texts import labelled, plan, store


@pytest.fixture
def corpora(tmp_path):
    real = tmp_path / "real"
    real.mkdir()
    rows = [
        {"id": "r-1", "url": "https://a.example/1", "query": "one", "published": "2024-05-02"},
        {"id": "r-2", "url": "https://a.example/2", "query": "two", "published": "2025-01-09"},
    ]
    (real / "en.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), "utf-8")
    fresh = tmp_path / "fresh.jsonl"
    row = {"id": "f-1", "url": "https://b.example/x", "query": "three", "published": "2026-02-01"}
    fresh.write_text(json.dumps(row) + "\n", "utf-8")
    caches = tmp_path / "cache-real", tmp_path / "cache-fresh"
    return labelled(((real, caches[0]), (fresh, caches[1]))), caches


def test_store_writes_the_shape_the_corpus_readme_gives(corpora):
    articles, (real_cache, _) = corpora
    path = store(articles, "r-2", "\nA headline of the page\nIts first paragraph.\n")
    assert path == real_cache / "r-2.json"
    assert json.loads(path.read_text("utf-8")) == {
        "url": "https://a.example/2",
        "title": "A headline of the page",
        "text": "A headline of the page\nIts first paragraph.",
        "published": "2025-01-09",
    }


def test_plan_lists_only_what_is_not_cached_yet(corpora, tmp_path):
    articles, (_, fresh_cache) = corpora
    store(articles, "r-1", "Cached already")
    assert plan(articles, 2, tmp_path / "plan") == 2
    planned = [
        json.loads(line)
        for k in range(2)
        for line in (tmp_path / "plan" / f"part_{k}.jsonl").read_text("utf-8").splitlines()
    ]
    assert sorted(p["id"] for p in planned) == ["f-1", "r-2"]
    assert {"id": "f-1", "url": "https://b.example/x", "query": "three"} in planned
    store(articles, "f-1", "Now cached")
    assert (fresh_cache / "f-1.json").exists()
    assert plan(articles, 2, tmp_path / "plan") == 1


def test_store_refuses_an_unknown_id_or_an_empty_excerpt(corpora):
    articles, _ = corpora
    with pytest.raises(SystemExit, match="no labelled article"):
        store(articles, "nope", "text")
    with pytest.raises(SystemExit, match="empty excerpt"):
        store(articles, "r-1", "  \n ")
