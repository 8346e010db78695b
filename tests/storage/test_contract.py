"""The event store contract, run on a SQLite file and on PostgreSQL."""

from __future__ import annotations

import multiprocessing
import threading
import time
import uuid
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

import pytest
import sqlalchemy as sa

import storage
from storage.readers import catch_up, get_checkpoint, rebuild, set_checkpoint
from tests.storage.workers import append_batches


@pytest.fixture
def store(database_url):
    engine = storage.create_engine(database_url)
    storage.upgrade(engine)
    yield storage.EventStore(engine)
    engine.dispose()


def event(kind="Happened", **data):
    return storage.NewEvent(kind, data or {"n": 1})


def test_an_event_reads_back_unchanged(store):
    sent = storage.NewEvent(
        "ArticleSeen",
        {"title": "Визит в Астану", "n": 3, "nested": {"a": [1, 2.5, None, True]}},
        schema_version=2,
        meta={"cause": "test"},
    )
    [position] = store.append("s-1", [sent])
    [got] = store.read_all()
    assert got.position == position
    assert (got.event_id, got.type, got.schema_version, got.data, got.meta) == (
        sent.event_id,
        sent.type,
        sent.schema_version,
        sent.data,
        sent.meta,
    )
    assert (got.stream_id, got.version) == ("s-1", 1)
    assert got.recorded_at.tzinfo is not None
    assert store.read_stream("s-1") == [got]


def test_positions_strictly_increase_across_streams(store):
    positions = []
    for i in range(5):
        positions += store.append(f"s-{i % 2}", [event(n=i), event(n=i + 100)])
    assert positions == sorted(positions)
    assert len(set(positions)) == len(positions)
    assert [e.position for e in store.read_all()] == positions


def test_expected_version_conflicts_raise_and_write_nothing(store):
    store.append("s", [event(), event()], expected_version=storage.NO_STREAM)
    with pytest.raises(storage.ConcurrencyError, match="version 2, expected 1"):
        store.append("s", [event(n=7), event(n=8)], expected_version=1)
    with pytest.raises(storage.ConcurrencyError, match="exists"):
        store.append("s", [event(n=9)], expected_version=storage.NO_STREAM)
    store.append("s", [event(n=10)], expected_version=2)
    assert [e.version for e in store.read_stream("s")] == [1, 2, 3]
    assert [e.data["n"] for e in store.read_stream("s")] == [1, 1, 10]


def test_a_duplicate_stream_version_is_rejected_and_the_batch_is_all_or_nothing(store):
    store.append("s", [event(n=1)])
    with store.engine.begin() as conn:  # a row that claims version 3 ahead of the appender
        conn.execute(
            storage.schema.events.insert().values(
                position=100, event_id=str(uuid.uuid4()), stream_id="s", version=3,
                type="Planted", schema_version=1, data="{}", meta="{}",
                recorded_at=sa.func.now(),
            )
        )  # fmt: skip
    with store.engine.begin() as conn:
        conn.execute(sa.delete(storage.schema.events).where(storage.schema.events.c.version == 1))
    # The stream's max version is 3 now; an exact expectation of 1 conflicts, nothing is written.
    with pytest.raises(storage.ConcurrencyError):
        store.append("s", [event(n=2), event(n=3)], expected_version=1)
    assert [e.type for e in store.read_stream("s")] == ["Planted"]


def test_a_batch_that_reuses_an_id_for_another_event_writes_nothing(store):
    first = event(n=1)
    store.append("s", [first])
    changed = storage.NewEvent("Happened", {"n": 2}, event_id=first.event_id)
    with pytest.raises(storage.EventIdConflict, match=str(first.event_id)):
        store.append("s", [changed])
    with pytest.raises(storage.EventIdConflict):
        store.append("s", [first, event(n=3)])
    assert [e.data for e in store.read_all()] == [{"n": 1}]


def test_reappending_the_same_events_is_a_no_op_returning_the_same_positions(store):
    batch = [event(n=1), event(n=2)]
    store.append("other", [event(n=0)])
    first = store.append("s", batch, expected_version=storage.NO_STREAM)
    again = store.append("s", batch, expected_version=storage.NO_STREAM)
    assert again == first
    assert len(store.read_all()) == 3


def test_read_all_honours_after_limit_and_types(store):
    for i in range(10):
        store.append("s", [storage.NewEvent("Even" if i % 2 == 0 else "Odd", {"i": i})])
    everything = store.read_all()
    assert [e.data["i"] for e in store.read_all(after=everything[3].position)] == list(range(4, 10))
    assert [e.data["i"] for e in store.read_all(limit=3)] == [0, 1, 2]
    odd = store.read_all(types=["Odd"])
    assert [e.data["i"] for e in odd] == [1, 3, 5, 7, 9]
    assert [e.data["i"] for e in store.read_all(after=odd[1].position, types=["Odd"], limit=2)] == [
        5,
        7,
    ]
    assert store.read_all(after=everything[-1].position) == []
    assert store.head() == everything[-1].position


