"""The timeline of developments: one entry per dated step (a detection, each revision).

`TimelineView` keeps `view_timeline` from EventDetected and EventRevised. A revision is a step of
its own (signed on one day, ratified on another), carrying the development's fields as revised.
Source counts and retractions are not copied here: `timeline()` joins `view_developments` (kept by
SummaryView, caught up in the same pass) so a corroboration updates one row, not every step.

Timeline JSON (`monitor timeline --format json`): a list, oldest first, of {`date`,
`date_precision`, `sort_date` (first day of the dated period, or the day recorded when undated),
`kind` ("detected" | "revised"), `type`, `key`, `headline`, `stage` (agreement stage or travel
status, else null), `source_count`, `recorded_at` (ISO 8601 UTC)}.
"""

from __future__ import annotations

from datetime import UTC, date
from typing import Any

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor import events as ev
from monitor.mapper import from_recorded
from monitor.views.summary import headline, period, precision_of, stage_of
from monitor.views.tables import view_developments, view_timeline
from storage import RecordedEvent


class TimelineView:
    """Checkpointed reader keeping `view_timeline`: the dated steps of every development."""

    name = "view_timeline"
    types = ("EventDetected", "EventRevised")

    def handle(self, conn: Connection, batch: list[RecordedEvent]) -> None:
        decoded = [(from_recorded(recorded), recorded) for recorded in batch]
        latest = _latest_steps(conn, {event.key for event, _ in decoded})
        rows = []
        for event, recorded in decoded:
            previous = latest.get(event.key)
            if isinstance(event, ev.EventDetected):
                if previous is not None:
                    continue  # a second detection is one more source, not a step
                row = _step(event, recorded, "detected", event.type, event.date, event.fields,
                            list(event.actors))  # fmt: skip
            elif previous is not None:
                fields = previous["fields"] | {
                    name: value for name, value in event.fields.items() if value is not None
                }
                row = _step(
                    event, recorded, "revised", previous["type"],
                    event.date or previous["date"], fields, previous["actors"],
                )  # fmt: skip
            else:
                continue  # a revision of a development never detected
            latest[event.key] = row
            rows.append(row)
        if rows:
            conn.execute(
                view_timeline.insert(),
                [
                    {name: value for name, value in row.items() if name not in _STATE}
                    for row in rows
                ],
            )

    def clear(self, conn: Connection) -> None:
        conn.execute(view_timeline.delete())


_STATE = ("fields", "actors")


def _step(event, recorded: RecordedEvent, kind: str, type_: str, when, fields, actors) -> dict:
    span = period(when)
    day = recorded.recorded_at.astimezone(UTC).date().isoformat()
    if type_ == "agreement_signed":
        stage = stage_of(fields)
    else:
        stage = fields.get("status") if type_ == "visa_travel" else None
    return {
        "position": recorded.position,
        "key": event.key,
        "kind": kind,
        "type": type_,
        "date": when if span else None,
        "date_precision": precision_of(when),
        "sort_date": span[0] if span else day,
        "end_date": span[1] if span else day,
        "stage": stage,
        "headline": headline(type_, fields, actors),
        "state": orjson.dumps(
            {"actors": actors, "fields": fields}, option=orjson.OPT_SORT_KEYS
        ).decode(),
        "recorded_at": recorded.recorded_at,
        "fields": fields,
        "actors": actors,
    }


def _latest_steps(conn: Connection, keys: set[str]) -> dict[str, dict[str, Any]]:
    query = (
        sa.select(view_timeline.c.key, view_timeline.c.type, view_timeline.c.date,
                  view_timeline.c.state)
        .where(view_timeline.c.key.in_(sorted(keys)))
        .order_by(view_timeline.c.position)
    )  # fmt: skip
    latest: dict[str, dict[str, Any]] = {}
    for key, type_, when, state in conn.execute(query):
        latest[key] = {"type": type_, "date": when, **orjson.loads(state)}
    return latest


def timeline(conn: Connection, since: date | None = None) -> list[dict[str, Any]]:
    """Timeline entries (schema in the module docstring) oldest first, from a day on if given."""
    t, d = view_timeline.c, view_developments.c
    query = (
        sa.select(
            t.date, t.date_precision, t.sort_date, t.kind, t.type, t.key, t.headline, t.stage,
            sa.func.coalesce(d.source_count, 0).label("source_count"), t.recorded_at,
        )
        .select_from(view_timeline.outerjoin(view_developments, d.key == t.key))
        .where(sa.or_(d.status.is_(None), d.status == "active"))
        .order_by(t.sort_date, t.position)
    )  # fmt: skip
    if since is not None:
        query = query.where(t.end_date >= since.isoformat())
    entries = []
    for row in conn.execute(query):
        entry = {str(name): value for name, value in row._asdict().items()}
        recorded = entry["recorded_at"]
        if recorded.tzinfo is None:  # SQLite keeps no offset; everything is written in UTC
            recorded = recorded.replace(tzinfo=UTC)
        entry["recorded_at"] = recorded.astimezone(UTC).isoformat()
        entries.append(entry)
    return entries
