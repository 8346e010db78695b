"""Replay speed: rebuild every projection from a large log, and answer `monitor summary` on it.

Builds a SQLite store of synthetic events (by default 1,000,000: article discoveries with ~1 KB of
text, updates, assessments, feed events, and ~2% development events: detections of all nine
types, corroborations, stage revisions, retractions) spread over a year of `recorded_at`. The rows
are exactly what EventStore.append writes (domain events through monitor.mapper.to_new_event),
inserted 10,000 per transaction with the store's own INSERT, because append's per-stream probe
would make single-event article streams the slowest part of the benchmark.

Then: every rebuildable reader of monitor.bootstrap.build_readers (the projections; not the
detector, whose output is events in the log) is rebuilt (timed each), the summary is
answered in-process with the function the CLI uses (best of 5, text and json), `--as-of` (from the
projection) and `--known-at` (a replay of the log) are timed, and `monitor summary` runs once in a
subprocess. The last line printed is
one JSON object with `rebuild_events_per_s` (log events / time to rebuild all readers) and
`summary_seconds` (in-process, from the stored projection). Goals: >= 100,000 events/s, < 0.2 s.

usage: python bench/replay.py [--events N] [--db PATH] [--keep]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import orjson

import storage
from monitor import events as ev
from monitor.bootstrap import build_readers, upgrade_database
from monitor.mapper import to_new_event
from monitor.settings import Settings
from storage.ids import uuid7

START = datetime(2025, 12, 1, tzinfo=UTC)
TODAY = date(2026, 11, 30)  # the day summaries are told as of: fixed, so runs compare
FEEDS = [f"feed-{n:02d}" for n in range(40)]
WORDS = [
    *[
        "Kazakhstan",
        "Israel",
        "foreign",
        "minister",
        "visit",
        "Astana",
        "Jerusalem",
        "agreement",
        "visa",
        "trade",
        "water",
    ],
    *[
        "agriculture",
        "forum",
        "delegation",
        "cooperation",
        "talks",
        "memorandum",
        "companies",
        "flights",
    ],
    *[
        "officials",
        "said",
        "on",
        "Tuesday",
        "that",
        "the",
        "two",
        "sides",
        "discussed",
        "investment",
    ],
]
TYPES = {
    "agreement_signed": lambda r: {
        "subject": r.choice(["visa", "trade", "water", "health", "agriculture", "aviation"]),
        "instrument": r.choice(["agreement", "memorandum_of_intent", "protocol", "treaty"]),
        "stage": "signed",
    },
    "visa_travel": lambda r: {
        "subject": r.choice(["visa_free", "flights", "tourism"]),
        "effective": f"2026-{r.randint(1, 12):02d}-01",
        "status": r.choice(["decided", "in_force"]),
    },
    "official_visit": lambda r: {
        "visitor": r.choice(["Gideon Sa'ar", "Yermek Kosherbayev", "Isaac Herzog"]),
        "visitor_role": "Foreign Minister",
        "host_country": r.choice(["KZ", "IL"]),
        "first_in_years": r.choice([None, 16, 8]),
    },
    "visit_planned": lambda r: {
        "visitor": "Benjamin Netanyahu",
        "visitor_role": "Prime Minister",
        "expected": "later in 2026",
    },
    "talks": lambda r: {"format": r.choice(["meeting", "call", "consultations"])},
    "multilateral": lambda r: {"framework": "Abraham Accords"},
    "economic": lambda r: {
        "sector": r.choice(["trade", "water", "cyber", "agriculture"]),
        "amount": r.choice([None, 176_000_000, 4_500_000]),
        "currency": "USD",
    },
    "statement": lambda r: {
        "speaker": "Gideon Sa'ar (Foreign Minister, IL)",
        "stance": r.choice(["positive", "neutral", "negative"]),
    },
    "tension": lambda r: {"speaker": "protesters (KZ)", "about": "aid to Gaza"},
}


def sentence(r: random.Random, words: int) -> str:
    return " ".join(r.choice(WORDS) for _ in range(words)).capitalize() + "."


class Generator:
    """Synthetic events in log order: (stream, NewEvent)."""

    def __init__(self, seed: int = 7) -> None:
        self.r = random.Random(seed)
        # Pools of prose, so building a million events is not spent writing sentences.
        self.texts = [" ".join(sentence(self.r, 14) for _ in range(9)) for _ in range(500)]
        self.titles = [sentence(self.r, 9) for _ in range(500)]
        self.sentences = [sentence(self.r, 20) for _ in range(500)]
        self.articles: list[str] = []
        self.developments: list[tuple[str, str]] = []  # (key, type)
        self.versions: dict[str, int] = {}

    def source(self) -> ev.Source:
        article = self.r.choice(self.articles) if self.articles else "a0"
        return ev.Source(
            article=article, url=f"https://news.example.org/{article}",
            outlet=self.r.choice(["Euronews", "Astana Times", "Kazinform", "Times of Israel"]),
            published=START + timedelta(minutes=self.r.randint(0, 500_000)),
        )  # fmt: skip

    def next(self, i: int) -> tuple[str, ev.DomainEvent]:
        r = self.r
        roll = r.random()
        if i < len(FEEDS):
            name = FEEDS[i]
            return f"feed-{name}", ev.FeedAdded(feed=name, url=f"https://{name}.example.org/rss")
        if roll < 0.78 or not self.articles:
            uid = hashlib.blake2b(str(i).encode(), digest_size=8).hexdigest()
            self.articles.append(uid)
            text = r.choice(self.texts)  # about 1 KB
            return f"article-{uid}", ev.ArticleDiscovered(
                article=uid, feed=r.choice(FEEDS), url=f"https://news.example.org/{uid}",
                title=r.choice(self.titles), text=text, published=START + timedelta(seconds=i * 30),
                content_hash=hashlib.sha256(f"{i}{text}".encode()).hexdigest(), guid=uid,
                outlet="Example News",
            )  # fmt: skip
        if roll < 0.82:
            uid = r.choice(self.articles)
            text = r.choice(self.texts)
            return f"article-{uid}", ev.ArticleUpdated(
                article=uid, feed=r.choice(FEEDS), url=f"https://news.example.org/{uid}",
                title=r.choice(self.titles), text=text,
                content_hash=hashlib.sha256(f"{i}{text}".encode()).hexdigest(),
            )  # fmt: skip
        if roll < 0.975:
            uid = r.choice(self.articles)
            return f"article-{uid}", ev.ArticleAssessed(
                article=uid, detector_version="1", relevant=r.random() < 0.1,
                score=round(r.random(), 3), evidence=[r.choice(self.sentences)],
            )  # fmt: skip
        if roll < 0.98:
            feed = r.choice(FEEDS)
            return f"feed-{feed}", (
                ev.FeedFailing(feed=feed, failures=r.randint(1, 5), error="timeout")
                if r.random() < 0.5 else ev.FeedRecovered(feed=feed, failures=1)
            )  # fmt: skip
        return self.development()

    def development(self) -> tuple[str, ev.DomainEvent]:
        r = self.r
        roll = r.random()
        evidence = [r.choice(self.sentences)]
        if roll < 0.2 or not self.developments:
            kind = r.choice(list(TYPES))
            key = f"{kind}-{len(self.developments):06d}"
            self.developments.append((key, kind))
            day = date(2025, 1, 1) + timedelta(days=r.randint(0, 700))
            precision = r.choice(["day", "day", "day", "month", "year"])
            when = {"day": day.isoformat(), "month": day.isoformat()[:7], "year": str(day.year)}
            event = ev.EventDetected(
                key=key, type=kind, date=when[precision], date_precision=precision,
                actors=["Gideon Sa'ar (Foreign Minister, IL)"], place="Astana",
                fields=TYPES[kind](r), evidence=evidence, source=self.source(),
            )  # fmt: skip
        else:
            key, kind = r.choice(self.developments[-2000:])  # news clusters around recent items
            if roll < 0.8:
                event = ev.EventCorroborated(key=key, evidence=evidence, source=self.source())
            elif roll < 0.97 and kind == "agreement_signed":
                stage = r.choice(["ratified", "in_force"])
                day = date(2026, 1, 1) + timedelta(days=r.randint(0, 300))
                event = ev.EventRevised(
                    key=key, date=day.isoformat(), date_precision="day", fields={"stage": stage},
                    evidence=evidence, source=self.source(),
                )  # fmt: skip
            elif roll < 0.97:
                event = ev.EventCorroborated(key=key, evidence=evidence, source=self.source())
            else:
                event = ev.EventRetracted(key=key, reason="false positive")
        return f"development-{key}", event


def build(url: str, events: int, per_transaction: int = 10_000) -> float:
    """Write `events` synthetic events; return the seconds it took."""
    engine = storage.create_engine(url)
    upgrade_database(engine)
    generator = Generator()
    insert = (
        "INSERT INTO events (position, event_id, stream_id, version, type, schema_version, "
        "data, meta, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
    )
    started = time.perf_counter()
    position = 0
    with engine.connect() as conn:
        while position < events:
            rows = []
            for _ in range(min(per_transaction, events - position)):
                position += 1
                stream, event = generator.next(position - 1)
                new = to_new_event(event, event_id=uuid7())
                version = generator.versions.get(stream, 0) + 1
                generator.versions[stream] = version
                at = START + timedelta(seconds=position * 30)
                rows.append((
                    position, new.event_id, stream, version, new.type, new.schema_version,
                    orjson.dumps(new.data, option=orjson.OPT_SORT_KEYS).decode(), "{}",
                    at.strftime("%Y-%m-%d %H:%M:%S.%f"),
                ))  # fmt: skip
            with conn.begin():
                conn.exec_driver_sql(insert, rows)
    engine.dispose()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="SQLite file (default: a temporary one)")
    parser.add_argument("--keep", action="store_true", help="Keep the database afterwards.")
    parser.add_argument(
        "--reader", action="append", help="Rebuild only this reader (repeatable; default all)."
    )
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="replay-")
    path = args.db or Path(folder) / "replay.db"
    url = f"sqlite:///{path}"
    if not path.exists():
        built = build(url, args.events)
        print(f"built {args.events} events in {built:.1f} s ({args.events / built:,.0f} ev/s)")

    from monitor.views.render import render_summary
    from monitor.views.summary import load_summary

    engine = storage.create_engine(url)
    upgrade_database(engine)
    store = storage.EventStore(engine)
    head = store.head()
    # Readers whose output is events in the log (the detector) are not projections: a rebuild
    # cannot take their events back, so they are left out, as `projections rebuild` would.
    readers = [
        reader
        for reader in build_readers(Settings(database_url=url), store)
        if getattr(reader, "rebuildable", True)
    ]
    if args.reader:
        readers = [reader for reader in readers if reader.name in args.reader]
    per_reader = {}
    started = time.perf_counter()
    for reader in readers:
        began = time.perf_counter()
        handled = storage.rebuild(store, reader, batch_size=1000)
        seconds = time.perf_counter() - began
        per_reader[reader.name] = {
            "events": handled, "seconds": round(seconds, 3),
            "log_events_per_s": round(head / seconds),
        }  # fmt: skip
        print(f"rebuilt {reader.name:<20} {handled:>9} events in {seconds:7.2f} s")
    rebuild_s = time.perf_counter() - started

    timings = []
    for _ in range(5):
        began = time.perf_counter()
        text = render_summary(load_summary(store, today=TODAY), "text")
        timings.append(time.perf_counter() - began)
    summary_s = min(timings)
    began = time.perf_counter()
    render_summary(load_summary(store, today=TODAY), "json")
    json_s = time.perf_counter() - began
    day = date(2026, 6, 30)
    began = time.perf_counter()
    render_summary(load_summary(store, today=TODAY, as_of=day), "json")
    as_of_s = time.perf_counter() - began
    began = time.perf_counter()
    render_summary(load_summary(store, today=TODAY, known_at=day), "json")
    known_at_s = time.perf_counter() - began

    config = Path(folder) / "monitor.toml"
    config.write_text(f'database_url = "{url}"\n', encoding="utf-8")
    began = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(config), "summary"],
        capture_output=True, text=True, cwd=ROOT, env={**os.environ, "MONITOR_LOG_FORMAT": "json"},
    )  # fmt: skip
    subprocess_s = time.perf_counter() - began
    if done.returncode != 0:
        raise SystemExit(f"monitor summary failed: {done.stderr}")
    engine.dispose()
    config.unlink()
    if not args.keep and not args.db:
        for leftover in Path(folder).iterdir():
            leftover.unlink()
    if not any(Path(folder).iterdir()):
        Path(folder).rmdir()
    result = {
        "events": head,
        "rebuild_seconds": round(rebuild_s, 2),
        "rebuild_events_per_s": round(head / rebuild_s),
        "readers": per_reader,
        "summary_seconds": round(summary_s, 4),
        "summary_json_seconds": round(json_s, 4),
        "summary_as_of_seconds": round(as_of_s, 3),
        "summary_known_at_seconds": round(known_at_s, 3),
        "summary_subprocess_seconds": round(subprocess_s, 3),
        "summary_lines": text.count("\n"),
        "goals": {"rebuild_events_per_s": 100_000, "summary_seconds": 0.2},
    }
    print(json.dumps(result))


if __name__ == "__main__":
    main()
