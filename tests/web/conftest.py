"""A Monitor on a SQLite file holding a few developments, and the web app over it."""

from __future__ import annotations

import pytest
from starlette.testclient import TestClient

from monitor import events as ev
from monitor.app import Monitor
from monitor.bootstrap import bootstrap
from monitor.settings import Settings
from monitor.web.app import create_app
from tests.notify.conftest import append, detected, source


@pytest.fixture
def monitor(sqlite_url, store_template):
    """The facade over a store with an agreement (two sources) and a retracted forum."""
    store_template.fill(sqlite_url)
    monitor = Monitor(bootstrap(Settings(database_url=sqlite_url), create=True))
    append(
        monitor.store,
        detected("visa-mou"),
        ev.EventCorroborated(key="visa-mou", source=source("second", outlet="Kazinform")),
        detected("forum", type="economic", fields={"sector": "cyber"}),
        ev.EventRetracted(key="forum", reason="misread"),
    )
    monitor.catch_up()
    yield monitor
    monitor.close()


@pytest.fixture
def client(monitor):
    with TestClient(create_app(monitor), raise_server_exceptions=False) as client:
        yield client
