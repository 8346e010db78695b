"""Event rules: for each sentence of a relevant article, draft the events its cues point to."""

from __future__ import annotations

import itertools
import re
from datetime import date
from typing import Any

from monitor.detect.assemble import LEAD_SENTENCES, Draft, assemble, told_during
from monitor.detect.candidates import (
    list_items,
    loose_drafts,
    sector_of,
    speaker_kind,
    tension_about,
)
from monitor.detect.lexicon import Lexicon
from monitor.detect.matcher import Hit
from monitor.detect.mentions import (
    COUNTERPART,
    History,
    Mention,
    counterpart,
    mentions,
    split_label,
)
from monitor.detect.names import after_place_preposition
from monitor.detect.normalize import normalize
from monitor.detect.sentences import Sentence
from monitor.detect.speakers import country_speaker, rule_speaker, speech_cues
from monitor.detect.vocabulary import INSTITUTION_ROLES, SIDES, other_side

_STAGE_OF = {"sign": "signed", "ratify": "ratified", "in_force": "in_force"}
_OBJECT_GAP = 60  # how far after "signed" its object may start
_DIGIT = re.compile(r"\d")
_LIST_GAP = 16  # characters between two countries of one list (", and the ")
_JOINS = r"\b{conjunction}\b"
_ANTI_GAP = 6  # "anti-Israel protest", "Israeli embassy picket"
_SOURCE_TAIL = 60  # characters after a speech verb that only names the source and the day
_TITLE_SPAN = 40  # between a title's start and the name: "посол Израиля в Казахстане "
_SPEAKER_NEXT = 25  # how far after a speech verb a bare statement's speaker may stand
# A speech verb right after the words said, or opening the sentence ("According to X, ...").
_WORDS_BEFORE = re.compile(r'(?:^|[,":-])\s*$')
_JOINED = r"\s*(?:,|{conjunction})\s*"  # between two countries of one list: ", ", " and "
_GREETED_GAP = 40  # a title and a first name: "welcomed Israeli Prime Minister Benjamin "
_INTERVIEW_OPENING = 6  # sentences (title included) in which an interview is announced
_RUBRIC_WORDS = 3  # a line this short holding "interview" labels the article
_INTENDED_GAP = 60  # how far from "a memorandum of intent" the agreement it announces may be
_DELEGATION = "Delegation"  # the role of a delegation, in every language's [role] table
_SIGNS_FRAMEWORK = 6  # "signed the Abraham Accords": at most an article between
_NOUN_BEFORE = r"(?<!\w){definite}\s+$"  # "the" right before a stage word: its noun
_RATIFICATION_GAP = 30  # "signed the law on the ratification of": the law between them
_AUXILIARY_GAP = 2  # a verb-final future auxiliary right after the verb: "امضا خواهد کرد"
_SUBJECT_GAP = 70  # how far before "was signed" its subject may end
_PASSIVE_VERB = r"(?<!\w){passive_auxiliary}\s+$"  # "was" right before the verb: "was signed"
_HABITUAL = r"\b{habitual}\b"  # "often", "regularly": a habit, not an event
_FORMER = r"\b{former}\b[^.,;]*$"  # "former Defense Minister" before a name
_FORMER_BEFORE = 40
# "the first visit in 16 years", "впервые за 16 лет"; "first since 2009", "впервые с 2009".
_FIRST_IN_YEARS = (
    r"{first}\b.{0,80}?\b{span_in} (\d{1,3}) {years}\b|{first}\b.{0,80}?\b{since} (\d{4})"
)
_FIRST_EVER = r"\b{first_ever}\b"
_NEGATION = r"(?<!\w){negation}(?![\w-])"  # not "לא-חיוניים" (non-essential): a prefix
_INCLUDING = r"^\s*{including}(?!\w)"
# "$162.4 million", "162,4 млн долларов": a number, a multiplier, a currency before or after.
_AMOUNT = (
    r"(?:(?P<cur1>{currency})\s?)?(?P<num>\d+(?:[.,]\d+)?)\s?(?P<mult>{multiplier})\.?\s?"
    r"(?P<cur2>{currency})?"
)


_PERCENT = r"\d(?:[.,]\d+)?\s?(?:%|{percent}\b)|%\s?\d"
# "1.2 million tonnes", "500 тыс. тонн": a figure in goods rather than money.
_QUANTITY = r"\d(?:[.,]\d+)?\s?(?:{multiplier}\.?\s?)?{unit}\b"

_PLACE_AFTER_CUE = 12  # "arrived at the ", "прибыли в ": a place right after
_OWNER_GAP = 4  # between a title and the country attached after it: " of ", " "
_HELD_GAP = re.compile(r"\s*(?:[\w-]+\s+)?$")  # "had a call", "провел телефонный разговор"
_VENUE_GAP = 40  # "on the margins of the Antalya Diplomacy Forum"
# "в ходе (состоявшейся) встречи", "lors d'entretiens": an elided article may end the gap
_DURING_BEFORE = r"(?<!\w){during}\s+(?:[\w'-]+\s+)?(?:\w{1,2}')?$"
_DURING_AFTER = r"\w*\s+{during}(?!\w)"  # Kazakh "келіссөздер барысында"
# "following a phone call", "после телефонного разговора", "görüşmenin ardından": the call
# had taken place before what the clause tells, whatever that is to be.
_AFTER_BEFORE = r"(?<!\w){after}\s+(?:[\w'-]+\s+){0,2}(?:\w{1,2}')?$"
_AFTER_AFTER = r"\w*\s+(?:[\w'-]+\s+)?{after_post}(?!\w)"
# "принял закон", "заңды қабылдады", "kanunu kabul etti": what a body adopts, beside the verb
# that also means "received (a guest)", with at most one word between.
_ADOPTED_BEFORE = r"(?<!\w){adopted}\s+(?:[\w-]+\s+)?$"
_ADOPTED_AFTER = r"\s+(?:[\w-]+\s+)?{adopted}(?!\w)"
_OF_GAP = re.compile(r"\s*(?:\w{1,3}\s+)?")  # "visit of", "визита"
_ANY_INDEFINITE = r"(?<!\w){indefinite}(?!\w)"
_OWNED_GAP = re.compile(r"\s*(?:\w{1,3}\s+){0,2}")  # "visit of the (Kazakh) minister"
_HEADLINE_TYPES = frozenset({"agreement_signed", "visa_travel", "multilateral"})
_VISIT_TYPES = frozenset({"official_visit", "visit_planned"})
_GUEST = "Guest"  # the role of "the guest", "гость", "konuk"
_FRONTED_WORDS = 8  # characters beside a date fronted in a clause of its own: "In ", ", "
# ", as well as a", " и ": a conjunction and an article at most between a list and a document
_JOINED_ON = r"[\s,]*{conjunction}(?:\s+|')(?:\w{1,5}\s+)?"
# a country word beside the people it names: "Israeli officials", "des responsables israéliens"
_PEOPLE_AFTER = r" {generic_speaker}\b"
_PEOPLE_BEFORE = r"\b{generic_speaker} $"
_PEOPLE_REACH = 30  # characters before a country word that the people it names may take


def extract(
    sentences: list[Sentence], published: date, lexicon: Lexicon, *, candidates: bool = False
) -> list[tuple[Draft, dict[str, Any]]]:
    """All events of a relevant article, merged and dated, in the order they appear, each with
    its draft; with `candidates`, also every loose candidate (see candidates.py)."""
    drafts: list[Draft] = []
    headline: list[Draft] = []
    history = History()
    intro: tuple[Sentence, Hit] | None = None
    interviewed = rubric = False
    formers: set[str] = set()  # people the article names as former office holders
    quotation = _Quotation(lexicon)
    guested = False  # the article calls someone "the guest": it tells a visit
    named: dict[int, list[Mention]] = {}  # each sentence's people and institutions
    for s in sentences:
        s.formers = formers
        found = mentions(s, lexicon, history)
        guested = guested or _called_guest(s)
        named[s.index] = found
        formers.update(m.key for m in found if m.kind == "person" and _former(s, m))
        voice = _voice(s, found, lexicon)
        told_before = len(drafts)
        announced = rubric or s.has("interview") or _outlet_spoke_with(s, found)
        if not interviewed and s.index < _INTERVIEW_OPENING and announced:
            interview = _interview(s, found)
            if interview is not None:
                drafts.append(interview)
                interviewed = True
            # A line of its own ("Interview", "Exclusive interview"): the outlet's label for
            # the article, whose interviewee the next sentences name.
            rubric = rubric or len(s.norm.split()) <= _RUBRIC_WORDS
        if intro is not None and intro[0].para != s.para and not _stage_cues(s):
            drafts.extend(_listed_agreements(intro[0], intro[1], s))
        elif not _enumerates(s) and not _about_third_country(s):
            events = _sentence_events(s, _with_the_quoted(s, found, quotation, history), lexicon,
                                      voice, history)  # fmt: skip
            (headline if s.is_title else drafts).extend(events)
        elif _enumerates(s):
            # "will visit Australia, Singapore and Kazakhstan": the stops of a tour to come,
            # a list of places, not of countries that did something together.
            events = [d for d in _visits(s, found, lexicon) if d.type == "visit_planned"]
            (headline if s.is_title else drafts).extend(events)
        if candidates and not s.is_title:
            drafts.extend(loose_drafts(s, found, lexicon))
        if not s.is_title:
            quotation.read(s, found, voice, len(drafts) - told_before, len(drafts))
            for at, draft in quotation.closed(s, found, voice):
                drafts.insert(at, draft)
        intro = _list_intro(s) or (intro if intro and _in_list(s, intro[0]) else None)
        history.note(s, found)
        quoted = voice[1]  # who "..., he said" or "the president stressed" next refers to
        if quoted is not None and quoted.kind == "person":
            history.speaker = quoted
    if guested:
        drafts.extend(_guests_meetings(drafts, named))
    # A headline's news counts where the body does not tell news of its kind again
    # ("X and Y signed documents" over a body about the visit only). Not a visit, talks,
    # words or friction: a headline's "visit plans", "condemns attack on Israeli civilians"
    # lack what tells them apart (who is meant, held or planned).
    told = {d.type for d in drafts}
    drafts[:0] = [d for d in headline if d.type in _HEADLINE_TYPES and d.type not in told]
    if "multilateral" not in told and (lead := unnamed_accession(sentences)) is not None:
        framework = lead.kind("framework")[0]
        drafts.insert(0, Draft("multilateral", lead, framework.start,
                               {"framework": framework.key}, key=(framework.key,)))  # fmt: skip
    # An arrival is held, not planned, where the headline says so ("X arrives in Astana")
    # and the body tells no visit of its own.
    if not told & _VISIT_TYPES:
        drafts[:0] = [d for d in headline if d.type == "official_visit" and _arrival(d.sentence)]
    # "Tokayev: Kazakhstan values ...": a headline that names its speaker before a colon says
    # who is meant; it counts unless the body quotes the same speaker.
    # The same speaker by office ("Israeli ambassador: ..." over the ambassador's words in the
    # body) counts too: a headline names him by title, or by a noun it took for his name.
    said = [d for d in drafts if d.type == "statement"]
    speakers = {d.key for d in said}
    offices = {_office(d) for d in said}
    drafts[:0] = [
        d for d in headline
        if d.type == "statement" and not d.sentence.has("speech")
        and d.key not in speakers and not _office_told(_office(d), offices)
    ]  # fmt: skip
    return assemble(drafts, sentences, published, lexicon)


def _office(statement: Draft) -> tuple[str, str | None]:
    """The office a statement's speaker holds and its country, as his label gives them:
    "Liat Wexelman (Ambassador, IL)", "Ambassador (IL)"; a bare "Ambassador" names no
    country."""
    name, role, country = split_label(statement.fields["speaker"] or "")
    return role or name, country


def _office_told(office: tuple[str, str | None], offices: set[tuple[str, str | None]]) -> bool:
    role, country = office
    return office in offices or (country is None and any(r == role for r, _ in offices))


def _arrival(s: Sentence) -> bool:
    """A headline telling an arrival as done or under way ("lands in", "arrived in")."""
    return s.has("arrive") and not s.has("future") and not s.has("invite")


