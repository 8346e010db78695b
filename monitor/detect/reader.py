"""The detector in the service: a checkpointed reader of articles that records developments.

For every new or changed article it appends ArticleAssessed, then, for each event found, either a
new development (EventDetected), another source for a known one (EventCorroborated) or a later
stage (EventRevised); a development that no article supports any more is retracted. Event ids are
derived from their content, so replaying the same articles with the same rules appends nothing.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, NamedTuple

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor import events as ev
from monitor.detect.article import assessment_input
from monitor.detect.dedup import Development, decide
from monitor.detect.tables import assessments, development_index, development_support
from monitor.mapper import stable_id, to_new_event, upcast
from storage import NO_STREAM, EventStore, RecordedEvent

if TYPE_CHECKING:
    from monitor.detect.detector import Detector

ARTICLE_TYPES = ("ArticleDiscovered", "ArticleUpdated")


def development_stream(key: str) -> str:
    return f"development-{key}"


class DetectorReader:
    """Checkpointed reader: articles in, assessments and developments out."""

    name = "detector"
    types = ARTICLE_TYPES
    # Its output is events in the log, which a replay cannot take back: `monitor reprocess`
    # re-runs it with new rules and appends only the difference.
    rebuildable = False

    def __init__(
        self,
        store: EventStore,
        detector_factory: Callable[[], Detector] | None = None,
        precomputed: dict | None = None,
    ):
        self.store = store
        self._factory = detector_factory
        self._detector: Detector | None = None
        # Assessments the poller's workers already made, keyed (article, content hash, version).
        self.precomputed = precomputed if precomputed is not None else {}

    @property
    def detector(self) -> Detector:
        if self._detector is None:  # loading the vocabulary takes a while; only when needed
            if self._factory is None:
                from monitor.detect.detector import Detector

                self._factory = Detector.load
            self._detector = self._factory()
        return self._detector

    def handle(self, conn: Connection, batch: list[RecordedEvent]) -> None:
        articles = [upcast(recorded) for recorded in batch]
        work = _Work(conn, self.store, [article["article"] for article in articles])
        for article in articles:
            self.process(work, article)
        work.flush()

    def clear(self, conn: Connection) -> None:
        for table in (development_support, development_index, assessments):
            conn.execute(table.delete())

    def process(self, work: _Work, article: dict[str, Any], *, force: bool = False) -> bool:
        """Assess one article version and record what changed; False when nothing did."""
        uid = article["article"]
        version = self.detector.version
        result = self.precomputed.pop((uid, article["content_hash"], version), None)
        if result is None:
            result = self.detector.assess(assessment_input(article))
        result_hash = _digest(
            orjson.dumps(
                {"relevant": result["relevant"], "events": result["events"]},
                option=orjson.OPT_SORT_KEYS,
            )
        )
        before = work.assessed.get(uid)
        if (
            not force
            and before is not None
            and (before.content_hash, before.version, before.result_hash)
            == (article["content_hash"], version, result_hash)
        ):
            return False
        work.append(
            f"article-{uid}",
            ev.ArticleAssessed(
                article=uid, detector_version=version, relevant=result["relevant"],
                score=result["score"], events=result["events"],
                evidence=[e["evidence"] for e in result["events"] if e.get("evidence")],
            ),
            stable_id("assessed", uid, article["content_hash"], version, result_hash),
        )  # fmt: skip
        source = ev.Source(
            article=uid, url=article["url"], outlet=article.get("outlet") or "",
            published=article.get("published"),
        )  # fmt: skip
        supported = set()
        if result["relevant"]:
            for index, event in enumerate(result["events"]):
                tag = f"{article['content_hash']}:{index}"
                supported.add(work.record(event, source, tag))
        work.withdraw(uid, supported, article["content_hash"])
        work.assessed[uid] = _Assessed(article["content_hash"], version, result_hash)
        work.changed[uid] = result["relevant"]
        return True


class _Work:
    """One batch's appends and the development index, kept in step within a transaction."""

    def __init__(self, conn: Connection, store: EventStore, articles: list[str]) -> None:
        self.conn = conn
        self.store = store
        self.appends: list[tuple[str, list, Any]] = []
        self._known: dict[str, dict[str, Development]] | None = None
        # Read once per batch: the batch's articles' last assessments and what they support.
        self.assessed: dict[str, _Assessed] = {}
        self.support: dict[str, set[str]] = {uid: set() for uid in articles}
        self.changed: dict[str, bool] = {}
        self._stored = set()
        for chunk in _chunks(list(dict.fromkeys(articles))):
            for row in conn.execute(sa.select(assessments).where(assessments.c.article.in_(chunk))):
                self.assessed[row.article] = _Assessed(
                    row.content_hash, row.detector_version, row.result_hash
                )
                self._stored.add(row.article)
            rows = conn.execute(
                sa.select(development_support).where(development_support.c.article.in_(chunk))
            )
            for row in rows:
                self.support[row.article].add(row.key)

    def _supports(self, key: str, article: str) -> bool:
        if article not in self.support:
            self.support[article] = set(
                self.conn.execute(
                    sa.select(development_support.c.key).where(
                        development_support.c.article == article
                    )
                ).scalars()
            )
        return key in self.support[article]

    def known(self, kind: str) -> dict[str, Development]:
        if self._known is None:
            self._known = {}
            rows = self.conn.execute(
                sa.select(development_index).where(development_index.c.retracted.is_(False))
            )
            for row in rows:
                self._known.setdefault(_family(row.type), {})[row.key] = Development(
                    row.key, row.type, row.date, row.precision, orjson.loads(row.fields), row.stage
                )
        return self._known.setdefault(_family(kind), {})

    def append(self, stream: str, event: ev.DomainEvent, event_id: str, expected: Any = "any"):
        self.appends.append((stream, [to_new_event(event, event_id=event_id)], expected))

    def record(self, event: dict[str, Any], source: ev.Source, tag: str) -> str:
        """Append what one detected event means for the developments; return its key."""
        known = self.known(event["type"])
        decision = decide(event, known.values())
        evidence = [event["evidence"]] if event.get("evidence") else []
        if decision.action == "new":
            key = self._unused_key(decision.key)
            detected = ev.EventDetected(
                key=key, type=event["type"], date=event.get("date"),
                date_precision=event.get("date_precision"), actors=event.get("actors") or [],
                place=event.get("place"), fields=event.get("fields") or {},
                evidence=evidence, source=source,
            )  # fmt: skip
            self.append(
                development_stream(key), detected, stable_id("detected", key, source.article),
                NO_STREAM,
            )  # fmt: skip
            development = Development(
                key, event["type"], event.get("date"), event.get("date_precision"),
                event.get("fields") or {}, (event.get("fields") or {}).get("stage"),
            )  # fmt: skip
            known[key] = development
            self.conn.execute(development_index.insert().values(_index_row(development)))
        elif decision.action == "revise":
            key = decision.key
            old = known[key]
            fields = event.get("fields") or {}
            revised = ev.EventRevised(
                key=key, type=event["type"] if event["type"] != old.type else None,
                date=event.get("date"), date_precision=event.get("date_precision"),
                fields=fields, evidence=evidence, source=source,
            )  # fmt: skip
            self.append(development_stream(key), revised, stable_id("revised", key, tag))
            development = Development(
                key, event["type"], event.get("date") or old.date,
                event.get("date_precision") or old.precision, {**old.fields, **fields},
                fields.get("stage") or old.stage,
            )  # fmt: skip
            known[key] = development
            self.conn.execute(
                development_index.update()
                .where(development_index.c.key == key)
                .values(_index_row(development))
            )
        else:
            key = decision.key
            if not self._supports(key, source.article):
                corroborated = ev.EventCorroborated(
                    key=key, evidence=evidence, source=source, type=event["type"],
                    date=event.get("date"), date_precision=event.get("date_precision"),
                    fields=event.get("fields") or {},
                )  # fmt: skip
                self.append(
                    development_stream(key), corroborated,
                    stable_id("corroborated", key, source.article),
                )  # fmt: skip
        if not self._supports(key, source.article):
            self.conn.execute(development_support.insert().values(key=key, article=source.article))
            self.support[source.article].add(key)
        return key

    def withdraw(self, article: str, still_supported: set[str], content_hash: str) -> None:
        """Drop this article's support where its new assessment no longer holds it."""
        self._supports("", article)  # loads the article's support if not prefetched
        for key in self.support[article] - still_supported:
            self.support[article].discard(key)
            self.conn.execute(
                development_support.delete().where(
                    development_support.c.key == key, development_support.c.article == article
                )
            )
            left = self.conn.execute(
                sa.select(sa.func.count())
                .select_from(development_support)
                .where(development_support.c.key == key)
            ).scalar_one()
            if left == 0:
                reason = f"its only source ({article}) no longer reports it"
                self.append(
                    development_stream(key), ev.EventRetracted(key=key, reason=reason),
                    stable_id("retracted", key, article, content_hash),
                )  # fmt: skip
                self.conn.execute(
                    development_index.update()
                    .where(development_index.c.key == key)
                    .values(retracted=True)
                )
                for family in (self._known or {}).values():
                    family.pop(key, None)

    def flush(self) -> None:
        if self.appends:
            self.store.append_many(self.appends, conn=self.conn)
            self.appends = []
        rows = [
            {"article": uid, "content_hash": a.content_hash, "detector_version": a.version,
             "result_hash": a.result_hash, "relevant": self.changed[uid]}
            for uid, a in self.assessed.items() if uid in self.changed
        ]  # fmt: skip
        new = [row for row in rows if row["article"] not in self._stored]
        if new:
            self.conn.execute(assessments.insert(), new)
        for row in rows:
            if row["article"] in self._stored:
                self.conn.execute(
                    assessments.update()
                    .where(assessments.c.article == row["article"])
                    .values({k: v for k, v in row.items() if k != "article"})
                )
        self._stored.update(row["article"] for row in new)
        self.changed = {}

    def _unused_key(self, key: str) -> str:
        taken = set(
            self.conn.execute(
                sa.select(development_index.c.key).where(development_index.c.key.like(f"{key}%"))
            ).scalars()
        )
        candidate, n = key, 1
        while candidate in taken:
            n += 1
            candidate = f"{key}~{n}"
        return candidate


