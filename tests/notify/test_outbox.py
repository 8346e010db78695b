"""The outbox reader: which events become deliveries, their keys, and rebuilds."""

from __future__ import annotations

import random
from datetime import timedelta

import orjson

import storage
from monitor import events as ev
from monitor.notify.channels import build_channels
from monitor.notify.outbox import READER_NAME, backoff_delay, delivery_key, list_deliveries
from monitor.notify.sender import Sender
from monitor.settings import DeliveryConfig, WebhookConfig
from tests.notify.conftest import append, detected, new_secret, source, wait_for


def hooks(*names: str, url: str = "http://127.0.0.1:9/hook", **extra) -> list[WebhookConfig]:
    return [WebhookConfig(url=url, secret=new_secret(), name=name, **extra) for name in names]


def outbox_rows(app):
    storage.catch_up(app.store, app.reader(READER_NAME))
    with app.engine.connect() as conn:
        return list_deliveries(conn)


def test_new_revised_and_newly_corroborated_developments_become_one_delivery_per_channel(
    make_app,
):
    app = make_app(
        webhooks=hooks("alpha", "beta"), delivery=DeliveryConfig(corroboration_threshold=3)
    )
    append(
        app.store,
        detected("visa-mou"),
        ev.EventCorroborated(key="visa-mou", source=source(2)),  # 2 sources: below 3
        ev.EventCorroborated(key="visa-mou", source=source(3)),  # 3: crosses the threshold
        ev.EventCorroborated(key="visa-mou", source=source(4)),  # 4: already corroborated
        ev.EventRevised(key="visa-mou", fields={"stage": "ratified"}, source=source(5)),
        detected("forum", type="economic", fields={"sector": "cyber"}),
    )
    rows = outbox_rows(app)
    per_channel = {
        channel: [(row.development, row.kind) for row in rows if row.channel == channel]
        for channel in ("alpha", "beta")
    }
    expected = [
        ("visa-mou", "detected"), ("visa-mou", "corroborated"), ("visa-mou", "revised"),
        ("forum", "detected"),
    ]  # fmt: skip
    assert per_channel == {"alpha": expected, "beta": expected}
    assert {row.status for row in rows} == {"pending"}
    corroborated = next(row for row in rows if row.kind == "corroborated")
    document = orjson.loads(corroborated.payload)
    assert document["type"] == "development.corroborated"
    assert document["data"]["sources"] == 3
    assert document["data"]["event"]["source"]["url"] == "https://outlet.example.org/news/3"


def test_delivery_keys_derive_from_channel_development_and_event_only():
    key = delivery_key("alpha", "visa-mou", "0193-event")
    assert key == delivery_key("alpha", "visa-mou", "0193-event")
    assert key.startswith("msg_")
    others = {
        delivery_key("beta", "visa-mou", "0193-event"),
        delivery_key("alpha", "forum", "0193-event"),
        delivery_key("alpha", "visa-mou", "0194-event"),
    }
    assert key not in others and len(others) == 3


def test_a_rebuilt_outbox_has_the_same_keys_and_remembers_what_was_delivered(
    make_app, make_receiver
):
    receiver = make_receiver()
    app = make_app(
        webhooks=[
            WebhookConfig(url=receiver.url, secret=receiver.secret, name="alpha"),
            *hooks("dead-end", max_attempts=1, backoff_base=0.01),
        ]
    )
    append(app.store, detected("visa-mou"), detected("forum"))
    rows = outbox_rows(app)
    expected_keys = {delivery_key(row.channel, row.development, row.event_id) for row in rows}
    assert {row.key for row in rows} == expected_keys
    sender = Sender(app.store, build_channels(app.settings))
    sender.send_due()
    before = {(row.key, row.status, row.attempts) for row in outbox_rows(app)}
    assert {status for _, status, _ in before} == {"delivered", "dead"}

    storage.rebuild(app.store, app.reader(READER_NAME))
    after = {(row.key, row.status, row.attempts) for row in outbox_rows(app)}
    assert after == before
    sender.send_due()
    assert len(receiver.delivered()) == 2  # nothing delivered twice after the rebuild


def test_the_outbox_holds_nothing_to_send_without_channels(make_app):
    app = make_app()
    append(app.store, detected("visa-mou"))
    assert outbox_rows(app) == []


def test_backoff_doubles_each_attempt_with_jitter_and_stops_at_the_cap():
    base, cap = timedelta(seconds=10), timedelta(seconds=300)
    rng = random.Random(7)
    for attempts, ceiling in [(1, 10), (2, 20), (3, 40), (5, 160), (6, 300), (20, 300)]:
        delays = {backoff_delay(attempts, base, cap, rng).total_seconds() for _ in range(50)}
        assert all(ceiling / 2 <= delay <= ceiling for delay in delays)
        assert len(delays) > 1  # jittered, so retries of many deliveries spread out


def test_a_delivery_sent_while_the_reader_lags_is_not_reopened_by_the_reader(
    make_app, make_receiver
):
    receiver = make_receiver()
    app = make_app(webhooks=[WebhookConfig(url=receiver.url, secret=receiver.secret)])
    append(app.store, detected("visa-mou"))
    outbox_rows(app)
    Sender(app.store, build_channels(app.settings)).send_due()
    wait_for(lambda: len(receiver.delivered()) == 1)
    rows = outbox_rows(app)  # the reader now reads the Delivered event back
    assert [(row.status, row.attempts) for row in rows] == [("delivered", 1)]
