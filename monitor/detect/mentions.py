"""Who is named in a sentence: people, institutions and titles, with their country.

Titles ("the Israeli minister", "a deputy foreign minister") and pronouns are resolved
against the people named earlier in the article, so one speaker is one key.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from monitor.detect.lexicon import Lexicon
from monitor.detect.matcher import Hit
from monitor.detect.names import capitalised_names, caseless_title, countries_between
from monitor.detect.normalize import normalize
from monitor.detect.sentences import Sentence
from monitor.detect.vocabulary import INSTITUTION_ROLES, SIDES, other_side

# Titles that refer back to someone named under another title: "the Israeli diplomat said"
# after "Foreign Minister Sa'ar arrived".
_REFERS_TO = {
    "Diplomat": ("minister", "ambassador", "diplomat", "spokesperson", "envoy"),
    # "the guest said": whoever was last quoted or named with a title, the visitor in a visit
    # story.
    "Guest": (
        "minister",
        "ambassador",
        "president",
        "speaker",
        "chairman",
        "deputy",
        "envoy",
        "member",
    ),
    # "the Israeli leader", "the Kazakh leader": the head of state or government named before.
    "Leader": ("president", "prime"),
}
_COUNTRY_WINDOW_BEFORE = 32
_ADJACENT = 3  # "Israel's X", "Қазақстан Президенті": the country right before the title
_SUFFIXED = re.compile(r"(\w[\w-]+)'\w{0,3}$")
_CASE_SUFFIX = re.compile(r"(.*\w)['’](\w{1,3})$")  # "Harel'in", "Saar'a"
_FIRST_WORD = re.compile(r"\W*([\w'-]{3,})")
COUNTERPART = "Counterpart"  # a role named by the other person's office: "his counterpart"
_PRONOUN_GAP = 8  # "he also said", "отметил он"
_ATTACHED = r"^\s*(?:{of}\s*)?$"  # "minister of Israel", "ministre de l'Intérieur"
# "Комитет индустрии туризма Казахстана": an institution's name may run on before its country
_ATTACHED_NAME = r"^\s*(?:{of}\s*)?(?:\w+\s+){0,2}(?:{of}\s*)?$"
_GENERIC = r"\b{definite}\s+(?:\w+\s+)?$"  # "the minister": someone already named
_PORTFOLIO = r"(?<!\w){of}\s+$"  # "ministre israélien du Tourisme": the office, not a name
_TITLE_GAP = re.compile(r"^\s*(?:[\w.'-]+\s+){0,3}$")
_JOINED = r"(?<!\w){conjunction}(?!\w)"  # "the ambassador and Herzog": two people
_PAIR_JOIN = r"^\s*{conjunction}\s*$"  # "Kazakhstan and Israel"
_NAME_OF = r"^\s*{of}\s*$"  # "Moshe Ya'alon of Israel"
_NAME_OF_COUNTRY = r"^\s*{of}\s+\w+"  # "X of Israel and Y": the first one's country
_INDEFINITE = r"\b{indefinite}\s+(?:[\w-]+\s+)?$"  # "a minister": someone else
_THING = r"^{pronoun_thing}$"  # "it": an institution, not a person
_PLURAL = r"^{pronoun_plural}$"  # "they": nobody in particular
_BEFORE_TITLE = ("", ",", "،", "-", "–", "—")  # "Sa'ar, foreign minister"; not "X and the envoy"
_COMMUNITY_AFTER_TITLE = 24  # "President of the" + a community body's name
_NAME_NEAR_TITLE = 3  # "Defense Minister Moshe Ya'alon": the name right after its title
_PORTFOLIO_GAP = re.compile(r"\s*[\w'’-]+(?:\s+[\w'’-]+){1,3}\s+")  # words, no punctuation
# A title's own words, then a comma, then the name: "ministre israélien du Tourisme, Yoel".
_APPOSITION = re.compile(r"\s*[\w'’-]+(?:\s+[\w'’-]+){0,7}\s*,\s*$")  # words: one way to split


class Mention(NamedTuple):
    start: int
    end: int
    key: str
    name: str
    role: str | None
    country: str | None
    kind: str  # person | institution

    @property
    def label(self) -> str:
        parts = ", ".join(p for p in (self.role, self.country) if p)
        if self.kind == "person" and self.name != self.role:
            return f"{self.name} ({parts})" if parts else self.name
        return f"{self.name} ({self.country})" if self.country else self.name


def split_label(label: str) -> tuple[str, str | None, str | None]:
    """(name, role, country) of a label `Mention.label` made: "Liat Wexelman (Ambassador,
    IL)", "Ambassador (IL)" (a title no name goes with), "Akorda (KZ)", "Ambassador"."""
    name, _, rest = label.partition(" (")
    parts = [p.strip() for p in rest.rstrip(")").split(",")] if rest else []
    if len(parts) == 2:
        return name, parts[0], parts[1]
    return name, None, parts[0] if parts else None


