"""One development whatever the outlet, language or arrival order: the detector reader's merging,
through real feeds, the real poller and real databases (SQLite and PostgreSQL)."""

from __future__ import annotations

import json
import random
from collections import Counter
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
import sqlalchemy as sa

from monitor.bootstrap import bootstrap, catch_up_readers
from monitor.detect.reader import reprocess
from monitor.feeds.poller import Feed
from monitor.settings import FetchConfig, Settings
from monitor.views.summary import replay_developments

CORPUS = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "dev.jsonl"


def atom(articles, title="Outlet") -> str:
    """An Atom feed whose entries carry their own language, as multilingual outlets' do."""
    entries = "".join(
        f'<entry xml:lang="{a.get("lang", "en")}"><title>{escape(a["title"])}</title>'
        f'<link href="{escape(a["url"])}"/><id>{escape(a["url"])}</id>'
        f"<updated>{a['published']}</updated><published>{a['published']}</published>"
        f'<content type="text">{escape(a["text"])}</content></entry>'
        for a in articles
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>{escape(title)}</title><id>urn:{escape(title)}</id>"
        f"<updated>2026-01-01T00:00:00Z</updated>{entries}</feed>"
    )


@pytest.fixture
def make_app(database_url, store_template):
    apps = []

    def make(detector=None):
        settings = Settings(
            database_url=database_url, allow_private_networks=True,
            fetch=FetchConfig(per_host_spacing=0, per_host_in_flight=4),
        )  # fmt: skip
        store_template.fill(database_url)  # a store, not migrated: creating one is not the point
        app = bootstrap(settings)
        if detector is not None:
            app.reader("detector")._detector = detector
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close()  # again for some: closing twice is harmless


def serve_in_turn(app, feed_server, feeds, prefix):
    """Each feed is polled in turn and the readers caught up after each, as outlets arrive."""
    for number, articles in enumerate(feeds):
        url = feed_server.serve(f"/{prefix}-{number}.xml", atom(articles, f"Outlet {number}"))
        app.poller.poll([Feed(f"{prefix}-{number}", url)])
        catch_up_readers(app)


def developments(app):
    """What order independence promises, folded from the log: keys, types, dates, stages,
    fields and sources of the developments that are not retracted."""
    out = {}
    for development in replay_developments(app.store):
        fact = development.fact()
        if fact is None:
            continue
        out[fact["key"]] = (
            fact["type"], fact["date"], fact["date_precision"], fact.get("stage"),
            json.dumps(fact["fields"], sort_keys=True),
            tuple(sorted(source["url"] for source in fact["sources"])),
        )  # fmt: skip
    return out


# --- the dev corpus, split and shuffled --------------------------------------------------------


def corpus():
    return [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines() if line]


class Remembering:
    """The real detector, whose answer for an article is worked out once and given again for
    the same input (its id aside: an article's id names its feed, which differs from run to
    run). What is compared here is how the reader merges assessments arriving in other orders,
    not whether the detector answers the same twice; `fresh` asks the detector itself again."""

    def __init__(self, detector) -> None:
        self.detector = detector
        self.version = detector.version
        self.answers: dict[str, str] = {}
        self.fresh = False
        self.assessed = 0

    def assess(self, article):
        key = json.dumps(
            {k: v for k, v in article.items() if k != "id"}, sort_keys=True, default=str
        )
        if self.fresh or key not in self.answers:
            self.answers[key] = json.dumps(self.detector.assess(article))
            self.assessed += 1
        return {**json.loads(self.answers[key]), "id": article.get("id")}


@pytest.fixture(scope="module")
def remembering():
    """One real detector for the runs of the dev-corpus test (both databases): loading the
    vocabulary, and assessing the same 49 articles in each of 9 runs, took most of its time."""
    from monitor.detect.detector import Detector

    return Remembering(Detector.load())


