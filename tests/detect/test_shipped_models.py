"""The shipped learned models on the project's labelled dev corpus, scored as the corpus's own
scorer scores them (a learned component is judged on a whole set, not case by case)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from monitor.detect.detector import Detector
from monitor.detect.scorer import EventScorer, RelevanceModel

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPUS = SHARED / "corpus" / "dev.jsonl"
SCORER = SHARED / "tools" / "score_detection.py"
MODELS = Path(__file__).resolve().parents[2] / "config" / "vocabulary" / "models"

needs_corpus = pytest.mark.skipif(
    not (CORPUS.exists() and SCORER.exists()), reason=f"dev corpus or scorer not at {SHARED}"
)


def score(detector: Detector) -> tuple[float, float]:
    """(relevance F1, event F1) over dev.jsonl."""
    spec = importlib.util.spec_from_file_location("score_detection", SCORER)
    scoring = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scoring)
    gold = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]
    tp = fp = fn = rtp = rfp = rfn = 0
    for item in gold:
        result = detector.assess(item)
        rtp += result["relevant"] and item["relevant"]
        rfp += result["relevant"] and not item["relevant"]
        rfn += not result["relevant"] and item["relevant"]
        events = item["events"] if item["relevant"] else []
        matched, missed, extra = scoring.match_events(events, result["events"])
        tp += sum(1 for g, _ in matched if not g.get("optional"))
        fn += sum(1 for g in missed if not g.get("optional"))
        fp += len(extra)
    return 2 * rtp / (2 * rtp + rfp + rfn), 2 * tp / (2 * tp + fp + fn)


@needs_corpus
def test_the_shipped_models_keep_the_dev_corpus_at_095_or_better(shipped):
    relevance, events = score(shipped)
    assert relevance >= 0.95 and events >= 0.95, (relevance, events)


def test_the_shipped_models_are_readable_and_beat_the_rules_out_of_fold():
    shipped = [(n, k) for n, k in (("events.json", EventScorer), ("relevance.json", RelevanceModel))
               if (MODELS / n).exists()]  # fmt: skip
    assert "relevance.json" in [name for name, _ in shipped]
    for name, kind in shipped:
        data = json.loads((MODELS / name).read_text(encoding="utf-8"))
        assert data["cross_validated"]["f1"] > data["cross_validated"]["rules_f1"], name
        model = kind.load(MODELS / name)
        assert model is not None and 0 < model.threshold < 1 and model.weights


def test_a_trained_event_scorer_chooses_among_the_candidates(shipped, tmp_path):
    """The event scorer, when one ships, picks the candidates it rates highest, one per
    development; here one that rates every candidate alike keeps what the rules would."""
    import dataclasses

    article = {
        "id": "x", "published": "2026-03-12T09:00:00Z", "lang": "en",
        "title": "Kazakhstan and Israel sign water memorandum",
        "text": "Kazakhstan and Israel signed a memorandum of understanding on water management "
        "in Astana on Tuesday, the foreign ministry said.",
    }  # fmt: skip
    flat = EventScorer("flat", {"strict": 5.0, "loose": -5.0}, 0.5)
    chooser = dataclasses.replace(shipped, scorer=flat)
    found = [(e["type"], e["date"]) for e in chooser.assess(article)["events"]]
    assert found == [("agreement_signed", "2026-03-10")]


def test_a_missing_model_leaves_the_rules_to_decide(tmp_path):
    assert EventScorer.load(tmp_path / "events.json") is None
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    with pytest.raises(Exception, match="not a readable model"):
        RelevanceModel.load(tmp_path / "bad.json")
