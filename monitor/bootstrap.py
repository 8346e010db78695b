"""The one place that builds the application from settings: engine, store, HTTP, readers.

Parts a command may not need (the HTTP client and poller, the detector's vocabulary) are built on
first use, so a query such as `monitor summary` starts quickly.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import sqlalchemy as sa
from sqlalchemy.engine import Engine

import storage
from monitor.detect.reader import DetectorReader
from monitor.errors import StoreNotFound
from monitor.settings import Settings
from monitor.snapshot import MONITOR_HEAD, STORE_HEAD
from monitor.views.feeds import FeedsView
from storage import EventStore, Reader

if TYPE_CHECKING:
    from monitor.feeds.fetch import FetchPolicy
    from monitor.feeds.poller import Poller
    from monitor.leadership import Leadership

MONITOR_MIGRATIONS = Path(__file__).resolve().parent / "migrations"


@dataclass
class Components:
    """Everything a command or the daemon needs, built once (the facade in monitor.app uses it)."""

    settings: Settings
    engine: Engine
    store: EventStore
    make_poller: Callable[[], Poller]
    readers: list[Reader] = field(default_factory=list)

    @functools.cached_property
    def poller(self) -> Poller:
        return self.make_poller()

    @functools.cached_property
    def leadership(self) -> Leadership:
        from monitor.leadership import Leadership

        return Leadership(self.engine)

    def reader(self, name: str) -> Reader:
        for reader in self.readers:
            if reader.name == name:
                return reader
        raise KeyError(name)

    def leads(self, job: str) -> bool:
        """Whether this instance runs a singleton job (a reader, the sender, a digest)."""
        return self.leadership.leads(job)

    def close(self) -> None:
        if "leadership" in self.__dict__:
            self.leadership.close()
        if "poller" in self.__dict__:
            self.poller.close()
            self.poller.fetcher.close()
        self.engine.dispose()


def upgrade_database(engine: Engine) -> None:
    """Create or upgrade the store's and the service's tables."""
    if store_state(engine) == "current":
        return
    storage.upgrade(engine)
    storage.upgrade(engine, MONITOR_MIGRATIONS, version_table="alembic_version_monitor")


def store_state(engine: Engine) -> str:
    """'current', 'behind' (an older schema) or 'missing' (no store in this database yet).

    Connecting is not guarded: a database that cannot be reached raises.
    """
    with engine.connect() as conn:
        revisions = []
        for table in ("alembic_version_store", "alembic_version_monitor"):
            try:
                revisions.append(conn.execute(sa.text(f"SELECT version_num FROM {table}")).scalar())
            except sa.exc.DBAPIError:  # no such table
                conn.rollback()
                revisions.append(None)
    if revisions == [STORE_HEAD, MONITOR_HEAD]:
        return "current"
    return "missing" if revisions == [None, None] else "behind"


def fetch_policy(settings: Settings) -> FetchPolicy:
    from monitor.feeds.fetch import FetchPolicy

    fetch = settings.fetch
    return FetchPolicy(
        connect_timeout_s=fetch.connect_timeout.total_seconds(),
        total_timeout_s=fetch.request_timeout.total_seconds(),
        max_body_bytes=fetch.max_body_bytes,
        user_agent=fetch.user_agent,
        allow_private_networks=settings.allow_private_networks,
    )


def build_readers(
    settings: Settings, store: EventStore, precomputed: dict | None = None
) -> list[Reader]:
    """The checkpointed readers, in the order they are caught up."""
    readers: list[Reader] = [FeedsView()]

    def load_detector():
        from monitor.detect.detector import Detector

        return Detector.load(settings.vocabulary_dir)

    readers.append(DetectorReader(store, load_detector, precomputed))
    from monitor.views.summary import SummaryView

    readers.append(SummaryView())
    from monitor.notify.channels import routes
    from monitor.notify.outbox import OutboxReader

    readers.append(OutboxReader(routes(settings), settings.delivery.corroboration_threshold))
    return readers


def bootstrap(settings: Settings, *, create: bool = True) -> Components:
    """Build the application on an up-to-date schema; without `create`, only on an existing store.

    A store at an older schema is upgraded either way; `create=False` raises StoreNotFound where
    there is none, so a query never leaves an empty database behind.
    """
    if not create:
        _require_sqlite_file(settings)
    engine = storage.create_engine(settings.database_url)
    state = store_state(engine)
    if state == "missing" and not create:
        engine.dispose()
        raise StoreNotFound(_no_store(settings, engine))
    if state != "current":
        upgrade_database(engine)
    store = EventStore(engine)
    precomputed: dict = {}  # assessments the poller's workers made, for the detector reader

    def make_poller() -> Poller:
        from monitor.feeds.fetch import Fetcher
        from monitor.feeds.poller import Poller

        return Poller(
            store, Fetcher(fetch_policy(settings)), settings.fetch,
            precomputed=precomputed, vocabulary_dir=settings.vocabulary_dir,
        )  # fmt: skip

    return Components(
        settings, engine, store, make_poller, build_readers(settings, store, precomputed)
    )


def _require_sqlite_file(settings: Settings) -> None:
    path = settings.sqlite_file()
    if path is not None and not path.is_file():
        raise StoreNotFound(_no_store_message(str(path.resolve()), settings))


def _no_store(settings: Settings, engine: Engine) -> str:
    path = settings.sqlite_file()
    where = str(path.resolve()) if path else engine.url.render_as_string(hide_password=True)
    return _no_store_message(where, settings)


def _no_store_message(where: str, settings: Settings) -> str:
    return (
        f"no store at {where} (database_url, {settings.origin('database_url')}); "
        "`monitor run`, `monitor poll` or `monitor db upgrade` creates one"
    )


def catch_up_readers(app: Components) -> dict[str, int]:
    """Bring the readers this instance leads up to the head of the log; events handled each."""
    return {
        reader.name: storage.catch_up(app.store, reader)
        for reader in app.readers
        if app.leads(f"reader:{reader.name}")
    }
