"""The e-mail channel delivers a digest to a real SMTP server and classifies a failure."""

from __future__ import annotations

from datetime import UTC, datetime

from monitor.notify.channels.base import Outcome
from monitor.notify.channels.email import EmailChannel
from monitor.notify.digest import build_digest
from monitor.notify.mailer import Mailer
from monitor.settings import DigestConfig, SmtpConfig
from tests.notify.conftest import append, detected, free_port


def test_a_digest_is_delivered_and_an_unreachable_server_is_retried_later(make_app, smtp_server):
    app = make_app()
    append(app.store, detected("visa-mou"))
    config = DigestConfig(to=["analyst@example.org"], name="morning")
    digest = build_digest(app.store, config, period_end=datetime.now(UTC))
    up = EmailChannel("morning", Mailer(SmtpConfig(host=smtp_server.host, port=smtp_server.port)))
    attempt = up.deliver(digest.event_id(), up.render(digest))
    assert attempt.outcome is Outcome.DELIVERED and attempt.error is None
    ((_, recipients, message),) = smtp_server.inbox.messages
    assert recipients == ["analyst@example.org"] and message["Subject"] == digest.subject

    down = EmailChannel("morning", Mailer(SmtpConfig(host="127.0.0.1", port=free_port())))
    failed = down.deliver(digest.event_id(), down.render(digest))
    assert failed.outcome is Outcome.RETRY
    assert failed.error.startswith("cannot send e-mail through 127.0.0.1:")
    assert down.where.startswith("smtp://127.0.0.1:")
