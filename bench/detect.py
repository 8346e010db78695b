"""Benchmark the detector: dev.jsonl repeated to N articles, one process, vocabulary loaded once.

usage: python bench/detect.py [CORPUS.jsonl] [--articles N] [--profile]
The last line printed is one JSON object: {"articles", "seconds", "articles_per_s", ...}.
With --profile, what each part of the detector costs is measured in further passes over the
corpus and added as "parts": CPU microseconds an article per part (a part's children are
included in it, and listed under it in the table printed before the JSON line).
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.detect import detector as detector_module
from monitor.detect import lemmas, lexicon, relevance, rules, scorer, sentences
from monitor.detect.detector import Detector
from monitor.detect.language import LanguageGuesser

DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "dev.jsonl"
PASSES = 15  # profiled passes over the corpus; each part's figure is its median pass

# (label, parent, owner, attribute): the function whose calls make up the part, as looked up at
# call time (a module's global or a class's method); the detector's own steps first.
PARTS = (
    ("assess", None, Detector, "assess"),
    ("split and normalise", "assess", detector_module, "prepare"),
    ("gate: both sides named?", "assess", lexicon.Lexicon, "may_name_both_sides"),
    ("language", "assess", LanguageGuesser, "identify"),
    ("analyse sentences", "assess", detector_module, "analyse"),
    ("match vocabulary", "analyse sentences", lexicon.Lexicon, "scan"),
    ("words as written", "match vocabulary", lexicon.Lexicon, "_surface"),
    ("lemmatise", "match vocabulary", lemmas.Lemmatizer, "rewrite"),
    ("words as lemmas", "match vocabulary", lexicon, "_add_lemma_hits"),
    ("relevance rules", "assess", relevance, "assess"),
    ("relevance features", "assess", relevance, "features"),
    ("relevance model", "assess", scorer.RelevanceModel, "probability"),
    ("extract events", "assess", rules, "extract"),
    ("dates", "extract events", sentences, "find_dates"),
    ("event model", "assess", scorer.EventScorer, "select"),
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", default=str(DEFAULT_CORPUS))
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--profile", action="store_true", help="also measure each part's cost")
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
    figures = {
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
    if args.profile:
        figures["parts"] = profile(detector, articles)
    print(json.dumps(figures))
    return 0


def profile(detector: Detector, articles: list[dict]) -> dict[str, float]:
    """CPU microseconds an article spent in each part (PARTS), printed as a table too.

    Each part is timed by the wall clock around its calls (cheap enough to call a few dozen
    times an article); a pass's wall times are scaled to the CPU time the pass took, which on a
    shared machine leaves out the time other processes held the core."""
    spent: Counter[str] = Counter()
    clock = time.perf_counter
    originals = []
    for label, _parent, owner, name in PARTS:
        function = owner.__dict__.get(name)
        if function is None:
            continue  # the detector was reorganised: this part is no longer measured
        originals.append((owner, name, function))
        setattr(owner, name, _timed(function, label, spent, clock))
    passes: list[dict[str, float]] = []
    try:
        for _ in range(PASSES):
            spent.clear()
            cpu = time.process_time()
            for article in articles:
                detector.assess(article)
            cpu = time.process_time() - cpu
            scale = cpu / spent["assess"] * 1e6 / len(articles)
            passes.append({label: seconds * scale for label, seconds in spent.items()})
    finally:
        for owner, name, function in originals:
            setattr(owner, name, function)
    parts = {
        label: round(statistics.median(p.get(label, 0.0) for p in passes), 1)
        for label, *_ in PARTS
        if any(label in p for p in passes)
    }
    total = parts["assess"]
    children = {label: parent for label, parent, *_ in PARTS}
    print(f"{'part':40} {'us/article':>10} {'share':>6}")
    for label, value in parts.items():
        depth, up = 0, children[label]
        while up is not None:
            depth, up = depth + 1, children[up]
        print(f"{'  ' * depth + label:40} {value:10.1f} {100 * value / total:5.1f}%")
    return parts


def _timed(function: Callable, label: str, spent: Counter[str], clock: Callable[[], float]):
    def timed(*args, **kwargs):
        started = clock()
        try:
            return function(*args, **kwargs)
        finally:
            spent[label] += clock() - started

    return timed


if __name__ == "__main__":
    sys.exit(main())
