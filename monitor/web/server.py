"""The web server: uvicorn serving the Starlette app from a thread of its own, until `stop()`.

uvicorn runs on uvloop and httptools (a third of asyncio's cost per request on this machine).

The listening socket is bound here, so a taken port fails at once and port 0 tells its port.
A client gets HEADER_TIMEOUT seconds to send a request's headers (uvicorn itself waits forever
for a half-sent request) and at most MAX_HEAD bytes of them; idle keep-alive connections close
after KEEP_ALIVE seconds; on `stop()` the server stops listening and requests in flight get
GRACE seconds to finish.
"""

from __future__ import annotations

import asyncio
import ipaddress
import socket
import threading
import time

import structlog
import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

log = structlog.get_logger("monitor.web")

BACKLOG = 2048  # connections the kernel queues before the server accepts them
HEADER_TIMEOUT = 10.0
MAX_HEAD = 64 * 1024
KEEP_ALIVE = 5
GRACE = 10
MAX_CONNECTIONS = 1000  # more at once are answered 503 (the process has file descriptors to keep)


class _Protocol(HttpToolsProtocol):
    """uvicorn's HTTP/1.1 protocol, dropping clients that are slow or large with their headers."""

    _deadline: asyncio.TimerHandle | None = None
    # Bytes of the current request's head, counted from the end of the previous request (not from
    # on_message_begin, which the parser calls midway through the chunk that starts a head); None
    # while a body is read.
    _head_bytes: int | None = 0

    def connection_made(self, transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm()

    def data_received(self, data: bytes) -> None:
        if self._head_bytes is not None:
            self._head_bytes += len(data)
            if self._head_bytes > MAX_HEAD:
                self._drop(b"431 Request Header Fields Too Large")
                return
        super().data_received(data)

    def on_message_begin(self) -> None:
        super().on_message_begin()
        self._arm()

    def on_headers_complete(self) -> None:
        self._disarm()
        self._head_bytes = None
        super().on_headers_complete()

    def on_message_complete(self) -> None:
        self._head_bytes = 0
        super().on_message_complete()

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def _arm(self) -> None:
        self._disarm()
        self._deadline = self.loop.call_later(HEADER_TIMEOUT, self._drop, b"408 Request Timeout")

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
            self._deadline = None

    def _drop(self, status: bytes) -> None:
        self._disarm()
        if not self.transport.is_closing():
            self.transport.write(
                b"HTTP/1.1 " + status + b"\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
            )
            self.transport.close()


def is_loopback(host: str) -> bool:
    """Whether an address to bind is loopback only (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


class WebServer:
    """The app under uvicorn on (host, port); `start()` serves from a thread until `stop()`."""

    def __init__(self, app, host: str = "127.0.0.1", port: int = 8787) -> None:
        host = host.strip("[]")
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        self.socket = socket.create_server((host, port), family=family, backlog=BACKLOG)
        self.address = self.socket.getsockname()[:2]
        config = uvicorn.Config(
            app, http=_Protocol, lifespan="off", log_config=None, access_log=False,
            server_header=False, date_header=True, proxy_headers=False, backlog=BACKLOG,
            timeout_keep_alive=KEEP_ALIVE, timeout_graceful_shutdown=GRACE,
            limit_concurrency=MAX_CONNECTIONS,
        )  # fmt: skip
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(
            target=self.server.run, kwargs={"sockets": [self.socket]}, daemon=True, name="web"
        )

    @property
    def url(self) -> str:
        host, port = self.address
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

    def start(self, timeout: float = 10.0) -> WebServer:
        self.thread.start()
        deadline = time.monotonic() + timeout
        while not self.server.started and self.thread.is_alive():
            if time.monotonic() > deadline:
                raise RuntimeError(f"the web server did not start within {timeout} s")
            time.sleep(0.01)
        if not self.server.started:
            raise RuntimeError("the web server stopped while starting")
        log.info("web_started", url=self.url)
        return self

    def stop(self) -> None:
        """Stop listening, let requests in flight finish (GRACE seconds at most), then return."""
        if self.socket.fileno() < 0:
            return
        self.server.should_exit = True
        self.thread.join(GRACE + 5)
        self.socket.close()
        log.info("web_stopped")
