"""The HTML pages through the ASGI test client: briefing, development, feed health, hostility."""

from __future__ import annotations

import re

import pytest
from starlette.testclient import TestClient

from monitor import events as ev
from monitor.app import Monitor
from monitor.bootstrap import bootstrap
from monitor.settings import FeedConfig, Settings
from monitor.views.render import sections
from monitor.web.app import create_app
from tests.notify.conftest import append, detected, source
from tests.support import rss


def test_the_briefing_has_every_section_of_the_summary_with_sources_and_quotes(client):
    page = client.get("/")
    assert page.status_code == 200
    assert page.headers["content-type"] == "text/html; charset=utf-8"
    summary = client.get("/summary.json").json()
    for title, _ in sections(summary):
        assert f"<h2>{title}</h2>" in page.text
    assert "2 development(s)" not in page.text and "1 development(s)" in page.text
    assert 'href="https://outlet.example.org/news/second" rel="noopener noreferrer"' in page.text
    assert "The ministers signed a memorandum on visa exemption." in page.text
    assert '<blockquote lang="en">' in page.text
    assert 'href="/developments/visa-mou"' in page.text
    assert "Stages: signed (27 Jan 2026)" in page.text


def test_the_chart_has_one_mark_per_month_with_developments(monitor, client):
    append(
        monitor.store,
        detected("talks-a", type="talks", date="2025-11-03", fields={"format": "call"}),
        detected("talks-b", type="talks", date="2025-11-20", fields={"format": "meeting"}),
        detected("plan", type="statement", date="2024", date_precision="year", fields={}),
    )
    monitor.catch_up()
    page = client.get("/").text
    marks = re.findall(r'<g class="month" data-month="([\d-]+)" data-count="(\d+)">', page)
    assert marks == [("2025-11", "2"), ("2026-01", "1")]
    assert "2 month(s) with developments; 1 dated only to a year" in page


def test_documents_signed_on_one_day_are_one_briefing_entry_linking_each_document(monitor, client):
    training = {"instrument": "agreement", "subject": "diplomatic_training", "stage": "signed"}
    append(
        monitor.store,
        detected("training", fields=training, source=source("third", outlet="Kursiv")),
        detected("other-day", date="2026-02-03", fields=training),
    )
    monitor.catch_up()
    page = client.get("/").text
    section = page[page.index('<section id="bilateral-instruments">') :]
    section = section[: section.index("</section>")]
    assert section.count('<li class="fact') == 2  # 27 Jan with two documents, 3 Feb with one
    assert (
        "The two sides signed two documents: a memorandum of understanding on visa exemption and "
        "an agreement on diplomatic training"
    ) in section
    assert 'href="/developments/visa-mou"' in section and 'href="/developments/training"' in section
    assert "3 sources:" in section and 'href="https://outlet.example.org/news/third"' in section
    assert client.get("/developments/training").status_code == 200
    assert (
        "<h1>Agreement on diplomatic training (signed)</h1>"
        in client.get("/developments/training").text
    )
    assert "3 development(s)" in page


def test_the_briefing_travels_in_time_and_keeps_the_day_on_its_links(client):
    page = client.get("/", params={"as_of": "2026-01-28"}).text
    assert "As of 28 Jan 2026" in page and "1 development(s)" in page
    assert 'href="/developments/visa-mou?as_of=2026-01-28"' in page
    assert 'value="2026-01-28"' in page  # the form shows the day asked for
    before = client.get("/", params={"as_of": "2026-01-26"}).text
    assert "0 development(s)" in before
    known = client.get("/", params={"known_at": "2020-01-01"}).text
    assert "as known on 1 Jan 2020" in known and "0 development(s)" in known
    assert client.get("/", params={"as_of": "soon"}).status_code == 400


def test_a_development_page_has_its_stages_sources_and_every_event_with_record_times(client):
    page = client.get("/developments/visa-mou")
    assert page.status_code == 200
    text = page.text
    assert "<h1>Memorandum of understanding on visa exemption (signed)</h1>" in text
    assert "signed: 27 Jan 2026" in text
    for url in (
        "https://outlet.example.org/news/visa-mou",
        "https://outlet.example.org/news/second",
    ):
        assert f'href="{url}" rel="noopener noreferrer"' in text
    events = re.findall(
        r'<tr class="event-(\w+)">\s*<td>(\d+)</td>\s*<td class="recorded">([^<]+)</td>', text
    )
    assert [(kind, position) for kind, position, _ in events] == [
        ("detected", "1"), ("corroborated", "2"),
    ]  # fmt: skip
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC", at) for *_, at in events)


