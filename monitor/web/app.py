"""The ASGI app: routes, the access guard, compression, and errors told without details.

Every response carries headers that keep a page inert in a browser (no scripts, no framing, no
referrer). With a token, every path but /healthz wants `Authorization: Bearer <token>`,
compared in constant time. A request line longer than MAX_URL bytes is refused (414).
"""

from __future__ import annotations

import hmac
from pathlib import Path
from typing import TYPE_CHECKING

import structlog
from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.middleware import Middleware
from starlette.middleware.gzip import GZipMiddleware
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from monitor.web import api, metrics, pages
from monitor.web.cache import Answers

if TYPE_CHECKING:
    from monitor.app import Monitor

log = structlog.get_logger("monitor.web")

MAX_URL = 2048
OPEN_PATHS = frozenset({"/healthz"})  # orchestrators' probes carry no token; it tells no data
SECURITY_HEADERS = [
    (b"content-security-policy",
     b"default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; "
     b"base-uri 'none'; frame-ancestors 'none'"),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]  # fmt: skip


def create_app(monitor: Monitor, *, token: str | None = None) -> Starlette:
    """The web app reading from `monitor`; with `token`, only requests bearing it are served."""
    routes = [
        Route("/", pages.briefing),
        Route("/developments/{key:path}", pages.development),
        Route("/health", pages.health),
        Route("/summary.json", api.summary),
        Route("/developments.atom", api.atom),
        Route("/developments.ics", api.ical),
        Route("/healthz", api.healthz),
        Route("/metrics", metrics.endpoint),
        Mount("/static", StaticFiles(directory=Path(__file__).with_name("static")), name="static"),
    ]
    app = Starlette(
        routes=routes,
        middleware=[
            Middleware(Guard, token=token),
            Middleware(GZipMiddleware, minimum_size=500, compresslevel=6),
        ],
        exception_handlers={HTTPException: _http_error, Exception: _failure},
    )
    app.state.monitor = monitor
    app.state.answers = Answers(monitor)
    app.state.registry = metrics.registry_for(monitor)
    return app


class Guard:
    """Pure ASGI middleware: refuses long URLs and requests without the token; adds headers."""

    def __init__(self, app, token: str | None = None) -> None:
        self.app = app
        self.expected = f"Bearer {token}".encode() if token else None

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        target = len(scope.get("raw_path") or scope["path"].encode()) + len(scope["query_string"])
        if target > MAX_URL:
            await _plain(414, "URI too long\n")(scope, receive, send)
            return
        if self.expected and scope["path"] not in OPEN_PATHS:
            given = dict(scope["headers"]).get(b"authorization", b"")
            if not hmac.compare_digest(given, self.expected):
                refusal = _plain(401, "a bearer token is required\n")
                refusal.headers["WWW-Authenticate"] = "Bearer"
                await refusal(scope, receive, send)
                return

        async def send_guarded(message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                extra = [(n, v) for n, v in SECURITY_HEADERS if n not in present]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, send_guarded)


def _plain(status: int, text: str) -> Response:
    return PlainTextResponse(text, status, headers={"Cache-Control": "no-store"})


async def _http_error(request: Request, error: HTTPException) -> Response:
    response = _plain(error.status_code, f"{error.detail}\n")
    for name, value in (error.headers or {}).items():
        response.headers[name] = value
    return response


async def _failure(request: Request, error: Exception) -> Response:
    """A failure tells the client nothing of the configuration; the log says what happened."""
    from monitor.app import readable_error

    readable = readable_error(error)
    if readable is not None:
        log.warning("web_request_failed", path=request.url.path, error=str(readable))
        return _plain(503, "service unavailable: the store cannot be read now\n")
    log.exception("web_request_failed", path=request.url.path)
    return _plain(500, "internal error\n")