class _Assessed(NamedTuple):
    content_hash: str
    version: str
    result_hash: str


def _chunks(values: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


def _family(kind: str) -> str:
    return "visit" if kind in ("visit_planned", "official_visit") else kind


def _index_row(development: Development) -> dict[str, Any]:
    return {
        "key": development.key,
        "type": development.type,
        "date": development.date,
        "precision": development.precision,
        "fields": orjson.dumps(dict(development.fields), option=orjson.OPT_SORT_KEYS).decode(),
        "stage": development.stage,
        "retracted": False,
    }


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:32]


def reprocess(
    store: EventStore,
    reader: DetectorReader,
    *,
    batch_size: int = 200,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Re-run detection over every article's latest version; return how many changed."""
    latest: dict[str, dict[str, Any]] = {}
    after = 0
    while batch := store.read_all(after, limit=5000, types=ARTICLE_TYPES):
        for recorded in batch:
            latest[recorded.data["article"]] = upcast(recorded)
        after = batch[-1].position
    articles = list(latest.values())
    changed = 0
    for start in range(0, len(articles), batch_size):
        with store.transaction() as conn:
            chunk = articles[start : start + batch_size]
            work = _Work(conn, store, [article["article"] for article in chunk])
            for article in chunk:
                changed += reader.process(work, article)
            work.flush()
        if progress:
            progress(min(start + batch_size, len(articles)), len(articles))
    return changed
