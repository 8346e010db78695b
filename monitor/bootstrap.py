"""The one place that builds the application from settings: engine, store, HTTP, readers."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy.engine import Engine

import storage
from monitor.detect.detector import Detector
from monitor.detect.reader import DetectorReader
from monitor.feeds.fetch import Fetcher, FetchPolicy
from monitor.feeds.poller import Poller
from monitor.leadership import Leadership
from monitor.settings import Settings
from monitor.views.feeds import FeedsView
from storage import EventStore, Reader

MONITOR_MIGRATIONS = Path(__file__).resolve().parent / "migrations"


@dataclass
class App:
    """Everything a command or the daemon needs, built once."""

    settings: Settings
    engine: Engine
    store: EventStore
    poller: Poller
    readers: list[Reader] = field(default_factory=list)
    leadership: Leadership | None = None

    def reader(self, name: str) -> Reader:
        for reader in self.readers:
            if reader.name == name:
                return reader
        raise KeyError(name)

    def leads(self, job: str) -> bool:
        """Whether this instance runs a singleton job (always, without a leadership)."""
        return self.leadership is None or self.leadership.leads(job)

    def close(self) -> None:
        if self.leadership is not None:
            self.leadership.close()
        self.poller.close()
        self.poller.fetcher.close()
        self.engine.dispose()


def upgrade_database(engine: Engine) -> None:
    """Create or upgrade the store's and the service's tables."""
    storage.upgrade(engine)
    storage.upgrade(engine, MONITOR_MIGRATIONS, version_table="alembic_version_monitor")


def fetch_policy(settings: Settings) -> FetchPolicy:
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
    # --- detection reader ---
    readers.append(
        DetectorReader(store, lambda: Detector.load(settings.vocabulary_dir), precomputed)
    )
    # --- view readers ---
    from monitor.views.summary import SummaryView
    from monitor.views.timeline import TimelineView

    readers += [SummaryView(), TimelineView()]
    # --- delivery readers ---
    from monitor.notify.outbox import OutboxReader, channel_name

    readers.append(
        OutboxReader(
            [channel_name(webhook) for webhook in settings.webhooks],
            settings.delivery.corroboration_threshold,
        )
    )
    return readers


def bootstrap(settings: Settings, *, migrate: bool = True) -> App:
    """Build the application; with `migrate`, bring the schema up to date first."""
    engine = storage.create_engine(settings.database_url)
    if migrate:
        upgrade_database(engine)
    store = EventStore(engine)
    precomputed: dict = {}  # assessments the poller's workers made, for the detector reader
    poller = Poller(
        store, Fetcher(fetch_policy(settings)), settings.fetch,
        precomputed=precomputed, vocabulary_dir=settings.vocabulary_dir,
    )  # fmt: skip
    return App(
        settings, engine, store, poller, build_readers(settings, store, precomputed),
        Leadership(engine),
    )  # fmt: skip


def catch_up_readers(app: App) -> dict[str, int]:
    """Bring the readers this instance leads up to the head of the log; events handled each."""
    return {
        reader.name: storage.catch_up(app.store, reader)
        for reader in app.readers
        if app.leads(f"reader:{reader.name}")
    }
