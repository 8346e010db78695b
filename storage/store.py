"""The event store: an append-only log of typed JSON events in streams, with global positions."""

from __future__ import annotations

import contextlib
import heapq
import itertools
from collections.abc import Collection, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, Literal

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from storage.engine import IMMEDIATE, is_postgres
from storage.errors import ConcurrencyError, EventIdConflict, StorageError
from storage.ids import uuid7
from storage.schema import events

ANY: Literal["any"] = "any"
NO_STREAM: Literal["no_stream"] = "no_stream"
ExpectedVersion = int | Literal["any", "no_stream"]

# Key of the transaction-scoped advisory lock that serialises appenders on PostgreSQL. Positions
# are taken as max(position)+1 while it is held, so a transaction can only commit positions above
# every position already committed: a reader following positions never skips a late commit.
APPEND_LOCK_KEY = 0x6B7A_696C  # "kzil"


@dataclass(frozen=True, slots=True)
class NewEvent:
    """An event to append; the id makes appends idempotent."""

    type: str
    data: dict[str, Any]
    schema_version: int = 1
    meta: dict[str, Any] = field(default_factory=dict)
    event_id: str = field(default_factory=uuid7)


@dataclass(frozen=True, slots=True)
class RecordedEvent:
    """An event as stored in the log."""

    position: int
    event_id: str
    stream_id: str
    version: int
    type: str
    schema_version: int
    data: dict[str, Any]
    meta: dict[str, Any]
    recorded_at: datetime


def _dumps(value: dict[str, Any]) -> str:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()


_COLUMNS = (
    events.c.position,
    events.c.event_id,
    events.c.stream_id,
    events.c.version,
    events.c.type,
    events.c.schema_version,
    events.c.data,
    events.c.meta,
    events.c.recorded_at,
)


def _recorded(row: Sequence[Any]) -> RecordedEvent:
    recorded_at = row[8]
    if recorded_at.tzinfo is None:  # SQLite keeps no offset; everything is written in UTC
        recorded_at = recorded_at.replace(tzinfo=UTC)
    return RecordedEvent(
        row[0], row[1], row[2], row[3], row[4], row[5],
        orjson.loads(row[6]), orjson.loads(row[7]), recorded_at,
    )  # fmt: skip


