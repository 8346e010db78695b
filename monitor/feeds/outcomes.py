"""Poll outcomes, counted per feed in `feed_polls` (what /metrics reports as polls and failures).

A poll ends "ok" (a feed fetched and parsed), "not_modified" (304), or with its failure's code:
the fetcher's or parser's code ("timeout", "not_a_feed", "gone", "save_failed"...), or
"http_<status>" for an HTTP error status. Counts only grow, and every instance adds to the same
rows, so several daemons show one picture.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Protocol

from sqlalchemy.engine import Connection

from monitor.tables import feed_polls
from storage.engine import is_postgres


class Report(Protocol):
    feed: str
    status: int | None
    error: str | None


def outcome(report: Report) -> str:
    """How one poll ended, as a short code."""
    if report.error:
        code = report.error.split(":", 1)[0].strip()
        return f"http_{report.status}" if code == "http_status" else code[:50]
    return "not_modified" if report.status == 304 else "ok"


def count_polls(conn: Connection, reports: Iterable[Report]) -> None:
    """Add a pass's polls to each feed's counts."""
    counts = Counter((report.feed, outcome(report)) for report in reports)
    if not counts:
        return
    if is_postgres(conn):
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    rows = [{"feed": feed, "outcome": code, "polls": n} for (feed, code), n in counts.items()]
    statement = insert(feed_polls)
    conn.execute(
        statement.on_conflict_do_update(
            index_elements=["feed", "outcome"],
            set_={"polls": feed_polls.c.polls + statement.excluded.polls},
        ),
        rows,
    )
