"""The machine-readable paths: /summary.json, /developments.atom, /developments.ics, /healthz.

Each answers from the facade without catching anything up (the daemon keeps the views current).
/summary.json takes the summary's time travel as `?as_of=` and `?known_at=` (YYYY-MM-DD).
/healthz answers 200 while every reader is within its lag limit, 503 when one is stuck.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from monitor.views.render import render_summary
from monitor.web.cache import Answer

if TYPE_CHECKING:
    from monitor.app import Monitor

NO_STORE = {"Cache-Control": "no-store"}


def monitor_of(request: Request) -> Monitor:
    return request.app.state.monitor


def axis(request: Request) -> tuple[date | None, date | None]:
    """The `as_of` and `known_at` days a request asks for (400 for anything but YYYY-MM-DD)."""
    days = []
    for name in ("as_of", "known_at"):
        value = request.query_params.get(name) or None
        try:
            days.append(date.fromisoformat(value) if value else None)
        except ValueError:
            raise HTTPException(400, f"{name} must be a date, YYYY-MM-DD") from None
    return days[0], days[1]


async def summary(request: Request) -> Response:
    as_of, known_at = axis(request)
    monitor = monitor_of(request)

    def compute() -> Answer:
        document = monitor.summary(as_of, known_at, catch_up=False)
        return Answer.of(render_summary(document, "json"), "application/json")

    answer = await request.app.state.answers.get(("/summary.json", as_of, known_at), compute)
    return answer.response(request)


def atom(request: Request) -> Response:
    self_url = str(request.url.replace(query=""))
    feed = monitor_of(request).atom(self_url, catch_up=False)
    return Response(feed, media_type="application/atom+xml; charset=utf-8", headers=NO_STORE)


def ical(request: Request) -> Response:
    calendar = monitor_of(request).ical(catch_up=False)
    return Response(calendar, media_type="text/calendar; charset=utf-8", headers=NO_STORE)


def healthz(request: Request) -> Response:
    status, health = readers_health(monitor_of(request))
    return JSONResponse(health, status, headers=NO_STORE)


def readers_health(monitor: Monitor) -> tuple[int, dict[str, Any]]:
    """'ok' while every reader keeps up (some may be a few events behind), else 'stuck'."""
    backlogs = monitor.backlogs()
    health: dict[str, Any] = {"status": "ok", "head": monitor.head()}
    behind = {item.reader: item.pending for item in backlogs if item.pending}
    if behind:
        health["behind"] = behind
    stuck = sorted(item.reader for item in monitor.stuck())
    if stuck:
        return 503, health | {"status": "stuck", "stuck": stuck}
    return 200, health
