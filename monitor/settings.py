"""Typed settings from config/monitor.toml plus MONITOR_* environment variables.

The file is read, the environment laid over it (`MONITOR_<KEY>`, `MONITOR_<SECTION>__<KEY>`, JSON
for lists), and the result validated once; every problem names where its value came from: the
file and key, or the environment variable.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tomllib
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
)

from monitor.errors import ConfigError
from monitor.location import DEFAULT_DATABASE_URL, config_path, sqlite_file

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|m|h|d)?\s*$")
_UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400, None: 1}


def parse_duration(value: Any) -> timedelta:
    """'90s', '30m', '2h', '1d' or a number of seconds."""
    if isinstance(value, timedelta):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return timedelta(seconds=value)
    match = _DURATION.match(str(value))
    if not match:
        raise ValueError(f"{value!r} is not a duration like '90s', '30m', '2h' or '1d'")
    return timedelta(seconds=float(match[1]) * _UNIT_SECONDS[match[2]])


def _positive(value: timedelta) -> timedelta:
    if value <= timedelta(0):
        raise ValueError("must be longer than zero, like '30s'")
    return value


def _not_negative(value: timedelta) -> timedelta:
    if value < timedelta(0):
        raise ValueError("must not be negative")
    return value


Duration = Annotated[timedelta, BeforeValidator(parse_duration), AfterValidator(_positive)]
Pause = Annotated[timedelta, BeforeValidator(parse_duration), AfterValidator(_not_negative)]
Port = Annotated[int, Field(ge=1, le=65535)]
_ADDRESS = re.compile(r"^(?:[^<>]*<)?[^\s<>@]+@[^\s<>@]+>?$")  # name@host or Name <name@host>


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FeedConfig(Section):
    name: str = Field(min_length=1, max_length=100, pattern=r"^[\w.\-]+$")
    url: str
    language: str = "en"
    interval: Duration = timedelta(minutes=30)
    full_text: bool = False

    @field_validator("url")
    @classmethod
    def _http_only(cls, url: str) -> str:
        if not re.match(r"^https?://[^/\s]+", url):
            raise ValueError(f"{url!r} is not an http(s) URL")
        return url


class FetchConfig(Section):
    connect_timeout: Duration = timedelta(seconds=10)
    request_timeout: Duration = timedelta(seconds=30)
    max_body_bytes: int = Field(default=15 * 1024 * 1024, gt=0)
    concurrency: int = Field(default=8, ge=1, le=64)
    # Processes that parse feeds (and pre-assess their articles) on large passes; 0 parses in
    # the fetching threads.
    parse_workers: int = Field(default_factory=lambda: min(4, os.cpu_count() or 1), ge=0, le=32)
    per_host_in_flight: int = Field(default=1, ge=1)
    per_host_spacing: Pause = timedelta(seconds=1)
    backoff_cap: Duration = timedelta(hours=24)
    # How long a claimed feed stays with the instance fetching it unless renewed; the instance
    # renews its leases while it works and releases them when it stops, so this only delays
    # another instance after a crash on another host.
    lease: Duration = timedelta(minutes=1)
    failing_after: int = Field(default=3, ge=1)
    user_agent: str = "kz-il-monitor/0.1 (news monitor; +https://github.com/kz-il-monitor)"


_SERVICE_URL = re.compile(r"^[a-z][a-z0-9+.]*://\S")
_QUIET = re.compile(r"^(\d{2}):(\d{2})\s*-\s*(\d{2}):(\d{2})$")
# A development's stage as the channels' `stages` filter names it: an agreement's step on the
# ladder, or a travel change's status.
ChannelStage = Literal["memorandum_of_intent", "signed", "ratified", "in_force", "decided"]


def _zone(name: str) -> str:
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"{name!r} is not an IANA time zone like 'Asia/Almaty'") from None
    return name


class ChannelFilters(Section):
    """What a delivery channel is sent: every development unless these narrow it."""

    types: list[str] | None = None  # development types (taxonomy), e.g. ["agreement_signed"]
    min_sources: int = Field(default=1, ge=1)  # held back until this many outlets report it
    stages: list[ChannelStage] | None = None
    quiet_hours: str | None = None  # "22:00-07:00": deliveries wait until it ends
    timezone: str = "UTC"  # of quiet_hours (and of an Apprise channel's briefing)

    @field_validator("types")
    @classmethod
    def _known_types(cls, types: list[str] | None) -> list[str] | None:
        from monitor.developments.model import DEVELOPMENT_TYPES

        unknown = [t for t in types or () if t not in DEVELOPMENT_TYPES]
        if unknown:
            raise ValueError(
                f"unknown development type {', '.join(map(repr, unknown))}; "
                f"known: {', '.join(DEVELOPMENT_TYPES)}"
            )
        return types

    @field_validator("quiet_hours")
    @classmethod
    def _hours(cls, value: str | None) -> str | None:
        match = _QUIET.match(value.strip()) if value else None
        if value and (
            not match or int(match[1]) > 23 or int(match[3]) > 23
            or int(match[2]) > 59 or int(match[4]) > 59 or match.group(1, 2) == match.group(3, 4)
        ):  # fmt: skip
            raise ValueError(f"{value!r} is not a span of hours like '22:00-07:00'")
        return value

    @field_validator("timezone")
    @classmethod
    def _channel_timezone(cls, name: str) -> str:
        return _zone(name)


class WebhookConfig(ChannelFilters):
    url: str
    secret: str | None = None
    secret_env: str | None = None
    max_attempts: int = Field(default=12, ge=1)
    # A stable channel name; without one it is derived from the URL (see monitor.notify).
    name: str | None = Field(default=None, max_length=80, pattern=r"^[\w.\-]+$")
    timeout: Duration = timedelta(seconds=10)
    backoff_base: Duration = timedelta(seconds=30)
    backoff_cap: Duration = timedelta(hours=6)

    @field_validator("url")
    @classmethod
    def _webhook_http_only(cls, url: str) -> str:
        if not re.match(r"^https?://[^/\s]+", url):
            raise ValueError("is not an http(s) URL")
        return url

    def resolved_secret(self) -> str | None:
        return os.environ.get(self.secret_env) if self.secret_env else self.secret

    @property
    def channel(self) -> str:
        """The stable channel name: `name`, else derived from the URL."""
        return self.name or "webhook-" + hashlib.sha256(self.url.encode()).hexdigest()[:10]


class NotifyConfig(ChannelFilters):
    """A `[[notify]]` entry: chat services through Apprise URLs (tgram://, slack://, json://...)."""

    name: str = Field(max_length=80, pattern=r"^[\w.\-]+$")
    urls: list[str] = []
    urls_env: str | None = None  # a variable holding the URLs, separated by spaces or commas
    max_attempts: int = Field(default=12, ge=1)
    timeout: Duration = timedelta(seconds=10)
    backoff_base: Duration = timedelta(seconds=30)
    backoff_cap: Duration = timedelta(hours=6)
    sources: int = Field(default=3, ge=0, le=10)  # outlets linked under each message
    # The names of `[[digests]]` whose opening briefing is sent here too when they close a period.
    briefings: list[str] = []

    @field_validator("urls")
    @classmethod
    def _service_urls(cls, urls: list[str]) -> list[str]:
        # Entries are named by their place only: an Apprise URL holds tokens.
        bad = [str(n + 1) for n, url in enumerate(urls) if not _SERVICE_URL.match(url)]
        if bad:
            raise ValueError(f"entry {', '.join(bad)} is not a service URL like 'tgram://...'")
        return urls

    def resolved_urls(self) -> list[str]:
        listed = list(self.urls)
        if self.urls_env:
            listed += [u for u in re.split(r"[\s,]+", os.environ.get(self.urls_env, "")) if u]
        return listed


class SmtpConfig(Section):
    host: str = "localhost"
    port: Port = 25
    username: str | None = None
    password_env: str | None = None
    starttls: bool = False
    sender: str = "kz-il-monitor@localhost"
    password: str | None = None
    # "starttls" upgrades a plain connection, "tls" is implicit TLS (port 465); `starttls = true`
    # without `tls` means "starttls".
    tls: Literal["starttls", "tls", "none"] | None = None
    timeout: Duration = timedelta(seconds=30)

    def tls_mode(self) -> str:
        return self.tls or ("starttls" if self.starttls else "none")

    def resolved_password(self) -> str | None:
        return os.environ.get(self.password_env) if self.password_env else self.password


class DigestConfig(Section):
    to: list[str] = Field(min_length=1)
    schedule: Literal["daily", "weekly"] = "daily"
    at: str = "08:00"
    timezone: str = "UTC"
    weekday: Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"] = "mon"
    # A stable channel name; without one it is derived from the recipients.
    name: str | None = Field(default=None, max_length=80, pattern=r"^[\w.\-]+$")
    send_when_empty: bool = False
    subject: str = "Kazakhstan–Israel relations: digest"

    @field_validator("to")
    @classmethod
    def _addresses(cls, recipients: list[str]) -> list[str]:
        bad = [address for address in recipients if not _ADDRESS.match(address.strip())]
        if bad:
            raise ValueError(f"not an e-mail address: {', '.join(map(repr, bad))}")
        return recipients

    @field_validator("at")
    @classmethod
    def _time_of_day(cls, at: str) -> str:
        match = re.fullmatch(r"(\d{2}):(\d{2})", at)
        if not match or int(match[1]) > 23 or int(match[2]) > 59:
            raise ValueError(f"{at!r} is not a time of day from '00:00' to '23:59'")
        return at

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, name: str) -> str:
        return _zone(name)


