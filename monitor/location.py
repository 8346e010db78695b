"""Where the configuration file and a SQLite store are: plain string rules, importing nothing
heavy, shared by the settings and the quick paths that answer before the settings are loaded."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_CONFIG = Path("config/monitor.toml")
DEFAULT_DATABASE_URL = "sqlite:///var/monitor.db"


def config_path(path: Path | str | None = None) -> Path:
    """The config file to read: the argument, else MONITOR_CONFIG, else config/monitor.toml."""
    return Path(path or os.environ.get("MONITOR_CONFIG") or DEFAULT_CONFIG)


def sqlite_file(database_url: str) -> Path | None:
    """The database file when the URL names a SQLite file (None otherwise)."""
    scheme, _, rest = database_url.partition("://")
    if not scheme.startswith("sqlite"):
        return None
    path = rest[1:].split("?", 1)[0]  # sqlite:///relative, sqlite:////absolute
    return Path(path) if path and path != ":memory:" else None
