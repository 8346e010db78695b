"""Answers kept beside a SQLite store, so a question asked again of an unchanged store is answered
without loading the application (importing SQLAlchemy alone takes most of a second's quarter).

An answer is keyed by everything it follows from: the log's head and every reader's checkpoint
(so its warnings too), the question (command, options, the day it is told as of), the
configuration (the file's bytes and the MONITOR_* environment) and the code (the modification
times and sizes of this package's modules). Any append, catch-up, change of configuration or edit
of the code changes the key, and the next run answers afresh. The configuration is read without
validating it: only a run whose settings validated keeps an answer, so an answer kept under the
same configuration was given with valid settings. The answers live in
`<database>.answers`, written whole and renamed into place; a file that cannot be read or
written only costs the shortcut.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import json
import os
import sqlite3
import tomllib
from pathlib import Path
from typing import Any

from monitor.location import DEFAULT_DATABASE_URL, config_path, sqlite_file
from monitor.snapshot import snapshot

KEPT = 16  # answers kept per store: a few formats and days


class Answers:
    """The kept answers of one SQLite store, under one configuration."""

    def __init__(self, database: Path, configuration: str = "") -> None:
        self.database = database
        self.configuration = configuration
        self.file = database.with_name(database.name + ".answers")

    @classmethod
    def of(cls, config: Path | str | None) -> Answers | None:
        """The answers of the SQLite store a configuration names (None: it names none, or the
        file cannot be read; the settings, once loaded, will say why)."""
        chosen = config_path(config)
        try:
            text = chosen.read_bytes()
            url = os.environ.get("MONITOR_DATABASE_URL") or tomllib.loads(text.decode()).get(
                "database_url", DEFAULT_DATABASE_URL
            )
        except (OSError, ValueError):
            return None
        database = sqlite_file(url) if isinstance(url, str) else None
        if database is None:
            return None
        environment = sorted(
            item for item in os.environ.items() if item[0].upper().startswith("MONITOR_")
        )
        stamp = hashlib.sha256(text)
        stamp.update(json.dumps([str(chosen.resolve()), environment]).encode())
        return cls(database, stamp.hexdigest())

    def state(self) -> list[Any] | None:
        """The store's head and checkpoints, read in one snapshot; None if they cannot be."""
        if not self.database.is_file():
            return None
        try:
            with snapshot(self.database) as store:
                return [store.head(), store.checkpoints()]
        except sqlite3.Error:
            return None

    def key(self, question: list[Any], state: list[Any]) -> str:
        text = json.dumps(
            [question, state, self.configuration, _code_stamp()], sort_keys=True, default=str
        )
        return hashlib.sha256(text.encode()).hexdigest()

    def get(self, key: str) -> dict[str, Any] | None:
        try:
            kept = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return kept.get(key) if isinstance(kept, dict) else None

    def put(self, key: str, answer: dict[str, Any]) -> None:
        try:
            kept = json.loads(self.file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            kept = {}
        kept = dict(list(kept.items())[-(KEPT - 1) :]) if isinstance(kept, dict) else {}
        kept[key] = answer
        staged = self.file.with_name(f"{self.file.name}.{os.getpid()}")
        with contextlib.suppress(OSError):
            staged.write_text(json.dumps(kept), encoding="utf-8")
            staged.replace(self.file)


@functools.cache
def _code_stamp() -> str:
    package = Path(__file__).resolve().parent
    stamp = hashlib.sha256()
    for root, _dirs, files in sorted(os.walk(package)):
        for name in sorted(files):
            if name.endswith(".py"):
                info = os.stat(os.path.join(root, name))
                stamp.update(f"{root}/{name}:{info.st_mtime_ns}:{info.st_size};".encode())
    return stamp.hexdigest()
