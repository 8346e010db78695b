"""Detection and summary quality on the labelled corpora, tuning and held-out folds apart.

usage: python bench/quality.py [--texts .cache/real] [--no-summary] [--show-errors tune]

- `dev.jsonl` (written for the project): detection scored as a whole.
- The fresh articles (`bench/corpus/fresh.jsonl`, labelled after the rules were tuned; texts in
  `.cache/fresh`): detection, tuning and held-out folds apart, as the real corpus's.
- The real corpus (`shared/corpus/real/*.jsonl`, texts read from the git-ignored cache, see its
  README): split into five folds by a hash of each article's id. Folds 0-2 are the tuning folds
  (look at them, tune on them); folds 3-4 are held out (never looked at while tuning; report
  these). The learned models are trained here on dev.jsonl and the tuning folds only (needs
  the `train` extra), so held-out figures are out of sample. Detection runs in process;
  `../shared/tools/score_detection.py` scores it. For the summary, each part is served as
  feeds over HTTP, polled by `monitor poll` into a fresh SQLite file, and `monitor summary
  --format json` is scored by `../shared/tools/score_summary.py`.

The last line printed is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from monitor.detect.detector import Detector
from monitor.detect.train import cached_articles, fold
from tests.support import FeedServer, rss

SHARED = ROOT.parent / "shared"
DEV = SHARED / "corpus" / "dev.jsonl"
REAL = SHARED / "corpus" / "real"
TOOLS = SHARED / "tools"
FRESH = ROOT / "bench" / "corpus" / "fresh.jsonl"  # labelled after the rules were tuned
FRESH_TEXTS = ROOT / ".cache" / "fresh"
TUNING_FOLDS = frozenset({0, 1, 2})
FEEDS = 8
_FIGURES = re.compile(r"(\w+)=([\d.]+)(?:/(\d+))?")


def load(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def real_corpus(texts: Path) -> list[dict]:
    """Every labelled real article whose text is in the cache, with its text and title."""
    return cached_articles([(path, texts) for path in sorted(REAL.glob("*.jsonl"))])


def split(articles: list[dict]) -> dict[str, list[dict]]:
    return {
        "tune": [a for a in articles if fold(a["id"]) in TUNING_FOLDS],
        "heldout": [a for a in articles if fold(a["id"]) not in TUNING_FOLDS],
    }


def detect_all(detector: Detector, articles: list[dict]) -> dict[str, dict]:
    out = {}
    for a in articles:
        given = {k: a.get(k) for k in ("id", "title", "text", "url", "published", "lang", "source")}
        out[a["id"]] = detector.assess(given)
    return out


def score_detection(
    gold: list[dict], predictions: dict[str, dict], work: Path, name: str, show_errors: bool = False
) -> dict:
    gold_path, pred_path = work / f"{name}.gold.jsonl", work / f"{name}.pred.jsonl"
    write_jsonl(gold_path, [{k: v for k, v in g.items() if k not in ("text",)} for g in gold])
    write_jsonl(pred_path, [predictions[g["id"]] for g in gold])
    args = [
        sys.executable,
        str(TOOLS / "score_detection.py"),
        str(gold_path),
        "--predictions",
        str(pred_path),
    ]
    if show_errors:
        args.append("--show-errors")
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    if show_errors:
        print(done.stdout)
    return figures(done.stdout)


def evaluation_vocabulary(work: Path, models: str, texts: str) -> Path:
    """A copy of the vocabulary whose learned models are the ones asked for."""
    target = work / "vocabulary"
    shutil.copytree(ROOT / "config" / "vocabulary", target)
    if models == "shipped":
        return target
    shutil.rmtree(target / "models", ignore_errors=True)
    if models == "tuning-folds":
        # The models that ship, retrained on dev.jsonl and the tuning folds only.
        shipped = ROOT / "config" / "vocabulary" / "models"
        folds = ",".join(str(f) for f in sorted(TUNING_FOLDS))
        command = [
            sys.executable,
            "-m",
            "monitor.detect.train",
            "--folds",
            folds,
            "--texts",
            texts,
            "--relevance-out",
            str(target / "models" / "relevance.json"),
        ]
        if (shipped / "events.json").exists():
            command += ["--events-out", str(target / "models" / "events.json")]
        subprocess.run(command, check=True, capture_output=True, text=True, cwd=ROOT)
    return target


def score_summary(
    gold: list[dict], work: Path, name: str, vocabulary: Path, show_errors: bool = False
) -> dict:
    """Serve the articles as feeds, poll them into a fresh store, score its summary."""
    config = poll(gold, work, name, vocabulary)
    summary = monitor(config, "summary", "--format", "json").stdout
    return score_summary_json(gold, summary, work, name, show_errors)


def poll(
    gold: list[dict], work: Path, name: str, vocabulary: Path | None, code: Path | None = None
) -> Path:
    """Serve the articles as feeds and poll them into a fresh store (with the monitor of the
    checkout `code`, else this one); the store's config file."""
    server = FeedServer()
    server.thread.start()
    try:
        config = work / f"{name}.toml"
        db = work / f"{name}.db"
        words = f'vocabulary_dir = "{vocabulary}"\n' if vocabulary else ""
        config.write_text(
            f'database_url = "sqlite:///{db}"\nallow_private_networks = true\n'
            + words
            + serve(server, gold),
            encoding="utf-8",
        )
        monitor(config, "poll", timeout=900, code=code)
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
    return config


