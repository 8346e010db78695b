"""SMTP delivery of e-mails with smtplib: plain, STARTTLS or implicit TLS, optional login."""

from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

import structlog

from monitor.errors import MonitorError
from monitor.settings import SmtpConfig

log = structlog.get_logger("monitor.notify.mailer")


class MailError(MonitorError):
    """The SMTP server could not be reached or refused a message."""


class Mailer:
    """Sends messages through the `[smtp]` server; one connection per message."""

    def __init__(self, config: SmtpConfig, *, tls_context: ssl.SSLContext | None = None) -> None:
        self.config = config
        self.sender = config.sender
        self._tls_context = tls_context

    @property
    def where(self) -> str:
        return f"{self.config.host}:{self.config.port}"

    def send(self, message: EmailMessage) -> None:
        """Send one message; a failure is a MailError naming the server, never the password."""
        config = self.config
        mode = config.tls_mode()
        context = self._tls_context or ssl.create_default_context()
        timeout = config.timeout.total_seconds()
        try:
            if mode == "tls":
                client = smtplib.SMTP_SSL(
                    config.host, config.port, timeout=timeout, context=context
                )
            else:
                client = smtplib.SMTP(config.host, config.port, timeout=timeout)
            with client:
                if mode == "starttls":
                    client.starttls(context=context)
                if config.username:
                    client.login(config.username, config.resolved_password() or "")
                refused = client.send_message(message)
        except smtplib.SMTPAuthenticationError as error:
            raise MailError(
                f"SMTP server {self.where} refused the login of {config.username!r} "
                f"({error.smtp_code}); check [smtp] username and password_env"
            ) from None
        except (smtplib.SMTPException, OSError) as error:
            raise MailError(
                f"cannot send e-mail through {self.where} ({mode}): {type(error).__name__}: "
                f"{_scrub(str(error), config)}"
            ) from None
        if refused:
            log.warning("mail_recipients_refused", server=self.where, refused=sorted(refused))
        log.info("mail_sent", server=self.where, recipients=len(_recipients(message)))


def _recipients(message: EmailMessage) -> list[str]:
    return [part.strip() for part in str(message.get("To", "")).split(",") if part.strip()]


def _scrub(text: str, config: SmtpConfig) -> str:
    password = config.resolved_password()
    return text.replace(password, "[redacted]") if password else text
