"""A real threaded HTTP server on 127.0.0.1 with per-path handlers, for integration tests."""

from __future__ import annotations

import ssl
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

Route = Callable[["Handler"], None]


@dataclass(frozen=True)
class SeenRequest:
    """A request the server received: path with query, and lower-cased headers."""

    path: str
    headers: dict[str, str]


class Handler(BaseHTTPRequestHandler):
    """Dispatches GET to the route registered for the path; 404 otherwise."""

    protocol_version = "HTTP/1.1"
    # Without this every keep-alive response waits ~40 ms for Nagle + delayed ACK.
    disable_nagle_algorithm = True
    server: _Server

    def do_GET(self) -> None:
        app = self.server.app
        app.requests.append(SeenRequest(self.path, {k.lower(): v for k, v in self.headers.items()}))
        route = app.routes.get(urlsplit(self.path).path)
        try:
            if route is None:
                self.reply(404, b"not found")
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up, as several tests intend

    def reply(self, status: int, body: bytes = b"", headers: dict[str, str] | None = None) -> None:
        """Send a complete response with Content-Length."""
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def reply_chunked(
        self, status: int, chunks: Iterable[bytes], headers: dict[str, str] | None = None
    ) -> None:
        """Send a chunked response from an iterable, so huge bodies are never held in memory."""
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for chunk in chunks:
            if chunk:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        self.wfile.write(b"0\r\n\r\n")

    def log_message(self, format: str, *args: object) -> None:
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    app: FeedServer


class FeedServer:
    """Serve test routes on 127.0.0.1:<free port> from a background thread."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[SeenRequest] = []
        self.stopping = threading.Event()  # long-running handlers wait on this, not sleep()
        self._httpd: _Server | None = None
        self._thread: threading.Thread | None = None
        self.scheme = "http"

    @property
    def port(self) -> int:
        assert self._httpd is not None, "server not started"
        return self._httpd.server_address[1]

    def url(self, path: str = "/") -> str:
        """The absolute URL of a path on this server."""
        return f"{self.scheme}://127.0.0.1:{self.port}{path}"

    def route(self, path: str, handler: Route) -> None:
        """Register a handler for a path (query ignored)."""
        self.routes[path] = handler

    def serve(
        self, path: str, body: bytes = b"", status: int = 200, headers: dict[str, str] | None = None
    ) -> None:
        """Register a fixed response for a path."""
        self.route(path, lambda h: h.reply(status, body, headers))

    def redirect(self, path: str, location: str, status: int = 301) -> None:
        """Register a redirect from a path to a location."""
        self.serve(path, status=status, headers={"Location": location})

    def start(self, tls: ssl.SSLContext | None = None) -> FeedServer:
        """Serve in a thread; with a server-side TLS context, serve HTTPS."""
        self._httpd = _Server(("127.0.0.1", 0), Handler)
        self._httpd.app = self
        if tls is not None:
            self._httpd.socket = tls.wrap_socket(self._httpd.socket, server_side=True)
            self.scheme = "https"
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FeedServer:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()