class DeliveryConfig(Section):
    # A development counts as corroborated once this many sources report it.
    corroboration_threshold: int = Field(default=2, ge=2)
    send_every: Duration = timedelta(seconds=10)
    # A scheduled digest that could not be sent is retried after this, then twice as long each
    # time up to the cap, until it is sent.
    digest_retry: Duration = timedelta(seconds=30)
    digest_retry_cap: Duration = timedelta(hours=1)


class HttpEndpointConfig(Section):
    enabled: bool = False
    host: str = "127.0.0.1"
    port: int = Field(default=8787, ge=0, le=65535)  # 0: any free port
    # Required (Authorization: Bearer ...) when bound to an address other than loopback.
    token: str | None = None
    token_env: str | None = None

    def resolved_token(self) -> str | None:
        return os.environ.get(self.token_env) if self.token_env else self.token


class Settings(Section):
    """Everything the service reads from configuration; every field has a default."""

    database_url: str = DEFAULT_DATABASE_URL
    allow_private_networks: bool = False
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    log_format: Literal["auto", "json", "console"] = "auto"
    poll_every: Duration = timedelta(seconds=5)
    vocabulary_dir: Path | None = None
    fetch: FetchConfig = FetchConfig()
    feeds: list[FeedConfig] = []
    webhooks: list[WebhookConfig] = []
    notify: list[NotifyConfig] = []
    smtp: SmtpConfig = SmtpConfig()
    digests: list[DigestConfig] = []
    delivery: DeliveryConfig = DeliveryConfig()
    http: HttpEndpointConfig = HttpEndpointConfig()
    # Where each top-level setting was read: a config file or an environment variable.
    _origins: dict[str, str] = PrivateAttr(default_factory=dict)

    def sqlite_file(self) -> Path | None:
        """The database file when `database_url` names a SQLite file (None otherwise)."""
        return sqlite_file(self.database_url)

    def origin(self, key: str) -> str:
        """Where a top-level setting came from, for messages: 'set by MONITOR_X', 'set in F'."""
        source = self._origins.get(key)
        if source is None:
            return "the default"
        return f"set by {source}" if source.startswith("MONITOR_") else f"set in {source}"

    @field_validator("database_url")
    @classmethod
    def _supported_database(cls, url: str) -> str:
        scheme, separator, rest = url.partition("://")
        if not separator:
            raise ValueError(f"{url!r} is not a database URL; {_DATABASE_URL_FORMS}")
        driver = scheme.lower()
        if driver in ("postgres", "postgresql"):
            return f"postgresql+psycopg://{rest}"  # the one PostgreSQL driver installed
        if driver not in ("sqlite", "postgresql+psycopg"):
            raise ValueError(f"{scheme}:// databases are not supported; {_DATABASE_URL_FORMS}")
        return url

    @field_validator("feeds")
    @classmethod
    def _unique_feed_names(cls, feeds: list[FeedConfig]) -> list[FeedConfig]:
        names = [feed.name for feed in feeds]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(f"feed names must be unique; repeated: {', '.join(duplicates)}")
        return feeds


