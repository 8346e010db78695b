"""Candidate events: every sentence whose cues could report a development, drafted loosely.

The rules in `rules.py` draft an event only when a sentence passes all their checks; real news
phrases things in more ways than those checks foresee. Here a sentence that holds a type's
decisive cue and touches either side becomes a candidate of that type, and the learned scorer
(`scorer.py`) decides, from features of the candidate, which candidates are developments.
"""

from __future__ import annotations

from monitor.detect.assemble import Draft
from monitor.detect.lexicon import Lexicon
from monitor.detect.matcher import Hit
from monitor.detect.mentions import Mention
from monitor.detect.names import speaker_name
from monitor.detect.sentences import Sentence
from monitor.detect.speakers import country_speaker, rule_speaker
from monitor.detect.vocabulary import SIDES, other_side

# A list of what documents are about opens with a topic word ("agreements on X, Y and Z"),
# parts at commas and at "and", and ends at a clause or a stop.
_LIST_OPENS = r"\s*{topic}\b"
_LIST_CLOSES = r"\b{topic_after}\b"
_TO_THE_DOCUMENT = 12  # "салаларында үш келісімге": a number at most between the list and it
_TO_VERB = 16  # "agreements were signed", "des accords ont été signés": the passive's auxiliary
_LIST_ENDS = r"[.:;()]| - |\b{clause}\b"
_BETWEEN = r"(?<!\w){between}(?!\w)"
# ", ", " and ", or the space before a word that carries "and" ("الزراعة والصحة")
_LIST_BREAK = r"\s*(?:[,;]|\b{conjunction}\b)\s*|\s+(?={conjunction_prefix}\w)"
_CONJUNCTION = r"{conjunction}\b"
# Cue labels that are verbs: an item of a list of documents does not open with one.
_VERB_CUES = frozenset(
    {"sign", "ratify", "future", "past", "speech", "visa_decision", "talks_only"}
)
_DATE_AFTER_FRAMEWORK = 24  # "the decision to join X in November" dates the step
_TITLE_NEAR = 60  # characters between an unknown name and its title
_AGREEMENT_STAGES = {"sign": "signed", "ratify": "ratified", "in_force": "in_force"}


def loose_drafts(s: Sentence, found: list[Mention], lexicon: Lexicon) -> list[Draft]:
    """Candidates of every type whose cue the sentence holds (the rules' checks not applied)."""
    touches = bool(s.sides) or any(m.country in SIDES for m in found)
    if not touches or s.is_list:
        return []
    out: list[Draft] = []
    out.extend(_agreements(s, lexicon))
    for make in (_talks, _visit, _statement, _tension, _economic, _multilateral, _travel):
        draft = make(s, found, lexicon)
        if draft is not None:
            out.append(draft)
    for draft in out:
        draft.strict = False
    return out


def _agreements(s: Sentence, lexicon: Lexicon) -> list[Draft]:
    stages = [h for label in _AGREEMENT_STAGES for h in s.cue(label)]
    instruments = s.kind("instrument") or [h._replace(key="agreement") for h in s.cue("document")]
    if not stages or not instruments:
        return []
    verb = min(stages)
    if s.in_clause(verb.start, "not_done") or s.in_clause(verb.start, "future"):
        return []  # "will sign", "is yet to be signed": not signed
    stage = _AGREEMENT_STAGES[verb.key]
    kinds = list(dict.fromkeys(h.key for h in instruments))
    instrument = kinds[0] if len(kinds) == 1 else _specific(kinds)
    drafts = []
    items = list_items(s, lexicon, instruments)
    # "signed agreements on aviation, agriculture and research, and a declaration on water":
    # one event per item (the corpus's convention: one per subject or document).
    for number, (start, end) in enumerate(items):
        subject = next((h.key for h in s.kind("subject") if start <= h.start < end), "other")
        own = [h.key for h in instruments if start <= h.start < end]
        kind = _specific(own) if own else instrument
        fields = {"subject": subject, "instrument": kind, "stage": stage}
        # A lone document keeps the rules' key, so that both drafts of it merge.
        key = (kind, subject, stage, number) if len(items) > 1 else (kind, subject, stage)
        draft = Draft("agreement_signed", s, verb.start, fields, key=key)
        draft.notes = (
            f"list_items={min(len(items), 4)}",
            "item_subject" if subject != "other" else "item_no_subject",
            "item_instrument" if own else "item_no_instrument",
            "first_item" if number == 0 else "later_item",
        )
        drafts.append(draft)
    return drafts


