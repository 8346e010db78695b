"""Signed webhooks against a real receiver on 127.0.0.1 that verifies every signature."""

from __future__ import annotations

import json
import time

from monitor import events as ev
from monitor.notify.outbox import delivery_key, list_deliveries
from monitor.settings import WebhookConfig
from storage import EventStore, create_engine
from tests.notify.conftest import append, detected, events_of, source, work


def fast_hook(receiver, **extra) -> WebhookConfig:
    extra.setdefault("backoff_base", 0.01)
    extra.setdefault("backoff_cap", 0.05)
    extra.setdefault("timeout", 2)
    return WebhookConfig(url=receiver.url, secret=receiver.secret, name="newsroom", **extra)


def test_every_development_is_delivered_signed_with_keys_stable_across_retries(
    make_app, make_receiver
):
    receiver = make_receiver(fail_first=2)
    app = make_app(webhooks=[fast_hook(receiver)])
    positions = append(
        app.store,
        detected("visa-mou"),
        detected("forum", type="economic", fields={"sector": "cyber"}),
        ev.EventRevised(key="visa-mou", fields={"stage": "ratified"}, source=source(9)),
    )
    work(app, lambda: len(receiver.delivered_ids()) == 3)

    recorded = app.store.read_all(types=["EventDetected", "EventRevised"])
    assert [r.position for r in recorded] == positions
    expected = {delivery_key("newsroom", r.data["key"], r.event_id) for r in recorded}
    assert receiver.delivered_ids() == expected
    assert set(receiver.attempts) == expected  # no attempt ever went out under another key
    assert all(count == 3 for count in receiver.attempts.values())  # 2 failures, then 200
    assert receiver.unverified == 0
    bodies = {r.message_id: r.payload for r in receiver.delivered()}
    kinds = sorted((b["data"]["development"], b["type"]) for b in bodies.values())
    assert kinds == [
        ("forum", "development.detected"),
        ("visa-mou", "development.detected"),
        ("visa-mou", "development.revised"),
    ]
    assert all(r.payload == bodies[r.message_id] for r in receiver.received)  # same body retried
    assert len(events_of(app.store, "DeliveryFailed")) == 6
    assert len(events_of(app.store, "Delivered")) == 3


def test_a_delivery_that_keeps_failing_becomes_dead_until_retried(make_app, make_receiver):
    receiver = make_receiver(status_after=503)
    app = make_app(webhooks=[fast_hook(receiver, max_attempts=3)])
    append(app.store, detected("visa-mou"))

    def dead() -> bool:
        with app.engine.connect() as conn:
            return [row.status for row in list_deliveries(conn)] == ["dead"]

    work(app, dead)
    time.sleep(0.1)
    work(app, lambda: True)  # a dead delivery is not attempted again
    (key,) = receiver.attempts
    assert receiver.attempts[key] == 3
    failures = events_of(app.store, "DeliveryFailed") + events_of(app.store, "DeliveryDead")
    assert [(f["attempts"], "retry_at" in f, f["status"]) for f in failures] == [
        (1, True, 503), (2, True, 503), (3, False, 503),
    ]  # fmt: skip


def test_a_410_disables_the_endpoint_with_an_event_and_holds_its_deliveries(
    make_app, make_receiver
):
    from monitor.notify.outbox import enable_channel

    receiver = make_receiver(status_after=410)
    app = make_app(webhooks=[fast_hook(receiver)])
    append(app.store, detected("visa-mou"), detected("forum"))
    work(app, lambda: bool(events_of(app.store, "ChannelDisabled")))
    for _ in range(3):
        work(app, lambda: True)
    assert sum(receiver.attempts.values()) == 1  # nothing more goes to a gone endpoint
    (disabled,) = events_of(app.store, "ChannelDisabled")
    assert (disabled["channel"], disabled["status"]) == ("newsroom", 410)
    with app.engine.connect() as conn:
        assert [(r.status, r.attempts) for r in list_deliveries(conn)] == [("pending", 0)] * 2

    receiver.status_after = 200
    assert enable_channel(app.store, "newsroom")
    work(app, lambda: len(receiver.delivered_ids()) == 2)
    assert events_of(app.store, "ChannelEnabled") == [{"channel": "newsroom"}]


def test_dead_deliveries_are_listed_and_requeued_from_the_cli_with_their_keys(
    workspace, make_receiver, monkeypatch, store_template
):
    receiver = make_receiver(status_after=500)
    workspace.write_config(
        f'[[webhooks]]\nname = "newsroom"\nurl = "{receiver.url}"\nsecret_env = "TEST_HOOK_SECRET"'
        "\nmax_attempts = 1\n"
    )
    monkeypatch.setenv("TEST_HOOK_SECRET", receiver.secret)
    store_template.fill(workspace.database_url)
    engine = create_engine(workspace.database_url)
    append(EventStore(engine), detected("visa-mou"), detected("forum"))
    engine.dispose()

    sent = workspace.command("deliveries", "send")
    assert "2 dead" in sent.stdout
    listed = workspace.query("deliveries", "list", "--status", "dead", "--json")
    dead = [json.loads(line) for line in listed.stdout.splitlines()]
    assert sorted(item["development"] for item in dead) == ["forum", "visa-mou"]
    assert {item["key"] for item in dead} == set(receiver.attempts)

    receiver.status_after = 200
    retried = workspace.command("deliveries", "retry")
    assert "re-queued 2 dead deliveries" in retried.stdout
    workspace.command("deliveries", "send")
    assert receiver.delivered_ids() == {item["key"] for item in dead}
    listed = workspace.query("deliveries", "list", "--json")
    assert {json.loads(line)["status"] for line in listed.stdout.splitlines()} == {"delivered"}


