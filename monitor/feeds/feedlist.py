"""The feed list: config feeds and CLI feeds become FeedAdded/FeedRemoved events."""

from __future__ import annotations

from dataclasses import dataclass
from xml.etree import ElementTree

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor import events as ev
from monitor.errors import MonitorError
from monitor.mapper import to_new_event
from monitor.settings import FeedConfig
from monitor.tables import feed_state
from monitor.views.feeds import FeedsView, active_feeds, all_feeds
from storage import EventStore, catch_up


class FeedListError(MonitorError):
    """A feed-list change that cannot be made (unknown name, duplicate, bad OPML)."""


@dataclass(frozen=True)
class Feed:
    """What the poller needs to know of a feed from the feed list."""

    name: str
    url: str
    language: str = "en"
    interval_s: float = 1800
    full_text: bool = False


def feed_stream(name: str) -> str:
    return f"feed-{name}"


def reset_feed_state(conn: Connection, name: str) -> None:
    """Forget a feed's bookkeeping, so a re-added feed starts afresh."""
    conn.execute(feed_state.delete().where(feed_state.c.feed == name))


def as_feed(row: sa.Row) -> Feed:
    return Feed(row.feed, row.url, row.language, row.interval_s, row.full_text)


def current_feeds(store: EventStore) -> list[Feed]:
    """Feeds to poll, from the feed-list projection."""
    catch_up(store, FeedsView())
    with store.engine.connect() as conn:
        return [as_feed(row) for row in active_feeds(conn)]


def add_feed(
    store: EventStore, config: FeedConfig, origin: str = "cli", *, replace: bool = True
) -> str:
    """Append FeedAdded unless an identical feed is already listed.

    Returns 'added', 'unchanged', 'replaced' (another feed of that name was listed, and is now
    this one) or 'kept' (another feed of that name is listed and `replace` is false).
    """
    catch_up(store, FeedsView())
    with store.transaction() as tx:
        existing = {row.feed: row for row in all_feeds(tx)}
        row = existing.get(config.name)
        listed = row is not None and row.status != "removed"
        if listed:
            if _same(row, config):
                return "unchanged"
            if origin != "config" and row.origin == "config":
                raise FeedListError(
                    f"feed {config.name!r} comes from the configuration file; change it there"
                )
            if not replace:
                return "kept"
        if row is not None and row.status == "removed":
            reset_feed_state(tx, config.name)
        event = ev.FeedAdded(
            feed=config.name, url=config.url, language=config.language,
            interval_s=config.interval.total_seconds(), full_text=config.full_text, origin=origin,
        )  # fmt: skip
        store.append(feed_stream(config.name), [to_new_event(event)], conn=tx)
    catch_up(store, FeedsView())
    return "replaced" if listed else "added"


def _same(row: sa.Row, config: FeedConfig) -> bool:
    return (row.url, row.language, row.interval_s, row.full_text) == (
        config.url, config.language, config.interval.total_seconds(), config.full_text,
    )  # fmt: skip


def listed_feed(store: EventStore, name: str) -> sa.Row | None:
    """The feed of that name as listed now (None if it never was, or was removed)."""
    catch_up(store, FeedsView())
    with store.engine.connect() as conn:
        row = next((row for row in all_feeds(conn) if row.feed == name), None)
    return row if row is not None and row.status != "removed" else None


def remove_feed(store: EventStore, name: str, reason: str = "removed by the user") -> None:
    """Append FeedRemoved; raises FeedListError for a feed that is not listed."""
    catch_up(store, FeedsView())
    with store.transaction() as tx:
        listed = {row.feed: row for row in all_feeds(tx)}
        if name not in listed or listed[name].status == "removed":
            raise FeedListError(f"no feed named {name!r} is listed")
        store.append(
            feed_stream(name), [to_new_event(ev.FeedRemoved(feed=name, reason=reason))], conn=tx
        )
    catch_up(store, FeedsView())


def sync_config_feeds(store: EventStore, configured: list[FeedConfig]) -> int:
    """Make the feed list match the config file's feeds; return how many events that took."""
    changes = 0
    names = {feed.name for feed in configured}
    catch_up(store, FeedsView())
    with store.engine.connect() as conn:
        listed = {row.feed: row for row in all_feeds(conn) if row.status != "removed"}
    for config in configured:  # a restart usually finds them all listed as they are
        if config.name not in listed or not _same(listed[config.name], config):
            changes += add_feed(store, config, origin="config") != "unchanged"
    with store.engine.connect() as conn:
        stale = [
            row.feed
            for row in all_feeds(conn)
            if row.origin == "config" and row.status != "removed" and row.feed not in names
        ]
    for name in stale:
        remove_feed(store, name, reason="no longer in the configuration file")
        changes += 1
    catch_up(store, FeedsView())
    return changes


def export_opml(feeds: list[Feed]) -> str:
    """An OPML 2.0 document listing the feeds."""
    root = ElementTree.Element("opml", version="2.0")
    head = ElementTree.SubElement(root, "head")
    ElementTree.SubElement(head, "title").text = "kz-il-monitor feeds"
    body = ElementTree.SubElement(root, "body")
    for feed in feeds:
        ElementTree.SubElement(
            body, "outline", type="rss", text=feed.name, title=feed.name, xmlUrl=feed.url,
            language=feed.language, interval=f"{int(feed.interval_s)}s",
        )  # fmt: skip
    ElementTree.indent(root)
    return ElementTree.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def read_opml(document: bytes) -> list[FeedConfig]:
    """Feeds listed in an OPML document (nested outlines included)."""
    if b"<!ENTITY" in document or b"<!DOCTYPE" in document:
        raise FeedListError("OPML with a DOCTYPE or entity declarations is refused")
    try:
        root = ElementTree.fromstring(document)
    except ElementTree.ParseError as error:
        raise FeedListError(f"not valid OPML: {error}") from None
    feeds = []
    for outline in root.iter("outline"):
        url = outline.get("xmlUrl")
        if not url:
            continue
        title = outline.get("text") or outline.get("title") or url
        name = "".join(ch if ch.isalnum() or ch in "-_." else "-" for ch in title.lower())
        try:
            feeds.append(
                FeedConfig(
                    name=name.strip("-")[:100] or "feed", url=url,
                    language=outline.get("language") or "en",
                    interval=outline.get("interval") or "30m",
                )
            )  # fmt: skip
        except ValueError as error:
            raise FeedListError(f"outline {title!r}: {error}") from None
    return feeds
