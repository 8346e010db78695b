"""`monitor poll` polls, detects, projects and notifies: a new development reaches the webhook."""

from __future__ import annotations

import json
from pathlib import Path

from tests.support import rss

REPORTS = Path(__file__).resolve().parents[1] / "data" / "visa_agreement_reports.jsonl"


def test_one_poll_delivers_the_new_developments_to_the_webhook(
    workspace, feed_server, make_receiver
):
    receiver = make_receiver()
    first = json.loads(REPORTS.read_text(encoding="utf-8").splitlines()[0])
    url = feed_server.serve(
        "/feed.xml",
        rss({"title": first["title"], "link": first["url"], "description": first["text"]}),
    )
    workspace.write_config(
        f'[[feeds]]\nname = "outlet"\nurl = "{url}"\n'
        f'[[webhooks]]\nurl = "{receiver.url}"\nsecret = "{receiver.secret}"\nname = "analysts"\n'
    )
    done = workspace.command("poll")
    assert "webhooks: " in done.stdout and " delivered" in done.stdout
    kinds = [r.payload["type"] for r in receiver.delivered()]
    assert "development.detected" in kinds
    delivered = {r.payload["data"]["development"] for r in receiver.delivered()}
    assert any(key.startswith("agreement_signed") for key in delivered)
    assert receiver.unverified == 0
    listed = workspace.query("deliveries", "list", "--json").stdout.splitlines()
    assert listed and all(json.loads(line)["status"] == "delivered" for line in listed)
