"""Rendered answers, kept while nothing they depend on has changed.

An answer depends on the log, the readers' checkpoints and the day (`Monitor.changes()`); that is
asked of the database at most every CHECK seconds, so an answer is at most that stale, and a page
asked for by 50 clients at once is computed once. The body is kept gzipped too.
"""

from __future__ import annotations

import asyncio
import gzip
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import Response

if TYPE_CHECKING:
    from monitor.app import Monitor

CHECK = 1.0
KEPT = 256  # answers kept at most (time travel makes many distinct ones)


@dataclass(frozen=True, slots=True)
class Answer:
    body: bytes
    media_type: str
    gzipped: bytes | None = None
    status: int = 200

    @classmethod
    def of(cls, body: bytes | str, media_type: str, status: int = 200) -> Answer:
        data = body.encode() if isinstance(body, str) else body
        packed = gzip.compress(data, 6, mtime=0) if len(data) >= 500 else None
        return cls(data, media_type, packed, status)

    def response(self, request: Request) -> Response:
        headers = {"Cache-Control": "no-cache", "Vary": "Accept-Encoding"}
        if self.gzipped is not None and "gzip" in request.headers.get("accept-encoding", ""):
            return Response(
                self.gzipped, self.status, headers | {"Content-Encoding": "gzip"}, self.media_type
            )
        return Response(self.body, self.status, headers, self.media_type)


class Answers:
    """Answers by request key, dropped together when `monitor.changes()` differs."""

    def __init__(self, monitor: Monitor) -> None:
        self.monitor = monitor
        self.kept: OrderedDict[Any, Answer] = OrderedDict()
        self.version: Any = None
        self.checked = float("-inf")
        self.pending: dict[Any, asyncio.Future[Answer]] = {}

    async def get(self, key: Any, compute: Callable[[], Answer]) -> Answer:
        now = time.monotonic()
        if now - self.checked >= CHECK:
            self.checked = now  # one look at a time; the others use what is kept meanwhile
            version = await run_in_threadpool(self.monitor.changes)
            if version != self.version:
                self.kept.clear()
                self.version = version
        found = self.kept.get(key)
        if found is not None:
            self.kept.move_to_end(key)
            return found
        if key in self.pending:  # being computed for another request: wait for that one
            return await asyncio.shield(self.pending[key])
        self.pending[key] = asyncio.ensure_future(run_in_threadpool(compute))
        try:
            found = await asyncio.shield(self.pending[key])
        finally:
            del self.pending[key]
        self.kept[key] = found
        if len(self.kept) > KEPT:
            self.kept.popitem(last=False)
        return found
