"""How much detection leans on the people the vocabulary lists, on the tuning folds.

usage: python bench/unlisted.py [--texts .cache/real]

Held-out news names officials no list holds; the tuning folds name mostly listed ones, whose
side and office the vocabulary tells. This scores detection on the tuning folds of the real
corpus and of the fresh articles twice, side by side: with `config/vocabulary/actors.toml` as it
ships, and with every listed person of either side removed but the presidents and prime
ministers (heads of state and government, whom any report names and any list holds). The gap
between the two is what the rules still take from the list rather than from the wording. The
learned models are retrained on dev.jsonl and the tuning folds only, as `bench/quality.py`
does; held-out folds are not scored. The last line printed is one JSON object with the figures.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.quality import (
    FRESH,
    FRESH_TEXTS,
    detect_all,
    evaluation_vocabulary,
    real_corpus,
    score_detection,
    split,
)
from monitor.detect.detector import Detector
from monitor.detect.train import cached_articles

HEADS = re.compile(r'(?m)^role = "(President|Prime Minister)"')
OF_A_SIDE = re.compile(r'(?m)^country = "(KZ|IL)"')


def without_listed_officials(vocabulary: Path) -> int:
    """Remove the listed people of either side but the heads; how many were removed."""
    path = vocabulary / "actors.toml"
    entries = re.split(r"(?m)^(?=\[\[actor\]\])", path.read_text(encoding="utf-8"))
    kept = [
        entry for entry in entries
        if not (entry.startswith("[[actor]]") and 'kind = "person"' in entry
                and OF_A_SIDE.search(entry) and not HEADS.search(entry))
    ]  # fmt: skip
    path.write_text("".join(kept), encoding="utf-8")
    return len(entries) - len(kept)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--texts", default=str(ROOT / ".cache" / "real"))
    args = parser.parse_args()
    parts = {
        "real": split(real_corpus(Path(args.texts)))["tune"],
        "fresh": split(cached_articles([(FRESH, FRESH_TEXTS)]))["tune"],
    }
    result: dict = {}
    with tempfile.TemporaryDirectory(prefix="unlisted-") as tmp:
        work = Path(tmp)
        listed = evaluation_vocabulary(work, "tuning-folds", args.texts)
        reduced = work / "unlisted-vocabulary"
        shutil.copytree(listed, reduced)
        result["people_removed"] = without_listed_officials(reduced)
        for name, vocabulary in (("listed", listed), ("unlisted", reduced)):
            detector = Detector.load(vocabulary)
            for part, gold in parts.items():
                scores = score_detection(gold, detect_all(detector, gold), work, f"{part}-{name}")
                result[f"{part}_tune_{name}_event_f1"] = scores["event_f1"]
                result[f"{part}_tune_{name}_relevance_f1"] = scores["relevance_f1"]
    for part in parts:
        result[f"{part}_tune_articles"] = len(parts[part])
        result[f"{part}_gap"] = round(
            result[f"{part}_tune_listed_event_f1"] - result[f"{part}_tune_unlisted_event_f1"], 3
        )
    print(json.dumps(result, sort_keys=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
