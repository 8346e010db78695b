"""The fetcher's hard limits: body cap (also on decompressed bytes), total deadline, reach."""

from __future__ import annotations

import socket
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator

import brotli
import httpx
import pytest

from monitor.feeds.fetch import Fetcher, FetchPolicy
from tests.feeds.httpserver import FeedServer, Handler

MiB = 1024 * 1024
FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'


@pytest.fixture(scope="module")
def gzip_bomb() -> bytes:
    """About 200 KB of gzip that inflates to 200 MiB of zeros."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = bytes(MiB)
    return b"".join(packer.compress(block) for _ in range(200)) + packer.flush()


def _peak_bytes(action: Callable[[], object]) -> tuple[object, int]:
    tracemalloc.start()
    try:
        result = action()
        return result, tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def _endless_body(sent: list[int], total: int = 100 * MiB) -> Callable[[Handler], None]:
    def handler(h: Handler) -> None:
        chunk = b"x" * (64 * 1024)

        def chunks() -> Iterator[bytes]:
            while sent[0] < total:
                sent[0] += len(chunk)
                yield chunk

        h.reply_chunked(200, chunks())

    return handler


def test_a_100_mb_streamed_body_stops_at_the_cap(server: FeedServer, fetcher: Fetcher):
    sent = [0]
    server.route("/huge", _endless_body(sent))
    result, peak = _peak_bytes(lambda: fetcher.fetch(server.url("/huge")))
    assert (result.error, result.body, result.status) == ("body_too_large", None, 200)
    assert peak < 40 * MiB  # the 15 MiB cap plus one chunk, never the 100 MB
    assert sent[0] < 100 * MiB


def test_a_declared_oversized_body_is_refused_before_reading(server: FeedServer, make_fetcher):
    fetcher = make_fetcher(max_body_bytes=1000)
    server.serve("/big", b"x" * 5000)
    assert fetcher.fetch(server.url("/big")).error == "body_too_large"
    server.serve("/fits", b"x" * 1000)
    assert fetcher.fetch(server.url("/fits")).body == b"x" * 1000


def test_a_gzip_bomb_is_stopped_by_the_cap_on_decompressed_bytes(
    server: FeedServer, make_fetcher, gzip_bomb: bytes
):
    server.serve("/bomb", gzip_bomb, headers={"Content-Encoding": "gzip"})
    fetcher = make_fetcher(max_body_bytes=MiB)
    result, peak = _peak_bytes(lambda: fetcher.fetch(server.url("/bomb")))
    assert (result.error, result.body) == ("body_too_large", None)
    assert peak < 8 * MiB  # one 64 KiB network chunk would inflate to 64 MiB unbounded


def test_a_brotli_bomb_is_stopped_by_the_cap_on_decompressed_bytes(
    server: FeedServer, make_fetcher
):
    bomb = brotli.compress(bytes(200 * MiB), quality=5)
    assert len(bomb) < 4096
    server.serve("/bomb", bomb, headers={"Content-Encoding": "br"})
    fetcher = make_fetcher(max_body_bytes=MiB)
    result, peak = _peak_bytes(lambda: fetcher.fetch(server.url("/bomb")))
    assert (result.error, result.body) == ("body_too_large", None)
    assert peak < 8 * MiB


def _drip_body(h: Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Length", "100")
    h.end_headers()
    for _ in range(100):
        h.wfile.write(b"x")
        if h.server.app.stopping.wait(1.0):
            return


def _drip_headers(h: Handler) -> None:
    for byte in b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nX-Padding: " + b"a" * 100:
        h.wfile.write(bytes([byte]))
        if h.server.app.stopping.wait(0.5):
            return


def _silent(h: Handler) -> None:
    h.server.app.stopping.wait(30)


@pytest.mark.parametrize("route", [_drip_body, _drip_headers, _silent], ids=lambda r: r.__name__)
def test_the_total_deadline_holds_against_slow_servers(
    server: FeedServer, make_fetcher, route: Callable[[Handler], None]
):
    server.route("/slow", route)
    fetcher = make_fetcher(total_timeout_s=2.0)
    started = time.monotonic()
    result = fetcher.fetch(server.url("/slow"))
    took = time.monotonic() - started
    assert result.error == "timeout"
    assert result.body is None
    assert 1.9 <= took < 4.0


def test_a_caller_supplied_client_still_gets_the_deadline_between_body_chunks(
    server: FeedServer,
):
    server.route("/slow", _drip_body)
    with httpx.Client() as client:
        fetcher = Fetcher(FetchPolicy(total_timeout_s=2.0, allow_private_networks=True), client)
        started = time.monotonic()
        result = fetcher.fetch(server.url("/slow"))
    assert result.error == "timeout"
    assert time.monotonic() - started < 4.0


def test_a_private_address_is_refused_without_contacting_it(server: FeedServer, make_fetcher):
    server.serve("/feed", FEED)
    result = make_fetcher(allow_private_networks=False).fetch(server.url("/feed"))
    assert (result.error, result.status, result.body) == ("private_address", None, None)
    assert server.requests == []


def test_with_a_callers_client_every_redirect_hop_is_checked_against_private_addresses(
    server: FeedServer,
):
    """The first hop passes (the resolver calls it public); its redirect to localhost does not.

    A caller's client resolves names itself, so the check runs before each hop; the fetcher's own
    client connects to the checked addresses instead (tests/feeds/test_rebinding.py).
    """

    def resolver(host: str, port: int, **kwargs: object) -> list[tuple]:
        if host == "127.0.0.1":
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port))]
        return socket.getaddrinfo(host, port, **kwargs)

    server.redirect("/start", f"http://localhost:{server.port}/feed", 302)
    server.serve("/feed", FEED)
    with httpx.Client() as client, Fetcher(FetchPolicy(), client, resolve=resolver) as fetcher:
        result = fetcher.fetch(server.url("/start"))
    assert result.error == "private_address"
    assert result.final_url == f"http://localhost:{server.port}/feed"
    assert [r.path for r in server.requests] == ["/start"]


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://example.org/feed", "data:text/plain,hi", "gopher://x/"]
)
def test_non_http_schemes_are_refused_even_when_private_networks_are_allowed(
    fetcher: Fetcher, url: str
):
    assert fetcher.fetch(url).error == "bad_scheme"
