"""Append 100,000 ~500-byte events in batches of 100, then read them all back.

This store and the `eventsourcing` library's SQLiteApplicationRecorder run side by side on fresh
SQLite files; with a PostgreSQL URL argument the store's batched appends are measured there too.
The last line printed is one JSON object with the figures and ratios.

usage: python bench/store.py [--events N] [--batch N] [POSTGRES_URL]
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
import tempfile
import time
import uuid
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import sqlalchemy

import storage


def payload(i: int) -> dict:
    """About 500 bytes of JSON, shaped like an article event."""
    return {
        "url": f"https://news.example.org/2026/01/{i}/kazakhstan-israel-talks",
        "title": f"Kazakhstan and Israel hold consultations, round {i}",
        "text": ("Foreign ministry officials met in Astana to discuss visas and trade. " * 4)[:300],
        "published": "2026-01-29T10:00:00+00:00",
        "language": "en",
        "n": i,
    }


def bench_store(url: str, events: int, batch: int) -> tuple[float, float]:
    engine = storage.create_engine(url)
    storage.upgrade(engine)
    store = storage.EventStore(engine)
    started = time.perf_counter()
    for first in range(0, events, batch):
        stream = f"article-{first // batch}"
        store.append(
            stream,
            [
                storage.NewEvent("ArticleDiscovered", payload(i))
                for i in range(first, first + batch)
            ],
            expected_version=storage.NO_STREAM,
        )
    append_s = time.perf_counter() - started
    started = time.perf_counter()
    seen, after = 0, 0
    while True:
        chunk = store.read_all(after=after, limit=10_000)
        if not chunk:
            break
        seen += len(chunk)
        after = chunk[-1].position
    read_s = time.perf_counter() - started
    assert seen == events, (seen, events)
    engine.dispose()
    return events / append_s, events / read_s


def bench_eventsourcing(path: str, events: int, batch: int) -> tuple[float, float]:
    from eventsourcing.persistence import StoredEvent
    from eventsourcing.sqlite import SQLiteApplicationRecorder, SQLiteDatastore

    recorder = SQLiteApplicationRecorder(SQLiteDatastore(path))
    recorder.create_table()
    started = time.perf_counter()
    for first in range(0, events, batch):
        originator = uuid.uuid4()
        recorder.insert_events(
            [
                StoredEvent(originator, i - first + 1, "ArticleDiscovered", _bytes(payload(i)))
                for i in range(first, first + batch)
            ]
        )
    append_s = time.perf_counter() - started
    started = time.perf_counter()
    seen, start = 0, 1
    while True:
        chunk = recorder.select_notifications(start, 10_000)
        if not chunk:
            break
        for notification in chunk:
            json.loads(notification.state)
        seen += len(chunk)
        start = chunk[-1].id + 1
    read_s = time.perf_counter() - started
    assert seen == events, (seen, events)
    return events / append_s, events / read_s


@contextlib.contextmanager
def fresh_schema(url: str):
    """A URL whose connections use a new, empty schema, dropped afterwards."""
    schema = f"bench_{uuid.uuid4().hex[:10]}"
    admin = sqlalchemy.create_engine(url)
    with admin.begin() as conn:
        conn.execute(sqlalchemy.text(f"CREATE SCHEMA {schema}"))
    try:
        yield f"{url}{'&' if '?' in url else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(sqlalchemy.text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


def _bytes(value: dict) -> bytes:
    return json.dumps(value).encode()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("postgres_url", nargs="?")
    parser.add_argument("--events", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        append, read = bench_store(f"sqlite:///{tmp}/store.db", args.events, args.batch)
        print(f"store (SQLite):        append {append:10.0f} ev/s   read {read:10.0f} ev/s")
        es_append, es_read = bench_eventsourcing(f"{tmp}/es.db", args.events, args.batch)
        print(f"eventsourcing (SQLite): append {es_append:9.0f} ev/s   read {es_read:10.0f} ev/s")
    result = {
        "events": args.events,
        "batch": args.batch,
        "append_events_per_s": round(append),
        "read_events_per_s": round(read),
        "eventsourcing_append_events_per_s": round(es_append),
        "eventsourcing_read_events_per_s": round(es_read),
        "append_ratio_vs_eventsourcing": round(append / es_append, 2),
        "read_ratio_vs_eventsourcing": round(read / es_read, 2),
    }
    if args.postgres_url:
        with fresh_schema(args.postgres_url) as url:
            pg_append, pg_read = bench_store(url, args.events, args.batch)
        print(f"store (PostgreSQL):    append {pg_append:10.0f} ev/s   read {pg_read:10.0f} ev/s")
        result["postgres_append_events_per_s"] = round(pg_append)
        result["postgres_read_events_per_s"] = round(pg_read)
    print(json.dumps(result))


if __name__ == "__main__":
    main()
