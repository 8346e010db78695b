"""The figures /metrics reports, read from the database (so several daemons show one picture).

`figures(conn)`: {`polls` {(feed, outcome): n} (see monitor.feeds.outcomes), `entries` {feed:
articles first brought in by it}, `developments` {type: active developments}, `outbox` {status:
deliveries}, `digests` {channel: time the last digest was recorded sent}}.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor.developments import DEVELOPMENT_TYPES
from monitor.notify.tables import delivery_outbox
from monitor.tables import feed_polls
from monitor.views.feeds import articles_per_feed
from monitor.views.tables import view_developments
from storage.schema import events

DELIVERY_STREAM = "delivery-"  # DigestSent events live in the stream delivery-<channel>


def figures(conn: Connection) -> dict[str, Any]:
    """Every figure of /metrics (schema in the module docstring)."""
    polls = {
        (feed, outcome): n
        for feed, outcome, n in conn.execute(
            sa.select(feed_polls.c.feed, feed_polls.c.outcome, feed_polls.c.polls)
        )
    }
    counts = articles_per_feed()
    entries = dict(conn.execute(sa.select(counts.c.feed, counts.c.articles)).all())
    table = view_developments.c
    active = dict(
        conn.execute(
            sa.select(table.type, sa.func.count())
            .where(table.status == "active")
            .group_by(table.type)
        ).all()
    )
    outbox = dict(
        conn.execute(
            sa.select(delivery_outbox.c.status, sa.func.count()).group_by(delivery_outbox.c.status)
        ).all()
    )
    digests = {
        stream.removeprefix(DELIVERY_STREAM): _utc(at)
        for stream, at in conn.execute(
            sa.select(events.c.stream_id, sa.func.max(events.c.recorded_at))
            .where(events.c.type == "DigestSent")
            .group_by(events.c.stream_id)
        )
    }
    return {
        "polls": polls,
        "entries": entries,
        "developments": {kind: active.get(kind, 0) for kind in DEVELOPMENT_TYPES},
        "outbox": {status: outbox.get(status, 0) for status in ("pending", "dead")},
        "digests": digests,
    }


def _utc(value: Any) -> datetime:
    if isinstance(value, str):  # SQLite hands back the aggregate as text
        value = datetime.fromisoformat(value)
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
