"""An optional read-only HTTP endpoint: /healthz, /summary.json, /developments.atom.

A small stdlib server in a thread, bound to 127.0.0.1 unless configured otherwise. It serves the
views' summary projection (which the daemon keeps caught up) and never writes.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import UTC, date, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import orjson
import structlog

from monitor.views.export import atom_feed
from monitor.views.render import render_summary
from monitor.views.summary import load_summary, stored_facts
from storage import EventStore

log = structlog.get_logger("monitor.notify.http")


def utc_today() -> date:
    return datetime.now(UTC).date()


def summary_json(store: EventStore, today: date) -> bytes:
    """The summary document as of today, as `monitor summary --format json` prints it."""
    return render_summary(load_summary(store, today=today), "json").encode()


def developments_atom(store: EventStore, today: date, self_url: str | None = None) -> bytes:
    """The Atom feed of developments, as `monitor export atom` writes it."""
    with store.engine.connect() as conn:
        return atom_feed(stored_facts(conn, today), self_url=self_url)


class HttpEndpoint:
    """The read-only endpoint; `start()` serves in a daemon thread until `stop()`."""

    def __init__(
        self,
        store: EventStore,
        host: str = "127.0.0.1",
        port: int = 8787,
        today: Callable[[], date] = utc_today,
    ) -> None:
        self.store = store
        self.today = today
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            disable_nagle_algorithm = True
            protocol_version = "HTTP/1.1"
            server_version = "kz-il-monitor"

            def do_GET(self) -> None:
                endpoint._get(self)

            def do_POST(self) -> None:
                self._refuse()

            do_PUT = do_DELETE = do_PATCH = do_POST

            def _refuse(self) -> None:
                # The body is never read, so the connection cannot carry another request.
                self.close_connection = True
                _reply(
                    self,
                    405,
                    "text/plain",
                    b"read-only: GET only\n",
                    Allow="GET",
                    Connection="close",
                )

            def log_message(self, *args) -> None:
                pass

        self.httpd = ThreadingHTTPServer((host, port), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True, name="http")

    @property
    def url(self) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> HttpEndpoint:
        self.thread.start()
        log.info("http_endpoint_started", url=self.url)
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        log.info("http_endpoint_stopped")

    def _get(self, request: BaseHTTPRequestHandler) -> None:
        path = request.path.split("?", 1)[0]
        try:
            if path == "/healthz":
                head = self.store.head()
                _reply(
                    request, 200, "application/json", orjson.dumps({"status": "ok", "head": head})
                )
            elif path == "/summary.json":
                _reply(request, 200, "application/json", summary_json(self.store, self.today()))
            elif path == "/developments.atom":
                atom = developments_atom(self.store, self.today(), f"{self.url}{path}")
                _reply(request, 200, "application/atom+xml; charset=utf-8", atom)
            else:
                _reply(request, 404, "text/plain", b"not found\n")
        except Exception:
            log.exception("http_endpoint_failed", path=path)
            _reply(request, 503, "application/json", orjson.dumps({"status": "unavailable"}))


def _reply(
    request: BaseHTTPRequestHandler, status: int, content_type: str, body: bytes, **headers: str
) -> None:
    request.send_response(status)
    request.send_header("Content-Type", content_type)
    request.send_header("Content-Length", str(len(body)))
    request.send_header("Cache-Control", "no-store")
    for name, value in headers.items():
        request.send_header(name, value)
    request.end_headers()
    request.wfile.write(body)
