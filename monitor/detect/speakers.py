"""Who speaks in a sentence: the named actor by a speech verb, or a country speaking as such."""

from __future__ import annotations

import re

from monitor.detect.matcher import Hit
from monitor.detect.mentions import Mention
from monitor.detect.sentences import Sentence
from monitor.detect.vocabulary import SIDES

_SPEAKER_BEFORE = 90  # "Kosherbayev, in turn, said"
_SPEAKER_BEFORE_VERB_FINAL = 220  # "Saar da ... işbirliğinin genişletilmesine ... dikkati çekti"
_TITLE_TO_NAME = 2  # "министр иностранных дел Израиля Гидеон Саар"
_SPEAKER_AFTER = 60  # "according to the Akorda", "said the minister"
# a comma right before the speech verb, after the mention or its country ("посла Израиля,")
_COMMA_ONLY = re.compile(r"[^,]{0,20},\s*$")
_ASIDE_WORDS = 2  # "receiving the credentials of ...": more words than an apposition's "the"
_ADDRESSEE_GAP = re.compile(r"\s*(?:\w{1,3}\s+)?")  # "urged Tokayev", "a demandé à X"
_PASSIVE = r"\b{passive_auxiliary}\s+$"
# "were praised on Tuesday by X": the passive's agent, a few words after its verb.
_AGENT = r"(?:\s+[\w-]+){0,3}?\s+{agent}\s"
# "both sides said", "officials said", "эксперты отмечают": someone other than a named actor
# speaks, so the person named earlier in the sentence is not the speaker.
_GENERIC_SPEAKER = r"\b{generic_speaker}\s+(?:{speaker_gap}\s+)?$"
# "..., said an analyst", "– сказал политолог X": a commentator, not either side, speaks.
_OUTSIDE_SPEAKER = r"^\s*(?:{indefinite}\s+|{definite}\s+)?(?:[\w-]+\s+){0,2}?{commentator}\b"
_COUNTRY_SPEAKER = 24  # "Kazakhstan on Friday expressed ..." at the start of the sentence
# Between a country and its speech verb: "on Friday", "also", "today".
_COUNTRY_GAP = r"^\s*(?:{country_body}\s*)?(?:{time_preposition}\s+\w+\s*|{speaker_gap}\s*)*$"
_SIDE_NAMES = {"KZ": "Kazakhstan", "IL": "Israel"}
_HEADLINE_COLON = 60  # "Israeli Foreign Minister Gideon Sa'ar:"
_NAMING = ("actor", "role", "side")
# "— ... благодаря Президенту Токаеву, — сообщил Саар": a speech verb right after the dash that
# closes a quotation has its speaker after it.
_AFTER_DASH = re.compile(r"(?:^|\s)-\s*$")  # every dash is normalised to "-"
# "The ministry handed the diplomat a note and said ...": the speech verb joined to an earlier
# one shares its subject, not the object named between them.
# "Am Dienstag lobte X": one word before the date, or letters glued to it ("ביום שלישי שיבח")
_FRONTED_DAY = re.compile(r"^\W*(?:\w+\s+)?\w{0,4}$")
_DAY_TO_VERB = re.compile(r"^[\s,]*$")  # nothing but a comma between the date and the verb
_JOINED_VERB = r"(?:,\s*|\s){conjunction}\s+(?:{speaker_gap}\s+)?$"


def speech_cues(s: Sentence) -> list[Hit]:
    """Speech verbs whose subject may be a named actor (not "was told", not "officials said")."""
    grammar = s.grammar
    cues = s.cue("speech") or _headline_colon(s)
    if s.has("message"):  # "sent a telegram of condolences": a message speaks for its sender
        cues = sorted({*cues, *s.cue("message")})
    if s.has("appeal"):  # "urged", "призвал": an appeal speaks for whoever makes it
        cues = sorted({*cues, *s.cue("appeal")})
    return [
        h
        for h in cues
        if (not _passive(s, h) or _agent_end(s, h) is not None)
        and not grammar.compile(_GENERIC_SPEAKER).search(s.norm[max(0, h.start - 24) : h.start])
        and not grammar.compile(_OUTSIDE_SPEAKER).match(s.norm[h.end : h.end + 40])
    ]