def list_items(
    s: Sentence, lexicon: Lexicon, instruments: list, verb: Hit | None = None
) -> list[tuple[int, int]]:
    """Spans of the items listed after the first instrument ("agreements on X, Y and Z"), or
    after the verb that follows it ("agreements were signed in X and Y"), or the whole
    sentence when no list follows them."""
    first = min(instruments, key=lambda h: h.start)
    grammar = s.grammar
    opens = grammar.compile(_LIST_OPENS)
    tail = s.norm[first.end :]
    opening = opens.match(tail)
    if opening is None and verb and 0 <= verb.start - first.end <= _TO_VERB:
        first = first._replace(end=verb.end)
        tail = s.norm[first.end :]
        opening = opens.match(tail)
    if opening is None and grammar.verb_final:
        return _items_before(s, first)
    if opening is None:
        return [(0, len(s.norm))]
    end = grammar.compile(_LIST_ENDS).search(tail, opening.end())
    stop = end.start() if end else len(tail)
    first_break = grammar.compile(_LIST_BREAK).search(tail, opening.end(), stop)
    if first_break and grammar.compile(_BETWEEN).search(tail, opening.end(), first_break.start()):
        return [(0, len(s.norm))]  # "a memorandum on X between A and B": parties, no list
    spans, cursor, joined = [], opening.end(), None
    separators: list[bool] = []  # after each span but the last: a comma (True) or an "and"
    conjunction = grammar.compile(_CONJUNCTION)
    for match in grammar.compile(_LIST_BREAK).finditer(tail, opening.end(), stop):
        separated = "," in match.group() or ";" in match.group()
        if joined is not None and separated and conjunction.match(tail, match.end()):
            stop = match.start()  # "X and Y, and agreed to ...": the list ended with Y
            break
        if _verb_at(s, first.end + match.end()):
            stop = match.start()  # "an MoU on X and agreed to hold ...": a verb ends the list
            break
        spans.append((cursor, match.start()))
        separators.append(separated)
        cursor = match.end()
        if not separated:
            joined = len(spans)  # the item after this "and" is the list's last
    spans.append((cursor, stop))
    if joined is None:
        return [(0, len(s.norm))]  # no "and": "on water in Astana, the ministry said" is no list
    # "on research and development, aviation and agriculture": an "and" that commas and a
    # later "and" follow joins the words of one item.
    for i in reversed(range(joined - 1)):
        if not separators[i] and any(separators[i + 1 : joined - 1]):
            spans[i : i + 2] = [(spans[i][0], spans[i + 1][1])]
            joined -= 1
    spans = spans[: joined + 1]
    spans = [(a + first.end, b + first.end) for a, b in spans if tail[a:b].strip()]
    if len(spans) <= 1:
        return [(0, len(s.norm))]
    spans[0] = (first.start, spans[0][1])
    return spans[:8]


