"""Typed settings from config/monitor.toml plus MONITOR_* environment variables."""

from __future__ import annotations

import os
import re
import tomllib
from datetime import timedelta
from pathlib import Path
from typing import Annotated, Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from monitor.errors import ConfigError

DEFAULT_CONFIG = Path("config/monitor.toml")
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


Duration = Annotated[timedelta, BeforeValidator(parse_duration)]


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
    per_host_spacing: Duration = timedelta(seconds=1)
    backoff_cap: Duration = timedelta(hours=24)
    # How long a claimed feed stays with the instance fetching it; after that, if the instance
    # died, another one takes the feed (at least 4 × request_timeout).
    lease: Duration = timedelta(minutes=5)
    failing_after: int = Field(default=3, ge=1)
    user_agent: str = "kz-il-monitor/0.1 (news monitor; +https://github.com/kz-il-monitor)"


class WebhookConfig(Section):
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


class SmtpConfig(Section):
    host: str = "localhost"
    port: int = 25
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
    to: list[str]
    schedule: Literal["daily", "weekly"] = "daily"
    at: str = Field(default="08:00", pattern=r"^\d{2}:\d{2}$")
    timezone: str = "UTC"
    weekday: Literal["mon", "tue", "wed", "thu", "fri", "sat", "sun"] = "mon"
    # A stable channel name; without one it is derived from the recipients.
    name: str | None = Field(default=None, max_length=80, pattern=r"^[\w.\-]+$")
    send_when_empty: bool = False
    subject: str = "Kazakhstan–Israel relations: digest"

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, name: str) -> str:
        try:
            ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ValueError(f"{name!r} is not an IANA time zone like 'Asia/Almaty'") from None
        return name


class DeliveryConfig(Section):
    # A development counts as corroborated once this many sources report it.
    corroboration_threshold: int = Field(default=2, ge=2)
    send_every: Duration = timedelta(seconds=10)


class HttpEndpointConfig(Section):
    enabled: bool = False
    host: str = "127.0.0.1"
    port: int = Field(default=8787, ge=0, le=65535)


class Settings(BaseSettings):
    """Everything the service reads from configuration; every field has a default."""

    model_config = SettingsConfigDict(
        env_prefix="MONITOR_", env_nested_delimiter="__", extra="forbid", frozen=True
    )

    database_url: str = "sqlite:///var/monitor.db"
    allow_private_networks: bool = False
    log_level: Literal["debug", "info", "warning", "error"] = "info"
    log_format: Literal["auto", "json", "console"] = "auto"
    poll_every: Duration = timedelta(seconds=5)
    vocabulary_dir: Path | None = None
    fetch: FetchConfig = FetchConfig()
    feeds: list[FeedConfig] = []
    webhooks: list[WebhookConfig] = []
    smtp: SmtpConfig = SmtpConfig()
    digests: list[DigestConfig] = []
    delivery: DeliveryConfig = DeliveryConfig()
    http: HttpEndpointConfig = HttpEndpointConfig()

    @classmethod
    def settings_customise_sources(
        cls, settings_cls, init_settings, env_settings, dotenv_settings, file_secret_settings
    ):
        # The environment overrides the file; the file's values arrive as init arguments.
        return (env_settings, init_settings)

    @field_validator("feeds")
    @classmethod
    def _unique_feed_names(cls, feeds: list[FeedConfig]) -> list[FeedConfig]:
        names = [feed.name for feed in feeds]
        duplicates = sorted({name for name in names if names.count(name) > 1})
        if duplicates:
            raise ValueError(f"feed names must be unique; repeated: {', '.join(duplicates)}")
        return feeds


def config_path(path: Path | str | None = None) -> Path:
    """The config file to read: the argument, else MONITOR_CONFIG, else config/monitor.toml."""
    return Path(path or os.environ.get("MONITOR_CONFIG") or DEFAULT_CONFIG)


def load_settings(path: Path | str | None = None) -> Settings:
    """Read and validate settings; every problem becomes a ConfigError naming file and key."""
    chosen = config_path(path)
    explicit = path is not None or "MONITOR_CONFIG" in os.environ
    data: dict[str, Any] = {}
    if chosen.exists():
        try:
            data = tomllib.loads(chosen.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
            raise ConfigError(f"{chosen}: not valid TOML: {error}") from None
    elif explicit:
        raise ConfigError(f"{chosen}: no such configuration file")
    try:
        return Settings(**data)
    except ValidationError as error:
        problems = "; ".join(
            f"{_key(problem['loc'])}: {problem['msg']}" for problem in error.errors()
        )
        raise ConfigError(f"{chosen}: {problems}") from None


def _key(loc: tuple[Any, ...]) -> str:
    key = ""
    for part in loc:
        key += f"[{part}]" if isinstance(part, int) else (f".{part}" if key else str(part))
    return key or "(top level)"