def score_summary_json(
    gold: list[dict], summary: str, work: Path, name: str, show_errors: bool = False
) -> dict:
    """Score a `monitor summary --format json` against the labelled articles."""
    gold_path, summary_path = work / f"{name}.sgold.jsonl", work / f"{name}.summary.json"
    write_jsonl(gold_path, [{k: v for k, v in g.items() if k not in ("text",)} for g in gold])
    summary_path.write_text(summary, encoding="utf-8")
    args = [sys.executable, str(TOOLS / "score_summary.py"), str(gold_path), str(summary_path)]
    if show_errors:
        args.append("--show-errors")
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    if show_errors:
        print(done.stdout)
    result = figures(done.stdout)
    result["developments"] = json.loads(summary).get("developments")
    return result


def serve(server: FeedServer, articles: list[dict]) -> str:
    """FEEDS feeds, articles spread by language (as outlets would carry them); the config."""
    by_feed: dict[int, list[dict]] = defaultdict(list)
    ordered = sorted(articles, key=lambda a: (a.get("lang") != "en", a.get("lang"), a["id"]))
    for number, article in enumerate(ordered):
        by_feed[number * FEEDS // len(ordered)].append(article)
    config = []
    for number, items in sorted(by_feed.items()):
        body = rss(
            *[
                {
                    "title": escape(a["title"]),
                    "link": escape(a["url"]),
                    "description": escape(a["text"] or ""),
                    "published": published(a),
                }
                for a in items
            ],
            title=f"Outlet {number}",
        )
        url = server.serve(f"/feed-{number}.xml", body)
        languages = [a.get("lang") or "en" for a in items]
        language = max(sorted(set(languages)), key=languages.count)  # ties: the same every run
        config.append(
            f'[[feeds]]\nname = "feed-{number}"\nurl = "{url}"\nlanguage = "{language}"\n'
        )
    return "".join(config)


def published(article: dict) -> datetime:
    value = datetime.fromisoformat(str(article["published"]).replace("Z", "+00:00"))
    return value if value.tzinfo else value.replace(hour=12, tzinfo=UTC)


def monitor(
    config: Path, *args: str, timeout: float = 300, code: Path | None = None
) -> subprocess.CompletedProcess:
    """Run `monitor` (of the checkout `code`, else this one) in the config's folder."""
    env = {**os.environ, "MONITOR_LOG_FORMAT": "json"}
    env.pop("MONITOR_CONFIG", None)
    if code is not None:  # its packages come before this checkout's editable install
        env["PYTHONPATH"] = str(code)
    done = subprocess.run(
        [sys.executable, "-m", "monitor", "--config", str(config), *args],
        cwd=config.parent,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if done.returncode != 0:
        raise SystemExit(f"monitor {' '.join(args)} failed:\n{done.stdout}\n{done.stderr}")
    return done


def figures(output: str) -> dict:
    """The `name=value` figures of a scorer's last line."""
    out: dict = {}
    for name, value, total in _FIGURES.findall(output.strip().splitlines()[-1]):
        out[name] = float(value) if total == "" else [int(value), int(total)]
    return out


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), "utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", default=str(ROOT / ".cache" / "real"))
    parser.add_argument("--fresh-texts", default=str(FRESH_TEXTS))
    parser.add_argument("--no-summary", action="store_true", help="detection figures only")
    parser.add_argument("--show-errors", choices=["dev", "tune"], help="list errors of a part")
    parser.add_argument("--langs", help="only these languages of the real corpus, e.g. en,ru")
    parser.add_argument(
        "--models",
        choices=["tuning-folds", "shipped", "rules"],
        default="tuning-folds",
        help="learned models for the real corpus: trained here on dev.jsonl and the tuning "
        "folds only (default: honest held-out figures), the shipped ones (trained on every "
        "fold), or none (the rules alone)",
    )
    parser.add_argument("--keep", help="keep the stores, summaries and predictions in this folder")
    args = parser.parse_args()

    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="quality-") as tmp:
        work = Path(args.keep or tmp)
        if args.keep:
            shutil.rmtree(work, ignore_errors=True)
            work.mkdir(parents=True)
        vocabulary = evaluation_vocabulary(work, args.models, args.texts)
        shipped, detector = Detector.load(), Detector.load(vocabulary)
        result: dict = {"detector_version": detector.version, "models": args.models}
        dev = load(DEV)
        dev_scores = score_detection(
            dev, detect_all(shipped, dev), work, "dev", args.show_errors == "dev"
        )
        result["dev_relevance_f1"] = dev_scores["relevance_f1"]
        result["dev_event_f1"] = dev_scores["event_f1"]

        fresh = cached_articles([(FRESH, Path(args.fresh_texts))])
        if args.langs:
            fresh = [a for a in fresh if a.get("lang") in args.langs.split(",")]
        if fresh:
            # Labelled after the rules were tuned: the held-out part is the least fitted of all.
            predictions = detect_all(detector, fresh)
            for name, gold in split(fresh).items():
                scores = score_detection(gold, predictions, work, f"fresh-{name}")
                result[f"fresh_{name}_articles"] = len(gold)
                result[f"fresh_{name}_relevance_f1"] = scores["relevance_f1"]
                result[f"fresh_{name}_event_f1"] = scores["event_f1"]
                result[f"fresh_{name}_date_acc"] = scores["date_acc"]

        real = real_corpus(Path(args.texts))
        if args.langs:
            real = [a for a in real if a.get("lang") in args.langs.split(",")]
        result["real_articles"] = len(real)
        if real:
            parts = split(real)
            predictions = detect_all(detector, real)
            for name, gold in parts.items():
                scores = score_detection(
                    gold, predictions, work, name, args.show_errors == "tune" and name == "tune"
                )
                result[f"real_{name}_articles"] = len(gold)
                result[f"real_{name}_relevance_f1"] = scores["relevance_f1"]
                result[f"real_{name}_event_f1"] = scores["event_f1"]
                result[f"real_{name}_date_acc"] = scores["date_acc"]
            if not args.no_summary:
                for name, gold in [("heldout", parts["heldout"]), ("tune", parts["tune"])]:
                    scores = score_summary(
                        gold, work, name, vocabulary, args.show_errors == "tune" and name == "tune"
                    )
                    result[f"real_{name}_summary_precision"] = scores["summary_precision"]
                    result[f"real_{name}_summary_recall"] = scores["summary_recall"]
                    result[f"real_{name}_merged"] = scores["merged"]
                    result[f"real_{name}_summary_developments"] = scores["developments"]
                result["real_summary_precision"] = result["real_heldout_summary_precision"]
                result["real_summary_recall"] = result["real_heldout_summary_recall"]
                result["real_merged"] = result["real_heldout_merged"]
    result["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