def test_a_retracted_development_shows_its_events_and_an_unknown_one_is_404(client):
    page = client.get("/developments/forum").text
    assert "Not in the briefing" in page
    assert 'class="event-retracted"' in page and "misread" in page
    assert client.get("/developments/nothing-here").status_code == 404
    assert (
        client.get("/developments/visa-mou", params={"known_at": "2020-01-01"}).status_code == 404
    )


def test_hostile_feed_content_is_rendered_harmless(monitor, client):
    hostile = ev.Source(
        article="art-evil", url="javascript:alert(document.cookie)",
        outlet="<script>alert('outlet')</script>",
    )  # fmt: skip
    tabbed = ev.Source(article="art-tab", url="java\tscript:alert(1)", outlet="Tabbed")
    append(
        monitor.store,
        detected(
            "evil", type="statement", date="2026-01-20",
            fields={"speaker": "<img src=x onerror=alert(1)>", "stance": "positive"},
            evidence=["<script>alert('quote')</script> said the minister"], source=hostile,
        ),
        ev.EventCorroborated(key="evil", source=tabbed),
        ev.EventCorroborated(key="evil", source=source("fine", outlet='Fine" onmouseover="x')),
    )  # fmt: skip
    monitor.catch_up()
    for path in ("/", "/developments/evil"):
        text = client.get(path).text
        assert "<script" not in text.lower(), path
        assert "&lt;script&gt;alert(" in text
        assert "<img" not in text and "&lt;img src=x" in text.replace("&#34;", '"')
        hrefs = re.findall(r'href="([^"]*)"', text)
        assert hrefs and all(h.startswith(("/", "http://", "https://")) for h in hrefs), hrefs
        for anchor in re.findall(r"<a [^>]*>", text):
            if 'href="http' in anchor:
                assert 'rel="noopener noreferrer"' in anchor, anchor
        assert 'onmouseover="x' not in text
    page = client.get("/developments/evil").text
    assert "javascript:alert(document.cookie)" in page  # shown as text, never as a link


@pytest.fixture
def polled(sqlite_url, feed_server, store_template):
    """A monitor whose two feeds were polled: one fine, one answering 500."""
    good = feed_server.serve("/good.xml", rss())
    bad = feed_server.serve("/bad.xml?key=s3cret", "down", status=500)
    feeds = [FeedConfig(name="zz-good", url=good), FeedConfig(name="aa-bad", url=bad)]
    settings = Settings(database_url=sqlite_url, allow_private_networks=True, feeds=feeds)
    store_template.fill(sqlite_url)  # a store, not migrated: creating one is not the point
    monitor = Monitor(bootstrap(settings))
    monitor.poll()
    yield monitor
    monitor.close()


def test_the_health_page_lists_failing_feeds_first_and_hides_their_paths(polled):
    with TestClient(create_app(polled)) as client:
        page = client.get("/health").text
    rows = re.findall(r'<tr class="(failing|ok)">\s*<td class="feed">([^<]+)</td>', page)
    assert rows == [("failing", "aa-bad"), ("ok", "zz-good")]
    assert "s3cret" not in page and "/bad.xml" not in page
    assert "http_status: HTTP 500" in page
    assert "2 feed(s), 1 failing" in page


def test_the_stylesheet_is_served_and_pages_answer_head_and_gzip(client):
    css = client.get("/static/style.css")
    assert css.status_code == 200 and css.headers["content-type"].startswith("text/css")
    head = client.head("/")
    assert head.status_code == 200 and head.content == b""
    zipped = client.get("/", headers={"Accept-Encoding": "gzip"})
    assert zipped.headers["content-encoding"] == "gzip" and "<h1>" in zipped.text
    assert client.post("/").status_code == 405


def test_no_page_tells_the_configuration(monitor, sqlite_url):
    http = monitor.settings.http.model_copy(update={"token": "tok-123"})
    tokened = Monitor(bootstrap(monitor.settings.model_copy(update={"http": http})))
    with tokened, TestClient(create_app(tokened, token="tok-123")) as client:
        bearer = {"Authorization": "Bearer tok-123"}
        for path in ("/", "/developments/visa-mou", "/health", "/metrics", "/summary.json"):
            text = client.get(path, headers=bearer).text
            assert "tok-123" not in text and "sqlite" not in text, path
            assert sqlite_url.removeprefix("sqlite:///") not in text, path
