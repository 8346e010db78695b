"""E-mail: a digest rendered as a multipart text and HTML message, sent through `[smtp]`.

Digests close periods on their schedule (monitor.notify.digest, monitor.notify.jobs), not through
the outbox, so this kind builds no outbox channel; it renders and delivers each digest and says
what the attempt came to, like every channel.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from email.message import EmailMessage
from typing import TYPE_CHECKING

from monitor.notify.channels.base import Attempt, Outcome
from monitor.notify.mailer import Mailer, MailError

if TYPE_CHECKING:
    from monitor.notify.digest import Digest

KIND = "email"


@dataclass
class EmailChannel:
    name: str
    mailer: Mailer
    kind: str = KIND

    @property
    def where(self) -> str:
        return f"smtp://{self.mailer.where}"

    def render(self, digest: Digest) -> EmailMessage:
        return digest.message(self.mailer.sender)

    def deliver(self, message_id: str, rendered: EmailMessage) -> Attempt:
        """Send once; an SMTP server that cannot be reached or refuses is retried later."""
        started = time.perf_counter()
        try:
            self.mailer.send(rendered)
        except MailError as error:  # names the server, never the password
            elapsed = int((time.perf_counter() - started) * 1000)
            return Attempt(Outcome.RETRY, None, str(error), elapsed)
        return Attempt(Outcome.DELIVERED, None, None, int((time.perf_counter() - started) * 1000))

    def close(self) -> None:
        pass
