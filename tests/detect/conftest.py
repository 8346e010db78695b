"""Shared fixtures for the detection tests: the detector built from the repo's vocabulary, with
its learned models (`shipped`) and without them (`detector`: the rules alone).

The rules draft the events the learned scorer chooses from and decide when no model is
installed, so most tests state what the rules must find; tests on the shipped models measure
them over whole sets of written articles, as a learned component is judged."""

from __future__ import annotations

from typing import Any

import pytest

from monitor.detect.detector import Detector


@pytest.fixture(scope="session")
def shipped() -> Detector:
    return Detector.load()


@pytest.fixture(scope="session")
def detector(shipped: Detector) -> Detector:
    return shipped.with_models(None, None)


@pytest.fixture
def assess(detector: Detector):
    """Assess an invented article: assess(title, text, published="2026-03-12T09:00:00Z")."""

    def run(title: str, text: str, published: str = "2026-03-12T09:00:00Z", **extra: Any):
        return detector.assess(
            {"id": "t", "title": title, "text": text, "url": "", "published": published, **extra}
        )

    return run