@pytest.mark.skipif(not CORPUS.exists(), reason=f"dev corpus not found at {CORPUS}")
def test_the_dev_corpus_gives_the_same_developments_however_it_is_split_and_ordered(
    make_app, feed_server, remembering
):
    articles = corpus()
    runs = [(feeds, None) for feeds in (1, 3, 5, 7, 11)]
    runs += [(4, seed) for seed in (1, 2, 3)] + [(len(articles), 4)]  # 49: one article a poll
    results = {}
    for feeds, seed in runs:
        order = list(articles)
        if seed is not None:
            random.Random(seed).shuffle(order)
        app = make_app(remembering)
        serve_in_turn(app, feed_server, [order[n::feeds] for n in range(feeds)], f"{feeds}-{seed}")
        results[feeds, seed] = developments(app)
        # The first run's reprocessing assesses every article afresh with the real detector;
        # the others' re-merge the remembered assessments of all articles at once.
        remembering.fresh = len(results) == 1
        assessed = remembering.assessed
        assert reprocess(app.store, app.reader("detector")) == 0
        assert remembering.assessed - assessed == (len(articles) if remembering.fresh else 0)
        remembering.fresh = False
        assert developments(app) == results[feeds, seed]
        _clear(app)
    first = results[1, None]
    assert len(first) > 40
    for run, found in results.items():
        assert found == first, f"{run}: {sorted(set(found.items()) ^ set(first.items()))}"


def _clear(app):
    """Empty the database and close the app, so the next run of the same test starts afresh."""
    with app.store.engine.begin() as conn:
        for name in sa.inspect(conn).get_table_names():
            if not name.startswith("alembic_version"):
                conn.execute(sa.text(f"DELETE FROM {name}"))
    app.close()


# --- written cases through a scripted detector -------------------------------------------------


class Scripted:
    """Detects what each article's text says it reports: a JSON list of events."""

    version = "scripted-1"

    def assess(self, article):
        events = json.loads(article["text"])
        for event in events:
            event.setdefault("date_precision", "day")
            event.setdefault("evidence", f"{article['title']}.")
        return {"id": article["id"], "relevant": bool(events), "score": 1.0, "events": events}


def article(n, published, lang, *events):
    return {
        "title": f"Report {n}", "url": f"https://outlet-{n}.example.org/{n}",
        "published": published, "lang": lang, "text": json.dumps(list(events)),
    }  # fmt: skip


def event(kind, day, precision="day", **fields):
    return {"type": kind, "date": day, "date_precision": precision, "fields": fields}


ACCORDS = {"framework": "Abraham Accords"}
REPORTS = [
    article(1, "2025-11-06T21:00:00Z", "en", event("multilateral", "2025-11-06", **ACCORDS),
            event("statement", "2025-11-06", speaker="Kassym-Jomart Tokayev (President, KZ)")),
    article(2, "2025-11-07T05:00:00Z", "ru", event("multilateral", "2025-11-07", **ACCORDS),
            event("statement", "2025-11-07", speaker="Токаев")),
    article(3, "2025-11-07T06:00:00Z", "kk", event("statement", "2025-11-07", speaker="Тоқаев")),
    article(4, "2025-11-08T09:00:00Z", "he", event("multilateral", "2025-11", "month", **ACCORDS),
            event("statement", "2025-11-07", speaker="Benjamin Netanyahu (Prime Minister, IL)")),
    article(5, "2025-11-09T09:00:00Z", "fr",
            event("statement", "2025-11-06", speaker="Binyamin Netanyahu")),
]  # fmt: skip


def test_reports_in_several_languages_time_zones_and_precisions_merge_in_any_order(
    make_app, feed_server
):
    found = []
    for seed in range(4):
        order = list(REPORTS)
        random.Random(seed).shuffle(order)
        app = make_app(Scripted())
        serve_in_turn(app, feed_server, [[a] for a in order], f"s{seed}")
        found.append(developments(app))
        _clear(app)
    assert all(result == found[0] for result in found)
    by_type = Counter(kind for kind, *_ in found[0].values())
    assert by_type == {"multilateral": 1, "statement": 2}  # Tokayev and Netanyahu stay apart
    [accords] = [value for value in found[0].values() if value[0] == "multilateral"]
    assert accords[1] == "2025-11-06" and len(accords[5]) == 3


