"""Feed health: the feed projection joined with the poller's operational state."""

from __future__ import annotations

from datetime import UTC, datetime

import storage
from monitor import events as ev
from monitor.mapper import to_new_event
from monitor.tables import article_index, feed_state
from monitor.views.feeds import FeedsView
from monitor.views.health import feed_health
from monitor.views.render import health_table


def test_feed_health_reports_last_success_failures_next_check_and_entries_seen(store):
    store.append("feed-a", [to_new_event(ev.FeedAdded(feed="a", url="https://a.example.org/"))])
    store.append("feed-b", [to_new_event(ev.FeedAdded(feed="b", url="https://b.example.org/"))])
    with store.transaction() as conn:  # what the poller records beside its article events
        conn.execute(
            article_index.insert(),
            [{"article": f"x{n}", "content_hash": f"{n}", "feed": "a"} for n in range(3)],
        )
    store.append("feed-b", [to_new_event(ev.FeedFailing(feed="b", failures=2, error="timeout"))])
    success = datetime(2026, 11, 27, 8, tzinfo=UTC)
    with store.transaction() as conn:
        conn.execute(feed_state.insert().values(
            feed="a", url="https://a.example.org/", failures=0, last_status=200,
            last_success_at=success, last_checked_at=success,
            next_check_at=datetime(2026, 11, 27, 8, 30, tzinfo=UTC),
        ))  # fmt: skip
    storage.catch_up(store, FeedsView())

    with store.engine.connect() as conn:
        feeds = {feed["feed"]: feed for feed in feed_health(conn)}
    assert feeds["a"] | {"url": None} == {
        "feed": "a", "status": "active", "url": None,
        "last_success_at": "2026-11-27T08:00:00+00:00",
        "last_checked_at": "2026-11-27T08:00:00+00:00",
        "next_check_at": "2026-11-27T08:30:00+00:00", "consecutive_failures": 0,
        "last_status": 200, "last_error": None, "entries_seen": 3,
    }  # fmt: skip
    # Never polled: no operational state yet, so the failures come from the feed events.
    assert feeds["b"]["status"] == "failing" and feeds["b"]["consecutive_failures"] == 2
    assert feeds["b"]["last_success_at"] is None and feeds["b"]["last_error"] == "timeout"
    assert health_table(feeds.values()).row_count == 2
