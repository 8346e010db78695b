"""Three daemons on one PostgreSQL: each feed fetched once per interval, nothing lost on a kill."""

from __future__ import annotations

import itertools
import json
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict

import pytest
import sqlalchemy as sa

import storage
from tests.support import rss

FEEDS = 100
INTERVAL_S = 4.0


def leadership(tmp_path, index: int) -> set[str]:
    """The jobs a daemon has logged taking the lead of."""
    lines = (tmp_path / f"daemon-{index}.log").read_text().splitlines()
    entries = [json.loads(line) for line in lines if line.startswith("{")]
    return {entry["job"] for entry in entries if entry.get("event") == "leadership_taken"}


def start_daemon(workspace, log_path):
    with open(log_path, "w") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "monitor", "--config", str(workspace.config), "run"],
            cwd=workspace.path, stdout=subprocess.DEVNULL, stderr=log,
        )  # fmt: skip


@pytest.mark.postgres
@pytest.mark.long
def test_three_daemons_fetch_each_feed_once_per_interval_and_survive_a_kill(
    tmp_path, postgres_url, feed_server, store_template
):
    from tests.support import Workspace

    workspace = Workspace(tmp_path, tmp_path / "monitor.toml", postgres_url)
    feeds = []
    for n in range(FEEDS):
        items = [
            {"title": f"Feed {n} story {i}", "link": f"https://outlet{n}.example.org/{i}"}
            for i in range(2)
        ]
        url = feed_server.serve(f"/feed-{n}.xml", rss(*items))
        feeds.append(f'[[feeds]]\nname = "feed-{n}"\nurl = "{url}"\ninterval = "{INTERVAL_S}s"\n')
    # The lease outlasts the 12 s watched after the kill, so the killed daemon's feeds are polled
    # again only because a dead holder's leases on this host are taken over at once, not because
    # they ran out; and a daemon starved of CPU (parse_workers = 0, 100 feeds) whose renewals
    # come late keeps its leases instead of having another daemon fetch its feeds beside it.
    workspace.write_config(
        'poll_every = "0.3s"\nlog_format = "json"\n'
        '[fetch]\nper_host_spacing = "0s"\nper_host_in_flight = 8\nparse_workers = 0\n'
        'request_timeout = "1s"\nlease = "30s"\n' + "".join(feeds)
    )
    store_template.fill(workspace.database_url)  # before three daemons start on it
    daemons = [start_daemon(workspace, tmp_path / f"daemon-{i}.log") for i in range(3)]
    try:
        # Started (a loaded machine may take seconds), then two intervals of work.
        deadline = time.monotonic() + 60
        while not any("reader:detector" in leadership(tmp_path, i) for i in range(3)):
            assert time.monotonic() < deadline, "no daemon took the detector's lead"
            time.sleep(0.1)
        time.sleep(2 * INTERVAL_S)
        leader = next(i for i in range(3) if "reader:detector" in leadership(tmp_path, i))
        kill_sent = time.monotonic()
        daemons[leader].send_signal(signal.SIGKILL)  # mid-run, with leases and reader locks
        daemons[leader].wait(timeout=10)
        killed_at = time.monotonic()
        time.sleep(12)
    finally:
        survivors = [d for d in daemons if d.poll() is None]
        for daemon in survivors:
            daemon.send_signal(signal.SIGTERM)
        for daemon in survivors:
            assert daemon.wait(timeout=60) == 0
    assert len(survivors) == 2, [
        (tmp_path / f"daemon-{i}.log").read_text()[-1500:] for i in range(3)
    ]
    stopped_at = time.monotonic()

    fetches = defaultdict(list)
    for path, at in feed_server.requests:
        fetches[path].append(at)
    assert len(fetches) == FEEDS, "every feed was fetched"
    for path, times in fetches.items():
        # The interval runs from when a fetch is recorded; two instances never share one. A
        # fetch the killed daemon made but never recorded is made again at once by a survivor
        # (a dead holder's lease on this host is taken over): once, across the kill.
        short = [
            (earlier, later) for earlier, later in itertools.pairwise(times)
            if later - earlier < INTERVAL_S * 0.95
        ]  # fmt: skip
        assert len(short) <= 1, (path, times)
        assert all(earlier < killed_at and later > kill_sent for earlier, later in short), (
            path, short, kill_sent, killed_at,
        )  # fmt: skip
        assert len(times) >= 4, (path, len(times))
        assert times[-1] > killed_at, f"{path} was not polled after the kill"
    assert max(t for times in fetches.values() for t in times) < stopped_at

    engine = storage.create_engine(postgres_url)
    store = storage.EventStore(engine)
    try:
        discovered = [e.data["url"] for e in store.read_all(types=["ArticleDiscovered"])]
        assert Counter(discovered) == Counter(
            f"https://outlet{n}.example.org/{i}" for n in range(FEEDS) for i in range(2)
        )
        positions = [e.position for e in store.read_all()]
        assert positions == list(range(1, len(positions) + 1))
        with engine.connect() as conn:
            checkpoints = dict(
                conn.execute(sa.text("SELECT reader, position FROM checkpoints")).all()
            )
        # The killed daemon's readers resumed elsewhere: each reached its last event.
        last_article = store.read_all(types=["ArticleDiscovered"])[-1].position
        feed_types = ["FeedAdded", "FeedRemoved", "FeedMoved", "FeedFailing", "FeedRecovered"]
        last_feed_event = store.read_all(types=feed_types)[-1].position
        assert checkpoints["detector"] == last_article
        assert checkpoints["view_feeds"] == last_feed_event
        assessed = Counter(e.data["article"] for e in store.read_all(types=["ArticleAssessed"]))
        assert len(assessed) == FEEDS * 2 and set(assessed.values()) == {1}
    finally:
        engine.dispose()
    others = [i for i in range(3) if i != leader]
    assert any("reader:detector" in leadership(tmp_path, i) for i in others), (
        "the detector's leadership moved to a surviving daemon after the kill"
    )
