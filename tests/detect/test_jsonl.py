"""The `monitor detect` runner: one output line per input line, in order, never a crash."""

from __future__ import annotations

import io
import json

from monitor.detect.jsonl import run

RELEVANT = {
    "id": "a1",
    "title": "Kazakhstan and Israel sign visa deal",
    "text": "Kazakhstan and Israel signed a visa-free agreement on Monday in Astana.",
    "url": "https://news.example.org/a1",
    "published": "2026-03-12T09:00:00Z",
    "lang": "en",
}
IRRELEVANT = {
    "id": "a2",
    "title": "Snow in Almaty",
    "text": "It snowed.",
    "url": "",
    "published": "2026-03-12T09:00:00Z",
}


def run_lines(detector, *lines: str) -> list[dict]:
    out = io.StringIO()
    run(io.StringIO("".join(line + "\n" for line in lines)), out, detector)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_output_keeps_input_order_and_shape(detector):
    results = run_lines(detector, json.dumps(IRRELEVANT), json.dumps(RELEVANT))
    assert [r["id"] for r in results] == ["a2", "a1"]
    assert results[0]["relevant"] is False and results[1]["relevant"] is True
    event = results[1]["events"][0]
    assert set(event) == {"type", "date", "date_precision", "actors", "place", "fields", "evidence"}
    assert isinstance(results[1]["score"], float)


def test_a_bad_line_yields_an_error_line_and_the_rest_still_run(detector):
    results = run_lines(
        detector, json.dumps(RELEVANT), "{not json", "[1, 2]", json.dumps(IRRELEVANT)
    )
    assert [r.get("id") for r in results] == ["a1", None, None, "a2"]
    assert "invalid JSON" in results[1]["error"] and results[1]["relevant"] is False
    assert "line 3" in results[2]["error"]
    assert "error" not in results[3]


def test_missing_or_odd_fields_do_not_crash(detector):
    results = run_lines(
        detector,
        json.dumps({"id": 7}),
        json.dumps({"id": "b", "title": None, "text": 5, "published": "soon"}),
    )
    assert [r["relevant"] for r in results] == [False, False]
    assert all("error" not in r for r in results)


def test_a_relevant_article_without_a_usable_date_has_no_dated_events(detector):
    results = run_lines(detector, json.dumps({**RELEVANT, "published": "not a date"}))
    assert results[0]["relevant"] is True
    assert results[0]["events"] == []


def test_blank_lines_are_skipped(detector):
    assert len(run_lines(detector, "", json.dumps(IRRELEVANT), "   ")) == 1
