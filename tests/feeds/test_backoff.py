"""Scheduling the next poll: hints on success, jittered exponential backoff on failure."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from monitor.feeds.backoff import FAILING_AFTER, is_failing, next_check

NOW = datetime(2024, 1, 1, tzinfo=UTC)
HOUR = 3600


def wait(**kwargs: object) -> float:
    return (next_check(NOW, **kwargs) - NOW).total_seconds()  # type: ignore[arg-type]


def test_success_waits_the_interval():
    assert wait(interval_s=1800) == 1800


@pytest.mark.parametrize(
    ("hints", "expected"),
    [
        ({"cache_max_age_s": 3600}, 3600),  # a longer hint lengthens the wait
        ({"ttl_minutes": 90}, 5400),
        ({"cache_max_age_s": 60}, 1800),  # a shorter hint never shortens it
        ({"ttl_minutes": 10_000}, 7200),  # at most 4x the interval
        ({"cache_max_age_s": 600, "ttl_minutes": 60}, 3600),  # the larger hint wins
    ],
)
def test_success_honours_hints_within_bounds(hints: dict, expected: float):
    assert wait(interval_s=1800, **hints) == expected


def test_hints_never_stretch_beyond_a_day():
    assert wait(interval_s=12 * HOUR, cache_max_age_s=7 * 24 * HOUR) == 24 * HOUR
    assert wait(interval_s=48 * HOUR, cache_max_age_s=7 * 24 * HOUR) == 48 * HOUR


@pytest.mark.parametrize(("failures", "ceiling"), [(1, 2 * HOUR), (2, 4 * HOUR), (3, 8 * HOUR)])
def test_failures_back_off_exponentially_with_jitter(failures: int, ceiling: float):
    low = wait(interval_s=HOUR, failures=failures, rng=lambda: 0.0)
    high = wait(interval_s=HOUR, failures=failures, rng=lambda: 1.0)
    assert (low, high) == (ceiling / 2, ceiling)
    assert low < wait(interval_s=HOUR, failures=failures, rng=lambda: 0.5) < high


def test_backoff_is_capped():
    assert wait(interval_s=HOUR, failures=40, cap_s=6 * HOUR, rng=lambda: 1.0) == 6 * HOUR
    assert wait(interval_s=HOUR, failures=10**6, rng=lambda: 1.0) == 24 * HOUR


def test_retry_after_is_a_floor_but_capped():
    assert wait(interval_s=600, failures=1, retry_after_s=5 * HOUR, rng=lambda: 0.0) == 5 * HOUR
    assert wait(interval_s=600, failures=1, retry_after_s=10, rng=lambda: 0.0) == 600
    assert wait(interval_s=600, failures=1, retry_after_s=9 * 24 * HOUR, cap_s=HOUR) == HOUR
    assert wait(interval_s=600, retry_after_s=1200) == 1200


def test_the_result_keeps_the_timezone_of_now():
    assert next_check(NOW, 60).tzinfo is UTC
    assert next_check(NOW, 60) == NOW + timedelta(seconds=60)


def test_a_feed_is_failing_after_the_threshold():
    assert FAILING_AFTER == 3
    assert not is_failing(2)
    assert is_failing(3)
    assert is_failing(1, threshold=1)
