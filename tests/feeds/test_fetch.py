"""Fetcher behaviour against a real HTTP server: statuses, conditional GET, redirects, encodings."""

from __future__ import annotations

import gzip
import socket
import zlib
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import brotli
import pytest

from monitor.errors import MonitorError
from monitor.feeds.fetch import Fetcher, FetchError, FetchPolicy, parse_retry_after
from tests.feeds.httpserver import FeedServer, Handler

FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'


def test_a_200_returns_the_body_headers_and_validators(server: FeedServer, fetcher: Fetcher):
    server.serve(
        "/feed",
        FEED,
        headers={
            "Content-Type": "application/rss+xml",
            "ETag": '"v1"',
            "Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT",
            "Cache-Control": "public, max-age=600",
        },
    )
    result = fetcher.fetch(server.url("/feed"))
    assert result.ok
    assert (result.status, result.body, result.error) == (200, FEED, None)
    assert result.final_url == server.url("/feed")
    assert result.headers["content-type"] == "application/rss+xml"
    assert result.etag == '"v1"'
    assert result.last_modified == "Mon, 01 Jan 2024 00:00:00 GMT"
    assert result.cache_max_age == 600
    assert result.permanent_redirect_to is None
    assert result.elapsed_ms >= 0


def test_requests_carry_the_user_agent_accept_and_compression_headers(
    server: FeedServer, make_fetcher
):
    server.serve("/feed", FEED)
    make_fetcher(user_agent="test-agent/1").fetch(server.url("/feed"))
    sent = server.requests[-1].headers
    assert sent["user-agent"] == "test-agent/1"
    assert "application/rss+xml" in sent["accept"]
    assert {"gzip", "deflate", "br"} <= {e.strip() for e in sent["accept-encoding"].split(",")}
    assert "if-none-match" not in sent


def _conditional(h: Handler) -> None:
    if h.headers.get("If-None-Match") == '"v1"':
        h.reply(304, headers={"ETag": '"v1"'})
    elif h.headers.get("If-Modified-Since") == "Mon, 01 Jan 2024 00:00:00 GMT":
        h.reply(304)
    else:
        h.reply(200, FEED, {"ETag": '"v1"', "Last-Modified": "Mon, 01 Jan 2024 00:00:00 GMT"})


def test_a_conditional_get_with_a_matching_etag_is_not_modified(
    server: FeedServer, fetcher: Fetcher
):
    server.route("/feed", _conditional)
    first = fetcher.fetch(server.url("/feed"))
    second = fetcher.fetch(server.url("/feed"), etag=first.etag)
    assert server.requests[-1].headers["if-none-match"] == '"v1"'
    assert second.status == 304 and second.not_modified
    assert (second.body, second.error) == (None, None)
    assert second.etag == '"v1"'


def test_a_304_without_validators_keeps_the_ones_sent(server: FeedServer, fetcher: Fetcher):
    server.route("/feed", _conditional)
    result = fetcher.fetch(server.url("/feed"), last_modified="Mon, 01 Jan 2024 00:00:00 GMT")
    assert server.requests[-1].headers["if-modified-since"] == "Mon, 01 Jan 2024 00:00:00 GMT"
    assert result.not_modified
    assert result.last_modified == "Mon, 01 Jan 2024 00:00:00 GMT"


def test_permanent_redirects_all_the_way_report_the_new_url(server: FeedServer, fetcher: Fetcher):
    server.redirect("/old", "/older", 301)
    server.redirect("/older", server.url("/new"), 308)
    server.serve("/new", FEED)
    result = fetcher.fetch(server.url("/old"))
    assert result.body == FEED
    assert result.final_url == server.url("/new")
    assert result.permanent_redirect_to == server.url("/new")


@pytest.mark.parametrize("temporary", [302, 303, 307])
def test_a_temporary_hop_means_the_feed_has_not_moved(
    server: FeedServer, fetcher: Fetcher, temporary: int
):
    server.redirect("/old", "/mid", 301)
    server.redirect("/mid", "/new", temporary)
    server.serve("/new", FEED)
    result = fetcher.fetch(server.url("/old"))
    assert result.body == FEED
    assert result.final_url == server.url("/new")
    assert result.permanent_redirect_to is None


