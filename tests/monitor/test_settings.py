"""Settings: defaults, file, environment overrides, and errors that name the key."""

from __future__ import annotations

from datetime import timedelta

import pytest

from monitor.errors import ConfigError
from monitor.settings import load_settings, parse_duration


def test_an_empty_file_is_a_valid_config(tmp_path):
    path = tmp_path / "empty.toml"
    path.write_text("")
    settings = load_settings(path)
    assert settings.database_url == "sqlite:///var/monitor.db"
    assert settings.feeds == [] and settings.allow_private_networks is False
    assert settings.fetch.max_body_bytes == 15 * 1024 * 1024


def test_the_shipped_config_loads_with_feeds_in_both_languages():
    settings = load_settings("config/monitor.toml")
    languages = {feed.language for feed in settings.feeds}
    assert {"en", "ru"} <= languages
    assert all(feed.url.startswith("https://") for feed in settings.feeds)


def test_environment_variables_override_the_file(tmp_path, monkeypatch):
    path = tmp_path / "c.toml"
    path.write_text('database_url = "sqlite:///from-file.db"\n[smtp]\nhost = "file-host"\n')
    monkeypatch.setenv("MONITOR_DATABASE_URL", "sqlite:///from-env.db")
    monkeypatch.setenv("MONITOR_ALLOW_PRIVATE_NETWORKS", "true")
    monkeypatch.setenv("MONITOR_SMTP__PORT", "1025")
    settings = load_settings(path)
    assert settings.database_url == "sqlite:///from-env.db"
    assert settings.allow_private_networks is True
    assert (settings.smtp.host, settings.smtp.port) == ("file-host", 1025)


def test_monitor_config_names_the_file_to_read(tmp_path, monkeypatch):
    path = tmp_path / "chosen.toml"
    path.write_text('log_level = "debug"\n')
    monkeypatch.setenv("MONITOR_CONFIG", str(path))
    assert load_settings().log_level == "debug"
    monkeypatch.setenv("MONITOR_CONFIG", str(tmp_path / "missing.toml"))
    with pytest.raises(ConfigError, match=r"missing\.toml: no such configuration file"):
        load_settings()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('[[feeds]]\nname = "a"\nurl = "file:///etc/passwd"\n', r"feeds\[0\]\.url: .*not an http"),
        ('[[feeds]]\nname = "a"\nurl = "https://x.org/"\ninterval = "soon"\n',
         r"feeds\[0\]\.interval"),
        ("[fetch]\nconcurrency = 0\n", r"fetch\.concurrency: .*greater than or equal to 1"),
        ("poll_evry = 5\n", r"poll_evry: Extra inputs"),
        ('[[feeds]]\nname="a"\nurl="https://a.org/"\n[[feeds]]\nname="a"\nurl="https://b.org/"\n',
         r"feeds: .*repeated: a"),
        ("log_level = [\n", r"not valid TOML"),
    ],
)  # fmt: skip
def test_a_bad_config_names_the_file_and_the_key(tmp_path, text, expected):
    path = tmp_path / "bad.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=expected) as caught:
        load_settings(path)
    assert str(caught.value).startswith(str(path))


@pytest.mark.parametrize(
    ("value", "seconds"), [("90s", 90), ("30m", 1800), ("2h", 7200), ("1d", 86400), (45, 45)]
)
def test_durations_accept_units_and_plain_seconds(value, seconds):
    assert parse_duration(value) == timedelta(seconds=seconds)


def test_the_known_migration_heads_are_alembics_heads():
    from alembic.script import ScriptDirectory

    from monitor.bootstrap import MONITOR_HEAD, MONITOR_MIGRATIONS, STORE_HEAD
    from storage.migrate import STORE_MIGRATIONS

    assert ScriptDirectory(str(STORE_MIGRATIONS)).get_current_head() == STORE_HEAD
    assert ScriptDirectory(str(MONITOR_MIGRATIONS)).get_current_head() == MONITOR_HEAD
