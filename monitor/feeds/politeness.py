"""Per-host politeness: at most N requests in flight per host, spaced by a minimum gap."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

# Overall concurrency is not limited here: it is the poller's thread-pool size (8 by default; see
# DESIGN.md on why a small pool of sync clients beats many async connections).


@dataclass
class _HostState:
    in_flight: int = 0
    last_start: float = float("-inf")


class HostLimiter:
    """Thread-safe gate that keeps requests to one host few and spaced out."""

    def __init__(self, per_host_in_flight: int = 1, min_spacing_s: float = 1.0) -> None:
        if per_host_in_flight < 1:
            raise ValueError("per_host_in_flight must be at least 1")
        self.per_host_in_flight = per_host_in_flight
        self.min_spacing_s = min_spacing_s
        self._hosts: dict[str, _HostState] = {}
        self._cond = threading.Condition()

    @contextmanager
    def slot(self, host: str) -> Iterator[None]:
        """Block until `host` has a free slot and its last request started min_spacing_s ago."""
        key = host.lower()
        with self._cond:
            state = self._hosts.setdefault(key, _HostState())
            while True:
                wait = state.last_start + self.min_spacing_s - time.monotonic()
                if state.in_flight < self.per_host_in_flight and wait <= 0:
                    break
                # A free slot only needs the spacing wait; a full host waits for a release.
                self._cond.wait(timeout=wait if state.in_flight < self.per_host_in_flight else None)
            state.in_flight += 1
            state.last_start = time.monotonic()
        try:
            yield
        finally:
            with self._cond:
                state.in_flight -= 1
                self._cond.notify_all()
