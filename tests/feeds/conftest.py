"""Fixtures for the feed fetching and parsing tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from monitor.feeds.fetch import Fetcher, FetchPolicy
from tests.feeds.httpserver import FeedServer


@pytest.fixture
def server() -> Iterator[FeedServer]:
    with FeedServer() as running:
        yield running


@pytest.fixture
def make_fetcher() -> Iterator[Callable[..., Fetcher]]:
    """Build fetchers that may reach 127.0.0.1 (the test server) unless told otherwise."""
    made: list[Fetcher] = []

    def make(**policy: object) -> Fetcher:
        policy.setdefault("allow_private_networks", True)
        fetcher = Fetcher(FetchPolicy(**policy))  # type: ignore[arg-type]
        made.append(fetcher)
        return fetcher

    yield make
    for fetcher in made:
        fetcher.close()


@pytest.fixture
def fetcher(make_fetcher: Callable[..., Fetcher]) -> Fetcher:
    return make_fetcher()