class History:
    """Mentions seen so far in the article, newest last."""

    def __init__(self) -> None:
        self.items: list[Mention] = []
        self.speaker: Mention | None = None  # the person last quoted: "he said" after a quote
        # The last sentence opened with a person no list knows ("Artur K., a passenger, ..."):
        # "he" next refers to them, not to an official named before.
        self.stranger = False
        self._surnames: tuple[int, set[str]] = (0, set())  # (items seen, their surnames)

    def note(self, sentence: Sentence, found: list[Mention]) -> None:
        """What a sentence adds to the article so far."""
        self.items.extend(m for m in found if not m.key.startswith("role:") or m.country)
        if any(m.kind == "person" for m in found):
            self.stranger = False
        elif any(
            start <= 1 and len(name.split()) > 1 for start, _, name in capitalised_names(sentence)
        ):
            self.stranger = True

    def role_for(self, role: str) -> Mention | None:
        """An unnamed official already seen with this title and a country ("Israel's envoy")."""
        prefix = f"role:{role}:"
        fits = _REFERS_TO.get(role)
        for mention in reversed(self.items):
            if not mention.key.startswith("role:") or not mention.country:
                continue
            if mention.key.startswith(prefix) or (
                fits and any(w in (mention.role or "").lower().split() for w in fits)
            ):
                return mention
        return None

    def surnames(self, lexicon: Lexicon) -> set[str]:
        """The surnames (stems) of the people named so far, which may come back alone."""
        if self._surnames[0] != len(self.items):
            found = set()
            for mention in self.items:
                if mention.key.startswith("name:"):
                    found.add(mention.key[5:])
                else:
                    found.update(s.rstrip("*") for s in lexicon.surnames.get(mention.key, ()))
            self._surnames = (len(self.items), found)
        return self._surnames[1]

    def named(self, name: str, lexicon: Lexicon) -> Mention | None:
        """A person named before, by any part of the name: an official first seen by name and
        title ("Moshe Ya'alon"), or a listed one by the surname of an alias ("Saparov said"
        after "Aidarbek Saparov")."""
        words = [normalize(w) for w in name.split()]
        # "Ben-Eliezer's visit", "Saar'ın ziyareti": the name before its case ending
        words += [m[1] for w in words if (m := _SUFFIXED.match(w))]
        seen = set()
        for mention in reversed(self.items):
            key = mention.key
            if key in seen:
                continue
            seen.add(key)
            if key.startswith("name:"):
                if key[5:] in words:
                    return mention
                continue
            surnames = lexicon.surnames.get(key)
            if surnames and any(_surname_fits(w, s) for w in words for s in surnames):
                return mention
        return None

    def last(self, kind: str | None = None, country: str | None = None) -> Mention | None:
        for mention in reversed(self.items):
            if (kind is None or mention.kind == kind) and (
                country is None or mention.country == country
            ):
                return mention
        return None

    def person_for(
        self, role: str, country: str | None, later: frozenset[str] = frozenset()
    ) -> Mention | None:
        """The latest person whose title fits `role` ("Minister" fits "Foreign Minister"); the
        person last quoted first ("Tokayev sent Herzog a message. The head of state stressed":
        the sender goes on, not the one last named). Not one of the people the sentence names
        `later`, after the title ("Tokayev receives Herzog" over "The head of state received
        President Herzog": the head of state is not his guest)."""
        referring = _REFERS_TO.get(role)
        title = set(role.lower().split())
        for mention in (self.speaker, *reversed(self.items)):
            if mention is None or mention.key in later:
                continue
            if mention.kind != "person" or mention.key.startswith("role:"):
                continue
            if country and mention.country != country:
                continue
            held = set((mention.role or "").lower().split())
            # "the minister" is the Foreign Minister named before, "the defence minister" the
            # Minister of Defence; "the foreign minister" is not the Prime Minister
            if held and (any(w in held for w in referring) if referring else title <= held):
                return mention
        return None

    def institution_for(self, role: str, country: str | None) -> Mention | None:
        word = role.split()[-1].lower()
        for mention in reversed(self.items):
            fits = mention.kind == "institution" and word in mention.name.lower().split()
            if fits and country in (None, mention.country):
                return mention
        return None


