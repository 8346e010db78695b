"""End to end on the labelled dev corpus: outlets as feeds over HTTP, one poll, the summary."""

from __future__ import annotations

import json
from collections import defaultdict
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

import pytest

from tests.support import rss

# shared/ sits beside the checkout (CI) or beside the folder of worktrees.
CORPUS = next(
    (
        folder / "shared" / "corpus" / "dev.jsonl"
        for folder in Path(__file__).resolve().parents[3:5]
        if (folder / "shared" / "corpus" / "dev.jsonl").exists()
    ),
    Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev.jsonl",
)
SEED_URL = "https://www.euronews.com/2026/01/29/israel-and-kazakhstan-sign-visa-free-agreement-in-tourism-boost"

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason=f"dev corpus not found at {CORPUS}")


def corpus():
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]


def serve_outlets(feed_server, articles) -> str:
    """One feed per outlet, each carrying that outlet's articles; returns the config's feeds."""
    by_outlet = defaultdict(list)
    for article in articles:
        by_outlet[article.get("source") or "unknown"].append(article)
    config = []
    for number, (outlet, items) in enumerate(sorted(by_outlet.items())):
        body = rss(
            *[
                {
                    "title": escape(a["title"]), "link": escape(a["url"]),
                    "description": escape(a["text"]),
                    "published": datetime.fromisoformat(a["published"].replace("Z", "+00:00")),
                }
                for a in items
            ],
            title=escape(outlet),
        )  # fmt: skip
        url = feed_server.serve(f"/outlet-{number}.xml", body)
        config.append(
            f'[[feeds]]\nname = "outlet-{number}"\nurl = "{url}"\nlanguage = "{items[0]["lang"]}"\n'
        )
    return "".join(config)


def all_sources(summary):
    urls = set()

    def walk(node):
        if isinstance(node, dict):
            if isinstance(node.get("sources"), list):
                urls.update(source["url"] for source in node["sources"])
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(summary)
    return urls


def test_the_summary_of_the_dev_corpus_holds_the_key_developments_with_sources(
    workspace, feed_server, monkeypatch
):
    monkeypatch.setenv("MONITOR_TODAY", "2026-11-30")
    articles = corpus()
    # The outlets all live on 127.0.0.1: without the default second between requests to one
    # host, the poll fetches them back to back (12 s less waiting); politeness has its own tests.
    spacing = '[fetch]\nper_host_spacing = "0s"\n'
    workspace.write_config(spacing + serve_outlets(feed_server, articles))
    done = workspace.monitor("poll")  # a process: parsing a pass this large starts workers
    assert f"{len(articles)} new" in done.stdout

    summary = json.loads(workspace.query("summary", "--format", "json").stdout)

    signed = [fact for signing in summary["instruments"] for fact in signing["documents"]]
    visa = [
        fact for fact in signed
        if fact["fields"].get("subject") == "visa"
        and any(stage["date"] == "2026-01-27" for stage in fact["stages"])
    ]  # fmt: skip
    assert len(visa) == 1, summary["instruments"]
    assert SEED_URL in {source["url"] for source in visa[0]["sources"]}
    # One entry for the day: every document signed on 27 Jan, with every outlet's sources.
    (day,) = [signing for signing in summary["instruments"] if signing["date"] == "2026-01-27"]
    assert visa[0] in day["documents"]
    assert {s["url"] for f in day["documents"] for s in f["sources"]} == {
        s["url"] for s in day["sources"]
    }
    # The memorandum prepares the agreement, signed, ratified and in force since, each reported.
    (agreement,) = [f for f in signed if f["key"] == visa[0]["prepares"]]
    assert [stage["stage"] for stage in agreement["stages"]] == ["signed", "ratified", "in_force"]
    assert agreement["prepared_by"] == [visa[0]["key"]]
    agreement_sources = {source["url"] for source in agreement["sources"]}
    assert len(agreement_sources) >= 3 and agreement["source_count"] == len(agreement_sources)

    accords = [f for f in summary["frameworks"] if "abraham" in f["headline"].lower()]
    assert accords and accords[0]["date"].startswith("2025-11")

    visits = summary["visits"]["planned"] + summary["visits"]["held"]
    netanyahu = [v for v in visits if "netanyahu" in v["headline"].lower()]
    assert any((v["date"] or "").startswith("2026") for v in netanyahu), netanyahu

    irrelevant = {a["url"] for a in articles if not a["relevant"]}
    assert all_sources(summary) & irrelevant == set()

    before = workspace.query("summary", "--format", "json").stdout
    timeline_before = workspace.query("timeline", "--format", "json").stdout
    workspace.command("projections", "rebuild")
    assert workspace.query("summary", "--format", "json").stdout == before
    assert workspace.query("timeline", "--format", "json").stdout == timeline_before
