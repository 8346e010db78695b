"""Feed parsing: plain-text entries, hostile XML, wrong or missing charsets, non-feeds."""

from __future__ import annotations

import io
import time
from datetime import UTC, datetime
from pathlib import Path

import feedparser
import pytest

from monitor.feeds.parse import extract_main_text, html_to_text, parse_feed

URL = "https://news.example.kz/feed/"
RSS_HEADERS = {"Content-Type": "application/rss+xml; charset=utf-8"}
RU = (
    "Казахстан и Израиль подписали соглашение о сотрудничестве в области сельского хозяйства "
    "и водных ресурсов. Министры обсудили совместные проекты."
)
JA = (
    "カザフスタンとイスラエルは農業と水資源の分野での協力に関する協定に署名しました。"
    "両国の首脳は会談を行いました。"
)


def rss(items: str, channel: str = "<title>Kazinform</title>", decl: str = "") -> str:
    return (
        f'<?xml version="1.0"{decl}?>\n<rss version="2.0" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" '
        'xmlns:sy="http://purl.org/rss/1.0/modules/syndication/">'
        f"<channel>{channel}{items}</channel></rss>"
    )


def item(title: str, description: str = "body", guid: str = "g1") -> str:
    return (
        f"<item><title>{title}</title><description>{description}</description>"
        f"<guid>{guid}</guid></item>"
    )


def test_an_rss_item_becomes_a_plain_text_entry():
    body = rss(
        "<item><title>Astana &amp; Jerusalem sign MoU</title>"
        "<link>/2024/01/mou.html</link><guid isPermaLink='false'>kz-123</guid>"
        "<dc:creator>A. Writer</dc:creator>"
        "<pubDate>Mon, 01 Jan 2024 12:30:00 +0600</pubDate>"
        "<description><![CDATA[<p>First &amp; foremost.</p><script>alert(1)</script>"
        "<style>p{}</style><p>Second<br>line&nbsp;here</p>]]></description></item>",
        channel="<title>Kazinform</title><language>ru-RU</language><ttl>45</ttl>",
    ).encode()
    feed = parse_feed(body, RSS_HEADERS, URL)
    assert feed.is_feed and not feed.bozo and feed.error is None
    assert (feed.title, feed.ttl_minutes, feed.version) == ("Kazinform", 45, "rss20")
    [entry] = feed.entries
    assert entry.guid == "kz-123"
    assert entry.link == "https://news.example.kz/2024/01/mou.html"
    assert entry.title == "Astana & Jerusalem sign MoU"
    assert entry.text == "First & foremost.\nSecond\nline here"
    assert entry.published == datetime(2024, 1, 1, 6, 30, tzinfo=UTC)
    assert entry.author == "A. Writer"
    assert entry.language == "ru-ru"


def test_an_atom_entry_prefers_html_content_and_its_language():
    body = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
  <title>Times of Israel</title>
  <entry>
    <id>tag:example.org,2024:1</id>
    <title type="html">Visit to &lt;b&gt;Almaty&lt;/b&gt;</title>
    <link href="https://example.org/a/1"/>
    <updated>2024-02-03T04:05:06Z</updated>
    <summary>short</summary>
    <content type="html" xml:lang="he">&lt;p&gt;Long &lt;i&gt;body&lt;/i&gt;&lt;/p&gt;</content>
  </entry>