def test_a_late_article_that_moves_a_report_takes_its_source_from_the_old_development(
    make_app, feed_server
):
    app = make_app(Scripted())
    calls = [  # three calls reported a day apart: the first two arrive first and make one
        article(1, "2026-03-02T10:00:00Z", "en", event("talks", "2026-03-01", format="call")),
        article(2, "2026-03-04T10:00:00Z", "en", event("talks", "2026-03-03", format="call")),
    ]
    serve_in_turn(app, feed_server, [calls], "first")
    [(before, _)] = [(v[5], k) for k, v in developments(app).items()]
    assert len(before) == 2
    # An earlier-published report of a call on 28 February arrives late: it and the 1 March
    # report are one call, and the 3 March report (two days from the 1st, four from the 28th)
    # is the other.
    late = article(0, "2026-02-28T20:00:00Z", "ru", event("talks", "2026-02-28", format="call"))
    serve_in_turn(app, feed_server, [[late]], "late")
    merged = developments(app)
    assert sorted(v[5] for v in merged.values()) == sorted(
        [tuple(sorted([calls[0]["url"], late["url"]])), (calls[1]["url"],)]
    )
    types = Counter(e.type for e in app.store.read_all())
    assert types["EventRetracted"] == 1  # the first development, anchored on a report now second
    _clear(app)
    fresh = make_app(Scripted())
    serve_in_turn(fresh, feed_server, [[late, *calls]], "fresh")
    assert developments(fresh) == merged


def test_rerunning_the_same_articles_appends_nothing(make_app, feed_server):
    app = make_app(Scripted())
    serve_in_turn(app, feed_server, [REPORTS[:3], REPORTS[3:]], "once")
    counts = Counter(e.type for e in app.store.read_all())
    assert catch_up_readers(app)["detector"] == 0
    assert reprocess(app.store, app.reader("detector")) == 0
    app.reader("detector")._detector = type("Next", (Scripted,), {"version": "scripted-2"})()
    assert reprocess(app.store, app.reader("detector")) == len(REPORTS)
    assert Counter(e.type for e in app.store.read_all()) == counts + Counter(
        {"ArticleAssessed": len(REPORTS)}
    )


class Narrower(Scripted):
    """Newer rules: an article that reports more than one event no longer reports its talks."""

    version = "scripted-narrower"

    def assess(self, article):
        result = super().assess(article)
        if len(result["events"]) > 1:
            result["events"] = [e for e in result["events"] if e["type"] != "talks"]
        return result


def test_an_article_that_no_longer_reports_a_development_is_no_longer_its_source(
    make_app, feed_server
):
    reports = [
        article(1, "2026-03-02T10:00:00Z", "en", event("talks", "2026-03-01", format="call")),
        article(2, "2026-03-02T12:00:00Z", "en", event("talks", "2026-03-01", format="call"),
                event("statement", "2026-03-01", speaker="Gideon Sa'ar (Foreign Minister, IL)")),
    ]  # fmt: skip
    app = make_app(Scripted())
    serve_in_turn(app, feed_server, [reports], "old")
    [talks] = [v for v in developments(app).values() if v[0] == "talks"]
    assert len(talks[5]) == 2
    app.reader("detector")._detector = Narrower()
    # One article a batch: the other report of the talks is not reassessed beside it.
    assert reprocess(app.store, app.reader("detector"), batch_size=1) == 2
    reprocessed = developments(app)
    _clear(app)
    fresh = make_app(Narrower())
    serve_in_turn(fresh, feed_server, [reports], "new")
    assert reprocessed == developments(fresh)
    [talks] = [v for v in reprocessed.values() if v[0] == "talks"]
    assert talks[5] == (reports[0]["url"],)
