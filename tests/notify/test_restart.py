"""A sender SIGKILLed in the middle of retries, then restarted: nothing lost, nothing re-keyed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys

import httpx

from monitor.notify.outbox import delivery_key
from storage import EventStore, create_engine
from tests.notify.conftest import append, detected, free_port, wait_for


def start_daemon(workspace, log_name: str) -> subprocess.Popen:
    env = {**os.environ, "MONITOR_LOG_FORMAT": "json"}
    env.pop("MONITOR_CONFIG", None)
    with (workspace.path / log_name).open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "monitor", "--config", str(workspace.config), "run"],
            cwd=workspace.path, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip


def test_a_sender_killed_mid_retries_and_restarted_delivers_everything_under_the_same_keys(
    workspace, make_receiver, store_template
):
    receiver = make_receiver(fail_first=3)
    port = free_port()
    workspace.write_config(
        f"[delivery]\nsend_every = 0.05\n[http]\nenabled = true\nport = {port}\n"
        f'[[webhooks]]\nname = "newsroom"\nurl = "{receiver.url}"\nsecret = "{receiver.secret}"\n'
        "backoff_base = 0.3\nbackoff_cap = 0.6\ntimeout = 0.5\nmax_attempts = 10\n"
    )
    store_template.fill(workspace.database_url)
    engine = create_engine(workspace.database_url)
    store = EventStore(engine)
    append(store, *(detected(f"development-{n}") for n in range(5)))
    expected = {
        delivery_key("newsroom", r.data["key"], r.event_id)
        for r in store.read_all(types=["EventDetected"])
    }

    daemon = start_daemon(workspace, "first.log")
    try:
        wait_for(lambda: sum(receiver.attempts.values()) >= 7, timeout=30)
    finally:
        daemon.send_signal(signal.SIGKILL)
        daemon.wait(timeout=10)
    assert daemon.returncode == -signal.SIGKILL
    keys_before_kill = set(receiver.attempts)
    assert len(receiver.delivered_ids()) < len(expected)  # killed while retries were due

    daemon = start_daemon(workspace, "second.log")
    try:
        wait_for(lambda: receiver.delivered_ids() == expected, timeout=40)
        health = httpx.get(f"http://127.0.0.1:{port}/healthz", timeout=5)  # the daemon serves it
        assert health.json()["status"] == "ok"
    finally:
        daemon.send_signal(signal.SIGTERM)
        daemon.wait(timeout=20)
    assert daemon.returncode == 0
    assert keys_before_kill <= expected
    assert set(receiver.attempts) == expected  # no delivery went out under a new key
    assert all(count >= 4 for count in receiver.attempts.values())  # 3 failures, then success
    assert receiver.unverified == 0
    delivered = [r.data["message_id"] for r in store.read_all(types=["Delivered"])]
    assert set(delivered) == expected
    engine.dispose()