def _interview(s: Sentence, found: list[Mention]) -> Draft | None:
    """An interview with an official of either side, announced in the article's opening (by
    the word, or under a label of its own): the article is their statement."""
    people = [m for m in found if m.kind == "person" and m.country in SIDES and not _former(s, m)]
    if not people:
        return None
    cues = s.cue("interview")[:1]
    # "Herzog will visit, Kazakhstan's ambassador said in an interview": the one by the word.
    person = (rule_speaker(people, cues, s) if cues else None) or people[0]
    pos = cues[0].start if cues else person.start
    # "Relations have reached a new level, X told Y in an interview": the words it opens with
    fields = {"speaker": person.label, "stance": _stance(s)}
    draft = Draft("statement", s, pos, fields, key=(person.key, person.country))
    draft.actors, draft.clause_only = [person.label], True
    draft.notes = ("speaker_kind=interview",)
    return draft


def _outlet_spoke_with(s: Sentence, found: list[Mention]) -> bool:
    """ "Vlast talked with the Israeli ambassador X about ...": someone of neither side (the
    outlet) speaking with one official, no meeting told: an interview announced."""
    cues = s.cue("speak_with")
    if not cues or s.kind("format"):
        return False
    after = {m.key for m in found if m.kind == "person" and m.start >= cues[0].end}
    return len(after) == 1 and not any(m.start < cues[0].start for m in found)


def _enumerates(s: Sentence) -> bool:
    """A sentence that lists countries ("Bahrain, Morocco, Sudan and the UAE had joined"):
    many countries, three of them in a row with only commas or 'and' between; one that names
    many countries in clauses of its own ("condemns Israel's strike on Qatar targeting Hamas")
    is no list."""
    if not s.is_list:
        return False
    countries = [h for h in s.hits if h.kind in ("side", "third")]
    run = 1
    for before, after in itertools.pairwise(countries):
        run = run + 1 if _joined_in_list(s, before, after) else 1
        if run >= 3:
            return True
    return False


def _joined_in_list(s: Sentence, before: Hit, after: Hit) -> bool:
    """Two countries one after the other in a list: a short gap holding a comma or "and"
    ("Bahrain, Morocco", "en Ouzbékistan et au Kazakhstan")."""
    gap = s.norm[before.end : after.start]
    return len(gap) <= _LIST_GAP and ("," in gap or bool(s.grammar.compile(_JOINS).search(gap)))


def _list_intro(s: Sentence) -> tuple[Sentence, Hit] | None:
    """ "The sides signed the following documents:" followed by one document per line."""
    if s.is_title or not s.norm.endswith(":") or s.kind("instrument"):
        return None
    stages = _stage_cues(s)
    if not stages or s.has("not_done") or s.has("business_deal"):
        return None
    return s, stages[0]


def _in_list(s: Sentence, intro: Sentence) -> bool:
    return s.para != intro.para and not s.norm.endswith(".")


def _stage_cues(s: Sentence) -> list[Hit]:
    return [h for label in _STAGE_OF for h in s.cue(label)]


def _listed_agreements(intro: Sentence, verb: Hit, item: Sentence) -> list[Draft]:
    out = []
    for inst in _best_instruments(item.kind("instrument"))[:1]:
        subject = next((h.key for h in item.kind("subject")), "other")
        stage = _STAGE_OF[verb.key]
        fields = {"subject": subject, "instrument": inst.key, "stage": stage}
        out.append(
            Draft("agreement_signed", intro, verb.start, fields, key=(inst.key, subject, stage))
        )
    return out


def _about_third_country(s: Sentence) -> bool:
    return bool(s.thirds) and len(s.sides) == 1 and not s.has("bilateral")


def _voice(s: Sentence, found: list[Mention], lexicon: Lexicon) -> tuple[list[Hit], Mention | None]:
    """The sentence's speech cues and who speaks by them, of whatever country ("Trump said")."""
    speech = speech_cues(s)
    if not speech:
        return speech, None
    return speech, rule_speaker(sorted(found + _third_people(s, lexicon)), speech, s)


def _sentence_events(
    s: Sentence,
    found: list[Mention],
    lexicon: Lexicon,
    voice: tuple[list[Hit], Mention | None],
    history: History | None = None,
) -> list[Draft]:
    out: list[Draft] = []
    tension = _tension(s, found)
    if tension:
        out.append(tension)
    signed = _agreements(s, found, lexicon)
    out.extend(signed)
    out.extend(_visa_travel(s))
    visits, talks = _visits(s, found, lexicon, history), _talks(s, found, lexicon)
    visit = visits[0] if visits else None
    if tension is not None and tension.fields["about"] == "cancellation":
        visit, visits = None, []  # "cancelled the planned visit": friction, and no visit
    if tension is not None and tension.fields["about"] == "recall":
        talks = None  # "recalled its ambassador for consultations": no talks between the two
    if visit is None and talks is not None and talks.fields["format"] == "meeting":
        visit = _meeting_abroad(s, found, lexicon, talks.pos)
        if visit is None and s.has("reception"):
            visit = _received_guest(s, found, talks.pos)
    elif visit is None and talks is None and s.has("reception") and not s.has("future"):
        # "The head of state received Israeli President Isaac Herzog": one party named, the
        # host by title alone, so no talks between two named people; the guest's visit.
        visit = _received_guest(s, found, s.cue("reception")[0].start)
    elif visit is None and talks is None and s.has("economic_event"):
        # "the minister met his counterpart in Astana at the joint commission's session": the
        # meeting is the commission's, the guest's stay a visit all the same.
        met = _held_meeting(s)
        visit = _meeting_abroad(s, found, lexicon, met.start) if met else None
    if visit is None and signed:  # "the two ministers signed an accord in Tel Aviv"
        visit = _meeting_abroad(s, found, lexicon, signed[0].pos, signing=True)
    economic = _economic(s, found)
    if (
        economic is None
        and visit is None
        and (talks is None or talks.fields["format"] == "meeting")
    ):
        economic = _business_meeting(s, found)
        talks = None if economic is not None else talks
    for draft in (visit, *visits[1:], talks, _multilateral(s), economic):
        if draft:
            out.append(draft)
    if not tension:
        statement = _statement(s, found, lexicon, voice)
        # "X signed ..., the ministry said": the speech verb after the news only attributes it,
        # unless what was said follows it ("Ahead of the visit, Brodsky wrote that ..."); a
        # stance word ("welcomed", "concern") still makes it a statement.
        reported = (
            statement is not None
            and any(d.pos < statement.pos for d in out)
            and not _says_more(s, statement.pos)
        )
        if statement and reported and not s.kind("stance"):
            statement.attributes = True  # kept only if what it reports proves to be history
        if statement and not (statement.bare and out):
            out.append(statement)
    return out


# ------------------------------------------------------------------ agreements
def _agreements(s: Sentence, found: list[Mention], lexicon: Lexicon) -> list[Draft]:
    if s.has("business_deal") or s.has("in_talks"):
        return []
    stages = [h for label in _STAGE_OF for h in s.cue(label)]
    if not stages:
        return []
    framework_spans = [(h.start, h.end) for h in s.kind("framework")]
    instruments = [
        h
        for h in _best_instruments(s.kind("instrument"))
        if not any(a <= h.start < b for a, b in framework_spans)
    ]
    instruments = _without_intended(s, instruments)
    papers = [h._replace(key="agreement") for h in s.cue("document")]
    if not instruments:
        # "signed documents on X and Y": papers of no named kind, as the verb's object only
        # ("the document, signed with ..." restates one named before).
        # A verb-final language puts them before it: "üç belge imzalandı".
        first_verb = min(h.start for h in stages)
        instruments = [h for h in papers if h.start > first_verb or s.grammar.verb_final]
    out = []
    # A document governed by one stage's verb is taken for that stage only: "the agreement,
    # signed in January, comes into force on Sunday" has two stages of one document.
    pools = {stage: list(instruments) for stage in _STAGE_OF.values()}
    for verb in sorted(stages):
        stage = _STAGE_OF[verb.key]
        instruments = pools[stage]
        if s.in_clause(verb.start, "not_done"):
            continue  # "is yet to be ratified": not done
        if _discussed_stage(s, verb):
            continue  # "discussed the ratification of the agreements": a topic, not a step
        # "will enter into force on 1 February": a day set for it is a stage scheduled
        scheduled = verb.key == "in_force" and _day_in_clause(s, verb)
        if _future_before(s, verb) and not scheduled:
            continue  # "is to sign", "ожидается подписание": not signed yet
        if _to_come(s, verb):
            continue  # "the signing is expected next month", "подписание состоится в апреле"
        if _with_a_third_country(s, verb):
            continue  # "Kazakhstan signed an agreement with Turkey; Israel ... with Greece"
        if _signed_by_company(s, verb, found):
            continue  # a business deal: economic news (see _economic)
        if verb.key == "sign" and _signs_a_ratification(s, verb, instruments):
            continue  # "signed a law ratifying the agreement": the ratification's stage
        if verb.key == "in_force" and s.has("future") and not scheduled:
            continue  # "will enter into force 30 days after ...", "clearing the way for it to"
        governed = _objects_of(s, verb, instruments)
        if not governed and instruments and _objects_of(s, verb, papers):
            # "Documents signed during the visit include a memorandum": papers of no named
            # kind stand by the verb, the named one far after it.
            governed = instruments[:1]
        if len(governed) == 1:
            items = list_items(s, lexicon, governed, verb)
            if len(items) > 1 and not _one_document(s, governed[0], items):
                # "signed agreements on aviation, agriculture and research": one each.
                out.extend(_listed(s, verb, governed[0], items, stage))
                rest = [i for i in instruments if i is not governed[0]]
                # "..., as well as a declaration on a consortium": documents the list goes on to
                joined = _joined_after(s, items[-1][1], rest)
                for number, inst in enumerate(joined, start=len(items)):
                    subject = _field_after(s, "subject", inst, rest) or "other"
                    fields = {"subject": subject, "instrument": inst.key, "stage": stage}
                    key = (inst.key, subject, stage, number)
                    out.append(Draft("agreement_signed", s, verb.start, fields, key=key))
                instruments = pools[stage] = [i for i in rest if i not in joined]
                continue
        for number, inst in enumerate(governed):
            if len(governed) > 1:  # "an X agreement, a Y agreement and ...": each its own topic
                subject = _field_within(s, "subject", inst, governed) or "other"
            else:
                subject = _field_after(s, "subject", inst, instruments) or "other"
            fields = {"subject": subject, "instrument": inst.key, "stage": stage}
            # "signed an X agreement, a Y agreement and a Z agreement": one signing each.
            key = (
                (inst.key, subject, stage, number)
                if len(governed) > 1
                else (inst.key, subject, stage)
            )
            signers = [m.label for m in found if m.kind == "person" and m.country in SIDES]
            out.append(Draft("agreement_signed", s, verb.start, fields, key=key, actors=signers))
            instruments = pools[stage] = [i for i in instruments if i is not inst]
    return out


def _discussed_stage(s: Sentence, verb: Hit) -> bool:
    """The stage named as a noun ("the ratification", "the signing") after a talks word in
    its clause ("discussed", "considered"): what was talked about, not what was done."""
    start, _ = s.clause(verb.start)
    if not any(start <= h.start < verb.start for h in s.cue("talks_only")):
        return False
    return bool(s.grammar.compile(_NOUN_BEFORE).search(s.norm, start, verb.start))


def _without_intended(s: Sentence, instruments: list[Hit]) -> list[Hit]:
    """Instruments less those a memorandum of intent announces ("a memorandum of intent to
    conclude an agreement on visas", "vize anlaşmasının imzalanmasına yönelik niyet muhtırası"):
    the agreement beside it, not joined to it by "and" or a comma, is only intended."""
    intents = [h for h in instruments if h.key == "memorandum_of_intent"]
    if not intents:
        return instruments
    joins = s.grammar.compile(_JOINS)

    def beside(hit: Hit, intent: Hit) -> bool:
        first, second = sorted((hit, intent))
        gap = s.norm[first.end : second.start]
        return len(gap) <= _INTENDED_GAP and not re.search(r"[,;]", gap) and not joins.search(gap)

    return [
        h
        for h in instruments
        if h.key == "memorandum_of_intent" or not any(beside(h, i) for i in intents)
    ]


