"""Errors a person can act on: one line on stderr naming the setting and what to do, exit code 2."""

from __future__ import annotations

import pytest
import sqlalchemy as sa

from tests.support import Workspace


def one_line_error(done) -> str:
    """The command's whole stderr, asserted to be a single line without a traceback."""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert "Traceback" not in done.stderr
    return lines[0]


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("mysql://root@localhost/monitor", "mysql:// databases are not supported"),
        ("not a url", "is not a database URL"),
    ],
)
def test_an_unsupported_database_url_is_one_line_naming_the_setting(tmp_path, url, expected):
    workspace = Workspace(tmp_path, tmp_path / "monitor.toml", url)
    workspace.write_config("")
    done = workspace.monitor("run", check=False)
    assert done.returncode == 2
    line = one_line_error(done)
    assert "database_url" in line and expected in line
    assert "sqlite:///PATH or postgresql+psycopg://" in line


def test_a_database_path_that_cannot_be_created_is_one_line_naming_it(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a directory")
    workspace = Workspace(tmp_path, tmp_path / "monitor.toml", f"sqlite:///{blocker}/db/m.db")
    workspace.write_config("")
    done = workspace.monitor("db", "upgrade", check=False)
    assert done.returncode == 2
    line = one_line_error(done)
    assert str(blocker) in line and "database_url" in line


@pytest.mark.postgres
def test_an_unreachable_postgresql_is_one_line_saying_what_to_check(tmp_path, postgres_server):
    from tests.notify.conftest import free_port

    url = f"postgresql+psycopg://postgres@127.0.0.1:{free_port()}/test"
    workspace = Workspace(tmp_path, tmp_path / "monitor.toml", url)
    workspace.write_config("")
    done = workspace.monitor("summary", check=False)
    assert done.returncode == 2
    line = one_line_error(done)
    assert line.startswith(f"error: cannot use the database at {url}")
    assert "check database_url (set in" in line and "that the database is up" in line


def test_a_config_path_that_is_a_directory_is_one_line(sqlite_workspace):
    done = sqlite_workspace.monitor("--config", str(sqlite_workspace.path), "summary", check=False)
    assert done.returncode == 2
    assert "is a directory; --config must name a TOML file" in one_line_error(done)


def test_a_query_on_a_missing_store_says_where_it_looked_and_creates_nothing(tmp_path):
    database = tmp_path / "not" / "there" / "monitor.db"
    workspace = Workspace(tmp_path, tmp_path / "monitor.toml", f"sqlite:///{database}")
    workspace.write_config("")
    for command in (["summary"], ["events"], ["health"], ["feeds", "list"], ["digest", "preview"]):
        done = workspace.monitor(*command, check=False)
        assert done.returncode == 2, command
        line = one_line_error(done)
        assert f"no store at {database}" in line
        assert "`monitor run`, `monitor poll` or `monitor db upgrade` creates one" in line
    assert not (tmp_path / "not").exists()
    workspace.monitor("db", "upgrade")
    assert "0 development(s)" in workspace.monitor("summary").stdout


@pytest.mark.postgres
def test_a_query_on_a_postgresql_schema_without_a_store_creates_no_tables(tmp_path, postgres_url):
    workspace = Workspace(tmp_path, tmp_path / "monitor.toml", postgres_url)
    workspace.write_config("")
    done = workspace.monitor("summary", check=False)
    assert done.returncode == 2 and "no store at postgresql+psycopg://" in one_line_error(done)
    engine = sa.create_engine(postgres_url)
    try:
        with engine.connect() as conn:
            assert sa.inspect(conn).get_table_names() == []
    finally:
        engine.dispose()


@pytest.mark.parametrize(
    ("config", "key", "message"),
    [
        ('[[digests]]\nto = ["a@example.org"]\nat = "25:99"\n', "digests[0].at",
         "'25:99' is not a time of day"),
        ("[smtp]\nport = 99999\n", "smtp.port", "less than or equal to 65535"),
        ('[[digests]]\nto = ["not-an-email"]\n', "digests[0].to", "not an e-mail address"),
        ('[fetch]\nrequest_timeout = "0s"\n', "fetch.request_timeout", "longer than zero"),
        ("poll_every = -1\n", "poll_every", "longer than zero"),
    ],
)  # fmt: skip
def test_values_accepted_before_and_wrong_are_refused_naming_file_and_key(
    sqlite_workspace, config, key, message
):
    sqlite_workspace.write_config(config)
    done = sqlite_workspace.monitor("digest", "send", check=False)
    assert done.returncode == 2
    line = one_line_error(done)
    assert f"{sqlite_workspace.config}: {key}: " in line and message in line


def test_a_bad_value_from_the_environment_names_the_variable(sqlite_workspace, monkeypatch):
    monkeypatch.setenv("MONITOR_SMTP__PORT", "99999")
    monkeypatch.setenv("MONITOR_LOG_LEVEL", "loud")
    done = sqlite_workspace.monitor("summary", check=False)
    assert done.returncode == 2
    line = one_line_error(done)
    assert "environment variable MONITOR_SMTP__PORT: smtp.port: " in line
    assert "environment variable MONITOR_LOG_LEVEL: log_level: " in line
    assert str(sqlite_workspace.config) not in line


def test_a_private_address_refusal_names_the_setting_that_allows_it(sqlite_workspace, feed_server):
    url = feed_server.serve("/feed.xml", "<rss/>")
    sqlite_workspace.config.write_text(
        f'database_url = "{sqlite_workspace.database_url}"\n'
        f'[[feeds]]\nname = "local"\nurl = "{url}"\n'
    )
    done = sqlite_workspace.command("poll")
    assert "local: private_address" in done.stdout
    health = sqlite_workspace.query("health", "--json").stdout
    assert "allow_private_networks = true" in health
    assert feed_server.hits == {}
