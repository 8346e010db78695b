"""The web briefing and the read-only endpoints, on Starlette under uvicorn.

`serve()` starts the server for a Monitor; `create_app()` builds the ASGI app alone (tests use
it with Starlette's test client). Nothing here writes to the store: the daemon (or `monitor
serve` once on start) keeps the views current.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.errors import ConfigError, MonitorError

if TYPE_CHECKING:
    from monitor.app import Monitor
    from monitor.web.server import WebServer


def serve(monitor: Monitor, host: str, port: int) -> WebServer:
    """Serve the app on (host, port) from a thread; anywhere but loopback only with a token."""
    from monitor.web.app import create_app
    from monitor.web.server import WebServer, is_loopback

    token = monitor.settings.http.resolved_token()
    if not token and not is_loopback(host):
        raise ConfigError(
            f"serving on {host} needs a token: set http.token (or MONITOR_HTTP__TOKEN, or "
            "http.token_env naming a variable); clients then send 'Authorization: Bearer <token>'"
        )
    try:
        server = WebServer(create_app(monitor, token=token), host, port)
    except OSError as error:  # the port is taken, the address is not this machine's...
        raise MonitorError(
            f"cannot listen on {host}:{port}: {error.strerror or error}; check http.host and "
            "http.port (or --host and --port)"
        ) from None
    return server.start()
