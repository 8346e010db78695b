"""Fixtures for the views: a migrated store, and the seed article's developments as events."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

import storage
from monitor import events as ev
from monitor.developments import Developments
from monitor.mapper import to_new_event
from monitor.views.summary import SummaryView
from storage import EventStore

SEED_PUBLISHED = datetime(2026, 1, 29, 10, tzinfo=UTC)
SAAR = "Gideon Sa'ar (Foreign Minister, IL)"
KOSHERBAYEV = "Yermek Kosherbayev (Foreign Minister, KZ)"


def source(n: int, outlet: str = "Euronews", published: datetime = SEED_PUBLISHED) -> ev.Source:
    slug = outlet.lower().replace(" ", "")
    return ev.Source(
        article=f"art-{n}", url=f"https://{slug}.example.org/{n}", outlet=outlet,
        published=published,
    )  # fmt: skip


def detected(key: str, type_: str, when: str | None, fields: dict, *evidence: str, **extra):
    precision = {4: "year", 7: "month", 10: "day"}.get(len(when or ""))
    return ev.EventDetected(
        key=key, type=type_, date=when, date_precision=precision, fields=fields,
        evidence=list(evidence) or [f"Evidence for {key}."], source=extra.pop("src", source(1)),
        **extra,
    )  # fmt: skip


def seed_events() -> list[ev.DomainEvent]:
    """The developments of the Euronews seed article (2026-01-29), and a few more."""
    return [
        detected(
            "visit-saar",
            "official_visit",
            "2026-01-27",
            {
                "visitor": "Gideon Sa'ar",
                "visitor_role": "Foreign Minister",
                "host_country": "KZ",
                "first_in_years": 16,
            },
            "Sa'ar is the first Israeli foreign minister to visit in 16 years.",
            place="Astana",
        ),
        detected(
            "mou-visa",
            "agreement_signed",
            "2026-01-27",
            {"subject": "visa", "instrument": "memorandum_of_intent", "stage": "signed"},
            "Sa'ar and Kosherbayev signed a memorandum on visa exemption on Tuesday.",
            actors=[SAAR, KOSHERBAYEV],
        ),
        detected(
            "visa-free",
            "visa_travel",
            "2026-01-27",
            {"subject": "visa_free", "effective": None, "status": "decided"},
            "Visa-free travel for national passport holders was agreed.",
        ),
        detected(
            "abraham",
            "multilateral",
            "2025-11",
            {"framework": "Abraham Accords"},
            "Kazakhstan joined the Abraham Accords in November.",
            actors=["Kassym-Jomart Tokayev (President, KZ)"],
        ),
        detected(
            "forum",
            "economic",
            "2026-01",
            {"sector": "other", "amount": None},
            "A Kazakh-Israeli Business Forum brought together about 30 companies.",
        ),
        detected(
            "trade-2025",
            "economic",
            "2025",
            {"sector": "trade", "amount": 176000000, "currency": "USD", "period": "2025"},
            "Bilateral trade reached USD 176 million in 2025.",
            src=source(7, "Kursiv"),
        ),
        detected(
            "commission",
            "economic",
            "2026-05-20",
            {"sector": "trade"},
            "The joint intergovernmental commission met in Astana.",
            src=source(8, "Kazinform"),
        ),
        detected(
            "praise",
            "statement",
            "2026-01-27",
            {"speaker": "Gideon Sa'ar (Foreign Minister, IL)", "stance": "positive"},
            'Sa\'ar praised the "bold and moral move".',
        ),
        detected(
            "two-states",
            "statement",
            "2026-01-27",
            {"speaker": "Yermek Kosherbayev (Foreign Minister, KZ)", "stance": "neutral"},
            "Kosherbayev reaffirmed support for a two-state solution.",
        ),
        detected(
            "netanyahu",
            "visit_planned",
            "2026",
            {
                "visitor": "Benjamin Netanyahu",
                "visitor_role": "Prime Minister",
                "expected": "later in 2026",
            },
            "Netanyahu is expected to visit later this year.",
        ),
        detected(
            "call",
            "talks",
            "2026-03-03",
            {"format": "call"},
            "The ministers spoke by phone.",
            actors=[KOSHERBAYEV, SAAR],
        ),
        detected(
            "protest",
            "tension",
            "2026-05-15",
            {"speaker": "protesters (KZ)", "about": "aid to Gaza"},
            "Protesters gathered in Astana.",
        ),
    ]


def fold(
    events: list[ev.DomainEvent], start: int = 1, recorded_at: datetime = SEED_PUBLISHED
) -> Developments:
    """Fold events in order with the one model, as the projection would."""
    developments = Developments()
    for offset, event in enumerate(events):
        developments.apply(event, position=start + offset, recorded_at=recorded_at)
    return developments


def append(store: EventStore, *events: ev.DomainEvent, recorded_at: datetime | None = None):
    """Append each event to its development stream; optionally back-date when it was recorded."""
    positions = []
    for event in events:
        positions += store.append(f"development-{event.key}", [to_new_event(event)])
    if recorded_at is not None:
        with store.transaction() as conn:
            conn.execute(
                sa.text("UPDATE events SET recorded_at = :at WHERE position IN :positions")
                .bindparams(sa.bindparam("positions", expanding=True)),
                {"at": recorded_at if conn.dialect.name == "postgresql"
                 else recorded_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f"),
                 "positions": positions},
            )  # fmt: skip
    return positions


@pytest.fixture
def store(database_url, store_template):
    store_template.fill(database_url)
    engine = storage.create_engine(database_url)
    yield EventStore(engine)
    engine.dispose()


@pytest.fixture
def sqlite_store(sqlite_url, store_template):
    store_template.fill(sqlite_url)
    engine = storage.create_engine(sqlite_url)
    yield EventStore(engine)
    engine.dispose()


def catch_up(store: EventStore, batch_size: int = 500) -> None:
    storage.catch_up(store, SummaryView(), batch_size=batch_size)
