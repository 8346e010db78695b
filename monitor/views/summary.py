"""The projection of developments, and the summary told from it (or from a replay of the log).

The checkpointed `SummaryView` keeps every development folded by the one model
(`monitor.developments`) in `view_developments`, with its Facts as every report tells them; the
summary document those Facts make, and its schema, are in monitor.views.summarize.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import UTC, date, datetime, time
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor.developments import DEVELOPMENT_EVENT_TYPES, Development, Developments, facts, period
from monitor.developments.facts import settled
from monitor.mapper import from_recorded
from monitor.views.summarize import summarize, summarize_facts, told_facts
from monitor.views.tables import view_developments
from storage import EventStore, RecordedEvent


class SummaryView:
    """Checkpointed reader keeping `view_developments`: every development, folded."""

    name = "view_developments"
    types = DEVELOPMENT_EVENT_TYPES

    def handle(self, conn: Connection, batch: list[RecordedEvent]) -> None:
        decoded = [(from_recorded(recorded), recorded) for recorded in batch]
        developments = Developments(_load(conn, {event.key for event, _ in decoded}))
        stored = set(developments.developments)
        for event, recorded in decoded:
            developments.apply(event, position=recorded.position, recorded_at=recorded.recorded_at)
        if not developments.touched:
            return
        if changed := sorted(developments.touched & stored):
            conn.execute(view_developments.delete().where(view_developments.c.key.in_(changed)))
        conn.execute(
            view_developments.insert(),
            [_row(developments.developments[key]) for key in sorted(developments.touched)],
        )

    def clear(self, conn: Connection) -> None:
        conn.execute(view_developments.delete())


def _row(dev: Development) -> dict[str, Any]:
    told = facts(dev)  # every report counted, clock aside: what any day from `settled` on shows
    main = told[0] if told else None
    span = period(main["date"] if main else dev.date)
    return {
        "key": dev.key,
        "type": dev.type,
        "status": "retracted" if dev.retracted else "active",
        "date": main["date"] if main else dev.date,
        "date_precision": main["date_precision"] if main else dev.date_precision,
        "sort_date": span[0] if span else dev.detected_at[:10],
        "source_count": len(dev.sources),
        "headline": main["headline"] if main else dev.key,
        "detected_at": datetime.fromisoformat(dev.detected_at),
        "updated_at": datetime.fromisoformat(dev.updated_at),
        "first_position": dev.first_position,
        "last_position": dev.last_position,
        "doc": _dumps(dev.to_doc()),
        "fact": _dumps({"settled": settled(dev), "facts": told}) if told else None,
    }


def _dumps(value: Any) -> str:
    return orjson.dumps(value, option=orjson.OPT_SORT_KEYS).decode()


def _load(conn: Connection, keys: Collection[str]) -> dict[str, Development]:
    query = sa.select(view_developments.c.doc).where(view_developments.c.key.in_(list(keys)))
    developments = (Development.from_doc(orjson.loads(doc)) for (doc,) in conn.execute(query))
    return {dev.key: dev for dev in developments}


def stored_developments(conn: Connection) -> list[Development]:
    """Every development in the projection, in log order of detection."""
    query = sa.select(view_developments.c.doc).order_by(view_developments.c.first_position)
    return [Development.from_doc(orjson.loads(doc)) for (doc,) in conn.execute(query)]


def replay_developments(
    store: EventStore, until: datetime | None = None, *, page: int = 10_000, conn=None
) -> list[Development]:
    """Fold the development events recorded up to `until` straight from the log."""
    developments = Developments()
    after = 0
    while True:
        batch = store.read_all(
            after, limit=page, types=DEVELOPMENT_EVENT_TYPES, until=until, conn=conn
        )
        for recorded in batch:
            developments.apply(
                from_recorded(recorded), position=recorded.position,
                recorded_at=recorded.recorded_at,
            )  # fmt: skip
        if len(batch) < page:
            return list(developments)
        after = batch[-1].position


def end_of(day: date) -> datetime:
    """The last moment of a UTC day: events recorded up to it are known at that day."""
    return datetime.combine(day, time.max, tzinfo=UTC)


def load_summary(
    store: EventStore,
    *,
    today: date,
    as_of: date | None = None,
    known_at: date | None = None,
) -> dict[str, Any]:
    """The summary document as of a day (default `today`), of the log as known now or at a day."""
    day = as_of or known_at or today
    if known_at is None:
        with store.engine.connect() as conn:
            return summarize_facts(stored_facts(conn, day), day)
    return summarize(replay_developments(store, end_of(known_at)), day, known_at)


def keys_with_sources(conn: Connection, minimum: int) -> set[str]:
    """Keys of the developments with at least `minimum` distinct sources."""
    query = sa.select(view_developments.c.key).where(view_developments.c.source_count >= minimum)
    return set(conn.scalars(query))


def stored_facts(conn: Connection, day: date) -> list[dict[str, Any]]:
    """Every development in the projection that is not retracted, as Facts as of a day, linked
    (see monitor.views.summarize.told_facts)."""
    table = view_developments.c
    query = (
        sa.select(table.key, table.fact)
        .where(table.fact.is_not(None))
        .order_by(table.first_position)
    )

    def docs(keys: list[str]) -> Iterable[str]:
        return conn.scalars(sa.select(table.doc).where(table.key.in_(keys)))

    return told_facts(conn.execute(query), docs, day)