def _headline_colon(s: Sentence) -> list[Hit]:
    """ "Tokayev: Kazakhstan values ...", "Israeli ambassador: ...": a headline quoting whoever
    the words before its colon name, and nothing but them."""
    colon = s.norm.find(":", 0, _HEADLINE_COLON)
    if colon < 0:
        return []
    named = [h for h in s.hits if h.kind in _NAMING and h.end <= colon]
    rest = list(s.norm[:colon])
    for hit in named:
        rest[hit.start : hit.end] = " " * (hit.end - hit.start)
    if not named or "".join(rest).strip(" -'’"):
        return []
    return [Hit(colon, colon + 1, "cue", "speech")]


def country_speaker(s: Sentence, speech: list[Hit]) -> Mention | None:
    """ "Kazakhstan expressed concern ...": the country itself speaks."""
    cue = speech[0]
    if s.grammar.verb_final:
        # "Қазақстан ... алаңдаушылық білдіретіні туралы мәлімдеді": the country opens the
        # sentence, the verb closes it.
        first = s.hits[0] if s.hits else None
        if first is not None and first.kind == "side" and first.start <= _COUNTRY_SPEAKER:
            return _country(first)
        return None
    if s.grammar.verb_first:
        # "رحبت إسرائيل بقرار ...": the country right after the verb speaks.
        following = [h for h in s.kind("side") if h.start >= cue.end]
        if following and not s.norm[cue.end : following[0].start].strip():
            return _country(following[0])
    sides = [
        h for h in s.kind("side") if h.end <= cue.start and cue.start - h.end <= _COUNTRY_SPEAKER
    ]
    if len(sides) != 1 or sides[0].start > _COUNTRY_SPEAKER:
        return None
    if not s.grammar.compile(_COUNTRY_GAP).match(s.norm[sides[0].end : cue.start]):
        return None  # "a Kazakh official said" is not the country speaking
    return _country(sides[0])


def _country(hit: Hit) -> Mention:
    """The country a side's name stands for, as a speaker."""
    side = hit.key
    return Mention(
        hit.start, hit.end, f"country:{side}", _SIDE_NAMES[side], None, side, "institution"
    )


def rule_speaker(
    found: list[Mention], speech: list[Hit], s: Sentence | None = None
) -> Mention | None:
    """The person (else institution) right before a speech verb, or right after it; after a
    verb of stance ("thanked", "praised", "поблагодарил") stands its object, not its subject."""
    ours = [m for m in found if m.country in (*SIDES, None)]
    stance = {h.start for h in s.kind("stance")} if s is not None else set()
    # "urged Tokayev to support ...": whom an appeal is made to stands after it, as with stance.
    stance |= {h.start for h in s.cue("appeal")} if s is not None else set()
    # "Tokayev sent Herzog a telegram": a message's sender is the subject, named first.
    messages = {h.start for h in s.cue("message")} if s is not None else set()
    verb_final = s is not None and s.grammar.verb_final
    reach = _SPEAKER_BEFORE_VERB_FINAL if verb_final else _SPEAKER_BEFORE
    # A person of a third country counts as a speaker ("Trump said Kazakhstan will join"): the
    # words are then nobody's on either side, not those of the next official named.
    people = [m for m in found if m.kind == "person"]
    if s is not None and not s.grammar.verb_first:
        # "urged Tokayev to ...", "a demandé à Nazarbaïev de ...": whom an appeal is made to
        # speaks for no one, whichever speech verb is nearest.
        addressed = {m.key for m in _addressed(s, found)}  # a name in parts is one person
        people = [m for m in people if m.key not in addressed]
        ours = [m for m in ours if m.key not in addressed]
    joined = s.grammar.compile(_JOINED_VERB) if s is not None and not verb_final else None
    for cue in speech if joined else ():
        subject = [m for m in ours if m.end <= cue.start and not s.in_quote(m.start)]
        if len(subject) > 1 and joined.search(s.norm[max(0, cue.start - 24) : cue.start]):
            return subject[0]
    for cue in speech if s is not None else ():
        agent = _agent_end(s, cue)
        if agent is not None:
            # "Relations were praised by the minister": the agent speaks, not the subject.
            named = [m for m in people or ours if agent <= m.start <= agent + _SPEAKER_AFTER]
            return named[0] if named else None
    for pool in (people, ours):
        for cue in speech:
            quote = s.quotation_at(cue.start) if s is not None else None
            if s is not None and quote is None:
                # '"... the ministry helped us," he said': who is named in the quote is not
                # who speaks it.
                pool = [m for m in pool if not s.in_quote(m.start)]
            said = cue.start
            if quote is not None:
                # 'X on his account: "I have just spoken with Y, whom I congratulated ...': a
                # verb in the words quoted is the quoted person's, named before the quotation;
                # who is named in it is whom they speak of.
                pool = [m for m in pool if not quote[0] <= m.start < quote[1]]
                said = quote[0]
            before = [m for m in pool if m.end <= said and said - m.end <= reach]
            if s is not None and _AFTER_DASH.search(s.norm[max(0, cue.start - 6) : cue.start]):
                before = []  # the quotation is before the dash: its speaker follows the verb
            if before:
                if verb_final or cue.start in messages:
                    return before[0]
                return _before_an_aside(s, before, said) if s is not None else before[-1]
            if (
                cue.start in stance
                and not (s is not None and s.grammar.verb_first)
                and not (s is not None and _after_fronted_date(s, cue))
            ):
                continue  # "thanked Tokayev": the object; Arabic "رحب ساعر": the subject
            if cue.start in messages:
                continue  # "a letter to Tokayev": whom a message is sent to, not who sends it
            after = [
                m
                for m in pool
                if m.start >= cue.end and _titled_start(s, m) - cue.end <= _SPEAKER_AFTER
            ]
            if after:
                return after[0]
    return None


