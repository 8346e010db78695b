"""Per-host politeness: one request in flight per host, spaced out; other hosts run freely."""

from __future__ import annotations

import itertools
import threading
import time

from monitor.feeds.politeness import HostLimiter


def _run(
    limiter: HostLimiter, hosts: list[str], hold_s: float = 0.0
) -> list[tuple[str, float, float]]:
    spans: list[tuple[str, float, float]] = []
    lock = threading.Lock()

    def work(host: str) -> None:
        with limiter.slot(host):
            start = time.monotonic()
            time.sleep(hold_s)
            with lock:
                spans.append((host, start, time.monotonic()))

    threads = [threading.Thread(target=work, args=(h,)) for h in hosts]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=10)
    return sorted(spans, key=lambda s: s[1])


def test_requests_to_one_host_are_spaced_by_the_minimum_gap():
    spans = _run(HostLimiter(min_spacing_s=0.2), ["a.kz"] * 3)
    starts = [s[1] for s in spans]
    assert all(later - earlier >= 0.19 for earlier, later in itertools.pairwise(starts))


def test_one_request_in_flight_per_host_by_default():
    spans = _run(HostLimiter(min_spacing_s=0.0), ["a.kz"] * 3, hold_s=0.1)
    for (_, _, end), (_, start, _) in itertools.pairwise(spans):
        assert start >= end - 0.001


def test_different_hosts_do_not_wait_for_each_other():
    started = time.monotonic()
    spans = _run(HostLimiter(min_spacing_s=5.0), ["a.kz", "b.il", "c.com"], hold_s=0.1)
    assert len(spans) == 3
    assert time.monotonic() - started < 1.0


def test_host_names_are_case_insensitive():
    started = time.monotonic()
    _run(HostLimiter(min_spacing_s=0.3), ["A.kz", "a.KZ"])
    assert time.monotonic() - started >= 0.29


def test_several_in_flight_when_allowed():
    spans = _run(HostLimiter(per_host_in_flight=3, min_spacing_s=0.0), ["a.kz"] * 3, hold_s=0.2)
    assert max(s[1] for s in spans) < min(s[2] for s in spans)  # all three overlapped
