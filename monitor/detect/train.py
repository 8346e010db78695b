"""Train the event scorer on the labelled corpora, with cross-validated figures.

usage: python -m monitor.detect.train [--folds 0,1,2,3,4] [--out PATH] [--texts DIR]

Articles: `dev.jsonl` (always used for training) and the real corpus (`shared/corpus/real`,
texts from the git-ignored cache; five folds by a hash of each article's id). The detector runs
in candidate mode; each candidate event is labelled by the corpus's own matching rule (same
type, dates agreeing at the coarser precision): 1 when it matches a required gold event, 0 when
it matches none, left out when it matches only an optional one. A logistic regression over the
candidates' feature names is cross-validated by fold (regularisation and the decision threshold
chosen for event F1, counted as `score_detection.py` counts it), then fitted on every article of
the chosen folds and written as JSON with its figures. Needs scikit-learn (`pip install -e
'.[train]'`); running the model does not.
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from monitor.detect.detector import Detector
from monitor.detect.features import article_context, event_features
from monitor.detect.scorer import choose

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
DEFAULT_OUT = ROOT / "config" / "vocabulary" / "models" / "events.json"
C_GRID = (0.03, 0.1, 0.3, 1.0)
THRESHOLDS = tuple(round(0.2 + 0.05 * i, 2) for i in range(12))


def fold(article_id: str) -> int:
    """The article's fold, 0-4, from a hash of its id (stable across runs and machines)."""
    return int(hashlib.sha256(article_id.encode()).hexdigest(), 16) % 5