def _items_before(s: Sentence, first: Hit) -> list[tuple[int, int]]:
    """A verb-final language lists the topics before the document, closed by a postposition:
    "ауыл шаруашылығы және денсаулық сақтау салаларындағы келісімдер", "tarım ve sağlık
    alanlarında anlaşmalar". The list opens after the last country, person or title named."""
    grammar = s.grammar
    closing = [
        m
        for m in grammar.compile(_LIST_CLOSES).finditer(s.norm, 0, first.start)
        if first.start - m.end() <= _TO_THE_DOCUMENT
    ]
    if not closing:
        return [(0, len(s.norm))]
    end = closing[-1].start()
    named = [h.end for h in s.hits if h.kind in ("side", "actor", "role") and h.end <= end]
    start = max(named, default=0)
    spans, cursor, joined = [], start, False
    for match in grammar.compile(_LIST_BREAK).finditer(s.norm, start, end):
        joined = joined or not ("," in match.group() or ";" in match.group())
        spans.append((cursor, match.start()))
        cursor = match.end()
    spans.append((cursor, end))
    spans = [(a, b) for a, b in spans if s.norm[a:b].strip()]
    if not joined or len(spans) <= 1:
        return [(0, len(s.norm))]
    return spans[:8]


def _verb_at(s: Sentence, pos: int) -> bool:
    return any(h.start == pos and h.kind == "cue" and h.key in _VERB_CUES for h in s.kind("cue"))


def _specific(kinds: list[str]) -> str:
    for kind in ("memorandum_of_intent", "memorandum_of_understanding", "protocol", "roadmap"):
        if kind in kinds:
            return kind
    return kinds[0]


def _talks(s: Sentence, found: list[Mention], lexicon: Lexicon) -> Draft | None:
    formats = s.kind("format")
    if not formats:
        return None
    order = ("sidelines", "call", "consultations", "meeting")
    best = min(formats, key=lambda h: order.index(h.key))
    actors = [m.label for m in found if m.kind == "person"]
    return Draft("talks", s, best.start, {"format": best.key}, key=(), actors=actors)


def _visit(s: Sentence, found: list[Mention], lexicon: Lexicon) -> Draft | None:
    cues = s.journey()
    if not cues:
        return None
    cue = min(cues)
    people = [m for m in found if m.kind == "person" and m.country in SIDES]
    visitor = min(people, key=lambda m: abs(m.start - cue.start)) if people else None
    name = visitor.name if visitor else None
    key = (visitor.key,) if visitor else ("?",)
    actors = [visitor.label] if visitor else []
    if s.has("future") or s.has("invite"):
        fields = {"visitor": name, "visitor_role": visitor.role if visitor else None,
                  "expected": None}  # fmt: skip
        return Draft("visit_planned", s, cue.start, fields, key=key, actors=actors)
    host = None
    if visitor is not None and visitor.country in SIDES:
        host = other_side(visitor.country)
    fields = {"visitor": name, "visitor_role": visitor.role if visitor else None,
              "host_country": host, "first_in_years": None}  # fmt: skip
    return Draft("official_visit", s, cue.start, fields, key=key, actors=actors)


def _statement(s: Sentence, found: list[Mention], lexicon: Lexicon) -> Draft | None:
    speech = s.cue("speech")
    if not speech:
        return None
    cue = speech[0]
    speaker = rule_speaker(found, speech, s) or country_speaker(s, speech)
    kind = speaker_kind(speaker) if speaker else "name"
    label = speaker.label if speaker else None
    key = speaker.key if speaker else None
    if speaker is None:
        label = key = _official(s, speaker_name(s, cue.start, cue.end), lexicon)
        kind = "name"
    if label is None or (speaker is not None and speaker.country not in (*SIDES, None)):
        return None
    stances = {h.key for h in s.kind("stance")}
    stance = "negative" if "negative" in stances else "positive" if stances else "neutral"
    fields = {"speaker": label, "stance": stance}
    country = speaker.country if speaker else None  # keyed as the rules key a statement
    draft = Draft(
        "statement", s, cue.start, fields, key=(key, country), actors=[label], clause_only=True
    )
    draft.notes = (f"speaker_kind={kind}",)
    return draft


def speaker_kind(speaker: Mention) -> str:
    """How a speaker is known: from the vocabulary (person or institution), by title only, or
    as a country speaking."""
    if speaker.key.startswith("country:"):
        return "country"
    if speaker.key.startswith("role:"):
        return "title"
    return speaker.kind