def _with_a_third_country(s: Sentence, verb: Hit) -> bool:
    """The verb's clause names a third country and one side at most: that side's deal with
    someone else."""
    start, end = s.clause(verb.start)
    inside = [h for h in s.hits if start <= h.start < end and h.kind in ("side", "third")]
    sides = {h.key for h in inside if h.kind == "side"}
    return any(h.kind == "third" for h in inside) and len(sides) < 2


def _signed_by_company(s: Sentence, verb: Hit, found: list[Mention]) -> bool:
    """ "IDE Technologies signed an agreement with the state fund": a company signs in the
    verb's clause (before it, or after a passive verb), and no government, ministry
    or official takes part (a state company's memorandum with a government is the states')."""
    start, end = s.clause(verb.start)
    # "An agreement was signed between the akimat and the company": a passive verb's
    # parties follow it.
    passive = s.grammar.compile(_PASSIVE_VERB).search(s.norm, start, verb.start)
    before = verb.start if passive is None else end
    if not any(start <= h.start < before for h in s.cue("company")):
        return False
    return not any(
        start <= m.start < end and (m.kind == "person" or m.key.startswith("role:")) for m in found
    )


def _signs_a_ratification(s: Sentence, verb: Hit, instruments: list[Hit]) -> bool:
    """ "signed a law ratifying", "подписал закон о ратификации", "ратификациялау туралы
    заңға қол қойды": what is signed is the ratification, right beside the verb (after it, or
    before it where verbs close the clause), no document and no comma between them."""
    for ratify in s.cue("ratify"):
        if ratify.start >= verb.end:
            first, second = verb, ratify
        elif s.grammar.verb_final:
            first, second = ratify, verb
        else:
            continue
        gap = s.norm[first.end : second.start]
        if len(gap) > _RATIFICATION_GAP or re.search(r"[,;.]", gap):
            continue
        if not any(first.end <= i.start < second.start for i in instruments):
            return True
    return False


def _future_before(s: Sentence, verb: Hit) -> bool:
    """A future cue in the verb's clause, before it ("is expected ... the signing of") or in it
    (the Romance future "firmarán", "signeront"); where the verb ends the clause, the
    auxiliary right after it (Persian "امضا خواهیم کرد", we will sign)."""
    start, end = s.clause(verb.start)
    futures = s.cue("future")
    if any(start <= h.start <= verb.start for h in futures):
        return True
    return s.grammar.verb_final and any(
        verb.start < h.start <= verb.end + _AUXILIARY_GAP and h.start < end for h in futures
    )


def _to_come(s: Sentence, verb: Hit) -> bool:
    """A stage named as a noun ("the signing", "подписание", "حفل التوقيع") whose clause goes on
    in the future, with no past word between: "the signing is expected next month", "the signing
    ceremony will take place in April". A verb that is no noun ("signed an agreement that will
    allow ...") tells a step done, whatever follows."""
    if not any(n.start <= verb.start and verb.end <= n.end for n in s.cue("stage_noun")):
        return False
    _, end = s.clause(verb.start)
    ahead = [h.start for h in s.cue("future") if verb.end <= h.start < end]
    return bool(ahead) and not any(verb.end <= p.start < min(ahead) for p in s.cue("past"))


def _listed(
    s: Sentence, verb: Hit, inst: Hit, items: list[tuple[int, int]], stage: str
) -> list[Draft]:
    out = []
    for number, (start, end) in enumerate(items):
        subject = next((h.key for h in s.kind("subject") if start <= h.start < end), "other")
        own = [h.key for h in s.kind("instrument") if start <= h.start < end and h is not inst]
        kind = own[0] if own else inst.key
        fields = {"subject": subject, "instrument": kind, "stage": stage}
        out.append(
            Draft("agreement_signed", s, verb.start, fields, key=(kind, subject, stage, number))
        )
    return out


def _joined_after(s: Sentence, end: int, instruments: list[Hit]) -> list[Hit]:
    """The documents joined on after a list ends at `end` (", as well as a declaration")."""
    joined = s.grammar.compile(_JOINED_ON)
    out = []
    for inst in instruments:
        if inst.start < end or not joined.fullmatch(s.norm, end, inst.start):
            continue
        out.append(inst)
        end = inst.end
    return out


def _one_document(s: Sentence, inst: Hit, items: list[tuple[int, int]]) -> bool:
    """ "a memorandum on agriculture and veterinary medicine": an instrument written in the
    singular, with no instrument of their own in the items after it, is one document whose
    topics they are; "memoranda on X and Y", "меморандумы", are one document each."""
    if any(h is not inst and h.start >= items[1][0] for h in s.kind("instrument")):
        return False  # "a memorandum on X and an agreement on Y": two documents
    single = s.grammar.words_of(("single_instrument",))
    return any(word in single for word in s.norm[inst.start : inst.end].split())


