"""The feed list and each feed's health, projected from feed and article events."""

from __future__ import annotations

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor import events as ev
from monitor.mapper import from_recorded
from monitor.tables import article_index, view_feeds
from storage import RecordedEvent


class FeedsView:
    """Checkpointed reader keeping `view_feeds`: one row per feed ever added."""

    name = "view_feeds"
    # Articles per feed are counted from the poller's article index when asked, so this reader
    # skips the article events, by far the most numerous and the largest in the log.
    types = (
        "FeedAdded", "FeedRemoved", "FeedMoved", "FeedFailing", "FeedRecovered", "FeedDisabled",
    )  # fmt: skip

    def handle(self, conn: Connection, batch: list[RecordedEvent]) -> None:
        for recorded in batch:
            event = from_recorded(recorded)
            at = recorded.recorded_at
            match event:
                case ev.FeedAdded():
                    _upsert_added(conn, event, at)
                case ev.FeedRemoved(feed=feed):
                    _update(conn, feed, status="removed", changed_at=at)
                case ev.FeedMoved(feed=feed, new_url=url):
                    _update(conn, feed, url=url, changed_at=at)
                case ev.FeedFailing(feed=feed, failures=failures, error=error, detail=detail):
                    _update(
                        conn, feed, status="failing", failures=failures,
                        last_error=f"{error}: {detail}" if detail else error, changed_at=at,
                    )  # fmt: skip
                case ev.FeedRecovered(feed=feed):
                    _update(conn, feed, status="active", failures=0, last_error=None, changed_at=at)
                case ev.FeedDisabled(feed=feed, reason=reason):
                    _update(conn, feed, status="disabled", last_error=reason, changed_at=at)

    def clear(self, conn: Connection) -> None:
        conn.execute(view_feeds.delete())


def _upsert_added(conn: Connection, event: ev.FeedAdded, at) -> None:
    values = {
        "url": event.url,
        "language": event.language,
        "interval_s": event.interval_s,
        "full_text": event.full_text,
        "origin": event.origin,
        "status": "active",
        "changed_at": at,
    }
    exists = conn.execute(sa.select(view_feeds.c.feed).where(view_feeds.c.feed == event.feed))
    if exists.first():
        _update(conn, event.feed, **values)
    else:
        conn.execute(view_feeds.insert().values(feed=event.feed, added_at=at, **values))


def _update(conn: Connection, feed: str, **values) -> None:
    conn.execute(view_feeds.update().where(view_feeds.c.feed == feed).values(**values))


def articles_per_feed() -> sa.Subquery:
    """How many distinct articles each feed brought in first (from the poller's article index)."""
    return (
        sa.select(article_index.c.feed, sa.func.count().label("articles"))
        .group_by(article_index.c.feed)
        .subquery()
    )


def _feeds_query() -> sa.Select:
    counts = articles_per_feed()
    return (
        sa.select(view_feeds, sa.func.coalesce(counts.c.articles, 0).label("articles"))
        .select_from(view_feeds.outerjoin(counts, counts.c.feed == view_feeds.c.feed))
        .order_by(view_feeds.c.feed)
    )


def active_feeds(conn: Connection) -> list[sa.Row]:
    """Feeds that are neither removed nor disabled, by name."""
    return list(conn.execute(_feeds_query().where(view_feeds.c.status.in_(("active", "failing")))))


def all_feeds(conn: Connection) -> list[sa.Row]:
    """Every feed ever added, by name, with its article count."""
    return list(conn.execute(_feeds_query()))
