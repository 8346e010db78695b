"""Shared fixtures for the detection tests: one detector built from the repo's vocabulary."""

from __future__ import annotations

from typing import Any

import pytest

from monitor.detect.detector import Detector


@pytest.fixture(scope="session")
def detector() -> Detector:
    return Detector.load()


@pytest.fixture
def assess(detector: Detector):
    """Assess an invented article: assess(title, text, published="2026-03-12T09:00:00Z")."""

    def run(title: str, text: str, published: str = "2026-03-12T09:00:00Z", **extra: Any):
        return detector.assess(
            {"id": "t", "title": title, "text": text, "url": "", "published": published, **extra}
        )

    return run