def test_a_reader_of_types_the_log_has_not_grown_by_reads_in_a_few_queries(store):
    """A daemon catches its readers up every pass while the log grows with other types: a
    reader of many types learns there is nothing for it in a few queries, not one per type,
    and finds its types' events as before once there are some."""
    for i in range(6):
        store.append("s", [storage.NewEvent("Other", {"i": i})])
    types = [f"Kind{n}" for n in range(12)]
    statements: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany) -> None:
        if "FROM events" in statement:
            statements.append(statement)

    sa.event.listen(store.engine, "after_cursor_execute", count)
    try:
        assert store.read_all(after=2, limit=50, types=types) == []
        assert len(statements) <= 2, statements  # the head, and any event of these types
        store.append("s", [storage.NewEvent("Kind7", {"i": 7}), storage.NewEvent("Kind2", {})])
        found = store.read_all(after=2, limit=50, types=types)
    finally:
        sa.event.remove(store.engine, "after_cursor_execute", count)
    assert [e.type for e in found] == ["Kind7", "Kind2"]
    assert [e.type for e in store.read_all(after=2, limit=1, types=types)] == ["Kind7"]


def test_upgrading_twice_is_harmless(store):
    storage.upgrade(store.engine)
    assert storage.migrate.current_revision(store.engine) == "0001"


def test_a_checkpoint_cannot_move_backwards(store):
    with store.transaction() as conn:
        set_checkpoint(conn, "r", 5)
        set_checkpoint(conn, "r", 5)
        set_checkpoint(conn, "r", 9)
    with pytest.raises(storage.CheckpointError, match="at 9"), store.transaction() as conn:
        set_checkpoint(conn, "r", 4)
    with store.engine.connect() as conn:
        assert get_checkpoint(conn, "r") == 9


class CountingReader:
    """Counts events per type into a table of its own; fails once on request."""

    name = "counter"
    types = ("Counted",)

    def __init__(self, fail_at_position=None):
        self.fail_at_position = fail_at_position
        self.table = sa.Table("counts", sa.MetaData(), sa.Column("n", sa.Integer, primary_key=True))

    def create(self, engine):
        self.table.metadata.create_all(engine)

    def handle(self, conn, batch):
        for recorded in batch:
            if recorded.position == self.fail_at_position:
                self.fail_at_position = None
                raise RuntimeError("reader crashed")
            conn.execute(self.table.insert().values(n=recorded.data["n"]))

    def clear(self, conn):
        conn.execute(self.table.delete())

    def values(self, engine):
        with engine.connect() as conn:
            return sorted(conn.execute(sa.select(self.table.c.n)).scalars())


def test_a_reader_catches_up_in_batches_resumes_after_a_crash_and_rebuilds(store):
    for n in range(25):
        store.append("c", [storage.NewEvent("Counted", {"n": n}), event(n=1000 + n)])
    crash_at = store.read_all(types=["Counted"])[12].position
    reader = CountingReader(fail_at_position=crash_at)
    reader.create(store.engine)
    with pytest.raises(RuntimeError):
        catch_up(store, reader, batch_size=5)
    assert reader.values(store.engine) == list(range(10))  # two whole batches, not a partial one
    assert catch_up(store, reader, batch_size=5) == 15
    assert reader.values(store.engine) == list(range(25))
    assert catch_up(store, reader) == 0
    assert rebuild(store, reader, batch_size=7) == 25
    assert reader.values(store.engine) == list(range(25))


def _poll_until(store, total, seen, stop):
    after = 0
    while not stop.is_set():
        batch = store.read_all(after=after, limit=1000)
        seen.extend(batch)
        if batch:
            after = batch[-1].position
        if after >= total and not batch:
            return
    seen.extend(store.read_all(after=after))


def _assert_log_is_dense_ordered_and_unmixed(seen, total, batch_size):
    positions = [e.position for e in seen]
    assert positions == list(range(1, total + 1)), "reader skipped or reordered positions"
    per_stream = defaultdict(list)
    for e in seen:
        per_stream[e.stream_id].append(e.version)
    for versions in per_stream.values():
        assert versions == list(range(1, len(versions) + 1))
    for start in range(0, total, batch_size):  # each batch occupies consecutive positions
        chunk = seen[start : start + batch_size]
        assert len({(e.stream_id, e.data["batch"]) for e in chunk}) == 1


