"""Fixtures for delivery tests: a verifying webhook receiver, an SMTP server, development events."""

from __future__ import annotations

import base64
import email
import os
import socket
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import orjson
import pytest
from aiosmtpd.controller import Controller
from standardwebhooks import Webhook, WebhookVerificationError

import storage
from monitor import events as ev
from monitor.app import Monitor
from monitor.bootstrap import Components, bootstrap
from monitor.mapper import to_new_event
from monitor.notify.channels import build_channels
from monitor.notify.outbox import READER_NAME
from monitor.notify.sender import Sender
from monitor.settings import Settings
from storage import EventStore


def new_secret() -> str:
    return "whsec_" + base64.b64encode(os.urandom(24)).decode()


@dataclass
class Received:
    message_id: str
    payload: dict
    status: int


def post_server(
    answer: Callable[[str, bytes, dict[str, str]], int],
) -> tuple[ThreadingHTTPServer, threading.Thread]:
    """An HTTP server on 127.0.0.1 whose POSTs `answer(path, body, headers)` turns into a status
    (a request whose sender died mid-body gets none), and the thread to serve it from."""

    class Handler(BaseHTTPRequestHandler):
        disable_nagle_algorithm = True  # or every keep-alive answer waits ~40 ms
        protocol_version = "HTTP/1.1"

        def do_POST(self) -> None:
            expected = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(expected)
            if len(body) < expected:  # the sender died mid-request: nothing was delivered
                self.close_connection = True
                return
            status = answer(self.path, body, dict(self.headers.items()))
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, *args) -> None:
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(
        target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
    )
    return httpd, thread


@dataclass
class WebhookReceiver:
    """Verifies every request's Standard Webhooks signature; fails the first N attempts per id."""

    secret: str
    fail_first: int = 0
    status_after: int = 200
    attempts: Counter = field(default_factory=Counter)
    received: list[Received] = field(default_factory=list)
    unverified: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.httpd, self.thread = post_server(
            lambda _path, body, headers: self.answer(body, headers)
        )
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/hooks/kz-il"

    def answer(self, body: bytes, headers: dict[str, str]) -> int:
        try:
            payload = Webhook(self.secret).verify(body, headers)
        except WebhookVerificationError:
            with self.lock:
                self.unverified += 1
            return 401
        message_id = {k.lower(): v for k, v in headers.items()}["webhook-id"]
        return self.record(message_id, body, payload)

    def record(self, message_id: str, body: bytes, payload) -> int:
        """Count a verified request and choose its answer."""
        with self.lock:
            self.attempts[message_id] += 1
            status = 500 if self.attempts[message_id] <= self.fail_first else self.status_after
            self.received.append(Received(message_id, payload, status))
        return status

    def delivered(self) -> list[Received]:
        with self.lock:
            return [r for r in self.received if 200 <= r.status < 300]

    def delivered_ids(self) -> set[str]:
        return {r.message_id for r in self.delivered()}


@pytest.fixture
def make_receiver() -> Iterator[Callable[..., WebhookReceiver]]:
    started: list[WebhookReceiver] = []

    def make(**kwargs) -> WebhookReceiver:
        receiver = WebhookReceiver(kwargs.pop("secret", None) or new_secret(), **kwargs)
        receiver.thread.start()
        started.append(receiver)
        return receiver

    yield make
    for receiver in started:
        receiver.httpd.shutdown()
        receiver.httpd.server_close()


@dataclass
class Inbox:
    """What the SMTP server received: (envelope sender, recipients, parsed message)."""

    messages: list[tuple[str, list[str], EmailMessage]] = field(default_factory=list)

    async def handle_DATA(self, server, session, envelope) -> str:
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        self.messages.append((envelope.mail_from, list(envelope.rcpt_tos), message))
        return "250 OK"


@dataclass
class SmtpServer:
    host: str
    port: int
    inbox: Inbox


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server() -> Iterator[SmtpServer]:
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    yield SmtpServer("127.0.0.1", controller.port, inbox)
    controller.stop()


