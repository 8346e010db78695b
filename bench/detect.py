"""Benchmark the detector: dev.jsonl repeated to N articles, one process, vocabulary loaded once.

usage: python bench/detect.py [CORPUS.jsonl] [--articles N]
The last line printed is one JSON object: {"articles", "seconds", "articles_per_s", ...}.
"""

from __future__ import annotations

import argparse
import itertools
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.detect.detector import Detector

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()

    lines = [line for line in Path(args.corpus).read_text(encoding="utf-8").splitlines() if line]
    articles = [json.loads(line) for line in lines]
    started = time.perf_counter()
    detector = Detector.load()
    for article in articles:  # each language's lemmatiser loads on its first article
        detector.assess(article)
    load_seconds = time.perf_counter() - started
    print(
        f"loaded vocabulary and lemmatisers in {load_seconds:.2f} s; {len(articles)} articles",
        flush=True,
    )

    relevant = events = 0
    step = max(1, args.articles // 10)
    started, cpu_started = time.perf_counter(), time.process_time()
    for done, article in enumerate(itertools.islice(itertools.cycle(articles), args.articles), 1):
        result = detector.assess(article)
        relevant += result["relevant"]
        events += len(result["events"])
        if done % step == 0:
            elapsed = time.perf_counter() - started
            print(f"{done} articles, {elapsed:.2f} s, {done / elapsed:.0f}/s", flush=True)
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    print(
        json.dumps(
            {
                "articles": args.articles,
                "seconds": round(seconds, 3),
                "articles_per_s": round(args.articles / seconds, 1),
                "cpu_seconds": round(cpu_seconds, 3),
                "articles_per_cpu_s": round(args.articles / cpu_seconds, 1),
                "load_seconds": round(load_seconds, 3),
                "relevant": relevant,
                "events": events,
                "detector_version": detector.version,
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
