"""Nothing lost in the move to the one development model.

`tests/data/dev_corpus_log_5f8e9cb.db.gz` is a SQLite database written by `main` at 5f8e9cb,
before the model: the dev corpus's 48 written-for-the-project articles (the real seed article
left out) served as feeds and polled once, with a webhook (61 deliveries) and a digest sent. It
holds that code's `view_developments`, the projection of every development. Opened by today's
code it upgrades, replays to the same developments, and a rebuild gives identical projections;
on PostgreSQL, its log copied over replays to the same developments too.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import orjson
import pytest
import sqlalchemy as sa

import storage
from monitor.bootstrap import upgrade_database
from monitor.notify.outbox import OutboxReader, list_deliveries
from monitor.views.summary import SummaryView, load_summary, stored_facts
from storage import EventStore
from tests.support import copy_log, unpack

FIXTURE = Path(__file__).resolve().parents[1] / "data" / "dev_corpus_log_5f8e9cb.db.gz"
TODAY = date(2026, 11, 30)


@pytest.fixture
def old_database(tmp_path) -> Path:
    return unpack(FIXTURE, tmp_path / "main-5f8e9cb.db")


def old_developments(path: Path) -> dict[str, dict]:
    """What the old code's projection held: per key, its type, status, sources and evidence."""
    engine = sa.create_engine(f"sqlite:///{path}")
    with engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT key, status, doc FROM view_developments")).all()
    engine.dispose()
    return {key: _essentials(orjson.loads(doc), status) for key, status, doc in rows}


def _essentials(doc: dict, status: str) -> dict:
    return {
        "type": doc["type"],
        "retracted": status == "retracted",
        "sources": sorted(s["url"] for s in doc["sources"]),
        "evidence": doc["evidence"],
        "first_position": doc["first_position"],
        "last_position": doc["last_position"],
    }


def new_developments(store: EventStore) -> dict[str, dict]:
    with store.engine.connect() as conn:
        rows = conn.execute(sa.text("SELECT key, status, doc FROM view_developments")).all()
    return {key: _essentials(orjson.loads(doc), status) for key, status, doc in rows}


def stored_facts_at(store: EventStore, day: date) -> list[dict]:
    with store.engine.connect() as conn:
        return stored_facts(conn, day)


def dump(store: EventStore, table: str) -> list[tuple]:
    with store.engine.connect() as conn:
        return [tuple(row) for row in conn.execute(sa.text(f"SELECT * FROM {table} ORDER BY 1"))]


def test_a_database_written_before_the_model_upgrades_and_replays_to_the_same_developments(
    old_database,
):
    before = old_developments(old_database)
    assert len(before) == 50  # the corpus without the seed: fifty developments
    engine = storage.create_engine(f"sqlite:///{old_database}")
    upgrade_database(engine)
    store = EventStore(engine)
    with engine.connect() as conn:
        assert "view_timeline" not in sa.inspect(conn).get_table_names()
        assert conn.execute(sa.text("SELECT count(*) FROM view_developments")).scalar() == 0
    storage.catch_up(store, SummaryView())

    assert new_developments(store) == before
    projection = dump(store, "view_developments")
    summary = load_summary(store, today=TODAY)
    storage.rebuild(store, SummaryView(), batch_size=7)
    assert dump(store, "view_developments") == projection
    assert load_summary(store, today=TODAY) == summary
    # Told once everything reported has happened, every development is in the summary, a plan
    # fulfilled by a visit of another development as well.
    shown = {fact["key"].split("/")[0] for fact in stored_facts_at(store, date(2027, 12, 31))}
    assert shown == {key for key, dev in before.items() if not dev["retracted"]}

    with engine.connect() as conn:
        deliveries = [(row.key, row.status) for row in list_deliveries(conn)]
    assert len(deliveries) == 61 and {status for _, status in deliveries} == {"delivered"}
    storage.rebuild(store, OutboxReader(["hook"]))
    with engine.connect() as conn:
        assert [(row.key, row.status) for row in list_deliveries(conn)] == deliveries
    engine.dispose()


@pytest.mark.postgres
def test_the_old_log_copied_to_postgresql_replays_to_the_same_developments(
    old_database, postgres_url
):
    before = old_developments(old_database)
    engine = copy_log(old_database, postgres_url)
    store = EventStore(engine)
    storage.catch_up(store, SummaryView(), batch_size=20)

    assert new_developments(store) == before
    projection = dump(store, "view_developments")
    storage.rebuild(store, SummaryView())
    assert dump(store, "view_developments") == projection
    engine.dispose()
