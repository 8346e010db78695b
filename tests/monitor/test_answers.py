"""A summary asked again of an unchanged SQLite store is its kept answer; any change is seen."""

from __future__ import annotations

import json

from monitor import events as ev
from monitor.mapper import to_new_event
from storage import EventStore, create_engine
from tests.notify.conftest import append, detected
from tests.support import Daemon, wait_until


def one_development(workspace, monkeypatch, store_template) -> tuple:
    """A store holding one detected development, told as of 2026-11-30."""
    monkeypatch.setenv("MONITOR_TODAY", "2026-11-30")
    store_template.fill(workspace.database_url)
    engine = create_engine(workspace.database_url)
    store = EventStore(engine)
    append(store, detected("visa-mou"))
    return engine, store


def test_a_repeated_summary_is_the_kept_answer_until_the_log_the_day_or_the_question_changes(
    sqlite_workspace, monkeypatch, store_template
):
    workspace = sqlite_workspace
    engine, store = one_development(workspace, monkeypatch, store_template)
    workspace.monitor("poll")  # every reader caught up

    first = workspace.monitor("summary", "--json").stdout
    assert json.loads(first)["developments"] == 1
    assert workspace.monitor("summary", "--json").stdout == first  # now kept
    kept_file = workspace.path / "var" / "monitor.db.answers"
    kept = json.loads(kept_file.read_text())
    (key,) = [k for k, answer in kept.items() if answer["output"] == first]
    kept[key]["output"] = "the kept answer\n"  # shows whether the next run reads it
    kept_file.write_text(json.dumps(kept))
    assert workspace.monitor("summary", "--json").stdout == "the kept answer\n"

    # The kept answer is found before the settings are loaded, but never under settings that
    # no longer validate, nor under another configuration.
    monkeypatch.setenv("MONITOR_SMTP__PORT", "99999")
    refused = workspace.monitor("summary", "--json", check=False)
    assert refused.returncode == 2 and "MONITOR_SMTP__PORT: smtp.port" in refused.stderr
    monkeypatch.delenv("MONITOR_SMTP__PORT")
    configured = workspace.config.read_text()
    workspace.config.write_text(configured + "[smtp]\nport = 99999\n")
    refused = workspace.monitor("summary", "--json", check=False)
    assert refused.returncode == 2 and "smtp.port" in refused.stderr
    workspace.config.write_text(configured + "log_level = 'debug'\n")
    assert json.loads(workspace.monitor("summary", "--json").stdout)["developments"] == 1
    workspace.config.write_text(configured)
    assert workspace.monitor("summary", "--json").stdout == "the kept answer\n"

    assert workspace.monitor("summary").stdout.startswith("Kazakhstan–Israel relations")
    monkeypatch.setenv("MONITOR_TODAY", "2026-12-01")
    assert json.loads(workspace.monitor("summary", "--json").stdout)["developments"] == 1
    monkeypatch.setenv("MONITOR_TODAY", "2026-11-30")
    assert workspace.monitor("summary", "--json").stdout == "the kept answer\n"

    append(store, detected("forum", type="economic", fields={"sector": "cyber"}))
    changed = workspace.monitor("summary", "--json")
    assert json.loads(changed.stdout)["developments"] == 2
    assert "view_developments" not in changed.stderr  # the summary caught its view up itself

    article = ev.ArticleDiscovered(
        article="a1", feed="outlet", url="https://outlet.example.org/1", title="Talks",
        text="Kazakhstan and Israel", content_hash="h1",
    )  # fmt: skip
    store.append("article-a1", [to_new_event(article)])
    for _ in range(3):  # computed, kept, then answered from the kept answer: warnings too
        done = workspace.monitor("summary", "--json")
        assert "warning: detector is 1 event(s) behind the log" in done.stderr
        assert json.loads(done.stdout)["developments"] == 2
    engine.dispose()


def test_a_poll_keeps_todays_summary_so_the_next_query_reads_a_file(
    sqlite_workspace, monkeypatch, store_template
):
    workspace = sqlite_workspace
    engine, _ = one_development(workspace, monkeypatch, store_template)
    kept_file = workspace.path / "var" / "monitor.db.answers"
    assert not kept_file.exists()

    workspace.monitor("poll")
    kept = json.loads(kept_file.read_text())
    outputs = sorted(answer["output"] for answer in kept.values())
    assert len(outputs) == 2  # the text and the JSON summary, worked out by the poll
    assert json.loads(next(o for o in outputs if o.startswith("{")))["developments"] == 1

    # What the poll kept is what a summary works out itself.
    kept_text = workspace.monitor("summary").stdout
    kept_file.unlink()
    assert workspace.monitor("summary").stdout == kept_text
    engine.dispose()


def test_the_daemon_keeps_todays_summary_after_each_pass_that_moves_the_readers(
    sqlite_workspace, monkeypatch, store_template
):
    workspace = sqlite_workspace
    engine, _ = one_development(workspace, monkeypatch, store_template)
    workspace.write_config('poll_every = "0.2s"\n')
    kept_file = workspace.path / "var" / "monitor.db.answers"
    daemon = Daemon(workspace)
    try:
        daemon.wait_for("readers_caught_up")
        wait_until(lambda: kept_file.exists() and len(json.loads(kept_file.read_text())) == 2)
        answered = workspace.monitor("summary", "--json").stdout
        assert answered in [a["output"] for a in json.loads(kept_file.read_text()).values()]
        assert json.loads(answered)["developments"] == 1
    finally:
        daemon.stop()
        engine.dispose()
