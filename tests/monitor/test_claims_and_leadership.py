"""Several instances on one database: feeds are claimed once, singleton jobs run once."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest
import sqlalchemy as sa

from monitor.bootstrap import bootstrap
from monitor.feeds.poller import Feed
from monitor.leadership import Leadership
from monitor.settings import FetchConfig, Settings
from tests.support import rss

FEEDS = [Feed(f"feed-{n}", f"https://feeds.example.org/{n}.xml") for n in range(40)]


def instance(url, lease="1m"):
    settings = Settings(
        database_url=url, allow_private_networks=True,
        fetch=FetchConfig(per_host_spacing=0, per_host_in_flight=8, lease=lease,
                          request_timeout="5s"),
    )  # fmt: skip
    return bootstrap(settings)


@pytest.fixture
def two(database_url, store_template):
    store_template.fill(database_url)  # a store, not migrated: creating one is not the point
    first, second = instance(database_url), instance(database_url)
    yield first, second
    first.close()
    second.close()


def test_concurrent_claims_split_the_due_feeds_without_overlap(two):
    claims: list[list[Feed]] = [[], []]
    barrier = threading.Barrier(2)

    def claim(index):
        barrier.wait()
        claims[index] = two[index].poller.claim_due(FEEDS)

    threads = [threading.Thread(target=claim, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    names = [{feed.name for feed in claimed} for claimed in claims]
    assert names[0].isdisjoint(names[1])
    assert names[0] | names[1] == {feed.name for feed in FEEDS}


def test_a_lease_left_by_a_dead_instance_expires_and_the_feed_is_claimed_again(two):
    first, second = two
    assert len(first.poller.claim_due(FEEDS)) == len(FEEDS)
    assert second.poller.claim_due(FEEDS) == []
    later = datetime.now(UTC) + first.poller.lease + timedelta(seconds=1)
    assert len(second.poller.claim_due(FEEDS, now=later)) == len(FEEDS)


def test_a_recorded_feed_is_not_due_again_until_its_interval_passes(two, feed_server):
    first, second = two
    feed = Feed("real", feed_server.serve("/f.xml", rss({"title": "t", "link": "https://x.org/1"})),
                interval_s=600)  # fmt: skip
    [claimed] = first.poller.claim_due([feed])
    first.poller.poll([claimed])
    assert second.poller.claim_due([feed]) == []
    assert first.poller.claim_due([feed]) == []
    soon = datetime.now(UTC) + timedelta(seconds=601)
    assert second.poller.claim_due([feed], now=soon) == [feed]


@pytest.mark.postgres
def test_a_feed_answering_304_keeps_its_lease_until_the_answer_is_recorded(
    postgres_url, feed_server, store_template
):
    store_template.fill(postgres_url)
    first, second = instance(postgres_url, lease="1s"), instance(postgres_url, lease="1s")
    try:
        url = feed_server.serve("/f.xml", rss({"title": "t", "link": "https://x.org/1"}))
        feed = Feed("unchanged", url, interval_s=1)
        first.poller.poll([feed])  # 200: its ETag is kept, and asked with next time
        time.sleep(1.1)
        [claimed] = first.poller.claim_due([feed])
        taken = []

        def slow_database(conn, cursor, statement, parameters, context, executemany):
            # The 304s are recorded together, the first step a read of their failure counts.
            if statement.startswith("SELECT feed_state.feed, feed_state.failures"):
                time.sleep(3)  # a slow database: three times the lease
                taken.extend(second.poller.claim_due([feed]))

        sa.event.listen(first.engine, "before_cursor_execute", slow_database)
        report = first.poller.poll([claimed])
        assert [outcome.status for outcome in report.feeds] == [304]
        assert taken == [], "the lease ran out while its holder was recording the 304"
        assert [path for path, _ in feed_server.requests] == ["/f.xml", "/f.xml"]
    finally:
        first.close()
        second.close()


@pytest.mark.postgres
def test_a_job_has_one_leader_until_it_goes_away(postgres_url):
    import storage

    engine = storage.create_engine(postgres_url)
    first, second = Leadership(engine), Leadership(engine)
    try:
        assert first.leads("reader:detector") is True
        assert second.leads("reader:detector") is False
        assert second.leads("sender") is True
        assert first.leads("sender") is False
        assert first.leads("reader:detector") is True  # kept across calls
        first.close()  # the instance dies: its session and its locks go
        # The server ends the closed session a moment later (longer on a loaded machine).
        deadline = time.monotonic() + 10
        while not second.leads("reader:detector") and time.monotonic() < deadline:
            time.sleep(0.05)
        assert second.leads("reader:detector") is True
    finally:
        first.close()
        second.close()
        engine.dispose()
