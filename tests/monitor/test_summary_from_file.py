"""A summary of a current SQLite store is read from its file with the standard library (one
read-only snapshot, monitor.snapshot): it tells what the opened store tells, warnings included,
and whatever the file alone cannot answer is left to the opened store."""

from __future__ import annotations

import sqlite3
from datetime import date

from monitor import events as ev
from monitor.app import open_monitor, summary_from_file, told_summary
from monitor.bootstrap import build_readers
from monitor.mapper import to_new_event
from monitor.settings import load_settings
from monitor.snapshot import READERS
from storage import EventStore, create_engine
from tests.views.conftest import append, detected, seed_events, source

TODAY = date(2026, 11, 30)
ARTICLE = ev.ArticleDiscovered(
    article="a1", feed="outlet", url="https://outlet.example.org/1", title="Talks",
    text="Kazakhstan and Israel", content_hash="h1",
)  # fmt: skip


def caught_up_store(workspace, store_template):
    """The seed developments with a later stage of the memorandum, every reader caught up, then
    an article the detector has not read (so a warning is due): (engine, store, settings)."""
    store_template.fill(workspace.database_url)
    engine = create_engine(workspace.database_url)
    store = EventStore(engine)
    later = ev.EventRevised(
        key="mou-visa", date="2027-03-01", date_precision="day", fields={"stage": "in_force"},
        evidence=["It enters into force on 1 March 2027."], source=source(5, "Kazinform"),
    )  # fmt: skip
    append(store, *seed_events(), later)
    settings = load_settings(workspace.config)
    with open_monitor(settings=settings) as monitor:
        monitor.catch_up()
    store.append("article-a1", [to_new_event(ARTICLE)])
    return engine, store, settings


def opened(settings, as_of=None):
    with open_monitor(settings=settings, today=lambda: TODAY) as monitor:
        return monitor.summary(as_of), monitor.lag_warnings()


def test_the_summary_read_from_the_file_is_the_summary_the_opened_store_tells(
    sqlite_workspace, store_template
):
    engine, _, settings = caught_up_store(sqlite_workspace, store_template)
    # Today, before anything happened, with plans ahead, and after the memorandum's later stage.
    for as_of in (None, date(2025, 12, 31), date(2026, 2, 1), date(2027, 6, 1)):
        from_file = summary_from_file(settings, TODAY, as_of)
        assert from_file is not None, as_of
        assert from_file == opened(settings, as_of), as_of
    document, warnings = summary_from_file(settings, TODAY)
    assert document["developments"] == 12 and document["visits"]["planned"]
    assert [line.split(" (")[0] for line in warnings] == ["detector is 1 event(s) behind the log"]
    engine.dispose()


def test_a_view_behind_the_log_an_older_schema_or_no_store_are_left_to_the_opened_store(
    sqlite_workspace, tmp_path, store_template
):
    engine, store, settings = caught_up_store(sqlite_workspace, store_template)
    append(store, detected("talks-2", "talks", "2026-11-20", {"format": "call"}))
    assert summary_from_file(settings, TODAY) is None  # the view must catch up first
    document, _ = told_summary(settings, today=lambda: TODAY)  # which opening the store does
    assert document["developments"] == 13
    assert summary_from_file(settings, TODAY) == opened(settings)

    database = settings.sqlite_file()
    with sqlite3.connect(database) as conn:
        conn.execute("UPDATE alembic_version_monitor SET version_num = 'm0010'")
    assert summary_from_file(settings, TODAY) is None  # opening the store upgrades it
    engine.dispose()

    sqlite_workspace.config.write_text(f'database_url = "sqlite:///{tmp_path / "none.db"}"\n')
    assert summary_from_file(load_settings(sqlite_workspace.config), TODAY) is None
    assert not (tmp_path / "none.db").exists()
    sqlite_workspace.config.write_text('database_url = "postgresql://127.0.0.1/monitor"\n')
    assert summary_from_file(load_settings(sqlite_workspace.config), TODAY) is None


def test_the_readers_whose_backlogs_the_file_counts_are_the_readers_the_store_is_opened_with(
    sqlite_workspace,
):
    settings = load_settings(sqlite_workspace.config)
    built = [(reader.name, tuple(reader.types)) for reader in build_readers(settings, None)]
    assert built == list(READERS.items())
