"""The detector in the service: a checkpointed reader of articles that records developments.

For every new or changed article it appends ArticleAssessed and stores the article's detected
events as reports. Then, for each family of development types whose reports changed, it groups
all the family's reports into developments again (`dedup.cluster`: the same reports give the same
developments in any order) and appends what brings each development's stream to that result: a new
development (EventDetected), another source (EventCorroborated), a later stage or sharper date
(EventRevised), or a development no report supports any more (EventRetracted). When a stream
cannot get there by appending (a source must go: a late article moved it to another development,
or the article reports it no more), the development is retracted and detected afresh under the
same key.

Event ids are derived from the stream position and content, so replaying the same articles with
the same rules appends nothing; output and checkpoint are written in one transaction.
"""

from __future__ import annotations

import hashlib
import threading
from collections.abc import Callable, Iterable, Iterator
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any, NamedTuple

import orjson
import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor import events as ev
from monitor.detect import dedup
from monitor.detect.article import assessment_input
from monitor.detect.tables import assessments, development_index, development_reports
from monitor.developments import Development as Folded
from monitor.developments import Developments as Relations
from monitor.mapper import from_recorded, stable_id, to_new_event, upcast
from storage import NO_STREAM, EventStore, RecordedEvent

if TYPE_CHECKING:
    from monitor.detect.detector import Detector

ARTICLE_TYPES = ("ArticleDiscovered", "ArticleUpdated")
DEVELOPMENT_TYPES = ("EventDetected", "EventCorroborated", "EventRevised", "EventRetracted")
_FOLDED_AT = datetime(1970, 1, 1, tzinfo=UTC)  # the index's folds need no real times


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
        self._loading = threading.Lock()  # a warm-up thread and the first batch may race
        # Assessments the poller's workers already made, keyed (article, content hash, version).
        self.precomputed = precomputed if precomputed is not None else {}

    @property
    def detector(self) -> Detector:
        with self._loading:
            if self._detector is None:  # loading the vocabulary takes a while; only when needed
                if self._factory is None:
                    from monitor.detect.detector import Detector

                    self._factory = Detector.load
                self._detector = self._factory()
        return self._detector

    def warm(self, languages: Iterable[str]) -> None:
        """Load the detector and the lemmatisers of these languages now (a daemon does so while
        its first poll is under way, so that a restart reaches its first batch sooner)."""
        lexicon = self.detector.lexicon
        for lang in languages:
            lemmatizer = lexicon.lemmatizer(lang)
            if lemmatizer is not None:
                lemmatizer.lemma("news")  # a library loads its dictionary on its first word

    def handle(self, conn: Connection, batch: list[RecordedEvent]) -> None:
        articles = [upcast(recorded) for recorded in batch]
        work = _Work(conn, self.store, [article["article"] for article in articles])
        for article in articles:
            self.process(work, article)
        work.flush()

    def clear(self, conn: Connection) -> None:
        for table in (development_reports, development_index, assessments):
            conn.execute(table.delete())

    def process(self, work: _Work, article: dict[str, Any], *, force: bool = False) -> bool:
        """Assess one article version and record its reports; False when nothing changed."""
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
            [ev.ArticleAssessed(
                article=uid, detector_version=version, relevant=result["relevant"],
                score=result["score"], events=result["events"],
                evidence=[e["evidence"] for e in result["events"] if e.get("evidence")],
            )],
            [stable_id("assessed", uid, article["content_hash"], version, result_hash)],
        )  # fmt: skip
        published = article.get("published")
        source = {
            "article": uid, "url": article["url"], "outlet": article.get("outlet") or "",
            "published": published.isoformat() if isinstance(published, datetime) else published,
        }  # fmt: skip
        events = result["events"] if result["relevant"] else []
        work.report(uid, source, events)
        work.assessed[uid] = _Assessed(article["content_hash"], version, result_hash)
        work.changed[uid] = result["relevant"]
        return True


