"""The minimal path end to end: a feed over HTTP → ArticleDiscovered → projections → CLI."""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time

from tests.support import rss

ARTICLES = [
    {"title": "Kazakhstan and Israel sign a visa memorandum", "link": "https://outlet.example.org/a1",
     "description": "&lt;p&gt;The ministers met in &lt;b&gt;Astana&lt;/b&gt;.&lt;/p&gt;"},
    {"title": "Trade forum in Tel Aviv", "link": "https://outlet.example.org/a2",
     "description": "Companies from both countries took part."},
]  # fmt: skip


def upgrade(workspace, store_template) -> None:
    """The store made, as `monitor db upgrade` makes it (its own test is below)."""
    store_template.fill(workspace.database_url)


def events_json(workspace, *args):
    done = workspace.query("events", "--json", *args)
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_a_polled_feed_becomes_article_events_listed_by_the_cli(workspace, feed_server):
    url = feed_server.serve("/feed.xml", rss(*ARTICLES))
    workspace.write_config(f'[[feeds]]\nname = "outlet"\nurl = "{url}"\ninterval = "1m"\n')
    workspace.monitor("poll")  # as a process of its own, end to end; others poll in process

    listed = events_json(workspace, "--type", "ArticleDiscovered")
    assert sorted(item["data"]["title"] for item in listed) == sorted(a["title"] for a in ARTICLES)
    first = next(item for item in listed if item["data"]["url"].endswith("/a1"))
    assert first["data"]["text"] == "The ministers met in Astana."
    assert first["data"]["feed"] == "outlet"
    assert first["stream"].startswith("article-")
    types = [item["type"] for item in events_json(workspace)]
    assert types.count("FeedAdded") == 1

    feeds = workspace.query("feeds", "list", "--json").stdout.splitlines()
    assert json.loads(feeds[0]) | {"articles": 2, "status": "active"} == json.loads(feeds[0])


def test_a_second_poll_sends_validators_and_appends_nothing(workspace, feed_server):
    url = feed_server.serve("/feed.xml", rss(*ARTICLES))
    workspace.write_config(f'[[feeds]]\nname = "outlet"\nurl = "{url}"\ninterval = "1m"\n')
    workspace.command("poll")
    before = events_json(workspace)
    done = workspace.command("poll", "--feed", "outlet")
    assert "outlet: 304" in done.stdout
    assert events_json(workspace) == before
    assert feed_server.hits["/feed.xml"] == 2


def test_a_changed_article_appends_article_updated(workspace, feed_server):
    url = feed_server.serve("/feed.xml", rss(*ARTICLES))
    workspace.write_config(f'[[feeds]]\nname = "outlet"\nurl = "{url}"\ninterval = "1m"\n')
    workspace.command("poll")
    changed = [ARTICLES[0] | {"description": "Corrected: they met in Almaty."}, ARTICLES[1]]
    feed_server.serve("/feed.xml", rss(*changed))
    workspace.command("poll", "--feed", "outlet")
    updated = events_json(workspace, "--type", "ArticleUpdated")
    assert [item["data"]["text"] for item in updated] == ["Corrected: they met in Almaty."]


def test_feeds_added_and_removed_from_the_cli_are_events(workspace, feed_server, store_template):
    url = feed_server.serve("/other.xml", rss(ARTICLES[1]))
    # Feeds are added to a store; run, poll or `db upgrade` make one.
    upgrade(workspace, store_template)
    workspace.query("feeds", "add", "other", url, "--language", "ru", "--interval", "2h")
    listed = [
        json.loads(line) for line in workspace.query("feeds", "list", "--json").stdout.splitlines()
    ]
    assert [(f["feed"], f["language"], f["interval_s"], f["origin"]) for f in listed] == [
        ("other", "ru", 7200.0, "cli")
    ]
    workspace.query("feeds", "remove", "other")
    types = [item["type"] for item in events_json(workspace)]
    assert types == ["FeedAdded", "FeedRemoved"]
    missing = workspace.query("feeds", "remove", "other", check=False)
    assert missing.returncode == 1
    assert "no feed named 'other'" in missing.stderr
    assert "Traceback" not in missing.stderr


