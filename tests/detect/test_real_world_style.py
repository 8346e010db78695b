"""Invented articles shaped like real news pages (see real_world_cases.py): relevance, event
types and dates, with boilerplate, related-headline blocks and hard negatives."""

from __future__ import annotations

from typing import Any

import pytest

from monitor.detect import rules
from monitor.detect.sentences import analyse
from tests.detect.real_world_cases import CASES


def _same_date(predicted: str | None, wanted: str | None) -> bool:
    """Dates agree at the coarser precision; an expected None accepts any date."""
    if wanted is None:
        return True
    if predicted is None:
        return False
    n = min(len(predicted), len(wanted))
    return predicted[:n] == wanted[:n]


# A case may name a known miss ("known_miss": why): the truth stays labelled, the miss is
# reported (xfail) rather than hidden, and still counts in the shipped models' test below.
@pytest.mark.parametrize(
    "case",
    [
        pytest.param(c, marks=pytest.mark.xfail(reason=c["known_miss"], strict=False))
        if c.get("known_miss")
        else c
        for c in CASES
    ],
    ids=[c["id"] for c in CASES],
)
def test_real_world_style_article(detector, case: dict[str, Any]) -> None:
    check(detector, case)


def test_the_shipped_models_get_nearly_every_written_article_right(shipped) -> None:
    """The learned models decide on real news; on these cases they may miss a few, not many."""
    failures = []
    for case in CASES:
        try:
            check(shipped, case)
        except AssertionError as error:
            failures.append(f"{case['id']}: {str(error).splitlines()[0]}")
    relevance = [
        c["id"] for c in CASES if shipped.assess(article_of(c))["relevant"] != c["relevant"]
    ]
    assert len(relevance) <= 1, relevance
    assert len(failures) <= len(CASES) // 10, failures


def article_of(case: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": case["id"],
        "title": case["title"],
        "text": case["text"],
        "url": f"https://news.example.com/{case['id']}",
        "published": case["published"],
        "lang": case.get("lang", "en"),
    }


def check(detector, case: dict[str, Any]) -> None:
    result = detector.assess(article_of(case))
    assert result["relevant"] is case["relevant"], result["score"]
    got = [(e["type"], e["date"]) for e in result["events"]]
    if not case["relevant"]:
        assert got == []
        return
    left = list(got)
    for kind, wanted in case.get("events", []):
        match = next((e for e in left if e[0] == kind and _same_date(e[1], wanted)), None)
        assert match is not None, f"no {kind} on {wanted}; got {got}"
        left.remove(match)
    if "may" in case:
        for kind, wanted in case["may"]:
            match = next((e for e in left if e[0] == kind and _same_date(e[1], wanted)), None)
            if match is not None:
                left.remove(match)
        assert left == [], f"extra events {left}; got {got}"
        return
    allowed = {kind for kind, _ in case.get("events", [])} | case.get("allowed", set())
    if "events" in case:
        assert [e for e in left if e[0] not in allowed] == [], got


def test_a_joint_venture_of_one_sides_firms_is_no_business_between_the_two(detector):
    """ "X is a joint venture of Delta Group and Israel Chemicals": two firms of one side; a
    joint venture is news between the two only where both are named."""
    one_side = analyse(
        detector.lexicon,
        "",
        "Aqua Tech is a joint venture of Delta Group Ltd. and Israel Chemicals Ltd.",
        4,
        lang="en",
    )
    both = analyse(
        detector.lexicon,
        "",
        "Kazakhstan's Samruk-Energy and Israel's Delta Water formed a joint venture on Tuesday.",
        4,
        lang="en",
    )
    assert rules._economic(one_side[0], []) is None
    assert rules._economic(both[0], []) is not None
