"""Process entry points for the concurrency tests (importable under the spawn start method)."""

from __future__ import annotations

import storage


def append_batches(url: str, stream: str, batches: int, batch_size: int) -> int:
    """Append `batches` batches of `batch_size` events to one stream; return events written."""
    engine = storage.create_engine(url)
    store = storage.EventStore(engine)
    written = 0
    for batch in range(batches):
        events = [
            storage.NewEvent("Tick", {"writer": stream, "batch": batch, "i": i, "pad": "x" * 200})
            for i in range(batch_size)
        ]
        written += len(store.append(stream, events))
    engine.dispose()
    return written
