"""Decide whether Kazakhstan–Israel relations are the subject of an article."""

from __future__ import annotations

import math
import re
from collections import Counter
from dataclasses import dataclass

from monitor.detect.assemble import Draft
from monitor.detect.sentences import STRONG, Sentence
from monitor.detect.vocabulary import SIDES, RelevanceFile

EVENT_CUES = frozenset(
    {
        "sign",
        "ratify",
        "in_force",
        "visa_change",
        "flight",
        "visit",
        "trip",
        "travel",
        "arrive",
        "join",
        "economic_event",
        "tension",
        "message",
        "appeal",
        "trade_figure",
    }
)
EVENT_KINDS = frozenset({"instrument", "format", "framework"})
# A score: one or two digits not after a digit, dot, colon or slash (the first digit is matched
# before that look-behind, so the regex engine skips to digits rather than trying every position).
_SCORE = re.compile(r"\d(?<![\d.:/]\d)\d? ?[-:] ?\d{1,2}(?![\d.:/])")


@dataclass(frozen=True)
class Relevance:
    relevant: bool
    score: float
    reasons: tuple[str, ...]


def assess(sentences: list[Sentence], params: RelevanceFile) -> Relevance:
    """Score the article: both sides named together, as the subject, not in a list or a match."""
    sides = Counter[str]()
    thirds = Counter[str]()
    raw = 0.0
    reasons: list[str] = []
    sports: set[str] = set()
    linked = False
    community = False
    body = 0
    for s in sentences:
        for h in s.cue("sports"):
            sports.add(s.norm[h.start : h.end])
        if _SCORE.search(s.norm):
            sports.add("<score>")
        if s.is_list:
            continue
        if not s.is_title:
            community = community or (body < params.community_lead and s.has("community"))
            body += 1
        for side, weight in s.sides.items():
            sides[side] += weight
        for code in s.thirds:  # Counter.update costs more than its loop
            thirds[code] += 1
        both = len(s.sides) == 2
        if both and not linked:
            linked = (
                _has_event_cue(s)
                or s.has("bilateral")
                or s.has("relation")
                or s.has("relation_weak")
                or bool(s.kind("stance"))
            )
        if s.is_title:
            if both:
                # "Abraham Accords: who is next after Kazakhstan?" names Israel only as a topic.
                raw += params.title_pair / (2 if s.topic_only else 1)
                reasons.append("title names both sides")
            elif s.sides and _has_event_cue(s):
                raw += params.title_side_event
            continue
        if both:
            strong = all(w >= STRONG for w in s.sides.values())
            raw += params.pair_strong if strong else params.pair_weak
            if _has_event_cue(s):
                raw += params.event_cue
        if s.sides and s.has("bilateral"):
            raw += params.bilateral if both else params.bilateral / 2
    title_both = (
        bool(sentences)
        and sentences[0].is_title
        and len(sentences[0].sides) == 2
        and not sentences[0].topic_only
    )
    weaker = min(sides["KZ"], sides["IL"])
    if weaker < params.min_side_mentions:
        return Relevance(False, 0.0, ("one side is not named outside lists",))
    if len(sports) >= params.sports_cues:
        return Relevance(False, 0.0, (f"sports report ({len(sports)} sports words)",))
    top_third = max(thirds.values(), default=0)
    if not title_both and top_third > params.focus_ratio * weaker:
        raw *= params.focus_penalty
        reasons.append("article is about a third country")
    if not linked:
        raw *= params.unlinked_penalty
        reasons.append("the two sides are never linked by an event or a relation")
    if community:
        raw *= params.community_penalty
        reasons.append("article is about a Jewish community")
    score = 1.0 - math.exp(-raw * math.log(2) / params.threshold)
    if community and raw < params.threshold:
        reasons.append("community news (a Jewish community body leads the article)")
    return Relevance(raw >= params.threshold, round(score, 3), tuple(reasons))


_VETOES = ("one side is not named", "sports report", "community news")