class EventStore:
    """Append to and read from the log. Pass `conn` to join the caller's write transaction."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Connection]:
        """A write transaction: BEGIN IMMEDIATE on SQLite, a plain one on PostgreSQL."""
        with self.engine.connect() as conn:
            conn.execution_options(**{IMMEDIATE: True})
            with conn.begin():
                yield conn

    def append(
        self,
        stream_id: str,
        new_events: Sequence[NewEvent],
        expected_version: ExpectedVersion = ANY,
        *,
        conn: Connection | None = None,
    ) -> list[int]:
        """Append events to a stream atomically and return their global positions.

        Re-appending events whose ids are already stored, unchanged, returns their positions and
        writes nothing; reusing an id for a different event raises EventIdConflict. A stream
        that is not at `expected_version` raises ConcurrencyError.
        """
        if not new_events:
            return []
        return self.append_many([(stream_id, new_events, expected_version)], conn=conn)[0]

    def append_many(
        self,
        appends: Sequence[tuple[str, Sequence[NewEvent], ExpectedVersion]],
        *,
        conn: Connection | None = None,
    ) -> list[list[int]]:
        """Append to several streams in one atomic write; positions per (stream, events, expected).

        Each item behaves as `append` does, and either every item is written or none is.
        """
        appends = [item for item in appends if item[1]]
        if not appends:
            return []
        if conn is None:
            with self.transaction() as own:
                return self._append_many(own, appends)
        return self._append_many(conn, appends)

    def _append_many(
        self, conn: Connection, appends: Sequence[tuple[str, Sequence[NewEvent], ExpectedVersion]]
    ) -> list[list[int]]:
        if is_postgres(conn):
            conn.execute(sa.text("SELECT pg_advisory_xact_lock(:key)"), {"key": APPEND_LOCK_KEY})
        stored_ids, versions, position = self._state(conn, appends)
        recorded_at = _timestamp(conn)
        results: list[list[int]] = []
        params: list[tuple[Any, ...]] = []
        for stream_id, new_events, expected in appends:
            if new_events[0].event_id in stored_ids:
                results.append(self._already_appended(conn, stream_id, new_events))
                continue
            current = versions.get(stream_id)
            _check_expected(stream_id, current, expected)
            version = current or 0
            first = position + 1
            # Serialised here, once, in the shape the insert takes.
            params += [
                (
                    position + offset, event.event_id, stream_id, version + offset, event.type,
                    event.schema_version, _dumps(event.data),
                    _dumps(event.meta) if event.meta else "{}", recorded_at,
                )
                for offset, event in enumerate(new_events, start=1)
            ]  # fmt: skip
            position += len(new_events)
            versions[stream_id] = version + len(new_events)
            results.append(list(range(first, position + 1)))
        if not params:
            return results
        try:
            _insert(conn, params)
        except sa.exc.IntegrityError as error:
            raise _conflict(params, error.orig) from error
        except Exception as error:
            if type(error).__name__ != "UniqueViolation":  # psycopg's, raised by COPY
                raise
            raise _conflict(params, error) from error
        return results

    def _state(
        self, conn: Connection, appends: Sequence[tuple[str, Sequence[NewEvent], ExpectedVersion]]
    ) -> tuple[set[str], dict[str, int | None], int]:
        """Which appends' first ids are stored, each stream's version, and the log's head."""
        if len(appends) == 1:
            # One round trip for the common single-stream append.
            stream_id, new_events, _ = appends[0]
            event_id = new_events[0].event_id
            probe, current, head = conn.exec_driver_sql(
                _state_sql(conn), (event_id, stream_id)
            ).one()
            stored = {event_id} if probe is not None else set()
            return stored, {stream_id: current}, head or 0
        first_ids = [new_events[0].event_id for _, new_events, _ in appends]
        streams = sorted({stream_id for stream_id, _, _ in appends})
        stored: set[str] = set()
        versions: dict[str, int | None] = {}
        for chunk in _chunks(first_ids):
            stored.update(
                conn.execute(
                    sa.select(events.c.event_id).where(events.c.event_id.in_(chunk))
                ).scalars()
            )
        for chunk in _chunks(streams):
            rows = conn.execute(
                sa.select(events.c.stream_id, sa.func.max(events.c.version))
                .where(events.c.stream_id.in_(chunk))
                .group_by(events.c.stream_id)
            )
            versions.update({stream_id: version for stream_id, version in rows})
        head = conn.execute(sa.select(sa.func.max(events.c.position))).scalar() or 0
        return stored, versions, head

    def _already_appended(
        self, conn: Connection, stream_id: str, new_events: Sequence[NewEvent]
    ) -> list[int]:
        # Called when the batch's first id is stored. A reused id further down a new batch is
        # caught by the unique index on event_id instead.
        rows = [
            {
                "event_id": event.event_id, "stream_id": stream_id, "type": event.type,
                "data": _dumps(event.data),
            }
            for event in new_events
        ]  # fmt: skip
        ids = [row["event_id"] for row in rows]
        found = {
            stored.event_id: stored
            for stored in conn.execute(
                sa.select(
                    events.c.event_id,
                    events.c.stream_id,
                    events.c.type,
                    events.c.data,
                    events.c.position,
                ).where(events.c.event_id.in_(ids))
            )
        }
        if not found:
            return None
        for row in rows:
            stored = found.get(row["event_id"])
            if stored is None:
                raise EventIdConflict(
                    f"batch for stream {row['stream_id']!r} mixes stored and new event ids "
                    f"(first new id {row['event_id']}); append new events in a batch of their own"
                )
            if (stored.stream_id, stored.type, stored.data) != (
                row["stream_id"],
                row["type"],
                row["data"],
            ):
                raise EventIdConflict(
                    f"event id {row['event_id']} is already stored for a different event "
                    f"({stored.type} in stream {stored.stream_id!r})"
                )
        return [found[row["event_id"]].position for row in rows]

    def read_stream(
        self, stream_id: str, *, after_version: int = 0, conn: Connection | None = None
    ) -> list[RecordedEvent]:
        """Events of one stream in version order."""
        query = (
            sa.select(*_COLUMNS)
            .where(events.c.stream_id == stream_id, events.c.version > after_version)
            .order_by(events.c.version)
        )
        return self._read(query, conn)

    def stream_version(self, stream_id: str, *, conn: Connection | None = None) -> int:
        """The version of a stream's last event, 0 for a stream with none."""
        query = sa.select(sa.func.max(events.c.version)).where(events.c.stream_id == stream_id)
        if conn is not None:
            return conn.execute(query).scalar() or 0
        with self.engine.connect() as own:
            return own.execute(query).scalar() or 0

    def read_all(
        self,
        after: int = 0,
        limit: int | None = None,
        types: Collection[str] | None = None,
        *,
        until: datetime | None = None,
        conn: Connection | None = None,
    ) -> list[RecordedEvent]:
        """Events after a global position in position order, optionally of some types only."""
        query = sa.select(*_COLUMNS).where(events.c.position > after).order_by(events.c.position)
        if types is not None and len(types) > 1 and limit is not None:
            # A `type IN (...)` query sorts every remaining match on each call. Instead find the
            # last position of this page from each type's (type, position) index, then read
            # just that range.
            last = self._page_end(after, limit, types, until, conn)
            if last is None:
                return []
            query = query.where(events.c.position <= last)
        if types is not None:
            query = query.where(events.c.type.in_(list(types)))
        if until is not None:
            query = query.where(events.c.recorded_at <= until)
        if limit is not None:
            query = query.limit(limit)
        return self._read(query, conn)

    def _page_end(
        self,
        after: int,
        limit: int,
        types: Collection[str],
        until: datetime | None,
        conn: Connection | None,
    ) -> int | None:
        """The position of the `limit`-th event of these types after `after`, or the last one."""
        if self.head(conn=conn) <= after:
            return None  # nothing new at all: one query instead of one per type (idle readers)
        # Nothing new of these types, while the log grew with others (a reader of a few types
        # polled every pass): one query instead of one per type.
        anything = sa.select(events.c.position).where(
            events.c.type.in_(list(types)), events.c.position > after
        )
        if until is not None:
            anything = anything.where(events.c.recorded_at <= until)
        anything = anything.limit(1)
        if conn is not None:
            found = conn.execute(anything).first()
        else:
            with self.engine.connect() as own:
                found = own.execute(anything).first()
        if found is None:
            return None
        per_type = []
        for kind in types:
            query = (
                sa.select(events.c.position)
                .where(events.c.type == kind, events.c.position > after)
                .order_by(events.c.position)
                .limit(limit)
            )
            if until is not None:
                query = query.where(events.c.recorded_at <= until)
            if conn is not None:
                per_type.append(list(conn.execute(query).scalars()))
            else:
                with self.engine.connect() as own:
                    per_type.append(list(own.execute(query).scalars()))
        page = list(itertools.islice(heapq.merge(*per_type), limit))
        return page[-1] if page else None

    def head(self, *, conn: Connection | None = None) -> int:
        """The highest committed position, 0 for an empty log."""
        query = sa.select(sa.func.max(events.c.position))
        if conn is not None:
            return conn.execute(query).scalar() or 0
        with self.engine.connect() as own:
            return own.execute(query).scalar() or 0

    def _read(self, query: sa.Select, conn: Connection | None) -> list[RecordedEvent]:
        if conn is not None:
            return [_recorded(row) for row in conn.execute(query)]
        with self.engine.connect() as own:
            return [_recorded(row) for row in own.execute(query)]


