"""Which instance runs a singleton job (a reader, the sender, a digest): PostgreSQL advisory locks.

Each daemon holds one dedicated connection; a job runs in the instance whose connection holds the
job's session-level advisory lock. When that instance dies its session ends, the lock is released,
and the next instance to ask takes the job over. On SQLite there is one daemon per file, held by
an exclusive lock on a file beside the database that dies with its process, so every job runs
where asked.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import os
import threading
from pathlib import Path

import sqlalchemy as sa
import structlog
from sqlalchemy.engine import Connection, Engine

from monitor.errors import AlreadyRunning

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
        self._daemon_lock: DaemonLock | None = None

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

    def claim_daemon(self) -> None:
        """Become this database's one daemon on SQLite; AlreadyRunning if another one is.

        On PostgreSQL several daemons share the work, so there is nothing to claim.
        """
        database = self.engine.url.database
        if self._enabled or not database or database == ":memory:":
            return
        self._daemon_lock = DaemonLock(Path(database).with_name(Path(database).name + ".lock"))
        self._daemon_lock.acquire()

    def close(self) -> None:
        with self._lock:
            self._reset()
        if self._daemon_lock is not None:
            self._daemon_lock.release()
            self._daemon_lock = None

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


class DaemonLock:
    """An exclusive lock on a file that the kernel releases when its process ends, however."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._file = None

    def acquire(self) -> None:
        handle = self.path.open("a+")
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown"
            handle.close()
            database = self.path.with_suffix("")
            raise AlreadyRunning(
                f"another `monitor run` (pid {holder}) is using {database.resolve()}; stop it "
                "first, or give this one another database_url"
            ) from None
        handle.truncate(0)
        handle.write(f"{os.getpid()}\n")
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            with contextlib.suppress(OSError):
                self._file.close()  # closing drops the lock
            self._file = None