def test_a_permanent_redirect_to_an_error_is_not_a_move(server: FeedServer, fetcher: Fetcher):
    server.redirect("/old", "/missing", 301)
    result = fetcher.fetch(server.url("/old"))
    assert (result.status, result.error) == (404, "http_status")
    assert result.permanent_redirect_to is None


def test_a_redirect_loop_is_reported(server: FeedServer, fetcher: Fetcher):
    server.redirect("/a", "/b", 302)
    server.redirect("/b", "/a#again", 302)
    result = fetcher.fetch(server.url("/a"))
    assert result.error == "redirect_loop"
    assert result.body is None


def test_more_redirects_than_the_policy_allows_fail(server: FeedServer, make_fetcher):
    for i in range(7):
        server.redirect(f"/r{i}", f"/r{i + 1}", 302)
    server.serve("/r7", FEED)
    fetcher = make_fetcher(max_redirects=5)
    assert fetcher.fetch(server.url("/r2")).body == FEED  # exactly five hops is fine
    result = fetcher.fetch(server.url("/r0"))
    assert result.error == "too_many_redirects"
    assert len(server.requests) == 6 + 6


def test_a_redirect_to_a_file_url_is_refused(server: FeedServer, fetcher: Fetcher):
    server.redirect("/feed", "file:///etc/passwd", 302)
    result = fetcher.fetch(server.url("/feed"))
    assert result.error == "bad_scheme"
    assert result.body is None


def test_a_410_marks_the_feed_gone(server: FeedServer, fetcher: Fetcher):
    server.serve("/feed", b"gone", status=410)
    result = fetcher.fetch(server.url("/feed"))
    assert (result.status, result.gone, result.body) == (410, True, None)
    assert result.error == "http_status"


def test_a_429_with_retry_after_seconds_is_honoured(server: FeedServer, fetcher: Fetcher):
    server.serve("/feed", status=429, headers={"Retry-After": "120"})
    result = fetcher.fetch(server.url("/feed"))
    assert (result.status, result.error, result.retry_after_seconds) == (429, "http_status", 120.0)
    assert not result.gone


def test_a_503_with_retry_after_as_an_http_date_is_honoured(server: FeedServer, fetcher: Fetcher):
    when = datetime.now(UTC) + timedelta(seconds=90)
    server.serve("/feed", status=503, headers={"Retry-After": format_datetime(when, usegmt=True)})
    result = fetcher.fetch(server.url("/feed"))
    assert result.status == 503
    assert result.retry_after_seconds is not None
    assert 85 <= result.retry_after_seconds <= 90


def test_a_500_is_an_http_status_error_without_retry_hint(server: FeedServer, fetcher: Fetcher):
    server.serve("/feed", b"oops", status=500, headers={"Retry-After": "5"})
    result = fetcher.fetch(server.url("/feed"))
    assert (result.status, result.error, result.retry_after_seconds) == (500, "http_status", None)
    assert "500" in (result.error_detail or "")
    with pytest.raises(FetchError) as raised:
        result.raise_for_error()
    assert isinstance(raised.value, MonitorError)
    assert raised.value.code == "http_status"


def test_retry_after_parsing_handles_past_dates_and_garbage():
    now = datetime(2024, 1, 1, tzinfo=UTC)
    assert parse_retry_after("Sun, 31 Dec 2023 23:59:00 GMT", now) == 0.0
    assert parse_retry_after("Mon, 01 Jan 2024 00:00:30 GMT", now) == 30.0
    assert parse_retry_after("soon", now) is None
    assert parse_retry_after("", now) is None


def test_a_refused_connection_is_a_connection_error(fetcher: Fetcher):
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    result = fetcher.fetch(f"http://127.0.0.1:{port}/feed")
    assert (result.status, result.error, result.body) == (None, "connection", None)


def test_a_gzip_response_is_decoded(server: FeedServer, fetcher: Fetcher):
    server.serve("/feed", gzip.compress(FEED), headers={"Content-Encoding": "gzip"})
    assert fetcher.fetch(server.url("/feed")).body == FEED


