"""Article identity: canonical URLs, entry ids, content hashes."""

from __future__ import annotations

import base64

import pytest

from monitor.feeds.identity import canonical_url, content_hash, entry_uid


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        (
            "https://example.kz/a?utm_source=rss&id=7&utm_medium=feed&UTM_Campaign=x",
            "https://example.kz/a?id=7",
        ),
        ("https://example.kz/a?fbclid=1&b=2&gclid=3&a=1&yclid=4", "https://example.kz/a?b=2&a=1"),
        ("https://example.kz/a?mc_cid=1&mc_eid=2&ocid=3&cmpid=4&_ga=5", "https://example.kz/a"),
        ("https://example.kz/a#comments", "https://example.kz/a"),
        ("HTTPS://Example.KZ/Path/Case", "https://example.kz/Path/Case"),
        ("http://example.kz:80/a", "http://example.kz/a"),
        ("https://example.kz:443/a", "https://example.kz/a"),
        ("https://example.kz:8443/a", "https://example.kz:8443/a"),
        ("https://example.kz", "https://example.kz/"),
        ("https://example.kz/a?q=%20x&empty=", "https://example.kz/a?q=%20x&empty="),
        (
            "https://news.google.com/articles/x?url=https://example.kz/a%3Fb%3D1&utm_source=g",
            "https://example.kz/a?b=1",
        ),
    ],
)
def test_canonical_url(url: str, canonical: str):
    assert canonical_url(url) == canonical


def _google_news_link(target: bytes) -> str:
    payload = b"\x08\x13\x22" + bytes([len(target)]) + target + b"\xd2\x01\x00"
    token = base64.urlsafe_b64encode(payload).decode().rstrip("=")
    return f"https://news.google.com/rss/articles/{token}?oc=5"


def test_an_old_style_google_news_link_is_decoded_to_its_target():
    link = _google_news_link(b"https://www.inform.kz/en/news-1.html?utm_source=gn")
    assert canonical_url(link) == "https://www.inform.kz/en/news-1.html"


def test_an_opaque_google_news_link_is_kept():
    link = "https://news.google.com/rss/articles/CBMiAU_yqLNopaqueToken?oc=5"
    assert canonical_url(link) == link


def test_the_guid_wins_over_link_and_text():
    a = entry_uid("urn:x:1", "https://a.kz/1", "Title", "Text")
    b = entry_uid("  urn:x:1 ", "https://b.kz/other", "Other", "Changed")
    assert a == b
    assert len(a) == 32 and int(a, 16) >= 0


def test_a_blank_guid_falls_back_to_the_canonical_link():
    a = entry_uid("   ", "https://a.kz/1?utm_source=rss#top", "Title", "Text")
    b = entry_uid(None, "HTTPS://A.KZ/1", "Different", "Different")
    assert a == b
    assert a != entry_uid(None, "https://a.kz/2", "Title", "Text")


def test_without_guid_or_link_the_normalised_title_and_text_decide():
    a = entry_uid(None, None, "  Astana  talks ", "Line one\n\nline two")
    assert a == entry_uid("", "", "Astana talks", "Line one line two")
    assert a != entry_uid(None, None, "Astana talks", "Line one line three")


def test_non_url_guids_are_scoped_to_their_feed_but_url_guids_are_not():
    one, other = (entry_uid("123", None, "t", "x", scope=feed) for feed in ("a", "b"))
    assert one != other
    url = "https://a.kz/1"
    assert entry_uid(url, None, "t", "x", scope="a") == entry_uid(url, None, "t", "x", scope="b")


def test_content_hash_notices_changes_but_not_whitespace():
    base = content_hash("Title", "Some  text\n")
    assert base == content_hash(" Title ", "Some text")
    assert base != content_hash("Title", "Some text, revised")
    assert base != content_hash("Title!", "Some text")
