"""The detector: one article in, an assessment (relevance, score, events) out."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from monitor.detect import relevance, rules
from monitor.detect.assemble import Draft
from monitor.detect.dates import parse_published
from monitor.detect.language import LanguageGuesser
from monitor.detect.lexicon import Lexicon, build_lexicon
from monitor.detect.scorer import EventScorer
from monitor.detect.sentences import analyse, prepare, resolve_dates
from monitor.detect.vocabulary import Vocabulary, load_vocabulary

VERSION = "rules-1"


@dataclass(frozen=True)
class Detector:
    """Pure rules over a compiled vocabulary; build once with `Detector.load()`, reuse."""

    vocabulary: Vocabulary
    lexicon: Lexicon
    languages: LanguageGuesser
    scorer: EventScorer | None = None
    version: str = VERSION

    @classmethod
    def load(cls, vocab_dir: Path | str | None = None) -> Detector:
        """Read the vocabulary (default: the repo's config/vocabulary) and compile it."""
        vocabulary = load_vocabulary(vocab_dir)
        scorer = EventScorer.load(vocabulary.directory / "models" / "events.json")
        return cls(
            vocabulary=vocabulary,
            lexicon=build_lexicon(vocabulary),
            languages=LanguageGuesser(vocabulary.languages),
            scorer=scorer,
            version=f"{VERSION}+{scorer.version}" if scorer else VERSION,
        )

    def with_scorer(self, scorer: EventScorer | None) -> Detector:
        """The same detector deciding with another event model (None: the rules alone)."""
        version = f"{VERSION}+{scorer.version}" if scorer else VERSION
        return replace(self, scorer=scorer, version=version)

    def assess(self, article: dict[str, Any]) -> dict[str, Any]:
        """{"id", "relevant", "score", "events"} for one article dict (see DESIGN.md)."""
        found = self.candidates(article, loose=self.scorer is not None)
        events: list[dict[str, Any]] = []
        if found.published is not None and self.scorer is not None:
            events = self.scorer.select(found.pairs, found.published, found.score)
        else:
            events = [event for _, event in found.pairs]
        return {
            "id": article.get("id"),
            "relevant": found.relevant,
            "score": found.score,
            "events": events,
        }

    def candidates(self, article: dict[str, Any], *, loose: bool = True) -> Candidates:
        """Relevance and, for a relevant article, every drafted event with its draft."""
        title = _text(article.get("title"))
        text = _text(article.get("text"))
        prepared = prepare(title, text)
        published = parse_published(article.get("published"))
        if not self.lexicon.may_name_both_sides(prepared.searched):
            # The full analysis would find one side missing too and answer exactly this.
            return Candidates(False, 0.0, published, [])
        params = self.vocabulary.relevance
        lang = self.languages.identify(f"{title}\n{text}", article.get("lang"))
        sentences = analyse(self.lexicon, title, text, params.list_countries, prepared, lang)
        verdict = relevance.assess(sentences, params)
        pairs: list[tuple[Draft, dict[str, Any]]] = []
        if verdict.relevant and published is not None:
            resolve_dates(sentences, published)
            pairs = rules.extract(sentences, published, self.lexicon, candidates=loose)
        return Candidates(verdict.relevant, verdict.score, published, pairs)


class Candidates(NamedTuple):
    relevant: bool
    score: float
    published: date | None
    pairs: list[tuple[Draft, dict[str, Any]]]


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