def mentions(sentence: Sentence, lexicon: Lexicon, history: History) -> list[Mention]:
    """People and institutions of either side named in the sentence, in order."""
    out: list[Mention] = []
    people = []
    for hit in sentence.kind("actor"):
        actor = lexicon.actors[hit.key]
        if actor.country not in SIDES or actor.kind not in ("person", "institution"):
            continue
        mention = Mention(
            hit.start, hit.end, actor.id, actor.name, actor.role, actor.country, actor.kind
        )
        out.append(mention)
        if actor.kind == "person":
            people.append(mention)
    for mention in _unlisted_officials(sentence, lexicon, history, out):
        out.append(mention)
        people.append(mention)
    counterparts = []
    for hit in _longest(sentence.kind("role")):
        if hit.key == COUNTERPART:
            counterparts.append(hit)  # after the pronouns: "he met his Israeli counterpart"
            continue
        if _heads_community(sentence, hit) or _titles_a_third(sentence, lexicon, hit):
            continue  # "President of the Euro-Asian Jewish Congress", "Vice President JD Vance"
        titled = [
            p for p in people
            if _is_title_of(sentence, hit, p) and not _named_between(hit, p, people)
        ]  # fmt: skip
        for person in titled:
            if hit.key not in _COLLECTIVE and _states_other_office(hit.key, person.role):
                # "Minister of Defence Imangali Tasmagambetov": the office the text gives,
                # not the one the vocabulary remembers him by. Two titles may name him.
                retitled = person._replace(role=hit.key)
                out[out.index(person)] = people[people.index(person)] = retitled
        if titled:
            continue
        # people named past a verb after the title ("The head of state received President
        # Herzog"), not in apposition to it ("Prime Minister of Israel, Benjamin Netanyahu,")
        cues = sentence.kind("cue")
        later = frozenset(
            p.key for p in people
            if p.start >= hit.end and any(hit.end <= c.start < p.start for c in cues)
        )  # fmt: skip
        resolved = _resolve_role(sentence, lexicon, hit, history, later)
        if resolved is not None:
            # "the foreign ministers of Kazakhstan and Israel": one of each side
            pair = _joined_sides(sentence, lexicon, hit)
            if pair and resolved.country not in pair:
                resolved = _of_country(resolved, pair[0], history)
            out.append(resolved)
            for country in pair:
                if country != resolved.country:
                    out.append(_of_country(resolved, country, history))
    for hit in sentence.cue("pronoun"):
        word = sentence.norm[hit.start : hit.end]
        earlier = [m for m in out if m.end <= hit.start]
        grammar = sentence.grammar
        wanted = "institution" if grammar.compile(_THING).match(word) else "person"
        pool = [m for m in earlier if m.kind == wanted]
        target = pool[-1] if pool else history.last(wanted)
        if not pool and wanted == "person" and history.speaker and _attributes(sentence, hit):
            target = history.speaker  # "..., he said": the person quoted before, not the last named
        if not pool and wanted == "person" and history.stranger:
            target = None  # "Artur K., a passenger, thanked ... 'We are grateful,' he said"
        if target is not None and not grammar.compile(_PLURAL).match(word):
            out.append(target._replace(start=hit.start, end=hit.end))
    for hit in counterparts:
        resolved = counterpart(sentence, lexicon, hit, history, out)
        if resolved is None:
            continue
        _place_by_counterpart(out, hit, resolved)
        named = next((m for m in out if m.role == COUNTERPART and m.start >= hit.end), None)
        if named is not None:
            # "his Israeli counterpart Noam Harel": the name is the counterpart, in his office
            out[out.index(named)] = named._replace(role=resolved.role, country=resolved.country)
        else:
            out.append(resolved)
    out.sort()
    return _across_the_table(sentence, out)


def _across_the_table(sentence: Sentence, found: list[Mention]) -> list[Mention]:
    """ "Foreign Minister Gideon Sa'ar met in Astana with Kazakhstan's Foreign Minister": at a
    meeting of people of one side with someone whose country the sentence does not say, and no
    third country, that someone is the other side's."""
    if not sentence.kind("format") or sentence.cue("community"):
        return found  # a Jewish community's people are neither side's
    people = [m for m in found if m.kind == "person"]
    last = max((m.end for m in people), default=0)
    if any(h.kind == "third" and h.start < last for h in sentence.hits):
        return found  # one of them may be the third country's; not "... discussed Gaza"
    known = {m.country for m in people if m.country in SIDES}
    if len(known) != 1 or any(m.country not in SIDES and m.country is not None for m in people):
        return found
    other = other_side(known.pop())
    return [
        m._replace(country=other)
        if m.kind == "person" and m.country is None and m.key.startswith("name:")
        else m
        for m in found
    ]


def counterpart(
    sentence: Sentence, lexicon: Lexicon, hit: Hit, history: History, found: list[Mention]
) -> Mention | None:
    """ "his Israeli counterpart", "с казахстанским коллегой": the holder of the same office as
    the person named before it, in the other country (the country beside the word may be the
    subject's own: "Kazakhstan's minister met his counterpart")."""
    earlier = [m for m in found if m.kind == "person" and m.end <= hit.start and m.role]
    if not earlier:
        return None
    reference = earlier[-1]
    country = _country_near(sentence, lexicon, hit)
    if country in (None, reference.country) and reference.country in SIDES:
        country = other_side(reference.country)
    return _holder(reference.role, country, hit.start, hit.end, history)


def _place_by_counterpart(found: list[Mention], hit: Hit, counterpart: Mention) -> None:
    """ "X signed with his Kazakh counterpart": X, whose country the text does not say, is of
    the other side."""
    earlier = [m for m in found if m.kind == "person" and m.end <= hit.start and m.role]
    if earlier and earlier[-1].country is None and counterpart.country in SIDES:
        found[found.index(earlier[-1])] = earlier[-1]._replace(
            country=other_side(counterpart.country)
        )


def _holder(role: str, country: str | None, start: int, end: int, history: History) -> Mention:
    """Whoever holds `role` in `country`: the person named so before, else the title alone."""
    person = history.person_for(role, country)
    if person is not None:
        return person._replace(start=start, end=end)
    return Mention(start, end, f"role:{role}:{country}", role, role, country, "person")


