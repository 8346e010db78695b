"""The daemon loads the detector beside its first poll only where articles may come: a feed in
the configuration or in the log, or an article the detector has not read yet; otherwise the
detector loads on its first article, as an unwarmed reader does. Likewise a pass with no feed
to poll builds no fetcher."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest

from monitor import events as ev
from monitor.app import Monitor, open_monitor
from monitor.mapper import to_new_event
from monitor.settings import FeedConfig, Settings
from storage.readers import set_checkpoint

ARTICLE = ev.ArticleDiscovered(
    article="a1", feed="outlet", url="https://outlet.example.org/1", title="Talks",
    text="Kazakhstan and Israel", content_hash="h1",
)  # fmt: skip


@pytest.fixture
def url(tmp_path, store_template) -> str:
    url = f"sqlite:///{tmp_path / 'monitor.db'}"
    store_template.fill(url)
    return url


def opened(url: str, **settings) -> tuple[Monitor, list[int]]:
    """The application on `url`, its detector replaced by a stand-in that counts its loads."""
    monitor = open_monitor(settings=Settings(database_url=url, **settings))
    loads: list[int] = []

    def load():
        loads.append(1)
        return SimpleNamespace(lexicon=SimpleNamespace(lemmatizer=lambda lang: None))

    monitor._parts.reader("detector")._factory = load
    return monitor, loads


def test_a_daemon_with_no_feed_and_no_article_waiting_loads_no_detector(url):
    monitor, loads = opened(url)
    with monitor:
        monitor.warm_up()
        assert loads == []
        monitor.add_feed(FeedConfig(name="outlet", url="https://outlet.example.org/rss"))
        monitor.warm_up()
        assert loads == [1]


def test_a_feed_removed_since_still_warms_the_detector(url):
    monitor, loads = opened(url)
    with monitor:
        monitor.add_feed(FeedConfig(name="outlet", url="https://outlet.example.org/rss"))
        monitor.remove_feed("outlet")
        monitor.warm_up()
        assert loads == [1]


def test_a_configured_feed_warms_the_detector(url):
    monitor, loads = opened(url, feeds=[{"name": "outlet", "url": "https://outlet.example.org/"}])
    with monitor:
        monitor.warm_up()
        assert loads == [1]


def test_an_article_the_detector_has_not_read_warms_it_and_one_it_has_read_does_not(url):
    monitor, loads = opened(url)
    with monitor:
        (position,) = monitor.store.append("article-a1", [to_new_event(ARTICLE)])
        monitor.warm_up()
        assert loads == [1]
    monitor, loads = opened(url)
    with monitor:
        with monitor.store.engine.begin() as conn:
            set_checkpoint(conn, "detector", position)  # as if it had read the article
        monitor.warm_up()
        assert loads == []


def test_a_pass_with_no_feed_to_poll_builds_no_fetcher(url):
    monitor, _ = opened(url)
    with monitor:
        assert monitor.poll_due(threading.Event()) is None
        assert monitor.poll().report.feeds == []
        assert "poller" not in monitor._parts.__dict__
