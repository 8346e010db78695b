"""Concurrent appends on PostgreSQL while a reader tails the log: throughput and gap-freedom.

4 writer processes append batches (default 100 events of ~500 bytes) to their own streams in a
fresh schema while a reader follows positions with read_all(after=last). The reader counts what
it saw, what it missed (positions it skipped that exist at the end) and anything out of order.
The last line printed is one JSON object with the figures.

usage: python bench/pg.py [POSTGRES_URL] [--writers 4] [--batches 250] [--batch 100]
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import itertools

import storage
from bench.store import fresh_schema, payload

DEFAULT_URL = "postgresql+psycopg://postgres@127.0.0.1:5432/test"


def writer(url: str, name: str, batches: int, batch: int, start: multiprocessing.Event) -> float:
    engine = storage.create_engine(url)
    store = storage.EventStore(engine)
    start.wait()
    began = time.perf_counter()
    for number in range(batches):
        first = number * batch
        events = [storage.NewEvent("Tick", payload(i)) for i in range(first, first + batch)]
        store.append(name, events)
    engine.dispose()
    return time.perf_counter() - began


def tail(url: str, stop: threading.Event, seen: list[int]) -> None:
    engine = storage.create_engine(url)
    store = storage.EventStore(engine)
    after = 0
    while True:
        batch = store.read_all(after=after, limit=5000)
        seen.extend(event.position for event in batch)
        if batch:
            after = batch[-1].position
        elif stop.is_set():
            break
        else:
            time.sleep(0.001)
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("postgres_url", nargs="?", default=DEFAULT_URL)
    parser.add_argument("--writers", type=int, default=4)
    parser.add_argument("--batches", type=int, default=250)
    parser.add_argument("--batch", type=int, default=100)
    args = parser.parse_args()
    with fresh_schema(args.postgres_url) as url:
        storage.upgrade(storage.create_engine(url))
        context = multiprocessing.get_context("spawn")
        start = context.Manager().Event()
        seen: list[int] = []
        stop = threading.Event()
        reader = threading.Thread(target=tail, args=(url, stop, seen))
        reader.start()
        with context.Pool(args.writers) as pool:
            jobs = [
                pool.apply_async(writer, (url, f"writer-{n}", args.batches, args.batch, start))
                for n in range(args.writers)
            ]
            time.sleep(1.0)  # let every writer connect before the clock starts
            began = time.perf_counter()
            start.set()
            for job in jobs:
                job.get()
            elapsed = time.perf_counter() - began
        stop.set()
        reader.join()
        engine = storage.create_engine(url)
        stored = [e.position for e in storage.EventStore(engine).read_all()]
        engine.dispose()
    total = args.writers * args.batches * args.batch
    out_of_order = sum(1 for a, b in itertools.pairwise(seen) if b <= a)
    missed = len(set(stored) - set(seen))
    print(f"{total} events by {args.writers} writers in {elapsed:.2f} s; reader saw {len(seen)}")
    print(
        json.dumps(
            {
                "writers": args.writers,
                "batch": args.batch,
                "events": total,
                "stored": len(stored),
                "total_append_events_per_s": round(total / elapsed),
                "reader_seen": len(seen),
                "reader_missed": missed,
                "reader_out_of_order": out_of_order,
            }
        )
    )


if __name__ == "__main__":
    main()