def _unlisted_officials(
    sentence: Sentence, lexicon: Lexicon, history: History, known: list[Mention]
) -> list[Mention]:
    """Officials the vocabulary does not list: a capitalised name right after a title
    ("Defense Minister Moshe Ya'alon") or right before ", <title>", and later mentions of a
    surname already seen so ("Ya'alon says")."""
    out: list[Mention] = []
    norm = sentence.norm
    if not sentence.kind("role") and not any(s in norm for s in history.surnames(lexicon)):
        return out  # neither a title to name nor a name seen before: nothing to find
    taken = [(m.start, m.end) for m in known]
    for start, end, name in capitalised_names(sentence):
        if any(a < end and start < b for a, b in taken) or _article(sentence, name):
            continue  # "The Ambassador": no name
        if " " not in name and sentence.grammar.compile(_PORTFOLIO).search(norm, 0, start):
            continue
        title = next(
            (h for h in sentence.kind("role")
             if (h.key not in INSTITUTION_ROLES or h.key == _SPOKESPERSON)
             and h.key not in _COLLECTIVE
             and (_title_reaches(sentence, h.end, start, posted=h.key in _POSTED)
                  or _apposed(sentence, h.end, start, end)
                  or caseless_title(sentence, start) == (h.start, h.end)
                  or (0 <= h.start - end <= _NAME_NEAR_TITLE
                      and norm[end : h.start].strip() in _BEFORE_TITLE
                      and (norm[end : h.start].strip() or _opens_clause(sentence, start))
                      and not _names_after(sentence, h, known)))),
            None,
        )  # fmt: skip
        if title is not None and _heads_community(sentence, title):
            continue
        name = cited(sentence, lexicon, name)
        earlier = history.named(name, lexicon)
        if title is not None and earlier is not None:
            # "Foreign Minister Levy" after "David Levy": the person named before
            out.append(earlier._replace(start=start, end=end))
            continue
        before = sorted(m for m in [*known, *out] if m.kind == "person" and m.end <= start)
        shared = _shares_title(sentence, lexicon, before, start) if title is None else None
        if title is not None or shared is not None:
            country = _country_after_name(sentence, lexicon, end)
            if title is not None:
                role = title.key
                pair = _two_countries(sentence, lexicon, title)
                # the one country between the title and the name is his ("el ministro de Salud
                # de Israel, Uriel Buso"), before the title's own; an envoy's is his post
                between = _between(sentence, lexicon, title.end, start)
                own = pair[0] if pair else _country_near(sentence, lexicon, title)
                near = (own or between) if title.key in _POSTED else (between or own)
            else:
                role, near = _respective(sentence, lexicon, shared)
            country = country or near
            key = "name:" + normalize(name.split()[-1])  # "Ya’alon" is "ya'alon" later
            out.append(Mention(start, end, key, name, role, country, "person"))
            continue
        if earlier is not None:
            out.append(earlier._replace(start=start, end=end))
    # In a script without capitals, a surname of someone named before in full: "قال سار"
    # after "جدعون سار".
    for surname in history.surnames(lexicon):
        if surname.upper() != surname.lower() or surname not in norm:
            continue
        for found in re.finditer(rf"(?<!\w){re.escape(surname)}(?!\w)", norm):
            spans = taken + [(m.start, m.end) for m in out]
            if any(a < found.end() and found.start() < b for a, b in spans):
                continue
            earlier = history.named(surname, lexicon)
            if earlier is not None:
                out.append(earlier._replace(start=found.start(), end=found.end()))
    # A surname opening the sentence ("Ashikbayev noted ..."), which capitalisation alone
    # does not tell from any first word, is someone named before.
    first = _FIRST_WORD.match(sentence.norm)
    spans = taken + [(m.start, m.end) for m in out]
    if first and not _article(sentence, first[1]) and not any(a < first.end(1) for a, _ in spans):
        earlier = history.named(cited(sentence, lexicon, first[1]), lexicon)
        if earlier is not None:
            out.append(earlier._replace(start=first.start(1), end=first.end(1)))
    return out


def _names_after(sentence: Sentence, title: Hit, known: list[Mention]) -> bool:
    """A name, listed or not, follows the title it reaches ("an interview to Kapital, Israel's
    ambassador in Kazakhstan Eli Ben-Dor"): the title is that name's, not the word before it."""
    starts = [a for a, _, _ in capitalised_names(sentence)]
    starts += [_name_start(sentence, m.start) for m in known if m.kind == "person"]
    return any(
        a >= title.end and _title_reaches(sentence, title.end, a, posted=title.key in _POSTED)
        for a in starts
    )


_NAME_REACH = 40  # first names before the listed surname


def _name_start(sentence: Sentence, start: int) -> int:
    """Where a listed person's name starts, with the capitalised first names before the alias
    the vocabulary matched ("Лиат" before "Вексельман")."""
    text = sentence.text
    if len(text) != len(sentence.norm):
        return start  # offsets differ: the alias's own start
    base = max(0, start - _NAME_REACH)
    words = list(re.finditer(r"\S+", text[base:start]))
    for word in reversed(words):
        if not word.group()[0].isupper() or text[base + word.end() : start].strip(" "):
            break
        start = base + word.start()
    return start


