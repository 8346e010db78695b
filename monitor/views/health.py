"""Feed health: a query, not a projection of its own.

What a feed's health needs lives in two places already: `view_feeds` (a projection of the feed
events: status, failure count reported by FeedFailing, entries seen) and `feed_state` (the poller's
operational state, written with every poll and never an event: last success, consecutive failures,
next check). A third table would only copy them, so `feed_health` joins the two.

JSON (`monitor health --json`, one object per line): {`feed`, `status`, `url`, `last_success_at`,
`last_checked_at`, `next_check_at` (ISO 8601 UTC or null), `consecutive_failures`, `last_status`,
`last_error`, `entries_seen`}.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor.tables import feed_state, view_feeds
from monitor.views.feeds import articles_per_feed


def feed_health(conn: Connection) -> list[dict[str, Any]]:
    """One entry per feed ever added (by name): status, last success, failures, next check."""
    f, s = view_feeds.c, feed_state.c
    counts = articles_per_feed()
    query = (
        sa.select(
            f.feed, f.status, f.url, s.last_success_at, s.last_checked_at, s.next_check_at,
            sa.func.coalesce(s.failures, f.failures).label("consecutive_failures"),
            s.last_status, sa.func.coalesce(s.last_error, f.last_error).label("last_error"),
            sa.func.coalesce(counts.c.articles, 0).label("entries_seen"),
        )
        .select_from(
            view_feeds.outerjoin(feed_state, s.feed == f.feed).outerjoin(
                counts, counts.c.feed == f.feed
            )
        )
        .order_by(f.feed)
    )  # fmt: skip
    return [
        {str(name): _utc(value) for name, value in row._asdict().items()}
        for row in conn.execute(query)
    ]


def _utc(value: Any) -> Any:
    if not isinstance(value, datetime):
        return value
    if value.tzinfo is None:  # SQLite keeps no offset; everything is written in UTC
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).isoformat()
