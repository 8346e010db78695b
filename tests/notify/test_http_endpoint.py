"""The optional read-only HTTP endpoint: health, summary JSON and an Atom feed; no writes."""

from __future__ import annotations

from xml.etree import ElementTree as ET

import httpx
import pytest

from monitor import events as ev
from monitor.notify.http_endpoint import HttpEndpoint
from tests.notify.conftest import append, detected, source

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def endpoint(make_monitor):
    monitor = make_monitor()
    append(
        monitor.store,
        detected("visa-mou"),
        ev.EventCorroborated(key="visa-mou", source=source("second")),
        detected("forum", type="economic", fields={"sector": "cyber"}),
        ev.EventRetracted(key="forum", reason="misread"),
    )
    monitor.catch_up()
    running = HttpEndpoint(monitor, "127.0.0.1", 0).start()
    yield running
    running.stop()


def test_the_endpoint_serves_health_the_summary_and_an_atom_feed(endpoint):
    with httpx.Client(base_url=endpoint.url) as client:
        health = client.get("/healthz")
        assert health.status_code == 200
        assert health.json() == {"status": "ok", "head": 4}

        summary = client.get("/summary.json").json()
        assert summary["developments"] == 1  # the retracted one is left out
        (visa,) = summary["instruments"]
        assert visa["key"] == "visa-mou" and visa["source_count"] == 2
        assert [s["url"] for s in visa["sources"]] == [
            "https://outlet.example.org/news/visa-mou", "https://outlet.example.org/news/second",
        ]  # fmt: skip

        atom = client.get("/developments.atom")
        assert atom.headers["content-type"].startswith("application/atom+xml")
        feed = ET.fromstring(atom.content)
        (entry,) = feed.findall(f"{ATOM}entry")
        assert entry.findtext(f"{ATOM}id").endswith("/visa-mou")
        links = [link.get("href") for link in entry.findall(f"{ATOM}link")]
        assert "https://outlet.example.org/news/second" in links


def test_the_endpoint_refuses_writes_and_unknown_paths(endpoint):
    with httpx.Client(base_url=endpoint.url) as client:
        assert client.post("/summary.json", content=b"{}").status_code == 405
        assert client.delete("/healthz").status_code == 405
        assert client.get("/admin").status_code == 404


def test_the_endpoint_binds_to_loopback_by_default(make_monitor):
    endpoint = HttpEndpoint(make_monitor(), port=0)
    try:
        assert endpoint.httpd.server_address[0] == "127.0.0.1"
    finally:
        endpoint.httpd.server_close()