def test_concurrent_thread_writers_never_interleave_while_readers_poll(store):
    writers, batches, batch_size = 4, 15, 10
    total = writers * batches * batch_size
    seen, stop = [], threading.Event()
    poller = threading.Thread(target=_poll_until, args=(store, total, seen, stop))
    poller.start()
    url = store.engine.url.render_as_string(hide_password=False)
    with ThreadPoolExecutor(writers) as pool:
        counts = list(
            pool.map(lambda w: append_batches(url, f"w-{w}", batches, batch_size), range(writers))
        )
    poller.join(timeout=60)
    stop.set()
    assert counts == [batches * batch_size] * writers
    _assert_log_is_dense_ordered_and_unmixed(seen, total, batch_size)


def test_concurrent_process_writers_never_interleave_while_readers_poll(store):
    writers, batches, batch_size = 3, 10, 20
    total = writers * batches * batch_size
    seen, stop = [], threading.Event()
    poller = threading.Thread(target=_poll_until, args=(store, total, seen, stop))
    poller.start()
    url = store.engine.url.render_as_string(hide_password=False)
    with multiprocessing.get_context("spawn").Pool(writers) as pool:
        counts = pool.starmap(
            append_batches, [(url, f"p-{w}", batches, batch_size) for w in range(writers)]
        )
    poller.join(timeout=60)
    stop.set()
    assert counts == [batches * batch_size] * writers
    _assert_log_is_dense_ordered_and_unmixed(seen, total, batch_size)


@pytest.mark.postgres
def test_a_reader_never_skips_an_event_committed_late_on_postgres(postgres_url):
    engine = storage.create_engine(postgres_url)
    storage.upgrade(engine)
    store = storage.EventStore(engine)
    store.append("before", [event(n=0)])
    second_done = threading.Event()

    def second_writer():
        store.append("second", [event(n=2)])
        second_done.set()

    with store.transaction() as held:
        [held_position] = store.append("held", [event(n=1)], conn=held)
        writer = threading.Thread(target=second_writer)
        writer.start()
        time.sleep(0.5)
        # The second writer must wait for the held transaction, so nothing above it is visible.
        assert not second_done.is_set()
        assert [e.stream_id for e in store.read_all(after=1)] == []
    writer.join(timeout=10)
    assert second_done.is_set()
    later = store.read_all(after=1)
    assert [(e.stream_id, e.position) for e in later] == [
        ("held", held_position),
        ("second", held_position + 1),
    ]
    engine.dispose()


def test_appending_to_several_streams_at_once_is_all_or_nothing(store):
    store.append("b", [event(n=0)])
    batch = [("a", [event(n=1), event(n=2)], storage.NO_STREAM), ("b", [event(n=3)], 1)]
    positions = store.append_many(batch)
    assert positions == [[2, 3], [4]]
    assert store.append_many(batch) == positions  # a retried write appends nothing
    with pytest.raises(storage.ConcurrencyError, match="'d' is at version 0, expected 5"):
        store.append_many([("c", [event(n=4)], storage.NO_STREAM), ("d", [event(n=5)], 5)])
    assert [e.stream_id for e in store.read_all()] == ["b", "a", "a", "b"]
    assert [e.version for e in store.read_stream("b")] == [1, 2]


def test_two_runners_of_a_new_reader_never_handle_the_same_batch(store):
    for n in range(40):
        store.append("c", [storage.NewEvent("Counted", {"n": n})])

    class SlowReader(CountingReader):
        def handle(self, conn, batch):
            time.sleep(0.05)  # both runners are inside a batch at once, if they can be
            super().handle(conn, batch)

    reader = SlowReader()
    reader.create(store.engine)
    barrier = threading.Barrier(2)
    errors = []

    def run():
        barrier.wait()
        try:
            catch_up(store, reader, batch_size=10)
        except Exception as error:  # the test reports any error either runner meets
            errors.append(error)

    runners = [threading.Thread(target=run) for _ in range(2)]
    for runner in runners:
        runner.start()
    for runner in runners:
        runner.join(timeout=60)
    assert errors == []
    assert reader.values(store.engine) == list(range(40))


def test_a_stored_id_further_down_a_new_batch_is_a_conflict_and_writes_nothing(store):
    reused = event(n=1)
    store.append("a", [reused])
    with pytest.raises(storage.EventIdConflict, match="already stored"):
        store.append("b", [event(n=2), reused, event(n=3)])
    assert [e.stream_id for e in store.read_all()] == ["a"]
    store.append("b", [event(n=4)])  # the store is usable afterwards
    assert [e.version for e in store.read_stream("b")] == [1]
