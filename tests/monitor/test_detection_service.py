"""The detector as a checkpointed reader: one development however many outlets report it."""

from __future__ import annotations

import json
from collections import Counter
from datetime import datetime
from pathlib import Path

import pytest

from monitor.bootstrap import bootstrap, catch_up_readers
from monitor.detect.reader import reprocess
from monitor.feeds.poller import Feed
from monitor.settings import FetchConfig, Settings
from tests.support import rss

REPORTS = Path(__file__).resolve().parents[1] / "data" / "visa_agreement_reports.jsonl"


def articles():
    return [json.loads(line) for line in REPORTS.read_text(encoding="utf-8").splitlines()]


def as_item(article):
    published = datetime.fromisoformat(article["published"].replace("Z", "+00:00"))
    return {"title": article["title"], "link": article["url"], "description": article["text"],
            "published": published}  # fmt: skip


@pytest.fixture
def app(database_url, store_template):
    settings = Settings(
        database_url=database_url, allow_private_networks=True,
        fetch=FetchConfig(per_host_spacing=0, per_host_in_flight=4),
    )  # fmt: skip
    store_template.fill(database_url)  # a store, not migrated: creating one is not the point
    application = bootstrap(settings)
    yield application
    application.close()


def poll_in_order(app, feed_server, batches):
    """Each batch is one outlet's feed polled in turn, as reports arrive over days."""
    for number, batch in enumerate(batches):
        url = feed_server.serve(f"/outlet-{number}.xml", rss(*[as_item(a) for a in batch]))
        app.poller.poll([Feed(f"outlet-{number}", url)])
        catch_up_readers(app)


def development_events(app):
    types = ["EventDetected", "EventCorroborated", "EventRevised", "EventRetracted"]
    return app.store.read_all(types=types)


def test_outlets_reporting_one_agreement_on_different_days_make_one_development(app, feed_server):
    first, second, ratified, football = articles()
    poll_in_order(app, feed_server, [[first], [second, football], [ratified]])

    agreement = [e for e in development_events(app) if e.data["key"].startswith("agreement")]
    assert [e.type for e in agreement] == ["EventDetected", "EventCorroborated", "EventRevised"]
    assert len({e.stream_id for e in agreement}) == 1
    detected, corroborated, revised = (e.data for e in agreement)
    assert detected["date"] == "2026-03-09" and detected["fields"]["stage"] == "signed"
    assert detected["source"]["url"] == first["url"]
    assert corroborated["source"]["url"] == second["url"]
    assert corroborated["date"] == "2026-03-09"
    assert revised["fields"]["stage"] == "ratified" and revised["date"] == "2026-06-18"
    assert revised["source"]["url"] == ratified["url"]


def test_nothing_is_recorded_from_an_irrelevant_article_but_its_assessment(app, feed_server):
    football = articles()[3]
    poll_in_order(app, feed_server, [[football]])
    assert list(development_events(app)) == []
    [assessed] = app.store.read_all(types=["ArticleAssessed"])
    assert assessed.data["relevant"] is False


def test_every_article_is_assessed_once_and_a_rerun_appends_nothing(app, feed_server):
    poll_in_order(app, feed_server, [articles()])
    counts = Counter(e.type for e in app.store.read_all())
    assert counts["ArticleAssessed"] == 4
    assert catch_up_readers(app)["detector"] == 0
    assert reprocess(app.store, app.reader("detector")) == 0
    assert Counter(e.type for e in app.store.read_all()) == counts


def test_reprocess_with_new_rules_appends_only_the_difference(app, feed_server):
    poll_in_order(app, feed_server, [articles()])
    before = Counter(e.type for e in app.store.read_all())
    detector = app.reader("detector")
    real = detector.detector

    class NoTalks:
        version = "rules-test"

        def assess(self, article):
            result = real.assess(article)
            return {**result, "events": [e for e in result["events"] if e["type"] != "talks"]}

    detector._detector = NoTalks()
    changed = reprocess(app.store, detector)
    after = Counter(e.type for e in app.store.read_all())
    assert changed == 4  # a new rules version re-assesses every article
    assert after["ArticleAssessed"] == before["ArticleAssessed"] + 4
    assert after["EventRetracted"] == 1  # the talks only one article supported
    assert after["EventDetected"] == before["EventDetected"]
    assert reprocess(app.store, detector) == 0
