"""Status that tells the truth: reader lag, warnings in queries, health checks, save failures."""

from __future__ import annotations

import json

import httpx
import pytest
import sqlalchemy as sa

import storage
from monitor.events import ArticleDiscovered
from monitor.mapper import to_new_event
from tests.support import rss

ARTICLE = {"title": "Kazakhstan and Israel hold talks", "link": "https://outlet.example.org/1"}


def status(workspace, *args: str) -> tuple[int, dict[str, dict]]:
    done = workspace.query("projections", "status", "--json", *args, check=False)
    return done.returncode, {
        row["reader"]: row for row in map(json.loads, done.stdout.splitlines())
    }


def append_undetected_articles(database_url: str, count: int, store_template) -> None:
    """Articles as the poller records them, which no detector has seen yet."""
    store_template.fill(database_url)
    engine = storage.create_engine(database_url)
    store = storage.EventStore(engine)
    for n in range(count):
        article = ArticleDiscovered(
            article=f"a{n}", feed="outlet", url=f"https://outlet.example.org/{n}",
            title=f"Story {n}", text="Kazakhstan and Israel", content_hash=f"h{n}",
        )  # fmt: skip
        store.append(f"article-a{n}", [to_new_event(article)])
    engine.dispose()


def test_readers_of_some_event_types_are_not_behind_once_they_handled_theirs(
    workspace, feed_server
):
    url = feed_server.serve("/feed.xml", rss(ARTICLE))
    workspace.write_config(f'[[feeds]]\nname = "outlet"\nurl = "{url}"\n')
    workspace.command("poll")
    code, readers = status(workspace)
    assert code == 0
    # view_feeds reads feed events only: its checkpoint stays at the FeedAdded, below the head.
    assert readers["view_feeds"]["checkpoint"] < readers["detector"]["checkpoint"]
    assert {name: row["behind"] for name, row in readers.items()} == dict.fromkeys(readers, 0)
    assert "warning" not in workspace.query("summary").stderr


def test_queries_warn_while_detection_is_behind_and_the_health_check_fails_when_stuck(
    workspace, store_template
):
    append_undetected_articles(workspace.database_url, 3, store_template)
    for command in (["summary"], ["summary", "--json"], ["events"], ["health"], ["feeds", "list"]):
        done = workspace.query(*command)
        assert "warning: detector is 3 event(s) behind the log" in done.stderr, command
    assert json.loads(workspace.query("summary", "--json").stdout)["developments"] == 0

    code, readers = status(workspace)
    assert code == 0 and readers["detector"]["behind"] == 3  # behind, but not for long yet
    stuck = workspace.query("projections", "status", "--stuck-after", "0s", check=False)
    assert stuck.returncode == 1
    assert "error: detector has left 3 event(s) unhandled for more than 0:00:00" in stuck.stderr

    workspace.command("poll")  # catches every reader up
    code, readers = status(workspace, "--stuck-after", "0s")
    assert code == 0 and readers["detector"]["behind"] == 0
    assert "warning" not in workspace.query("summary").stderr


def test_the_endpoints_health_says_which_readers_are_behind(make_monitor, store_template):
    monitor = make_monitor()
    monitor.catch_up()
    append_undetected_articles(monitor.settings.database_url, 2, store_template)
    endpoint = monitor.serve(port=0)
    try:
        health = httpx.get(f"{endpoint.url}/healthz", timeout=5)
        assert health.status_code == 200
        assert health.json() == {"status": "ok", "head": 2, "behind": {"detector": 2}}
        monitor.catch_up()
        caught_up = httpx.get(f"{endpoint.url}/healthz", timeout=5).json()
        assert caught_up["status"] == "ok" and "behind" not in caught_up
    finally:
        endpoint.stop()


REFUSE_ARTICLES = {
    "sqlite": [
        "CREATE TRIGGER refuse BEFORE INSERT ON article_index "
        "BEGIN SELECT RAISE(ABORT, 'disk quota exceeded'); END"
    ],
    "postgresql": [
        "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS "
        "$$ BEGIN RAISE EXCEPTION 'disk quota exceeded'; END $$",
        "CREATE TRIGGER refuse BEFORE INSERT ON article_index "
        "FOR EACH ROW EXECUTE FUNCTION refuse()",
    ],
}


def test_health_shows_a_feed_fetched_but_not_saved_until_a_save_succeeds(
    workspace, feed_server, store_template
):
    url = feed_server.serve("/feed.xml", rss(ARTICLE))
    workspace.write_config(f'[[feeds]]\nname = "outlet"\nurl = "{url}"\n')
    store_template.fill(workspace.database_url)
    engine = storage.create_engine(workspace.database_url)
    with engine.begin() as conn:
        for statement in REFUSE_ARTICLES[engine.dialect.name]:
            conn.execute(sa.text(statement))

    done = workspace.command("poll")
    assert "outlet: save_failed: " in done.stdout and "disk quota exceeded" in done.stdout
    (feed,) = map(json.loads, workspace.query("health", "--json").stdout.splitlines())
    assert feed["last_status"] == 200 and feed["consecutive_failures"] == 1
    assert feed["last_error"].startswith("save_failed: ") and feed["last_success_at"] is None

    with engine.begin() as conn:
        conn.execute(sa.text("DROP TRIGGER refuse" + (" ON article_index" if
                     engine.dialect.name == "postgresql" else "")))  # fmt: skip
    engine.dispose()
    workspace.command("poll", "--feed", "outlet")
    (feed,) = map(json.loads, workspace.query("health", "--json").stdout.splitlines())
    assert feed["consecutive_failures"] == 0 and feed["last_error"] is None
    assert feed["entries_seen"] == 1


def test_adding_a_feed_under_a_listed_name_is_refused_unless_replacing(
    sqlite_workspace, store_template
):
    workspace = sqlite_workspace
    store_template.fill(workspace.database_url)
    workspace.query("feeds", "add", "outlet", "https://outlet.example.org/rss")
    refused = workspace.query("feeds", "add", "outlet", "https://other.example.org/rss",
                              check=False)  # fmt: skip
    assert refused.returncode == 1
    (line,) = refused.stderr.strip().splitlines()
    assert line == (
        "error: a feed named 'outlet' is already listed (https://outlet.example.org/rss); "
        "pass --replace to replace it"
    )
    same = workspace.query("feeds", "add", "outlet", "https://outlet.example.org/rss")
    assert same.stdout == "outlet is already listed as given\n"
    replaced = workspace.query("feeds", "add", "outlet", "https://other.example.org/rss",
                               "--replace")  # fmt: skip
    assert replaced.stdout == "replaced outlet: now https://other.example.org/rss\n"
    added = [
        json.loads(line)["data"]["url"]
        for line in workspace.query("events", "--json", "--type", "FeedAdded").stdout.splitlines()
    ]
    assert added == ["https://outlet.example.org/rss", "https://other.example.org/rss"]


@pytest.fixture
def make_monitor(database_url):
    from monitor.app import open_monitor
    from monitor.settings import Settings

    opened = []

    def make(**settings):
        opened.append(open_monitor(settings=Settings(database_url=database_url, **settings),
                                   create=True))  # fmt: skip
        return opened[-1]

    yield make
    for monitor in opened:
        monitor.close()