@pytest.mark.parametrize("wbits", [15, -15], ids=["zlib-wrapped", "raw"])
def test_a_deflate_response_is_decoded_in_either_framing(
    server: FeedServer, fetcher: Fetcher, wbits: int
):
    packer = zlib.compressobj(wbits=wbits)
    server.serve(
        "/feed", packer.compress(FEED) + packer.flush(), headers={"Content-Encoding": "deflate"}
    )
    assert fetcher.fetch(server.url("/feed")).body == FEED


def test_a_brotli_response_is_decoded(server: FeedServer, fetcher: Fetcher):
    server.serve("/feed", brotli.compress(FEED), headers={"Content-Encoding": "br"})
    result = fetcher.fetch(server.url("/feed"))
    assert (result.body, result.error) == (FEED, None)


def test_corrupt_gzip_is_a_decoding_error(server: FeedServer, fetcher: Fetcher):
    server.serve("/feed", b"\x1f\x8bnot really gzip", headers={"Content-Encoding": "gzip"})
    result = fetcher.fetch(server.url("/feed"))
    assert (result.error, result.body) == ("decoding", None)


def test_an_unknown_content_encoding_is_a_decoding_error(server: FeedServer, fetcher: Fetcher):
    server.serve("/feed", FEED, headers={"Content-Encoding": "zstd"})
    assert fetcher.fetch(server.url("/feed")).error == "decoding"


def test_fetch_page_decodes_html_by_its_meta_charset(server: FeedServer, fetcher: Fetcher):
    html = '<html><head><meta charset="windows-1251"></head><body><p>Астана</p></body></html>'
    server.serve("/page", html.encode("cp1251"), headers={"Content-Type": "text/html"})
    result = fetcher.fetch_page(server.url("/page"))
    assert result.error is None
    assert result.text is not None and "Астана" in result.text
    assert "text/html" in server.requests[-1].headers["accept"]


def test_fetch_page_refuses_a_non_html_document(server: FeedServer, fetcher: Fetcher):
    server.serve("/doc.pdf", b"%PDF-1.7", headers={"Content-Type": "application/pdf"})
    result = fetcher.fetch_page(server.url("/doc.pdf"))
    assert (result.error, result.text) == ("not_html", None)


def test_a_caller_supplied_client_is_used_and_left_open(server: FeedServer):
    import httpx

    server.serve("/feed", FEED)
    with httpx.Client() as client:
        fetcher = Fetcher(FetchPolicy(allow_private_networks=True), client)
        assert fetcher.fetch(server.url("/feed")).body == FEED
        fetcher.close()
        assert not client.is_closed


def test_cookies_are_not_kept_between_fetches(server: FeedServer, fetcher: Fetcher):
    server.serve("/feed", FEED, headers={"Set-Cookie": "track=1; Path=/"})
    fetcher.fetch(server.url("/feed"))
    fetcher.fetch(server.url("/feed"))
    assert "cookie" not in server.requests[-1].headers


def test_a_fetched_brotli_koi8r_feed_parses_end_to_end(server: FeedServer, fetcher: Fetcher):
    from monitor.feeds.parse import parse_feed

    title = "Казахстан и Израиль подписали соглашение о сотрудничестве в области водных ресурсов"
    item = f"<item><title>{title}</title><guid>1</guid></item>"
    xml = f'<rss version="2.0"><channel>{item}</channel></rss>'
    server.serve(
        "/feed",
        brotli.compress(xml.encode("koi8-r")),
        headers={"Content-Encoding": "br", "Content-Type": "application/rss+xml"},
    )
    result = fetcher.fetch(server.url("/feed"))
    feed = parse_feed(result.body or b"", result.headers, result.final_url)
    assert [e.title for e in feed.entries] == [title]


def test_a_deflate_body_arriving_one_byte_at_a_time_is_decoded(server: FeedServer, fetcher):
    packer = zlib.compressobj(wbits=15)
    packed = packer.compress(FEED) + packer.flush()
    server.route(
        "/feed",
        lambda h: h.reply_chunked(
            200, (packed[i : i + 1] for i in range(len(packed))), {"Content-Encoding": "deflate"}
        ),
    )
    assert fetcher.fetch(server.url("/feed")).body == FEED
