"""The timeline of developments: one entry per dated step, told as of a day by the one model.

Entries come from the Facts of `monitor.developments` (read from `view_developments`), so the
timeline says what the summary says: an agreement has one entry per stage reached and one per
stage scheduled; a visa or travel change one for its decision, one when in force; any other
development one, on its date.

Timeline JSON (`monitor timeline --format json`): a list, oldest first, of {`date`,
`date_precision`, `sort_date` (first day of the dated period, or the day recorded when undated),
`kind` ("detected": the development's first step | "revised": a later stage | "scheduled": a step
announced for after the day), `type`, `key`, `headline`, `stage` (agreement stage or travel
status, else null), `source_count`, `recorded_at` (ISO 8601 UTC, when the development was first
or last recorded)}.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy.engine import Connection

from monitor.developments import period
from monitor.views.summary import stored_facts


def timeline(conn: Connection, since: date | None = None, *, today: date) -> list[dict[str, Any]]:
    """Timeline entries (schema in the module docstring) oldest first, from a day on if given."""
    entries = [entry for fact in stored_facts(conn, today) for entry in steps(fact)]
    if since is not None:
        day = since.isoformat()
        entries = [e for e in entries if (period(e["date"]) or (e["sort_date"],) * 2)[1] >= day]
    return sorted(entries, key=lambda e: (e["sort_date"], e["recorded_at"], e["key"]))


def steps(fact: dict[str, Any]) -> list[dict[str, Any]]:
    """The dated steps of one Fact, as timeline entries."""
    if fact["type"] == "agreement_signed":
        dated = [(s["date"], s["stage"], "revised") for s in fact["stages"]]
    elif fact["type"] == "visa_travel":
        dated = [(fact["date"], fact["state"], "revised")]
        if fact["state"] == "in_force" and fact.get("since") and fact["since"] != fact["date"]:
            dated = [(fact["since"], "in_force", "revised")]
    else:
        dated = [(fact["date"], None, "revised")]
    dated += [(s["date"], s["stage"], "scheduled") for s in fact["scheduled"]]
    if dated and dated[0][2] == "revised":
        dated[0] = (dated[0][0], dated[0][1], "detected")
    entries = []
    for when, stage, kind in dated:
        span = period(when)
        recorded = fact["detected_at"] if kind == "detected" else fact["updated_at"]
        entries.append(
            {
                "date": when if span else None,
                "date_precision": {4: "year", 7: "month", 10: "day"}.get(len(when or "")),
                "sort_date": span[0] if span else recorded[:10],
                "kind": kind,
                "type": fact["type"],
                "key": fact["key"],
                "headline": fact["headline"],
                "stage": stage,
                "source_count": fact["source_count"],
                "recorded_at": recorded,
            }
        )
    return entries