def _before_an_aside(s: Sentence, before: list[Mention], said: int) -> Mention:
    """ "Tokayev, receiving the credentials of Israel's new ambassador, noted ...": the last
    person named before the verb closes an aside set off by commas, and its subject is named
    before the aside; not an apposition ("Israel's envoy, Edgar Golan, said") nor a phrase
    after the subject ("Kosherbayev, in turn, said")."""
    last = before[-1]
    if not _COMMA_ONLY.match(s.norm, last.end, said):
        return last
    opening = s.norm.rfind(",", 0, last.start)
    earlier = [m for m in before if m.end <= opening]
    if not earlier or len(s.norm[opening + 1 : _titled_start(s, last)].split()) < _ASIDE_WORDS:
        return last
    return earlier[-1]


def _passive(s: Sentence, cue: Hit) -> bool:
    """A passive auxiliary right before the verb: "was told", "were praised"."""
    return bool(s.grammar.compile(_PASSIVE).search(s.norm[max(0, cue.start - 8) : cue.start]))


def _agent_end(s: Sentence, cue: Hit) -> int | None:
    """Where the agent marker after a passive verb of stance ends ("were praised on Tuesday
    by"), if one follows; not after a greeting ("was welcomed at the airport by": no words)."""
    if not s.grammar.words.get("agent") or any(h.start == cue.start for h in s.cue("greet")):
        return None
    if not any(h.start == cue.start for h in s.kind("stance")) or not _passive(s, cue):
        return None
    found = s.grammar.compile(_AGENT).match(s.norm, cue.end, cue.end + 40)
    return found.end() if found else None


def _after_fronted_date(s: Sentence, cue: Hit) -> bool:
    """The verb stands second, after a date opening the sentence ("Am Dienstag lobte Saar ...",
    "V úterý ocenil ministr ..."): its subject follows it, as no one is named before."""
    return any(
        _FRONTED_DAY.match(s.norm[: d.start]) and _DAY_TO_VERB.match(s.norm[d.end : cue.start])
        for d in s.dates
    )


def _addressed(s: Sentence, found: list[Mention]) -> list[Mention]:
    """The mentions right after an appeal verb, a short preposition at most between."""
    return [
        m
        for m in found
        for cue in s.cue("appeal")
        if cue.end <= m.start and _ADDRESSEE_GAP.fullmatch(s.norm[cue.end : _titled_start(s, m)])
    ]


def _titled_start(s: Sentence | None, mention: Mention) -> int:
    """Where a person's mention starts, with the title right before the name ("said on Tuesday
    in Astana the foreign minister of Israel Gideon Saar": the title is what follows the verb)."""
    start = mention.start
    if s is None:
        return start
    parts = s.kind("role") + s.kind("side")
    while True:  # title and country words run back from the name: "министр ... Израиля Гидеон"
        before = [
            h.start for h in parts if h.start < start and 0 <= start - h.end <= _TITLE_TO_NAME
        ]
        if not before:
            return start
        start = min(before)
