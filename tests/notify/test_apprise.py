"""Chat channels through Apprise: json:// to a real HTTP receiver on 127.0.0.1."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter

from monitor import events as ev
from monitor.notify.outbox import list_deliveries
from monitor.settings import NotifyConfig
from storage import EventStore, create_engine
from tests.notify.conftest import append, detected, events_of, source, work


def chat(receiver, **extra) -> NotifyConfig:
    extra.setdefault("backoff_base", 0.01)
    extra.setdefault("backoff_cap", 0.05)
    extra.setdefault("timeout", 2)
    return NotifyConfig(name="chat", urls=[receiver.url()], **extra)


def statuses(app) -> Counter:
    with app.engine.connect() as conn:
        return Counter(row.status for row in list_deliveries(conn))


def developments(app) -> list[int]:
    """Three developments, a second outlet for one (the corroboration threshold), a revision."""
    return append(
        app.store,
        detected("visa-mou"),
        detected("forum", type="economic", fields={"sector": "cyber"}),
        detected("herzog-visit", type="official_visit", fields={"visitor": "Isaac Herzog"}),
        ev.EventCorroborated(
            key="forum", source=source("kazinform-1", "Kazinform"), evidence=["A forum."]
        ),
        ev.EventRevised(key="visa-mou", fields={"stage": "ratified"}, source=source(9)),
    )


def test_every_new_or_changed_development_arrives_once_as_a_short_english_message(
    make_app, make_json_receiver
):
    receiver = make_json_receiver()
    app = make_app(notify=[chat(receiver)])
    developments(app)
    work(app, lambda: statuses(app) == Counter(delivered=5))
    work(app, lambda: True)  # nothing is sent twice

    titles = receiver.titles()
    assert len(titles) == 5 and receiver.requests == 5
    assert sorted(t.split(":")[0] for t in titles) == [
        "Confirmed by more outlets", "New", "New", "New", "Update",
    ]  # fmt: skip
    by_title = {d["title"]: d["message"] for d in receiver.delivered}
    signed = by_title["New: Memorandum of understanding on visa exemption (signed)"]
    assert signed.splitlines() == [
        "Memorandum of understanding on visa exemption (signed)",
        "27 Jan 2026 · signed",
        "Sources: [Astana Times](https://outlet.example.org/news/visa-mou)",
    ]
    ratified = by_title["Update: Memorandum of understanding on visa exemption (ratified)"]
    assert ratified.splitlines()[1] == "27 Jan 2026 · ratified"
    assert "[Astana Times](https://outlet.example.org/news/9)" in ratified
    assert by_title["New: Visit by Isaac Herzog"].splitlines()[1] == "27 Jan 2026 · held"
    confirmed = next(m for t, m in by_title.items() if t.startswith("Confirmed"))
    assert "[Kazinform](https://outlet.example.org/news/kazinform-1)" in confirmed
    assert len(events_of(app.store, "Delivered")) == 5


def test_a_receiver_failing_half_the_time_gets_every_message_at_least_once(
    make_app, make_json_receiver
):
    receiver = make_json_receiver(fail_every=2)
    app = make_app(notify=[chat(receiver)])
    developments(app)
    work(app, lambda: statuses(app) == Counter(delivered=5))

    assert len(set(receiver.titles())) == 5
    assert receiver.requests >= 9  # every other request failed
    assert len(events_of(app.store, "DeliveryFailed")) == receiver.requests - 5


def test_a_dead_chat_channel_is_retried_by_name_from_the_cli(
    workspace, make_json_receiver, monkeypatch, store_template
):
    receiver = make_json_receiver(status_after=500)
    monkeypatch.setenv("TEST_CHAT_URLS", receiver.url("hooks/tok3n-in-the-path"))
    workspace.write_config(
        '[[notify]]\nname = "chat"\nurls_env = "TEST_CHAT_URLS"\nmax_attempts = 2\n'
        'backoff_base = "0.01s"\nbackoff_cap = "0.01s"\n'
    )
    store_template.fill(workspace.database_url)
    engine = create_engine(workspace.database_url)
    append(EventStore(engine), detected("visa-mou"), detected("forum"))
    engine.dispose()

    workspace.command("deliveries", "send")
    workspace.command("deliveries", "send")
    listed = workspace.query("deliveries", "list", "--status", "dead", "--channel", "chat")
    assert "2 dead" in listed.stdout
    channels = workspace.query("deliveries", "channels").stdout
    assert "chat" in channels and "apprise" in channels and "json://" in channels

    failed_test = workspace.command("deliveries", "test", "chat", check=False)
    assert failed_test.returncode == 1
    assert "test message to chat (json://127.0.0.1) failed" in failed_test.stderr
    assert "tok3n" not in failed_test.stdout + failed_test.stderr

    receiver.status_after = 200
    assert "re-queued 2" in workspace.command("deliveries", "retry", "--channel", "chat").stdout
    assert "2 delivered" in workspace.command("deliveries", "send").stdout
    assert len(receiver.delivered) == 2
    assert "delivered in" in workspace.command("deliveries", "test", "chat").stdout
    assert receiver.delivered[-1]["title"] == "kz-il-monitor: test"
    unknown = workspace.command("deliveries", "retry", "--channel", "nope", check=False)
    assert unknown.returncode != 0 and "no delivery channel named 'nope'" in unknown.stderr


def test_no_token_of_a_service_url_reaches_a_log_line_an_error_or_a_listing(
    workspace, make_json_receiver, monkeypatch, store_template
):
    receiver = make_json_receiver(status_after=500)
    tokens = ["bot-p4ssw0rd-31", "s3cr3t-t0ken-72", "hdr-t0ken-55", "closed-port-t0k"]
    urls = [
        f"json://bot:{tokens[0]}@127.0.0.1:{receiver.port}/hooks/{tokens[1]}?+X-Auth={tokens[2]}",
        f"json://127.0.0.1:9/{tokens[3]}",  # nothing listens: a connection error
    ]
    monkeypatch.setenv("TEST_CHAT_URLS", " ".join(urls))
    monkeypatch.setenv("MONITOR_LOG_LEVEL", "debug")
    workspace.write_config(
        '[[notify]]\nname = "chat"\nurls_env = "TEST_CHAT_URLS"\nmax_attempts = 2\n'
        'backoff_base = "0.01s"\nbackoff_cap = "0.01s"\ntimeout = "1s"\n'
    )
    store_template.fill(workspace.database_url)
    engine = create_engine(workspace.database_url)
    append(EventStore(engine), detected("visa-mou"))
    engine.dispose()

    runs = [
        workspace.command("deliveries", "send"),
        workspace.command("deliveries", "send"),
        workspace.query("deliveries", "list", "--json"),
        workspace.query("deliveries", "list"),
        workspace.query("deliveries", "channels"),
        workspace.query("events", "--json"),
        workspace.command("poll"),
        workspace.command("deliveries", "test", "chat", check=False),
    ]
    listed = runs[2].stdout
    assert '"status":"dead"' in listed
    assert "test message to chat (json://127.0.0.1) failed" in runs[-1].stderr
    assert "A Connection error occurred" in listed  # the error is kept, redacted
    assert "delivery_dead" in runs[1].stderr and "delivery_failed" in runs[0].stderr
    assert len(receiver.received) == 3  # two attempts and the test: tokens and all
    assert receiver.paths[0].startswith(f"/hooks/{tokens[1]}")

    # A URL Apprise does not know, or no URL at all, is a one-line error without the URL.
    monkeypatch.setenv("TEST_CHAT_URLS", f"nosuchservice://{tokens[1]}@{tokens[0]}")
    unknown = workspace.command("deliveries", "send", check=False)
    monkeypatch.setenv("TEST_CHAT_URLS", f"not-a-url {tokens[1]}")
    invalid = workspace.command("deliveries", "send", check=False)
    assert unknown.returncode == invalid.returncode == 2
    assert "notify chat: URL 1 (nosuchservice://) is not one Apprise can send to" in unknown.stderr
    runs += [unknown, invalid]

    output = "".join(run.stdout + run.stderr for run in runs)
    for token in tokens:
        assert token not in output, token


def test_a_sent_digest_sends_its_opening_briefing_to_the_chat_channels_that_ask(
    make_app, make_json_receiver, smtp_server
):
    from monitor.notify.digest import send_digest
    from monitor.notify.mailer import Mailer
    from monitor.settings import DigestConfig, SmtpConfig

    receiver, other = make_json_receiver(), make_json_receiver()
    digest = DigestConfig(to=["analyst@example.org"], name="morning", timezone="Asia/Almaty")
    app = make_app(
        notify=[
            chat(receiver, briefings=["morning"], timezone="Asia/Almaty"),
            NotifyConfig(name="quiet-room", urls=[other.url()], types=["tension"]),
        ],
        digests=[digest],
    )
    developments(app)
    mailer = Mailer(SmtpConfig(host=smtp_server.host, port=smtp_server.port))
    outcome = send_digest(app.store, mailer, digest)
    assert outcome.sent and len(smtp_server.inbox.messages) == 1
    work(app, lambda: statuses(app) == Counter(delivered=6))

    briefing = receiver.delivered[-1]
    assert briefing["title"].startswith("Kazakhstan–Israel relations, ")
    lead, count = briefing["message"].split("\n\n")
    assert lead == outcome.digest.summary.lead
    assert count == f"{outcome.digest.changes.count} changes since the last digest"
    assert other.received == []  # no tension among them, and no briefing asked for


# A fresh interpreter with chat channels: which Apprise plugin modules it loaded, and what its
# channels did.
PLUGIN_PROBE = """
import sys
from monitor.errors import ConfigError
from monitor.notify.channels.apprise import channel_from_config
from monitor.settings import NotifyConfig

