"""Checkpointed readers of the log: output and checkpoint commit together, so a reader resumes."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Protocol

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from storage.engine import insert_missing, is_postgres
from storage.errors import CheckpointError
from storage.schema import checkpoints, events
from storage.store import EventStore, RecordedEvent


class Reader(Protocol):
    """A consumer of the log that keeps its output in the same database."""

    name: str
    types: Collection[str] | None  # None reads every event type

    def handle(self, conn: Connection, batch: list[RecordedEvent]) -> None:
        """Apply a batch inside the transaction that also moves the checkpoint."""

    def clear(self, conn: Connection) -> None:
        """Delete everything this reader has written, before a replay."""


def get_checkpoint(conn: Connection, reader: str, *, lock: bool = False) -> int:
    """The position a reader has processed up to; 0 for a new reader."""
    query = sa.select(checkpoints.c.position).where(checkpoints.c.reader == reader)
    if lock and is_postgres(conn):
        # One runner per reader at a time: a second one waits here, then sees the new position.
        # The row must exist to be locked, so a reader's first two runners cannot both start.
        row = {"reader": reader, "position": 0, "updated_at": datetime.now(UTC)}
        insert_missing(conn, checkpoints, [row], "reader")
        query = query.with_for_update()
    return conn.execute(query).scalar() or 0


def set_checkpoint(conn: Connection, reader: str, position: int) -> None:
    """Move a reader's checkpoint forward; moving it backwards raises CheckpointError."""
    now = datetime.now(UTC)
    moved = conn.execute(
        checkpoints.update()
        .where(checkpoints.c.reader == reader, checkpoints.c.position <= position)
        .values(position=position, updated_at=now)
    ).rowcount
    if moved:
        return
    current = conn.execute(
        sa.select(checkpoints.c.position).where(checkpoints.c.reader == reader)
    ).scalar()
    if current is not None:
        raise CheckpointError(
            f"checkpoint of reader {reader!r} is at {current}; refusing to move it back to "
            f"{position} (use a rebuild to replay from the start)"
        )
    conn.execute(checkpoints.insert().values(reader=reader, position=position, updated_at=now))


def reset_checkpoint(conn: Connection, reader: str) -> None:
    """Forget a reader's checkpoint: the only way back, used by rebuilds."""
    conn.execute(checkpoints.delete().where(checkpoints.c.reader == reader))


Progress = Callable[[int, int], None]  # (position reached, head of the log)


def catch_up(
    store: EventStore,
    reader: Reader,
    *,
    batch_size: int = 500,
    max_batches: int | None = None,
    progress: Progress | None = None,
) -> int:
    """Feed a reader the events after its checkpoint, batch by batch; return how many."""
    handled = 0
    batches = 0
    head = store.head() if progress else 0
    while max_batches is None or batches < max_batches:
        with store.transaction() as conn:
            after = get_checkpoint(conn, reader.name, lock=True)
            batch = store.read_all(after, limit=batch_size, types=reader.types, conn=conn)
            if not batch:
                break
            reader.handle(conn, batch)
            set_checkpoint(conn, reader.name, batch[-1].position)
        handled += len(batch)
        batches += 1
        if progress:
            progress(batch[-1].position, head)
        if len(batch) < batch_size:
            break
    return handled


def rebuild(
    store: EventStore, reader: Reader, *, batch_size: int = 500, progress: Progress | None = None
) -> int:
    """Clear a reader's output and checkpoint in one transaction, then replay the whole log."""
    with store.transaction() as conn:
        get_checkpoint(conn, reader.name, lock=True)
        reader.clear(conn)
        reset_checkpoint(conn, reader.name)
    return catch_up(store, reader, batch_size=batch_size, progress=progress)


def lag(store: EventStore, reader: str) -> tuple[int, int]:
    """(checkpoint, head) for a reader, for status displays."""
    with store.engine.connect() as conn:
        return get_checkpoint(conn, reader), store.head(conn=conn)


@dataclass(frozen=True)
class Backlog:
    """What a reader has still to handle: the events of its types after its checkpoint."""

    reader: str
    checkpoint: int
    pending: int
    oldest: datetime | None  # when the first of them was recorded


def backlog(store: EventStore, reader: Reader) -> Backlog:
    """How far behind a reader is, counting only the event types it reads."""
    with store.engine.connect() as conn:
        checkpoint = get_checkpoint(conn, reader.name)
        query = sa.select(sa.func.count(), sa.func.min(events.c.recorded_at)).where(
            events.c.position > checkpoint
        )
        if reader.types is not None:
            query = query.where(events.c.type.in_(list(reader.types)))
        pending, oldest = conn.execute(query).one()
    if isinstance(oldest, str):  # SQLite returns min() of a timestamp as text
        oldest = datetime.fromisoformat(oldest)
    if oldest is not None and oldest.tzinfo is None:
        oldest = oldest.replace(tzinfo=UTC)
    return Backlog(reader.name, checkpoint, pending, oldest)