def scoring():
    """The corpus's own scorer module (`shared/tools/score_detection.py`)."""
    spec = importlib.util.spec_from_file_location(
        "score_detection", SHARED / "tools" / "score_detection.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def load_corpora(texts: Path) -> list[dict[str, Any]]:
    """dev.jsonl (fold "dev") and every real article whose text is cached (folds 0-4)."""
    out = []
    for line in (SHARED / "corpus" / "dev.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            out.append({**json.loads(line), "fold": "dev"})
    for path in sorted((SHARED / "corpus" / "real").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            cached = texts / f"{item['id']}.json"
            if cached.exists():
                page = json.loads(cached.read_text(encoding="utf-8"))
                item.update(title=page.get("title") or "", text=page.get("text") or "")
                out.append({**item, "fold": fold(item["id"])})
    return out


def candidates(detector: Detector, articles: list[dict[str, Any]], scorer_module) -> list[dict]:
    """Per article: its candidate events with their features and labels."""
    out = []
    for article in articles:
        given = {k: article.get(k) for k in ("id", "title", "text", "published", "lang", "url")}
        found = detector.candidates(given, loose=True)
        rows = []
        if found.published is not None:
            context = article_context(found.pairs)
            for draft, event in found.pairs:
                features = event_features(draft, context, found.published, found.score)
                label = _label(event, article, scorer_module)
                rows.append({"features": features, "label": label, "event": event,
                             "strict": draft.strict, "draft": draft})  # fmt: skip
        out.append({"article": article, "relevant": found.relevant, "rows": rows})
    return out


def _label(event: dict[str, Any], article: dict[str, Any], scorer_module) -> int | None:
    if not article.get("relevant"):
        return 0
    agreeing = [
        g for g in article.get("events", [])
        if g["type"] == event["type"] and scorer_module.dates_agree(g, event)
    ]  # fmt: skip
    if any(not g.get("optional") for g in agreeing):
        return 1
    return None if agreeing else 0


def event_f1(
    items: Iterable[dict], probabilities: dict[int, list[float]], threshold: float, scorer_module
) -> tuple[float, int, int, int]:
    """Event F1 over the articles when candidates at or above `threshold` are kept."""
    tp = fp = fn = 0
    for index, item in enumerate(items):
        article = item["article"]
        scored = [
            (p, row["draft"], row["event"])
            for row, p in zip(item["rows"], probabilities[index], strict=True)
        ]
        kept = choose(scored, threshold) if item["relevant"] else []
        gold = article.get("events", []) if article.get("relevant") else []
        matched, missed, extra = scorer_module.match_events(gold, kept)
        tp += sum(1 for g, _ in matched if not g.get("optional"))
        fn += sum(1 for g in missed if not g.get("optional"))
        fp += len(extra)
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return f1, tp, fp, fn


def fit(items: list[dict], c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    rows = [row for item in items for row in item["rows"] if row["label"] is not None]
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(row["features"], 1.0) for row in rows])
    y = [row["label"] for row in rows]
    model = LogisticRegression(C=c, max_iter=2000, fit_intercept=False)
    model.fit(x, y)
    weights = dict(zip(vectorizer.feature_names_, model.coef_[0].tolist(), strict=True))
    return {name: round(w, 5) for name, w in weights.items() if abs(w) >= 1e-5}


def predict(weights: dict[str, float], items: list[dict]) -> dict[int, list[float]]:
    import math

    out = {}
    for index, item in enumerate(items):
        out[index] = []
        for row in item["rows"]:
            total = sum(weights.get(name, 0.0) for name in row["features"])
            out[index].append(1.0 / (1.0 + math.exp(-max(min(total, 30.0), -30.0))))
    return out


def cross_validate(items: list[dict], folds: list[int], scorer_module) -> dict[str, Any]:
    """Out-of-fold probabilities for each C; the (C, threshold) with the best event F1."""
    real = [item for item in items if item["article"]["fold"] in folds]
    best: dict[str, Any] = {"f1": -1.0}
    for c in C_GRID:
        probabilities: dict[int, list[float]] = {}
        for k in folds:
            train = [i for i in items if i["article"]["fold"] == "dev"
                     or (i["article"]["fold"] in folds and i["article"]["fold"] != k)]  # fmt: skip
            weights = fit(train, c)
            test = [i for i in real if i["article"]["fold"] == k]
            for item, probs in zip(test, predict(weights, test).values(), strict=True):
                probabilities[real.index(item)] = probs
        for threshold in THRESHOLDS:
            f1, tp, fp, fn = event_f1(real, probabilities, threshold, scorer_module)
            if f1 > best["f1"]:
                best = {"f1": round(f1, 3), "tp": tp, "fp": fp, "fn": fn, "c": c,
                        "threshold": threshold}  # fmt: skip
    rules_only = event_f1(
        real, {i: [float(r["strict"]) for r in item["rows"]] for i, item in enumerate(real)},
        0.5, scorer_module,
    )  # fmt: skip
    best["rules_f1"] = round(rules_only[0], 3)
    return best


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", default="0,1,2,3,4", help="real-corpus folds to train on")
    parser.add_argument("--out", default=str(DEFAULT_OUT))
    parser.add_argument("--texts", default=str(ROOT / ".cache" / "real"))
    args = parser.parse_args(argv)
    folds = [int(f) for f in args.folds.split(",")]
    scorer_module = scoring()
    detector = Detector.load().with_scorer(None)
    articles = [a for a in load_corpora(Path(args.texts)) if a["fold"] in (*folds, "dev")]
    items = candidates(detector, articles, scorer_module)
    cv = cross_validate(items, folds, scorer_module)
    print(json.dumps({"cross_validated": cv}), flush=True)
    weights = fit(items, cv["c"])
    model = {
        "version": "events-" + hashlib.sha256(
            json.dumps(weights, sort_keys=True).encode()
        ).hexdigest()[:8],
        "trained": datetime.now(UTC).date().isoformat(),
        "trained_on": {"dev": True, "real_folds": folds,
                       "articles": len(articles), "candidates": sum(len(i["rows"]) for i in items)},
        "cross_validated": cv,
        "threshold": cv["threshold"],
        "weights": dict(sorted(weights.items())),
    }  # fmt: skip
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(model, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(json.dumps({"written": str(out), "version": model["version"], **cv}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