def test_opml_export_and_import_round_trip(workspace, feed_server, tmp_path, store_template):
    url = feed_server.serve("/feed.xml", rss(*ARTICLES))
    upgrade(workspace, store_template)
    workspace.query("feeds", "add", "outlet", url, "--interval", "45m")
    exported = tmp_path / "feeds.opml"
    workspace.query("feeds", "export-opml", "-o", str(exported))
    assert url in exported.read_text()
    workspace.query("feeds", "remove", "outlet")
    done = workspace.query("feeds", "import-opml", str(exported))
    assert "1 added" in done.stdout
    listed = [
        json.loads(line) for line in workspace.query("feeds", "list", "--json").stdout.splitlines()
    ]
    assert [(f["url"], f["status"], f["interval_s"]) for f in listed] == [(url, "active", 2700.0)]


def test_a_rebuilt_projection_equals_the_caught_up_one(workspace, feed_server):
    url = feed_server.serve("/feed.xml", rss(*ARTICLES))
    workspace.write_config(f'[[feeds]]\nname = "outlet"\nurl = "{url}"\n')
    workspace.command("poll")
    before = workspace.query("feeds", "list", "--json").stdout
    status_before = workspace.query("projections", "status").stdout
    done = workspace.command("projections", "rebuild")
    assert "view_feeds: replayed 1 events" in done.stdout
    assert workspace.query("feeds", "list", "--json").stdout == before
    assert workspace.query("projections", "status").stdout == status_before


def test_db_upgrade_reports_both_schemas(workspace):
    done = workspace.monitor("db", "upgrade")
    assert "store at 0001" in done.stdout
    from alembic.script import ScriptDirectory

    from monitor.bootstrap import MONITOR_MIGRATIONS

    head = ScriptDirectory(str(MONITOR_MIGRATIONS)).get_current_head()
    assert f"service at {head}" in done.stdout


def test_a_bad_config_names_file_and_key_and_exits_2_without_traceback(workspace):
    workspace.config.write_text(
        '[[feeds]]\nname = "x"\nurl = "ftp://nowhere"\n[fetch]\nconcurency = 3\n'
    )
    done = workspace.monitor("events", check=False)
    assert done.returncode == 2
    assert str(workspace.config) in done.stderr
    assert "feeds[0].url" in done.stderr and "fetch.concurency" in done.stderr
    assert "Traceback" not in done.stderr
    workspace.config.write_text("database_url = [broken\n")
    done = workspace.monitor("events", check=False)
    assert done.returncode == 2 and "not valid TOML" in done.stderr


def test_the_daemon_polls_then_exits_0_on_sigterm(workspace, feed_server):
    url = feed_server.serve("/feed.xml", rss(*ARTICLES))
    workspace.write_config(f'poll_every = "1s"\n[[feeds]]\nname = "outlet"\nurl = "{url}"\n')
    daemon = subprocess.Popen(
        [sys.executable, "-m", "monitor", "--config", str(workspace.config), "run"],
        cwd=workspace.path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not feed_server.hits.get("/feed.xml"):
            time.sleep(0.1)
        assert feed_server.hits.get("/feed.xml") == 1
        time.sleep(1.5)
        daemon.send_signal(signal.SIGTERM)
        _, stderr = daemon.communicate(timeout=30)
    finally:
        daemon.kill()
    assert daemon.returncode == 0, stderr
    logged = [json.loads(line)["event"] for line in stderr.splitlines() if line.startswith("{")]
    assert logged[0] == "daemon_started" or "daemon_started" in logged
    assert logged[-1] == "daemon_stopped"
    assert "stop_requested" in logged
    titles = [e["data"]["title"] for e in events_json(workspace, "--type", "ArticleDiscovered")]
    assert len(titles) == 2
