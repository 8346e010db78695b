"""A generic event store on SQLAlchemy: append-only streams, global positions, checkpoints."""

from storage.engine import create_engine
from storage.errors import CheckpointError, ConcurrencyError, EventIdConflict, StorageError
from storage.migrate import upgrade
from storage.readers import Reader, catch_up, get_checkpoint, rebuild, set_checkpoint
from storage.store import ANY, NO_STREAM, EventStore, NewEvent, RecordedEvent

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