def vetoed(verdict: Relevance) -> bool:
    """The rules' hard negatives, which a learned model does not overrule: one side never
    named outside lists, a sports report, an article a Jewish community body leads that the
    two states' own news does not outweigh (a congress's letter on an anniversary of
    relations, a rabbis' meeting with a president)."""
    return any(reason.startswith(_VETOES) for reason in verdict.reasons)


def features(
    sentences: list[Sentence], verdict: Relevance, params: RelevanceFile, actors: dict
) -> dict:
    """What the learned relevance model sees of an article: counts, log-scaled, and the rule's
    own verdict (see `assess`), all language-independent."""
    sides = Counter[str]()
    thirds = Counter[str]()
    counts = Counter[str]()
    body = 0
    for s in sentences:
        if s.is_list:
            counts["list"] += 1
            continue
        for side, weight in s.sides.items():
            sides[side] += weight
        for code in s.thirds:
            thirds[code] += 1
        both = len(s.sides) == 2
        event = _has_event_cue(s)
        if s.is_title:
            counts["title_both"] += both and not s.topic_only
            counts["title_topic_only"] += both and bool(s.topic_only)
            counts["title_side_event"] += bool(s.sides) and not both and event
            counts["title_one_side"] += len(s.sides) == 1
            continue
        body += 1
        if both:
            strong = all(w >= STRONG for w in s.sides.values())
            counts["pairs_strong" if strong else "pairs_weak"] += 1
            counts["pairs_event"] += event
            counts["lead_pair"] += body <= 3
            counts["pairs_relation"] += s.has("relation") or s.has("bilateral")
        elif s.sides:
            counts["one_side_event"] += event
            counts["one_side_speech"] += s.has("speech")
        counts["bilateral"] += bool(s.sides) and s.has("bilateral")
        # Officials and state bodies of either side (named or by title): the relationship
        # is between states, not between tourists and ski resorts.
        counts["officials"] += any(
            actors[h.key].kind in ("person", "institution") and actors[h.key].country in SIDES
            for h in s.kind("actor")
        ) or bool(s.kind("role"))
        counts["sports"] += bool(s.cue("sports"))
        counts["community"] += bool(s.cue("community"))
    weaker = min(sides["KZ"], sides["IL"])
    out = {f"log_{name}": math.log1p(value) for name, value in counts.items()}
    for name in ("officials", "pairs_event", "pairs_relation", "bilateral", "title_both"):
        if not counts[name]:
            out[f"no_{name}"] = 1.0  # absence says as much as presence
    for reason in verdict.reasons:
        if reason.startswith(("article is about", "the two sides are never", "one side", "sports")):
            out["rule:" + reason.split(" (")[0]] = 1.0
    out.update(
        rule_score=verdict.score,
        rule_relevant=float(verdict.relevant),
        log_kz=math.log1p(sides["KZ"]),
        log_il=math.log1p(sides["IL"]),
        log_weaker=math.log1p(weaker),
        third_ratio=min(max(thirds.values(), default=0) / (weaker + 1.0), 5.0) / 5.0,
        log_sentences=math.log1p(body),
        bias=1.0,
    )
    return out


def draft_features(drafts: list[Draft]) -> dict[str, float]:
    """What the event rules drafted, for the learned relevance model: whether they drafted an
    event with every check passed, and one dated beyond its trigger's own clause. Naming both
    sides together is not enough (a UN vote, a reception, stranded citizens); a signing, a
    visit or a condemnation the rules can draft between them is what the relationship's news
    is made of."""
    strict = [draft for draft in drafts if draft.strict]
    out = {"drafted": 1.0} if strict else {}
    if any(not draft.clause_only for draft in strict):
        out["drafted_full"] = 1.0
    return out


_EVENT_KEYS = frozenset(("cue", label) for label in EVENT_CUES)


def _has_event_cue(s: Sentence) -> bool:
    # A sentence's hit tables hold only kinds and keys it has hits of.
    return not (_EVENT_KEYS.isdisjoint(s.by_key) and EVENT_KINDS.isdisjoint(s.by_kind))
