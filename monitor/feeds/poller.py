"""One polling pass: fetch due feeds politely in a small thread pool, record what happened.

Fetching and parsing run in worker threads; every outcome is written by the calling thread, one
transaction per feed holding both its events and its bookkeeping, so a crash or a stop between
feeds leaves nothing half-written.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import (
    FIRST_COMPLETED,
    Future,
    ProcessPoolExecutor,
    ThreadPoolExecutor,
    wait,
)
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urlsplit

import sqlalchemy as sa
import structlog
from sqlalchemy.engine import Connection

from monitor import events as ev
from monitor.feeds import leases
from monitor.feeds.backoff import next_check
from monitor.feeds.feedlist import Feed, feed_stream
from monitor.feeds.fetch import Fetcher, FetchResult
from monitor.feeds.outcomes import count_polls
from monitor.feeds.parse import ParsedEntry, ParsedFeed, extract_main_text, parse_feed
from monitor.feeds.politeness import HostLimiter
from monitor.feeds.prepare import (
    FeedRef,
    PreparedFeed,
    parse_and_prepare,
    prepare_articles,
    start_workers,
)
from monitor.mapper import event_from_data, stable_id, to_new_event
from monitor.settings import FetchConfig
from monitor.tables import article_index, feed_state
from storage import NO_STREAM, EventStore
from storage.engine import insert_missing

log = structlog.get_logger("monitor.poller")

PARALLEL_FROM = 4  # feeds in a pass from which parsing moves to worker processes
WORKER_TIMEOUT_S = 120  # longest a worker may take on one body before it is killed
PRECOMPUTED_CAP = 50_000


@dataclass
class Fetched:
    feed: Feed
    url: str
    result: FetchResult
    parsed: ParsedFeed | None = None
    prepared: PreparedFeed | None = None
    parse_error: str | None = None


@dataclass
class FeedReport:
    feed: str
    status: int | None
    new: int = 0
    updated: int = 0
    error: str | None = None


@dataclass
class PollReport:
    feeds: list[FeedReport] = field(default_factory=list)

    @property
    def new(self) -> int:
        return sum(report.new for report in self.feeds)

    @property
    def updated(self) -> int:
        return sum(report.updated for report in self.feeds)

    @property
    def failed(self) -> int:
        return sum(1 for report in self.feeds if report.error)


def article_stream(uid: str) -> str:
    return f"article-{uid}"


class Poller:
    """Polls feeds and appends FeedMoved/FeedFailing/…/ArticleDiscovered events."""

    def __init__(
        self,
        store: EventStore,
        fetcher: Fetcher,
        config: FetchConfig,
        *,
        precomputed: dict | None = None,
        vocabulary_dir: Path | None = None,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
    ) -> None:
        self.store = store
        self.fetcher = fetcher
        self.config = config
        self.clock = clock
        # Assessments made while preparing, keyed (article, content hash, detector version), for
        # the detector reader to take instead of assessing the same text again.
        self.precomputed = precomputed if precomputed is not None else {}
        self.vocabulary_dir = vocabulary_dir
        self._pool: ProcessPoolExecutor | None = None
        self._pool_lock = threading.Lock()
        self.instance = leases.instance_id()
        # Renewed every third of itself while a pass runs, so it need not cover a whole fetch.
        self.lease = config.lease
        # Feeds claimed at a time: enough to keep the fetching threads busy, few enough that
        # other instances share a large set of due feeds instead of waiting on this one's queue.
        self.batch = config.concurrency * 4
        self.limiter = HostLimiter(
            config.per_host_in_flight, config.per_host_spacing.total_seconds()
        )

    def due(self, feeds: Iterable[Feed], *, now: datetime | None = None) -> list[Feed]:
        """The feeds whose next check has come (or that were never checked)."""
        now = now or self.clock()
        with self.store.engine.connect() as conn:
            state = {
                row.feed: row
                for row in conn.execute(
                    sa.select(feed_state.c.feed, feed_state.c.next_check_at, feed_state.c.disabled)
                )
            }
        return [feed for feed in feeds if _is_due(state.get(feed.name), now)]

    def claim_due(
        self, feeds: Iterable[Feed], *, now: datetime | None = None, limit: int | None = None
    ) -> list[Feed]:
        """Lease the due feeds (the `limit` most overdue) to this instance; another instance
        skips them until they are recorded.

        On PostgreSQL the rows are locked with SKIP LOCKED, so concurrent claims never overlap;
        a lease whose instance died expires (or is taken over) and the feed is claimed again.
        """
        now = now or self.clock()
        by_name = {feed.name: feed for feed in feeds}
        if not by_name:
            return []
        state = feed_state.c
        with self.store.transaction() as conn:
            _ensure_state_rows(conn, list(by_name.values()))
            gone = leases.stale_holders(conn, self.instance, now)
            # This instance's own leases are left from a pass whose saving failed (one pass runs
            # at a time per instance): its feeds are claimed again.
            free = sa.or_(
                state.lease_until.is_(None), state.lease_until < now,
                state.lease_owner == self.instance,
            )  # fmt: skip
            query = (
                sa.select(state.feed)
                .where(
                    state.feed.in_(list(by_name)),
                    state.disabled.is_(False),
                    sa.or_(state.next_check_at.is_(None), state.next_check_at <= now),
                    sa.or_(free, state.lease_owner.in_(gone)) if gone else free,
                )
                .order_by(state.next_check_at.is_(None).desc(), state.next_check_at, state.feed)
                .limit(limit)
                .with_for_update(skip_locked=True)
            )
            claimed = list(conn.execute(query).scalars())
            if claimed:
                conn.execute(
                    feed_state.update()
                    .where(state.feed.in_(claimed))
                    .values(lease_owner=self.instance, lease_until=now + self.lease)
                )
        if gone:
            log.info("leases_taken_over", holders=gone, feeds=len(claimed))
        return [by_name[name] for name in claimed]

    def release_leases(self) -> None:
        """Give up this instance's leases, so another instance (or a restart) polls them now."""
        try:
            with self.store.transaction() as conn:
                released = leases.release(conn, self.instance)
        except Exception as error:
            log.warning("leases_not_released", error=_short(error))
            return
        if released:
            log.info("leases_released", feeds=released)

    def interrupt(self) -> None:
        """Stopping: fetches in flight end at once, as 'aborted', and are not recorded."""
        self.fetcher.abort()

    def _renew_leases(self, done: threading.Event) -> None:
        every = self.lease.total_seconds() / 3
        while not done.wait(every):
            try:
                with self.store.transaction() as conn:
                    leases.renew(conn, self.instance, self.clock() + self.lease)
            except Exception as error:  # the lease may run out; another instance then polls
                log.warning("lease_renewal_failed", error=_short(error))

    def poll(self, feeds: Iterable[Feed], *, stop: threading.Event | None = None) -> PollReport:
        """Fetch the given feeds with bounded concurrency and record every outcome."""
        stop = stop or threading.Event()
        report = PollReport()
        pending: set[Future[Fetched]] = set()
        queue = list(feeds)
        known = self._known_state([feed.name for feed in queue])
        unchanged: list[Fetched] = []
        # Worker processes pay off on big passes; a few feeds are parsed in the fetching thread.
        pool = self._workers() if len(queue) >= PARALLEL_FROM else None
        finished = threading.Event()
        renewing = threading.Thread(target=self._renew_leases, args=(finished,), daemon=True)
        renewing.start()
        try:
            with ThreadPoolExecutor(self.config.concurrency, thread_name_prefix="fetch") as threads:
                while (queue and not stop.is_set()) or pending:
                    while (
                        queue and not stop.is_set() and len(pending) < self.config.concurrency * 2
                    ):
                        feed = queue.pop(0)
                        pending.add(threads.submit(self._fetch, feed, known.get(feed.name), pool))
                    if not pending:
                        break
                    done, pending = wait(pending, return_when=FIRST_COMPLETED)
                    for future in done:
                        fetched = future.result()
                        if fetched.result.error == "aborted":
                            continue  # stopping: the lease is released, the feed polled later
                        if _unchanged(fetched):
                            unchanged.append(fetched)
                        else:
                            report.feeds.append(self._record_safely(fetched))
            # A 304 changes only bookkeeping: record them together rather than a commit each
            # (their leases still renewed meanwhile). If this is lost, those feeds are simply
            # asked again.
            if unchanged:
                report.feeds += self._record_unchanged(unchanged)
        finally:
            finished.set()
            # Joined, never left behind: a daemon thread still running at interpreter exit can
            # abort the process ("FATAL: exception not rethrown").
            renewing.join()
        self._count(report)
        return report

    def _count(self, report: PollReport) -> None:
        """Add the pass's outcomes to the poll counts (/metrics); a failure here loses only them."""
        try:
            with self.store.transaction() as conn:
                count_polls(conn, report.feeds)
        except Exception as error:
            log.warning("poll_counts_not_saved", error=_short(error))

    def _known_state(self, names: list[str]) -> dict[str, sa.Row]:
        """Each feed's current URL (after moves) and validators, read once per pass."""
        with self.store.engine.connect() as conn:
            rows = conn.execute(
                sa.select(
                    feed_state.c.feed, feed_state.c.url, feed_state.c.etag,
                    feed_state.c.last_modified,
                )
            )  # fmt: skip
            wanted = set(names)
            return {row.feed: row for row in rows if row.feed in wanted}

    def _fetch(self, feed: Feed, known: sa.Row | None, pool: ProcessPoolExecutor | None) -> Fetched:
        url = known.url if known else feed.url
        etag, last_modified = (known.etag, known.last_modified) if known else (None, None)
        with self.limiter.slot(urlsplit(url).hostname or ""):
            result = self.fetcher.fetch(url, etag=etag, last_modified=last_modified)
        fetched = Fetched(feed, url, result)
        if result.status is None or not 200 <= result.status < 300 or result.body is None:
            return fetched
        ref = FeedRef(feed.name, feed.language)
        base = result.final_url or url
        try:
            if pool is not None and not feed.full_text:
                job = pool.submit(parse_and_prepare, result.body, result.headers, base, ref)
                fetched.prepared = job.result(timeout=WORKER_TIMEOUT_S)
            else:
                parsed = parse_feed(result.body, result.headers, base)
                full_texts = self._full_texts(parsed.entries) if feed.full_text else None
                fetched.prepared = prepare_articles(parsed, ref, full_texts)
            fetched.parsed = fetched.prepared.parsed
        except (BrokenProcessPool, FutureTimeout) as error:
            # A worker died or hung on this body: the feed records a failure, the pool restarts.
            fetched.parse_error = f"parser worker failed: {type(error).__name__}"
            self._reset_workers(pool)
        except Exception as error:  # a parser bug must cost one feed, not the pass
            fetched.parse_error = f"{type(error).__name__}: {error}"
        return fetched

    def _workers(self) -> ProcessPoolExecutor | None:
        if self.config.parse_workers < 1:
            return None
        with self._pool_lock:
            if self._pool is None:
                self._pool = start_workers(self.config.parse_workers, self.vocabulary_dir)
            return self._pool

    def _reset_workers(self, broken: ProcessPoolExecutor) -> None:
        with self._pool_lock:
            if self._pool is not broken:
                return
            self._pool = None
        # A hung worker would keep its slot for ever; end the processes, not just the executor.
        for process in list((getattr(broken, "_processes", None) or {}).values()):
            process.kill()
        broken.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        """Release this instance's leases and stop the worker processes, if any were started."""
        self.release_leases()
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            processes = list((getattr(pool, "_processes", None) or {}).values())
            pool.shutdown(wait=False, cancel_futures=True)
            # A worker may be deep in a large body whose result is no longer wanted.
            for process in processes:
                process.join(timeout=2)
                if process.is_alive():
                    process.terminate()
                    process.join(timeout=5)

    def _full_texts(self, entries: list[ParsedEntry]) -> dict[str, str]:
        texts = {}
        for entry in entries:
            if not entry.link:
                continue
            with self.limiter.slot(urlsplit(entry.link).hostname or ""):
                page = self.fetcher.fetch_page(entry.link)
            if page.body and not page.error:
                text = extract_main_text(page.body, page.final_url or entry.link)
                if text:
                    texts[entry.link] = text
        return texts

    def _record_unchanged(self, batch: list[Fetched]) -> list[FeedReport]:
        """Record a pass's plain 304s with one read and one bulk update of their bookkeeping."""
        now = self.clock()
        state = feed_state.c
        try:
            with self.store.transaction() as conn:
                names = [fetched.feed.name for fetched in batch]
                query = sa.select(state.feed, state.failures).where(state.feed.in_(names))
                failures = {row.feed: row.failures for row in conn.execute(query)}
                recovered, rows = [], []
                for fetched in batch:
                    feed, result = fetched.feed, fetched.result
                    if failures.get(feed.name, 0) >= self.config.failing_after:
                        event = ev.FeedRecovered(feed=feed.name, failures=failures[feed.name])
                        recovered.append((feed_stream(feed.name), [to_new_event(event)], "any"))
                    rows.append(
                        {
                            "name": feed.name, "status": result.status, "now": now,
                            "next": next_check(
                                now, feed.interval_s, cache_max_age_s=result.cache_max_age,
                                cap_s=self.config.backoff_cap.total_seconds(),
                            ),
                        }
                    )  # fmt: skip
                conn.execute(_UNCHANGED_UPDATE, rows)
                self.store.append_many(recovered, conn=conn)
        except Exception as error:
            log.warning("feed_record_failed", feeds=len(batch), error=_short(error))
            log.debug("feed_record_failed_traceback", exc_info=True)
            return [self._record_safely(fetched) for fetched in batch]
        for fetched in batch:
            log.info(
                "feed_polled", feed=fetched.feed.name, url=fetched.url, status=304, new=0,
                updated=0, error=None, elapsed_ms=fetched.result.elapsed_ms,
            )  # fmt: skip
        return [FeedReport(fetched.feed.name, fetched.result.status) for fetched in batch]

    def _record_safely(self, fetched: Fetched) -> FeedReport:
        try:
            return self._record(fetched)
        except Exception as error:
            reason = _short(error)
            log.warning("feed_record_failed", feed=fetched.feed.name, url=fetched.url, error=reason)
            log.debug("feed_record_failed_traceback", feed=fetched.feed.name, exc_info=True)
            self._record_save_failure(fetched, reason)
            return FeedReport(
                fetched.feed.name, fetched.result.status, error=f"save_failed: {reason}"
            )

    def _record_save_failure(self, fetched: Fetched, reason: str) -> None:
        """The fetch worked but storing it did not: count a failure where `health` shows it."""
        feed, now = fetched.feed, self.clock()
        try:
            with self.store.transaction() as conn:
                failures = 1 + (
                    conn.execute(
                        sa.select(feed_state.c.failures).where(feed_state.c.feed == feed.name)
                    ).scalar()
                    or 0
                )
                conn.execute(
                    feed_state.update()
                    .where(feed_state.c.feed == feed.name)
                    .values(
                        last_status=fetched.result.status, last_checked_at=now, failures=failures,
                        last_error=f"save_failed: {reason}"[:2000], lease_owner=None,
                        lease_until=None, next_check_at=next_check(
                            now, feed.interval_s, failures=failures,
                            cap_s=self.config.backoff_cap.total_seconds(),
                        ),
                    )
                )  # fmt: skip
        except Exception as error:  # the database itself is failing: the log is all there is
            log.warning("feed_state_not_saved", feed=feed.name, error=_short(error))

    def _record(self, fetched: Fetched, conn: Connection | None = None) -> FeedReport:
        feed, result = fetched.feed, fetched.result
        now = self.clock()
        report = FeedReport(feed.name, result.status)
        with nullcontext(conn) if conn is not None else self.store.transaction() as conn:
            state = _load_state(conn, feed, fetched.url)
            feed_events: list[ev.DomainEvent] = []
            error = _failure(fetched)
            if result.permanent_redirect_to and result.permanent_redirect_to != state["url"]:
                feed_events.append(
                    ev.FeedMoved(
                        feed=feed.name, old_url=state["url"],
                        new_url=result.permanent_redirect_to, status=result.redirects[0],
                    )
                )  # fmt: skip
                state.update(url=result.permanent_redirect_to, etag=None, last_modified=None)
            state.update(last_status=result.status, last_checked_at=now)
            if result.gone:
                feed_events.append(ev.FeedDisabled(feed=feed.name, reason="410 Gone", status=410))
                state.update(disabled=True, last_error="gone")
                report.error = "gone"
            elif error:
                report.error = error[0]
                state["failures"] += 1
                state["last_error"] = f"{error[0]}: {error[1]}"[:2000]
                if state["failures"] == self.config.failing_after:
                    feed_events.append(
                        ev.FeedFailing(
                            feed=feed.name, failures=state["failures"],
                            error=error[0], detail=error[1][:500],
                        )
                    )  # fmt: skip
            else:
                if state["failures"] >= self.config.failing_after:
                    feed_events.append(ev.FeedRecovered(feed=feed.name, failures=state["failures"]))
                state.update(failures=0, last_error=None, last_success_at=now)
                if not result.not_modified:
                    state.update(etag=result.etag, last_modified=result.last_modified)
                    report.new, report.updated = self._record_entries(conn, fetched)
                    if fetched.parsed.bozo:
                        state["last_error"] = f"bozo: {fetched.parsed.bozo_message}"[:2000]
            state["next_check_at"] = next_check(
                now,
                feed.interval_s,
                failures=state["failures"],
                retry_after_s=result.retry_after_seconds,
                cache_max_age_s=result.cache_max_age,
                ttl_minutes=fetched.parsed.ttl_minutes if fetched.parsed else None,
                cap_s=self.config.backoff_cap.total_seconds(),
            )
            if feed_events:
                self.store.append(
                    feed_stream(feed.name), [to_new_event(e) for e in feed_events], conn=conn
                )
            state.update(lease_owner=None, lease_until=None)
            _save_state(conn, feed.name, state)
        (log.warning if report.error else log.info)(
            "feed_polled", feed=feed.name, url=fetched.url, status=result.status,
            new=report.new, updated=report.updated, error=report.error,
            elapsed_ms=result.elapsed_ms,
        )  # fmt: skip
        return report

    def _record_entries(self, conn: Connection, fetched: Fetched) -> tuple[int, int]:
        prepared = fetched.prepared
        assert prepared is not None
        known = _known_hashes(conn, [article.uid for article in prepared.articles])
        appends, new_rows, changed = [], [], []
        for article in prepared.articles:
            uid, digest = article.uid, article.digest
            if known.get(uid) == digest:
                continue
            kind = ev.ArticleUpdated if uid in known else ev.ArticleDiscovered
            stored = event_from_data(kind, article.data, stable_id("article", uid, digest))
            appends.append((article_stream(uid), [stored], "any" if uid in known else NO_STREAM))
            if uid in known:
                changed.append({"uid": uid, "digest": digest})
            else:
                new_rows.append({"article": uid, "content_hash": digest, "feed": fetched.feed.name})
            if article.assessment is not None and len(self.precomputed) < PRECOMPUTED_CAP:
                self.precomputed[(uid, digest, article.detector_version)] = article.assessment
        self.store.append_many(appends, conn=conn)
        if new_rows:
            conn.execute(article_index.insert(), new_rows)
        if changed:
            conn.execute(
                article_index.update()
                .where(article_index.c.article == sa.bindparam("uid"))
                .values(content_hash=sa.bindparam("digest")),
                changed,
            )
        return len(new_rows), len(changed)


