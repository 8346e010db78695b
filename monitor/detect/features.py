"""What the event scorer sees of a candidate: language-independent facts about its sentence.

Features are names (a value of 1.0 each): which cues the sentence holds, who is named, where
the sentence sits, where its date comes from and how it relates to the publication date,
whether the rules alone drafted it. Each is also crossed with the candidate's type, so that a
cue can count for one type and against another.
"""

from __future__ import annotations

import re
from collections import Counter
from datetime import date
from typing import Any

from monitor.detect.assemble import Draft
from monitor.detect.sentences import Sentence
from monitor.detect.vocabulary import SIDES

SHARED = frozenset({"strict", "loose"})
_WORDS = re.compile(r"[^\W\d_]{3,}")


def article_context(pairs: list[tuple[Draft, dict[str, Any]]]) -> dict[str, Any]:
    """Facts about all of an article's candidates that each candidate's features refer to."""
    return {
        "per_type": Counter(d.type for d, _ in pairs),
        "strict_types": {d.type for d, _ in pairs if d.strict},
        "strict_dates": {(d.type, d.date) for d, _ in pairs if d.strict},
        "strict_sentences": {(d.sentence.index, d.type) for d, _ in pairs if d.strict},
    }


def event_features(
    draft: Draft, context: dict[str, Any], published: date, relevance: float
) -> list[str]:
    """The feature names of one candidate event: each name crossed with the type
    (`<type>|<name>`), the shared ones, and the type itself."""
    kind = draft.type
    names = base_features(draft, context, published, relevance)
    crossed = [f"{kind}|{name}" for name in names]
    return crossed + [name for name in names if name in SHARED] + [f"type={kind}"]


def base_features(
    draft: Draft, context: dict[str, Any], published: date, relevance: float
) -> list[str]:
    """The feature names of one candidate event, not yet crossed with its type."""
    s = draft.sentence
    kind = draft.type
    names = ["bias", "strict" if draft.strict else "loose"]
    names += _sentence(s)
    names += [f"cue={label}" for (k, label) in s.by_key if k == "cue"]
    names += [f"has={k}" for k in s.by_kind if k not in ("cue", "actor")]
    names += _dating(draft, published)
    names.append(f"relevance={min(int(relevance * 5), 4)}")
    count = context["per_type"][kind]
    names.append(f"same_type={min(count, 3)}")
    if not draft.strict and kind in context["strict_types"]:
        names.append("rule_found_type")
        if (kind, draft.date) in context["strict_dates"]:
            names.append("rule_found_type_and_date")
    others = {t for i, t in context["strict_sentences"] if i == s.index and t != kind}
    if others:
        names.append("sentence_reports_other_type")
    names += _fields(draft)
    names += draft.notes
    return names


def words(draft: Draft) -> set[str]:
    """The words of the candidate's sentence; each weighs for or against its type
    (`<type>|w:<word>` in the model)."""
    return set(_WORDS.findall(draft.sentence.norm))


def word_features(draft: Draft) -> list[str]:
    return [f"{draft.type}|w:{word}" for word in words(draft)]


def _sentence(s: Sentence) -> list[str]:
    out = []
    if s.is_title:
        out.append("title")
    out.append(f"sentence={min(s.index, 6)}")
    out.append(f"paragraph={min(max(s.para, 0), 4)}")
    named = set(s.sides)
    out.append("sides=both" if len(named) == 2 else f"sides={len(named)}")
    if s.topic_only:
        out.append("topic_only")
    if s.thirds:
        out.append("third_country")
    if '"' in s.norm:
        out.append("quote")
    if s.kind("actor"):
        out.append("actor_named")
    return out


def _dating(draft: Draft, published: date) -> list[str]:
    out = [f"date_from={draft.date_source}", f"precision={draft.precision}"]
    if not draft.date:
        return out
    value, day = draft.date, published.isoformat()
    if draft.precision == "day":
        gap = (published - date.fromisoformat(value[:10])).days
        bucket = (
            "future" if gap < 0 else "same_day" if gap == 0 else "days" if gap <= 7
            else "weeks" if gap <= 45 else "months" if gap <= 365 else "years"
        )  # fmt: skip
    elif value == day[: len(value)]:
        bucket = "this_period"
    elif value > day[: len(value)]:
        bucket = "future"
    else:
        bucket = "earlier" if int(day[:4]) - int(value[:4]) <= 1 else "years"
    out.append(f"when={bucket}")
    return out


def _fields(draft: Draft) -> list[str]:
    fields = draft.fields
    out = []
    if draft.type == "statement":
        speaker = str(fields.get("speaker") or "")
        country = next((side for side in SIDES if speaker.endswith(f"{side})")), None)
        out.append(f"speaker_side={country}" if speaker else "speaker=none")
        out.append(f"stance={fields.get('stance')}")
    elif draft.type in ("official_visit", "visit_planned"):
        out.append("visitor" if fields.get("visitor") else "visitor=none")
    elif draft.type == "agreement_signed":
        out.append(f"instrument={fields.get('instrument')}")
        out.append(f"stage={fields.get('stage')}")
        out.append("subject=other" if fields.get("subject") == "other" else "subject_known")
    elif draft.type == "talks":
        out.append(f"format={fields.get('format')}")
    return out
