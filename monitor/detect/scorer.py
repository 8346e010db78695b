"""The learned event scorer: which candidate events are developments.

A logistic regression over the candidate's feature names (`features.py`), trained by
`python -m monitor.detect.train` on the labelled corpora and kept as a versioned JSON file
(`config/vocabulary/models/events.json`: weights, bias, threshold, and how it was measured).
Inference is a sum of weights: no machine-learning library is needed to run it.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Self

from monitor.detect.assemble import Draft
from monitor.detect.features import SHARED, article_context, base_features, words
from monitor.errors import MonitorError


class ModelError(MonitorError):
    """A model file is unreadable or not of the expected shape."""


@dataclass(frozen=True)
class LinearModel:
    """Weights over named features, a threshold, and the version that names the file's state."""

    version: str
    weights: dict[str, float]
    threshold: float

    def __post_init__(self) -> None:
        """A hook for subclasses that index their weights."""

    @classmethod
    def load(cls, path: Path) -> Self | None:
        """The model in `path`, or None when there is no such file (the rules then decide)."""
        if not path.exists():
            return None
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            return cls(str(data["version"]), dict(data["weights"]), float(data["threshold"]))
        except (OSError, ValueError, KeyError, TypeError) as exc:
            raise ModelError(f"{path}: not a readable model: {exc}") from exc

    def probability(self, features: list[str] | dict[str, float]) -> float:
        """The logistic of the weighted sum: names count 1.0, a dict gives each its value."""
        if isinstance(features, dict):
            total = sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        else:
            total = sum(self.weights.get(name, 0.0) for name in features)
        return 1.0 / (1.0 + math.exp(-max(min(total, 30.0), -30.0)))


class RelevanceModel(LinearModel):
    """Whether an article is about the relationship, from `relevance.features`."""


class EventScorer(LinearModel):
    """Which candidate events are developments, from `features.event_features` and the words of
    the candidate's sentence."""

    def __post_init__(self) -> None:
        # Per type, the weights of its crossed features and of sentence words, so that a
        # candidate is scored by look-ups and a set intersection, not by building names.
        crossed: dict[str, dict[str, float]] = {}
        by_word: dict[str, dict[str, float]] = {}
        for name, weight in self.weights.items():
            kind, sep, rest = name.partition("|")
            if not sep:
                continue
            if rest.startswith("w:"):
                by_word.setdefault(kind, {})[rest[2:]] = weight
            else:
                crossed.setdefault(kind, {})[rest] = weight
        object.__setattr__(self, "_crossed", crossed)
        object.__setattr__(self, "_words", by_word)

    def event_probability(self, draft: Draft, names: list[str]) -> float:
        """The probability of a candidate from its uncrossed feature names (`base_features`)."""
        kind = draft.type
        own = self._crossed.get(kind, {})
        total = sum(own.get(name, 0.0) for name in names)
        total += sum(self.weights.get(name, 0.0) for name in names if name in SHARED)
        total += self.weights.get(f"type={kind}", 0.0)
        weights = self._words.get(kind, {})
        total += sum(weights[w] for w in words(draft) & weights.keys())
        return 1.0 / (1.0 + math.exp(-max(min(total, 30.0), -30.0)))

    def select(
        self, pairs: list[tuple[Draft, dict[str, Any]]], published: date, relevance: float
    ) -> list[dict[str, Any]]:
        """The events whose probability reaches the threshold, one per development, in article
        order."""
        context = article_context(pairs)
        scored = [
            (
                self.event_probability(draft, base_features(draft, context, published, relevance)),
                draft,
                event,
            )
            for draft, event in pairs
        ]
        return choose(scored, self.threshold)


def choose(
    scored: list[tuple[float, Draft, dict[str, Any]]], threshold: float
) -> list[dict[str, Any]]:
    """Candidates at or above `threshold`, most probable first, dropping those that repeat a
    kept one: the same type and date, and no identity of their own (another speaker, another
    document) that tells them apart."""
    kept: list[tuple[int, Draft]] = []
    for order, (probability, draft, _event) in sorted(
        enumerate(scored), key=lambda item: -item[1][0]
    ):
        if probability < threshold:
            break
        rivals = [k for _, k in kept if k.type == draft.type and _same_period(k.date, draft.date)]
        if all(_distinct(draft, rival) for rival in rivals):
            kept.append((order, draft))
    return [scored[order][2] for order, _ in sorted(kept, key=lambda item: item[0])]


def _same_period(a: str | None, b: str | None) -> bool:
    """Dates that agree at the coarser precision ("2010-06" and "2010-06-25")."""
    if not a or not b:
        return a == b
    n = min(len(a), len(b))
    return a[:n] == b[:n]


def _distinct(a: Draft, b: Draft) -> bool:
    """Whether two candidates of one type and date are two developments."""
    if a.type == "agreement_signed":
        subjects = {a.fields.get("subject"), b.fields.get("subject")}
        if len(subjects) == 2 and "other" not in subjects:
            return True
        # Two items of one list of documents ("agreements on X, Y and Z").
        listed = len(a.key) > 3 and len(b.key) > 3
        return a.sentence is b.sentence and listed and a.key[3] != b.key[3]
    if a.type == "statement":
        one, other = (str(k[0]).lower() if k else "" for k in (a.key, b.key))
        if not one or not other or one.startswith("sentence-") or other.startswith("sentence-"):
            return False
        return one not in other and other not in one
    return a.strict and b.strict and a.key != b.key
