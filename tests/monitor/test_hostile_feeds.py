"""Hostile feeds in one daemon pass: each is a recorded error, and the pass goes on."""

from __future__ import annotations

import functools
import gzip
import json
import signal
import subprocess
import sys
import time

import sqlalchemy as sa

from monitor.tables import feed_state
from tests.feeds.httpserver import FeedServer
from tests.feeds.test_fetch_limits import _drip_body, _endless_body
from tests.feeds.test_parse import _billion_laughs
from tests.support import rss

GOOD = rss({"title": "Kazakhstan and Israel hold talks", "link": "https://good.example.org/1"})
XXE = (
    b'<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
    b'<rss version="2.0"><channel><title>&xxe;</title><item><title>&xxe;</title></item>'
    b"</channel></rss>"
)
KOI8_DECLARED_UTF8 = (
    '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Новости</title>'
    "<item><title>Казахстан и Израиль</title><link>https://ru.example.org/1</link></item>"
    "</channel></rss>"
).encode("koi8-r")


@functools.cache
def bomb() -> bytes:
    """10 KB of gzip that inflates to 200 MiB; made when a test asks (0.7 s of CPU), not in
    every test process that collects this module."""
    return gzip.compress(bytes(200 * 1024 * 1024), compresslevel=9)


def test_a_daemon_pass_over_hostile_feeds_records_each_error_and_stores_the_good_feed(
    workspace, tmp_path
):
    server = FeedServer().start()
    try:
        server.serve("/good.xml", GOOD.encode(), headers={"Content-Type": "application/rss+xml"})
        server.serve("/xxe.xml", XXE)
        server.serve("/laughs.xml", _billion_laughs())
        server.route("/huge.xml", _endless_body([0]))
        server.serve("/bomb.xml", bomb(), headers={"Content-Encoding": "gzip"})
        server.route("/drip.xml", _drip_body)
        server.redirect("/loop-a", server.url("/loop-b"))
        server.redirect("/loop-b", server.url("/loop-a"))
        server.serve("/passwd.xml", b"/etc/passwd")
        server.serve("/page.html", b"<html><body><h1>Hello</h1></body></html>",
                     headers={"Content-Type": "text/html"})  # fmt: skip
        server.serve("/charset.xml", KOI8_DECLARED_UTF8)
        server.serve("/empty.xml", b"")
        names = {
            "good": "/good.xml", "xxe": "/xxe.xml", "laughs": "/laughs.xml",
            "huge": "/huge.xml", "bomb": "/bomb.xml", "drip": "/drip.xml",
            "loop": "/loop-a", "passwd": "/passwd.xml", "page": "/page.html",
            "charset": "/charset.xml", "empty": "/empty.xml",
        }  # fmt: skip
        feeds = "".join(
            f'[[feeds]]\nname = "{name}"\nurl = "{server.url(path)}"\n'
            for name, path in names.items()
        )
        workspace.write_config(
            'poll_every = "1s"\n[fetch]\nper_host_spacing = "0s"\nper_host_in_flight = 8\n'
            'request_timeout = "3s"\nparse_workers = 0\n' + feeds
        )
        daemon = subprocess.Popen(
            [sys.executable, "-m", "monitor", "--config", str(workspace.config), "run"],
            cwd=workspace.path, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        )  # fmt: skip
        try:
            engine = sa.create_engine(workspace.database_url)
            deadline = time.monotonic() + 60
            rows = {}
            while time.monotonic() < deadline and len(rows) < len(names):
                time.sleep(0.5)
                try:
                    with engine.connect() as conn:
                        rows = {
                            row.feed: row
                            for row in conn.execute(sa.select(feed_state))
                            if row.last_checked_at is not None
                        }
                except sa.exc.DBAPIError:
                    continue  # the schema is still being created
            engine.dispose()
            assert daemon.poll() is None, "the daemon keeps running"
            daemon.send_signal(signal.SIGTERM)
            _, stderr = daemon.communicate(timeout=30)
        finally:
            daemon.kill()
        assert daemon.returncode == 0, stderr
    finally:
        server.stop()

    assert set(rows) == set(names)
    errors = {name: (row.last_error or "") for name, row in rows.items()}
    assert rows["good"].last_error is None and rows["good"].last_success_at is not None
    expected = {
        "xxe": "xml_entities", "laughs": "xml_entities", "huge": "body_too_large",
        "bomb": "body_too_large", "drip": "timeout", "loop": "redirect_loop",
        "passwd": "not_a_feed", "page": "not_a_feed", "empty": "empty_body",
    }  # fmt: skip
    for name, code in expected.items():
        assert errors[name].startswith(code), (name, errors[name])
    assert rows["charset"].last_success_at is not None  # a wrong charset still yields entries

    listed = [json.loads(line) for line in workspace.query("events", "--json").stdout.splitlines()]
    titles = {e["data"]["title"] for e in listed if e["type"] == "ArticleDiscovered"}
    assert titles == {"Kazakhstan and Israel hold talks", "Казахстан и Израиль"}
    assert not any("root:" in json.dumps(e, ensure_ascii=False) for e in listed)
