"""Stable identities for articles: canonical URLs, entry ids and content hashes."""

from __future__ import annotations

import base64
import binascii
import hashlib
import re
import unicodedata
from urllib.parse import parse_qsl, unquote_plus, urlsplit, urlunsplit

TRACKING_PARAMS = frozenset(
    {
        "fbclid",
        "gclid",
        "dclid",
        "gbraid",
        "wbraid",
        "msclkid",
        "yclid",
        "twclid",
        "igshid",
        "mc_cid",
        "mc_eid",
        "ocid",
        "cmpid",
        "_ga",
        "_gl",
        "_hsenc",
        "_hsmi",
        "mkt_tok",
        "vero_id",
        "vero_conv",
        "oly_enc_id",
        "oly_anon_id",
        "rb_clickid",
        "s_cid",
        "wt_mc",
        "__twitter_impression",
        "spm",
        "ito",
        "ns_source",
        "ns_mchannel",
        "ns_campaign",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")
DEFAULT_PORTS = {"http": 80, "https": 443}
_GOOGLE_NEWS_HOSTS = frozenset({"news.google.com"})
_UID_HEX = 32


def _is_tracking(name: str) -> bool:
    key = unquote_plus(name).lower()
    return key in TRACKING_PARAMS or key.startswith(TRACKING_PREFIXES)


def _google_news_target(parts) -> str | None:
    """The article URL a news.google.com link points to, when it can be recovered offline.

    Two forms are unwrapped: a `url=` query parameter, and the older /articles/<base64> ids whose
    protobuf payload holds the URL as a length-prefixed string. Newer ids (payload "AU_yqL...")
    are opaque - resolving them needs a request to Google - so those links are kept as they are.
    """
    for key, value in parse_qsl(parts.query, keep_blank_values=True):
        if key == "url" and value.startswith(("http://", "https://")):
            return value
    match = re.search(r"/(?:rss/)?(?:articles|read)/([A-Za-z0-9_-]+)", parts.path)
    if not match:
        return None
    token = match.group(1)
    try:
        payload = base64.urlsafe_b64decode(token + "=" * (-len(token) % 4))
    except (binascii.Error, ValueError):
        return None
    start = payload.find(b"http")
    if start < 1:
        return None
    # The URL is a protobuf string field: its length is a 1- or 2-byte varint just before it.
    if start >= 2 and payload[start - 2] >= 0x80:
        length = (payload[start - 2] & 0x7F) | (payload[start - 1] << 7)
    else:
        length = payload[start - 1]
    raw = payload[start : start + length]
    if len(raw) != length:
        return None
    try:
        url = raw.decode("ascii")
    except UnicodeDecodeError:
        return None
    target = urlsplit(url)
    if target.scheme in DEFAULT_PORTS and target.netloc and url.isprintable() and " " not in url:
        return url
    return None


def canonical_url(url: str) -> str:
    """Normalise a URL for identity: lower-case host, no default port, fragment or trackers."""
    url = url.strip()
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return url
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if host in _GOOGLE_NEWS_HOSTS:
        target = _google_news_target(parts)
        if target and target != url:
            return canonical_url(target)
    if ":" in host:
        host = f"[{host}]"
    netloc = host
    if port is not None and DEFAULT_PORTS.get(scheme) != port:
        netloc = f"{host}:{port}"
    if parts.username is not None:
        userinfo = parts.netloc.rpartition("@")[0]
        netloc = f"{userinfo}@{netloc}"
    kept = [p for p in parts.query.split("&") if p and not _is_tracking(p.split("=", 1)[0])]
    path = parts.path or ("/" if netloc else "")
    return urlunsplit((scheme, netloc, path, "&".join(kept), ""))


def normalise_text(text: str | None) -> str:
    """NFKC-normalise and collapse all whitespace runs to single spaces."""
    return " ".join(unicodedata.normalize("NFKC", text or "").split())


def _digest(identity: str) -> str:
    return hashlib.sha256(identity.encode("utf-8")).hexdigest()[:_UID_HEX]


def entry_uid(
    guid: str | None, link: str | None, title: str | None, text: str | None, *, scope: str = ""
) -> str:
    """A 32-hex id from the guid, else the canonical link, else the normalised title and text.

    `scope` (a stable feed id, not its URL, which can move) is mixed into guids that are not
    URLs, since those ("12345") are unique only within one feed.
    """
    if guid and guid.strip():
        guid = guid.strip()
        if guid.startswith(("http://", "https://")):
            return _digest("guid\x00" + guid)
        return _digest(f"guid\x00{scope}\x00{guid}")
    if link and link.strip():
        return _digest("link\x00" + canonical_url(link))
    return _digest(f"text\x00{normalise_text(title)}\x00{normalise_text(text)}")


def content_hash(title: str | None, text: str | None) -> str:
    """A 32-hex hash of the normalised title and text, to notice when an article changes."""
    return _digest(f"{normalise_text(title)}\x00{normalise_text(text)}")
