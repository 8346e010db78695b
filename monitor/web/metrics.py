"""/metrics for Prometheus: the figures of monitor.views.metrics, read afresh at every scrape.

Counters come from the database, not from this process, so every instance (and a restarted one)
reports the same totals.
"""

from __future__ import annotations

from collections import defaultdict
from typing import TYPE_CHECKING

from prometheus_client import CONTENT_TYPE_LATEST, CollectorRegistry, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily
from starlette.requests import Request
from starlette.responses import Response

if TYPE_CHECKING:
    from monitor.app import Monitor

FAILED = frozenset({"ok", "not_modified"})  # the outcomes that are not failures


class Figures:
    """A prometheus_client collector over the facade's figures."""

    def __init__(self, monitor: Monitor) -> None:
        self.monitor = monitor

    def collect(self):
        found = self.monitor.metrics()
        polls = CounterMetricFamily("monitor_feed_polls", "Polls of a feed", labels=["feed"])
        failures = CounterMetricFamily(
            "monitor_feed_poll_failures", "Failed polls of a feed by error code",
            labels=["feed", "code"],
        )  # fmt: skip
        per_feed: dict[str, int] = defaultdict(int)
        per_code: dict[str, int] = defaultdict(int)
        for (feed, outcome), n in sorted(found["polls"].items()):
            per_feed[feed] += n
            if outcome not in FAILED:
                failures.add_metric([feed, outcome], n)
                per_code[outcome] += n
        for feed, n in per_feed.items():
            polls.add_metric([feed], n)
        yield polls
        yield CounterMetricFamily("monitor_polls", "Polls of every feed", sum(per_feed.values()))
        yield failures
        total_failures = CounterMetricFamily(
            "monitor_poll_failures", "Failed polls of every feed by error code", labels=["code"]
        )
        for code, n in sorted(per_code.items()):
            total_failures.add_metric([code], n)
        yield total_failures
        entries = CounterMetricFamily(
            "monitor_feed_entries_discovered", "Articles a feed brought in first", labels=["feed"]
        )
        for feed, n in sorted(found["entries"].items()):
            entries.add_metric([feed], n)
        yield entries
        yield CounterMetricFamily(
            "monitor_entries_discovered", "Articles discovered in every feed",
            sum(found["entries"].values()),
        )  # fmt: skip
        yield _gauges(
            "monitor_developments", "Developments by type (retracted ones left out)", "type",
            found["developments"],
        )  # fmt: skip
        yield _gauges(
            "monitor_reader_lag_events", "Events of its types a reader has still to handle",
            "reader", found["lags"],
        )  # fmt: skip
        yield _gauges(
            "monitor_outbox_deliveries", "Deliveries pending or dead, every channel kind", "status",
            found["outbox"],
        )  # fmt: skip
        yield _gauges(
            "monitor_digest_last_sent_timestamp_seconds", "When a digest was last sent (Unix time)",
            "digest", {name: at.timestamp() for name, at in found["digests"].items()},
        )  # fmt: skip
        yield GaugeMetricFamily(
            "monitor_log_head", "Position of the log's last event", found["head"]
        )


def _gauges(name: str, documentation: str, label: str, values: dict) -> GaugeMetricFamily:
    family = GaugeMetricFamily(name, documentation, labels=[label])
    for key, value in sorted(values.items()):
        family.add_metric([key], value)
    return family


def endpoint(request: Request) -> Response:
    registry = request.app.state.registry
    return Response(
        generate_latest(registry),
        headers={"Content-Type": CONTENT_TYPE_LATEST, "Cache-Control": "no-store"},
    )


def registry_for(monitor: Monitor) -> CollectorRegistry:
    registry = CollectorRegistry(auto_describe=False)
    registry.register(Figures(monitor))
    return registry
