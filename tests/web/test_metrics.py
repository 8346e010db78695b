"""/metrics: counters and gauges read from the database, in Prometheus' text format."""

from __future__ import annotations

from datetime import UTC

import pytest
from prometheus_client.parser import text_string_to_metric_families
from starlette.testclient import TestClient

from monitor import events as ev
from monitor.app import Monitor
from monitor.bootstrap import bootstrap
from monitor.mapper import to_new_event
from monitor.settings import FeedConfig, FetchConfig, Settings, WebhookConfig
from monitor.web.app import create_app
from tests.notify.conftest import append, detected, new_secret
from tests.support import rss


def scrape(monitor: Monitor) -> dict[tuple[str, tuple], float]:
    with TestClient(create_app(monitor)) as client:
        response = client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain; version=")
    samples = {}
    for family in text_string_to_metric_families(response.text):
        for sample in family.samples:
            samples[(sample.name, tuple(sorted(sample.labels.items())))] = sample.value
    return samples


@pytest.fixture
def polled_twice(database_url, feed_server, store_template):
    store_template.fill(database_url)  # a store, not migrated: creating one is not the point
    items = [{"title": f"Item {n}", "link": f"https://outlet.example.org/{n}"} for n in range(3)]
    good = feed_server.serve("/good.xml", rss(*items))
    bad = feed_server.serve("/bad.xml", "down", status=503)
    feeds = [FeedConfig(name="good", url=good), FeedConfig(name="bad", url=bad)]
    settings = Settings(
        database_url=database_url, allow_private_networks=True, feeds=feeds,
        fetch=FetchConfig(per_host_spacing=0),  # both feeds on 127.0.0.1: no second between
    )  # fmt: skip
    monitor = Monitor(bootstrap(settings))
    monitor.poll()
    monitor.poll(["good", "bad"])  # named: polled again though not due
    yield monitor
    monitor.close()


def test_polls_failures_and_entries_are_counted_per_feed_and_in_total(polled_twice):
    samples = scrape(polled_twice)
    assert samples[("monitor_feed_polls_total", (("feed", "good"),))] == 2
    assert samples[("monitor_feed_polls_total", (("feed", "bad"),))] == 2
    assert samples[("monitor_polls_total", ())] == 4
    failures = (("code", "http_503"), ("feed", "bad"))
    assert samples[("monitor_feed_poll_failures_total", failures)] == 2
    assert samples[("monitor_poll_failures_total", (("code", "http_503"),))] == 2
    assert not any(
        name == "monitor_feed_poll_failures_total" and ("feed", "good") in labels
        for name, labels in samples
    )  # a 304 is no failure
    assert samples[("monitor_feed_entries_discovered_total", (("feed", "good"),))] == 3
    assert samples[("monitor_entries_discovered_total", ())] == 3


def test_two_instances_on_one_database_report_the_same_counts(polled_twice):
    other = Monitor(bootstrap(polled_twice.settings))
    try:
        mine, theirs = scrape(polled_twice), scrape(other)
    finally:
        other.close()
    counters = {key: value for key, value in mine.items() if key[0].endswith("_total")}
    assert counters and counters == {k: v for k, v in theirs.items() if k in counters}


def test_developments_by_type_and_each_readers_lag(monitor):
    samples = scrape(monitor)
    assert samples[("monitor_developments", (("type", "agreement_signed"),))] == 1
    assert samples[("monitor_developments", (("type", "economic"),))] == 0  # retracted
    assert samples[("monitor_reader_lag_events", (("reader", "view_developments"),))] == 0
    append(monitor.store, detected("talks", type="talks", fields={"format": "call"}))
    lagging = scrape(monitor)
    assert lagging[("monitor_reader_lag_events", (("reader", "view_developments"),))] == 1
    assert lagging[("monitor_log_head", ())] == monitor.head()


def test_the_outbox_and_the_last_digest_sent(database_url, store_template):
    store_template.fill(database_url)
    hook = WebhookConfig(url="http://127.0.0.1:9/hook", secret=new_secret(), max_attempts=1)
    settings = Settings(database_url=database_url, allow_private_networks=True, webhooks=[hook])
    monitor = Monitor(bootstrap(settings))
    try:
        append(monitor.store, detected("visa-mou"))
        monitor.catch_up()
        assert scrape(monitor)[("monitor_outbox_deliveries", (("status", "pending"),))] == 1
        monitor.send_deliveries()  # the port refuses; one attempt allowed: dead
        append(monitor.store, detected("talks", type="talks", fields={"format": "call"}))
        monitor.catch_up()
        sent = ev.DigestSent(
            channel="daily", recipients=["a@example.org"], developments=2,
            period_start="2026-01-28T08:00:00+00:00", period_end="2026-01-29T08:00:00+00:00",
        )  # fmt: skip
        (position,) = monitor.store.append("delivery-daily", [to_new_event(sent)])
        samples = scrape(monitor)
    finally:
        monitor.close()
    assert samples[("monitor_outbox_deliveries", (("status", "dead"),))] == 1
    assert samples[("monitor_outbox_deliveries", (("status", "pending"),))] == 1
    (recorded,) = monitor.store.read_stream("delivery-daily")
    stamp = samples[("monitor_digest_last_sent_timestamp_seconds", (("digest", "daily"),))]
    at = recorded.recorded_at
    at = at if at.tzinfo else at.replace(tzinfo=UTC)  # SQLite keeps no offset; it is UTC
    assert stamp == pytest.approx(at.timestamp(), abs=1)
    assert position == recorded.position
