"""Stream articles (JSON lines) through the detector, one assessment line per input line."""

from __future__ import annotations

from typing import Any, TextIO

import orjson

from monitor.detect.detector import Detector


def run(infile: TextIO, outfile: TextIO, detector: Detector | None = None) -> int:
    """Assess every non-blank line of `infile`; return the number of lines written.

    A line that is not a JSON object, or that the detector fails on, yields an output line
    with an "error" key and relevant false, so output stays aligned with input.
    """
    detector = detector or Detector.load()
    written = 0
    for number, line in enumerate(infile, start=1):
        if not line.strip():
            continue
        outfile.write(orjson.dumps(_assess_line(detector, line, number)).decode() + "\n")
        written += 1
    outfile.flush()
    return written


def _assess_line(detector: Detector, line: str, number: int) -> dict[str, Any]:
    try:
        article = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        return _error(None, f"line {number}: invalid JSON: {exc}")
    if not isinstance(article, dict):
        return _error(None, f"line {number}: expected a JSON object")
    article_id = article.get("id")
    try:
        return detector.assess(article)
    except Exception as exc:  # one bad article must not stop the stream
        return _error(article_id, f"line {number}: {type(exc).__name__}: {exc}")


def _error(article_id: Any, message: str) -> dict[str, Any]:
    return {"id": article_id, "relevant": False, "score": 0.0, "events": [], "error": message}
