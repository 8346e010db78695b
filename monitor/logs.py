"""structlog set-up: JSON lines for machines, a readable console for people; no secrets."""

from __future__ import annotations

import logging
import sys

import structlog

_SECRET_KEYS = ("secret", "password", "token", "authorization", "api_key")


def _redact_secrets(_logger, _method, event_dict):
    for key in list(event_dict):
        if any(marker in key.lower() for marker in _SECRET_KEYS):
            event_dict[key] = "[redacted]"
    return event_dict


def configure_logging(level: str = "info", fmt: str = "auto", stream=None) -> None:
    """Send structured logs to stderr: console when it is a terminal (or asked), else JSON."""
    stream = stream or sys.stderr
    use_console = fmt == "console" or (fmt == "auto" and stream.isatty())
    renderer = (
        structlog.dev.ConsoleRenderer() if use_console else structlog.processors.JSONRenderer()
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            _redact_secrets,
            structlog.processors.format_exc_info,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(
            logging.getLevelNamesMapping()[level.upper()]
        ),
        logger_factory=structlog.PrintLoggerFactory(stream),
        cache_logger_on_first_use=False,
    )
