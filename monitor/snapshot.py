"""A read-only snapshot of a SQLite store, read with the standard library's sqlite3: what a query
needs (the schema's revisions, the log's head, each reader's checkpoint and backlog, the rows of
the development view) without SQLAlchemy, whose import alone takes longer than a quick answer.

Everything read through one Snapshot comes from one read transaction, so it is consistent while
a daemon writes. The queries are those of storage.readers.backlog and
monitor.views.summary.stored_facts, for SQLite only; a test compares the answers of both paths.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

# The newest revision of each migration chain (a test keeps these equal to Alembic's heads): a
# database already there needs no Alembic at start, and a query can read it as it is.
STORE_HEAD = "0001"
MONITOR_HEAD = "m0011"

_DEVELOPMENTS = ("EventDetected", "EventCorroborated", "EventRevised", "EventRetracted")
# The checkpointed readers monitor.bootstrap builds, in the order it catches them up, each with
# the event types it reads as the log stores them (older names too): enough to count a reader's
# backlog without building it. A test keeps this equal to the readers built.
READERS: dict[str, tuple[str, ...]] = {
    "view_feeds": (
        "FeedAdded", "FeedRemoved", "FeedMoved", "FeedFailing", "FeedRecovered", "FeedDisabled",
    ),
    "detector": ("ArticleDiscovered", "ArticleUpdated"),
    "view_developments": _DEVELOPMENTS,
    "delivery_outbox": (
        *_DEVELOPMENTS, "Delivered", "WebhookDelivered", "DeliveryFailed", "WebhookFailed",
        "DeliveryDead", "DeliveryRequeued", "ChannelDisabled", "WebhookEndpointDisabled",
        "ChannelEnabled", "WebhookEndpointEnabled", "DigestSent",
    ),
}  # fmt: skip


class Backlog(NamedTuple):
    """The events of a reader's types after its checkpoint (as storage.readers.Backlog)."""

    reader: str
    checkpoint: int
    pending: int
    oldest: datetime | None  # when the first of them was recorded


@contextlib.contextmanager
def snapshot(database: Path) -> Iterator[Snapshot]:
    """One read transaction on a SQLite file opened read-only; sqlite3.Error if it cannot be read
    (no such file, no store in it, locked)."""
    uri = database.resolve().as_uri() + "?mode=ro"
    conn = sqlite3.connect(uri, uri=True, timeout=1, isolation_level=None)
    try:
        conn.execute("BEGIN")
        yield Snapshot(conn)
    finally:
        conn.close()


class Snapshot:
    """The store as one read transaction sees it."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def current(self) -> bool:
        """Whether the store's schema is the newest (else opening it upgrades it)."""
        try:
            revisions = [
                self.conn.execute(f"SELECT version_num FROM {table}").fetchone()
                for table in ("alembic_version_store", "alembic_version_monitor")
            ]
        except sqlite3.OperationalError:  # no such table: no store, or an old one
            return False
        return revisions == [(STORE_HEAD,), (MONITOR_HEAD,)]

    def head(self) -> int:
        return self.conn.execute("SELECT coalesce(max(position), 0) FROM events").fetchone()[0]

    def checkpoints(self) -> list[list]:
        """[reader, position] of every reader with a checkpoint, by name."""
        rows = self.conn.execute("SELECT reader, position FROM checkpoints ORDER BY reader")
        return [list(row) for row in rows]

    def backlogs(self) -> list[Backlog]:
        """Each reader's backlog, in READERS order."""
        found = []
        for reader, types in READERS.items():
            row = self.conn.execute(
                "SELECT position FROM checkpoints WHERE reader = ?", (reader,)
            ).fetchone()
            checkpoint = row[0] if row else 0
            pending, oldest = self.conn.execute(
                "SELECT count(*), min(recorded_at) FROM events WHERE position > ? "
                f"AND type IN ({', '.join('?' * len(types))})",
                (checkpoint, *types),
            ).fetchone()
            when = datetime.fromisoformat(oldest) if oldest else None
            if when is not None and when.tzinfo is None:
                when = when.replace(tzinfo=UTC)
            found.append(Backlog(reader, checkpoint, pending, when))
        return found

    def development_facts(self) -> Iterable[tuple[str, str]]:
        """(key, stored Facts) of every development the view tells Facts of, in log order."""
        return self.conn.execute(
            "SELECT key, fact FROM view_developments WHERE fact IS NOT NULL ORDER BY first_position"
        )

    def development_docs(self, keys: list[str]) -> Iterable[str]:
        """The stored developments of these keys."""
        rows = self.conn.execute(
            f"SELECT doc FROM view_developments WHERE key IN ({', '.join('?' * len(keys))})",
            keys,
        )
        return (doc for (doc,) in rows)
