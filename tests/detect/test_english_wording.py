"""English wordings found by the written-article probe (tests/detect/written/en.py): invented
sentences, one per gap, each failing on the detector before it was closed."""

from __future__ import annotations


def _found(result) -> list[tuple[str, str | None]]:
    return [(e["type"], e["date"]) for e in result["events"]]


def test_a_headline_arrival_is_a_visit_when_the_body_tells_none(assess) -> None:
    result = assess(
        "Kazakh FM lands in Israel",
        "Talks are expected to focus on water technology, officials in Astana said.",
        published="2026-10-05T09:00:00Z",
    )
    assert ("official_visit", "2026-10-05") in _found(result)


def test_a_headline_arrival_told_ahead_is_no_visit(assess) -> None:
    result = assess(
        "Herzog to arrive in Astana on Monday",
        "Talks are expected to focus on water technology, officials in Astana said.",
        published="2026-10-05T09:00:00Z",
    )
    assert "official_visit" not in [kind for kind, _ in _found(result)]


def test_a_ratification_that_was_discussed_is_no_ratification(assess) -> None:
    result = assess(
        "Israeli lawmakers meet Kazakh senators",
        "Members of the Knesset visited Astana on Tuesday and met Kazakh senators. "
        "The two sides discussed the ratification of bilateral agreements on aviation.",
    )
    assert "agreement_signed" not in [kind for kind, _ in _found(result)]


def test_an_agreement_signed_in_the_passive_with_a_company_is_a_business_deal(assess) -> None:
    result = assess(
        "Israeli firm to build dairy farm in Kostanay",
        "An investment agreement was signed on Tuesday between the Kostanay region "
        "administration and the Israeli dairy company Milkway. The Israeli firm will invest "
        "$20 million.",
    )
    kinds = [kind for kind, _ in _found(result)]
    assert "agreement_signed" not in kinds
    assert "economic" in kinds


def test_an_interview_under_a_label_of_its_own_is_the_interviewees_statement(assess) -> None:
    result = assess(
        "Israel's envoy on ties with Kazakhstan",
        "Interview\n"
        "Kazinform met Israel's Ambassador to Kazakhstan Dan Shamir to learn about "
        "bilateral ties.\n"
        "- How are relations today?\n"
        "- Excellent. Kazakhstan is a true friend of Israel.",
        published="2026-05-20T09:00:00Z",
    )
    assert ("statement", "2026-05-20") in _found(result)


def test_who_extended_an_invitation_after_the_visit_word_is_not_the_visitor(assess) -> None:
    result = assess(
        "Herzog to visit Kazakhstan",
        "President Isaac Herzog will pay a state visit to Kazakhstan on 10 November. "
        "The visit has been prepared since Tokayev extended an invitation in the spring.",
        published="2026-10-20T09:00:00Z",
    )
    visitors = [e["fields"]["visitor"] for e in result["events"] if e["type"] == "visit_planned"]
    assert visitors == ["Isaac Herzog"]


def test_a_visit_put_off_is_friction(assess) -> None:
    result = assess(
        "Kazakh minister puts off Israel trip",
        "Kazakhstan's Foreign Minister Yermek Kosherbayev has put off a visit to Israel planned "
        "for next week, the ministry said on Wednesday.",
        published="2026-12-03T09:00:00Z",
    )
    assert [kind for kind, _ in _found(result)] == ["tension"]


def test_advice_to_refrain_from_trips_is_a_travel_warning(assess) -> None:
    result = assess(
        "Kazakhstan advises against travel to Israel",
        "The Kazakh Foreign Ministry on Monday urged citizens to refrain from trips to Israel.",
        published="2026-06-16T09:00:00Z",
    )
    assert ("tension", "2026-06-15") in _found(result)


def test_a_longer_visa_free_stay_allowed_from_a_day_is_a_visa_change(assess) -> None:
    result = assess(
        "Israelis to stay longer without visas",
        "Israeli citizens will be allowed to stay in Kazakhstan for up to 90 days without a "
        "visa from July 1, the government said on Tuesday.",
        published="2026-06-10T09:00:00Z",
    )
    assert ("visa_travel", "2026-07-01") in _found(result)