class _Work:
    """One transaction's appends, reports and development index, kept in step."""

    def __init__(self, conn: Connection, store: EventStore, articles: list[str]) -> None:
        self.conn = conn
        self.store = store
        self.appends: list[tuple[str, list, Any]] = []
        self.touched: set[str] = set()  # families whose reports changed
        # Developments an article's replaced reports belonged to: when the article no longer
        # reports one, its other reports still point there, yet its sources must change.
        self.left: set[str] = set()
        self.reports: dict[str, list[dict[str, Any]]] = {}  # new reports by article
        # Read once per batch: the batch's articles' last assessments.
        self.assessed: dict[str, _Assessed] = {}
        self.changed: dict[str, bool] = {}
        self._stored = set()
        for chunk in _chunks(list(dict.fromkeys(articles))):
            for row in conn.execute(sa.select(assessments).where(assessments.c.article.in_(chunk))):
                self.assessed[row.article] = _Assessed(
                    row.content_hash, row.detector_version, row.result_hash
                )
                self._stored.add(row.article)

    def append(self, stream: str, events: list, ids: list[str], expected: Any = "any") -> None:
        new = [to_new_event(event, event_id=id_) for event, id_ in zip(events, ids, strict=True)]
        self.appends.append((stream, new, expected))

    def report(self, article: str, source: dict[str, Any], events: list[dict[str, Any]]) -> None:
        """Replace an article's reports with the events it reports now (written at flush)."""
        self.reports[article] = [
            {
                "article": article, "seq": seq, "family": dedup.family(event["type"]), "key": None,
                "published": source["published"],
                "data": orjson.dumps({"event": event, "source": source}).decode(),
            }
            for seq, event in enumerate(events)
        ]  # fmt: skip

    def _write_reports(self) -> None:
        r = development_reports.c
        articles = list(self.reports)
        for chunk in _chunks(articles):
            old = self.conn.execute(sa.select(r.family, r.key).where(r.article.in_(chunk))).all()
            if old:
                self.conn.execute(development_reports.delete().where(r.article.in_(chunk)))
                self.touched.update(row.family for row in old)
                self.left.update(row.key for row in old if row.key is not None)
        rows = [row for article in articles for row in self.reports[article]]
        if rows:
            self.conn.execute(development_reports.insert(), rows)
        self.touched.update(row["family"] for row in rows)
        self.reports = {}

    def flush(self) -> None:
        self._write_reports()
        for family in sorted(self.touched):
            _Family(self, family).reconcile()
        self.touched, self.left = set(), set()
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