def _chunks(values: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _mark(conn: Connection) -> str:
    return "?" if conn.dialect.paramstyle == "qmark" else "%s"


def _state_sql(conn: Connection) -> str:
    mark = _mark(conn)
    return (
        f"SELECT (SELECT position FROM events WHERE event_id = {mark}), "
        f"(SELECT max(version) FROM events WHERE stream_id = {mark}), "
        "(SELECT max(position) FROM events)"
    )


def _insert(conn: Connection, params: list[tuple[Any, ...]]) -> None:
    if conn.dialect.driver == "psycopg":
        # COPY moves rows to PostgreSQL several times faster than a pipelined executemany,
        # inside the same transaction as everything else this append does.
        with conn.connection.driver_connection.cursor() as cursor, cursor.copy(_COPY_SQL) as copy:
            for row in params:
                copy.write_row(row)
        return
    # A plain executemany: the statement is fixed, and SQLAlchemy's per-call compilation and type
    # processing cost more than the insert itself at these batch sizes.
    conn.exec_driver_sql(_insert_sql(conn), params)


_COPY_SQL = (
    "COPY events (position, event_id, stream_id, version, type, schema_version, data, meta, "
    "recorded_at) FROM STDIN"
)


def _conflict(params: list[tuple[Any, ...]], error: BaseException) -> StorageError:
    streams = ", ".join(sorted({param[2] for param in params}))
    if "event_id" in str(error):
        return EventIdConflict(f"an event id of this batch (streams {streams}) is already stored")
    return ConcurrencyError(f"streams {streams} changed while appending: {error}")


def _insert_sql(conn: Connection) -> str:
    mark = _mark(conn)
    return (
        "INSERT INTO events (position, event_id, stream_id, version, type, schema_version, "
        f"data, meta, recorded_at) VALUES ({', '.join([mark] * 9)})"
    )


def _timestamp(conn: Connection) -> datetime | str:
    now = datetime.now(UTC)
    if is_postgres(conn):
        return now
    # The text form SQLAlchemy's SQLite DateTime type writes and parses back (UTC, no offset).
    return now.strftime("%Y-%m-%d %H:%M:%S.%f")


def _check_expected(stream_id: str, current: int | None, expected: ExpectedVersion) -> None:
    if expected == ANY:
        return
    if expected == NO_STREAM:
        if current is not None:
            raise ConcurrencyError(f"stream {stream_id!r} exists (version {current})")
        return
    if (current or 0) != expected:
        raise ConcurrencyError(
            f"stream {stream_id!r} is at version {current or 0}, expected {expected}"
        )