</feed>"""
    feed = parse_feed(body, {"Content-Type": "application/atom+xml"}, URL)
    [entry] = feed.entries
    assert (entry.guid, entry.link, entry.title) == (
        "tag:example.org,2024:1",
        "https://example.org/a/1",
        "Visit to Almaty",
    )
    assert entry.text == "Long body"
    assert entry.language == "he"
    assert entry.published == datetime(2024, 2, 3, 4, 5, 6, tzinfo=UTC)


def test_syndication_update_period_gives_a_ttl():
    channel = (
        "<title>t</title><sy:updatePeriod>hourly</sy:updatePeriod>"
        "<sy:updateFrequency>2</sy:updateFrequency>"
    )
    assert parse_feed(rss(item("a"), channel).encode(), RSS_HEADERS, URL).ttl_minutes == 30


def test_an_entry_without_dates_or_guid_has_none():
    feed = parse_feed(rss("<item><title>only a title</title></item>").encode(), RSS_HEADERS, URL)
    [entry] = feed.entries
    assert (entry.guid, entry.link, entry.published, entry.author) == (None, None, None, None)


def test_a_malformed_feed_is_bozo_but_keeps_its_entries():
    body = rss(item("Fish & chips <b>unclosed", guid="a") + item("Second", guid="b")).encode()
    feed = parse_feed(body, RSS_HEADERS, URL)
    assert feed.bozo and feed.bozo_message
    assert feed.is_feed
    assert [e.guid for e in feed.entries] == ["a", "b"]


@pytest.mark.parametrize("body", [b"", b"   \n\t "], ids=["empty", "whitespace"])
def test_an_empty_body_is_a_recorded_error(body: bytes):
    feed = parse_feed(body, RSS_HEADERS, URL)
    assert (feed.is_feed, feed.error, feed.entries) == (False, "empty_body", [])


def test_an_html_page_is_not_a_feed():
    body = b"<!doctype html><html><head><title>Home</title></head><body><p>Hi</p></body></html>"
    feed = parse_feed(body, {"Content-Type": "text/html"}, URL)
    assert (feed.is_feed, feed.error, feed.entries) == (False, "not_a_feed", [])


def test_garbage_bytes_are_not_a_feed():
    feed = parse_feed(bytes(range(256)) * 10, {}, URL)
    assert (feed.is_feed, feed.error) == (False, "not_a_feed")


def test_a_body_naming_a_local_file_is_not_read_as_that_file():
    feed = parse_feed(b"/etc/passwd", {}, URL)
    assert (feed.is_feed, feed.entries, feed.title) == (False, [], None)
    assert "root:" not in repr(feed)


XXE = """<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY xxe SYSTEM "file:///etc/passwd">
]>
<rss version="2.0"><channel><title>t &xxe;</title>
<item><title>a &xxe;</title><description>&xxe;</description></item></channel></rss>"""


def test_an_external_entity_is_refused_and_never_read():
    feed = parse_feed(XXE.encode(), RSS_HEADERS, URL)
    assert (feed.is_feed, feed.error, feed.entries) == (False, "xml_entities", [])
    assert "root:" not in repr(feed)


@pytest.mark.skipif(not Path("/etc/passwd").exists(), reason="needs a local file to try to leak")
def test_feedparser_itself_does_not_expand_external_entities():
    """A canary: if a feedparser upgrade starts reading them, the pre-screen is all that is left."""
    result = feedparser.parse(io.BytesIO(XXE.encode()), sanitize_html=False)
    assert "root:" not in repr(result)


def _billion_laughs() -> bytes:
    decls = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n' + "\n".join(decls) + "\n]>\n"
        '<rss version="2.0"><channel><title>&lol9;</title>'
        "<item><title>&lol9;</title></item></channel></rss>"
    ).encode()


def _quadratic_blowup() -> bytes:
    """One 100 KB entity used 10,000 times: 1 GB if expanded, as feedparser's loose parser does."""
    return (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY a "' + "x" * 100_000 + '">\n]>\n'
        '<rss version="2.0"><channel><title>t</title><item><title>a</title><description>'
        + "&a;" * 10_000
        + "</description></item></channel></rss>"
    ).encode()


@pytest.mark.parametrize(
    "body", [_billion_laughs(), _quadratic_blowup()], ids=["laughs", "quadratic"]
)
def test_entity_expansion_bombs_are_refused_quickly(body: bytes):
    started = time.monotonic()
    feed = parse_feed(body, RSS_HEADERS, URL)
    assert time.monotonic() - started < 1.0
    assert (feed.is_feed, feed.error) == (False, "xml_entities")


@pytest.mark.parametrize("codec", ["utf-16", "utf-32-be", "utf-7", "cp037"])
def test_an_entity_declaration_in_a_non_ascii_encoding_is_refused(codec: str):
    prolog = '<?xml version="1.0"?>'
    text = _quadratic_blowup().decode().replace(prolog, f'<?xml version="1.0" encoding="{codec}"?>')
    headers = {"Content-Type": f"application/rss+xml; charset={codec}"}
    assert parse_feed(text.encode(codec), headers, URL).error == "xml_entities"