_UNCHANGED_UPDATE = (
    feed_state.update()
    .where(feed_state.c.feed == sa.bindparam("name"))
    .values(
        last_status=sa.bindparam("status"), last_checked_at=sa.bindparam("now"),
        last_success_at=sa.bindparam("now"), next_check_at=sa.bindparam("next"), failures=0,
        last_error=None, lease_owner=None, lease_until=None,
    )
)  # fmt: skip


def _short(error: BaseException) -> str:
    """One line naming an error: its type and the first line of its message."""
    text = str(error).strip().splitlines()
    return f"{type(error).__name__}: {text[0][:300]}" if text else type(error).__name__


def _unchanged(fetched: Fetched) -> bool:
    """A plain 304: nothing to append, only bookkeeping to move on."""
    result = fetched.result
    return result.not_modified and not result.error and not result.permanent_redirect_to


def _failure(fetched: Fetched) -> tuple[str, str] | None:
    """(code, detail) when the fetch or parse failed, None on success or 304."""
    result = fetched.result
    if result.error:
        return result.error, result.error_detail or ""
    if result.not_modified:
        return None
    if result.status is None or not 200 <= result.status < 300:
        return "http_status", f"HTTP {result.status}"
    if fetched.parse_error:
        return "parse_error", fetched.parse_error
    if fetched.parsed is None or not fetched.parsed.is_feed:
        parsed = fetched.parsed
        code = (parsed.error if parsed else None) or "not_a_feed"
        detail = parsed.bozo_message if parsed else ""
        return code, detail or "the response holds no RSS or Atom feed"
    return None


