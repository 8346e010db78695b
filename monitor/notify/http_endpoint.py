"""An optional read-only HTTP endpoint: /healthz, /summary.json, /developments.atom.

A small stdlib server in a thread, bound to 127.0.0.1 unless configured otherwise. It answers
from the application facade without catching anything up (the daemon keeps the views current),
so it never writes. /healthz says which readers are behind, and answers 503 when one is stuck.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import TYPE_CHECKING

import orjson
import structlog

from monitor.views.render import render_summary

if TYPE_CHECKING:
    from monitor.app import Monitor

log = structlog.get_logger("monitor.notify.http")


class HttpEndpoint:
    """The read-only endpoint; `start()` serves in a daemon thread until `stop()`."""

    def __init__(self, monitor: Monitor, host: str = "127.0.0.1", port: int = 8787) -> None:
        self.monitor = monitor
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
                status, health = self._health()
                _reply(request, status, "application/json", orjson.dumps(health))
            elif path == "/summary.json":
                document = self.monitor.summary(catch_up=False)
                _reply(request, 200, "application/json", render_summary(document, "json").encode())
            elif path == "/developments.atom":
                atom = self.monitor.atom(f"{self.url}{path}", catch_up=False)
                _reply(request, 200, "application/atom+xml; charset=utf-8", atom)
            else:
                _reply(request, 404, "text/plain", b"not found\n")
        except Exception:
            log.exception("http_endpoint_failed", path=path)
            _reply(request, 503, "application/json", orjson.dumps({"status": "unavailable"}))

    def _health(self) -> tuple[int, dict]:
        """'ok' while every reader keeps up (some may be a few events behind), else 'stuck'."""
        health: dict = {"status": "ok", "head": self.monitor.head()}
        behind = {item.reader: item.pending for item in self.monitor.backlogs() if item.pending}
        if behind:
            health["behind"] = behind
        stuck = sorted(item.reader for item in self.monitor.stuck())
        if stuck:
            return 503, health | {"status": "stuck", "stuck": stuck}
        return 200, health


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
