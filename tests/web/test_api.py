"""The machine-readable paths through the ASGI test client: every status and header they set."""

from __future__ import annotations

import gzip
from xml.etree import ElementTree as ET

import pytest
import sqlalchemy as sa
from starlette.testclient import TestClient

from monitor.web.app import MAX_URL, create_app

ATOM = "{http://www.w3.org/2005/Atom}"


def test_summary_json_holds_the_developments_with_their_sources(client):
    response = client.get("/summary.json")
    assert response.status_code == 200
    assert response.headers["content-type"] == "application/json"
    assert response.headers["cache-control"] == "no-cache"
    summary = response.json()
    assert summary["developments"] == 1  # the retracted forum is left out
    (signing,) = summary["instruments"]
    (visa,) = signing["documents"]
    assert visa["key"] == "visa-mou" and visa["source_count"] == 2
    assert sorted(signing["sources"], key=str) == sorted(visa["sources"], key=str)


def test_summary_json_travels_in_time_with_as_of_and_known_at(client):
    before = client.get("/summary.json", params={"as_of": "2026-01-01"}).json()
    assert before["as_of"] == "2026-01-01" and before["developments"] == 0  # signed on 27 Jan
    known = client.get("/summary.json", params={"known_at": "2020-01-01"}).json()
    assert known["known_at"] == "2020-01-01" and known["developments"] == 0  # recorded since
    for bad in ({"as_of": "yesterday"}, {"known_at": "2026-13-01"}):
        refused = client.get("/summary.json", params=bad)
        assert refused.status_code == 400 and "YYYY-MM-DD" in refused.text


def test_the_atom_feed_names_itself_and_links_every_source(client):
    response = client.get("/developments.atom")
    assert response.headers["content-type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(response.content)
    (entry,) = feed.findall(f"{ATOM}entry")
    assert entry.findtext(f"{ATOM}id").endswith("/visa-mou")
    links = [link.get("href") for link in entry.findall(f"{ATOM}link")]
    assert "https://outlet.example.org/news/second" in links
    (self_link,) = [link for link in feed.findall(f"{ATOM}link") if link.get("rel") == "self"]
    assert self_link.get("href") == "http://testserver/developments.atom"


def test_the_calendar_is_served_as_icalendar(client):
    response = client.get("/developments.ics")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/calendar; charset=utf-8"
    assert response.text.startswith("BEGIN:VCALENDAR\r\n")


def test_healthz_is_ok_while_readers_keep_up(client, monitor):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "head": monitor.head()}


def test_head_answers_like_get_without_a_body(client):
    for path in ("/summary.json", "/developments.atom", "/healthz"):
        got, head = client.get(path), client.head(path)
        assert head.status_code == 200 and head.content == b""
        assert head.headers["content-type"] == got.headers["content-type"]


def test_unknown_paths_are_404_and_writes_are_405_with_allow(client):
    assert client.get("/admin").status_code == 404
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        refused = client.request(method, "/summary.json", content=b"{}")
        assert refused.status_code == 405, method
        assert set(refused.headers["allow"].replace(" ", "").split(",")) == {"GET", "HEAD"}


def test_a_url_longer_than_the_limit_is_414(client):
    assert client.get("/summary.json?as_of=2026-01-01&x=" + "a" * 100).status_code == 200
    response = client.get("/summary.json?x=" + "a" * MAX_URL)
    assert response.status_code == 414


def test_large_answers_are_gzipped_when_asked(client):
    plain = client.get("/summary.json", headers={"Accept-Encoding": "identity"})
    assert "content-encoding" not in plain.headers
    zipped = client.get("/summary.json", headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip"
    assert zipped.headers["vary"] == "Accept-Encoding"
    # httpx unpacks it; the wire held fewer bytes than the document
    assert zipped.json() == plain.json()
    assert int(zipped.headers["content-length"]) < len(plain.content)
    assert len(gzip.compress(plain.content)) < len(plain.content)


def test_every_response_carries_headers_that_keep_it_inert(client):
    for path in ("/summary.json", "/healthz", "/nowhere"):
        headers = client.get(path).headers
        assert "default-src 'none'" in headers["content-security-policy"]
        assert headers["x-content-type-options"] == "nosniff"
        assert headers["referrer-policy"] == "no-referrer"
        assert headers["x-frame-options"] == "DENY"


@pytest.fixture
def guarded(monitor):
    with TestClient(create_app(monitor, token="s3cret-token"), raise_server_exceptions=False) as c:
        yield c


def test_with_a_token_every_path_wants_it_except_healthz(guarded):
    for path in ("/summary.json", "/developments.atom", "/developments.ics", "/nowhere"):
        refused = guarded.get(path)
        assert refused.status_code == 401, path
        assert refused.headers["www-authenticate"] == "Bearer"
        assert "s3cret" not in refused.text
    wrong = {"Authorization": "Bearer s3cret-tokeN"}
    assert guarded.get("/summary.json", headers=wrong).status_code == 401
    bare = {"Authorization": "s3cret-token"}
    assert guarded.get("/summary.json", headers=bare).status_code == 401
    right = {"Authorization": "Bearer s3cret-token"}
    assert guarded.get("/summary.json", headers=right).status_code == 200
    assert guarded.get("/nowhere", headers=right).status_code == 404
    assert guarded.get("/healthz").status_code == 200


def test_a_store_that_cannot_be_read_is_503_and_names_nothing_of_the_configuration(
    client, monitor, sqlite_url
):
    with monitor.store.engine.begin() as conn:
        conn.execute(sa.text("DROP TABLE view_developments"))
    response = client.get("/summary.json")
    assert response.status_code == 503
    assert "unavailable" in response.text
    assert "sqlite" not in response.text and "view_developments" not in response.text


def test_answers_are_kept_until_the_log_or_a_reader_moves_on(client, monitor, monkeypatch):
    from monitor.web import cache
    from tests.notify.conftest import append, detected

    assert client.get("/summary.json").json()["developments"] == 1
    append(monitor.store, detected("talks", type="talks", fields={"format": "call"}))
    monkeypatch.setattr(cache, "CHECK", 3600.0)  # not looked at again: the kept answer
    assert client.get("/summary.json").json()["developments"] == 1
    monkeypatch.setattr(cache, "CHECK", 0.0)
    assert client.get("/summary.json").json()["developments"] == 1  # the view is behind yet
    monitor.catch_up()
    assert client.get("/summary.json").json()["developments"] == 2
    assert "2 development(s)" in client.get("/").text
