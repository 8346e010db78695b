"""The detector: one article in, an assessment (relevance, score, events) out."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, NamedTuple

from monitor.detect import relevance, rules
from monitor.detect.assemble import Draft
from monitor.detect.dates import parse_published
from monitor.detect.language import SAMPLE, LanguageGuesser
from monitor.detect.lexicon import Lexicon, load_compiled
from monitor.detect.scorer import EventScorer, RelevanceModel
from monitor.detect.sentences import Sentence, analyse, prepare, resolve_dates
from monitor.detect.vocabulary import Vocabulary

VERSION = "rules-2"


@dataclass(frozen=True)
class Detector:
    """Pure rules over a compiled vocabulary; build once with `Detector.load()`, reuse."""

    vocabulary: Vocabulary
    lexicon: Lexicon
    languages: LanguageGuesser
    scorer: EventScorer | None = None
    relevance_model: RelevanceModel | None = None
    version: str = VERSION

    @classmethod
    def load(cls, vocab_dir: Path | str | None = None) -> Detector:
        """Read the vocabulary (default: the repo's config/vocabulary) and compile it."""
        vocabulary, lexicon = load_compiled(vocab_dir)
        models = vocabulary.directory / "models"
        detector = cls(
            vocabulary=vocabulary,
            lexicon=lexicon,
            languages=LanguageGuesser(
                {lang: (f.script, f.letters) for lang, f in vocabulary.languages.items()},
                {lang: f.grammar.get("marker", []) for lang, f in vocabulary.languages.items()},
            ),
        )
        return detector.with_models(
            EventScorer.load(models / "events.json"),
            RelevanceModel.load(models / "relevance.json"),
        )

    def with_models(
        self, scorer: EventScorer | None, relevance_model: RelevanceModel | None
    ) -> Detector:
        """The same detector deciding with other learned models (None: the rules alone)."""
        models = [m.version for m in (relevance_model, scorer) if m is not None]
        # Stored with every assessment (40 characters at most): the models' own versions,
        # which name their weights, are folded into one short digest.
        digest = hashlib.sha256("+".join(models).encode()).hexdigest()[:10]
        version = f"{VERSION}+models-{digest}" if models else VERSION
        return replace(self, scorer=scorer, relevance_model=relevance_model, version=version)

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

    def candidates(
        self, article: dict[str, Any], *, loose: bool = True, always: bool = False
    ) -> Candidates:
        """Relevance and, for a relevant article (`always`: for any naming both sides), every
        drafted event with its draft."""
        title = _text(article.get("title"))
        text = _text(article.get("text"))
        # Abbreviations of every language: a sentence is split before its language is known.
        prepared = prepare(title, text, self.lexicon.grammar(None))
        published = parse_published(article.get("published"))
        if not self.lexicon.may_name_both_sides(prepared.searched):
            # The full analysis would find one side missing too and answer exactly this.
            return Candidates(False, 0.0, published, [], {}, True)
        params = self.vocabulary.relevance
        lang = self.languages.identify(f"{title}\n{text[:SAMPLE]}", article.get("lang"))
        sentences = analyse(self.lexicon, title, text, params.list_countries, prepared, lang)
        verdict = relevance.assess(sentences, params)
        vetoed = relevance.vetoed(verdict)
        signals = relevance.features(sentences, verdict, params, self.lexicon.actors)
        relevant, score = verdict.relevant, verdict.score
        pairs: list[tuple[Draft, dict[str, Any]]] = []
        extracted = False
        # The learned model weighs what the event rules draft (`relevance.draft_features`):
        # they run before it decides, on every article it may find relevant, and as the rules
        # alone run them (candidate mode drafts otherwise), so that training sees the same.
        if published is not None and (always or (self.relevance_model is not None and not vetoed)):
            resolve_dates(sentences, published)
            pairs = rules.extract(sentences, published, self.lexicon, candidates=False)
            signals.update(relevance.draft_features([draft for draft, _ in pairs]))
            if loose:
                pairs = rules.extract(sentences, published, self.lexicon, candidates=True)
            extracted = True
        if self.relevance_model is not None:
            score = round(self.relevance_model.probability(signals), 3)
            relevant = score >= self.relevance_model.threshold and not vetoed
        # Kazakhstan joining the Abraham Accords is a step in the relationship however briefly
        # it is told, and though the Accords stand for Israel only as a topic (no veto).
        joins = not relevant and _joins_a_framework(sentences)
        if (relevant or joins) and published is not None and not extracted:
            resolve_dates(sentences, published)
            pairs = rules.extract(sentences, published, self.lexicon, candidates=loose)
        if joins and published is not None:
            relevant = any(_joins_in_the_lead(draft) for draft, _ in pairs)
            score = max(score, 0.5) if relevant else score
        if (
            relevant
            and rules.consular_lead(sentences)
            and all(_thanks_or_notes(d) for d, _ in pairs)
        ):
            # below the line that the rules' score and the model's probability both draw at 0.5
            relevant, score = False, min(score, 0.49)
        if not relevant and not always:
            pairs = []  # drafted for the model's decision only
        return Candidates(relevant, score, published, pairs, signals, vetoed)


class Candidates(NamedTuple):
    relevant: bool
    score: float
    published: date | None
    pairs: list[tuple[Draft, dict[str, Any]]]
    signals: dict[str, float]  # what the relevance model sees
    vetoed: bool  # a hard negative of the rules


def _thanks_or_notes(draft: Draft) -> bool:
    """A statement that neither appeals to anyone nor criticises: the thanks or the advice a
    consular story quotes ("grateful to the authorities of Jordan and Israel"), not a call on
    Israel to end hostilities."""
    return (
        draft.type == "statement"
        and not draft.sentence.has("appeal")
        and draft.fields.get("stance") != "negative"
    )


def _joins_a_framework(sentences: list[Sentence]) -> bool:
    return any(s.kind("framework") and "KZ" in s.sides and s.has("join") for s in sentences) or (
        rules.unnamed_accession(sentences) is not None
    )


def _joins_in_the_lead(draft: Draft) -> bool:
    """Kazakhstan joining, told by a verb in the title or the first sentences: the article's
    news, not another country's with the accession as background ("after Kazakhstan's
    accession in November")."""
    lead = draft.sentence.is_title or draft.sentence.index <= rules.LEAD_SENTENCES
    return draft.type == "multilateral" and draft.strict and not draft.clause_only and lead


def _text(value: Any) -> str:
    return value if isinstance(value, str) else ""