def _shares_title(
    sentence: Sentence, lexicon: Lexicon, found: list[Mention], start: int
) -> Mention | None:
    """The titled person named just before and joined to this name ("defence ministers Imangali
    Tasmagambetov and Avigdor Lieberman", "Ministers X of Israel and Y of Kazakhstan"), when
    the title is plural in effect: two countries join it, or each name has its own."""
    if not found or found[-1].role is None:
        return None
    first = found[-1]
    gap = sentence.norm[first.end : start]
    of_country = sentence.grammar.compile(_NAME_OF_COUNTRY).match(gap)
    if of_country:
        gap = gap[of_country.end() :]
    if not sentence.grammar.compile(_PAIR_JOIN).match(gap):
        return None
    if of_country or _respective(sentence, lexicon, first)[1] is not None:
        return first
    return None


def _respective(sentence: Sentence, lexicon: Lexicon, first: Mention) -> tuple[str, str | None]:
    """The title and country of the second of "Kazakh and Israeli ministers A and B": the
    title the two share and the country of the pair that is not the first name's."""
    for hit in _longest(sentence.kind("role")):
        if hit.end <= first.start and _TITLE_GAP.match(sentence.norm[hit.end : first.start]):
            pair = _two_countries(sentence, lexicon, hit)
            return hit.key, pair[1] if pair and first.country == pair[0] else None
    return first.role or "", None


def _between(sentence: Sentence, lexicon: Lexicon, start: int, end: int) -> str | None:
    """The one side named between a title and its name: "directeur général du ministère
    israélien des Affaires étrangères, Dan Oren"."""
    sides = {_side_of(h, lexicon) for h in sentence.hits if start <= h.start and h.end <= end}
    sides.discard(None)
    return sides.pop() if len(sides) == 1 else None


def _country_after_name(sentence: Sentence, lexicon: Lexicon, end: int) -> str | None:
    """ "Moshe Ya'alon of Israel": a country attached right after a name is his."""
    for hit in sentence.hits:
        if hit.start < end or _side_of(hit, lexicon) is None or _is_place(hit, lexicon):
            continue
        if sentence.grammar.compile(_NAME_OF).match(sentence.norm[end : hit.start]):
            return _side_of(hit, lexicon)
        break
    return None


def cited(sentence: Sentence, lexicon: Lexicon, name: str) -> str:
    """A name as it is cited, in a language that declines names: "Эдгаром Голаном" and "Эдгар
    Голан" are one person, named "Эдгар Голан"."""
    suffixed = _CASE_SUFFIX.match(name)
    if suffixed and normalize(suffixed[2]) in sentence.grammar.words.get("name_suffix", ()):
        name = suffixed[1]  # "Noam Harel'in" is Noam Harel
    lemmatizer = lexicon.lemmatizer(sentence.lang)
    if lemmatizer is None:
        return name
    return " ".join(lemmatizer.name_form(tuple(name.split())))


def _article(sentence: Sentence, name: str) -> bool:
    """A capitalised article or determiner alone ("The", "His"), which names nobody."""
    words = sentence.grammar.words
    return name.lower() in words.get("definite", ()) or name.lower() in words.get("indefinite", ())


def _surname_fits(word: str, surname: str) -> bool:
    """ "сапарова" fits the alias word "сапаров*"; "saparov" fits "saparov"."""
    if surname.endswith("*"):
        return word.startswith(surname[:-1])
    return word == surname


def _attributes(sentence: Sentence, pronoun: Hit) -> bool:
    """The pronoun is the subject of a speech verb next to it: "he said", "сказал он"; or of
    an appeal, a request: "he also asked Kazakhstan to back ...", "il a demandé à ..." (the
    speaker goes on asking, whoever was named last)."""
    verbs = sentence.cue("speech") + sentence.cue("appeal")
    return any(
        0 <= h.start - pronoun.end <= _PRONOUN_GAP or 0 <= pronoun.start - h.end <= _PRONOUN_GAP
        for h in verbs
    )


def _states_other_office(title: str, role: str | None) -> bool:
    """A title beside a name that names another office than the vocabulary's role; a bare
    "minister" or "president" before "Foreign Minister" X is the same office, less precisely."""
    if role is None or title in INSTITUTION_ROLES:
        return False
    return not role.lower().endswith(title.lower())


def _longest(hits: list[Hit]) -> list[Hit]:
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if kept and hit.start < kept[-1].end:
            continue
        kept.append(hit)
    return kept


def _apposed(sentence: Sentence, start: int, end: int, name_end: int) -> bool:
    """The title's own words, a comma, then the name set off as its apposition: "le ministre
    israélien du Tourisme, Yoel Razvozov, a rencontré"; not "the first visit of a prime
    minister to Kazakhstan, Brodsky said"."""
    return (
        bool(_APPOSITION.match(sentence.norm, start, end))
        and not any(h.kind == "cue" and start <= h.start < end for h in sentence.hits)
        and sentence.norm[name_end : name_end + 1] in ("", ",", ".", ")", ";")
    )


_POSSESSIVE = re.compile(r"'s?\s")


def _opens_clause(sentence: Sentence, start: int) -> bool:
    """A name right before a title with nothing between is his only where it opens its clause
    ("Gideon Sa'ar Israeli foreign minister said"); not an outlet an interview was given to
    ("В интервью Казинформу посол Израиля назвал ...")."""
    return not sentence.norm[sentence.clause(start)[0] : start].strip()


