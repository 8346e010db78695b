"""Shared fixtures: real SQLite files and the real PostgreSQL, one schema per test."""

from __future__ import annotations

import gc
import os
import tempfile
import uuid
from pathlib import Path

import pytest
import sqlalchemy as sa

from tests.support import FeedServer, StoreTemplate, Workspace

POSTGRES_URL = os.environ.get(
    "MONITOR_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
IN_CI = os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def _postgres_unavailable_reason() -> str | None:
    try:
        engine = sa.create_engine(POSTGRES_URL, connect_args={"connect_timeout": 3})
        with engine.connect() as conn:
            conn.execute(sa.text("SELECT 1"))
        engine.dispose()
    except Exception as error:  # any failure to reach it means "absent" here
        return f"PostgreSQL at {POSTGRES_URL} is unreachable: {error.__class__.__name__}: {error}"
    return None


def pytest_configure(config) -> None:
    """Registers the `long` mark; collects garbage less often. With PYTHONDONTWRITEBYTECODE
    set, each of the few hundred `monitor` processes the tests start would compile the project's
    modules again (0.05-0.15 s of CPU each); they keep their bytecode in a cache outside the
    checkout instead, as they would in __pycache__ without it."""
    if os.environ.pop("PYTHONDONTWRITEBYTECODE", None):
        cache = Path(tempfile.gettempdir()) / f"kz-il-monitor-pycache-{os.getuid()}"
        os.environ.setdefault("PYTHONPYCACHEPREFIX", str(cache))
    config.addinivalue_line("markers", "long: a test of a minute or more, started first")
    # A test process holds a large heap (detectors, lexicons, stores) that each full collection
    # walks again; collecting a tenth as often cut tests/detect and tests/views from 46 to 41 s
    # of CPU (alternating runs).
    gc.set_threshold(10_000, 10, 10)


def pytest_xdist_auto_num_workers(config) -> int:
    """`-n auto`: a worker per CPU and one more. The longest tests spend most of their time
    waiting on the daemons and commands they start; on 2 CPUs the suite took 278 s with 2
    workers, 224 s with 3 (and 224 s with 4)."""
    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (cpus or 1) + 1


def pytest_collection_modifyitems(items) -> None:
    """The long tests (the daemons killed and restarted) go first, each to a worker of its own,
    so that the rest of the suite fills the other workers meanwhile; they spend most of their
    time waiting on real processes."""
    items.sort(key=lambda item: item.get_closest_marker("long") is None)


@pytest.fixture(scope="session")
def postgres_server() -> str:
    """The PostgreSQL URL; skips without a server, except in CI where that is a failure."""
    reason = _postgres_unavailable_reason()
    if reason:
        if IN_CI:
            pytest.fail(f"CI must run the PostgreSQL tests: {reason}")
        pytest.skip(reason)
    return POSTGRES_URL


@pytest.fixture
def postgres_url(postgres_server: str):
    """A URL whose connections use a fresh schema of their own, dropped afterwards."""
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(postgres_server)
    with admin.begin() as conn:
        conn.execute(sa.text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in postgres_server else "?"
    yield f"{postgres_server}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(sa.text(f"DROP SCHEMA {schema} CASCADE"))
    admin.dispose()


@pytest.fixture
def sqlite_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'var' / 'monitor.db'}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def database_url(request) -> str:
    """Each test using it runs once on a SQLite file and once on PostgreSQL."""
    if request.param == "sqlite":
        return request.getfixturevalue("sqlite_url")
    return request.getfixturevalue("postgres_url")


@pytest.fixture(scope="session")
def store_template(tmp_path_factory) -> StoreTemplate:
    """Fills a database with an empty store at the current schema (`store_template.fill(url)`)
    without migrating it, for tests that are not about creating or upgrading a store."""
    return StoreTemplate(tmp_path_factory.mktemp("store-template"))


@pytest.fixture
def feed_server():
    """A feed server on 127.0.0.1; `serve(path, body, status, **headers)` adds a route."""
    server = FeedServer()
    server.thread.start()
    yield server
    server.httpd.shutdown()
    server.httpd.server_close()


@pytest.fixture
def workspace(tmp_path, database_url) -> Workspace:
    """A config file and database (SQLite and PostgreSQL) to run `monitor` against."""
    ws = Workspace(tmp_path, tmp_path / "monitor.toml", database_url)
    ws.write_config("")
    return ws


@pytest.fixture
def sqlite_workspace(tmp_path, sqlite_url) -> Workspace:
    """The CLI workspace on SQLite only, for commands whose database work is not the point."""
    ws = Workspace(tmp_path, tmp_path / "monitor.toml", sqlite_url)
    ws.write_config("")
    return ws
