"""Which instance runs a singleton job (a reader, the sender, a digest): PostgreSQL advisory locks.

Each daemon holds one dedicated connection; a job runs in the instance whose connection holds the
job's session-level advisory lock. When that instance dies its session ends, the lock is released,
and the next instance to ask takes the job over. On SQLite there is one host and one writer at a
time anyway, so every job runs where asked.
"""

from __future__ import annotations

import hashlib
import threading

import sqlalchemy as sa
import structlog
from sqlalchemy.engine import Connection, Engine

log = structlog.get_logger("monitor.leadership")


def lock_key(job: str, namespace: str = "") -> int:
    """A stable signed 64-bit advisory-lock key for a job name within a schema."""
    digest = hashlib.sha256(f"kz-il-monitor:{namespace}:{job}".encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


class Leadership:
    """Acquire and keep job locks for this instance; `leads(job)` says whether to run it."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._enabled = engine.dialect.name == "postgresql"
        self._conn: Connection | None = None
        self._held: set[str] = set()
        self._lock = threading.Lock()
        # Advisory locks are per database; deployments in separate schemas must not share them.
        self._namespace = ""

    def leads(self, job: str) -> bool:
        if not self._enabled:
            return True
        with self._lock:
            try:
                conn = self._connection()
                if job in self._held:
                    conn.execute(sa.text("SELECT 1"))  # the session, and so the lock, is alive
                    return True
                key = lock_key(job, self._namespace)
                taken = conn.execute(
                    sa.text("SELECT pg_try_advisory_lock(:key)"), {"key": key}
                ).scalar()
                conn.commit()
            except sa.exc.DBAPIError:
                # The session is gone and its locks with it: start over on the next call.
                log.warning("leadership_connection_lost", job=job)
                self._reset()
                return False
            if taken:
                self._held.add(job)
                log.info("leadership_taken", job=job)
            return bool(taken)

    def close(self) -> None:
        with self._lock:
            self._reset()

    def _connection(self) -> Connection:
        if self._conn is None:
            self._conn = self.engine.connect()
            self._namespace = self._conn.execute(sa.text("SELECT current_schema()")).scalar() or ""
            self._conn.commit()
        return self._conn

    def _reset(self) -> None:
        if self._conn is not None:
            try:
                self._conn.invalidate()  # never back to the pool with session locks on it
                self._conn.close()
            except sa.exc.DBAPIError:
                pass
        self._conn = None
        self._held.clear()
