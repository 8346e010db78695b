"""The mapper round-trips and upcasts; logs are JSON off a terminal and never show secrets."""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime

import pytest
import structlog

from monitor import events as ev
from monitor.logs import configure_logging
from monitor.mapper import UPCASTERS, UnknownEventType, from_recorded, stable_id, to_new_event
from storage import RecordedEvent


def recorded(new_event, schema_version=None, position=1):
    return RecordedEvent(
        position, new_event.event_id, "s", 1, new_event.type,
        schema_version or new_event.schema_version, new_event.data, new_event.meta,
        datetime.now(UTC),
    )  # fmt: skip


def test_a_domain_event_round_trips_through_the_mapper():
    event = ev.ArticleDiscovered(
        article="a1", feed="f", url="https://x.org/1", title="Визит", text="Текст",
        published=datetime(2026, 1, 27, 10, tzinfo=UTC), content_hash="h",
    )  # fmt: skip
    stored = to_new_event(event, event_id=stable_id("x"))
    assert stored.type == "ArticleDiscovered" and stored.event_id == stable_id("x")
    assert from_recorded(recorded(stored)) == event


def test_an_old_schema_version_is_upcast_on_read(monkeypatch):
    monkeypatch.setattr(ev.FeedFailing, "schema_version", 2)
    monkeypatch.setitem(
        UPCASTERS,
        ("FeedFailing", 1),
        lambda data: (
            {k: v for k, v in data.items() if k != "message"}
            | {"detail": f"(v1) {data['message']}"}
        ),
    )
    old_data = {"feed": "f", "failures": 3, "error": "timeout", "message": "slow"}
    got = from_recorded(
        RecordedEvent(
            1, stable_id("old"), "s", 1, "FeedFailing", 1, old_data, {}, datetime.now(UTC)
        )
    )
    assert got == ev.FeedFailing(feed="f", failures=3, error="timeout", detail="(v1) slow")


def test_an_unknown_event_type_is_a_clear_error():
    stored = to_new_event(ev.FeedRemoved(feed="f"))
    with pytest.raises(UnknownEventType, match="'Mystery' at position 7"):
        from_recorded(
            RecordedEvent(7, stored.event_id, "s", 1, "Mystery", 1, {}, {}, datetime.now(UTC))
        )


def test_stable_ids_are_deterministic_and_distinct():
    assert stable_id("article", "a", "h1") == stable_id("article", "a", "h1")
    assert stable_id("article", "a", "h1") != stable_id("article", "a", "h2")


def test_logs_are_json_lines_off_a_terminal_and_secrets_are_redacted():
    stream = io.StringIO()
    configure_logging("info", "auto", stream=stream)
    structlog.get_logger("t").info("webhook_sent", url="https://h.example", secret="whsec_abc")
    structlog.get_logger("t").debug("hidden")
    [line] = stream.getvalue().splitlines()
    record = json.loads(line)
    assert record["event"] == "webhook_sent" and record["level"] == "info"
    assert record["secret"] == "[redacted]"
    assert "whsec_abc" not in line


def test_library_logs_are_json_lines_too_and_never_interleave_with_ours():
    import logging
    import threading

    stream = io.StringIO()
    configure_logging("info", "json", stream=stream)

    def ours():
        for n in range(300):
            structlog.get_logger("monitor.test").info("feed_polled", n=n)

    def theirs():
        for n in range(300):
            logging.getLogger("apscheduler.scheduler").warning("job %s skipped", n)

    threads = [threading.Thread(target=ours), threading.Thread(target=theirs)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    records = [json.loads(line) for line in stream.getvalue().splitlines()]
    assert len(records) == 600
    assert sum(r.get("logger") == "apscheduler.scheduler" for r in records) == 300
    logging.getLogger().handlers = []
