"""The real server: uvicorn on 127.0.0.1, slow and large clients, HEAD, tokens, a graceful stop."""

from __future__ import annotations

import socket
import threading
import time

import httpx
import pytest

from monitor.app import Monitor
from monitor.bootstrap import bootstrap
from monitor.errors import ConfigError
from monitor.settings import HttpEndpointConfig, Settings
from monitor.web import server as web_server


@pytest.fixture
def running(monitor):
    server = monitor.serve("127.0.0.1", 0)
    yield server
    server.stop()


def _raw(server, data: bytes, timeout: float = 5, *, pause_after: int | None = None) -> bytes:
    """Send `data` (in two writes with a pause between, if `pause_after`) and read the answer."""
    host, port = server.address
    with socket.create_connection((host, port), timeout=timeout) as conn:
        if pause_after is not None:
            conn.sendall(data[:pause_after])
            time.sleep(0.3)  # the server reads the first part on its own
            data = data[pause_after:]
        conn.sendall(data)
        chunks = []
        while chunk := conn.recv(65536):
            chunks.append(chunk)
    return b"".join(chunks)


def test_the_server_binds_loopback_by_default_and_serves_keep_alive(monitor):
    server = monitor.serve(port=0)
    try:
        assert server.address[0] == "127.0.0.1"
        with httpx.Client(base_url=server.url) as client:
            first = client.get("/summary.json")
            second = client.get("/healthz")
        assert first.status_code == second.status_code == 200
        assert "server" not in first.headers
    finally:
        server.stop()


def test_head_gets_the_headers_and_no_body(running):
    answer = _raw(running, b"HEAD /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
    head, _, body = answer.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 200 ")
    assert b"content-length: " in head.lower() and body == b""


def test_a_client_that_never_finishes_its_headers_is_dropped(running, monkeypatch):
    monkeypatch.setattr(web_server, "HEADER_TIMEOUT", 0.5)
    started = time.monotonic()
    answer = _raw(running, b"GET /summary.json HTTP/1.1\r\nHost: x\r\n")  # no blank line
    assert answer.startswith(b"HTTP/1.1 408 ")
    assert time.monotonic() - started < 4
    # a client that connects and says nothing is dropped too
    assert _raw(running, b"").startswith(b"HTTP/1.1 408 ")


def test_headers_larger_than_the_limit_are_refused(running):
    huge = b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Pad: " + b"a" * (web_server.MAX_HEAD + 10)
    assert _raw(running, huge + b"\r\n\r\n").startswith(b"HTTP/1.1 431 ")
    # the head's first bytes count even when they arrive apart from the rest
    split = web_server.MAX_HEAD * 3 // 4
    assert _raw(running, huge + b"\r\n\r\n", pause_after=split).startswith(b"HTTP/1.1 431 ")
    url = b"GET /summary.json?x=" + b"a" * 5000 + b" HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
    assert _raw(running, url + b"\r\n").startswith(b"HTTP/1.1 414 ")


def test_another_address_than_loopback_needs_a_token(monitor, monkeypatch, sqlite_url):
    with pytest.raises(ConfigError, match="needs a token"):
        monitor.serve("0.0.0.0", 0)
    monkeypatch.setenv("WEB_TOKEN", "t0ken")
    settings = Settings(database_url=sqlite_url, http=HttpEndpointConfig(token_env="WEB_TOKEN"))
    tokened = Monitor(bootstrap(settings))
    server = tokened.serve("0.0.0.0", 0)
    try:
        url = f"http://127.0.0.1:{server.address[1]}"
        assert httpx.get(f"{url}/summary.json").status_code == 401
        bearer = {"Authorization": "Bearer t0ken"}
        assert httpx.get(f"{url}/summary.json", headers=bearer).status_code == 200
    finally:
        server.stop()
        tokened.close()


def test_stopping_lets_a_request_in_flight_finish_then_refuses_connections(monitor, running):
    summary = monitor.summary
    in_flight = threading.Event()

    def slow_summary(*args, **kwargs):
        in_flight.set()
        time.sleep(1.0)
        return summary(*args, **kwargs)

    monitor.summary = slow_summary
    answers = []
    asking = threading.Thread(
        target=lambda: answers.append(httpx.get(f"{running.url}/summary.json", timeout=10))
    )
    asking.start()
    assert in_flight.wait(10)  # the request is being answered (however loaded the machine)
    started = time.monotonic()
    running.stop()
    asking.join()
    assert answers and answers[0].status_code == 200
    assert 0.5 < time.monotonic() - started < web_server.GRACE  # it waited for the answer
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{running.url}/healthz", timeout=2)


def test_monitor_serve_refuses_an_open_address_without_a_token_and_a_taken_port(
    sqlite_workspace, store_template
):
    store_template.fill(sqlite_workspace.database_url)
    refused = sqlite_workspace.monitor("serve", "--host", "0.0.0.0", "--port", "0", check=False)
    assert refused.returncode == 2
    assert "error: serving on 0.0.0.0 needs a token" in refused.stderr
    assert "Traceback" not in refused.stderr
    with socket.create_server(("127.0.0.1", 0)) as taken:
        port = str(taken.getsockname()[1])
        busy = sqlite_workspace.monitor("serve", "--port", port, check=False)
    assert busy.returncode == 1
    assert f"error: cannot listen on 127.0.0.1:{port}: Address already in use" in busy.stderr
    assert "Traceback" not in busy.stderr
