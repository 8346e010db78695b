"""The CPU-heavy half of a poll, pure: a fetched body in, articles ready to store out.

On large passes this runs in worker processes, so parsing (and a first assessment of each article
by the detector) uses every core while the poller's own process writes to the store.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Mapping
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from monitor import events as ev
from monitor.detect.article import assessment_input
from monitor.feeds.identity import content_hash, entry_uid
from monitor.feeds.parse import ParsedFeed, parse_feed
from monitor.processes import started


@dataclass(frozen=True)
class FeedRef:
    """What preparing needs to know of a feed (picklable, unlike the poller's objects)."""

    name: str
    language: str


@dataclass(frozen=True)
class PreparedArticle:
    uid: str
    digest: str
    data: dict[str, Any]  # the fields of ArticleDiscovered, as stored
    assessment: dict[str, Any] | None = None  # the detector's answer for `data`, if computed
    detector_version: str | None = None


@dataclass(frozen=True)
class PreparedFeed:
    parsed: ParsedFeed  # without its entries: `articles` carries them
    articles: list[PreparedArticle] = field(default_factory=list)


def prepare_articles(
    parsed: ParsedFeed, feed: FeedRef, full_texts: Mapping[str, str] | None = None, detector=None
) -> PreparedFeed:
    """Identity, content hash and event data for every entry, plus assessments with a detector."""
    articles: dict[str, PreparedArticle] = {}
    for entry in parsed.entries:
        text = (full_texts or {}).get(entry.link or "", entry.text) or ""
        uid = entry_uid(entry.guid, entry.link, entry.title, text, scope=feed.name)
        digest = content_hash(entry.title, text)
        data = ev.ArticleDiscovered(
            article=uid, feed=feed.name, url=entry.link or "", title=entry.title or "",
            text=text, published=entry.published, language=entry.language or feed.language,
            content_hash=digest, guid=entry.guid, outlet=parsed.title or feed.name,
        ).model_dump(mode="json")  # fmt: skip
        assessment = detector.assess(assessment_input(data)) if detector is not None else None
        articles[uid] = PreparedArticle(
            uid, digest, data, assessment, detector.version if detector is not None else None
        )
    return PreparedFeed(replace(parsed, entries=[]), list(articles.values()))


# Worker processes: each loads the detector once, in its initializer.
_worker_detector = None
# What a worker imports to do its work, imported once by the server process workers fork from.
WORKER_MODULES = ["monitor.feeds.prepare", "monitor.detect.detector"]


def start_workers(count: int, vocabulary_dir: Path | None) -> ProcessPoolExecutor:
    """A pool of `count` worker processes for `parse_and_prepare`.

    They are forked from a server process that has imported parsing and detection once
    (multiprocessing's forkserver), not started as new interpreters that each import them again
    (spawn: about half a second of CPU more per worker), nor forked from this process, whose
    other threads may hold locks the child would inherit held.
    """
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(WORKER_MODULES)
    # The workers get the server's working directory, which is this one when it started.
    folder = vocabulary_dir.resolve() if vocabulary_dir is not None else None
    return ProcessPoolExecutor(
        count, mp_context=context, initializer=init_worker, initargs=(folder, os.getpid())
    )


def init_worker(vocabulary_dir: Path | None, owner: int) -> None:
    """ProcessPoolExecutor initializer: end with the pool's owner, compile the vocabulary once."""
    global _worker_detector
    from monitor.detect.detector import Detector

    _end_with(owner)
    _worker_detector = Detector.load(vocabulary_dir)


def _end_with(owner: int) -> None:
    """Exit when process `owner`, which started the pool, has ended, SIGKILL included.

    A killed owner never shuts its pool down, and its workers would otherwise wait for work for
    ever (and keep the fork server, their parent, alive: they hold the pipe whose end it waits
    for).
    """
    since = started(owner)

    def watch() -> None:
        while _alive(owner, since):
            time.sleep(0.5)
        os._exit(0)

    threading.Thread(target=watch, name="owner-watch", daemon=True).start()


def _alive(pid: int, since: str | None) -> bool:
    if since != "?":
        return started(pid) == since  # not a later process given the same PID
    try:  # no /proc
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    return True


def parse_and_prepare(
    body: bytes, headers: dict[str, str], url: str, feed: FeedRef
) -> PreparedFeed:
    """Worker entry point: parse a body and prepare (and assess) its articles."""
    return prepare_articles(parse_feed(body, headers, url), feed, detector=_worker_detector)
