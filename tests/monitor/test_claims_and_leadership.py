"""Several instances on one database: feeds are claimed once, singleton jobs run once."""

from __future__ import annotations

import threading
import time
from datetime import UTC, datetime, timedelta

import pytest

from monitor.bootstrap import bootstrap
from monitor.feeds.poller import Feed
from monitor.leadership import Leadership
from monitor.settings import FetchConfig, Settings
from tests.support import rss

FEEDS = [Feed(f"feed-{n}", f"https://feeds.example.org/{n}.xml") for n in range(40)]


def instance(url):
    settings = Settings(
        database_url=url, allow_private_networks=True,
        fetch=FetchConfig(per_host_spacing=0, per_host_in_flight=8, lease="1m",
                          request_timeout="5s"),
    )  # fmt: skip
    return bootstrap(settings)


@pytest.fixture
def two(database_url):
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
