"""Digest e-mails through a real SMTP server (aiosmtpd), their periods and their schedule."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from monitor import events as ev
from monitor.notify.digest import (
    digest_trigger,
    fire_times,
    last_slot,
    send_digest,
    send_scheduled,
)
from monitor.notify.mailer import Mailer, MailError
from monitor.settings import DigestConfig, SmtpConfig
from storage import EventStore, create_engine
from tests.notify.conftest import append, detected, events_of, source

ANALYSTS = ["analyst@example.org", "desk@example.org"]
NOW = datetime(2026, 11, 30, 8, tzinfo=UTC)


def parts(message) -> dict[str, str]:
    return {part.get_content_type(): part.get_content() for part in message.iter_parts()}


@pytest.fixture
def mailer(smtp_server) -> Mailer:
    return Mailer(SmtpConfig(host=smtp_server.host, port=smtp_server.port, sender="m@example.org"))


def test_a_digest_is_multipart_text_and_html_with_the_new_development_and_its_sources(
    make_app, mailer, smtp_server
):
    app = make_app()
    append(
        app.store,
        detected("visa-mou", place="Astana <b>&</b>"),
        ev.EventCorroborated(key="visa-mou", source=source("second", outlet="Kazinform")),
    )
    outcome = send_digest(app.store, mailer, DigestConfig(to=ANALYSTS, timezone="Asia/Almaty"))
    assert outcome.sent

    ((sender, recipients, message),) = smtp_server.inbox.messages
    assert (sender, recipients) == ("m@example.org", ANALYSTS)
    assert message["Subject"].startswith("Kazakhstan–Israel relations: digest, ")
    assert message["Subject"].endswith(": 1 change")
    assert message.get_content_type() == "multipart/alternative"
    body = parts(message)
    assert set(body) == {"text/plain", "text/html"}
    text, html = body["text/plain"], body["text/html"]
    headline = "Memorandum of understanding on visa exemption (signed)"
    assert "NEW DEVELOPMENTS" in text and headline in text
    assert "Gideon Sa'ar (IL)" in text
    for url in (
        "https://outlet.example.org/news/visa-mou",
        "https://outlet.example.org/news/second",
    ):
        assert url in text
        assert f'<a href="{url}">' in html
    assert headline in html and ">Kazinform</a>" in html
    assert "Astana &lt;b&gt;&amp;&lt;/b&gt;" in html  # autoescaped
    assert "<b>&</b>" not in html
    assert "CURRENT SUMMARY" in text and "Current summary" in html


def test_nothing_is_sent_when_nothing_changed_unless_configured(make_app, mailer, smtp_server):
    app = make_app()
    config = DigestConfig(to=ANALYSTS)
    append(app.store, detected("visa-mou"))
    assert send_digest(app.store, mailer, config).sent
    quiet = send_digest(app.store, mailer, config)
    assert not quiet.sent and quiet.reason == "nothing changed since the last digest"
    assert len(smtp_server.inbox.messages) == 1
    assert len(events_of(app.store, "DigestSkipped")) == 1

    always = DigestConfig(to=ANALYSTS, send_when_empty=True)
    assert send_digest(app.store, mailer, always).sent
    _, _, message = smtp_server.inbox.messages[-1]
    assert "Nothing changed since the last digest." in parts(message)["text/plain"]
    assert message["Subject"].endswith(": 0 changes")


def test_a_digest_lists_only_what_changed_since_the_last_one(make_app, mailer, smtp_server):
    app = make_app()
    config = DigestConfig(to=ANALYSTS)
    append(app.store, detected("visa-mou"), detected("forum", type="economic", fields={}))
    send_digest(app.store, mailer, config)
    append(
        app.store,
        ev.EventRevised(key="visa-mou", fields={"stage": "ratified"}, source=source("senate")),
        ev.EventCorroborated(key="forum", source=source("forum-2")),
    )
    send_digest(app.store, mailer, config)
    text = parts(smtp_server.inbox.messages[-1][2])["text/plain"]
    changes, summary = text.split("CURRENT SUMMARY")
    assert "NEW DEVELOPMENTS" not in changes
    assert "NEW STAGES AND REVISIONS" in changes
    assert "Memorandum of understanding on visa exemption (ratified)" in changes
    assert "Stages: signed (27 Jan 2026) → ratified (undated)" in changes
    assert "NEWLY CORROBORATED" in changes and "Economic cooperation (2 sources)" in changes
    assert "https://outlet.example.org/news/senate" in changes
    assert "(ratified)" in summary and "ECONOMIC TIES" in summary


def test_a_recorded_period_is_not_sent_again_after_a_restart_and_a_missed_one_is_sent_late(
    database_url, smtp_server, store_template
):
    config = DigestConfig(to=ANALYSTS, at="08:00", timezone="Europe/Berlin")
    smtp = SmtpConfig(host=smtp_server.host, port=smtp_server.port)
    slot = datetime(2026, 3, 30, 6, 0, tzinfo=UTC)  # 08:00 in Berlin, summer time

    def process():
        """A fresh process: its own engine, store and mailer; only the database carries over."""
        store_template.fill(database_url)  # a store made by the first, kept by the next
        engine = create_engine(database_url)
        return engine, EventStore(engine), Mailer(smtp)

    engine, store, mailer = process()
    append(store, detected("visa-mou"))
    assert send_scheduled(store, mailer, config, now=slot + timedelta(seconds=1)).sent
    engine.dispose()

    engine, store, mailer = process()  # restarted within the same period
    again = send_scheduled(store, mailer, config, now=slot + timedelta(minutes=5))
    assert not again.sent and again.reason == "this period was recorded already"
    assert len(smtp_server.inbox.messages) == 1

    append(store, detected("forum", type="economic", fields={}))
    engine.dispose()
    # Down through the next morning's 08:00; started again at 11:00.
    engine, store, mailer = process()
    late = send_scheduled(store, mailer, config, now=slot + timedelta(days=1, hours=3))
    assert late.sent
    (sent, late_sent) = events_of(store, "DigestSent")
    assert late_sent["period_start"] == sent["period_end"] == "2026-03-30T06:00:00Z"
    assert late_sent["period_end"] == "2026-03-31T06:00:00Z"
    text = parts(smtp_server.inbox.messages[-1][2])["text/plain"]
    assert "Economic cooperation" in text.split("CURRENT SUMMARY")[0]
    assert "Memorandum" not in text.split("CURRENT SUMMARY")[0]
    engine.dispose()


def test_a_digest_never_sent_waits_for_its_first_scheduled_time(make_app, mailer, smtp_server):
    app = make_app()
    append(app.store, detected("visa-mou"))
    config = DigestConfig(to=ANALYSTS, at="08:00", timezone="UTC")
    late = send_scheduled(app.store, mailer, config, now=datetime(2026, 5, 4, 15, tzinfo=UTC))
    assert not late.sent and smtp_server.inbox.messages == []
    on_time = send_scheduled(app.store, mailer, config, now=datetime(2026, 5, 5, 8, tzinfo=UTC))
    assert on_time.sent and len(smtp_server.inbox.messages) == 1


@pytest.mark.parametrize(
    ("zone", "start", "utc_hours", "hours_between"),
    [
        # Central European summer time starts on Sunday 29 March 2026: a 23-hour day.
        ("Europe/Berlin", datetime(2026, 3, 26, 12, tzinfo=UTC), [7, 7, 6, 6], [24, 23, 24]),
        # US daylight saving time ends on Sunday 1 November 2026: a 25-hour day.
        (
            "America/New_York",
            datetime(2026, 10, 29, 14, tzinfo=UTC),
            [12, 12, 13, 13],
            [24, 25, 24],
        ),
    ],
)
def test_daily_digests_fire_at_the_local_hour_across_a_dst_change(
    zone, start, utc_hours, hours_between
):
    trigger = digest_trigger(DigestConfig(to=ANALYSTS, at="08:00", timezone=zone))
    fires = [fire.astimezone(UTC) for fire in fire_times(trigger, start, 4)]
    local = [fire.astimezone(ZoneInfo(zone)) for fire in fires]
    assert [(moment.hour, moment.minute) for moment in local] == [(8, 0)] * 4
    assert [moment.date() for moment in local] == [
        start.date() + timedelta(days=n) for n in range(1, 5)
    ]
    assert [fire.hour for fire in fires] == utc_hours
    gaps = [(b - a) / timedelta(hours=1) for a, b in itertools.pairwise(fires)]
    assert gaps == hours_between


def test_a_weekly_digest_fires_on_its_weekday_and_knows_its_last_slot():
    config = DigestConfig(to=ANALYSTS, schedule="weekly", weekday="fri", at="17:30",
                          timezone="Asia/Almaty")  # fmt: skip
    trigger = digest_trigger(config)
    fires = fire_times(trigger, datetime(2026, 6, 1, tzinfo=UTC), 3)
    almaty = ZoneInfo("Asia/Almaty")
    assert [f.astimezone(almaty).strftime("%a %H:%M") for f in fires] == ["Fri 17:30"] * 3
    assert [(b - a).days for a, b in itertools.pairwise(fires)] == [7, 7]
    assert last_slot(trigger, fires[1] + timedelta(days=2)) == fires[1]
    assert last_slot(trigger, fires[1]) == fires[1]


def test_bad_schedules_are_configuration_errors():
    with pytest.raises(ValueError, match="IANA time zone"):
        DigestConfig(to=ANALYSTS, timezone="Mars/Olympus")
    for at in ("25:00", "25:99", "08:60", "8:00"):
        with pytest.raises(ValueError, match="is not a time of day"):
            DigestConfig(to=ANALYSTS, at=at)


def test_an_unreachable_smtp_server_is_a_mail_error_without_the_password(monkeypatch):
    from tests.notify.conftest import free_port

    monkeypatch.setenv("SMTP_PASSWORD", "hunter2-password")
    config = SmtpConfig(
        host="127.0.0.1", port=free_port(), username="u", password_env="SMTP_PASSWORD"
    )
    with pytest.raises(MailError, match=r"cannot send e-mail through 127\.0\.0\.1:\d+") as error:
        Mailer(config).send(_message())
    assert "hunter2" not in str(error.value)


def _message():
    from email.message import EmailMessage

    message = EmailMessage()
    message["Subject"], message["From"], message["To"] = "t", "a@example.org", "b@example.org"
    message.set_content("x")
    return message


@pytest.mark.filterwarnings("ignore:Requiring AUTH while not requiring TLS")
@pytest.mark.parametrize("mode", ["starttls", "tls"])
def test_digests_go_over_starttls_or_implicit_tls_with_a_login(mode, tls_certificate, make_app):
    import ssl

    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult

    from tests.notify.conftest import Inbox, free_port

    cert, key = tls_certificate
    server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_context.load_cert_chain(cert, key)
    logins: list[tuple[bytes, bytes]] = []

    def authenticator(server, session, envelope, mechanism, auth_data):
        logins.append((auth_data.login, auth_data.password))
        return AuthResult(success=auth_data.password == b"hunter2", handled=False)

    inbox = Inbox()
    # aiosmtpd cannot tell an implicit TLS socket from a plain one, so it is told not to insist.
    tls_options = (
        {"tls_context": server_context, "require_starttls": True, "auth_require_tls": True}
        if mode == "starttls"
        else {"ssl_context": server_context, "auth_require_tls": False}
    )
    controller = Controller(
        inbox, hostname="127.0.0.1", port=free_port(), authenticator=authenticator,
        auth_required=True, auth_exclude_mechanism=["LOGIN"],
        **tls_options,
    )  # fmt: skip
    controller.start()
    try:
        client_context = ssl.create_default_context(cafile=cert)
        smtp = SmtpConfig(host="127.0.0.1", port=controller.port, tls=mode, username="desk",
                          password="hunter2", timeout=5)  # fmt: skip
        app = make_app()
        append(app.store, detected("visa-mou"))
        mailer = Mailer(smtp, tls_context=client_context)
        assert send_digest(app.store, mailer, DigestConfig(to=ANALYSTS)).sent
        assert logins == [(b"desk", b"hunter2")]
        assert len(inbox.messages) == 1

        wrong = Mailer(smtp.model_copy(update={"password": "wrong"}), tls_context=client_context)
        with pytest.raises(MailError, match="refused the login of 'desk'") as error:
            wrong.send(_message())
        assert "wrong" not in str(error.value).replace("'desk'", "")
    finally:
        controller.stop()


def test_digest_preview_prints_the_next_digest_and_send_mails_it_once(
    sqlite_workspace, smtp_server, store_template
):
    workspace = sqlite_workspace
    workspace.write_config(
        f'[smtp]\nhost = "{smtp_server.host}"\nport = {smtp_server.port}\n'
        '[[digests]]\nname = "morning"\nto = ["analyst@example.org"]\ntimezone = "Asia/Almaty"\n'
    )
    store_template.fill(workspace.database_url)
    engine = create_engine(workspace.database_url)
    append(EventStore(engine), detected("visa-mou"))
    engine.dispose()

    preview = workspace.query("digest", "preview")
    assert "To: analyst@example.org" in preview.stdout
    assert "Memorandum of understanding on visa exemption (signed)" in preview.stdout
    assert "https://outlet.example.org/news/visa-mou" in preview.stdout
    assert smtp_server.inbox.messages == []  # a preview sends nothing

    assert "morning: sent to analyst@example.org" in workspace.command("digest", "send").stdout
    again = workspace.command("digest", "send")
    assert "morning: not sent, nothing changed since the last digest" in again.stdout
    assert len(smtp_server.inbox.messages) == 1
    unknown = workspace.command("digest", "send", "--name", "evening", check=False)
    assert unknown.returncode == 1 and "no digest named 'evening'" in unknown.stderr


def test_the_daemon_schedules_a_digest_per_config_in_its_time_zone_plus_a_catch_up(
    make_monitor, smtp_server
):
    import threading

    from apscheduler.schedulers.background import BackgroundScheduler

    from monitor.notify.jobs import schedule_delivery_jobs, send_digest_job

    smtp = SmtpConfig(host=smtp_server.host, port=smtp_server.port)
    digests = [
        DigestConfig(to=ANALYSTS, name="berlin", at="08:00", timezone="Europe/Berlin"),
        DigestConfig(to=ANALYSTS, name="almaty", schedule="weekly", weekday="mon",
                     timezone="Asia/Almaty"),
    ]  # fmt: skip
    monitor = make_monitor(smtp=smtp, digests=digests)
    scheduler = BackgroundScheduler(timezone=UTC)
    schedule_delivery_jobs(scheduler, monitor, threading.Event())
    jobs = {job.id: job for job in scheduler.get_jobs()}
    assert set(jobs) == {
        "digest:berlin", "digest-catch-up:berlin", "digest:almaty", "digest-catch-up:almaty",
    }  # fmt: skip
    assert str(jobs["digest:berlin"].trigger.timezone) == "Europe/Berlin"
    assert "day_of_week='mon'" in str(jobs["digest:almaty"].trigger)

    broken = make_monitor(smtp=SmtpConfig(host="127.0.0.1", port=1), digests=digests)
    send_digest_job(broken, digests[0], threading.Event())  # logged, never raised


def test_a_first_digest_opens_with_the_briefing_and_lists_only_the_latest_changes(
    make_app, mailer, smtp_server
):
    app = make_app()
    talks = [
        detected(f"talks-{n:02d}", type="talks", date=f"2025-{n % 12 + 1:02d}-{n + 1:02d}",
                 fields={"format": "meeting"}, actors=[])
        for n in range(24)
    ]  # fmt: skip
    append(app.store, *talks)
    outcome = send_digest(app.store, mailer, DigestConfig(to=ANALYSTS), period_end=NOW)
    assert outcome.sent and outcome.digest.changes.count == 24
    text = parts(smtp_server.inbox.messages[-1][2])["text/plain"]
    changes, _summary = text.split("CURRENT SUMMARY")
    assert changes.index("BRIEFING") < changes.index("NEW DEVELOPMENTS")
    assert "Kazakh and Israeli officials held a meeting on" in changes
    listed = [line for line in changes.splitlines() if line.startswith("* ")]
    assert len(listed) == 10
    days = [_day(line) for line in listed]
    assert days == sorted(
        sorted(t.date for t in talks)[-10:], reverse=True
    )  # latest ten, newest first
    assert "These are the latest changes; 14 more are in the current summary below." in changes


def test_a_digest_tells_each_change_as_the_summary_does_without_raw_field_names(
    make_app, mailer, smtp_server
):
    app = make_app()
    config = DigestConfig(to=ANALYSTS)
    append(app.store, detected("visa-mou"))
    send_digest(app.store, mailer, config, period_end=NOW)
    plan = detected("herzog", type="visit_planned", date="2026-10",
                    fields={"visitor": "Isaac Herzog", "visitor_role": "President",
                            "host_country": "KZ", "expected": "2026-10", "first_in_years": None},
                    actors=[])  # fmt: skip
    visit = detected("herzog-held", type="official_visit", date="2026-10-14",
                     fields={"visitor": "Isaac Herzog", "visitor_role": "President",
                             "host_country": "KZ", "first_in_years": None}, actors=[])  # fmt: skip
    append(app.store, plan, visit)
    outcome = send_digest(app.store, mailer, config, period_end=NOW + timedelta(days=1))
    text = parts(smtp_server.inbox.messages[-1][2])["text/plain"]
    changes, summary = text.split("CURRENT SUMMARY")
    assert "BRIEFING" not in changes  # not the first digest, and only two changes
    # The plan is fulfilled by the visit: the digest says held, as the summary does.
    assert "Isaac Herzog (President) visited Kazakhstan" in changes
    assert "expected" not in changes and "None" not in changes and "_" not in changes
    assert "Isaac Herzog (President) visited Kazakhstan" in summary
    assert outcome.digest.changes.count == 1


def _day(line: str) -> str:
    """The ISO day of a listed change ("* 14 Oct 2026: ...") or of "* 2026-10-14"."""
    label = line[2:].split(":")[0]
    try:
        return datetime.strptime(label, "%d %b %Y").date().isoformat()
    except ValueError:
        return label


def test_another_report_of_the_same_stage_is_a_source_not_a_revision(make_app, mailer, smtp_server):
    app = make_app()
    config = DigestConfig(to=ANALYSTS)
    append(app.store, detected("visa-mou"))
    send_digest(app.store, mailer, config, period_end=NOW)
    same = detected("visa-mou", "again")
    append(
        app.store,
        ev.EventCorroborated(key="visa-mou", source=same.source, type=same.type, date=same.date,
                             date_precision="day", fields=same.fields),
    )  # fmt: skip
    outcome = send_digest(app.store, mailer, config, period_end=NOW + timedelta(days=1))
    assert outcome.digest.changes.revised == []
    assert [c.key for c in outcome.digest.changes.corroborated] == ["visa-mou"]
