"""Load and validate the detection vocabulary (`config/vocabulary/*.toml`)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    field_validator,
)

from monitor.detect.language import SCRIPTS
from monitor.errors import MonitorError

SIDES = ("KZ", "IL")


def other_side(side: str | None) -> str:
    """The side that is not `side` (Israel for Kazakhstan, Kazakhstan for anything else)."""
    return "KZ" if side == "IL" else "IL"


CUE_LABELS = frozenset(
    {
        "sign",
        "document",  # "signed documents": papers of no named kind
        "ratify",
        "in_force",
        "in_force_noun",
        "stage_noun",  # "the signing", "подписание": a stage named as a noun
        "not_done",  # agreements
        "visa_change",
        "visa_decision",
        "flight",
        "flight_change",
        "talks_only",  # travel
        "visit",
        "trip",  # one journey, as written ("trip", "поездку"): "trips to Israel" are tourism
        "travel",  # journeys in any form ("trips", "поездки"): a relevance cue, no visit
        "arrive",
        "depart",  # "left for", "вылетел в": the journey begun, not yet every stop reached
        "en_route",  # "before leaving", "on his way to": the host's country not reached yet
        "reception",  # "received", "принял", "استقبل": a head of state or government hosting
        "stay",  # "was in", "is in": a visit only where a place of a side follows at once
        "accompany",  # "accompanied by": one goes on another's visit
        "invite",  # visits
        "at_invitation",  # "at the invitation of": who hosts, not whether the visit is made
        "speak_with",  # "spoke with", "parlato con": a call, with one named of each side
        "in_talks",  # talks
        "join",
        "join_nominal",  # multilateral
        "named_joiner",  # "the country in question is Kazakhstan": who an unnamed new member is
        "economic_event",
        "venue",  # "forum", "exhibition": an economic event only where trade or a sector is named
        "trade_figure",
        "project",
        "launch",
        "build",  # "will build a plant", "построит завод": a project announced is news
        "investment",
        "venture",  # "joint venture", "совместное предприятие": a deal, news when announced
        "business_deal",
        "company",  # "company", "firm": a signing by one is a business deal, no state agreement
        "state_company",  # "national water company", "госкомпания": a side itself, not business
        "speech",
        "greet",  # "welcomed", "begrüßte": a host greeting a guest named next says no stance
        "message",  # a condolence, congratulation or letter: addressed to the other side
        "interview",  # the article is one person's interview: their statement
        "relation",
        "relation_weak",
        "tension",
        "appeal",  # "called on", "urged": a speech act addressed to whoever is named next
        "attack",  # "attack", "terror": condemning one on a side is solidarity, no friction
        "hatred",  # "antisemitism", "hatred", "violence": condemning an evil names no side
        "pronoun",  # statements and tension
        "background",
        "sports",
        "community",  # Jewish communities and congresses: people and groups, not the two states
        "consular",  # evacuating or bringing home one side's citizens: a state and its own people
        "bilateral",
        "boilerplate",  # relevance
        "future",
        "starting",  # "from June", "à partir de", "החל מ": ahead unless it starts today or before
        "past",  # tense
        "just",  # "has just", "только что", "appena": today's news, whatever older step it names
        "past_perfect",  # "had signed": history, or a past one reports ("said they had met")
        "whole",  # a word never read as attached letters + a term: Hebrew "להגיע" (to arrive)
    }
)
# Cue labels about tense, mood and reference ("will", "was", "has yet to", "he"), and role
# titles, whose number tells one official from several ("the minister" / "the ministers"):
# matched on the words as written, never on their lemmas, which drop exactly what they tell apart.
GRAMMATICAL_LABELS = frozenset(
    {"future", "starting", "past", "not_done", "background", "pronoun", "in_talks", "talks_only",
     "join_nominal", "boilerplate", "trip", "stay", "whole", "just", "past_perfect", "depart",
     "en_route"}
)  # fmt: skip
# Function words the rules read structure from, per language (plain words and phrases).
GRAMMAR_KEYS = frozenset(
    {
        "conjunction",  # joins the items of a list: "and", "as well as", "и", "а также"
        "conjunction_prefix",  # "and" written on the next word: Arabic "وال", Hebrew "וה"
        "between",  # "between A and B": the parties of a document, not a list of its topics
        "during",  # "during" in "during the visit": what follows happened on the visit
        "after",  # "following" in "following a phone call": what follows had taken place
        "after_post",  # the same after its noun (tr "görüşmenin ardından", kk "-ден кейін")
        "marker",  # Latin script: words nearly every text of the language holds ("the", "und")
        "topic",  # introduces what a document is about: "on", "in the field of", "о", "в сфере"
        "topic_after",  # closes it in a verb-final language: kk "салаларындағы", tr "alanlarında"
        "clause",  # opens a clause: "that", "which", "while", "который", "qui"
        "complementizer",  # "that" after a speech verb (ar "ان", he "כי"): no part of a name
        "name_suffix",  # a case ending after an apostrophe on a name: tr "Harel'in", "Astana'ya"
        "passive_auxiliary",  # "was" in "was told": the subject does not speak
        "agent",  # "by" in "were praised by X": who does what a passive tells
        "generic_speaker",  # "officials said", "both sides said": nobody named speaks
        "speaker_gap",  # may stand between a speaker and the verb: "also", "today"
        "time_preposition",  # "on" in "Kazakhstan on Friday said"
        "commentator",  # "said an analyst": someone outside either side speaks
        "definite",  # "the", "his": a title that refers back to someone named
        "indefinite",  # "a", "another", "former": a title that names someone else
        "of",  # joins a title to its country: "minister of", "ministre de"
        "first",  # "first" / "впервые" ... "in 16 years"
        "span_in",  # "in"/"for"/"за" before a number of years
        "years",  # "years", "лет"
        "since",  # "since" / "с" before a year
        "first_ever",  # "first ever", "впервые в истории"
        "date_last",  # "last" / "прошлый" before a weekday or season
        "date_this",  # "this" / "этой"
        "date_next",  # "next" / "следующий"
        "ordinal_suffix",  # "3rd", "1er", "3-го"
        "day_of_month",  # Russian "3-го числа": a day of a month left untold
        "day_one",  # the first of a month in words: "primo" giugno, "اول" ژوئن
        "year_context",  # a year counts as a date after "in", "since", "в"
        "year_word",  # ... or before "year", "году", "жыл"
        "year_word_before",  # Kazakh "2025 жылғы 7 қараша": the year word before the month
        "year_noun",  # "year" in "in March last year", "года" in "в марте прошлого года"
        "month_context",  # an English month name that is also a word ("may") needs one of these
        "month_context_after",  # ... or one of these after it: Turkish "mayıs ayında"
        "bound",  # "since", "until", "до": the date bounds a period, it is not when
        "bound_filler",  # "since at least the ..."
        "bound_not",  # begins like a bound and is none: Russian "по итогам" ("for") 2024
        "bound_from",  # Russian "с 1 марта": from a day on, an effective date
        "bound_after",  # Turkish "2005'ten bu yana", Kazakh "2005 жылдан бері": since, after it
        "unit",  # "tonnes", "barrels", "тонн": a trade figure in goods
        "locative_ending",  # Kazakh "Қазақстандағы" ("in Kazakhstan"): where, not whose
        "locative_case",  # Kazakh "Ақордада", Turkish "Akorda'da" ("in Akorda"): a seat as a place
        "comparison",  # "compared with", "same period": a date a figure is compared against
        "adopted",  # what a body adopts: "закон", "заң", "kanun" beside "принял", "қабылдады"
        "comparison_after",  # ... or a postposition after it: "2024 жылмен салыстырғанда"
        "ago",  # "three days ago", "три дня назад"
        "ago_before",  # "vor drei Tagen", "il y a trois jours": the word before the number
        "date_last_after",  # "el martes pasado": "last" after the weekday
        "unit_day",
        "unit_week",
        "unit_month",
        "unit_year",
        "vague_number",  # "a few days ago" names no day
        "abbreviation",  # a dot after "Mr", "Gen", "г" ends no sentence
        "country_body",  # "the Kazakh side noted": the country itself speaks
        "including",  # "signed six documents, including agreements on ...": the list goes on
        "single_instrument",  # "a memorandum" (not "memoranda"): topics after it are one paper's
        "negation",  # "no", "не", "kein": a travel warning "not issued" is none
        "after_day_dot",  # "am 27. Januar": a day number's dot before these ends no sentence
        "habitual",  # "often", "regularly": a habit, not an event
        "former",  # "former minister": no office holder now
        "pronoun_thing",  # "it": refers to an institution
        "pronoun_plural",  # "they": refers to nobody in particular
        "place_preposition",  # "in", "на": capitalised words after it name a place, no speaker
        "percent",  # "15 percent", "на 15 процентов" (the sign % is known in every language)
    }
)
VALUE_TABLES = frozenset({"currency", "multiplier", "year_offset", "number"})
FIELD_VALUES: dict[str, frozenset[str]] = {
    "subject": frozenset(
        {
            "visa",
            "trade",
            "diplomatic_training",
            "public_diplomacy",
            "water",
            "agriculture",
            "health",
            "defence",
            "aviation",
            "other",
        }
    ),
    "instrument": frozenset(
        {
            "treaty",
            "agreement",
            "memorandum_of_intent",
            "memorandum_of_understanding",
            "protocol",
            "roadmap",
        }
    ),
    "sector": frozenset(
        {"agriculture", "water", "cyber", "health", "energy", "tech", "trade", "other"}
    ),
    "format": frozenset({"meeting", "call", "consultations", "sidelines"}),
    "visa_subject": frozenset({"visa_free", "visa_simplified", "flights", "tourism"}),
    "stance": frozenset({"positive", "neutral", "negative"}),
    # What kind of friction a tension is (its `about`).
    "tension": frozenset(
        {
            "protest",
            "summons",
            "condemnation",
            "boycott",
            "recall",
            "cancellation",
            "travel_warning",
            "sanctions",
            "accusation",
        }
    ),
}
_PATTERN = re.compile(r"^[^*\s][^*]*(?:\*[^*]*)*$")
# A word gap: "*{m,n}" standing alone between spaces, m to n words (see monitor/detect/matcher.py).
_GAP = re.compile(r"(?<= )\*\{(\d),(\d)\}(?= )")


# Titles that name an organisation rather than a person.
INSTITUTION_ROLES = frozenset(
    {
        "Foreign Ministry",
        "Embassy",
        "Trade Ministry",
        "Ministry",
        "Agency",
        "Government",
        "Spokesperson",
    }
)


class VocabularyError(MonitorError):
    """A vocabulary file is missing, unreadable or holds an invalid value."""


def _check_pattern(value: str) -> str:
    word = value[1:] if value.startswith("*") and " " not in value else value  # "*abkommen"
    head = word.split("*", 1)[0]
    if not _PATTERN.match(word) or len(head.strip()) < 2:
        raise ValueError(
            f"pattern {value!r} must start with at least two characters before any '*'"
        )
    unread = _GAP.sub("", value)
    backwards = any(not 0 < int(m) <= int(n) for m, n in _GAP.findall(value))
    if backwards or "{" in unread or "}" in unread:
        raise ValueError(
            f"pattern {value!r}: a word gap is written '*{{m,n}}' between spaces,"
            " with 1 <= m <= n <= 9 (m to n words)"
        )
    return value


Pattern = Annotated[str, AfterValidator(_check_pattern)]
LangKey = Annotated[str, Field(pattern=r"^(?:[a-z]{2,3}|any)$")]
PatternsByLang = dict[LangKey, list[Pattern]]
CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{2}$")]


class _Strict(BaseModel):
    # Validators are built on the first validation, not on import: a process that detects
    # takes its vocabulary from the cache (monitor.detect.lexicon) and never validates one.
    model_config = ConfigDict(extra="forbid", frozen=True, defer_build=True)


class CountriesFile(_Strict):
    cldr_languages: list[LangKey] = []
    third_country_languages: list[LangKey] = []
    cldr_skip: list[str] = []
    country: dict[Literal["KZ", "IL"], PatternsByLang]
    third_country: dict[CountryCode, PatternsByLang] = {}

    @field_validator("country")
    @classmethod
    def _both_sides(cls, value: dict[str, Any]) -> dict[str, Any]:
        missing = [side for side in SIDES if side not in value]
        if missing:
            raise ValueError(f"missing [country.{missing[0]}] table")
        return value


class Actor(_Strict):
    id: Annotated[str, Field(pattern=r"^[a-z0-9_]+$")]
    name: str
    country: CountryCode
    kind: Literal["person", "institution", "place", "topic"]
    role: str | None = None
    # An institution named by its building ("received in Akorda"): a meeting there is held in
    # its country.
    seat: bool = False
    aliases: list[Pattern] = Field(min_length=1)


class ActorsFile(_Strict):
    actor: list[Actor]


class _FieldTables(_Strict):
    subject: dict[str, Any] = {}
    instrument: dict[str, Any] = {}
    sector: dict[str, Any] = {}
    format: dict[str, Any] = {}
    visa_subject: dict[str, Any] = {}
    stance: dict[str, Any] = {}
    framework: dict[str, Any] = {}
    role: dict[str, Any] = {}
    tension: dict[str, Any] = {}

    @field_validator(
        "subject", "instrument", "sector", "format", "visa_subject", "stance", "tension"
    )
    @classmethod
    def _taxonomy_values(cls, value: dict[str, Any], info: Any) -> dict[str, Any]:
        allowed = FIELD_VALUES[info.field_name]
        unknown = sorted(set(value) - allowed)
        if unknown:
            raise ValueError(f"{unknown[0]!r} is not a taxonomy value; allowed: {sorted(allowed)}")
        return value


class CuesFile(_FieldTables):
    """Cue and field words of every language, by label and then language."""

    cue: dict[str, PatternsByLang]
    subject: dict[str, PatternsByLang] = {}
    instrument: dict[str, PatternsByLang] = {}
    sector: dict[str, PatternsByLang] = {}
    format: dict[str, PatternsByLang] = {}
    visa_subject: dict[str, PatternsByLang] = {}
    stance: dict[str, PatternsByLang] = {}
    framework: dict[str, PatternsByLang] = {}
    role: dict[str, PatternsByLang] = {}
    tension: dict[str, PatternsByLang] = {}
    # When Kazakhstan joined a framework (YYYY-MM): an undated "Kazakhstan joined X" in a later
    # article is that step restated, not news of the article's day.
    joined: dict[str, Annotated[str, Field(pattern=r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")]] = {}


class DatesFile(_Strict):
    relative_day: dict[Literal["-2", "-1", "0", "1", "2"], PatternsByLang] = {}
    relative_week: dict[Literal["-1", "0", "1"], PatternsByLang] = {}
    relative_month: dict[Literal["-1", "0", "1"], PatternsByLang] = {}
    relative_year: dict[Literal["-1", "0", "1"], PatternsByLang] = {}
    month_extra: dict[Annotated[str, Field(pattern=r"^(?:[1-9]|1[0-2])$")], PatternsByLang] = {}
    weekday_extra: dict[Annotated[str, Field(pattern=r"^[0-6]$")], PatternsByLang] = {}
    season: dict[Literal["spring", "summer", "autumn", "winter"], PatternsByLang] = {}
    weekday_languages: list[LangKey] = []
    month_languages: list[LangKey] = []
    weekday_endings: dict[LangKey, dict[str, list[str]]] = {}
    weekday_any_ending: list[LangKey] = []


class LanguageDates(_Strict):
    relative_day: dict[Literal["-2", "-1", "0", "1", "2"], list[Pattern]] = {}
    relative_week: dict[Literal["-1", "0", "1"], list[Pattern]] = {}
    relative_month: dict[Literal["-1", "0", "1"], list[Pattern]] = {}
    relative_year: dict[Literal["-1", "0", "1"], list[Pattern]] = {}
    month_extra: dict[Annotated[str, Field(pattern=r"^(?:[1-9]|1[0-2])$")], list[Pattern]] = {}
    # Weekday phrases where CLDR's names are off (Arabic "الاثنين" is also "the two"): 0 = Monday.
    weekday_extra: dict[Annotated[str, Field(pattern=r"^[0-6]$")], list[Pattern]] = {}
    season: dict[Literal["spring", "summer", "autumn", "winter"], list[Pattern]] = {}


class LanguageFile(_FieldTables):
    """One language's words (`languages/<code>.toml`): adding a language is adding a file."""

    lemmatizer: Literal["pymorphy3", "simplemma", "none"] = "none"
    script: str  # one of language.SCRIPTS
    letters: str = ""  # letters only this language uses among those of its script
    months: bool = False  # month names from CLDR
    weekdays: bool = False  # weekday names from CLDR
    # Other forms of a CLDR weekday name: by its ending ("среда" -> "среду"), or any ending.
    weekday_endings: dict[str, list[str]] = {}
    weekday_any_ending: bool = False
    # Subject-object-verb order (Turkish, Kazakh, Persian): a speaker may stand a whole clause
    # before "dedi" / "деді".
    verb_final: bool = False
    # Verb-subject-object order (Arabic): "رحبت إسرائيل" ("welcomed Israel") is Israel speaking.
    verb_first: bool = False
    # The owner stands before what it owns (Kazakh "Израиль Сыртқы істер министрлігі", Turkish
    # "İsrail Dışişleri Bakanı"): a country after a title is never the title's.
    owner_first: bool = False
    # Separable verbs (German "rief ... auf", "tritt ... bei"): a particle closing a clause ->
    # the verbs (as lemmas) it may belong to; their lemmas are then read whole ("aufrufen").
    separable: dict[str, list[str]] = {}
    # Lemmas the library gives that would mislead the rules, word -> lemma to use instead
    # (English "according" -> "accord", the word for an agreement).
    fixed_lemmas: dict[str, str] = {}
    cue: dict[str, list[Pattern]] = {}
    subject: dict[str, list[Pattern]] = {}
    instrument: dict[str, list[Pattern]] = {}
    sector: dict[str, list[Pattern]] = {}
    format: dict[str, list[Pattern]] = {}
    visa_subject: dict[str, list[Pattern]] = {}
    stance: dict[str, list[Pattern]] = {}
    framework: dict[str, list[Pattern]] = {}
    role: dict[str, list[Pattern]] = {}
    tension: dict[str, list[Pattern]] = {}
    dates: LanguageDates = Field(default_factory=LanguageDates)
    grammar: dict[str, list[str]] = {}
    values: dict[str, dict[str, str | float]] = {}  # word -> value: currency codes, multipliers

    @field_validator("script")
    @classmethod
    def _known_script(cls, value: str) -> str:
        if value not in SCRIPTS:
            raise ValueError(f"unknown script {value!r}; known: {sorted(SCRIPTS)}")
        return value

    @field_validator("values")
    @classmethod
    def _known_tables(cls, value: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(value) - VALUE_TABLES)
        if unknown:
            raise ValueError(f"unknown value table {unknown[0]!r}; known: {sorted(VALUE_TABLES)}")
        return value

    @field_validator("grammar")
    @classmethod
    def _known_grammar(cls, value: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(value) - GRAMMAR_KEYS)
        if unknown:
            raise ValueError(f"unknown grammar key {unknown[0]!r}; known: {sorted(GRAMMAR_KEYS)}")
        return value

    @field_validator("cue")
    @classmethod
    def _known_labels(cls, value: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(value) - CUE_LABELS)
        if unknown:
            raise ValueError(f"unknown cue label {unknown[0]!r}; known: {sorted(CUE_LABELS)}")
        return value