class _Family:
    """One family's reports clustered again, and each changed development's stream brought there."""

    def __init__(self, work: _Work, family: str) -> None:
        self.work = work
        self.conn = work.conn
        self.family = family
        self.index_rows: dict[str, dict[str, Any]] = {}  # written once the family is done

    def reconcile(self) -> None:
        r = development_reports.c
        rows = self.conn.execute(
            sa.select(r.article, r.seq, r.key, r.data).where(r.family == self.family)
        ).all()
        self.payloads: dict[tuple[str, int], dict[str, Any]] = {}
        reports, assigned = [], {}
        for row in rows:
            data = orjson.loads(row.data)
            self.payloads[row.article, row.seq] = data
            reports.append(_report(row.article, row.seq, data))
            assigned[row.article, row.seq] = row.key
        i = development_index.c
        index = {
            row.key: row
            for row in self.conn.execute(
                sa.select(i.key, i.version, i.retracted).where(i.family == self.family)
            )
        }
        targets = {development.key: development for development in dedup.cluster(reports)}
        members: dict[str | None, set[tuple[str, int]]] = {}
        for ident, key in assigned.items():
            members.setdefault(key, set()).add(ident)
        for key in sorted(index):
            if key not in targets and not index[key].retracted:
                self._retract(key, index[key].version)
        moved = []
        for key, development in sorted(targets.items()):
            wanted = {(report.article, report.seq) for report in development.reports}
            known = index.get(key)
            if (
                known is not None
                and not known.retracted
                and members.get(key) == wanted
                and key not in self.work.left
            ):
                continue
            self._sync(key, development, known)
            moved += [
                {"a": article, "s": seq, "k": key}
                for article, seq in sorted(wanted)
                if assigned[article, seq] != key
            ]
        self._write_index(set(index))
        if moved:
            self.conn.execute(
                development_reports.update()
                .where(r.article == sa.bindparam("a"), r.seq == sa.bindparam("s"))
                .values(key=sa.bindparam("k")),
                moved,
            )

    def _write_index(self, stored: set[str]) -> None:
        i = development_index.c
        new = [{"key": k, **row} for k, row in self.index_rows.items() if k not in stored]
        old = [{"k": k, **row} for k, row in self.index_rows.items() if k in stored]
        if new:
            self.conn.execute(development_index.insert(), new)
        if old:
            self.conn.execute(
                development_index.update().where(i.key == sa.bindparam("k")),
                old,
            )
        self.index_rows = {}

    def _retract(self, key: str, version: int) -> None:
        doc, version = self._current(key, version)
        reason = "no article reports it any more"
        events = [ev.EventRetracted(key=key, reason=reason)]
        self._emit(key, version, doc, events)

    def _sync(self, key: str, development: dedup.Development, known: Any) -> None:
        """Append what makes the stream fold to what the development's reports say together."""
        fresh = self._sequence(key, development, None)
        target = _signature(_fold(None, key, fresh))
        doc, version = (None, 0) if known is None else self._current(key, known.version)
        if doc is not None and doc["status"] == "active":
            events = self._sequence(key, development, doc)
            if _signature(_fold(doc, key, events)) == target:
                self._emit(key, version, doc, events)
                return
            fresh = [ev.EventRetracted(key=key, reason="its reports were regrouped"), *fresh]
        self._emit(key, version, doc, fresh)

    def _sequence(
        self, key: str, development: dedup.Development, doc: dict[str, Any] | None
    ) -> list[ev.DomainEvent]:
        """Events that bring a stream (None: a new one) up to the development's reports."""
        sources = {s["article"] for s in doc["sources"]} if doc else set()
        state = Folded.from_doc(doc) if doc else None
        top, sharpest = -1, None  # the stage, and the sharpest date at it, of what is applied
        current = state.type if state else None

        def apply(report: dedup.Report) -> None:
            nonlocal top, sharpest
            if dedup.rank(report) > top:
                top, sharpest = dedup.rank(report), None
            if (
                dedup.rank(report) == top
                and report.date
                and dedup.sharper(report.precision, sharpest)
            ):
                sharpest = report.precision

        for report in development.reports:
            if report.article in sources:
                apply(report)
        events: list[ev.DomainEvent] = []
        for report in development.reports:
            if report.article in sources:
                continue
            payload = self.payloads[report.article, report.seq]
            if current is None:
                events.append(_detected(key, payload))
                current = report.type
            elif dedup.advances(report, top, sharpest):
                events.append(_revised(key, payload, current))
                current = report.type
            else:
                events.append(_corroborated(key, payload, current))
            sources.add(report.article)
            apply(report)
        folded = _fold(doc, key, events) if events else state
        final = dedup.canonical(development)
        if folded is not None and not _shows(folded, final):
            payload = self.payloads[final.source.article, final.source.seq]
            event = payload["event"]
            canonical_event = {
                **event, "type": final.type, "date": final.date,
                "date_precision": final.precision, "fields": final.fields,
            }  # fmt: skip
            events.append(_revised(key, {**payload, "event": canonical_event}, folded.type))
        return events

    def _current(self, key: str, version: int) -> tuple[dict[str, Any] | None, int]:
        """The stream's folded state and length, read from the log for a development kept before."""
        doc = self.conn.execute(
            sa.select(development_index.c.doc).where(development_index.c.key == key)
        ).scalar()
        if doc is not None and version >= 0:
            return orjson.loads(doc), version
        recorded = self.work.store.read_stream(development_stream(key), conn=self.conn)
        relations = Relations()
        for item in recorded:
            relations.apply(from_recorded(item), position=item.version, recorded_at=_FOLDED_AT)
        folded = relations.developments.get(key)
        return (folded.to_doc() if folded else None), len(recorded)

    def _emit(
        self, key: str, version: int, doc: dict[str, Any] | None, events: list[ev.DomainEvent]
    ) -> None:
        if not events:
            return
        ids = [
            stable_id(
                type(event).__name__, key, str(version + n),
                _digest(orjson.dumps(event.model_dump(mode="json"), option=orjson.OPT_SORT_KEYS)),
            )
            for n, event in enumerate(events, start=1)
        ]  # fmt: skip
        self.work.append(development_stream(key), events, ids, version or NO_STREAM)
        folded = _fold(doc, key, events, first=version)
        row = {
            "family": self.family, "version": version + len(events),
            "retracted": folded is None or folded.status != "active",
            "doc": orjson.dumps(folded.to_doc()).decode() if folded else None,
        }  # fmt: skip
        self.index_rows[key] = row