@pytest.fixture
def make_app(database_url, store_template) -> Iterator[Callable[..., Components]]:
    """Build the application on the test database from settings given as keyword arguments."""
    apps: list[Components] = []

    def make(**settings) -> Components:
        store_template.fill(database_url)
        app = bootstrap(Settings(database_url=database_url, **settings))
        apps.append(app)
        return app

    yield make
    for app in apps:
        app.close()


@pytest.fixture
def make_monitor(make_app) -> Callable[..., Monitor]:
    """The application facade on the test database, from settings given as keyword arguments."""
    return lambda **settings: Monitor(make_app(**settings))


def source(n: int | str, outlet: str = "Astana Times") -> ev.Source:
    return ev.Source(article=f"art-{n}", url=f"https://outlet.example.org/news/{n}", outlet=outlet)


def detected(key: str, n: int | str | None = None, **overrides) -> ev.EventDetected:
    values = {
        "key": key,
        "type": "agreement_signed",
        "date": "2026-01-27",
        "date_precision": "day",
        "actors": [{"name": "Gideon Sa'ar", "country": "IL"}],
        "place": "Astana",
        "fields": {
            "instrument": "memorandum_of_understanding",
            "subject": "visa",
            "stage": "signed",
        },
        "evidence": ["The ministers signed a memorandum on visa exemption."],
        "source": source(n if n is not None else key),
    }
    return ev.EventDetected(**(values | overrides))


def append(store: EventStore, *events: ev.DomainEvent) -> list[int]:
    """Append development events, each to its development's stream."""
    positions = []
    for event in events:
        positions += store.append(f"development-{event.key}", [to_new_event(event)])
    return positions


def wait_for(condition: Callable[[], bool], timeout: float = 20, every: float = 0.02) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not met in time")
        time.sleep(every)


def work(app, until, timeout: float = 20) -> None:
    """Catch up the outbox and send what is due, for every channel, until `until()` holds."""
    sender = Sender(app.store, build_channels(app.settings))

    def step() -> bool:
        storage.catch_up(app.store, app.reader(READER_NAME))
        sender.send_due()
        return until()

    wait_for(step, timeout=timeout, every=0.01)


def events_of(store: EventStore, type_: str) -> list[dict]:
    return [recorded.data for recorded in store.read_all(types=[type_])]


def dumps(value) -> str:
    return orjson.dumps(value).decode()


@pytest.fixture(scope="session")
def tls_certificate(tmp_path_factory) -> tuple[str, str]:
    """A self-signed certificate for 127.0.0.1: (certificate file, key file)."""
    import shutil
    import subprocess

    if shutil.which("openssl") is None:
        pytest.skip("openssl is needed to make a test certificate")
    folder = tmp_path_factory.mktemp("tls")
    cert, key = str(folder / "cert.pem"), str(folder / "key.pem")
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", key, "-out", cert, "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


@dataclass
class JsonReceiver:
    """Takes the JSON Apprise's json:// posts; fails every `fail_every`th request with a 500."""

    fail_every: int = 0
    status_after: int = 200
    requests: int = 0
    received: list[dict] = field(default_factory=list)  # every request's document
    delivered: list[dict] = field(default_factory=list)  # those answered 2xx
    paths: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.httpd, self.thread = post_server(
            lambda path, body, _headers: self.record(path, orjson.loads(body))
        )
        self.httpd.daemon_threads = True
        self.port = self.httpd.server_address[1]

    def url(self, path: str = "hooks/chat") -> str:
        return f"json://127.0.0.1:{self.port}/{path}"

    def record(self, path: str, document: dict) -> int:
        with self.lock:
            self.requests += 1
            failing = self.fail_every and self.requests % self.fail_every == 0
            status = 500 if failing else self.status_after
            self.received.append(document)
            self.paths.append(path)
            if 200 <= status < 300:
                self.delivered.append(document)
        return status

    def titles(self) -> list[str]:
        with self.lock:
            return [document["title"] for document in self.delivered]


@pytest.fixture
def make_json_receiver() -> Iterator[Callable[..., JsonReceiver]]:
    started: list[JsonReceiver] = []

    def make(**kwargs) -> JsonReceiver:
        receiver = JsonReceiver(**kwargs)
        receiver.thread.start()
        started.append(receiver)
        return receiver

    yield make
    for receiver in started:
        receiver.httpd.shutdown()
        receiver.httpd.server_close()
