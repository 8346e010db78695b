"""Engines for the store: SQLite tuned for one writer at a time, PostgreSQL as is."""

from __future__ import annotations

from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.engine import Engine, make_url

IMMEDIATE = "storage_immediate"


def create_engine(url: str, *, busy_timeout_ms: int = 30_000, echo: bool = False) -> Engine:
    """Build an engine; SQLite files get WAL, a busy timeout and IMMEDIATE write transactions."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return sa.create_engine(url, echo=echo, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).parent.mkdir(parents=True, exist_ok=True)
    engine = sa.create_engine(url, echo=echo, connect_args={"timeout": busy_timeout_ms / 1000})
    _tune_sqlite(engine, busy_timeout_ms)
    return engine


def _tune_sqlite(engine: Engine, busy_timeout_ms: int) -> None:
    # pysqlite's own transaction handling issues a deferred BEGIN too late and cannot issue
    # BEGIN IMMEDIATE; take over BEGIN so a writer queues on the busy timeout at the start of its
    # transaction instead of failing with SQLITE_BUSY when it upgrades a read lock.
    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record):
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout_ms)}")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn):
        immediate = conn.get_execution_options().get(IMMEDIATE, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if immediate else "BEGIN")


def insert_missing(conn, table: sa.Table, rows: list[dict], key: str) -> None:
    """Insert the rows whose `key` is not in the table yet; leave existing rows as they are."""
    if not rows:
        return
    if is_postgres(conn):
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    conn.execute(insert(table).on_conflict_do_nothing(index_elements=[key]), rows)


def is_postgres(engine_or_conn) -> bool:
    """Whether the engine or connection talks to PostgreSQL."""
    return engine_or_conn.dialect.name == "postgresql"
