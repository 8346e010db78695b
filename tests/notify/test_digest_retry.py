"""A scheduled digest the SMTP server refused is retried with backoff until it is sent, once."""

from __future__ import annotations

import signal
import time
from datetime import UTC, datetime, timedelta

from aiosmtpd.controller import Controller

from storage import EventStore, create_engine
from tests.notify.conftest import Inbox, free_port
from tests.support import Daemon, wait_until


def test_a_digest_that_failed_on_smtp_is_retried_and_recorded_only_when_sent(workspace):
    port = free_port()  # nothing listens there yet: the SMTP server is down
    slot = (datetime.now(UTC) - timedelta(minutes=1)).strftime("%H:%M")
    workspace.write_config(
        f'[smtp]\nhost = "127.0.0.1"\nport = {port}\ntimeout = "2s"\n'
        '[delivery]\ndigest_retry = "0.3s"\ndigest_retry_cap = "1s"\n'
        f'[[digests]]\nname = "morning"\nto = ["analyst@example.org"]\nat = "{slot}"\n'
        'timezone = "UTC"\nsend_when_empty = true\n'
    )
    daemon = Daemon(workspace)
    controller = None
    try:
        failures = daemon.wait_for("digest_failed", count=3)
        assert all(f["level"] == "warning" and "Connection refused" in f["error"] for f in failures)
        assert [f["attempt"] for f in failures[:3]] == [1, 2, 3]
        assert [f["retry_in_s"] for f in failures[:3]] == [0.3, 0.6, 1.0]
        engine = create_engine(workspace.database_url)
        store = EventStore(engine)
        assert store.read_all(types=["DigestSent", "DigestSkipped"]) == []  # still not sent

        inbox = Inbox()
        controller = Controller(inbox, hostname="127.0.0.1", port=port)
        controller.start()
        wait_until(lambda: len(inbox.messages) == 1, timeout=10)
        daemon.wait_for("digest_checked")
        assert len(store.read_all(types=["DigestSent"])) == 1
        failed_before = len(daemon.events("digest_failed"))
        time.sleep(1.5)  # longer than the retry cap: a retry still scheduled would run now
        assert daemon.stop(signal.SIGTERM) < 5
        assert daemon.process.returncode == 0
        assert len(daemon.events("digest_failed")) == failed_before  # no retry after success
        assert len(inbox.messages) == 1 and len(store.read_all(types=["DigestSent"])) == 1
        (_sender, recipients, _message) = inbox.messages[0]
        assert recipients == ["analyst@example.org"]
        engine.dispose()
    finally:
        daemon.kill()
        if controller is not None:
            controller.stop()
    assert "Traceback" not in daemon.log.read_text()