def _title_reaches(sentence: Sentence, start: int, end: int, posted: bool = False) -> bool:
    """Nothing between a title and a name ("Defense Minister Moshe"), or one country and short
    words ("Ambassador of Israel Edgar", "Посол Израиля Эдгар"); for an envoy (`posted`), also
    the country he is posted to ("Ambassador of Kazakhstan to Israel Satybaldy", "посол
    Казахстана в Израиле Сатыбалды")."""
    if not 0 <= end - start <= _NAME_NEAR_TITLE + 40:
        return False
    if _POSSESSIVE.match(sentence.norm, start):
        return False  # "the President's Office", "the Prime Minister's Bureau": his, no name
    if end - start <= _NAME_NEAR_TITLE:
        return True
    # Not "President of the State ..." (no country), nor "the minister of Kazakhstan and Israel".
    count = countries_between(sentence, start, end)
    if count == 0:
        # only the office's own field: "ministryně zdravotnictví Akmaral"
        return any(h.start - start <= 2 and h.end <= end for h in sentence.kind("subject"))
    if count is not None:
        return count <= (2 if posted else 1)
    return _portfolio_between(sentence, start, end)


def _portfolio_between(sentence: Sentence, start: int, end: int) -> bool:
    """A country and the office's own words between a title and a name: "le ministre israélien
    de l'Agriculture Dan Oren", "il ministro degli Esteri kazako Serik"; no verb, no second
    person joined."""
    gap = sentence.norm[start:end]
    if not _PORTFOLIO_GAP.fullmatch(gap) or sentence.grammar.compile(_JOINED).search(gap):
        return False
    if any(start <= a and b <= end for a, b, _ in capitalised_names(sentence)):
        return False  # another name stands there: "послом Израиля Ябо Глусманом Эдвин Натаном"
    inside = [h for h in sentence.hits if start <= h.start and h.end <= end]
    countries = [h for h in inside if h.kind in ("side", "third")]
    return len(countries) == 1 and not any(h.kind in ("cue", "role", "actor") for h in inside)


def _titles_a_third(sentence: Sentence, lexicon: Lexicon, role: Hit) -> bool:
    """The title is that of a listed person of a third country named right after it."""
    for hit in sentence.kind("actor"):
        actor = lexicon.actors[hit.key]
        if actor.kind == "person" and actor.country not in SIDES and hit.start >= role.end:
            return bool(_TITLE_GAP.match(sentence.norm[role.end : hit.start]))
    return False


def _heads_community(sentence: Sentence, role: Hit) -> bool:
    """The title is followed by a community body's name ("President of the World Jewish
    Congress", "президент Еврейского конгресса"): that body's officer."""
    return any(0 <= h.start - role.end <= _COMMUNITY_AFTER_TITLE for h in sentence.cue("community"))


def _named_between(role: Hit, person: Mention, people: list[Mention]) -> bool:
    """Someone else is named between a title and a person ("Президенті Қасым-Жомарт Тоқаев
    Нетаньяхумен": the title is Tokayev's)."""
    first, last = (role.end, person.start) if role.end <= person.start else (person.end, role.start)
    return any(first <= p.start and p.end <= last and p.key != person.key for p in people)


def _is_title_of(sentence: Sentence, role: Hit, person: Mention) -> bool:
    """True for "Foreign Minister Gideon Sa'ar" and "Sa'ar, Israel's foreign minister"; not
    for "the ambassador and Herzog"."""
    norm = sentence.norm
    if role.end <= person.start:
        gap = norm[role.end : person.start]
        if sentence.grammar.compile(_JOINED).search(gap):
            return False
        return bool(
            _TITLE_GAP.match(gap)
            # "Ambassador of Israel to Kazakhstan Alon Bar", "le ministre ..., Yoel Razvozov,"
            or _title_reaches(sentence, role.end, person.start, posted=role.key in _POSTED)
            or _apposed(sentence, role.end, person.start, person.end)
        )
    gap = norm[person.end : role.start]
    if len(gap) > 20 or not gap.lstrip().startswith(","):
        return False
    # "Netanyahu, asked the Kazakh President": a verb between them, the title is someone else's
    return not any(h.kind == "cue" and person.end <= h.start < role.start for h in sentence.hits)


def _resolve_role(
    sentence: Sentence, lexicon: Lexicon, hit: Hit, history: History, later: frozenset[str]
) -> Mention | None:
    role = hit.key
    country = _country_near(sentence, lexicon, hit)
    if role in INSTITUTION_ROLES:
        if country is None:
            earlier = history.institution_for(role, None)
            if earlier is not None:
                return earlier._replace(start=hit.start, end=hit.end)
        return Mention(
            hit.start, hit.end, f"role:{role}:{country}", role, None, country, "institution"
        )
    person = history.person_for(role, country, later)
    before = sentence.norm[max(0, hit.start - 24) : hit.start]
    grammar = sentence.grammar
    refers_back = grammar.compile(_GENERIC).search(before)
    if person is not None and (refers_back or not grammar.compile(_INDEFINITE).search(before)):
        # "the minister", "his counterpart", Russian "премьер-министр подчеркнул" (no articles);
        # not "a minister" or "another envoy"
        return person._replace(start=hit.start, end=hit.end)
    if country is None:
        earlier = history.role_for(role)  # "посол заявил" after "посол Израиля"
        if earlier is not None:
            return earlier._replace(start=hit.start, end=hit.end)
    return Mention(hit.start, hit.end, f"role:{role}:{country}", role, role, country, "person")


