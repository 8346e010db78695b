"""structlog set-up: JSON lines for machines, a readable console for people; no secrets.

Everything goes through one stdlib handler, so lines from libraries that log with `logging`
(APScheduler, SQLAlchemy) are rendered the same way and never interleave with ours.
"""

from __future__ import annotations

import logging
import sys
from types import ModuleType

_CHATTY_LIBRARIES = ("apscheduler", "httpx", "httpcore", "alembic", "trafilatura", "urllib3")
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
    structlog = _structlog(for_console=use_console)
    renderer = (
        structlog.dev.ConsoleRenderer() if use_console else structlog.processors.JSONRenderer()
    )
    levelno = logging.getLevelNamesMapping()[level.upper()]
    shared = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        _redact_secrets,
    ]
    structlog.configure(
        processors=[*shared, structlog.stdlib.ProcessorFormatter.wrap_for_formatter],
        wrapper_class=structlog.make_filtering_bound_logger(levelno),
        logger_factory=structlog.stdlib.LoggerFactory(),
        cache_logger_on_first_use=False,
    )
    handler = logging.StreamHandler(stream)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[structlog.stdlib.add_logger_name, *shared],
            processors=[
                structlog.stdlib.ProcessorFormatter.remove_processors_meta,
                structlog.processors.format_exc_info,
                renderer,
            ],
        )
    )
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(levelno)
    # Libraries narrate every request, job run and migration step at INFO (httpx would log
    # webhook URLs, which can hold tokens); their warnings are what matter here.
    for name in _CHATTY_LIBRARIES:
        logging.getLogger(name).setLevel(max(levelno, logging.WARNING))


def _structlog(*, for_console: bool) -> ModuleType:
    """structlog, imported without rich where no console is rendered: structlog imports rich
    for its console's tracebacks whenever rich is installed (0.04 s of CPU in every process),
    which JSON lines never use. A process that imported structlog already keeps it as it is."""
    if not for_console and "structlog" not in sys.modules and "rich" not in sys.modules:
        sys.modules["rich"] = None  # type: ignore[assignment]  # makes `import rich` fail
        try:
            import structlog
        finally:
            del sys.modules["rich"]  # rich stays importable (progress bars)
    import structlog

    return structlog
