"""The fetcher connects to the addresses it vetted: no DNS rebinding; Host and TLS name kept."""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess

import pytest

from monitor.feeds.fetch import Fetcher, FetchPolicy
from tests.feeds.httpserver import FeedServer

FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title></channel></rss>'


def answer(address: str, port: int) -> list[tuple]:
    return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (address, port))]


def test_a_name_that_rebinds_to_a_private_address_is_never_connected_to_it(server: FeedServer):
    """The first answer is public, every later one private: only the first may be used."""
    calls = []

    def rebinding(host: str, port: int, **kwargs: object) -> list[tuple]:
        calls.append(host)
        return answer("93.184.216.34" if len(calls) == 1 else "127.0.0.1", port)

    server.serve("/feed", FEED)
    policy = FetchPolicy(connect_timeout_s=1.0, total_timeout_s=2.0)
    with Fetcher(policy, resolve=rebinding) as fetcher:
        # `localhost` is what the system resolver would hand an HTTP client that resolved again.
        result = fetcher.fetch(f"http://localhost:{server.port}/feed")
    assert server.requests == []
    assert calls == ["localhost"]  # resolved once, for the check and the connection alike
    assert result.error in {"connection", "timeout"}


def test_a_name_resolving_to_a_private_address_names_the_setting_that_allows_it(
    server: FeedServer,
):
    server.serve("/feed", FEED)
    with Fetcher(FetchPolicy(), resolve=lambda host, port, **_: answer("127.0.0.1", port)) as f:
        result = f.fetch(f"http://feeds.example.org:{server.port}/feed")
    assert result.error == "private_address"
    assert "allow_private_networks" in result.error_detail
    assert server.requests == []


@pytest.fixture
def certificate(tmp_path) -> str:
    """A self-signed certificate (and key) for feed.test and mirror.test, in one PEM file."""
    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    pem, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(pem), "-subj", "/CN=feed.test",
         "-addext", "subjectAltName=DNS:feed.test,DNS:mirror.test"],
        check=True, capture_output=True,
    )  # fmt: skip
    pem.write_text(pem.read_text() + key.read_text())
    return str(pem)


def test_every_hop_connects_to_its_resolved_address_with_its_own_host_and_tls_name(
    certificate, monkeypatch
):
    names_seen: list[str | None] = []
    tls = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    tls.load_cert_chain(certificate)
    tls.sni_callback = lambda sock, name, context: names_seen.append(name)
    monkeypatch.setenv("SSL_CERT_FILE", certificate)  # the fetcher trusts the test certificate
    resolved: list[str] = []

    def resolver(host: str, port: int, **kwargs: object) -> list[tuple]:
        resolved.append(host)
        return answer("127.0.0.1", port)

    server = FeedServer().start(tls)
    try:
        server.redirect("/start", f"https://mirror.test:{server.port}/feed", 302)
        server.serve("/feed", FEED)
        with Fetcher(FetchPolicy(allow_private_networks=True), resolve=resolver) as fetcher:
            result = fetcher.fetch(f"https://feed.test:{server.port}/start")
    finally:
        server.stop()
    assert (result.error, result.status, result.body) == (None, 200, FEED)
    assert resolved == ["feed.test", "mirror.test"]
    assert names_seen == ["feed.test", "mirror.test"]
    assert [(r.path, r.headers["host"]) for r in server.requests] == [
        ("/start", f"feed.test:{server.port}"),
        ("/feed", f"mirror.test:{server.port}"),
    ]
