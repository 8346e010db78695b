"""Per-channel filters: types, a minimum of sources, stages, quiet hours (json:// receivers)."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime

import storage
from monitor import events as ev
from monitor.notify.channels import build_channels
from monitor.notify.channels.base import Filters
from monitor.notify.outbox import READER_NAME, list_deliveries
from monitor.notify.sender import Sender
from monitor.settings import NotifyConfig
from tests.notify.conftest import append, detected, source, wait_for


def channel(name: str, receiver, **filters) -> NotifyConfig:
    return NotifyConfig(
        name=name, urls=[receiver.url()], backoff_base=0.01, backoff_cap=0.05, timeout=2, **filters
    )


def send_all(app, clock=None) -> None:
    storage.catch_up(app.store, app.reader(READER_NAME))
    Sender(app.store, build_channels(app.settings), clock=clock).send_due()


def delivered(app) -> Counter:
    with app.engine.connect() as conn:
        return Counter(
            (r.channel, r.kind) for r in list_deliveries(conn) if r.status == "delivered"
        )


def test_a_one_source_development_is_held_back_until_its_second_source(
    make_app, make_json_receiver
):
    everything, careful = make_json_receiver(), make_json_receiver()
    app = make_app(
        notify=[channel("everything", everything), channel("careful", careful, min_sources=2)]
    )
    append(app.store, detected("visa-mou"))
    send_all(app)
    wait_for(lambda: len(everything.delivered) == 1)
    send_all(app)
    assert careful.received == []  # one outlet so far: held back

    append(app.store, ev.EventCorroborated(key="visa-mou", source=source("kz-2", "Kazinform")))
    send_all(app)
    assert [d["title"].split(":")[0] for d in careful.delivered] == ["Confirmed by more outlets"]
    assert "[Kazinform](https://outlet.example.org/news/kz-2)" in careful.delivered[0]["message"]
    append(app.store, ev.EventCorroborated(key="visa-mou", source=source("kz-3", "Tengri")))
    append(
        app.store, ev.EventRevised(key="visa-mou", fields={"stage": "ratified"}, source=source(4))
    )
    send_all(app)
    assert delivered(app) == Counter(
        {("everything", "detected"): 1, ("everything", "corroborated"): 1,
         ("everything", "revised"): 1, ("careful", "corroborated"): 1, ("careful", "revised"): 1}
    )  # fmt: skip
    assert len(careful.delivered) == 2 and len(everything.delivered) == 3


def test_a_channel_gets_only_its_types_and_stages(make_app, make_json_receiver):
    visits, ratified = make_json_receiver(), make_json_receiver()
    app = make_app(
        notify=[
            channel("visits", visits, types=["official_visit"]),
            channel("ratified", ratified, stages=["ratified", "in_force"]),
        ]
    )
    append(
        app.store,
        detected("visa-mou"),
        detected("netanyahu-trip", type="visit_planned", fields={"visitor": "Benjamin Netanyahu"}),
        detected("forum", type="economic", fields={"sector": "cyber"}),
    )
    send_all(app)
    assert visits.received == [] and ratified.received == []

    append(
        app.store,
        ev.EventRevised(key="netanyahu-trip", type="official_visit", source=source(5)),
        ev.EventRevised(key="visa-mou", fields={"stage": "ratified"}, source=source(6)),
    )
    send_all(app)
    assert [d["title"] for d in visits.delivered] == ["Update: Visit by Benjamin Netanyahu"]
    assert [d["title"] for d in ratified.delivered] == [
        "Update: Memorandum of understanding on visa exemption (ratified)"
    ]


def test_deliveries_wait_out_a_channels_quiet_hours(make_app, make_json_receiver):
    receiver = make_json_receiver()
    app = make_app(
        notify=[channel("night", receiver, quiet_hours="22:00-07:00", timezone="Asia/Almaty")]
    )
    append(app.store, detected("visa-mou"))
    storage.catch_up(app.store, app.reader(READER_NAME))
    sender = Sender(app.store, build_channels(app.settings))
    # 23:30 in Almaty (UTC+5) is quiet; 08:00 is not.
    sender.clock = lambda: datetime(2030, 1, 1, 18, 30, tzinfo=UTC)
    report = sender.send_due()
    assert report.quiet == ["night"] and report.attempted == 0 and receiver.received == []
    sender.clock = lambda: datetime(2030, 1, 2, 3, 0, tzinfo=UTC)
    assert sender.send_due().delivered == 1
    assert len(receiver.delivered) == 1


def test_an_operator_sends_in_quiet_hours_with_force(make_app, make_json_receiver):
    receiver = make_json_receiver()
    app = make_app(notify=[channel("night", receiver, quiet_hours="00:00-23:59")])
    append(app.store, detected("visa-mou"))
    storage.catch_up(app.store, app.reader(READER_NAME))
    sender = Sender(app.store, build_channels(app.settings))
    assert sender.send_due().quiet == ["night"]
    assert sender.send_due(force=True).delivered == 1


def test_quiet_hours_may_wrap_midnight():
    night = Filters.of(NotifyConfig(name="n", urls=["json://x.example"], quiet_hours="22:00-07:00"))
    day = Filters.of(NotifyConfig(name="d", urls=["json://x.example"], quiet_hours="09:00-17:00"))
    at = [datetime(2030, 1, 1, hour, 30, tzinfo=UTC) for hour in (6, 7, 12, 21, 22, 23)]
    assert [night.quiet_now(moment) for moment in at] == [True, False, False, False, True, True]
    assert [day.quiet_now(moment) for moment in at] == [False, False, True, False, False, False]
