"""The poller against a real HTTP server: every outcome becomes state and, where due, an event."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from monitor.bootstrap import bootstrap
from monitor.feeds.poller import Feed
from monitor.settings import FetchConfig, Settings
from monitor.tables import feed_state
from tests.support import rss

ITEM = {"title": "Kazakhstan and Israel agree on flights", "link": "https://o.example.org/1"}


@pytest.fixture
def app(database_url, store_template):
    settings = Settings(
        database_url=database_url,
        allow_private_networks=True,
        fetch=FetchConfig(per_host_spacing=0, per_host_in_flight=8, failing_after=3),
    )
    store_template.fill(database_url)  # a store, not migrated: creating one is not the point
    application = bootstrap(settings)
    yield application
    application.close()


def types(app, *only):
    return [e.type for e in app.store.read_all(types=only or None)]


def state(app, name):
    with app.engine.connect() as conn:
        return conn.execute(sa.select(feed_state).where(feed_state.c.feed == name)).one()


def test_a_permanent_redirect_records_feed_moved_and_uses_the_new_url(app, feed_server):
    new_url = feed_server.serve("/new.xml", rss(ITEM))
    old_url = feed_server.serve("/old.xml", "", status=301, Location=new_url)
    feed = Feed("moved", old_url, interval_s=60)
    app.poller.poll([feed])
    [moved] = [e for e in app.store.read_all(types=["FeedMoved"])]
    assert (moved.data["old_url"], moved.data["new_url"], moved.data["status"]) == (
        old_url, new_url, 301,
    )  # fmt: skip
    assert state(app, "moved").url == new_url
    app.poller.poll([feed])
    assert feed_server.hits["/old.xml"] == 1 and feed_server.hits["/new.xml"] == 2
    assert types(app, "ArticleDiscovered") == ["ArticleDiscovered"]


def test_a_temporary_redirect_records_no_move(app, feed_server):
    target = feed_server.serve("/target.xml", rss(ITEM))
    url = feed_server.serve("/tmp.xml", "", status=302, Location=target)
    app.poller.poll([Feed("temp", url)])
    assert types(app, "FeedMoved") == []
    assert state(app, "temp").url == url
    assert types(app, "ArticleDiscovered") == ["ArticleDiscovered"]


def test_410_disables_the_feed_with_an_event(app, feed_server):
    feed = Feed("gone", feed_server.serve("/gone.xml", "bye", status=410))
    app.poller.poll([feed])
    assert types(app, "FeedDisabled") == ["FeedDisabled"]
    assert state(app, "gone").disabled
    far_future = datetime.now(UTC) + timedelta(days=400)
    assert app.poller.due([feed], now=far_future) == []


@pytest.mark.parametrize("status", [429, 503])
def test_retry_after_is_honoured(app, feed_server, status):
    feed = Feed(
        "busy", feed_server.serve("/busy.xml", "slow down", status=status, Retry_After="7200")
    )
    before = datetime.now(UTC)
    app.poller.poll([feed])
    next_check = state(app, "busy").next_check_at
    next_check = next_check if next_check.tzinfo else next_check.replace(tzinfo=UTC)
    assert next_check >= before + timedelta(seconds=7200)
    assert app.poller.due([feed], now=before + timedelta(seconds=7100)) == []


def test_failures_back_off_then_record_failing_once_and_recovered_on_success(app, feed_server):
    feed = Feed("flaky", feed_server.serve("/flaky.xml", "oops", status=500), interval_s=60)
    waits = []
    for _ in range(4):
        before = datetime.now(UTC)
        app.poller.poll([feed])
        at = state(app, "flaky").next_check_at
        waits.append(((at if at.tzinfo else at.replace(tzinfo=UTC)) - before).total_seconds())
    assert types(app, "FeedFailing") == ["FeedFailing"]
    assert state(app, "flaky").failures == 4
    assert waits[3] > 60 * 2  # the fourth failure waits at least half of 60 s x 2^4
    assert all(wait <= 86400 + 5 for wait in waits)
    feed_server.serve("/flaky.xml", rss(ITEM))
    app.poller.poll([feed])
    assert types(app, "FeedFailing", "FeedRecovered") == ["FeedFailing", "FeedRecovered"]
    assert state(app, "flaky").failures == 0


def test_an_html_page_instead_of_a_feed_is_a_recorded_error(app, feed_server):
    feed = Feed("html", feed_server.serve("/page", "<html><body><p>Hello</p></body></html>",
                                          Content_Type="text/html"))  # fmt: skip
    report = app.poller.poll([feed])
    assert report.feeds[0].error == "not_a_feed"
    assert "not_a_feed" in state(app, "html").last_error
    assert types(app, "ArticleDiscovered") == []


def test_the_same_article_through_two_feeds_is_one_article(app, feed_server):
    one = feed_server.serve("/one.xml", rss(ITEM, title="One"))
    two = feed_server.serve("/two.xml", rss(ITEM, title="Two"))
    report = app.poller.poll([Feed("one", one), Feed("two", two)])
    assert report.new == 1
    assert types(app, "ArticleDiscovered") == ["ArticleDiscovered"]


def test_tracking_parameters_do_not_make_a_new_article(app, feed_server):
    plain = {"title": "Visa talks", "link": "https://o.example.org/2", "guid": ""}
    tracked = plain | {"link": "https://O.example.org/2?utm_source=rss&utm_medium=feed#top"}
    feed_server.serve("/a.xml", rss(plain).replace("<guid></guid>", ""))
    feed_server.serve("/b.xml", rss(tracked).replace("<guid></guid>", ""))
    app.poller.poll([Feed("a", feed_server.url + "/a.xml"), Feed("b", feed_server.url + "/b.xml")])
    assert types(app, "ArticleDiscovered") == ["ArticleDiscovered"]


def test_a_private_address_is_refused_without_the_allow_setting(
    database_url, feed_server, store_template
):
    settings = Settings(database_url=database_url, allow_private_networks=False)
    store_template.fill(database_url)
    application = bootstrap(settings)
    try:
        report = application.poller.poll([Feed("local", feed_server.serve("/f.xml", rss(ITEM)))])
    finally:
        application.close()
    assert report.feeds[0].error == "private_address"
    assert feed_server.hits.get("/f.xml") is None


def test_a_feed_of_ten_thousand_entries_is_stored_whole(app, feed_server):
    items = [{"title": f"Item {i}", "link": f"https://o.example.org/{i}"} for i in range(10_000)]
    report = app.poller.poll([Feed("big", feed_server.serve("/big.xml", rss(*items)))])
    assert report.new == 10_000
    assert len(types(app, "ArticleDiscovered")) == 10_000


def test_a_stopped_poller_starts_no_new_fetch(app, feed_server):
    stop = threading.Event()
    stop.set()
    report = app.poller.poll([Feed("x", feed_server.serve("/x.xml", rss(ITEM)))], stop=stop)
    assert report.feeds == [] and feed_server.hits == {}


def test_a_bozo_feed_keeps_its_usable_entries(app, feed_server):
    broken = rss(ITEM).replace("</channel></rss>", "<item><title>Cut off")
    report = app.poller.poll([Feed("bozo", feed_server.serve("/bozo.xml", broken))])
    assert report.new >= 1 and report.feeds[0].error is None
    assert "bozo" in (state(app, "bozo").last_error or "")


def test_a_full_text_feed_stores_the_linked_pages_main_text(app, feed_server):
    paragraph = (
        "Kazakhstan and Israel signed an agreement on water management in Astana on Tuesday. "
        "The agreement covers drip irrigation, desalination research and training. "
    )
    page = (
        "<html><head><title>Story</title></head><body><nav>Home | World | Sport</nav>"
        f"<article><h1>Water deal</h1><p>{paragraph * 3}</p><p>{paragraph}</p></article>"
        "<footer>Copyright the outlet</footer></body></html>"
    )
    link = feed_server.serve("/story.html", page, Content_Type="text/html; charset=utf-8")
    url = feed_server.serve("/full.xml", rss({"title": "Water deal", "link": link,
                                              "description": "Short teaser."}))  # fmt: skip
    app.poller.poll([Feed("full", url, full_text=True)])
    [article] = app.store.read_all(types=["ArticleDiscovered"])
    assert "drip irrigation" in article.data["text"]
    assert "Short teaser" not in article.data["text"]
    assert "Copyright the outlet" not in article.data["text"]
    assert feed_server.hits["/story.html"] == 1


def test_a_304_after_failures_records_the_recovery_and_moves_the_next_check(app, feed_server):
    body = rss(ITEM)
    feed = Feed("back", feed_server.serve("/back.xml", body), interval_s=60)
    app.poller.poll([feed])
    feed_server.serve("/back.xml", "down", status=500)
    for _ in range(3):
        app.poller.poll([feed])
    feed_server.serve("/back.xml", body)  # the same body again: the server answers 304
    before = datetime.now(UTC)
    report = app.poller.poll([feed])
    assert report.feeds[0].status == 304
    assert types(app, "FeedFailing", "FeedRecovered") == ["FeedFailing", "FeedRecovered"]
    row = state(app, "back")
    assert (row.failures, row.last_error, row.last_status, row.lease_owner) == (0, None, 304, None)
    next_check = (
        row.next_check_at if row.next_check_at.tzinfo else row.next_check_at.replace(tzinfo=UTC)
    )
    assert before + timedelta(seconds=59) <= next_check <= before + timedelta(seconds=120)
