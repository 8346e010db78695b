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

from monitor.errors import MonitorError

SIDES = ("KZ", "IL")
CUE_LABELS = frozenset(
    {
        "sign",
        "ratify",
        "in_force",
        "in_force_noun",
        "not_done",  # agreements
        "visa_change",
        "visa_decision",
        "flight",
        "flight_change",
        "talks_only",  # travel
        "visit",
        "arrive",
        "invite",  # visits
        "in_talks",  # talks
        "join",
        "join_nominal",  # multilateral
        "economic_event",
        "trade_figure",
        "project",
        "launch",
        "investment",
        "business_deal",
        "speech",
        "relation",
        "relation_weak",
        "tension",
        "pronoun",  # statements and tension
        "background",
        "sports",
        "bilateral",
        "boilerplate",  # relevance
        "future",
        "past",  # tense
    }
)
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
}
_PATTERN = re.compile(r"^[^*\s][^*]*(?:\*[^*]*)*$")


class VocabularyError(MonitorError):
    """A vocabulary file is missing, unreadable or holds an invalid value."""


def _check_pattern(value: str) -> str:
    head = value.split("*", 1)[0]
    if not _PATTERN.match(value) or len(head.strip()) < 2:
        raise ValueError(
            f"pattern {value!r} must start with at least two characters before any '*'"
        )
    return value


Pattern = Annotated[str, AfterValidator(_check_pattern)]
LangKey = Annotated[str, Field(pattern=r"^(?:[a-z]{2,3}|any)$")]
PatternsByLang = dict[LangKey, list[Pattern]]
CountryCode = Annotated[str, Field(pattern=r"^[A-Z]{2}$")]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


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
    aliases: list[Pattern] = Field(min_length=1)


class ActorsFile(_Strict):
    actor: list[Actor]


class CuesFile(_Strict):
    cue: dict[str, PatternsByLang]
    subject: dict[str, PatternsByLang] = {}
    instrument: dict[str, PatternsByLang] = {}
    sector: dict[str, PatternsByLang] = {}
    format: dict[str, PatternsByLang] = {}
    visa_subject: dict[str, PatternsByLang] = {}
    stance: dict[str, PatternsByLang] = {}
    framework: dict[str, PatternsByLang] = {}
    role: dict[str, PatternsByLang] = {}
    # When Kazakhstan joined a framework (YYYY-MM): an undated "Kazakhstan joined X" in a later
    # article is that step restated, not news of the article's day.
    joined: dict[str, Annotated[str, Field(pattern=r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")]] = {}

    @field_validator("cue")
    @classmethod
    def _known_labels(cls, value: dict[str, Any]) -> dict[str, Any]:
        unknown = sorted(set(value) - CUE_LABELS)
        if unknown:
            raise ValueError(f"unknown cue label {unknown[0]!r}; known: {sorted(CUE_LABELS)}")
        return value

    @field_validator("subject", "instrument", "sector", "format", "visa_subject", "stance")
    @classmethod
    def _taxonomy_values(cls, value: dict[str, Any], info: Any) -> dict[str, Any]:
        allowed = FIELD_VALUES[info.field_name]
        unknown = sorted(set(value) - allowed)
        if unknown:
            raise ValueError(f"{unknown[0]!r} is not a taxonomy value; allowed: {sorted(allowed)}")
        return value


class DatesFile(_Strict):
    relative_day: dict[Literal["-2", "-1", "0", "1", "2"], PatternsByLang]
    relative_week: dict[Literal["-1", "0", "1"], PatternsByLang]
    relative_month: dict[Literal["-1", "0", "1"], PatternsByLang]
    relative_year: dict[Literal["-1", "0", "1"], PatternsByLang]
    month_extra: dict[Annotated[str, Field(pattern=r"^(?:[1-9]|1[0-2])$")], PatternsByLang] = {}
    season: dict[Literal["spring", "summer", "autumn", "winter"], PatternsByLang] = {}
    weekday_languages: list[LangKey] = []
    month_languages: list[LangKey] = []


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


class Vocabulary(_Strict):
    """Everything the detector knows, as validated data."""

    countries: CountriesFile
    actors: ActorsFile
    cues: CuesFile
    dates: DatesFile
    relevance: RelevanceFile
    directory: Path


_FILES: dict[str, type[BaseModel]] = {
    "countries": CountriesFile,
    "actors": ActorsFile,
    "cues": CuesFile,
    "dates": DatesFile,
    "relevance": RelevanceFile,
}


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
    return Vocabulary(directory=folder, **parts)
