"""How a poll ended, as the code /metrics counts it."""

from __future__ import annotations

from monitor.feeds.outcomes import outcome
from monitor.feeds.poller import FeedReport


def test_a_poll_ends_ok_not_modified_or_with_its_failures_code():
    assert outcome(FeedReport("f", 200)) == "ok"
    assert outcome(FeedReport("f", 304)) == "not_modified"
    assert outcome(FeedReport("f", 503, error="http_status")) == "http_503"
    assert outcome(FeedReport("f", None, error="timeout")) == "timeout"
    assert outcome(FeedReport("f", 200, error="save_failed: OperationalError: locked")) == (
        "save_failed"
    )
    assert outcome(FeedReport("f", 410, error="gone")) == "gone"