def _report(article: str, seq: int, data: dict[str, Any]) -> dedup.Report:
    event = data["event"]
    return dedup.Report(
        article=article, seq=seq, type=event["type"], date=event.get("date"),
        precision=event.get("date_precision"), fields=event.get("fields") or {},
        published=data["source"].get("published"),
    )  # fmt: skip


def _source(payload: dict[str, Any]) -> ev.Source:
    return ev.Source(**payload["source"])


def _evidence(event: dict[str, Any]) -> list[str]:
    return [event["evidence"]] if event.get("evidence") else []


def _detected(key: str, payload: dict[str, Any]) -> ev.EventDetected:
    event = payload["event"]
    return ev.EventDetected(
        key=key, type=event["type"], date=event.get("date"),
        date_precision=event.get("date_precision"), actors=event.get("actors") or [],
        place=event.get("place"), fields=event.get("fields") or {},
        evidence=_evidence(event), source=_source(payload),
    )  # fmt: skip


def _corroborated(key: str, payload: dict[str, Any], _type: str) -> ev.EventCorroborated:
    event = payload["event"]
    return ev.EventCorroborated(
        key=key, evidence=_evidence(event), source=_source(payload), type=event["type"],
        date=event.get("date"), date_precision=event.get("date_precision"),
        fields=event.get("fields") or {},
    )  # fmt: skip


def _revised(key: str, payload: dict[str, Any], current_type: str) -> ev.EventRevised:
    event = payload["event"]
    return ev.EventRevised(
        key=key, type=event["type"] if event["type"] != current_type else None,
        date=event.get("date"), date_precision=event.get("date_precision"),
        fields=event.get("fields") or {}, evidence=_evidence(event), source=_source(payload),
    )  # fmt: skip


def _fold(
    doc: dict[str, Any] | None, key: str, events: list[ev.DomainEvent], first: int = 0
) -> Folded | None:
    """The development a stream's state (None: no stream) and further events fold into."""
    relations = Relations({key: Folded.from_doc(orjson.loads(orjson.dumps(doc)))} if doc else {})
    for n, event in enumerate(events, start=first + 1):
        relations.apply(event, position=n, recorded_at=_FOLDED_AT)
    return relations.developments.get(key)


def _shows(folded: Folded, final: dedup.Canonical) -> bool:
    """Whether a folded development already shows a development's type, date and fields."""
    state = folded.state() or {}
    fields = state.get("fields", {})
    return (
        folded.type == final.type
        and (state.get("date"), state.get("date_precision")) == (final.date, final.precision)
        and all(fields.get(name) == value for name, value in final.fields.items())
    )


def _signature(folded: Folded | None) -> Any:
    """What order independence promises of a development: all but times, positions, evidence."""
    if folded is None or folded.status != "active":
        return None
    fact = folded.fact() or {}
    shown = {
        name: fact.get(name)
        for name in ("type", "date", "date_precision", "fields", "actors", "place", "stages")
    }
    shown["sources"] = sorted(source["url"] for source in fact.get("sources", []))
    return orjson.dumps(shown, option=orjson.OPT_SORT_KEYS)


class _Assessed(NamedTuple):
    content_hash: str
    version: str
    result_hash: str


def _chunks(values: list[str], size: int = 500) -> Iterator[list[str]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


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
            if start + batch_size >= len(articles):
                # Developments recorded before the reports table (or by no article now) go too.
                work.touched.update(
                    conn.execute(sa.select(development_index.c.family).distinct()).scalars()
                )
            work.flush()
        if progress:
            progress(min(start + batch_size, len(articles)), len(articles))
    return changed
