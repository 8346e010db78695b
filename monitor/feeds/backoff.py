"""When to poll a feed next: hint-bounded intervals on success, jittered backoff on failure."""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import datetime, timedelta

FAILING_AFTER = 3
"""Consecutive failures after which the poller should record the feed as failing."""

HINT_FACTOR = 4
"""A server hint (RSS ttl, Cache-Control max-age) may stretch the interval at most this much."""

HINT_CEILING_S = 86_400


def is_failing(failures: int, threshold: int = FAILING_AFTER) -> bool:
    """True once a feed has failed `threshold` times in a row."""
    return failures >= threshold


def next_check(
    now: datetime,
    interval_s: float,
    *,
    failures: int = 0,
    retry_after_s: float | None = None,
    cache_max_age_s: float | None = None,
    ttl_minutes: float | None = None,
    cap_s: float = 86_400,
    rng: Callable[[], float] = random.random,
) -> datetime:
    """Return when the feed is due again after a poll that left it with `failures` failures.

    Success: the configured interval, lengthened by the larger server hint but never shortened,
    and never beyond max(interval, min(4 x interval, 24 h)) - a hint is the server asking us to come
    back less often, not a licence to stop watching.
    Failure: "equal jitter" exponential backoff - a random wait between half and all of
    min(cap, interval x 2^failures) - so a broken feed is never polled faster than every interval/2
    yet retries from many pollers spread out.
    Retry-After, when given, is a floor in both cases (itself capped at cap_s).
    """
    if failures <= 0:
        wait = interval_s
        hints = [h for h in (cache_max_age_s, ttl_minutes * 60 if ttl_minutes else None) if h]
        if hints:
            ceiling = max(interval_s, min(HINT_FACTOR * interval_s, HINT_CEILING_S))
            wait = min(max(interval_s, *hints), ceiling)
    else:
        ceiling = min(cap_s, interval_s * 2 ** min(failures, 32))
        wait = ceiling / 2 + rng() * ceiling / 2
    if retry_after_s is not None and retry_after_s > 0:
        wait = max(wait, min(retry_after_s, cap_s))
    return now + timedelta(seconds=wait)