def _official(s: Sentence, name: tuple[str, int, int] | None, lexicon: Lexicon) -> str | None:
    """An unknown name as a speaker only with a title beside it ("Gary Koren, deputy head of
    the foreign ministry's Eurasia division"): the relationship is between officials."""
    if name is None:
        return None
    text, start, end = name
    titles = [h for h in s.kind("role") if -_TITLE_NEAR <= h.start - end <= _TITLE_NEAR
              or -_TITLE_NEAR <= start - h.end <= _TITLE_NEAR]  # fmt: skip
    if not titles:
        return None
    title = min(titles, key=lambda h: min(abs(h.start - end), abs(start - h.end)))
    country = next(
        (h.key for h in s.kind("side") if abs(h.start - title.start) <= _TITLE_NEAR), None
    )
    details = ", ".join(p for p in (title.key, country) if p)
    return f"{text} ({details})"


def _tension(s: Sentence, found: list[Mention], lexicon: Lexicon) -> Draft | None:
    cues = s.cue("tension")
    if not cues:
        return None
    speaker = next((m for m in found if m.end <= cues[0].start), None)
    fields = {"speaker": speaker.label if speaker else None, "about": tension_about(s, cues[0])}
    actors = [speaker.label] if speaker else []
    return Draft("tension", s, cues[0].start, fields, key=(), actors=actors)


def _economic(s: Sentence, found: list[Mention], lexicon: Lexicon) -> Draft | None:
    trigger = (
        s.cue("economic_event") or s.cue("trade_figure") or s.cue("investment")
        or s.cue("business_deal") or (s.cue("project") if s.has("launch") or s.has("build") else [])
    )  # fmt: skip
    if not trigger:
        return None
    fields = {"sector": sector_of(s), "amount": None, "currency": None}
    kind = "figure" if s.cue("trade_figure") and not s.cue("economic_event") else "event"
    return Draft("economic", s, trigger[0].start, fields, key=(kind,))


def sector_of(s: Sentence) -> str:
    """The one sector the sentence's words name, else "other"."""
    sectors = {h.key for h in s.kind("sector")}
    if len(sectors) > 1:
        # "imports of Kazakh oil", "the chamber of commerce on drip irrigation": trade is how the
        # goods move, the goods or the field name the sector.
        sectors.discard("trade")
    return sectors.pop() if len(sectors) == 1 else "other"


def _multilateral(s: Sentence, found: list[Mention], lexicon: Lexicon) -> Draft | None:
    frameworks = s.kind("framework")
    if not frameworks or not s.has("join"):
        return None
    framework = frameworks[0]
    if s.has("join_nominal") and not any(
        0 <= d.start - framework.end <= _DATE_AFTER_FRAMEWORK and not d.excluded for d in s.dates
    ):
        return None  # "the decision to join", "criticised joining": talk about the step
    return Draft(
        "multilateral", s, framework.start, {"framework": framework.key}, key=(framework.key,)
    )


def _travel(s: Sentence, found: list[Mention], lexicon: Lexicon) -> Draft | None:
    visa, flights = s.cue("visa_change"), s.cue("flight")
    if not visa and not (flights and s.has("flight_change")):
        return None
    if visa:
        subject = next(
            (h.key for h in s.kind("visa_subject") if h.key in ("visa_free", "visa_simplified")),
            "visa_free",
        )
        cue = visa[0]
    else:
        subject, cue = "flights", flights[0]
    status = "in_force" if s.has("in_force") and not s.looks_ahead() else "decided"
    return Draft(
        "visa_travel", s, cue.start, {"subject": subject, "effective": None, "status": status},
        key=(subject,), effective=True,
    )  # fmt: skip


def tension_about(s: Sentence, cue: Hit) -> str | None:
    """What kind of friction the cue reports ("travel warning", "condemnation"): the kind
    named nearest the cue, in English; never a piece of the text."""
    kinds = s.kind("tension")
    if not kinds:
        return None
    nearest = min(kinds, key=lambda h: abs(h.start - cue.start))
    return nearest.key.replace("_", " ")
