"""A log written before delivery events were channel-neutral opens, upgrades and replays.

`tests/data/webhook_deliveries_log_ad95a19.db.gz` is a SQLite database written by `main` at
ad95a19 (webhooks the only channel): five developments, a corroboration and a revision delivered
to four webhooks, one answering 200, one 500 with a single attempt (dead; two re-queued and dead
again, one re-queued and pending), one 500 with five attempts (pending retries), one 410 (disabled,
enabled, disabled again). Its log holds WebhookDelivered, WebhookFailed (dead and not),
WebhookEndpointDisabled/Enabled and DeliveryRequeued: 33 delivery events.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import sqlalchemy as sa

import storage
from monitor import events as ev
from monitor.bootstrap import upgrade_database
from monitor.mapper import from_recorded
from monitor.notify.outbox import OutboxReader, list_deliveries, requeue_dead
from storage import EventStore
from tests.support import copy_log, unpack

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "webhook_deliveries_log_ad95a19.db.gz"
CHANNELS = ["hook-ok", "hook-dead", "hook-retry", "hook-gone"]
COLUMNS = (
    "key", "channel", "development", "event_id", "kind", "position", "payload", "status",
    "attempts", "last_status", "last_error", "status_position", "next_attempt_at", "created_at",
)  # fmt: skip


@pytest.fixture
def old_database(tmp_path) -> Path:
    return unpack(FIXTURE, tmp_path / "main-ad95a19.db")


def state(engine, channel_table: str) -> tuple[list[tuple], list[tuple]]:
    """The outbox rows and the channels' states. When a delivery is next due follows from the
    log only after a failure (its retry time); after a re-queue or a dead attempt it is the
    clock of whoever applied the event, the sender or the reader."""
    with engine.connect() as conn:
        rows = conn.execute(
            sa.select(*map(sa.column, COLUMNS)).select_from(sa.table("delivery_outbox"))
        )
        outbox = sorted(
            (*row[:-2], row.next_attempt_at if row.status == "pending" and row.attempts else None,
             row.created_at)
            for row in rows
        )  # fmt: skip
        channels = conn.execute(
            sa.text(f"SELECT channel, disabled, status, status_position FROM {channel_table}")
        )
        return outbox, [tuple(row) for row in channels]


def test_an_old_webhook_log_upgrades_and_replays_to_the_same_delivery_states(old_database):
    old = sa.create_engine(f"sqlite:///{old_database}")
    outbox_before, endpoints_before = state(old, "webhook_endpoints")
    old.dispose()
    statuses = sorted({(row[1], row[7]) for row in outbox_before})
    assert statuses == [
        ("hook-dead", "dead"), ("hook-dead", "pending"), ("hook-gone", "pending"),
        ("hook-ok", "delivered"), ("hook-retry", "pending"),
    ]  # fmt: skip
    assert [row[:3] for row in endpoints_before] == [("hook-gone", 1, 410)]

    engine = storage.create_engine(f"sqlite:///{old_database}")
    upgrade_database(engine)
    store = EventStore(engine)
    upgraded = state(engine, "delivery_channels")
    assert upgraded == (outbox_before, endpoints_before)

    # Every old delivery event reads as today's channel-neutral one.
    kinds = {}
    for recorded in store.read_all():
        event = from_recorded(recorded)
        kinds.setdefault(recorded.type, set()).add(type(event).__name__)
    assert kinds["WebhookDelivered"] == {"Delivered"}
    assert kinds["WebhookFailed"] == {"DeliveryFailed", "DeliveryDead"}
    assert kinds["WebhookEndpointDisabled"] == {"ChannelDisabled"}
    assert kinds["WebhookEndpointEnabled"] == {"ChannelEnabled"}

    reader = OutboxReader(CHANNELS)
    storage.rebuild(store, reader, batch_size=5)
    assert state(engine, "delivery_channels") == upgraded

    # The replayed outbox goes on working: new events append in the neutral form.
    requeued = requeue_dead(store, channel="hook-dead")
    assert len(requeued) == 6
    storage.catch_up(store, reader)
    with engine.connect() as conn:
        assert list_deliveries(conn, status="dead") == []
    last = from_recorded(store.read_all(types=["DeliveryRequeued"])[-1])
    assert isinstance(last, ev.DeliveryRequeued) and last.channel == "hook-dead"
    engine.dispose()


@pytest.mark.postgres
def test_the_old_webhook_log_copied_to_postgresql_replays_to_the_same_delivery_states(
    old_database, postgres_url
):
    old = sa.create_engine(f"sqlite:///{old_database}")
    outbox_before, channels_before = state(old, "webhook_endpoints")
    old.dispose()
    engine = copy_log(old_database, postgres_url)
    store = EventStore(engine)
    storage.catch_up(store, OutboxReader(CHANNELS), batch_size=7)

    outbox, channels = state(engine, "delivery_channels")
    # What follows from the log alone: each delivery's status, attempts and last answer.
    assert [_essentials(row) for row in outbox] == [_essentials(row) for row in outbox_before]
    assert [(c, bool(d), s) for c, d, s, _ in channels] == [
        (c, bool(d), s) for c, d, s, _ in channels_before
    ]
    engine.dispose()


def _essentials(row: tuple) -> tuple:
    named = dict(zip(COLUMNS, row, strict=False))
    return tuple(named[c] for c in ("key", "channel", "kind", "status", "attempts", "last_status"))


def test_asking_for_todays_delivery_events_finds_those_stored_under_old_names(old_database):
    from monitor.app import open_monitor
    from monitor.settings import Settings

    with open_monitor(settings=Settings(database_url=f"sqlite:///{old_database}")) as monitor:
        found = Counter(r.type for r in monitor.events(types=["Delivered", "DeliveryDead"]))
    assert found == Counter(WebhookDelivered=7, WebhookFailed=21)