def loaded():
    return sorted(m for m in sys.modules if m.startswith("apprise.plugins."))

def channel(url):
    return channel_from_config(NotifyConfig(name="chat", urls=[url]))

chat = channel(sys.argv[1])
print(chat.deliver("m-1", chat.render_test()).outcome.value, *loaded())
channel("ntfy://127.0.0.1:9/topic")  # another scheme, later in the same process
print(*loaded())
try:
    channel("nosuchservice://x")
except ConfigError:
    print("refused", len(loaded()))
channel("https://discord.com/api/webhooks/4174216298/JHMHI8qBe7bk2ZwO5U711o3dV_js")  # native
print(chat.deliver("m-2", chat.render_test()).outcome.value)
"""


def test_a_process_loads_only_the_apprise_plugins_of_its_urls_schemes(tmp_path, make_json_receiver):
    """Apprise loads its ~190 plugins before it reads a URL; after one process has indexed
    them (in the per-user cache), the next loads only those its URLs need, and a scheme the
    index does not know still gets Apprise's own answer."""
    receiver = make_json_receiver()
    env = {**os.environ, "MONITOR_CACHE_DIR": str(tmp_path / "cache")}

    def probe() -> list[list[str]]:
        done = subprocess.run(
            [sys.executable, "-c", PLUGIN_PROBE, receiver.url()],
            env=env, capture_output=True, text=True, check=True,
        )  # fmt: skip
        return [line.split() for line in done.stdout.splitlines()]

    first = probe()  # indexes every plugin, loaded as Apprise always did
    assert first[0][0] == "delivered" and "apprise.plugins.twitter" in first[0]
    assert list(tmp_path.joinpath("cache").glob("apprise-*.pickle"))
    sent, later, refused, native = probe()
    assert sent == ["delivered", "apprise.plugins.base", "apprise.plugins.custom_json"]
    assert later == ["apprise.plugins.base", "apprise.plugins.custom_json", "apprise.plugins.ntfy"]
    assert refused[0] == "refused" and int(refused[1]) > 100  # all loaded to answer for it
    assert native == ["delivered"]
    assert first[2][0] == "refused" and first[3] == ["delivered"]
    assert len(receiver.delivered) == 4
