"""The HTML pages: the briefing (/), one development (/developments/KEY), feed health (/health).

Pages are Jinja2 templates with autoescaping on; everything from feeds is text. A link from a
feed is a link only when it is an absolute http(s) URL, and then opens with
rel="noopener noreferrer"; anything else (javascript:, data:, relative) is shown as text. The
briefing and development pages take the summary's time travel as ?as_of= and ?known_at=.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from monitor.developments import DEVELOPMENT_TYPES
from monitor.developments.labels import STAGE_LABELS, TYPE_LABELS, date_label
from monitor.views.development import all_facts
from monitor.views.render import RECENT, regime, sections, stage_ladder
from monitor.web.api import axis, monitor_of
from monitor.web.cache import Answer
from monitor.web.chart import per_month, timeline_svg

HTML = "text/html; charset=utf-8"
_WEB_URL = re.compile(r"^https?://[^\s\x00-\x1f\x7f]+$", re.IGNORECASE)


def safe_href(url: Any) -> str | None:
    """The URL when it is an absolute http(s) link with a host, else None (shown as text)."""
    if not isinstance(url, str) or not _WEB_URL.match(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.hostname else None


def moment(value: str | None) -> str:
    """An ISO 8601 time as "2026-01-29 10:00:00 UTC", or "never"."""
    return f"{value[:19].replace('T', ' ')} UTC" if value else "never"


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("monitor.web", "templates"),
        autoescape=True,
        extensions=["jinja2.ext.do"],
        trim_blocks=True,
        lstrip_blocks=True,
        undefined=jinja2.StrictUndefined,
    )
    env.filters.update(
        safe_href=safe_href, date_label=date_label, moment=moment, stage_ladder=stage_ladder,
        type_label=lambda kind: TYPE_LABELS.get(kind, kind or ""),
        stage_label=lambda stage: STAGE_LABELS.get(stage, stage or ""),
        path=lambda key: quote(key, safe=":/"),
    )  # fmt: skip
    return env


TEMPLATES = _environment()


def _travel(request: Request) -> str:
    """The time-travel query to carry on links: "?as_of=…&known_at=…" or ""."""
    kept = {k: v for k in ("as_of", "known_at") if (v := request.query_params.get(k))}
    return f"?{urlencode(kept)}" if kept else ""


def _page(name: str, **context: Any) -> str:
    return TEMPLATES.get_template(name).render(**context)


async def briefing(request: Request) -> Response:
    as_of, known_at = axis(request)
    monitor, travel = monitor_of(request), _travel(request)

    def compute() -> Answer:
        document = monitor.summary(as_of, known_at, catch_up=False)
        months, apart = per_month(all_facts(document))
        drawn = {kind for counts in months.values() for kind in counts}
        return Answer.of(
            _page(
                "briefing.html", doc=document, sections=sections(document),
                regime=regime(document["visa_travel"]), recent=RECENT, travel=travel,
                chart=timeline_svg(months), months=len(months), apart=apart,
                types=[kind for kind in DEVELOPMENT_TYPES if kind in drawn],
                as_of=request.query_params.get("as_of", ""),
                known_at=request.query_params.get("known_at", ""),
            ),
            HTML,
        )  # fmt: skip

    answer = await request.app.state.answers.get(("/", as_of, known_at), compute)
    return answer.response(request)


async def development(request: Request) -> Response:
    as_of, known_at = axis(request)
    key, monitor, travel = request.path_params["key"], monitor_of(request), _travel(request)

    def compute() -> Answer:
        found = monitor.development(key, as_of, known_at, catch_up=False)
        if found is None:
            return Answer.of("no such development\n", "text/plain; charset=utf-8", 404)
        document = monitor.summary(as_of, known_at, catch_up=False)
        headlines = {fact["key"]: fact["headline"] for fact in all_facts(document)}
        return Answer.of(
            _page(
                "development.html", dev=found, travel=travel, headlines=headlines,
                as_of=document["as_of"], known_at=document["known_at"],
            ),
            HTML,
        )  # fmt: skip

    answer = await request.app.state.answers.get(("dev", key, as_of, known_at), compute)
    return answer.response(request)


def health(request: Request) -> Response:
    feeds = monitor_of(request).health()
    for feed in feeds:
        feed["failing"] = bool(
            feed["consecutive_failures"] or feed["status"] in ("failing", "disabled")
        )
        feed["where"] = _where(feed.pop("url", None))
    feeds.sort(key=lambda feed: (not feed["failing"], feed["feed"]))
    body = _page("health.html", feeds=feeds, failing=sum(f["failing"] for f in feeds))
    return HTMLResponse(body, headers={"Cache-Control": "no-cache"})


def _where(url: str | None) -> str:
    """Scheme and host only: a feed's path or query can hold a key."""
    if not url:
        return ""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.hostname or ''}"
