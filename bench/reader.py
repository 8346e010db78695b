"""Benchmark the detector reader: dev.jsonl copied N times into a fresh SQLite log, caught up.

usage: python bench/reader.py [--copies N] [--spread] [--detect] [--batch 500]

Each copy's articles get their own ids and URLs. By default each distinct article is assessed
once up front and the reader is given those assessments (what is timed is the reader's own
work: reports, merging, appends); `--detect` runs the detector in the loop too. Without
`--spread` every copy reports the same developments (N sources each: the largest clusters);
with it, copy k's dates move k years on (N times as many developments). Run it on another
checkout (PYTHONPATH) for a baseline. The last line printed is one JSON object.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
import tempfile
import time
from collections import Counter
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.append(str(ROOT))

import storage
from monitor import events as ev
from monitor.bootstrap import upgrade_database
from monitor.detect.detector import Detector
from monitor.detect.reader import DetectorReader
from monitor.mapper import to_new_event
from storage import EventStore

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
_YEAR = re.compile(r"^\d{4}")


class Cached:
    """The detector's answers, made once per distinct article; copies' dates moved on."""

    def __init__(self, detector: Detector, spread: bool) -> None:
        self.detector, self.spread, self.version = detector, spread, detector.version
        self.answers: dict[str, dict] = {}

    def assess(self, article: dict) -> dict:
        base, copy = article["id"].rsplit("~", 1)
        if base not in self.answers:
            self.answers[base] = self.detector.assess({**article, "id": base})
        answer = self.answers[base]
        shift = int(copy) if self.spread else 0
        events = [{**e, "date": _later(e.get("date"), shift)} for e in answer["events"]]
        return {**answer, "id": article["id"], "events": events}


def _later(value: str | None, years: int) -> str | None:
    if not value or not years:
        return value
    return _YEAR.sub(lambda m: str(int(m.group()) + years), value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--copies", type=int, default=20)
    parser.add_argument("--spread", action="store_true")
    parser.add_argument("--detect", action="store_true")
    parser.add_argument("--batch", type=int, default=500)
    args = parser.parse_args()

    lines = Path(args.corpus).read_text(encoding="utf-8").splitlines()
    articles = [json.loads(line) for line in lines if line]
    detector = Detector.load()
    with tempfile.TemporaryDirectory(prefix="bench-reader-") as tmp:
        engine = storage.create_engine(f"sqlite:///{tmp}/bench.db")
        upgrade_database(engine)
        store = EventStore(engine)
        appends = []
        for copy in range(args.copies):
            for article in articles:
                published = datetime.fromisoformat(article["published"].replace("Z", "+00:00"))
                if args.spread:
                    published = published.replace(year=published.year + copy)
                uid = f"{article['id']}~{copy}"
                text = article["text"]
                discovered = ev.ArticleDiscovered(
                    article=uid, feed="bench", url=f"{article['url']}?copy={copy}",
                    title=article["title"], text=text, published=published,
                    language=article.get("lang") or "en", outlet=article.get("source") or "",
                    content_hash=hashlib.sha256(text.encode()).hexdigest(),
                )  # fmt: skip
                appends.append((f"article-{uid}", [to_new_event(discovered)], "any"))
        store.append_many(appends)
        cached = Cached(detector, args.spread)
        if not args.detect:  # assessed up front: only the reader's own work is timed
            for copy in range(args.copies):
                for article in articles:
                    cached.assess({**article, "id": f"{article['id']}~{copy}"})
        reader = DetectorReader(store, lambda: detector if args.detect else cached)
        started = time.perf_counter()
        handled = storage.catch_up(store, reader, batch_size=args.batch)
        seconds = time.perf_counter() - started
        counts = Counter(
            e.type
            for e in store.read_all(
                types=["EventDetected", "EventCorroborated", "EventRevised", "EventRetracted"]
            )
        )
        engine.dispose()
    print(
        json.dumps(
            {
                "articles": handled,
                "copies": args.copies,
                "spread": args.spread,
                "detect": args.detect,
                "seconds": round(seconds, 3),
                "articles_per_s": round(handled / seconds, 1),
                "development_events": dict(sorted(counts.items())),
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
