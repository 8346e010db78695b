"""Robustness: every document of feedparser's own test corpus, served over HTTP and polled."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa

from monitor.bootstrap import bootstrap
from monitor.feeds.parse import parse_feed
from monitor.feeds.poller import Feed
from monitor.settings import FetchConfig, Settings
from monitor.tables import feed_state

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "feedparser" / "tests"


@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"feedparser corpus not found at {CORPUS}")
def test_every_corpus_document_ends_as_entries_or_a_recorded_error(sqlite_url, feed_server):
    documents = sorted(CORPUS.rglob("*.xml"))
    assert len(documents) > 2000
    feeds = []
    expected_feeds = 0
    for number, path in enumerate(documents):
        body = path.read_bytes()
        route = f"/{number}.xml"
        feed_server.serve(route, body, Content_Type="application/xml")
        feeds.append(Feed(f"doc-{number}", feed_server.url + route, interval_s=3600))
        expected_feeds += parse_feed(body, {"content-type": "application/xml"}, route).is_feed
    settings = Settings(
        database_url=sqlite_url,
        allow_private_networks=True,
        fetch=FetchConfig(per_host_spacing=0, per_host_in_flight=8),
    )
    app = bootstrap(settings)
    try:
        report = app.poller.poll(feeds)
        with app.engine.connect() as conn:
            rows = conn.execute(sa.select(feed_state)).all()
        articles = len(app.store.read_all(types=["ArticleDiscovered"]))
    finally:
        app.close()
    assert len(report.feeds) == len(documents)
    assert not [r for r in report.feeds if r.error and r.error.startswith(("RuntimeError", "<"))]
    succeeded = [row for row in rows if row.last_success_at is not None]
    failed = [row for row in rows if row.last_success_at is None]
    assert len(rows) == len(documents)
    assert all(row.last_error for row in failed), "a failure must leave a recorded error"
    assert len(succeeded) == expected_feeds
    assert len(failed) == len(documents) - expected_feeds
    assert articles > 100  # corpus documents share ids and links, so many entries coincide