_DATABASE_URL_FORMS = "use sqlite:///PATH or postgresql+psycopg://USER@HOST:PORT/DATABASE"


def load_settings(path: Path | str | None = None) -> Settings:
    """Read and validate settings; every problem becomes a ConfigError naming its source."""
    chosen = config_path(path)
    explicit = path is not None or "MONITOR_CONFIG" in os.environ
    data: dict[str, Any] = {}
    if chosen.is_dir():
        raise ConfigError(f"{chosen} is a directory; --config must name a TOML file")
    if chosen.exists():
        try:
            data = tomllib.loads(chosen.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise ConfigError(f"{chosen}: not valid TOML: {error}") from None
        except OSError as error:
            raise ConfigError(f"{chosen}: cannot read it: {error.strerror}") from None
    elif explicit:
        raise ConfigError(f"{chosen}: no such configuration file")
    origins = dict.fromkeys(data, str(chosen))
    from_env = _overlay_environment(data, os.environ)
    origins.update({path[0]: variable for path, variable in from_env.items() if len(path) == 1})
    try:
        settings = Settings(**data)
    except ValidationError as error:
        problems = [_describe(problem, chosen, from_env) for problem in error.errors()]
        raise ConfigError("; ".join(problems)) from None
    settings._origins.update(origins)
    return settings


def _overlay_environment(data: dict[str, Any], environ) -> dict[tuple[str, ...], str]:
    """Lay MONITOR_* variables over the file's values; return which keys each variable set."""
    sources: dict[tuple[str, ...], str] = {}
    for variable, value in sorted(environ.items()):
        if not variable.upper().startswith("MONITOR_"):
            continue
        path = tuple(part.lower() for part in variable[len("MONITOR_") :].split("__"))
        if path[0] not in Settings.model_fields or len(path) > 2:
            continue  # MONITOR_CONFIG and anything that is not a setting
        if value[:1] in ("[", "{"):
            with contextlib.suppress(json.JSONDecodeError):  # else validation reports it
                value = json.loads(value)
        if len(path) == 1:
            data[path[0]] = value
        else:
            section = data.get(path[0])
            data[path[0]] = {**(section if isinstance(section, dict) else {}), path[1]: value}
        sources[path] = variable.upper()
    return sources


def _describe(problem: dict[str, Any], file: Path, from_env: dict[tuple[str, ...], str]) -> str:
    loc = tuple(str(part) for part in problem["loc"])
    key = _key(problem["loc"])
    message = problem["msg"].removeprefix("Value error, ")
    for length in range(len(loc), 0, -1):
        variable = from_env.get(loc[:length])
        if variable:
            return f"environment variable {variable}: {key}: {message}"
    return f"{file}: {key}: {message}"


def _key(loc: tuple[Any, ...]) -> str:
    key = ""
    for part in loc:
        key += f"[{part}]" if isinstance(part, int) else (f".{part}" if key else str(part))
    return key or "(top level)"