def _joined_sides(sentence: Sentence, lexicon: Lexicon, hit: Hit) -> list[str]:
    """Both sides, when a title is joined to a pair of them: "ministers of Kazakhstan and
    Israel", "Kazakh and Israeli ministers", "Қазақстан мен Израиль министрлері"."""
    grammar = sentence.grammar
    norm = sentence.norm
    for pair_word in sentence.cue("bilateral"):
        # "главы МИД двух стран", "екі елдің сыртқы істер министрлері": the two sides' own
        after = pair_word.start >= hit.end and grammar.compile(_ATTACHED).match(
            norm[hit.end : pair_word.start]
        )
        if after or (pair_word.end <= hit.start and not norm[pair_word.end : hit.start].strip()):
            return list(SIDES)
    return _two_countries(sentence, lexicon, hit)


def _two_countries(sentence: Sentence, lexicon: Lexicon, hit: Hit) -> list[str]:
    """The two sides joined to a title, in the order the text names them."""
    grammar = sentence.grammar
    norm = sentence.norm
    joined = grammar.compile(_PAIR_JOIN)
    sides = [h for h in sentence.hits if _side_of(h, lexicon) is not None]
    after = [h for h in sides if h.start >= hit.end]
    before = [h for h in sides if h.end <= hit.start]
    pair: list[Hit] = []
    if after and grammar.compile(_ATTACHED).match(norm[hit.end : after[0].start]):
        pair = after[:2]
    elif before and not norm[before[-1].end : hit.start].strip():
        pair = before[-2:][::-1]
    if len(pair) < 2:
        return []
    first, second = sorted(pair)
    if not joined.match(norm[first.end : second.start]):
        return []
    countries = [_side_of(h, lexicon) or "" for h in (first, second)]
    return countries if countries[0] != countries[1] else []


def _of_country(mention: Mention, country: str, history: History) -> Mention:
    """The same title held in the other country."""
    if mention.kind == "person" and mention.role:
        return _holder(mention.role, country, mention.start, mention.end, history)
    key = f"role:{mention.name}:{country}"
    return Mention(mention.start, mention.end, key, mention.name, None, country, mention.kind)


# A press service, or the person who speaks for it when named: "spokesperson Aibar Tokenov".
_SPOKESPERSON = "Spokesperson"
# Titles of a group, not of one person: no name follows them ("الوفد الكازاخستاني" + words
# that name what it toured), and no one named near them holds them as an office ("the
# delegation that joined Minister X's visit": X is still the minister).
_COLLECTIVE = frozenset({"Delegation"})
# Titles held in a foreign city: a city named before them is where, not whose.
_POSTED = frozenset({"Ambassador", "Embassy"})


def _country_near(sentence: Sentence, lexicon: Lexicon, hit: Hit) -> str | None:
    """The country a title belongs to: "Israel's X", "the Kazakh X", "X of Israel", "X Израиля".
    One right before the title wins ("Қазақстан Президенті Израильге": Kazakhstan's, whatever
    follows), then one attached after it, then the nearest before it, which may belong to the
    clause's subject instead ("Kazakhstan's minister met the minister of Israel")."""
    best: tuple[int, int, str] | None = None
    located = tuple(sentence.grammar.words.get("locative_ending", ()))
    # The owner opens a long title in owner-first languages: "Израильдің Қазақстандағы Төтенше
    # және өкілетті елшісі"
    window = _COUNTRY_WINDOW_BEFORE * (2 if sentence.grammar.owner_first else 1)
    if hit.key in _POSTED:
        owner = _owner_before_post(sentence, lexicon, hit, window)
        if owner is not None:
            return owner
    tail = _in_source_tail(sentence, hit)
    for other in sentence.hits:
        country = _country_of(other, lexicon)
        if country is None:
            continue
        if located and sentence.norm[other.start : other.end].endswith(located):
            continue  # "Израильдің Қазақстандағы елшісі": Israel's envoy in Kazakhstan
        if hit.key in _POSTED and other.end <= hit.start and _is_place(other, lexicon):
            continue  # "İsrail'in Astana Büyükelçisi": a city before an envoy is his post
        if hit.start <= other.start and other.end <= hit.end:
            return country  # "member of the mazhilis"
        if 0 <= hit.start - other.end <= window:
            distance = hit.start - other.end
            rank = 0 if distance <= _ADJACENT else 2
            if rank == 2 and tail and _COMMA.search(sentence.norm, other.end, hit.start):
                continue  # "... strikes on Gaza, the ministry said": a country before the
                # comma is what the news was about, not whose ministry tells it
        elif (
            other.start >= hit.end
            and not sentence.grammar.owner_first
            and (
                sentence.grammar.compile(
                    _ATTACHED_NAME if hit.key in INSTITUTION_ROLES else _ATTACHED
                ).match(_without_field(sentence, hit.end, _word_start(sentence.norm, other.start)))
                or _portfolio_between_title_and(sentence, hit, other)
            )
        ):
            distance, rank = other.start - hit.end, 1
        else:
            continue
        if best is None or (rank, distance) < best[:2]:
            best = (rank, distance, country)
    return best[2] if best else (_opening_side(sentence) if tail else None)


