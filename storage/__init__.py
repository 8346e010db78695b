"""A generic event store on SQLAlchemy: append-only streams, global positions, checkpoints."""

from storage.engine import create_engine
from storage.errors import CheckpointError, ConcurrencyError, EventIdConflict, StorageError
from storage.readers import Reader, catch_up, get_checkpoint, rebuild, set_checkpoint
from storage.store import ANY, NO_STREAM, EventStore, NewEvent, RecordedEvent


def upgrade(*args, **kwargs) -> None:
    """Create or upgrade a schema (see storage.migrate.upgrade); Alembic loads only when called."""
    from storage.migrate import upgrade as run

    run(*args, **kwargs)


__all__ = [
    "ANY",
    "NO_STREAM",
    "CheckpointError",
    "ConcurrencyError",
    "EventIdConflict",
    "EventStore",
    "NewEvent",
    "Reader",
    "RecordedEvent",
    "StorageError",
    "catch_up",
    "create_engine",
    "get_checkpoint",
    "rebuild",
    "set_checkpoint",
    "upgrade",
]
