"""A daemon SIGKILLed twenty times at random points of poll, detect, project and deliver.

Between lives the feeds change (new entries, corrected texts), so every life has work to do;
a webhook receiver on 127.0.0.1 verifies every signature and fails every third request, and so
does the receiver of an Apprise json:// chat channel, so retries are in flight when a kill
lands. After a last clean run the log, the projections and the outbox must look as if nothing
had ever crashed, and each chat message due must have arrived.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import UTC, datetime

import pytest
import sqlalchemy as sa

from monitor.notify.channels.apprise import AppriseChannel
from monitor.notify.channels.base import Delivery
from monitor.notify.outbox import delivery_key, list_deliveries, utc
from monitor.notify.sender import development_at
from storage import EventStore, create_engine
from tests.notify.conftest import JsonReceiver, Received, WebhookReceiver, new_secret
from tests.support import rss

SEED = int(os.environ.get("MONITOR_CRASH_SEED", "20260127"))
LIVES = 20
CHANNEL = "newsroom"
CHAT = "chat"
FEEDS = ["astana-times", "tazabek", "times-of-israel", "kz-vesti", "ynet-wire", "steppe-post"]
MONTHS = [
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
]  # fmt: skip
# Readers whose output `monitor projections rebuild` replaces (the detector writes the log).
VIEW_TABLES = {
    "view_feeds": ("feed",),
    "view_developments": ("key",),
    "delivery_developments": ("key",),
}
# Outbox columns that follow from the log; next_attempt_at (leases) and delivered_at (the
# sender's clock, not the event's) differ after a replay by design.
OUTBOX_COLUMNS = (
    "key", "channel", "development", "event_id", "kind", "position", "payload", "status",
    "attempts", "last_status", "last_error", "status_position", "created_at",
)  # fmt: skip
FAILURE_LOGS = {"poll_cycle_failed", "deliveries_failed", "feed_record_failed"}


@dataclass(frozen=True)
class Story:
    title: str
    text: str
    published: str  # ISO day; the detector resolves "on Monday" against it


# Each of these yields at least one development (checked with `monitor detect`).
FIRST_STORIES = [
    Story("Kazakhstan and Israel sign water deal",
          "Kazakhstan and Israel signed an agreement on water management in Astana on "
          "3 February. The foreign ministers attended the ceremony.", "2026-02-04"),
    Story("Kazakhstan and Israel sign health deal",
          "Kazakhstan and Israel on Thursday signed an agreement on cooperation in healthcare. "
          "The Israeli health minister said the deal would help both countries.", "2026-02-06"),
    Story("Kazakhstan and Israel sign aviation memorandum",
          "The governments of Kazakhstan and Israel signed a memorandum of understanding on "
          "civil aviation on Monday.", "2026-02-10"),
    Story("Kazakhstan and Israel sign agriculture agreement",
          "Kazakhstan and Israel signed an agreement on cooperation in agriculture in Astana on "
          "Wednesday.", "2026-02-12"),
    Story("Kazakhstan and Israel sign defence agreement",
          "Kazakhstan and Israel signed an agreement on defence cooperation in Tel Aviv on "
          "Monday.", "2026-02-17"),
    Story("Kazakhstan and Israel sign trade agreement",
          "Kazakhstan and Israel signed a trade agreement in Almaty on Tuesday.", "2026-02-18"),
    Story("Kazakhstan and Israel sign visa-free travel agreement",
          "Kazakhstan and Israel signed an agreement on mutual visa-free travel on Monday in "
          "Astana.", "2026-03-10"),
    Story("Israeli president in Kazakhstan",
          "Israeli President Isaac Herzog arrived in Astana on Tuesday for a state visit to "
          "Kazakhstan.", "2026-02-25"),
    Story("Israeli foreign minister visits Kazakhstan",
          "Israeli Foreign Minister Gideon Sa'ar arrived in Astana on Monday for an official "
          "visit to Kazakhstan.", "2026-03-03"),
    Story("Tokayev visits Israel",
          "President of Kazakhstan Kassym-Jomart Tokayev arrived in Jerusalem on Wednesday for "
          "an official visit to Israel.", "2026-03-05"),
    Story("Netanyahu to visit Kazakhstan",
          "Israeli Prime Minister Benjamin Netanyahu will pay an official visit to Kazakhstan in "
          "May, the Akorda said on Wednesday. The two countries plan to sign several "
          "agreements.", "2026-03-06"),
    Story("Tokayev and Herzog speak by phone",
          "President Kassym-Jomart Tokayev held a phone call with Israeli President Isaac Herzog "
          "on Monday, the Akorda said.", "2026-01-13"),
    Story("Kazakhstan-Israel trade grows",
          "Trade between Kazakhstan and Israel rose to 250 million US dollars last year, the "
          "statistics bureau said.", "2026-01-15"),
    Story("Kazakhstan-Israel business forum",
          "A Kazakh-Israeli business forum on agriculture took place in Astana on Tuesday with "
          "50 companies.", "2026-01-28"),
    Story("Kazakhstan concerned by Israeli strikes",
          "Kazakhstan's foreign ministry on Thursday expressed concern over Israeli strikes and "
          "called on the parties to show restraint.", "2026-01-23"),
    Story("Sa'ar praises ties with Kazakhstan",
          "Israeli Foreign Minister Gideon Sa'ar said on Wednesday that relations with "
          "Kazakhstan were excellent. He praised Astana's partnership.", "2026-01-29"),
    Story("Protest outside Israeli embassy in Kazakhstan",
          "Dozens of people held a protest outside the Israeli embassy in Astana on Saturday. "
          "Police said the rally ended peacefully.", "2026-02-01"),
    Story("Kazakhstan joins the Abraham Accords",
          "Kazakhstan joined the Abraham Accords on Friday, becoming the first Central Asian "
          "state to do so. Israel welcomed the step.", "2026-02-07"),
    Story("New Astana to Tel Aviv flight",
          "A Kazakh airline will launch a direct flight from Astana to Tel Aviv on 5 April. "
          "Israel welcomed the decision.", "2026-03-12"),
    Story("Kazakhstan-Israel business forum on energy",
          "A Kazakh-Israeli business forum on energy took place in Almaty on Tuesday with "
          "40 companies.", "2026-04-15"),
]  # fmt: skip

AGREEMENTS = [
    "water management", "cooperation in healthcare", "civil aviation",
    "cooperation in agriculture", "defence cooperation", "trade", "mutual visa-free travel",
]  # fmt: skip


def later_stories() -> list[Story]:
    """Stories published one or two per life: ratifications and entries into force that move
    known agreements on (EventRevised), and monthly talks that are new developments."""
    stories = []
    for n, subject in enumerate(AGREEMENTS):
        stories.append(
            Story(
                f"Kazakhstan ratifies {subject} agreement with Israel",
                f"The Senate of Kazakhstan on Thursday ratified the agreement with Israel on "
                f"{subject}. Israel approved the document earlier.",
                f"2026-03-{6 + n:02d}",
            )
        )
        stories.append(
            Story(
                f"Kazakhstan-Israel {subject} agreement in force",
                f"The agreement between Kazakhstan and Israel on {subject} entered into force "
                f"on 1 April.",
                "2026-04-02",
            )
        )
    for month in range(1, 13):
        name = MONTHS[month - 1]
        stories.append(
            Story(
                "Tokayev and Herzog speak by phone",
                f"President Kassym-Jomart Tokayev held a phone call with Israeli President Isaac "
                f"Herzog on 14 {name}, the Akorda said.",
                f"2025-{month:02d}-15",
            )
        )
        stories.append(
            Story(
                "Kazakhstan and Israel hold consultations",
                f"Consultations between the foreign ministries of Kazakhstan and Israel took "
                f"place in Astana on 20 {name}. The sides discussed bilateral cooperation.",
                f"2025-{month:02d}-21",
            )
        )
    return stories


@dataclass
class Entry:
    feed: str
    title: str
    link: str
    published: datetime
    versions: list[str]  # every description served, oldest first


class Newsroom:
    """Six outlets on the feed server whose feeds grow and get corrected between lives."""

    def __init__(self, feed_server) -> None:
        self.server = feed_server
        self.entries: dict[str, list[Entry]] = {feed: [] for feed in FEEDS}
        self.urls = {feed: feed_server.url + f"/{feed}.xml" for feed in FEEDS}
        self.count = 0

    def publish(self, story: Story, feeds: list[str]) -> None:
        for feed in feeds:
            self.count += 1
            self.entries[feed].append(
                Entry(
                    feed, story.title, f"https://{feed}.example.org/news/{self.count}",
                    datetime.fromisoformat(story.published).replace(hour=9, tzinfo=UTC),
                    [story.text],
                )
            )  # fmt: skip

    def correct(self, entry: Entry, life: int) -> None:
        entry.versions.append(
            f"{entry.versions[0]} Correction {life}: the report was updated with comments "
            f"from the ministry."
        )

    def all_entries(self) -> list[Entry]:
        return [entry for feed in FEEDS for entry in self.entries[feed]]

    def serve(self) -> None:
        for feed in FEEDS:
            items = [
                {"title": e.title, "link": e.link, "published": e.published,
                 "description": e.versions[-1]}
                for e in reversed(self.entries[feed])
            ]  # fmt: skip
            self.server.serve(f"/{feed}.xml", rss(*items, title=feed.replace("-", " ").title()))


@dataclass
class FlakyReceiver(WebhookReceiver):
    """Verifies every signature, keeps every body per webhook-id, fails every third request."""

    bodies: dict[str, set[bytes]] = field(default_factory=lambda: defaultdict(set))
    requests: int = 0

    def record(self, message_id: str, body: bytes, payload) -> int:
        time.sleep(0.05)  # a slow endpoint: deliveries are still going out when a kill lands
        with self.lock:
            self.requests += 1
            status = 500 if self.requests % 3 == 0 else 200
            self.attempts[message_id] += 1
            self.bodies[message_id].add(body)
            self.received.append(Received(message_id, payload, status))
        return status


@dataclass
class FlakyChat(JsonReceiver):
    """A slow chat service that fails every third request."""

    fail_every: int = 3

    def record(self, path: str, document: dict) -> int:
        time.sleep(0.05)
        return super().record(path, document)


def start_daemon(workspace, log_name: str) -> subprocess.Popen:
    env = {**os.environ, "MONITOR_LOG_FORMAT": "json"}
    env.pop("MONITOR_CONFIG", None)
    with (workspace.path / log_name).open("wb") as log:
        return subprocess.Popen(
            [sys.executable, "-m", "monitor", "--config", str(workspace.config), "run"],
            cwd=workspace.path, env=env, stdout=log, stderr=subprocess.STDOUT,
        )  # fmt: skip


def wait_for_log(workspace, log_name: str, event: str, timeout: float) -> None:
    """Wait until the log holds `event`, or `timeout` seconds (a life with nothing new to read)."""
    deadline = time.monotonic() + timeout
    while f'"event": "{event}"' not in (workspace.path / log_name).read_text(errors="replace"):
        if time.monotonic() > deadline:
            return
        time.sleep(0.02)


def logged(workspace, log_name: str) -> list[dict]:
    lines = (workspace.path / log_name).read_text(errors="replace").splitlines()
    return [json.loads(line) for line in lines if line.startswith("{")]


def json_lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def scalar(engine, query: str) -> int:
    """A count from the database; 0 while a daemon killed early left no tables yet."""
    with engine.connect() as conn:
        if not sa.inspect(conn).has_table("delivery_outbox"):
            return 0
        return conn.execute(sa.text(query)).scalar()


def head(engine) -> int:
    return scalar(engine, "SELECT coalesce(max(position), 0) FROM events")


def undelivered(engine) -> int:
    return scalar(engine, "SELECT count(*) FROM delivery_outbox WHERE status <> 'delivered'")


def dump(engine, table: str, order: tuple[str, ...], columns: tuple[str, ...] | None = None):
    with engine.connect() as conn:
        selected = [sa.column(c) for c in columns] if columns else [sa.text("*")]
        query = sa.select(*selected)
        query = query.select_from(sa.table(table)).order_by(*(sa.column(c) for c in order))
        return [tuple(row) for row in conn.execute(query)]


def snapshot(workspace, engine) -> dict:
    """What a user sees of the projections, and the tables behind them."""
    views = {
        "summary": json.loads(workspace.query("summary", "--format", "json").stdout),
        "timeline": json.loads(workspace.query("timeline", "--format", "json").stdout),
        "feeds": json_lines(workspace.query("feeds", "list", "--json").stdout),
        "deliveries": [
            {k: v for k, v in row.items() if k != "next_attempt_at"}
            for row in json_lines(workspace.query("deliveries", "list", "--json").stdout)
        ],
        "delivery_outbox": dump(engine, "delivery_outbox", ("key",), OUTBOX_COLUMNS),
    }
    for table, order in VIEW_TABLES.items():
        views[table] = dump(engine, table, order)
    return views


def expected_delivery_keys(events: list[dict], channel: str, threshold: int = 2) -> set[str]:
    """Detections, revisions, and the corroboration that reaches the threshold, per channel."""
    keys, sources = set(), Counter()
    for event in events:
        key = event["data"].get("key")
        if event["type"] in ("EventDetected", "EventRevised"):
            keys.add(delivery_key(channel, key, event["id"]))
        if event["type"] in ("EventDetected", "EventCorroborated"):
            sources[key] += 1
            if event["type"] == "EventCorroborated" and sources[key] == threshold:
                keys.add(delivery_key(channel, key, event["id"]))
    return keys


@pytest.mark.long
def test_a_daemon_killed_twenty_times_at_random_points_loses_nothing_and_repeats_nothing(
    workspace, feed_server
):
    rng = random.Random(SEED)
    print(f"crash-safety seed {SEED} (set MONITOR_CRASH_SEED to replay)")
    receiver = FlakyReceiver(new_secret())
    receiver.thread.start()
    chat = FlakyChat()
    chat.thread.start()
    for server in (receiver.httpd, chat.httpd, feed_server.httpd):
        # A killed daemon resets its connections; that is the point here, not worth a traceback.
        server.handle_error = lambda request, address: None
    newsroom = Newsroom(feed_server)
    for n, story in enumerate(FIRST_STORIES):  # each story in three outlets: corroborations
        newsroom.publish(story, [FEEDS[(n + k) % len(FEEDS)] for k in range(3)])
    newsroom.serve()
    feeds_config = "".join(
        f'[[feeds]]\nname = "{feed}"\nurl = "{url}"\ninterval = "1s"\n'
        for feed, url in newsroom.urls.items()
    )
    workspace.write_config(
        'poll_every = "0.3s"\n'
        "[fetch]\n"
        'per_host_spacing = "0s"\nper_host_in_flight = 8\nparse_workers = 0\n'
        'lease = "1s"\nrequest_timeout = "1s"\nconnect_timeout = "1s"\n'
        '[delivery]\nsend_every = "0.2s"\ncorroboration_threshold = 2\n'
        f'[[webhooks]]\nname = "{CHANNEL}"\nurl = "{receiver.url}"\nsecret = "{receiver.secret}"\n'
        'backoff_base = "0.1s"\nbackoff_cap = "0.5s"\ntimeout = "1s"\nmax_attempts = 50\n'
        f'[[notify]]\nname = "{CHAT}"\nurls = ["{chat.url()}"]\n'
        'backoff_base = "0.1s"\nbackoff_cap = "0.5s"\ntimeout = "1s"\nmax_attempts = 50\n'
        f"{feeds_config}"
    )
    engine = create_engine(workspace.database_url)
    later = later_stories()
    # Life n corrects two of the first entries; some are corrected again in a later life.
    first_entries = newsroom.all_entries()
    corrected_each_life = [
        [first_entries[(5 * life) % 13], first_entries[13 + (7 * life) % 40]]
        for life in range(LIVES)
    ]
    lives = []
    try:
        for life in range(LIVES):
            if life:
                for story in later[2 * (life - 1) : 2 * life]:
                    newsroom.publish(story, rng.sample(FEEDS, 2))
                for entry in corrected_each_life[life]:
                    newsroom.correct(entry, life)
                newsroom.serve()
            before = head(engine) if life else 0
            daemon = start_daemon(workspace, f"life-{life:02d}.log")
            # Half the lives count from the start of the process (kills land in start-up,
            # polling and detection), half from the readers' first catch-up (projection and
            # delivery), so that on a loaded machine, where start-up and loading the detector
            # take seconds, kills still land in every phase.
            if life % 2:
                wait_for_log(workspace, f"life-{life:02d}.log", "readers_caught_up", timeout=20)
            time.sleep(rng.uniform(0.3, 2.5))
            os.kill(daemon.pid, signal.SIGKILL)
            daemon.wait(timeout=10)
            assert daemon.returncode == -signal.SIGKILL, f"life {life} ended by itself"
            names = [line.get("event") for line in logged(workspace, f"life-{life:02d}.log")]
            lives.append(
                (life, head(engine) - before, undelivered(engine), names[-1] if names else None)
            )
            failures = FAILURE_LOGS.intersection(names)
            assert not failures, f"life {life} logged {failures}; see {workspace.path}"
        print("life, events appended, undelivered at the kill, last log line:")
        for row in lives:
            print(*row)
        assert sum(1 for row in lives if row[1]) >= LIVES // 2  # most lives got work done
        assert any(row[2] for row in lives)  # some kills left deliveries to retry

        hits = dict(feed_server.hits)
        daemon = start_daemon(workspace, "final.log")
        try:
            deadline = time.monotonic() + 60
            last, stable_since = -1, time.monotonic()
            while True:
                assert time.monotonic() < deadline, "the final run did not settle in 60 s"
                now_head = head(engine)
                if now_head != last:
                    last, stable_since = now_head, time.monotonic()
                polled = all(
                    feed_server.hits[f"/{feed}.xml"] >= hits.get(f"/{feed}.xml", 0) + 2
                    for feed in FEEDS
                )
                if polled and not undelivered(engine) and time.monotonic() - stable_since > 2:
                    break
                time.sleep(0.2)
        finally:
            daemon.send_signal(signal.SIGTERM)
            daemon.wait(timeout=30)
        assert daemon.returncode == 0
        final_log = [line.get("event") for line in logged(workspace, "final.log")]
        assert not FAILURE_LOGS.intersection(final_log)
        assert final_log[-1] == "daemon_stopped"
    finally:
        for server in (receiver.httpd, chat.httpd):
            server.shutdown()
            server.server_close()

    events = json_lines(workspace.query("events", "--json").stdout)
    # The log: dense positions, unique ids.
    assert [e["position"] for e in events] == list(range(1, len(events) + 1))
    assert len({e["id"] for e in events}) == len(events)
    of_type = defaultdict(list)
    for event in events:
        of_type[event["type"]].append(event)

    # 1. Every served entry is in the log exactly once; updates only for corrections, each once.
    served = {entry.link: entry for entry in newsroom.all_entries()}
    discovered = Counter(e["data"]["url"] for e in of_type["ArticleDiscovered"])
    assert discovered == Counter(list(served))
    # Each article's versions as recorded, in log order: some of the texts served (a version
    # replaced before any poll saw it is skipped), each once, in order, ending with the last.
    recorded = defaultdict(list)
    for event in events:
        if event["type"] in ("ArticleDiscovered", "ArticleUpdated"):
            recorded[event["data"]["url"]].append((event["type"], event["data"]["text"]))
    corrected = {entry.link for entries in corrected_each_life[1:] for entry in entries}
    for url, steps in recorded.items():
        kinds, texts = [kind for kind, _ in steps], [text for _, text in steps]
        assert kinds == ["ArticleDiscovered"] + ["ArticleUpdated"] * (len(steps) - 1), url
        assert [v for v in served[url].versions if v in texts] == texts, url
        assert texts[-1] == served[url].versions[-1], f"{url}: the last version is missing"
        assert len(steps) == 1 or url in corrected, f"{url} updated but never corrected"
    assert any(len(steps) > 2 for steps in recorded.values())  # corrected twice, seen twice

    # 2. One detection per development, one corroboration per (development, source), one
    # assessment per article version.
    detected = Counter(e["data"]["key"] for e in of_type["EventDetected"])
    assert detected and max(detected.values()) == 1
    corroborated = Counter(
        (e["data"]["key"], e["data"]["source"]["article"]) for e in of_type["EventCorroborated"]
    )
    assert corroborated and max(corroborated.values()) == 1
    assert of_type["EventRevised"]  # the ratifications moved agreements on
    versions_of = Counter(
        e["data"]["article"] for e in of_type["ArticleDiscovered"] + of_type["ArticleUpdated"]
    )
    # Each version is new content, so each is assessed, and only once.
    assessed = Counter(e["data"]["article"] for e in of_type["ArticleAssessed"])
    assert assessed == versions_of

    # 4 (before the rebuild). Every delivery made at least once under a stable key.
    everything = json_lines(workspace.query("deliveries", "list", "--json").stdout)
    assert len({row["key"] for row in everything}) == len(everything)
    assert {row["status"] for row in everything} == {"delivered"}
    recorded_delivered = Counter(e["data"]["message_id"] for e in of_type["Delivered"])
    assert set(recorded_delivered) == {row["key"] for row in everything}
    assert max(recorded_delivered.values()) == 1
    deliveries = [row for row in everything if row["channel"] == CHANNEL]
    keys = {row["key"] for row in deliveries}
    assert keys == expected_delivery_keys(events, CHANNEL)
    assert receiver.unverified == 0
    assert {r.message_id for r in receiver.delivered()} == keys  # none under another key
    assert all(len(bodies) == 1 for bodies in receiver.bodies.values())
    for row in deliveries:
        (body,) = receiver.bodies[row["key"]]
        assert json.loads(body)["data"]["event_id"] == row["event_id"]
    # The chat channel: every message it was due arrived, and nothing else did.
    chat_keys = {row["key"] for row in everything if row["channel"] == CHAT}
    assert chat_keys == expected_delivery_keys(events, CHAT)
    messages = Counter((d["title"], d["message"]) for d in chat.delivered)
    assert set(messages) == expected_messages(engine)

    repeated = len(receiver.delivered()) - len(keys)
    print(
        f"{len(events)} events, {len(detected)} developments, {len(corroborated)} "
        f"corroborations, {len(of_type['EventRevised'])} revisions, {len(keys)} deliveries "
        f"per channel; webhook: {receiver.requests} requests, {repeated} deliveries received "
        f"again after a kill; chat: {chat.requests} requests, "
        f"{messages.total() - len(chat_keys)} messages received again after a kill"
    )

    # 3. The projections equal a rebuild from scratch (the outbox included).
    before = snapshot(workspace, engine)
    rebuilt = workspace.command("projections", "rebuild").stdout
    assert "delivery_outbox: replayed" in rebuilt
    after = snapshot(workspace, engine)
    for name in before:
        assert after[name] == before[name], f"{name} differs after a rebuild"
    assert {row["key"] for row in after["deliveries"]} == keys | chat_keys
    engine.dispose()


def expected_messages(engine) -> set[tuple[str, str]]:
    """(title, body) of every chat delivery, rendered again from the log."""
    store, channel = EventStore(engine), AppriseChannel(CHAT, ["json://127.0.0.1"])
    with engine.connect() as conn:
        rows = list_deliveries(conn, channel=CHAT)
    rendered = set()
    for row in rows:
        delivery = Delivery(
            row.key, row.channel, row.kind, row.development, row.position, row.payload,
            utc(row.created_at), lambda row=row: development_at(store, row), lambda _: [],
        )  # fmt: skip
        message = channel.render(delivery)
        rendered.add((message.title, message.body))
    return rendered