_COMMA = re.compile("[,،]")
_OF_OPENS = r"\s*{of}\s"
_PORTFOLIO_WORDS = 8  # "de la Science et de l'Enseignement supérieur du"
_TAIL_SPEECH = 12  # "..., the ministry said", "..., قالت الوزارة"
_OPENING_SIDE = 24  # "Kazakhstan on Friday condemned ...": the side opening the sentence


def _in_source_tail(sentence: Sentence, hit: Hit) -> bool:
    """The title is in the tail after the news that names its source: "..., the foreign
    ministry said", "..., сообщили в МИД", "..., قالت وزارة الخارجية"."""
    norm = sentence.norm
    commas = [m.start() for m in _COMMA.finditer(norm, 0, hit.start)]
    if not commas or _COMMA.search(norm, hit.end) or sentence.in_quote(commas[-1]):
        return False  # not after a quotation: '"...," added the minister' is the one quoted
    return any(
        0 <= h.start - hit.end <= _TAIL_SPEECH or 0 <= hit.start - h.end <= _TAIL_SPEECH
        for h in sentence.cue("speech")
    )


def _opening_side(sentence: Sentence) -> str | None:
    """The side that opens the sentence as its subject: "Kazakhstan condemned ..."."""
    first = min((h for h in sentence.hits if h.kind in ("side", "third")), default=None)
    if first is None or first.kind != "side" or first.start > _OPENING_SIDE:
        return None
    if sentence.in_quote(first.start):
        return None  # "'Israel is our partner,' the envoy said": the quote's words, no subject
    return first.key


def _owner_before_post(sentence: Sentence, lexicon: Lexicon, hit: Hit, window: int) -> str | None:
    """ "İsrail'in Kazakistan Büyükelçisi", "Israel's Kazakhstan envoy": of two countries right
    before an envoy's title, the first is whose envoy, the second his post."""
    before = [
        h for h in sentence.hits
        if _country_of(h, lexicon) is not None and 0 <= hit.start - h.end <= window
    ]  # fmt: skip
    if len(before) < 2 or hit.start - before[-1].end > _ADJACENT:
        return None
    owner, post = _country_of(before[-2], lexicon), _country_of(before[-1], lexicon)
    gap = sentence.norm[before[-2].end : _word_start(sentence.norm, before[-1].start)]
    if owner == post or len(gap.split()) > 1:
        return None
    return owner


def _portfolio_between_title_and(sentence: Sentence, hit: Hit, country: Hit) -> bool:
    """A bare "minister" and the words of his portfolio before the country he serves: "Министр
    науки и высшего образования Казахстана", "the Minister of Science and Higher Education of
    Kazakhstan": a few words, no punctuation and nothing the vocabulary knows between but the
    office's field ("министр энергетики")."""
    if hit.key != "Minister":
        return False
    end = _word_start(sentence.norm, country.start)
    gap = sentence.norm[hit.end : end]
    if not gap.strip() or len(gap.split()) > _PORTFOLIO_WORDS or re.search(r"[^\w\s'-]", gap):
        return False
    # "Minister of Science ...", "министр науки ...": not a name ("Minister Akmaral Alnazarova
    # and Israeli ..."), which only a portfolio opened by "of" may look like
    opened = sentence.grammar.compile(_OF_OPENS).match(gap)
    if not opened and any(w[:1].isupper() for w in sentence.text[hit.end : end].split()):
        return False
    return not any(
        hit.end <= h.start < country.start and h.kind not in ("sector", "subject")
        for h in sentence.hits
    )


def _without_field(sentence: Sentence, start: int, end: int) -> str:
    """The text between a title and a country after it, less the title's own field right after
    the title ("وزير الصحة الإسرائيلي", "שר הבריאות הישראלי")."""
    for h in sentence.kind("subject"):
        if 0 <= _word_start(sentence.norm, h.start) - start <= 2 and h.end <= end:
            return sentence.norm[_word_end(sentence.norm, h.end) : end]
    return sentence.norm[start:end]


def _word_end(norm: str, pos: int) -> int:
    while pos < len(norm) and norm[pos].isalpha():
        pos += 1
    return pos


def _word_start(norm: str, pos: int) -> int:
    """Where the word holding `pos` starts: a hit may begin after a prefix glued to it (Hebrew
    "הישראלי", the Israeli; Arabic "والإسرائيلي")."""
    while pos > 0 and norm[pos - 1].isalpha():
        pos -= 1
    return pos


def _is_place(hit: Hit, lexicon: Lexicon) -> bool:
    return hit.kind == "actor" and lexicon.actors[hit.key].kind == "place"


def _country_of(hit: Hit, lexicon: Lexicon) -> str | None:
    if hit.kind in ("side", "third"):
        return hit.key
    if hit.kind == "actor":
        actor = lexicon.actors[hit.key]
        if actor.kind in ("institution", "place"):
            return actor.country
    return None


def _side_of(hit: Hit, lexicon: Lexicon) -> str | None:
    if hit.kind == "side":
        return hit.key
    if hit.kind == "actor":
        actor = lexicon.actors[hit.key]
        if actor.country in SIDES and actor.kind in ("institution", "place"):
            return actor.country
    return None