def _known_hashes(conn: Connection, uids: list[str]) -> dict[str, str]:
    known: dict[str, str] = {}
    for start in range(0, len(uids), 500):
        chunk = uids[start : start + 500]
        rows = conn.execute(
            sa.select(article_index.c.article, article_index.c.content_hash).where(
                article_index.c.article.in_(chunk)
            )
        )
        known.update({row.article: row.content_hash for row in rows})
    return known


_STATE_FIELDS = (
    "url", "etag", "last_modified", "next_check_at", "failures", "last_status", "last_error",
    "last_checked_at", "last_success_at", "disabled", "lease_owner", "lease_until",
)  # fmt: skip


def _ensure_state_rows(conn: Connection, feeds: list[Feed]) -> None:
    """Give never-polled feeds their bookkeeping row, so they can be claimed like the others."""
    rows = [{"feed": feed.name, "url": feed.url, "failures": 0} for feed in feeds]
    insert_missing(conn, feed_state, rows, "feed")


def _load_state(conn: Connection, feed: Feed, url: str) -> dict:
    row = conn.execute(sa.select(feed_state).where(feed_state.c.feed == feed.name)).first()
    if row is None:
        conn.execute(feed_state.insert().values(feed=feed.name, url=url, failures=0))
        return {"url": url, "failures": 0, "last_error": None}
    return {name: getattr(row, name) for name in _STATE_FIELDS}


def _save_state(conn: Connection, name: str, state: dict) -> None:
    values = {key: value for key, value in state.items() if key in _STATE_FIELDS}
    conn.execute(feed_state.update().where(feed_state.c.feed == name).values(**values))


def _is_due(row, now: datetime) -> bool:
    if row is None:
        return True
    return not row.disabled and (row.next_check_at is None or _aware(row.next_check_at) <= now)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