def _best_instruments(hits: list[Hit]) -> list[Hit]:
    """One instrument per place: "memorandum of intent" wins over "memorandum"."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def _objects_of(s: Sentence, verb: Hit, instruments: list[Hit]) -> list[Hit]:
    """Instruments the verb governs: "signed an X and a Y", or "the X was signed"."""
    after = [i for i in instruments if i.start >= verb.end]
    chain: list[Hit] = []
    cursor = verb.end
    for inst in after:
        gap = s.norm[cursor : inst.start]
        # A verb-first language puts the subject, however long, between the verb and its
        # object: "وقع وزير الخارجية الإسرائيلي ... ونظيره الكازاخستاني ... مذكرة".
        reach = _OBJECT_GAP * 2 if s.grammar.verb_first and not chain else _OBJECT_GAP
        if inst.start - cursor > reach or ":" in gap:
            break
        # A comma ends the object unless the next document follows it soon ("an aviation
        # agreement, an agreement on ...", "a research agreement, an aviation agreement"): an
        # article and one word at most between, or "including".
        tail = re.split(r"[,;]", gap)[-1]
        after_comma = s.grammar.compile(_INCLUDING).sub(" ", tail).split()
        if ("," in gap or ";" in gap) and (
            len(after_comma) > 2 or sum(len(w) > 3 for w in after_comma) > 1
        ):
            break
        chain.append(inst)
        cursor = inst.end
    if chain:
        return chain
    before = [i for i in instruments if i.end <= verb.start and verb.start - i.end <= _SUBJECT_GAP]
    passive = s.grammar.compile(_PASSIVE_VERB).search(s.norm[: verb.start])
    if not before and (passive or verb.key == "in_force"):
        # "A memorandum between <two long names> was signed", "A protocol amending <a long
        # name> takes effect": the subject opens the clause, however long the names after it.
        start = s.clause(verb.start)[0]
        before = [i for i in instruments if start <= i.start and i.end <= verb.start][:1]
    return before[-1:]


def _field_within(s: Sentence, kind: str, anchor: Hit, stops: list[Hit]) -> str | None:
    """The field named between the anchor and the next stop (or 90 characters on)."""
    limit = min([h.start for h in stops if h.start > anchor.start] + [anchor.end + 90])
    return next((h.key for h in s.kind(kind) if anchor.start <= h.start < limit), None)


def _field_after(s: Sentence, kind: str, anchor: Hit, stops: list[Hit]) -> str | None:
    limit = min([h.start for h in stops if h.start > anchor.start] + [anchor.end + 90])
    for hit in s.kind(kind):
        if anchor.start <= hit.start < limit:
            return hit.key
    hits = s.kind(kind)
    return hits[0].key if hits else None


# ------------------------------------------------------------------ visa and travel
def _visa_travel(s: Sentence) -> list[Draft]:
    out = []
    if s.has("talks_only") or s.has("not_done") or s.has("in_force_noun"):
        return out
    if s.thirds and not s.sides:
        return out  # "flights to Tokyo and Singapore from 2024": the routes of a third country
    visa = s.cue("visa_change")
    if visa and (s.has("in_force") or s.has("sign") or s.has("visa_decision")):
        subject = _first_key(s, "visa_subject", {"visa_free", "visa_simplified"}) or "visa_free"
        status = "in_force" if s.has("in_force") and not s.looks_ahead() else "decided"
        draft = Draft(
            "visa_travel",
            s,
            visa[0].start,
            {"subject": subject, "effective": None, "status": status},
            key=(subject,),
            effective=True,
        )
        taking_effect = s.cue("in_force")
        if taking_effect and _dated_clause(s, taking_effect[0]):
            # "The visa waiver, signed in January, takes effect on Sunday": dated by its
            # taking effect, not by the signing told beside it
            draft.pos, draft.clause_only = taking_effect[0].start, True
        out.append(draft)
    flights = s.cue("flight")
    if flights and s.has("flight_change") and not s.has("in_talks"):
        status = "decided" if s.looks_ahead() else "in_force"
        out.append(
            Draft(
                "visa_travel",
                s,
                flights[0].start,
                {"subject": "flights", "effective": None, "status": status},
                key=("flights",),
                effective=True,
            )
        )
    return out


def _first_key(s: Sentence, kind: str, allowed: set[str]) -> str | None:
    return next((h.key for h in s.kind(kind) if h.key in allowed), None)


# ------------------------------------------------------------------ visits
def _visits(
    s: Sentence, found: list[Mention], lexicon: Lexicon, history: History | None = None
) -> list[Draft]:
    """The visits a sentence tells: the first clause's, then one for each later clause whose
    visit word names its visitor right after it ("reviewed what was agreed during Sa'ar's visit
    in January and discussed the coming visit of the Prime Minister")."""
    cues = s.journey() + _stays(s, lexicon)
    own = [c for c in cues if not _place_taken(s, c, cues, lexicon)]
    # The visit of a later clause, as the first one has no place: dated by its own clause.
    kept = {s.clause(c.start) for c in own}
    shifted = any(s.clause(c.start) not in kept for c in cues if c not in own)
    cues = own
    clauses: dict[tuple[int, ...], list[Hit]] = {}
    first_end = min((c.end for c in cues), default=0)
    invites = [h.start for h in s.cue("invite") if h.start >= first_end]
    for cue in sorted(cues):
        # "Non vedo l'ora di visitare il Kazakistan e ho invitato il mio omologo a visitare
        # Israele": a visit word after an invitation that follows another visit word is the
        # invited one's visit, told as a clause of its own.
        part = sum(1 for start in invites if start < cue.start)
        clauses.setdefault((*s.clause(cue.start), part), []).append(cue)
    out: list[Draft] = []
    for number, own in enumerate(clauses.values()):
        draft = _visit(s, found, lexicon, own, later=number > 0, history=history)
        if draft is not None and (number > 0 or shifted):
            draft.clause_only = True  # dated by its own clause, not by the first visit's date
        if draft is not None and all(d.key != draft.key for d in out):
            out.append(draft)
    return out


def _place_taken(s: Sentence, cue: Hit, cues: list[Hit], lexicon: Lexicon) -> bool:
    """A visit word that names no place before the next visit word, whose clause names the
    first place after it: the place is that one's ("on his African visit, he said he will visit
    Kazakhstan"; "during the visit, X invited Y to visit Israel")."""
    later = [c for c in cues if c.start >= cue.end]
    if not later:
        return False
    after = min(later)
    places = [h for h in s.hits if _a_place(h, lexicon) and not _owns_title(s, h)]
    start = s.clause(cue.start)[0]
    if any(start <= h.start < after.start for h in places):
        return False  # "landed in Astana, on the first visit ...": its own place
    places = [h for h in places if h.start >= after.start]
    return bool(places) and s.clause(places[0].start) == s.clause(after.start)


def _a_place(hit: Hit, lexicon: Lexicon) -> bool:
    if hit.kind == "actor":
        return lexicon.actors[hit.key].kind == "place"
    return hit.kind in ("side", "third")


def _visit(
    s: Sentence,
    found: list[Mention],
    lexicon: Lexicon,
    cues: list[Hit],
    later: bool = False,
    history: History | None = None,
) -> Draft | None:
    cue = min(cues)
    if any(h.start <= cue.start and cue.end <= h.end for h in s.background()):
        return None  # "the last visit of ...": history named in passing
    start, end = s.clause(cue.start)
    if s.grammar.compile(_HABITUAL).search(s.norm[start:end]):
        return None  # "he often visits Kazakhstan": a habit, not a visit
    if _negated(s, cue):
        return None  # "has no plans to visit", "did not travel to"
    found = [m for m in found if not _former(s, m)]  # "former minister X": no official now
    host = None
    by_place = _visitor_by_place(s, found, lexicon)
    candidates = (
        _subject(s, found, cue),
        _nearest(found, cue.start, kinds=("person",)),
        _named_after(s, found, cue),
    )
    if s.grammar.verb_final:
        # "ülkesinde resmi temaslarda bulunan ... Gideon Saar": a participle before its noun,
        # the person it describes comes right after it.
        described = [m for m in found if m.kind == "person" and 0 <= m.start - cue.end <= 40]
        candidates = (described[0] if described else None, *candidates)
    if later:
        by_place, candidates = None, (_named_after(s, found, cue), _invitee(s, found, cue))
    for visitor in (by_place, *candidates) if by_place else candidates:
        if visitor is None:
            continue
        if visitor.role == _DELEGATION:
            if visitor.country not in SIDES:
                continue  # "members of a business delegation": whose, the sentence does not say
            # "a Kazakh delegation headed by Deputy Prime Minister X": X's visit.
            leader = next(
                (m for m in found if m.kind == "person" and m.role != _DELEGATION
                 and m.country == visitor.country),
                None,
            )  # fmt: skip
            visitor = leader or visitor
        if _is_envoy(visitor):
            continue  # an ambassador travels in the country he is posted to: no visit of a side
        if (
            visitor.start > cue.end
            and any(cue.end <= h.start < visitor.start for h in s.kind("format"))
            and not told_during(s, cue)
        ):
            # "the announcement arrived after a call with President X": the call's party; not
            # "Bei seinem Besuch in Kasachstan traf Außenminister X ...", the verb before him.
            continue
        if visitor.start > cue.start and _inviter(s, found, visitor):
            continue  # "the visit ... since Tokayev extended an invitation": the host
        if visitor.country not in SIDES:
            destination = _destination(s, cue)
            if destination is None:
                continue
            visitor = visitor._replace(country=other_side(destination))
        host = _host(s, cue, visitor, lexicon, found)
        if host is None and _bare_title(s, visitor) and visitor.country in SIDES:
            # "в Астану прибыл глава МИД": a title the sentence gives no country, whose holder
            # last named is of the side visited, is the other side's holder.
            visitor = _other_holder(visitor, history)
            host = _host(s, cue, visitor, lexicon, found)
        if host is not None:
            break
    if host is None or visitor is None:
        return None
    # "is to visit", "will travel to", "is expected ... for a visit"; not "held talks on the first
    # day of a visit that both sides said would ...", whose future lies after the visit word.
    # "invited X to visit" plans the visit; "visited Astana at the invitation of Y" names the
    # host of one made: such a phrase gives the visit no tense of its own.
    hosts = s.cue("at_invitation")
    invited = any(
        not any(a.start <= h.start and h.end <= a.end for a in hosts) for h in s.cue("invite")
    )
    planned = (
        invited
        or s.in_clause(cue.start, "future")
        or (
            any(h.start < max(cues).start for h in s.cue("future"))
            and not s.in_clause(cue.start, "past")
            and not s.has("arrive")
        )
        # "During his visit, X will meet ...": the visit takes the tense of the sentence; an
        # attribution ("A visit ... is being prepared, a source told X") tells no tense of it.
        or (s.has("future") and not s.told_in_past("speech", "future") and not s.has("arrive"))
    )
    # "left for Azerbaijan and Kazakhstan", "Before leaving, X spoke of the trip": the stop in
    # the host's country is yet to come.
    stop = None if planned else _stop_to_come(s, cue, host, lexicon)
    planned = planned or stop is not None
    if planned and not invited and _held_before(s, cue):
        return None  # "plans to expand trade after the visit of X": a time named, no plan of it
    if planned:
        fields: dict[str, Any] = {
            "visitor": visitor.name,
            "visitor_role": visitor.role,
            "expected": None,
        }
        draft = Draft(
            "visit_planned", s, cue.start, fields, key=(visitor.key,), actors=[visitor.label]
        )
        if stop:
            # "spends Tuesday in Baku before flying to Kazakhstan for talks on Wednesday": the
            # day named is the departure's; the stop is dated by its own clause only.
            draft.pos, draft.clause_only = stop.start, True
        return draft
    return _held_visit(s, cue.start, visitor, host)


def _stop_to_come(s: Sentence, cue: Hit, host: str, lexicon: Lexicon) -> Hit | None:
    """A journey not ended ("before leaving", "on his way to"), or begun towards another stop
    first: a departure whose first place after the cue is a third country's ("left on a visit
    to Azerbaijan and Kazakhstan", "will spend the day in Baku before flying to Astana"), or
    that names no place of the host's ("left for a visit to two Muslim countries"). A departure
    straight for the host's country ("departed for Almaty") is the visit, made. Returns the
    host's place where a third country comes first (the stop to date), else the cue; None when
    the stop is not to come."""
    en_route = s.has("en_route")
    if not en_route and not s.has("depart") and not _arrived_elsewhere(s, lexicon):
        return None
    start = min([cue.start, *(h.start for h in s.cue("depart") + s.cue("en_route"))])
    places = [h for h in s.hits if h.start >= start and _a_place(h, lexicon)]
    first = next(
        (h for h in places if h.kind != "third" and _place_country(h, lexicon) == host), None
    )
    if first is None:
        return cue
    if any(h.kind == "third" for h in places if h.start < first.start):
        return first
    return cue if en_route else None


def _arrived_elsewhere(s: Sentence, lexicon: Lexicon) -> bool:
    """The sentence tells an arrival whose first place is a third country's: the first stop of
    a tour ("arrived in Tashkent on Friday as part of a visit to Uzbekistan and Kazakhstan",
    "ist in Taschkent eingetroffen, zum Auftakt einer Reise nach Usbekistan und Kasachstan")."""
    for arrival in s.cue("arrive"):
        first = next((h for h in s.hits if h.start >= arrival.end and _a_place(h, lexicon)), None)
        if first is not None and first.kind == "third":
            return True
    return False


def _stays(s: Sentence, lexicon: Lexicon) -> list[Hit]:
    """ "was in Astana", "is in Jerusalem this week": a stay in a place of a side named right
    after the words (not "was in Kazakhstan's interest")."""
    out = []
    for cue in s.cue("stay"):
        place = next((h for h in s.hits if h.start > cue.end and h.kind in ("side", "actor")), None)
        if place is None or s.norm[cue.end : place.start].strip():
            continue
        if place.kind == "actor" and lexicon.actors[place.key].kind != "place":
            continue
        if s.norm[place.end : place.end + 2] in ("'s", "'"):
            continue
        out.append(cue)
    return out


def _says_more(s: Sentence, pos: int) -> bool:
    """The speech verb opens what is said ("Brodsky wrote that ..."), more than a tail naming
    the source ("..., the ministry said in a statement on Tuesday")."""
    return len(s.norm) - pos > _SOURCE_TAIL


def _held_visit(s: Sentence, pos: int, visitor: Mention, host: str) -> Draft:
    fields = {
        "visitor": visitor.name,
        "visitor_role": visitor.role,
        "host_country": host,
        "first_in_years": _first_in_years(s),
    }
    return Draft("official_visit", s, pos, fields, key=(visitor.key,), actors=[visitor.label])


def _meeting_abroad(
    s: Sentence, found: list[Mention], lexicon: Lexicon, pos: int, signing: bool = False
) -> Draft | None:
    """ "X met the President of Kazakhstan in Jerusalem", "the ministers signed an accord in
    Tel Aviv": the guest's visit to the host's country (an ambassador meeting or signing where
    he is posted is no visit). One signs where he is: "Sa'ar signed in Astana" needs no host
    when the guest is the one who signs (named before the verb)."""
    guest = _visitor_by_place(s, found, lexicon, bodies=not signing)
    if guest is None and signing:
        guest = _visitor_by_place(s, found, lexicon, alone=True)
        guest = guest if guest is not None and guest.end <= pos else None
    if guest is None or _is_envoy(guest) or _former(s, guest):
        return None
    return _held_visit(s, pos, guest, other_side(guest.country))


def _received_guest(s: Sentence, found: list[Mention], pos: int) -> Draft | None:
    """ "President Tokayev received Israel's foreign minister", "استقبل الرئيس توكاييف ...":
    a head of state or government of one side receives at home; the guest of the other side
    (no envoy, who lives there) is on a visit, where no place is named."""
    people = [m for m in found if m.kind == "person" and m.country in SIDES and not _former(s, m)]
    if any(h.kind == "third" for h in s.hits):
        return None
    if len(people) == 1 and not _is_envoy(people[0]) and _unnamed_head_before(s, people[0]):
        # "The head of state received Israeli President Isaac Herzog", "Мемлекет басшысы ...
        # Герцогты қабылдады": the host named by his title alone, the guest by name.
        guest = people[0]
        return _held_visit(s, pos, guest, other_side(guest.country))
    heads = [m for m in people if _HEAD.search(m.role or "")]
    hosts = {m.country for m in heads}
    if len(hosts) == 2:
        # "Il capo dello Stato ha ricevuto il presidente israeliano Herzog": two heads, the
        # host the subject, named first whatever the word order (SVO, SOV, VSO); named last
        # after a passive's agent word ("è stato ricevuto dal presidente Tokayev")
        hosts = {heads[-1 if _received_passively(s) else 0].country}
    if len(hosts) != 1:
        return None
    host = hosts.pop()
    guest = next((m for m in people if m.country != host and not _is_envoy(m)), None)
    return _held_visit(s, pos, guest, host) if guest is not None else None


_HEAD = re.compile(r"\b(?:President|Prime Minister)\b")
_OWN_TITLE_REACH = 25  # "Israeli President Isaac ": a title this close before a name is his
_AGENT_AFTER = r"(?<!\w){agent}(?!\w)"
_AGENT_REACH = 40  # "was received on Tuesday at Akorda by"


def _received_passively(s: Sentence) -> bool:
    """ "Herzog was received by Tokayev", "è stato ricevuto ... dal presidente": the guest is
    named first, the host after the agent's word."""
    if not s.grammar.words.get("agent"):
        return False
    agent = s.grammar.compile(_AGENT_AFTER)
    return any(agent.search(s.norm, cue.end, cue.end + _AGENT_REACH) for cue in s.cue("reception"))


def _unnamed_head_before(s: Sentence, guest: Mention) -> bool:
    """A head's title stands before the guest, not as the guest's own ("The head of state
    received Israeli President Isaac Herzog")."""
    return any(
        _HEAD.search(h.key) and guest.start - h.end > _OWN_TITLE_REACH
        for h in s.kind("role")
        if h.end <= guest.start
    )


def _is_envoy(person: Mention) -> bool:
    return "ambassador" in (person.role or "").lower()


def _dated_clause(s: Sentence, cue: Hit) -> bool:
    """Whether the cue's clause names a day ("takes effect on Sunday"; not "the agreement
    signed in January entered into force", whose month is the signing's)."""
    start, end = s.clause(cue.start)
    return any(d.precision == "day" and not d.excluded and start <= d.start < end for d in s.dates)


def _day_in_clause(s: Sentence, cue: Hit) -> bool:
    """Whether the cue's clause names a day ("takes effect on 1 February"), or the sentence
    a day still to come ("From 1 June, the agreement will ..."); not "approved on Sunday,
    clearing the way for it to take effect"."""
    today = s.published.isoformat() if s.published else ""
    return _dated_clause(s, cue) or any(
        d.precision == "day" and not d.excluded and d.value > today for d in s.dates
    )


def _dated_day(s: Sentence) -> bool:
    """Whether the sentence names a day (a held meeting says when: "discussed on Tuesday")."""
    return any(d.precision == "day" and not d.excluded for d in s.dates)


def _former(s: Sentence, mention: Mention) -> bool:
    """Whether the person is named as a former office holder ("former Defense Minister X"),
    here or where the article first named them ("Barak met ..." after "former minister Barak")."""
    if mention.key in s.formers:
        return True
    before = s.norm[max(0, mention.start - _FORMER_BEFORE) : mention.start]
    return bool(s.grammar.compile(_FORMER).search(before))


def _visitor_by_place(
    s: Sentence, found: list[Mention], lexicon: Lexicon, alone: bool = False, bodies: bool = False
) -> Mention | None:
    """ "X held talks with Y in Jerusalem during his visit": the one from the other country
    (`alone`: with nobody of the host's named; `bodies`: with the host's official or body)."""
    hosts = set()
    for hit in s.kind("actor"):
        actor = lexicon.actors[hit.key]
        # A seat places the meeting where a preposition says so ("received in Akorda"), not
        # as a source ("met Netanyahu in New York, Akorda said").
        if actor.country in SIDES and (
            actor.kind == "place" or (actor.seat and _placed(s, hit, lexicon))
        ):
            hosts.add(actor.country)
    if len(hosts) != 1:
        return None
    host = hosts.pop()
    guests = [m for m in found if m.kind == "person" and m.country in SIDES and m.country != host]
    guests.sort(key=lambda m: m.name == m.role)  # the named guest before a title alone
    # At a meeting, the host's body stands for its official too: "met the head of the lower
    # house (Mazhilis)".
    hosts_people = [m for m in found if m.country == host and (bodies or m.kind == "person")]
    return guests[0] if guests and (hosts_people or alone) else None


def _placed(s: Sentence, hit: Hit, lexicon: Lexicon) -> bool:
    """The seat is where something happens: after a preposition of place ("received in
    Akorda"), or in the locative case, its name's own ending past ("Ақордада", "Akorda'da"; not
    the nominative "Ақорда хабарлады", Akorda reported)."""
    if after_place_preposition(s, hit.start) or after_place_preposition(s, hit.start, True):
        return True  # "in Akorda", "in der Akorda", "en el Akorda"
    suffixes = tuple(s.grammar.words.get("locative_case", ()))
    if not suffixes:
        return False
    end = hit.end
    while end < len(s.norm) and (s.norm[end].isalpha() or s.norm[end] in "'’"):
        end += 1
    word = s.norm[hit.start : end]
    for alias in lexicon.actors[hit.key].aliases:
        stem = normalize(alias.rstrip("*"))
        rest = word[len(stem) :].lstrip("'’") if word.startswith(stem) else ""
        if rest.endswith(suffixes):
            return True
    return False


def _subject(s: Sentence, found: list[Mention], cue: Hit) -> Mention | None:
    """The first person of the cue's clause: "X is to meet Y and to visit Z" is X's visit."""
    start, _ = s.clause(cue.start)
    people = [m for m in found if m.kind == "person" and start <= m.start and m.end <= cue.start]
    return people[0] if len(people) > 1 else None


def _inviter(s: Sentence, found: list[Mention], person: Mention) -> bool:
    """The person is the subject of an invitation: an invite word follows in the clause with
    no other person between ("Tokayev extended an invitation"). Only for one named after the
    visit word: before it, the guest may have accepted ("X accepted an invitation to visit")."""
    _, end = s.clause(person.start)
    others = [m.start for m in found if m.kind == "person" and m.start > person.end]
    limit = min([end, *others])
    return any(person.end <= h.start < limit for h in s.cue("invite"))


def _invitee(s: Sentence, found: list[Mention], cue: Hit) -> Mention | None:
    """The person invited to make the visit of the cue's clause, named between an invitation
    word and the visit word ("..., and I invited my counterpart to visit Israel")."""
    start = s.clause(cue.start)[0]
    invites = [h for h in s.cue("invite") if start <= h.start < cue.start]
    if not invites:
        return None
    between = [m for m in found if m.kind == "person" and invites[-1].end <= m.start < cue.start]
    return between[-1] if between else None


def _named_after(s: Sentence, found: list[Mention], cue: Hit) -> Mention | None:
    """The person named right after the visit word ("the visit of Netanyahu", "визита
    Нетаньяху"), for when the one named before it is no visitor (an envoy)."""
    after = [m for m in found if m.kind == "person" and m.start >= cue.end]
    if not after:
        return None
    # "the visit of the Kazakh minister", "визит казахского министра": the title's country
    # word may stand between.
    gap = list(s.norm[cue.end : after[0].start])
    for h in s.kind("side"):
        if cue.end <= h.start and h.end <= after[0].start and _owns_title(s, h):
            gap[h.start - cue.end : h.end - cue.end] = " " * (h.end - h.start)
    words = " ".join("".join(gap).split()) + " "
    if s.grammar.compile(_ANY_INDEFINITE).search(words):
        return None  # "the first visit by an Israeli head of state": any one, not a visitor
    if _OWNED_GAP.fullmatch(words):
        return after[0]
    return None


def _destination(s: Sentence, cue: Hit) -> str | None:
    after = [h for h in s.hits if h.start >= cue.start and h.kind in ("side", "actor", "third")]
    for hit in after[:3]:
        if hit.kind == "side":
            return hit.key
    return None


def _bare_title(s: Sentence, mention: Mention) -> bool:
    """The mention is a title alone, with no country word beside it ("the head of the foreign
    ministry"), resolved to whoever held it last in the article."""
    return any(h.kind == "role" and h.start == mention.start for h in s.hits) and not any(
        _owns_title(s, h) and h.end <= mention.end + 1 for h in s.kind("side")
    )


def _other_holder(visitor: Mention, history: History | None) -> Mention:
    """The holder of the visitor's title on the other side: the person named so before, else
    the title with that side's country."""
    other = other_side(visitor.country)
    role = visitor.role or visitor.name
    person = history.person_for(role, other) if history is not None else None
    if person is not None:
        return person._replace(start=visitor.start, end=visitor.end)
    return Mention(
        visitor.start, visitor.end, f"role:{role}:{other}", role, role, other, visitor.kind
    )


def _place_before(s: Sentence, cue: Hit, lexicon: Lexicon) -> str | None:
    """The side of a place named right before an arrival word, in languages that set the
    destination first ("в Астану прибыл", "Astana'ya geldi")."""
    before = [h for h in s.hits if h.end <= cue.start and _a_place(h, lexicon)]
    if not before or s.norm[before[-1].end : cue.start].strip():
        return None
    return _place_country(before[-1], lexicon)


def _place_country(hit: Hit, lexicon: Lexicon) -> str | None:
    """The country a side's name or a listed place stands for."""
    return hit.key if hit.kind == "side" else lexicon.actors[hit.key].country


def _host(
    s: Sentence, cue: Hit, visitor: Mention, lexicon: Lexicon, found: list[Mention]
) -> str | None:
    """The country visited: the first place or country after the cue, else the other side."""
    # "визит Саара ... визитом главы МИД Израиля в Казахстан": the country that owns a title of
    # the visitor's side is no destination.
    titles = [m for m in found if m.country == visitor.country and m.end > visitor.end]
    other = other_side(visitor.country)
    if s.grammar.verb_final and _third_before_verb(s, cue, visitor, other, lexicon):
        return None
    if _third_right_after(s, cue, visitor):
        return None  # "after the leaders arrived at the White House, ... Tokayev": there
    # From the cue's start: some languages' arrival cues hold the place ("astana'ya geldi").
    start = max(cue.start, visitor.end)
    places = [h for h in s.hits if h.start >= start and h.kind in ("side", "actor", "third")]
    for n, hit in enumerate(places[:3]):
        if hit.kind == "third":
            # A visit to a third country. "Will visit Uzbekistan and Kazakhstan" takes in both;
            # "set off on a visit to Azerbaijan and Kazakhstan" has not reached the second yet.
            listed = (s.looks_ahead() or s.has("depart")) and _listed_with(s, places[n:], other)
            if not listed and _arrived_elsewhere(s, lexicon):
                # "arrived in Uzbekistan as part of a visit to Uzbekistan and Kazakhstan"
                listed = any(
                    _listed_with(s, places[k:], other)
                    for k in range(n, len(places))
                    if places[k].kind == "third"
                )
            return other if listed else None
        country = _place_country(hit, lexicon)
        if hit.kind == "actor" and lexicon.actors[hit.key].kind == "person":
            continue
        if country == visitor.country and any(
            0 <= hit.start - m.end <= _OWNER_GAP for m in (visitor, *titles)
        ):
            continue  # "визит министра иностранных дел Израиля в Казахстан": his own country
        if hit.kind == "side" and _owns_title(s, hit):
            # "أول زيارة لوزير خارجية إسرائيلي": "first visit by an Israeli minister"; "the
            # visit of the Kazakh minister": whose office, of either side, is not where.
            continue
        return country if country == other else None
    if _place_before(s, cue, lexicon) == visitor.country:
        return None  # "в Астану прибыл ...": the visitor's own side is where he arrived
    return other


def _third_right_after(s: Sentence, cue: Hit, visitor: Mention) -> bool:
    """A third country's place right after the visit word, before the visitor is named: the
    visit is there ("arrived at the White House", "прибыли в Вашингтон")."""
    if visitor.start < cue.end:
        return False
    kinds = ("side", "actor", "third")
    place = next((h for h in s.hits if h.start >= cue.end and h.kind in kinds), None)
    return (
        place is not None
        and place.kind == "third"
        and place.start < visitor.start
        and place.start - cue.end <= _PLACE_AFTER_CUE
    )


def _third_before_verb(
    s: Sentence, cue: Hit, visitor: Mention, other: str, lexicon: Lexicon
) -> bool:
    """Where the verb ends its clause, the place stands before it: "X روز سه‌شنبه به آذربایجان
    سفر کرد" (travelled to Azerbaijan) is a trip to a third country, not to the other side."""
    start = s.clause(cue.start)[0]
    start = max(visitor.end, start) if visitor.end <= cue.start else start
    places = [h for h in s.hits if start <= h.start and h.end <= cue.start and _a_place(h, lexicon)]
    return (
        bool(places)
        and places[-1].kind == "third"
        and not any(h.kind == "side" and h.key == other for h in places)
    )


def _listed_with(s: Sentence, places: list[Hit], side: str) -> bool:
    """Whether the side follows the first place in a list of countries ("Azerbaijan and
    Kazakhstan", "Austria, Kazakhstan, Holland"). A word read as two countries counts once
    (Russian "Австралию" also begins like "Австрия")."""
    apart: list[Hit] = []
    for hit in places:
        if not apart or hit.start >= apart[-1].end:
            apart.append(hit)
    for before, hit in itertools.pairwise(apart):
        if hit.kind not in ("side", "third") or not _joined_in_list(s, before, hit):
            return False
        if hit.kind == "side" and hit.key == side:
            return True
    return False


def _owns_title(s: Sentence, side: Hit) -> bool:
    """The country word stands right by a title: whose office, not where ("an Israeli foreign
    minister", "وزير خارجية إسرائيلي"), or by people it names ("a visit of senior Israeli
    officials")."""
    if any(0 <= side.start - r.end <= 1 or 0 <= r.start - side.end <= 1 for r in s.kind("role")):
        return True
    if s.grammar.compile(_PEOPLE_AFTER).match(s.norm, side.end):
        return True
    return bool(
        s.grammar.compile(_PEOPLE_BEFORE).search(
            s.norm, max(0, side.start - _PEOPLE_REACH), side.start
        )
    )


def _first_in_years(s: Sentence) -> int | str | None:
    m = s.grammar.compile(_FIRST_IN_YEARS).search(s.norm)
    if m is None:
        return "first ever" if s.grammar.compile(_FIRST_EVER).search(s.norm) else None
    return int(m[1] or m[2])  # a year is turned into a number of years by assemble()


# ------------------------------------------------------------------ talks
def _talks(s: Sentence, found: list[Mention], lexicon: Lexicon) -> Draft | None:
    formats = [h for h in s.kind("format") if not _adopts(s, h)] or _spoke_with(s, found)
    if not formats or s.has("in_talks"):
        return None
    # "met to discuss the upcoming visit": a meeting held, whatever is to come after it;
    # not "will meet" nor "the meeting will take place".
    # "will join the Accords following a phone call": the call came first, whatever follows it.
    if s.has("future") and not any(
        (_held(s, h) and not _future_before(s, h)) or _held_before(s, h) for h in formats
    ):
        return None
    order = ("sidelines", "call", "consultations", "meeting")
    best = min(formats, key=lambda h: order.index(h.key))
    # "discussed X by phone" was a call; "discussed a possible meeting" was no meeting.
    tentative = s.has("talks_only") and best.key in ("consultations", "meeting")
    # "following discussions with X": what followed the talks tells they took place.
    held = _framing(s, best) or _held_before(s, best)
    if tentative and not s.has("past") and not _dated_day(s) and not held:
        return None
    countries = {m.country for m in found} | set(s.sides)
    if SIDES[0] not in countries or SIDES[1] not in countries:
        return None
    people = {m.country for m in found if m.kind == "person"}
    if not people & set(SIDES) and _third_person(s, lexicon):
        return None  # "during a meeting with Central Asian leaders, Trump confirmed ...": his
    if len(people & set(SIDES)) == 1 and _third_person(s, lexicon):
        return None  # Tokayev's call with Iran's president, who spoke of Israel
    if best.key == "meeting" and s.has("economic_event"):
        return None  # a commission or forum meeting is an economic event
    if best.key == "sidelines" and len(formats) == 1 and not set(SIDES) <= people:
        # "killed in Almaty on the sidelines of riots, the Israeli ministry said": no meeting
        # told, nor anyone of each side to hold one
        return None
    if best.key == "meeting":
        # A meeting needs someone from each side, or a date: "years of talks" is no event.
        dated = any(not d.excluded for d in s.dates)
        # "X held a meeting with the head of Israel's aviation authority": held, by a person
        # of one side with the other's office named.
        held = bool(people & set(SIDES)) and _held(s, best)
        if not (set(SIDES) <= people or dated or _framing(s, best) or held):
            return None
    actors = [m.label for m in found if m.kind == "person"]
    return Draft("talks", s, best.start, {"format": best.key}, key=(), actors=actors)


def _spoke_with(s: Sentence, found: list[Mention]) -> list[Hit]:
    """ "X spoke with Y", "ho appena parlato con Y", with no word of a meeting or a call: a call,
    when someone of each side is named (not a reporter who spoke with an ambassador)."""
    people = {m.country for m in found if m.kind == "person"}
    if not set(SIDES) <= people:
        return []
    return [Hit(h.start, h.end, "format", "call") for h in s.cue("speak_with")]


def _held_meeting(s: Sentence) -> Hit | None:
    """The first meeting cue the sentence tells as held ("held a meeting") or dates ("встретился
    во вторник")."""
    if s.has("future") or (s.has("talks_only") and not s.has("past") and not _dated_day(s)):
        return None  # "will meet"; "discussed a possible meeting", neither held nor dated
    meetings = [h for h in s.kind("format") if h.key == "meeting" and not _adopts(s, h)]
    return next((h for h in meetings if _held(s, h) or _dated_day(s)), None)


def _adopts(s: Sentence, hit: Hit) -> bool:
    """The meeting word is a body adopting a law or a decision ("приняли закон о ратификации",
    "заңды қабылдады"), not someone received."""
    g = s.grammar
    before = g.compile(_ADOPTED_BEFORE).search(s.norm, max(0, hit.start - 60), hit.start)
    return bool(before) or bool(g.compile(_ADOPTED_AFTER).match(s.norm, hit.end))


def _framing(s: Sentence, hit: Hit) -> bool:
    """The meeting frames what the sentence tells ("during the meeting, the sides discussed",
    "в ходе переговоров", "кездесу барысында"): it took place, whatever was discussed at it."""
    before = s.grammar.compile(_DURING_BEFORE).search(s.norm, max(0, hit.start - 40), hit.start)
    return bool(before) or bool(s.grammar.compile(_DURING_AFTER).match(s.norm, hit.end))


def _held_before(s: Sentence, hit: Hit) -> bool:
    """The cue is what something else followed ("following a phone call", "после встречи",
    "görüşmenin ardından"), with no future word between ("after the upcoming meeting")."""
    g = s.grammar
    before = g.compile(_AFTER_BEFORE).search(s.norm, max(0, hit.start - 40), hit.start)
    after = g.compile(_AFTER_AFTER).match(s.norm, hit.end)
    if before is None and after is None:
        return False
    lo = before.start() if before else hit.start
    hi = after.end() if after else hit.end
    return not any(lo <= h.start < hi for h in s.cue("future"))


def _held(s: Sentence, hit: Hit) -> bool:
    """The cue is a verb in the past or follows one: "met", "held talks", "had a phone
    conversation", "провел телефонный разговор"."""
    return any(
        (p.start < hit.end and hit.start < p.end) or _HELD_GAP.match(s.norm, p.end, hit.start)
        for p in s.cue("past")
        if p.start <= hit.start
    )


# ------------------------------------------------------------------ multilateral
def _multilateral(s: Sentence) -> Draft | None:
    frameworks = s.kind("framework")
    if not frameworks:
        return None
    framework = frameworks[0]
    # "signed the Abraham Accords (declaration)": signing the framework itself is joining it.
    signs_it = any(0 <= framework.start - h.end <= _SIGNS_FRAMEWORK for h in s.cue("sign"))
    if not s.has("join") and not signs_it:
        return None
    if framework.key != "Abraham Accords" and len(s.sides) < 2:
        return None
    if "KZ" not in s.sides:
        return None
    clause_only = False
    # "завершил процедуру присоединения": a verb phrase that holds the noun is no nominal join
    verbs = s.cue("join")
    joins = verbs + s.cue("join_nominal")
    ours = [cue for cue in joins if _joiner(s, cue, cue in verbs) != "third"]
    if joins and not ours and not signs_it:
        return None  # "Azerbaijan is considering joining the Accords": a third country's step
    if ours and all(_held_before(s, cue) for cue in ours):
        # "Azerbaijan may join, weeks after Kazakhstan joined the pact": a time named
        clause_only = True
    nominal = [
        n for n in s.cue("join_nominal")
        if not any(v.start <= n.start and n.end <= v.end and (v.start, v.end) != (n.start, n.end)
                   for v in verbs)
    ]  # fmt: skip
    if nominal:
        # "the decision to join X in November": dated only by its own clause, never by the day
        # the sentence tells of something else ("challenged on Tuesday the decision to join");
        # undated, "Kazakhstan's accession to the Abraham Accords" is the known step (steps.toml).
        clause_only = True
    return Draft(
        "multilateral",
        s,
        framework.end if clause_only else framework.start,
        {"framework": framework.key},
        key=(framework.key,),
        clause_only=clause_only,
    )


def consular_lead(sentences: list[Sentence]) -> bool:
    """The title or the first two sentences tell of citizens evacuated, stranded or brought
    home: a state's care of its own people abroad, not a step between the two. Not "no plans
    to evacuate Israelis from Kazakhstan", which tells how one side sees the other."""
    return any(
        any(not _negated(s, cue) for cue in s.cue("consular"))
        for s in sentences
        if s.is_title or s.index <= 2
    )


def unnamed_accession(sentences: list[Sentence]) -> Sentence | None:
    """The lead's "a new nation is set to join the Abraham Accords", naming no joiner, when a
    later sentence names Kazakhstan as the one ("the country expected to join is Kazakhstan",
    "reports suggest it might be Kazakhstan", "Kazakhstan is the country in question"): the
    lead tells Kazakhstan's accession to come.
    Not when the later sentence tells a step taken ("Kazakhstan joined in November")."""
    lead = None
    for s in sentences:
        if s.is_list:
            continue
        if lead is None:
            if not s.is_title and s.index > LEAD_SENTENCES:
                return None
            accords = any(h.key == "Abraham Accords" for h in s.kind("framework"))
            joins = s.cue("join")
            if (
                accords
                and joins
                and "KZ" not in s.sides
                and not any(_joiner(s, cue) for cue in joins)
            ):
                lead = s
            continue
        ahead = s.has("future") or s.has("talks_only")  # "expected to join", "might be"
        named = (s.has("join") and ahead) or s.has("named_joiner")  # "that country is X"
        # no third country named beside it ("Azerbaijan or Kazakhstan might join"); a third
        # country's people may be ("not confirmed by Witkoff, though it might be Kazakhstan")
        if "KZ" in s.sides and named and not s.kind("third"):
            return lead
    return None


def _joiner(s: Sentence, cue: Hit, verb: bool = True) -> str | None:
    """Who joins by the join word: "KZ" where Kazakhstan is named before a verb in its clause
    ("Kazakhstan and Azerbaijan could join"), or anywhere in the clause of a noun ("the
    accession of Kazakhstan", "сообщил о присоединении Казахстана"); "third" where only a
    third country is ("Azerbaijan is considering joining"); else None (the sentence does not
    say)."""
    start, end = s.clause(cue.start)
    end = cue.start if verb else end
    named = {h.kind if h.kind == "third" else h.key for h in s.hits
             if start <= h.start < end and h.kind in ("side", "third")}  # fmt: skip
    if "KZ" in named:
        return "KZ"
    return "third" if "third" in named else None


# ------------------------------------------------------------------ economic
def _economic(s: Sentence, found: list[Mention]) -> Draft | None:
    if s.has("not_done") or s.has("talks_only") or s.has("invite"):
        return None
    if not s.sides and not s.has("bilateral"):
        return None  # "spoke at a business forum in Florida": neither side's economy
    amount = _amount(s)
    if s.has("future"):
        # "will invest $50 million in a plant": an investment announced is news; "the forum
        # will open", "discussed preparations for the commission": not held yet.
        invested = s.cue("investment") if amount and not s.has("economic_event") else []
        # "will establish a joint venture", "will build a plant in Kazakhstan": a deal or a
        # project of one side in the other announced is news too
        invested = invested or s.cue("venture") or _built(s)
        if not invested:
            return None
        fields = {
            "sector": sector_of(s),
            "amount": amount[0] if amount else None,
            "currency": amount[1] if amount else None,
        }
        return Draft("economic", s, invested[0].start, fields, key=("figure",))
    both = len(s.sides) == 2 or s.has("bilateral")
    trigger = (
        [
            h
            for h in s.cue("economic_event")
            if not _venue_of_talks(s, h)
            # A bare "forum" or "exhibition" of one side is no business between the two: "an
            # interreligious forum held in Kazakhstan", "the World Economic Forum in Davos";
            # of both, it is business only where its clause or what follows names a trade or a
            # sector ("a forum on bilateral relations", "came to see an exhibition", "close
            # economic ties, yet it votes against Israel in UN forums" are not).
            and (" " in s.norm[h.start : h.end].strip() or both)
            and (_qualified(s, h) or _business_named(s, h))
            and (both or not any(v.start == h.start for v in s.cue("venture")))
        ]
        # "agreed on joint production of drones": a deal between the two, as when announced;
        # not "IDE is a joint venture of Delek and Israel Chemicals", of one side's firms
        or (s.cue("venture") if both else [])
        or (s.cue("business_deal") if amount else [])
        or (s.cue("project") if s.has("launch") else [])
        or _built(s)
        or [verb for verb in s.cue("sign") if _signed_by_company(s, verb, found)]
    )
    # Trade figures and meetings are separate events: a forum report often quotes last year's trade.
    key = ("event",)
    if not trigger:
        figure = amount or _percentage(s) or _quantity(s)
        trigger = (s.cue("trade_figure") or s.cue("investment")) if figure else []
        key = ("figure",)
    if not trigger:
        return None
    fields = {
        "sector": sector_of(s),
        "amount": amount[0] if amount else None,
        "currency": amount[1] if amount else None,
    }
    return Draft("economic", s, trigger[0].start, fields, key=key)


def _built(s: Sentence) -> list[Hit]:
    """ "An Israeli company will build a plant in Kazakhstan": a project of one side's firm
    in the other's country (both sides named), not "to build bridges between peoples"."""
    if len(s.sides) != 2 or not s.has("build") or not s.has("company"):
        return []
    return s.cue("project")


def _qualified(s: Sentence, event: Hit) -> bool:
    """The event word says what kind it is: "business forum", "бизнес-форум", "businesspeople";
    a bare `venue` ("forum", "exhibition") does not."""
    if re.search(r"[\s-]", s.norm[event.start : event.end].strip()):
        return True
    return not any(h.start == event.start for h in s.cue("venue"))


def _business_named(s: Sentence, event: Hit) -> bool:
    """A sector or trade word in the event word's clause or after it: "the forum of farmers"."""
    start, _ = s.clause(event.start)
    words = [*s.kind("sector"), *(h for h in s.kind("subject") if h.key == "trade")]
    return any(h.start >= start for h in words)


def _business_meeting(s: Sentence, found: list[Mention]) -> Draft | None:
    """ "The minister met the head of an Israeli investment company", "discussed by the Prime
    Minister and the chairman of the Israel-Kazakhstan Chamber of Commerce": one side's official
    with the other's business is economic news, not talks between the two states."""
    met = _held_meeting(s)
    companies = s.cue("company")
    if met is None or not companies or len(s.sides) != 2 or s.has("not_done"):
        return None
    if s.has("state_company"):  # a national company is the side itself: talks, if anything
        return None
    if set(SIDES) <= {m.country for m in found if m.kind == "person"}:
        return None  # officials of both sides met: talks, whatever companies they spoke of
    fields = {"sector": sector_of(s), "amount": None, "currency": None}
    return Draft("economic", s, companies[0].start, fields, key=("event",))


def _venue_of_talks(s: Sentence, event: Hit) -> bool:
    """ "met on the sidelines of the World Economic Forum": a forum of many countries where two
    met, not one of the two sides' own (a Kazakh-Israeli forum says whose it is)."""
    if s.has("bilateral"):
        return False
    return any(
        h.key == "sidelines" and 0 <= event.start - h.end <= _VENUE_GAP for h in s.kind("format")
    )


def _percentage(s: Sentence) -> bool:
    """ "grew by 15%", "на 15 процентов", "%15": a figure given as a share."""
    return bool(_DIGIT.search(s.norm)) and bool(s.grammar.compile(_PERCENT).search(s.norm))


def _quantity(s: Sentence) -> bool:
    return bool(_DIGIT.search(s.norm)) and bool(s.grammar.compile(_QUANTITY).search(s.norm))


def _amount(s: Sentence) -> tuple[float, str | None] | None:
    if not _DIGIT.search(s.norm):
        return None  # most sentences: no figure, no need for the long pattern
    grammar = s.grammar
    for m in grammar.compile(_AMOUNT).finditer(s.norm):
        currency = m["cur1"] or m["cur2"]
        if not currency:
            continue
        number = float(m["num"].replace(",", "."))
        multiplier = float(grammar.value("multiplier", m["mult"]) or 1.0)
        return number * multiplier, grammar.value("currency", currency.strip())
    return None


# ------------------------------------------------------------------ statements and tension
def _called_guest(s: Sentence) -> bool:
    """The sentence calls someone "the guest" ("После переговоров гость ...", "the visitor
    said"): the article tells a visit."""
    return any(h.key == _GUEST for h in s.kind("role")) and not s.is_title


def _guests_meetings(drafts: list[Draft], named: dict[int, list[Mention]]) -> list[Draft]:
    """ "Lieberman met Nazarbayev ... After the talks the guest ...": in an article that calls
    someone its guest, a meeting of one side's head of state or government with the other
    side's official (no envoy, who lives there), who has no visit drafted, is held on that
    official's visit to the head's country (the article names no place, nor any visit)."""
    if any(d.type == "official_visit" for d in drafts):
        return []  # the visit is told: whose, the article says ("met in Jerusalem with X")
    out = []
    visited: set[str] = set()
    for draft in drafts:
        if draft.type != "talks":
            continue
        found = [m for m in named.get(draft.sentence.index, []) if m.kind == "person"]
        heads = {m.country for m in found if _HEAD.search(m.role or "")}
        guests = [
            m for m in found
            if m.country in SIDES and other_side(m.country) in heads
            and not _HEAD.search(m.role or "") and not _is_envoy(m) and m.key not in visited
        ]  # fmt: skip
        if len(heads) == 1 and guests:
            guest = guests[0]
            out.append(_held_visit(draft.sentence, draft.pos, guest, other_side(guest.country)))
            visited.add(guest.key)
    return out


def _with_the_quoted(
    s: Sentence, found: list[Mention], quotation: _Quotation, history: History
) -> list[Mention]:
    """In a quotation of several sentences, one that names no person is told by whoever opened
    it ('Sa'ar wrote: "I have just spoken with ... . I look forward to visiting Kazakhstan
    soon."'): he stands before its words, as the one who would visit or sign; "my counterpart"
    there is his ("I invited my counterpart to visit Israel")."""
    opener = quotation.opener
    if not s.carried or opener is None or any(m.kind == "person" for m in found):
        return found
    out = [opener._replace(start=0, end=0), *found]
    for hit in s.kind("role"):
        if hit.key == COUNTERPART and (
            other := counterpart(s, quotation.lexicon, hit, history, out)
        ):
            out.append(other)
    return sorted(out)


class _Quotation:
    """A quotation of several sentences ("Elkin said: "... . ... . ..."", "«... . ...», -
    говорится в сообщении"): its sentences with no speech word of their own are the words of
    whoever the quotation is told by, named before it opens or after it closes."""

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.opener: Mention | None = None  # who is named speaking before it opens
        self.waiting: list[tuple[int, Sentence, list[Mention]]] = []  # (draft slot, sentence, ...)
        self.last_speaker: Mention | None = None  # of the sentence before
        self.told: list[Sentence] = []  # the quotation's sentences so far

    def _about_a_third(self, speaker: Mention) -> bool:
        """The quotation names a third country and nowhere the side the speaker is not on
        ("... such actions are unacceptable. They violate the sovereignty of Qatar ...")."""
        told = self.told
        thirds = any(q.thirds for q in told)
        return thirds and not any(side != speaker.country for q in told for side in q.sides)

    def read(
        self,
        s: Sentence,
        found: list[Mention],
        voice: tuple[list[Hit], Mention | None],
        told: int,
        slot: int,
    ) -> None:
        """Note a sentence that opens a quotation, or stands in one with no speech word."""
        speech, speaker = voice
        if s.runs_on:
            mark = s.norm.rfind('"')
            before = [h for h in speech if h.start < mark]
            self.waiting, self.told = [], [s]
            if before:
                self.opener = rule_speaker(found + _third_people(s, self.lexicon), before, s)
            elif not s.norm[:mark].strip(" -"):
                self.opener = self.last_speaker  # 'The minister wrote: / "...'
            elif s.norm[:mark].rstrip().endswith(":"):
                # 'From the X account of Gideon Sa'ar, Israel's foreign minister: "...': the
                # one person named before the colon
                people = [m for m in found if m.kind == "person" and m.end <= mark]
                self.opener = people[0] if len({m.key for m in people}) == 1 else None
            else:
                self.opener = None
        if (s.runs_on or s.carried) and not speech and told == 0:
            self.waiting.append((slot, s, found))
        if s.carried:
            self.told.append(s)
        # A sentence that introduces words by a colon ("The minister wrote on his page:").
        self.last_speaker = speaker if s.norm.rstrip().endswith(":") else None

    def closed(
        self, s: Sentence, found: list[Mention], voice: tuple[list[Hit], Mention | None]
    ) -> list[tuple[int, Draft]]:
        """Where the quotation closes in `s`: a statement for each sentence waiting in it, by
        the speaker named after it closes (else before it opened), with the draft slot it goes
        to, last first."""
        if not s.carried or '"' not in s.norm or not self.waiting:
            return []  # not where it closes
        mark = s.norm.find('"')
        after = [h for h in voice[0] if h.start > mark]
        named = found + _third_people(s, self.lexicon)
        speaker = rule_speaker(named, after, s) if after else None
        speaker = speaker or self.opener
        waiting, self.waiting = self.waiting, []
        if speaker is None or self._about_a_third(speaker):
            return []
        out = []
        for slot, quoted, mentioned in reversed(waiting):
            if _about_third_country(quoted) or _enumerates(quoted):
                continue
            start = speaker._replace(start=0, end=0)  # speaks from outside the sentence
            voice = ([Hit(0, 0, "cue", "speech")], start)
            draft = _statement(quoted, mentioned, self.lexicon, voice)
            if draft is not None and not draft.bare:
                out.append((slot, draft))
        return out


def _statement(
    s: Sentence, found: list[Mention], lexicon: Lexicon, voice: tuple[list[Hit], Mention | None]
) -> Draft | None:
    speech, speaker = voice
    if not speech:
        return None
    about_ties = _on_the_ties(s)
    speaker = speaker or country_speaker(s, speech)
    # "Israel is known worldwide for its technology, the Kazakh minister said": an official of
    # one side speaking of the other is a statement with no relation or stance word (neutral),
    # a bare one: it gives way to its speaker's other words, and to news its sentence tells.
    bare = (
        not about_ties
        and speaker is not None
        and not _tells_news(s)
        and _names_other_side(s, speaker, speech[0])
    )
    # On the Accords Trump and Vance speak too: theirs is no side's statement.
    if not (about_ties or bare) and not (_abraham_accords(s) and not _third_person(s, lexicon)):
        return None
    if speaker is None or speaker.country not in (*SIDES, None):
        return None  # "Trump said Kazakhstan will join": a third country's words
    if speaker.country is None and not (s.has("relation") or s.has("bilateral")):
        # "The ministry expressed condolences to the family of the Israeli killed in Almaty": a
        # speaker of no side speaks for one only on the relationship itself.
        return None
    if _former(s, speaker):
        return None  # "former minister X said": speaks for neither side now
    if _said_years_before(s, speaker, speech[0]):
        return None  # "Last year the president congratulated ...": history, not today's words
    if not _about_other_side(s, speaker):
        return None  # a quote on Iran or on the weather is no stance on the relationship
    if _greets_a_guest(s, found, speaker):
        return None  # "Nazarbayev welcomed Netanyahu at the palace": a host, no stance
    stance = _stance(s)
    if any(_solidarity(s, cue) for cue in s.cue("tension")):
        stance = "positive"  # "condemned the attack on Israel": on the victim's side
    draft = Draft(
        "statement",
        s,
        speech[0].start,
        {"speaker": speaker.label, "stance": stance},
        key=(speaker.key, speaker.country),
        actors=[speaker.label],
        clause_only=True,
    )
    draft.notes = (f"speaker_kind={speaker_kind(speaker)}",)
    draft.bare = bare
    return draft


def _said_years_before(s: Sentence, speaker: Mention, cue: Hit) -> bool:
    """A year before the one of publication opens the speech word's clause, ahead of its
    speaker and outside the words quoted ("In 2015 Nazarbayev praised ...", "Im vergangenen
    Jahr hatte X ... gratuliert"): the words were said then."""
    if s.published is None:
        return False
    start, _ = s.clause(cue.start)
    if start > 0:
        # "In 2015, X praised": the date set before the clause, in a clause of its own
        fronted, _ = s.clause(start - 1)
        dated = [d for d in s.dates if fronted <= d.start < start]
        words = len(s.norm[fronted:start]) - sum(d.end - d.start for d in dated)
        start = fronted if dated and words <= _FRONTED_WORDS else start
    return any(
        d.precision == "year"
        and d.value < str(s.published.year)
        and start <= d.start < min(speaker.start, cue.start)
        and not s.in_quote(d.start)
        for d in s.dates
    )


def _on_the_ties(s: Sentence) -> bool:
    """Words on the relationship: a relation or stance word, a message, an appeal to a side."""
    # A condolence or congratulation is about the other side when it names it (checked where
    # the statement is drafted); so is an appeal to a side ("urged Israel to ...").
    return bool(
        s.has("relation")
        or s.has("relation_weak")
        or s.kind("stance")
        or s.has("message")
        or any(_appeals_to_a_side(s, cue) for cue in s.cue("appeal"))
    )


def _stance(s: Sentence) -> str:
    stances = {h.key for h in s.kind("stance")}
    return "negative" if "negative" in stances else "positive" if stances else "neutral"


def _third_people(s: Sentence, lexicon: Lexicon) -> list[Mention]:
    """People of neither side named in the sentence, as mentions."""
    out = []
    for hit in s.kind("actor"):
        actor = lexicon.actors[hit.key]
        if actor.kind == "person" and actor.country not in SIDES:
            out.append(
                Mention(
                    hit.start, hit.end, actor.id, actor.name, actor.role, actor.country, "person"
                )
            )
    return out


def _third_person(s: Sentence, lexicon: Lexicon) -> bool:
    """A person of neither side is named in the sentence."""
    return bool(_third_people(s, lexicon))


def _abraham_accords(s: Sentence) -> bool:
    """The sentence names the Abraham Accords, which are ties with Israel by definition."""
    return any(h.key == "Abraham Accords" for h in s.kind("framework"))


def _greets_a_guest(s: Sentence, found: list[Mention], speaker: Mention) -> bool:
    """The only stance word greets a person of the other side named right after it ("welcomed
    Prime Minister Benjamin Netanyahu", "begrüßte Premierminister Netanyahu"), and the sentence
    says nothing else of the relationship."""
    greetings = s.cue("greet")
    stance = s.kind("stance")
    if (
        not greetings
        or s.has("relation")
        or any(not any(g.start <= h.start < g.end for g in greetings) for h in stance)
    ):
        return False
    guests = [m for m in found if m.kind == "person" and m.country not in (speaker.country, None)]
    return any(0 <= m.start - g.end <= _GREETED_GAP for g in greetings for m in guests)


def _tells_news(s: Sentence) -> bool:
    """A meeting, call, talks or friction told in the sentence: its speech verb reports that
    news ("according to the ministry, the ministers met in Astana"); other news drafted from
    the sentence is checked where the statement is kept."""
    return bool(s.kind("format") or s.kind("tension")) or s.has("in_talks")


def _names_other_side(s: Sentence, speaker: Mention, cue: Hit) -> bool:
    """A named official of a side, before the speech verb or right after it ("..., said the
    ministry's spokesman X"), speaks of the side they are not on, named as a country: neither
    as a place ("Kazakhs in Iran and Israel"), nor in a person's title ("the Israeli
    ambassador to Kazakhstan", "his Israeli counterpart")."""
    if speaker.country not in SIDES or speaker.key.startswith("country:"):
        return False
    other = other_side(speaker.country)
    start = speaker.start
    for role in s.kind("role"):
        if role.start < start and 0 <= speaker.start - role.end <= _TITLE_SPAN:
            start = role.start  # "посол Израиля в Казахстане Михаэль Бродский"
    if start > cue.start and (
        start > cue.end + _SPEAKER_NEXT or not _WORDS_BEFORE.search(s.norm[: cue.start])
    ):
        # After the verb only where the words said come first ("..., said the spokesman X")
        # or follow ("По словам X, ..."),
        # not "the Israeli politician expressed solidarity with the Government of Kazakhstan",
        # "the rabbis said they had asked President X to back Israel".
        return False
    roles = s.kind("role")
    return any(
        h.key == other
        and not start <= h.start < speaker.end
        and not _named_as_place(s, h)
        # "his Israeli counterpart", "لوزير الخارجية الكازاخستاني": a person of that side
        and not any(h.end < r.start <= h.end + 2 or r.end <= h.start <= r.end + 2 for r in roles)
        for h in s.kind("side")
    )


def _named_as_place(s: Sentence, hit: Hit) -> bool:
    """A country named where something is ("in Israel"), alone or after another such place
    and a conjunction ("in Iran and Israel")."""
    if after_place_preposition(s, hit.start, article=True):
        return True
    countries = [h for h in s.hits if h.kind in ("side", "third") and h.end <= hit.start]
    if not countries:
        return False
    before = countries[-1]
    joined = s.grammar.compile(_JOINED).fullmatch(s.norm[before.end : hit.start])
    return bool(joined) and after_place_preposition(s, before.start, article=True)


def _about_other_side(s: Sentence, speaker: Mention) -> bool:
    """A remark on the relationship, or one that names the side the speaker is not on."""
    if _abraham_accords(s):
        return True
    if s.thirds and not any(side != speaker.country for side in s.sides):
        # "he praised cooperation with Qatar", "ties between Kazakhstan and the US": the ties
        # and the stance are with a third country while the other side goes unnamed.
        return False
    if s.has("bilateral") or s.has("relation") or s.kind("stance"):
        return True  # "relations", "concern", "praised": about the relationship in itself
    if speaker.country is None:
        return len(s.sides) == 2
    return any(side != speaker.country for side in s.sides)


def _tension(s: Sentence, found: list[Mention]) -> Draft | None:
    cues = s.cue("tension")
    if not cues or not s.sides:
        return None
    cue = cues[0]
    kind = tension_about(s, cue)
    if s.has("future") and not s.has("past") and kind != "cancellation":
        return None  # a cancelled visit is told with the future it had ("planned for next week")
    if _negated(s, cue, before=kind == "accusation"):
        return None  # "no advice against travel to Israel for now": no friction
    if kind == "condemnation" and (_target(s, cue) == "third" or _solidarity(s, cue)):
        return None  # "condemned Hamas's attacks on Israel": no friction between the two sides
    if kind == "condemnation" and _target(s, cue) is None and _condemns_an_evil(s, cue):
        return None  # "condemns antisemitism and all forms of hatred": a stance, aimed at no side
    if kind != "cancellation" and _source(s, cue) == "third":
        return None  # "Hamas condemned Kazakhstan for joining": a third party's friction
    if kind == "protest" and (len(s.sides) < 2 or not _protest_at_a_side(s, cue)):
        return None  # "protests over fuel prices in Almaty", "killed during protests in Almaty"
    if kind == "accusation" and len(s.sides) < 2:
        return None  # "Kazakhstan accused of ...": one side blamed by nobody of the other
    # The friction is between the two sides: who protests is one of theirs, not the third
    # party the protest is about ("condemned the strike on the Hamas delegation").
    ours = [m for m in found if m.country in (*SIDES, None)]
    speaker = _nearest(ours, cue.start, kinds=None)
    fields = {"speaker": speaker.label if speaker else None, "about": kind}
    return Draft("tension", s, cue.start, fields, key=(), actors=[speaker.label] if speaker else [])


def _protest_at_a_side(s: Sentence, cue: Hit) -> bool:
    """A side the protest is aimed at: named after it in its clause, not as where it happened
    ("outside the Israeli embassy", "against Israel's strikes"; not "protests in Kazakhstan"),
    or right before it ("an anti-Israel rally")."""
    if any(h.key == "Embassy" for h in s.kind("role")):
        return True  # "gathered near the Israeli embassy to protest ..."
    _, end = s.clause(cue.start)
    for hit in s.kind("side"):
        if 0 <= cue.start - hit.end <= _ANTI_GAP:
            return True
        if cue.end <= hit.start < end and not after_place_preposition(s, hit.start, article=True):
            return True
    return False


def _negated(s: Sentence, cue: Hit, before: bool = False) -> bool:
    """A negation word in the cue's own clause ("has not issued", "no plans to visit"), not one
    inside a future phrase ("can't wait to visit", "non vedo l'ora di visitare"); with `before`,
    only one before the cue (what an accusation says may be negative: "arms that do not work")."""
    start, end = s.clause(cue.start)
    if s.norm[end : end + 1] == '"':  # "рекомендаций ... «на данный момент нет»": a quoted end
        end = s.clause(end + 1)[1]
    if before:
        end = cue.start
    idioms = s.cue("future")
    return any(
        not any(h.start <= m.start() and m.end() <= h.end for h in idioms)
        for m in s.grammar.compile(_NEGATION).finditer(s.norm, start, end)
    )


def _appeals_to_a_side(s: Sentence, cue: Hit) -> bool:
    """An appeal addressed to a side, alone or first in a pair ("urged Israel to", "призывает
    ХАМАС и Израиль"), in the appeal's clause."""
    end = s.clause(cue.start)[1]
    if _invites_to_visit(s, cue, end):
        return False
    addressed = [h for h in s.hits if cue.end <= h.start < end and h.kind in ("side", "third")]
    return any(h.kind == "side" for h in addressed[:2])


def _invites_to_visit(s: Sentence, cue: Hit, end: int) -> bool:
    """An appeal word that is an invitation word too, with a visit word after it in its clause
    ("ha invitato il suo omologo a visitare Israele", "دعا نظيره إلى زيارة إسرائيل"): an
    invitation to visit, not an appeal to the other side."""
    invited = any(
        h.start <= cue.start < h.end or cue.start <= h.start < cue.end for h in s.cue("invite")
    )
    return invited and any(cue.end <= h.start < end for h in s.cue("visit") + s.cue("trip"))


def _condemns_an_evil(s: Sentence, cue: Hit) -> bool:
    """An evil in general ("antisemitism", "hatred", "ненависть", "الكراهية") named after the
    condemnation in its clause, or before it where verbs close the clause ("антисемитизм мен
    өшпенділікті айыптайды")."""
    if s.grammar.verb_final:
        return s.in_clause(cue.start, "hatred")
    _, end = s.clause(cue.start)
    return any(cue.end <= h.start < end for h in s.cue("hatred"))


def _solidarity(s: Sentence, cue: Hit) -> bool:
    """A condemnation of an attack on a side, by no third country named in its clause ("condemned
    the terrorist attack on Israel"), sides with that side; "condemned Israel's attack on Gaza"
    names the side before the attack and stays friction."""
    if tension_about(s, cue) != "condemnation":
        return False
    end = s.clause(cue.start)[1]
    after = [h for h in s.hits if cue.end <= h.start < end and h.kind in ("side", "third", "cue")]
    attack = next((h for h in after if h.kind == "cue" and h.key == "attack"), None)
    if attack is None or any(h.kind == "third" for h in after):
        return False
    if any(h.kind == "side" and 0 <= h.start - attack.end <= 2 for h in after):
        return False  # "el ataque israelí", "l'attacco israeliano": the attacker's adjective
    return not any(h.kind == "side" and h.start < attack.start for h in after)


def _source(s: Sentence, cue: Hit) -> str | None:
    """Who condemns, protests or warns: the first country, side or third, named before the cue
    in its clause and not as a place ("Hamas condemned", "Iran's foreign ministry criticised";
    not "after the attack in Gaza, Kazakhstan summoned"; the first, as a verb-final clause names
    its object before the verb too: "Tokayev, İsrail'in ... saldırısını kınadı"),
    else the sentence's subject when a country opens it ("Hamas criticised ..., calling on ... to
    sever ties"), or the first one after a verb that opens the sentence ("أدانت حماس ...");
    None when none is named so."""
    start, _ = s.clause(cue.start)
    countries = [h for h in s.hits if h.kind in ("side", "third")]
    before = [
        h for h in countries
        if start <= h.start < cue.start and not after_place_preposition(s, h.start, article=True)
    ]  # fmt: skip
    if before:
        return before[0].kind
    if countries and countries[0].start < cue.start:
        return countries[0].kind if len(s.norm[: countries[0].start].split()) <= 1 else None
    if countries and not s.norm[: cue.start].split():
        return countries[0].kind
    return None


def _target(s: Sentence, cue: Hit) -> str | None:
    """Whom a condemnation or protest is aimed at: the first country, or actor with a
    country, named after the cue in its clause ("side" or "third"); None when none is."""
    _, end = s.clause(cue.start)
    for hit in s.hits:
        if hit.start < cue.end or hit.start >= end:
            continue
        if hit.kind == "side":
            return "side"
        if hit.kind == "third":
            return "third"
    return None


def _nearest(found: list[Mention], pos: int, kinds: tuple[str, ...] | None) -> Mention | None:
    pool = [m for m in found if kinds is None or m.kind in kinds]
    pool = [m for m in pool if m.kind != "institution" or m.key not in INSTITUTION_ROLES]
    before = [m for m in pool if m.end <= pos]
    if before:
        return before[-1]
    after = [m for m in pool if m.start >= pos]
    return after[0] if after else None
