"""Errors raised by the event store."""


class StorageError(Exception):
    """Root of the event store's errors."""


class ConcurrencyError(StorageError):
    """A stream was not at the version the writer expected."""


class EventIdConflict(StorageError):
    """An event id already in the log was reused for a different event."""


class CheckpointError(StorageError):
    """A reader's checkpoint would have moved backwards."""
