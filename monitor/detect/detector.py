"""The detector: one article in, an assessment (relevance, score, events) out."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from monitor.detect import relevance, rules
from monitor.detect.dates import parse_published
from monitor.detect.language import LanguageGuesser
from monitor.detect.lexicon import Lexicon, build_lexicon
from monitor.detect.sentences import analyse, prepare, resolve_dates
from monitor.detect.vocabulary import Vocabulary, load_vocabulary

VERSION = "rules-1"


@dataclass(frozen=True)
class Detector:
    """Pure rules over a compiled vocabulary; build once with `Detector.load()`, reuse."""

    vocabulary: Vocabulary
    lexicon: Lexicon
    languages: LanguageGuesser
    version: str = VERSION

    @classmethod
    def load(cls, vocab_dir: Path | str | None = None) -> Detector:
        """Read the vocabulary (default: the repo's config/vocabulary) and compile it."""
        vocabulary = load_vocabulary(vocab_dir)
        return cls(
            vocabulary=vocabulary,
            lexicon=build_lexicon(vocabulary),
            languages=LanguageGuesser(vocabulary.languages),
        )

    def assess(self, article: dict[str, Any]) -> dict[str, Any]:
        """{"id", "relevant", "score", "events"} for one article dict (see DESIGN.md)."""
        title = _text(article.get("title"))
        text = _text(article.get("text"))
        prepared = prepare(title, text)
        if not self.lexicon.may_name_both_sides(prepared.searched):
            # The full analysis would find one side missing too and answer exactly this.
            return {"id": article.get("id"), "relevant": False, "score": 0.0, "events": []}
        params = self.vocabulary.relevance
        lang = self.languages.identify(f"{title}\n{text}", article.get("lang"))
        sentences = analyse(self.lexicon, title, text, params.list_countries, prepared, lang)
        verdict = relevance.assess(sentences, params)
        events: list[dict[str, Any]] = []
        published = parse_published(article.get("published"))
        if verdict.relevant and published is not None:
            resolve_dates(sentences, published)
            events = rules.extract(sentences, published, self.lexicon)
        return {
            "id": article.get("id"),
            "relevant": verdict.relevant,
            "score": verdict.score,
            "events": events,
        }


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
