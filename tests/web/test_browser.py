"""A real browser on the real server: headless Chromium loads the briefing, a development page and
feed health from `monitor serve` over a store built by polling the dev corpus.

Needs Debian's `chromium` (.ci/run installs it); skips with the reason where it is missing,
except under CI=true, where that fails. Screenshots are saved in the test's temp dir.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys

import httpx
import pytest

from monitor.views.development import all_facts
from tests.conftest import IN_CI
from tests.views.test_dev_corpus_end_to_end import CORPUS, corpus, serve_outlets

CHROMIUM = next(filter(None, map(shutil.which, ("chromium", "chromium-browser"))), None)

pytestmark = pytest.mark.skipif(not CORPUS.exists(), reason=f"dev corpus not found at {CORPUS}")


@pytest.fixture
def chromium() -> str:
    if CHROMIUM is None:
        reason = "Chromium is not installed (apt-get install chromium)"
        if IN_CI:
            pytest.fail(f"CI must run the browser test: {reason}")
        pytest.skip(reason)
    return CHROMIUM


@pytest.fixture
def served(sqlite_workspace, feed_server, monkeypatch):
    """`monitor serve` on 127.0.0.1 in its own process, over the polled dev corpus."""
    monkeypatch.setenv("MONITOR_TODAY", "2026-11-30")
    articles = corpus()
    sqlite_workspace.write_config(serve_outlets(feed_server, articles))
    assert f"{len(articles)} new" in sqlite_workspace.monitor("poll", timeout=120).stdout
    env = {**os.environ, "MONITOR_LOG_FORMAT": "json"}
    env.pop("MONITOR_CONFIG", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "monitor", "--config", str(sqlite_workspace.config), "serve",
         "--port", "0"],
        cwd=sqlite_workspace.path, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        text=True,
    )  # fmt: skip
    try:
        line = server.stdout.readline()
        assert line.startswith("serving on http://127.0.0.1:"), line
        yield line.split()[-1]
    finally:
        server.terminate()
        assert server.wait(timeout=30) == 0  # a graceful stop on SIGTERM


def browse(chromium: str, url: str, screenshot) -> str:
    """The page's DOM as Chromium built it; a screenshot of it saved at `screenshot`."""
    common = [
        chromium, "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
        "--no-first-run", "--disable-dev-shm-usage", "--window-size=1280,2000",
        f"--user-data-dir={screenshot.parent / 'profile'}",
    ]  # fmt: skip
    dom = subprocess.run(
        [*common, "--dump-dom", url], capture_output=True, text=True, timeout=90, check=True
    ).stdout
    subprocess.run(
        [*common, f"--screenshot={screenshot}", url], capture_output=True, timeout=90, check=True
    )
    assert screenshot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return dom


def test_a_browser_shows_the_briefing_a_development_and_feed_health(chromium, served, tmp_path):
    summary = httpx.get(f"{served}/summary.json", timeout=30).json()
    facts = list(all_facts(summary))
    months = sorted({f["date"][:7] for f in facts if len(f["date"] or "") >= 7})

    briefing = browse(chromium, f"{served}/", tmp_path / "briefing.png")
    assert "Kazakhstan–Israel relations" in briefing
    assert f"{summary['developments']} development(s)" in briefing
    marks = re.findall(r'<g class="month" data-month="([\d-]+)"', briefing)
    assert marks == months and len(months) > 5
    for title in ("Bilateral instruments", "Visits", "Economic ties", "Tensions"):
        assert f"<h2>{title}</h2>" in briefing

    agreement = next(
        f for s in summary["instruments"] for f in s["documents"] if len(f["stages"]) >= 3
    )
    page = browse(chromium, f"{served}/developments/{agreement['key']}", tmp_path / "dev.png")
    assert f"<h1>{agreement['headline']}</h1>" in page
    events = re.findall(r'<tr class="event-(\w+)">', page)
    assert events[0] == "detected" and len(events) >= agreement["source_count"]
    assert all(f'href="{s["url"]}"' in page for s in agreement["sources"])

    health = browse(chromium, f"{served}/health", tmp_path / "health.png")
    assert len(re.findall(r'<td class="feed">outlet-\d+</td>', health)) == len(
        {a.get("source") for a in corpus()}
    )