def test_secrets_appear_in_no_log_error_or_event(
    workspace, make_receiver, monkeypatch, store_template
):
    receiver = make_receiver(status_after=500)
    token_url = "http://127.0.0.1:9/hooks/path-token-s3cr3t"  # nothing listens on port 9
    workspace.write_config(
        f'[[webhooks]]\nname = "newsroom"\nurl = "{receiver.url}"\nsecret = "{receiver.secret}"\n'
        f'[[webhooks]]\nname = "refused"\nurl = "{token_url}"\nsecret_env = "OTHER_SECRET"\n'
    )
    other = "whsec_" + "c2VjcmV0LXNlY3JldC1zZWNyZXQ="
    monkeypatch.setenv("OTHER_SECRET", other)
    store_template.fill(workspace.database_url)
    engine = create_engine(workspace.database_url)
    append(EventStore(engine), detected("visa-mou"))
    engine.dispose()

    sent = workspace.command("deliveries", "send")
    listed = workspace.query("deliveries", "list", "--json")
    logged = workspace.query("events", "--json")
    output = sent.stdout + sent.stderr + listed.stdout + listed.stderr + logged.stdout
    assert "delivery_failed" in sent.stderr  # the failures were logged
    assert "HTTP 500" in listed.stdout and "ConnectError" in listed.stdout
    for secret in (receiver.secret, other, "path-token-s3cr3t", receiver.url):
        assert secret not in output

    monkeypatch.delenv("OTHER_SECRET")
    missing = workspace.command("deliveries", "send", check=False)
    assert missing.returncode == 2
    assert "webhook refused: no secret" in missing.stderr
    assert receiver.secret not in missing.stderr


def test_webhooks_test_sends_one_signed_test_delivery(sqlite_workspace, make_receiver):
    workspace = sqlite_workspace
    receiver = make_receiver()
    workspace.write_config(f'[[webhooks]]\nurl = "{receiver.url}"\nsecret = "{receiver.secret}"\n')
    done = workspace.command("webhooks", "test", receiver.url)
    (received,) = receiver.delivered()
    assert received.payload["type"] == "monitor.test"
    assert f"test delivery {received.message_id}: HTTP 200" in done.stdout

    receiver.status_after = 404
    failed = workspace.command("webhooks", "test", receiver.url, check=False)
    assert failed.returncode == 1 and "HTTP 404" in failed.stderr
    unknown = workspace.command("webhooks", "test", "http://127.0.0.1:9/x", check=False)
    assert unknown.returncode == 1 and "no secret to sign with" in unknown.stderr


def test_deliveries_send_forces_out_pending_deliveries_whatever_their_backoff(
    workspace, make_receiver, store_template
):
    receiver = make_receiver(fail_first=1)
    workspace.write_config(
        f'[[webhooks]]\nname = "newsroom"\nurl = "{receiver.url}"\nsecret = "{receiver.secret}"\n'
        'backoff_base = "1h"\nbackoff_cap = "2h"\n'
    )
    store_template.fill(workspace.database_url)
    engine = create_engine(workspace.database_url)
    store = EventStore(engine)
    append(store, detected("visa-mou"), detected("forum"))

    assert "0 delivered, 2 failed" in workspace.command("deliveries", "send", "--due-only").stdout
    # Both now wait an hour; the scheduled sender leaves them, an operator need not.
    assert "0 delivered, 0 failed" in workspace.command("deliveries", "send", "--due-only").stdout
    # Another sender holds one of them right now: forcing must not send it a second time.
    from datetime import UTC, datetime, timedelta

    from monitor.notify import outbox

    with store.transaction() as conn:
        held = outbox.list_deliveries(conn, channel="newsroom")[0]
        now = datetime.now(UTC)
        assert outbox.claim(conn, held, now + timedelta(hours=1), now)
    assert "1 delivered, 0 failed" in workspace.command("deliveries", "send").stdout
    pending = [json.loads(line) for line in
               workspace.query("deliveries", "list", "--status", "pending", "--json").stdout
               .splitlines()]  # fmt: skip
    assert [row["key"] for row in pending] == [held.key]
    assert receiver.delivered_ids() == {
        r.data["message_id"] for r in store.read_all(types=["Delivered"])
    }
    assert len(receiver.delivered()) == 1 and receiver.attempts[held.key] == 1
    engine.dispose()
