"""Turn drafted events into output events: date them, drop stale background, merge repeats."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from monitor.detect.dates import DateMention, from_day, recent_ago
from monitor.detect.lexicon import Lexicon
from monitor.detect.matcher import Hit
from monitor.detect.mentions import split_label
from monitor.detect.sentences import Sentence
from monitor.detect.vocabulary import other_side

PLANNED = frozenset({"visit_planned"})
# Types whose restatement of an old event is background, not news of the day.
DROP_WHEN_STALE = frozenset(
    {"agreement_signed", "official_visit", "visa_travel", "talks", "tension", "visit_planned"}
)
# Types that report something done, so a date after publication means it is not done yet.
DONE = frozenset({"official_visit", "talks", "tension", "statement", "economic"})
# A forum held or a centre opened long ago is history; a figure for an earlier year is news.
_ECONOMIC_EVENT = ("event",)
_SAME_VISIT_DAYS = 14
_STALE_DAYS = 30
_LOOKBACK = 2
_ANCHOR_SENTENCES = 4
LEAD_SENTENCES = 3  # a title and this many sentences of text make the lead
_WITH_THE_STEP = frozenset({"talks"})
_DURING = r"(?<!\w){during}\s+(?:[\w'-]+\s+){0,2}$"  # "during his official visit"
_DURING_GAP = 40
_STARTING_GAP = 3  # "החל מ-1 ביולי": a hyphen or a space between the word and the date
_SINCE = r"(?<!\w){since}\s+$"
# "Jerusalén, 5 jun (EUROPA PRESS) -", "ASTANA, March 10 (Reuters) -": a place, the day, the agency
_DATELINE_END = re.compile(r"\.?\s*(?:\([^()]{1,40}\)\s*)?\.?-")
_DATELINE_SPAN = 40
_STAGE_CUES = {"signed": "sign", "ratified": "ratify", "in_force": "in_force"}  # cue labels
_RESTATED_AFTER_DAYS = 7  # a week after the month of a known step, an undated mention is background


@dataclass
class Draft:
    type: str
    sentence: Sentence
    pos: int
    fields: dict[str, Any]
    key: tuple[Any, ...]
    actors: list[str] = field(default_factory=list)
    clause_only: bool = False  # date only from the trigger's own clause (statements)
    effective: bool = False  # the sentence's date is also the `effective` field
    date: str | None = None
    precision: str | None = None
    own_date: bool = False
    date_source: str = "none"  # own | restated | neighbour | anchor | published | year
    strict: bool = True  # drafted by a rule whose every check passed (not only a candidate)
    notes: tuple[str, ...] = ()  # what the candidate generator saw, as feature names
    # A speech verb after the news it reports ("X signed ..., the ministry said"): a statement
    # of its own only when that news is history restated ("Kazakhstan joined the Accords in
    # November, Tokayev said on Friday").
    attributes: bool = False
    # A statement told by no relation or stance word, only naming the other side ("Israel is
    # known for its technology, the minister said"): the speaker's other words come first.
    bare: bool = False


def assemble(
    drafts: list[Draft], sentences: list[Sentence], published: date, lexicon: Lexicon
) -> list[tuple[Draft, dict[str, Any]]]:
    """Dated, de-duplicated events in output form, each with the draft it comes from."""
    anchor = _anchor(sentences, published)
    kept: dict[tuple[Any, ...], Draft] = {}
    # A known step told without a date of its own is dated by the step, however soon after it
    # the article appears ("Trump said Kazakhstan agreed to join", five days on); a week after
    # it, the sentence is background.
    known_steps = _restated(drafts, published, lexicon)
    restated = {
        index: step
        for index, step in known_steps.items()
        if (published - _period_end(*step)).days > _RESTATED_AFTER_DAYS
    }
    # The article's news is a step taken days before it appeared (across time zones, or
    # reported late): what it tells without a date of its own happened with the step
    # ("Tokayev and Netanyahu spoke by phone; Kazakhstan will join the Accords").
    news_step = min(
        (step for step in known_steps.values() if step not in restated.values()), default=None
    )
    visit: Draft | None = None  # the latest visit told, for "during the visit, they signed"
    history: set[tuple[Any, ...]] = set()  # visitors of visits told with an old date of their own
    late: list[Draft] = []  # steps told with a date over a month old
    for draft in drafts:
        _date(draft, sentences, anchor, published)
        if visit is not None and not draft.own_date and _during_a_visit(draft):
            if draft.type in DROP_WHEN_STALE and _stale(visit, published):
                continue  # done during a visit long ago: history, as the visit
            draft.date, draft.precision, draft.date_source = visit.date, visit.precision, "visit"
        elif _said_on_the_visit(draft, visit, published):
            # "Netanyahu met Nazarbayev on Wednesday. ... 'Relations are changing,' Netanyahu
            # said": words the article dates nowhere were said on the visit it reports.
            draft.date, draft.precision, draft.date_source = visit.date, visit.precision, "visit"
        if draft.type == "official_visit" and draft.own_date:
            visit = draft
        # The day the article names (its dateline, or the day it appeared) is when it was
        # told; a call without a date of its own came with the step it led to.
        if news_step and _with_the_step(draft, news_step):
            draft.date, draft.precision = news_step
            draft.date_source = "step"
        background = draft.sentence.index in restated and draft.type in DROP_WHEN_STALE
        if background and not draft.own_date and not draft.sentence.has("just"):
            continue  # "X joined the Accords and Y visited Astana": background, undated
        if draft.sentence.index in known_steps and draft.type == "multilateral":
            draft.date, draft.precision = known_steps[draft.sentence.index]
            draft.own_date, draft.date_source = True, "restated"
        if draft.type == "official_visit" and draft.own_date and _after(draft, published):
            draft.type = "visit_planned"
            draft.fields = {
                "visitor": draft.fields["visitor"],
                "visitor_role": draft.fields["visitor_role"],
                "expected": None,
            }
        stale_kind = draft.type in DROP_WHEN_STALE or draft.key == _ECONOMIC_EVENT
        if stale_kind and draft.own_date and _stale(draft, published):
            # A restated earlier step ("during the visit in December 2016"): history the
            # article mentions, not its news; never re-dated to the publication day.
            if draft.type == "official_visit":
                history.update(_visit_keys(draft))
            late.append(draft)
            continue
        if draft.type in DROP_WHEN_STALE and not draft.own_date and draft.sentence.background():
            continue  # "Recall that the two signed ...": an undated restatement
        if draft.type in DONE and draft.own_date and _after(draft, published):
            # What was said, and a visit called off ("the visit planned for April was
            # postponed"), are told on the day; the date ahead is the plan's.
            if draft.type != "statement" and draft.fields.get("about") != "cancellation":
                continue
            draft.date, draft.precision, draft.own_date = published.isoformat(), "day", False
        _finish_fields(draft, published)
        merge_key = (draft.type, *draft.key)
        if draft.type == "talks":
            merge_key = ("talks", draft.date)
        elif draft.type == "agreement_signed":
            merge_key = _agreement_key(draft, kept)
        earlier = kept.get(merge_key)
        if earlier is not None:
            # A speaker's words that only attribute news in one sentence and say more in
            # another are a statement: the merged one attributes only if both did.
            draft.attributes = earlier.attributes = draft.attributes and earlier.attributes
        if earlier is None:
            kept[merge_key] = draft
        elif _better(draft, earlier):
            draft.actors = list(dict.fromkeys(earlier.actors + draft.actors))
            draft.strict = draft.strict or earlier.strict
            kept[merge_key] = draft
        else:
            earlier.actors = list(dict.fromkeys(earlier.actors + draft.actors))
            earlier.strict = earlier.strict or draft.strict
    if not kept and not _tells_recent(sentences, published):
        # Every step the article tells is over a month old, and nothing of the last month is
        # told beside them: it reports them late (a newsletter's account of a ceremony in
        # May), and they are its news, by their dates; not an anniversary marked on Tuesday.
        for draft in late:
            _finish_fields(draft, published)
            kept.setdefault((draft.type, *draft.key, draft.date), draft)
    # "Netanyahu's visit late last year was the first ... - Yes, it was the first visit of an
    # Israeli premier": the same visit told again without its date is history too.
    kept = {
        k: d for k, d in kept.items()
        if d.type != "official_visit" or d.own_date or _visit_key(d) not in history
    }  # fmt: skip
    kept = {k: d for k, d in kept.items() if not d.attributes or _reports_history(d, kept)}
    kept = {k: d for k, d in kept.items() if not _unnamed_twin(d, kept)}
    kept = {k: d for k, d in kept.items() if not _country_twin(d, kept)}
    kept = {k: d for k, d in kept.items() if not _unowned_twin(d, kept)}
    kept = {k: d for k, d in kept.items() if not _titled_twin(d, kept)}
    kept = {k: d for k, d in kept.items() if not _visit_told_again(d, kept)}
    kept = {k: d for k, d in kept.items() if not _words_of_a_protest(d, kept)}
    kept = {k: d for k, d in kept.items() if not _companion(d, kept)}
    kept = {k: d for k, d in kept.items() if not _plan_told_again(d, kept)}
    kept = {k: d for k, d in kept.items() if not _accession_told_again(d, kept)}
    visits = [d for d in kept.values() if d.type == "official_visit"]
    # "X will also meet ...", "X is due to visit the memorial" during X's visit: the same visit.
    kept = {k: d for k, d in kept.items() if not _part_of_visit(d, visits)}
    if visits:
        # Meetings during a visit are part of the visit, not talks of their own.
        kept = {
            k: d for k, d in kept.items() if d.type != "talks" or d.fields["format"] != "meeting"
        }
    return [(d, _output(d, lexicon)) for d in kept.values()]


def _visit_keys(visit: Draft) -> set[tuple[Any, ...]]:
    """Who visited whom: the visitor, and the title that stands for him ("the first visit of an
    Israeli prime minister" after "Netanyahu visited in 2016")."""
    return {visit.key, ("role", visit.fields["visitor_role"], visit.fields["host_country"])}


def _visit_key(visit: Draft) -> tuple[Any, ...]:
    """The visitor, or his title where he is not named."""
    fields = visit.fields
    if fields["visitor"] == fields["visitor_role"]:
        return ("role", fields["visitor_role"], fields["host_country"])
    return visit.key


def _restated(drafts: list[Draft], published: date, lexicon: Lexicon) -> dict[int, tuple[str, str]]:
    """Sentences restating a step Kazakhstan took before publication, without a date of the
    step itself: sentence index -> (the step's date, its precision)."""
    out: dict[int, tuple[str, str]] = {}
    for draft in drafts:
        known = lexicon.joined.get(draft.fields.get("framework", ""))
        if draft.type != "multilateral" or known is None:
            continue
        precision = {4: "year", 7: "month"}.get(len(known), "day")
        # A date in the joining's own clause dates it ("joined on Friday"); one elsewhere in
        # the sentence ("Kazakhstan joined the Accords, Tokayev said on Friday") does not.
        start, end = _own_clause(draft)
        if any(start <= d.start < end and not d.excluded for d in draft.sentence.dates):
            continue
        if (published - _period_end(known, precision)).days > 0:
            out[draft.sentence.index] = (known, precision)
    return out


def _unnamed_twin(draft: Draft, kept: dict[tuple[Any, ...], Draft]) -> bool:
    """ "The first visit by an Israeli Prime Minister" beside "Netanyahu visited": a visit by
    a title alone is the named visit of the same host, told again."""
    fields = draft.fields
    if draft.type != "official_visit" or fields["visitor"] != fields["visitor_role"]:
        return False
    return any(
        other.type == "official_visit"
        and other.fields["visitor"] != other.fields["visitor_role"]
        and other.fields["host_country"] == fields["host_country"]
        for other in kept.values()
    )


def _country_twin(draft: Draft, kept: dict[tuple[Any, ...], Draft]) -> bool:
    """ "Kazakhstan also calls on Israel ..." in a report of the Kazakh ministry's statement of
    that day: the country speaks through the ministry; one statement, by the named speaker."""
    if draft.type != "statement" or not str(draft.key[0]).startswith("country:"):
        return False
    side = draft.key[-1]
    return any(
        other.type == "statement"
        and other.key[-1] == side
        and not str(other.key[0]).startswith("country:")
        and other.date == draft.date
        for other in kept.values()
    )


def _companion(draft: Draft, kept: dict[tuple[Any, ...], Draft]) -> bool:
    """ "He will be accompanied on the trip by Minister X": X goes on the visit told beside it,
    no visit of his own."""
    if draft.type not in ("official_visit", "visit_planned") or not draft.sentence.has("accompany"):
        return False
    return any(
        other.type == draft.type and other.key != draft.key and other.sentence is not draft.sentence
        for other in kept.values()
    )


def _words_of_a_protest(draft: Draft, kept: dict[tuple[Any, ...], Draft]) -> bool:
    """ "summoned the ambassador ... and said the remarks were unacceptable": the words of
    that day's protest are the friction itself, not a statement beside it."""
    if draft.type != "statement" or draft.fields["stance"] != "negative":
        return False
    side = f"({draft.key[-1]})"
    return any(
        other.type == "tension"
        and other.date == draft.date
        and str(other.fields["speaker"] or "").endswith(side)
        for other in kept.values()
    )


def _titled_twin(draft: Draft, kept: dict[tuple[Any, ...], Draft]) -> bool:
    """ "The Head of State sent a telegram" beside "President Tokayev sent a telegram" that
    day: a title alone speaks as the person named who holds it; one statement, by the name."""
    if draft.type != "statement":
        return False
    # A title whose country the sentence does not tell ("Prime Minister" beside "Benjamin
    # Netanyahu (Prime Minister, IL)" when a word splits the title from the name) is the holder
    # named in the same sentence only (or in the same words, a headline repeated as the lead).
    unowned = draft.key[-1] is None
    same_day = [
        str(other.fields["speaker"])
        for other in kept.values()
        if other.type == "statement" and other is not draft and other.date == draft.date
        and (not unowned or other.sentence.norm == draft.sentence.norm)
    ]  # fmt: skip
    return holder(str(draft.fields["speaker"]), same_day) is not None


def _unowned_twin(draft: Draft, kept: dict[tuple[Any, ...], Draft]) -> bool:
    """ "The Ministry said ..." beside "Kazakhstan's Foreign Ministry said ..." that day: the
    title whose country the sentence does not tell is the one told elsewhere."""
    if draft.type != "statement" or draft.key[-1] is not None:
        return False
    owned = f"{draft.fields['speaker']} ("
    return any(
        other.type == "statement"
        and other.date == draft.date
        and str(other.fields["speaker"]).startswith(owned)
        for other in kept.values()
    )


def _with_the_step(draft: Draft, step: tuple[str, str]) -> bool:
    told_after = (draft.date or "") > step[0]
    # Words with no day named anywhere near them were said with the step the article reports.
    # Not words the article leads with: they are its news, said the day it appeared.
    said = draft.type == "statement" and draft.date_source == "published"
    said = said and draft.sentence.index > LEAD_SENTENCES
    return (draft.type in _WITH_THE_STEP or said) and not draft.own_date and told_after


def _visit_told_again(draft: Draft, kept: dict[tuple[Any, ...], Draft]) -> bool:
    """A visit without a date of its own, on the day of a visit the article dates itself
    ("Sa'ar visited Astana on 27 January ... Tokayev stressed that the visit of Israel's chief
    diplomat ..."): that visit, told again, whoever the sentence seems to name."""
    if draft.type != "official_visit" or draft.own_date:
        return False
    return any(
        other.type == "official_visit" and other.own_date and other.date == draft.date
        for other in kept.values()
    )


def _plan_told_again(draft: Draft, kept: dict[tuple[Any, ...], Draft]) -> bool:
    """ "X announced his upcoming visit ... X spoke hopefully of the visit": a visit with no
    date, arrival or past tense of its own, beside the same visitor's planned visit, is that
    plan told again (a speech verb tells when it was said, not that the visit was made)."""
    if draft.type != "official_visit" or draft.own_date:
        return False
    s = draft.sentence
    if s.told_in_past("speech") or s.has("arrive"):
        return False
    # "During the visit the delegation will also tour ...": the program of the visit told,
    # not a plan of it.
    return any(
        other.type == "visit_planned"
        and (other.key == draft.key or _holds_title(other, draft))
        and not _during_a_visit(other)
        for other in kept.values()
    )


def _holds_title(planned: Draft, visit: Draft) -> bool:
    """ "the first visit by an Israeli prime minister" beside the Prime Minister's planned
    visit: a visit by a title alone that the planned visitor holds."""
    titled = str(visit.key[0]).startswith("role:")
    return titled and planned.fields["visitor_role"] == visit.fields["visitor_role"]


def _accession_told_again(draft: Draft, kept: dict[tuple[Any, ...], Draft]) -> bool:
    """ "Kazakhstan, which signed an agreement with Israel at such a time" in a report of its
    joining the Abraham Accords: an agreement of no topic of its own is the joining told again."""
    fields = draft.fields
    if draft.type != "agreement_signed" or fields["stage"] != "signed":
        return False
    if fields["subject"] != "other" or fields["instrument"] != "agreement":
        return False
    return any(other.type == "multilateral" for other in kept.values())


def _reports_history(statement: Draft, kept: dict[tuple[Any, ...], Draft]) -> bool:
    """Whether every event the statement's sentence reports happened well before it was said."""
    said = date.fromisoformat(statement.date) if statement.precision == "day" else None
    for other in kept.values():
        if other.sentence is not statement.sentence or other is statement:
            continue
        if said is None or other.date is None:
            return False
        if (said - _period_end(other.date, other.precision)).days <= _RESTATED_AFTER_DAYS:
            return False
    return said is not None


def _part_of_visit(draft: Draft, visits: list[Draft]) -> bool:
    if draft.type != "visit_planned":
        return False
    if draft.sentence.has("invite"):
        return False  # "the Kazakh side invited her to visit again": a visit to come, of its own
    if _unnamed_member(draft, visits):
        return True
    for visit in visits:
        if visit.key != draft.key:
            continue
        if not draft.own_date or draft.precision != "day" or visit.precision != "day":
            return not draft.own_date
        gap = date.fromisoformat(draft.date or "") - date.fromisoformat(visit.date or "")
        return abs(gap.days) <= _SAME_VISIT_DAYS
    return False


def _unnamed_member(draft: Draft, visits: list[Draft]) -> bool:
    """ "Members of the Kazakh delegation will visit a cooperative" during the Kazakh minister's
    visit to Israel: a title alone, with no date of its own, on the visit already told."""
    fields = draft.fields
    if fields["visitor"] != fields["visitor_role"] or draft.own_date:
        return False
    country = str(draft.key[0]).rpartition(":")[2]
    return any(other_side(visit.fields["host_country"]) == country for visit in visits)


def _agreement_key(draft: Draft, kept: dict[tuple[Any, ...], Draft]) -> tuple[Any, ...]:
    """A later mention of "the agreement" (subject unknown) is the one already found."""
    instrument, subject, stage = draft.key[:3]
    for key, other in kept.items():
        if other.type != "agreement_signed" or other.key == draft.key:
            continue
        if other.sentence is draft.sentence and len(draft.key) > 3:
            continue  # another item of the same list of documents
        same = (other.key[0], other.key[2]) == (instrument, stage)
        if same and "other" in (subject, other.key[1]):
            if subject != "other":
                other.fields["subject"] = subject
            return key
    return ("agreement_signed", *draft.key)


def _anchor(sentences: list[Sentence], published: date) -> DateMention | None:
    """The day the article's news happened: the first past day named in its opening (not a
    day something runs from: "с 1 марта действует безвизовый режим")."""
    body = [s for s in sentences if not s.is_title][:_ANCHOR_SENTENCES]
    for s in (sentences[:1] if sentences and sentences[0].is_title else []) + body:
        days = [
            m for m in s.dates
            if m.precision == "day" and not m.excluded and not from_day(s.norm, m, s.grammar)
            and m.value <= published.isoformat()
        ]  # fmt: skip
        if days:  # the day a dateline's sentence tells rather than the dateline's own
            return next((m for m in days if not _dateline(s, m)), days[0])
        if s.stamped:
            return None  # the page's date stamp: the day it appeared, which `published` gives
    return None


def _date(
    draft: Draft, sentences: list[Sentence], anchor: DateMention | None, published: date
) -> None:
    s = draft.sentence
    own = [d for d in s.dates if not d.excluded]
    if draft.type == "tension" and draft.fields.get("about") == "travel warning":
        # "a travel warning in place since Thursday": the day it began is the warning's
        since = s.grammar.compile(_SINCE)
        began = [d for d in s.dates if d.excluded and since.search(s.norm, 0, d.start)]
        own = began or own
    if draft.clause_only:
        start, end = _own_clause(draft)
        own = [d for d in own if start <= d.start < end]
    if draft.type == "statement":
        own = [d for d in own if d.precision == "day"]  # "in November" is what was said about
    if draft.type == "agreement_signed" and draft.fields.get("stage") == "signed":
        # "signed an agreement that enters into force in May": no signing is after its report
        own = [d for d in own if d.value <= published.isoformat()[: len(d.value)]]
    if draft.type in ("agreement_signed", "multilateral"):
        # "ratified an agreement that the ministers signed last year": that year is the
        # signing's, told in a clause of its own; "will join the Abraham Accords, signed in
        # 2020": that year is the framework's own.
        own = [d for d in own if not _another_stages_date(draft, d)]
    # "met on Tuesday to discuss the upcoming visit": this week's day is the news's, not the
    # plan's; an older date ("since Peres travelled in 2009") makes it history.
    if (
        draft.type in PLANNED
        and not any(_not_before(d, published) for d in own)
        and all(d.precision == "day" and not _stale_day(d.value, published) for d in own)
    ):
        own = []
    if draft.effective:
        # "announced on Tuesday that it will launch flights from May 2": the day it takes effect
        own = [d for d in own if _after_starting(s, d)] or own
    if len(own) > 1:
        # The dateline's day is when the report was filed; a day the sentence tells is the news's.
        own = [d for d in own if not _dateline(s, d)] or own
        # "ties since 1992 (trade stood at $236 million in 2024)": a trigger in brackets takes
        # a date of the brackets.
        brackets = _brackets(s.norm, draft.pos)
        if brackets:
            own = [d for d in own if brackets[0] < d.start < brackets[1]] or own
    if own:
        best = min(own, key=lambda d: min(abs(d.start - draft.pos), abs(d.end - draft.pos)))
        draft.date, draft.precision, draft.own_date = best.value, best.precision, True
        draft.date_source = "own"
        return
    if draft.type in PLANNED:
        draft.date, draft.precision, draft.date_source = str(published.year), "year", "year"
        return
    for previous in _neighbours(s, sentences):
        past = [d for d in previous.dates if not d.excluded and d.value <= published.isoformat()]
        # "joined ten years ago. ..., he said": said today; "joined the Accords in November.
        # Sa'ar arrived in Astana": a month or year before is background, not the news's date.
        past = [d for d in past if d.precision == "day"]
        if past:
            draft.date, draft.precision = past[-1].value, past[-1].precision
            draft.date_source = "neighbour"
            return
    if anchor is not None:
        draft.date, draft.precision, draft.date_source = anchor.value, anchor.precision, "anchor"
    else:
        draft.date, draft.precision = published.isoformat(), "day"
        draft.date_source = "published"


def _brackets(norm: str, pos: int) -> tuple[int, int] | None:
    """The (open, close) offsets of the round brackets around `pos`, if it is in some."""
    opened = norm.rfind("(", 0, pos)
    if opened < 0 or norm.rfind(")", opened, pos) >= 0:
        return None
    closed = norm.find(")", pos)
    return (opened, closed) if closed >= 0 else None


def _after_starting(s: Sentence, mention: DateMention) -> bool:
    """The date follows a `starting` word at once: "starting May 2", "اعتبارا من 2 مايو"."""
    return any(
        h.start < mention.start and mention.start - h.end <= _STARTING_GAP
        for h in s.cue("starting")
    )


def _dateline(s: Sentence, mention: DateMention) -> bool:
    """The date opens the body after a place and closes a dateline ("Madrid, 9 Abr. - ")."""
    return (
        not s.is_title
        and mention.start <= _DATELINE_SPAN
        and "," in s.norm[: mention.start]
        and bool(_DATELINE_END.match(s.norm, mention.end))
    )


def _own_clause(draft: Draft) -> tuple[int, int]:
    """Where a date of the draft's own stands: its clause; for a joining told as a noun ("the
    decision to join X in November"), only what follows X in it."""
    s = draft.sentence
    start, end = s.clause(draft.pos)
    if draft.type == "multilateral" and draft.clause_only:
        start = draft.pos
    if draft.type in ("official_visit", "visit_planned"):
        # "before flying to Astana, the capital, for meetings on Wednesday": the clauses up to
        # the next visit word's tell this visit.
        later = [h.start for h in s.journey() if h.start >= end]
        end = s.clause(min(later))[0] if later else len(s.norm)
    if draft.type == "statement":
        # A speech word inside the words quoted ("'Kazakhstan expresses concern', the
        # spokesman said on Saturday"): the clause that names who said them tells when.
        quote = s.quotation_at(draft.pos)
        if quote is not None and quote[1] < len(s.norm):
            closing = quote[1]
            said = [h.start for h in s.cue("speech") if h.start >= closing]
            end = max(end, s.clause(said[0] if said else closing)[1])
    return start, end


def _another_stages_date(draft: Draft, mention: DateMention) -> bool:
    """The date stands in another clause than the draft's verb, beside the verb of another
    stage of the document."""
    s = draft.sentence
    start, end = s.clause(mention.start)
    if start <= draft.pos < end:
        return False
    mine = _STAGE_CUES.get(draft.fields.get("stage"))
    return any(
        start <= h.start < end for label in _STAGE_CUES.values() if label != mine
        for h in s.cue(label)
    )  # fmt: skip


def _neighbours(s: Sentence, sentences: list[Sentence]) -> list[Sentence]:
    out = []
    for previous in reversed(sentences[max(0, s.index - _LOOKBACK) : s.index]):
        if previous.para != s.para or previous.is_title:
            break
        out.append(previous)
    return out


def _period_end(value: str, precision: str | None) -> date:
    if precision == "year":
        return date(int(value[:4]), 12, 31)
    if precision == "month":
        year, month = int(value[:4]), int(value[5:7])
        return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return date.fromisoformat(value[:10])


def _during_a_visit(draft: Draft) -> bool:
    """ "During the visit", "в ходе визита": the sentence tells what happened on a visit (a
    visit told in a later clause of its own, only its clause)."""
    s = draft.sentence
    start, end = 0, len(s.norm)
    if draft.clause_only and draft.type in ("official_visit", "visit_planned"):
        start, end = s.clause(draft.pos)
    return any(
        told_during(s, cue, start)
        for cue in s.cue("visit") + s.cue("trip")
        if start <= cue.start < end
    )


def told_during(s: Sentence, cue: Hit, start: int = 0) -> bool:
    """ "During his visit", "bei seinem Besuch": the cue is told by a word for "during"."""
    during = s.grammar.compile(_DURING)
    return bool(during.search(s.norm, max(start, cue.start - _DURING_GAP), cue.start))


def _said_on_the_visit(draft: Draft, visit: Draft | None, published: date) -> bool:
    """A statement with no date but the day of publication, after a visit the article dates
    as its news (a few days before it appeared, at most)."""
    if draft.type != "statement" or draft.date_source != "published" or visit is None:
        return False
    recent = not _stale(visit, published) and not _after(visit, published)
    return visit.precision == "day" and recent


def _not_before(mention: DateMention, published: date) -> bool:
    return mention.value >= published.isoformat()[: len(mention.value)]


def _tells_recent(sentences: list[Sentence], published: date) -> bool:
    """A day of the month before publication is named somewhere ("on Tuesday")."""
    return any(
        d.precision == "day" and not _stale_day(d.value, published) and not d.excluded
        for s in sentences
        for d in s.dates
    )


def _stale_day(value: str, published: date) -> bool:
    return (published - date.fromisoformat(value)).days > _STALE_DAYS


def _stale(draft: Draft, published: date) -> bool:
    if draft.date is None:
        return False
    s = draft.sentence
    if draft.precision == "day":
        return _stale_day(draft.date, published)
    recent = draft.precision == "month" and (
        s.kind("rel_month") or s.kind("rel_week") or recent_ago(s.norm, s.grammar)
    )
    if recent:
        # "Last month X visited", "last week", "two weeks ago": the writer counts it as recent
        # news, as for a day.
        return (published - _period_end(draft.date, "month")).days > _STALE_DAYS
    if draft.precision == "month":  # "signed in January during the visit": history
        return draft.date < published.isoformat()[:7]
    return draft.date < published.isoformat()[:4]


def _after(draft: Draft, published: date) -> bool:
    if draft.date is None:
        return False
    n = len(draft.date)
    return draft.date > published.isoformat()[:n]


def _better(new: Draft, old: Draft) -> bool:
    """Which of two reports of one event to keep: words on the relationship beat a bare
    statement; an explicit date beats an inferred one."""
    if new.bare != old.bare:
        return old.bare
    if new.own_date != old.own_date:
        return new.own_date
    if new.type == "visa_travel" and new.own_date and new.date and old.date:
        return new.date > old.date  # the date it takes effect, not the decision
    if new.type == "visit_planned" and new.own_date and new.date and old.date:
        return new.date > old.date  # the stay, not the departure or the announcement
    return False


def _finish_fields(draft: Draft, published: date) -> None:
    fields = draft.fields
    if draft.effective and draft.own_date:
        fields["effective"] = draft.date
    if draft.type == "visit_planned" and draft.own_date:
        fields["expected"] = draft.date
    first = fields.get("first_in_years")
    if isinstance(first, int) and first > 1000:
        fields["first_in_years"] = published.year - first


def clean_actors(actors: list[str]) -> list[str]:
    """Each actor once, and no bare title beside the person who holds it: "Foreign Minister
    (KZ)" goes when "Yermek Kosherbayev (Foreign Minister, KZ)" is there."""
    by_name: dict[str, str] = {}
    for label in dict.fromkeys(a for a in actors if a):
        name = label.partition(" (")[0]
        if _is_title(name):
            name = label  # "Foreign Minister (KZ)" and "Foreign Minister (IL)" are two people
        if len(label) > len(by_name.get(name, "")):
            by_name[name] = label  # "Gideon Sa'ar (Foreign Minister, IL)" over "Gideon Sa'ar"
    labels = list(by_name.values())
    return [label for label in labels if holder(label, labels) is None]


def holder(label: str, labels: list[str]) -> str | None:
    """For a bare title ("Foreign Minister (KZ)"), the label of the named person among `labels`
    who holds it; None for anything else or when nobody named holds it."""
    title, _, rest = label.partition(" (")
    if not _is_title(title) or "," in rest:
        return None
    country = rest.rstrip(")").strip()  # "" for a title whose country is not told
    word = title.split()[-1].lower()
    for other in labels:
        name, _, details = other.partition(" (")
        parts = [p.strip().lower() for p in details.rstrip(")").split(",")]
        holds = other != label and len(parts) == 2 and word in parts[0].split()
        if holds and country.lower() in ("", parts[1]) and not _is_title(name):
            return other
    return None


def _is_title(name: str) -> bool:
    return name.split()[-1].lower() in _TITLE_WORDS


_TITLE_WORDS = frozenset(
    {"minister", "president", "ambassador", "ministry", "embassy", "government",
     "spokesperson", "parliament", "speaker", "chairman"}
)  # fmt: skip


def _output(draft: Draft, lexicon: Lexicon) -> dict[str, Any]:
    s = draft.sentence
    actors = list(draft.actors)
    place = None
    for hit in s.kind("actor"):
        actor = lexicon.actors[hit.key]
        if actor.kind == "place" and place is None:
            place = actor.name
        elif actor.kind in ("person", "institution"):
            label = (
                f"{actor.name} ({actor.role}, {actor.country})"
                if actor.role
                else (f"{actor.name} ({actor.country})")
            )
            if not any(label.split(" (")[0] in known for known in actors):
                actors.append(label)
    actors = clean_actors(actors)
    fields = dict(draft.fields)
    if fields.get("speaker"):
        fields["speaker"] = holder(fields["speaker"], actors) or fields["speaker"]
    if fields.get("visitor") and draft.actors:
        # "the first visit by an Israeli prime minister ..., Netanyahu said": the title is the
        # person the sentence names in it, not a visitor of its own.
        named = holder(draft.actors[0], actors)
        if named is not None:
            fields["visitor"], fields["visitor_role"], _ = split_label(named)
    return {
        "type": draft.type,
        "date": draft.date,
        "date_precision": draft.precision if draft.date else None,
        "actors": actors,
        "place": place,
        "fields": fields,
        "evidence": s.text,
    }