class StepsFile(_Strict):
    """Steps already known to have happened, for dating undated restatements."""

    joined: dict[str, Annotated[str, Field(pattern=r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")]] = {}


class RelevanceFile(_Strict):
    threshold: float = Field(gt=0)
    title_pair: float = Field(ge=0)
    title_side_event: float = Field(ge=0)
    pair_strong: float = Field(ge=0)
    pair_weak: float = Field(ge=0)
    bilateral: float = Field(ge=0)
    event_cue: float = Field(ge=0)
    min_side_mentions: float = Field(ge=0)
    sports_cues: int = Field(ge=1)
    list_countries: int = Field(ge=3)
    focus_ratio: float = Field(gt=0)
    focus_penalty: float = Field(ge=0, le=1)
    unlinked_penalty: float = Field(ge=0, le=1)
    community_lead: int = Field(ge=0)
    community_penalty: float = Field(ge=0, le=1)


class Vocabulary(_Strict):
    """Everything the detector knows, as validated data."""

    countries: CountriesFile
    actors: ActorsFile
    cues: CuesFile
    dates: DatesFile
    relevance: RelevanceFile
    languages: dict[str, LanguageFile]
    directory: Path

    def grammar(self, key: str) -> list[str]:
        """Every language's words for a grammar key, longest first."""
        words = {w for f in self.languages.values() for w in f.grammar.get(key, [])}
        return sorted(words, key=lambda w: (-len(w), w))

    def values(self, table: str) -> dict[str, str | float]:
        """Every language's word -> value pairs of a value table."""
        return {w: v for f in self.languages.values() for w, v in f.values.get(table, {}).items()}

    def lemmatizer(self, lang: str) -> str:
        """The lemmatiser a language's file names ("none" for a language without a file)."""
        known = self.languages.get(lang)
        return known.lemmatizer if known else "none"


_FILES: dict[str, type[BaseModel]] = {
    "countries": CountriesFile,
    "actors": ActorsFile,
    "steps": StepsFile,
    "relevance": RelevanceFile,
}
_LANGUAGE_FILE = re.compile(r"^[a-z]{2,3}$")


def default_directory() -> Path:
    """The repository's `config/vocabulary` folder."""
    beside_code = Path(__file__).resolve().parents[2] / "config" / "vocabulary"
    if beside_code.is_dir():
        return beside_code
    # Installed as a wheel, the code no longer sits in the checkout: use the working directory's.
    return Path.cwd() / "config" / "vocabulary"


def _location(loc: tuple[Any, ...]) -> str:
    return ".".join(str(part) for part in loc) or "(top level)"


def _read(path: Path, model: type[BaseModel]) -> BaseModel:
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise VocabularyError(f"{path}: vocabulary file is missing") from exc
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise VocabularyError(f"{path}: cannot read TOML: {exc}") from exc
    try:
        return model.model_validate(raw)
    except ValidationError as exc:
        first = exc.errors()[0]
        raise VocabularyError(
            f"{path}: key {_location(first['loc'])}: {first['msg']}"
            f" ({exc.error_count()} error(s) in this file)"
        ) from exc


def load_vocabulary(directory: Path | str | None = None) -> Vocabulary:
    """Read and validate every vocabulary file in `directory` (default: the repo's)."""
    folder = Path(directory) if directory is not None else default_directory()
    if not folder.is_dir():
        raise VocabularyError(f"{folder}: vocabulary directory does not exist")
    parts = {name: _read(folder / f"{name}.toml", model) for name, model in _FILES.items()}
    languages: dict[str, LanguageFile] = {}
    for path in _language_files(folder):
        if not _LANGUAGE_FILE.match(path.stem):
            raise VocabularyError(f"{path}: a language file is named by its ISO 639 code (en.toml)")
        languages[path.stem] = _read(path, LanguageFile)  # type: ignore[assignment]
    if not languages:
        raise VocabularyError(f"{folder / 'languages'}: no language files (<code>.toml)")
    steps = parts.pop("steps")
    return Vocabulary(
        directory=folder, languages=languages, cues=_cues(languages, steps),
        dates=_dates(languages), **parts,
    )  # fmt: skip


def vocabulary_files(folder: Path) -> list[Path]:
    """The files `load_vocabulary` reads from `folder` (some may be missing)."""
    return [*(folder / f"{name}.toml" for name in _FILES), *_language_files(folder)]


def _language_files(folder: Path) -> list[Path]:
    return sorted((folder / "languages").glob("*.toml"))


def _cues(languages: dict[str, LanguageFile], steps: StepsFile) -> CuesFile:
    """Every language's cue and field words, by label and then language."""
    tables: dict[str, dict[str, dict[str, list[str]]]] = {}
    for lang, words in languages.items():
        for section in ("cue", *_FieldTables.model_fields):
            for label, patterns in getattr(words, section).items():
                tables.setdefault(section, {}).setdefault(label, {})[lang] = patterns
    return CuesFile(cue=tables.pop("cue", {}), joined=steps.joined, **tables)


def _dates(languages: dict[str, LanguageFile]) -> DatesFile:
    tables: dict[str, dict[str, dict[str, list[str]]]] = {}
    for lang, words in languages.items():
        for section in LanguageDates.model_fields:
            for key, patterns in getattr(words.dates, section).items():
                tables.setdefault(section, {}).setdefault(key, {})[lang] = patterns
    return DatesFile(
        month_languages=[lang for lang, words in languages.items() if words.months],
        weekday_languages=[lang for lang, words in languages.items() if words.weekdays],
        weekday_endings={lang: w.weekday_endings for lang, w in languages.items()},
        weekday_any_ending=[lang for lang, w in languages.items() if w.weekday_any_ending],
        **tables,
    )