def test_a_single_character_entity_is_harmless_and_allowed():
    body = (
        '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY nbsp "&#160;">\n]>\n'
        + rss(item("a&nbsp;b"))[len('<?xml version="1.0"?>\n') :]
    ).encode()
    feed = parse_feed(body, RSS_HEADERS, URL)
    assert feed.error is None
    assert feed.entries[0].title == "a b"


def test_koi8r_bytes_declared_as_utf8_still_decode_to_cyrillic():
    body = rss(item(RU, RU)).encode("koi8-r")
    feed = parse_feed(body, RSS_HEADERS, URL)
    assert feed.is_feed and feed.bozo
    assert feed.entries[0].title == RU


def test_utf8_bytes_declared_as_koi8r_are_read_as_utf8():
    body = rss(item(RU, RU)).encode("utf-8")
    feed = parse_feed(body, {"Content-Type": "application/rss+xml; charset=koi8-r"}, URL)
    assert feed.is_feed and feed.bozo
    assert "koi8" in (feed.bozo_message or "")
    assert feed.entries[0].title == RU


@pytest.mark.parametrize(
    ("text", "codec"), [(RU, "koi8-r"), (JA, "shift_jis")], ids=["koi8-r", "shift-jis"]
)
@pytest.mark.parametrize(
    "headers",
    [{}, {"Content-Type": "application/rss+xml"}, {"Content-Type": "text/xml"}, {"Server": "x"}],
    ids=["no-headers", "xml-no-charset", "text-xml", "no-content-type"],
)
def test_an_undeclared_legacy_charset_is_detected(text: str, codec: str, headers: dict[str, str]):
    feed = parse_feed(rss(item(text, text)).encode(codec), headers, URL)
    assert feed.is_feed
    assert feed.entries[0].title == text


@pytest.mark.parametrize("charset", ["rot13", "zlib", "base64", "no-such-charset", "utf-7"])
def test_a_bogus_declared_charset_does_not_crash(charset: str):
    body = rss(item("Astana")).encode()
    feed = parse_feed(body, {"Content-Type": f"application/rss+xml; charset={charset}"}, URL)
    assert feed.is_feed
    assert feed.entries[0].title == "Astana"


def test_ten_thousand_entries_parse():
    items = "".join(
        f"<item><title>Item {i}</title><link>https://x.kz/{i}</link><guid>g{i}</guid>"
        f"<description>&lt;p&gt;Para {i}&lt;/p&gt;</description></item>"
        for i in range(10_000)
    )
    feed = parse_feed(rss(items).encode(), RSS_HEADERS, URL)
    assert len(feed.entries) == 10_000
    assert feed.entries[9_999].guid == "g9999"
    assert feed.entries[9_999].text == "Para 9999"


def test_html_to_text_keeps_blocks_as_lines_and_drops_code():
    html = (
        "<div>Intro&nbsp;text</div><ul><li>one</li><li>two</li></ul>"
        "<noscript>x</noscript><script>var a = '<p>';</script><h2>Head &#8212; line</h2>"
    )
    assert html_to_text(html) == "Intro text\none\ntwo\nHead — line"
    assert html_to_text("  plain \n\n  text  ") == "plain\ntext"


def test_extract_main_text_finds_the_article_body():
    paragraph = (
        "The foreign ministers of Kazakhstan and Israel met in Astana on Tuesday to discuss "
        "cooperation in agriculture, water technology and cyber security, officials said."
    )
    html = (
        "<html><head><title>Story</title></head><body><nav><a href='/'>Home</a></nav>"
        f"<article><h1>Ministers meet</h1><p>{paragraph}</p><p>{paragraph}</p></article>"
        "<footer>Copyright</footer></body></html>"
    )
    text = extract_main_text(html.encode(), "https://example.kz/story")
    assert text is not None and "foreign ministers of Kazakhstan" in text
    assert "Copyright" not in text
    assert extract_main_text(b"", "https://example.kz/empty") is None
