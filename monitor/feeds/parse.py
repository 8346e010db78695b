"""Turn fetched bytes into plain-text feed entries and article text."""

from __future__ import annotations

import codecs
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import chardet
import feedparser
from selectolax.lexbor import LexborHTMLParser

_DROP_TAGS = ["script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "head"]
_BLOCK_SELECTOR = (
    "p,div,br,hr,li,ul,ol,dl,dt,dd,h1,h2,h3,h4,h5,h6,blockquote,pre,table,tr,caption,"
    "section,article,aside,header,footer,figure,figcaption,address"
)
_SY_PERIOD_MINUTES = {
    "hourly": 60,
    "daily": 1440,
    "weekly": 10080,
    "monthly": 43200,
    "yearly": 525600,
}

# Entity declarations are refused because feedparser's fallback (loose) parser expands the
# "safe" ones itself: one 100 KB entity referenced 10,000 times took 27 s and 3 GB (measured on
# feedparser 6.0.14). An entity whose value is a single character reference cannot amplify.
_ENTITY = b"<!ENTITY"
_CHAR_REF_ENTITY = re.compile(rb'<!ENTITY\s+[\w.:-]+\s+"&#(?:[0-9]+|x[0-9A-Fa-f]+);"\s*>')
_WIDE_ENTITY_MARKS = tuple(
    "<!ENTITY".encode(codec)
    for codec in ("utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be", "cp037")
)
_FIRST_ELEMENT = re.compile(rb"<\w")
_XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([\w.:-]+)["']""")
_HEADER_CHARSET = re.compile(r"""charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)


@dataclass(frozen=True)
class ParsedEntry:
    """One feed item reduced to plain text."""

    guid: str | None
    link: str | None
    title: str
    text: str
    published: datetime | None
    author: str | None
    language: str | None


@dataclass(frozen=True)
class ParsedFeed:
    """A parsed feed; `is_feed` False with an `error` code when the body was not a usable feed."""

    title: str | None = None
    link: str | None = None
    entries: list[ParsedEntry] = field(default_factory=list)
    bozo: bool = False
    bozo_message: str | None = None
    ttl_minutes: int | None = None
    is_feed: bool = False
    version: str | None = None
    encoding: str | None = None
    language: str | None = None
    error: str | None = None


def _tidy(text: str) -> str:
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line)


def html_to_text(html: str) -> str:
    """Plain text of an HTML fragment: no script/style, one line per block, entities unescaped."""
    if "<" not in html and "&" not in html:
        return _tidy(html)
    tree = LexborHTMLParser(html)
    tree.strip_tags(_DROP_TAGS, recursive=True)
    for node in tree.css(_BLOCK_SELECTOR):
        node.insert_before("\n")
        node.insert_after("\n")
    root = tree.body or tree.root
    return _tidy(root.text() if root is not None else "")


def _charset(name: str | None) -> str | None:
    """The Python codec name for a declared charset, or None if unknown."""
    if not name:
        return None
    try:
        codec = codecs.lookup(name.strip()).name
        "<".encode(codec)  # rejects bytes-to-bytes codecs such as "zlib" or "rot13"
    except (LookupError, UnicodeError, ValueError):
        return None
    return codec


def _header_charset(headers: Mapping[str, str]) -> str | None:
    match = _HEADER_CHARSET.search(headers.get("content-type", ""))
    return _charset(match.group(1)) if match else None


def _declares_entities(body: bytes, headers: Mapping[str, str]) -> bool:
    """True if the prolog declares an XML entity that could expand to more than one character."""
    first = _FIRST_ELEMENT.search(body)
    head = body[: first.start()] if first else body
    if _ENTITY in head and head.count(_ENTITY) != len(_CHAR_REF_ENTITY.findall(head)):
        return True
    if any(mark in body for mark in _WIDE_ENTITY_MARKS):
        return True
    # A declared charset that is not ASCII-compatible (utf-7, ...) hides the mark from byte search.
    xml_decl = _XML_ENCODING.match(body[:512])
    declared = _charset(xml_decl.group(1).decode("ascii") if xml_decl else None)
    return any(
        codec
        and "<!ENTITY".encode(codec, "ignore") != _ENTITY
        and "<!ENTITY" in body.decode(codec, "ignore")
        for codec in {_header_charset(headers), declared}
    )


def _utf8_override(body: bytes, headers: Mapping[str, str]) -> str | None:
    """A note when a non-UTF charset is declared but the body is valid multi-byte UTF-8."""
    xml_decl = _XML_ENCODING.match(body[:512])
    declared = _header_charset(headers) or _charset(
        xml_decl.group(1).decode("ascii") if xml_decl else None
    )
    if not declared or declared.startswith("utf") or body.isascii():
        return None
    try:
        body.decode("utf-8")
    except UnicodeDecodeError:
        return None
    # Real text in a legacy single-byte charset is practically never valid UTF-8 as a whole.
    return f"CharacterEncodingOverride: declared {declared} but the body is UTF-8"


def _plain(detail: Mapping[str, Any] | None, value: str | None) -> str:
    if not value:
        return ""
    kind = (detail or {}).get("type", "text/html")
    return html_to_text(value) if "html" in kind else _tidy(value)


def _when(entry: Mapping[str, Any]) -> datetime | None:
    for key in ("published_parsed", "updated_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return datetime(*parsed[:6], tzinfo=UTC)
            except (TypeError, ValueError, OverflowError):
                continue
    return None


def _language(*candidates: Any) -> str | None:
    for value in candidates:
        if isinstance(value, str) and value.strip():
            return value.split(",")[0].strip().replace("_", "-").lower()
    return None


def _body_of(entry: Mapping[str, Any]) -> tuple[Mapping[str, Any] | None, str | None]:
    """The richest body feedparser found: an HTML content block, any content, else the summary."""
    contents = [c for c in entry.get("content") or [] if c.get("value")]
    contents.sort(key=lambda c: "html" not in c.get("type", ""))
    if contents:
        return contents[0], contents[0]["value"]
    return entry.get("summary_detail"), entry.get("summary")


def _entry(entry: Mapping[str, Any], base_url: str, feed_language: str | None) -> ParsedEntry:
    detail, body = _body_of(entry)
    title = " ".join(_plain(entry.get("title_detail"), entry.get("title")).split())
    link = (entry.get("link") or "").strip()
    guid = (entry.get("id") or "").strip()
    author = entry.get("author") or (entry.get("author_detail") or {}).get("name")
    return ParsedEntry(
        guid=guid or None,
        link=urljoin(base_url, link) if link else None,
        title=title,
        text=_plain(detail, body),
        published=_when(entry),
        author=(" ".join(author.split()) or None) if isinstance(author, str) else None,
        language=_language(
            (detail or {}).get("language"),
            (entry.get("title_detail") or {}).get("language"),
            feed_language,
        ),
    )


def _ttl_minutes(feed: Mapping[str, Any]) -> int | None:
    ttl = str(feed.get("ttl") or "").strip()
    if ttl.isdigit() and int(ttl) > 0:
        return int(ttl)
    period = _SY_PERIOD_MINUTES.get(str(feed.get("sy_updateperiod") or "").strip().lower())
    frequency = str(feed.get("sy_updatefrequency") or "1").strip()
    if period and frequency.isdigit() and int(frequency) > 0:
        return max(1, period // int(frequency))
    return None


def _failed(error: str, message: str) -> ParsedFeed:
    return ParsedFeed(bozo=True, bozo_message=message, error=error)


def parse_feed(body: bytes, headers: Mapping[str, str], url: str) -> ParsedFeed:
    """Parse an RSS/Atom body; never raises, keeps a bozo feed's usable entries."""
    if not body or not body.strip():
        return _failed("empty_body", "the response body is empty")
    hdrs = {k.lower(): v for k, v in headers.items()}
    if _declares_entities(body, hdrs):
        return _failed("xml_entities", "the document declares XML entities; refused as unsafe")
    override = _utf8_override(body, hdrs)
    if override:
        hdrs["content-type"] = "application/xml; charset=utf-8"
    elif "content-type" not in hdrs:
        # feedparser reads a missing Content-Type as ISO-8859-1, which always "succeeds" and
        # never reaches chardet; a bare XML type makes it try the XML declaration, UTF-8, chardet.
        hdrs["content-type"] = "application/xml"
    try:
        # Always a stream: given bytes or str, feedparser first tries them as a path or URL.
        result = feedparser.parse(
            io.BytesIO(body),
            response_headers=hdrs,
            sanitize_html=False,
            resolve_relative_uris=False,
        )
    except Exception as exc:  # a bad feed must never take the poller down
        return _failed("parse_error", f"{type(exc).__name__}: {exc}")
    feed = result.get("feed") or {}
    language = _language(feed.get("language"), hdrs.get("content-language"))
    entries = [_entry(e, url, language) for e in result.get("entries") or []]
    version = result.get("version") or None
    is_feed = bool(version or entries)
    bozo_exc = result.get("bozo_exception")
    bozo_message = f"{type(bozo_exc).__name__}: {bozo_exc}" if bozo_exc else override
    title = _plain(feed.get("title_detail"), feed.get("title")) if feed.get("title") else None
    link = feed.get("link")
    return ParsedFeed(
        title=" ".join(title.split()) if title else None,
        link=urljoin(url, link) if link else None,
        entries=entries,
        bozo=bool(result.get("bozo")) or bool(override),
        bozo_message=bozo_message,
        ttl_minutes=_ttl_minutes(feed),
        is_feed=is_feed,
        version=version,
        encoding=result.get("encoding") or None,
        language=language,
        error=None if is_feed else "not_a_feed",
    )


def decode_html(body: bytes, headers: Mapping[str, str]) -> str:
    """Decode an HTML page: header charset, else <meta charset>, else chardet, else UTF-8."""
    hdrs = {k.lower(): v for k, v in headers.items()}

    def candidates():
        yield _header_charset(hdrs)
        meta = _META_CHARSET.search(body[:4096])
        yield _charset(meta.group(1).decode("ascii", "ignore") if meta else None)
        yield _charset(chardet.detect(body[:65536]).get("encoding"))

    for codec in candidates():
        if codec:
            try:
                return body.decode(codec)
            except (UnicodeError, LookupError):
                continue
    return body.decode("utf-8", "replace")


def extract_main_text(html: bytes | str, url: str) -> str | None:
    """The main article text of an HTML page (trafilatura), or None when none is found."""
    # Imported here: trafilatura pulls in lxml and its language data, slow for callers that
    # only parse feeds.
    import trafilatura

    try:
        text = trafilatura.extract(html, url=url, include_comments=False, include_tables=False)
    except Exception:  # trafilatura raises assorted errors on malformed pages
        return None
    return (text.strip() or None) if text else None
