"""Grouping reports into developments: across outlets, languages, time zones and precisions,
and the same developments whatever order the reports come in."""

from __future__ import annotations

import random

from monitor.detect.dedup import Report, canonical, cluster, development_key

_counter = iter(range(10_000))


def report(kind, day, precision="day", *, published=None, article=None, **fields):
    n = next(_counter)
    return Report(
        article=article or f"article-{n:04d}", seq=0, type=kind, date=day, precision=precision,
        fields=fields, published=published or f"{(day or '2026-01-01')[:4]}-12-31T00:00:00+00:00",
    )  # fmt: skip


def groups(reports, seed=None):
    """The developments as sets of article ids, with each one's canonical type and date."""
    items = list(reports)
    if seed is not None:
        random.Random(seed).shuffle(items)
    out = {}
    for development in cluster(items):
        final = canonical(development)
        out[development.key] = (
            frozenset(r.article for r in development.reports),
            final.type,
            final.date,
        )
    return out


def same_in_every_order(reports, seeds=range(8)):
    first = groups(reports)
    for seed in seeds:
        assert groups(reports, seed) == first, f"order {seed} differs"
    return first


def test_a_stream_of_reports_from_several_outlets_becomes_few_developments_in_any_order():
    visa = {"subject": "visa"}
    reports = [
        report("agreement_signed", "2026-01-27", instrument="memorandum_of_intent", **visa,
               published="2026-01-27T18:00:00+00:00"),
        report("official_visit", "2026-01-27", visitor="Gideon Sa'ar", host_country="KZ",
               published="2026-01-27T18:00:00+00:00"),
        report("agreement_signed", "2026-01-27", instrument="memorandum_of_understanding", **visa,
               published="2026-01-28T08:00:00+00:00"),
        report("official_visit", "2026-01-28", visitor="Гидеон Саар", host_country="KZ",
               published="2026-01-28T08:00:00+00:00"),
        report("visit_planned", "2026", "year", visitor="Benjamin Netanyahu",
               published="2026-01-29T08:00:00+00:00"),
        report("visit_planned", "2026-07", "month", visitor="Нетаньяху",
               published="2026-05-02T08:00:00+00:00"),
        report("official_visit", "2026-07-09", visitor="Benjamin Netanyahu", host_country="KZ",
               published="2026-07-09T20:00:00+00:00"),
        report("agreement_signed", "2026-04-13", instrument="agreement", stage="signed", **visa,
               published="2026-04-13T10:00:00+00:00"),
        report("agreement_signed", "2026-06-17", instrument="agreement", stage="ratified", **visa,
               published="2026-06-17T10:00:00+00:00"),
        report("agreement_signed", "2026-09-01", instrument="agreement", stage="in_force", **visa,
               published="2026-09-01T10:00:00+00:00"),
        report("agreement_signed", "2026-06-18", instrument="agreement", stage="ratified", **visa,
               published="2026-06-18T10:00:00+00:00"),
        report("agreement_signed", "2026-07-09", instrument="agreement", stage="signed",
               subject="health", published="2026-07-09T20:00:00+00:00"),
    ]  # fmt: skip
    found = same_in_every_order(reports)
    memorandum, visit, plan, signed, ratified, in_force, late, health = (
        reports[0], reports[1], reports[4], reports[7], reports[8], reports[9], reports[10],
        reports[11],
    )  # fmt: skip
    developments = sorted(found.values(), key=lambda item: sorted(item[0]))
    assert len(developments) == 5
    by_article = {a: item for item in developments for a in item[0]}
    assert by_article[memorandum.article][0] == {memorandum.article, reports[2].article}
    assert by_article[visit.article][0] == {visit.article, reports[3].article}
    assert by_article[plan.article][1:] == ("official_visit", "2026-07-09")
    assert by_article[plan.article][0] == {plan.article, reports[5].article, reports[6].article}
    ladder = {signed.article, ratified.article, in_force.article, late.article}
    assert by_article[signed.article] == (frozenset(ladder), "agreement_signed", "2026-09-01")
    assert by_article[health.article][0] == {health.article}


def test_one_development_reported_in_several_languages_and_spellings_is_one():
    reports = [
        report("statement", "2026-03-03", speaker="Kassym-Jomart Tokayev (President, KZ)"),
        report("statement", "2026-03-03", speaker="Токаев"),
        report("statement", "2026-03-03", speaker="Қасым-Жомарт Тоқаев"),
        report("statement", "2026-03-03", speaker="טוקאייב"),
        report("statement", "2026-03-03", speaker="Benjamin Netanyahu (Prime Minister, IL)"),
        report("statement", "2026-03-04", speaker="Нетаньяху"),
        report("statement", "2026-03-03", speaker="נתניהו"),
    ]
    found = same_in_every_order(reports)
    assert sorted(len(articles) for articles, _, _ in found.values()) == [3, 4]


def test_two_speakers_on_the_same_day_stay_two_statements():
    reports = [
        report("statement", "2026-01-27", speaker="Gideon Sa'ar (Foreign Minister, IL)"),
        report("statement", "2026-01-27", speaker="Yermek Kosherbayev (Foreign Minister, KZ)"),
        report("statement", "2026-01-27", speaker="Gideon Sa'ar"),
        report("statement", "2026-01-28", speaker="Кошербаев"),
    ]
    found = same_in_every_order(reports)
    assert sorted(sorted(a) for a, _, _ in found.values()) == sorted(
        [sorted([reports[0].article, reports[2].article]),
         sorted([reports[1].article, reports[3].article])]
    )  # fmt: skip


def test_two_documents_signed_the_same_day_stay_apart():
    reports = [
        report("agreement_signed", "2016-12-14", subject="agriculture", instrument="agreement"),
        report("agreement_signed", "2016-12-14", subject="aviation", instrument="agreement"),
        report("agreement_signed", "2016-12-14", subject="health", instrument="agreement"),
        report("agreement_signed", "2016-12-14", subject="health",
               instrument="memorandum_of_understanding"),
    ]  # fmt: skip
    assert len(same_in_every_order(reports)) == 4


def test_reports_a_day_apart_across_time_zones_are_one_dated_as_most_say():
    reports = [
        report("multilateral", "2025-11-07", framework="Abraham Accords"),
        report("multilateral", "2025-11-06", framework="Abraham Accords"),
        report("multilateral", "2025-11-06", framework="Abraham Accords"),
        report("multilateral", "2025-11", "month", framework="Abraham Accords"),
    ]
    [(articles, kind, day)] = same_in_every_order(reports).values()
    assert len(articles) == 4 and (kind, day) == ("multilateral", "2025-11-06")


def test_a_day_late_majority_yields_to_the_day_before_that_some_report():
    # Outlets a time zone ahead, or dating by their own publication, put it a day late.
    reports = [
        report("talks", "2025-11-07", format="call"),
        report("talks", "2025-11-07", format="call"),
        report("talks", "2025-11-07", format="call"),
        report("talks", "2025-11-06", format="call"),
    ]
    [(_, _, day)] = same_in_every_order(reports).values()
    assert day == "2025-11-06"


def test_a_tie_between_two_days_goes_to_the_earlier():
    reports = [
        report("talks", "2025-11-07", format="call"),
        report("talks", "2025-11-06", format="call"),
    ]
    [(_, _, day)] = same_in_every_order(reports).values()
    assert day == "2025-11-06"


def test_a_report_at_month_precision_joins_the_day_it_contains():
    reports = [
        report("economic", "2026-01", "month", sector="trade"),
        report("economic", "2026-01-27", sector="trade"),
    ]
    [(articles, _, day)] = same_in_every_order(reports).values()
    assert len(articles) == 2 and day == "2026-01-27"


def test_dates_too_far_apart_make_another_development():
    reports = [
        report("talks", "2026-03-03", format="call"),
        report("talks", "2026-03-05", format="call"),
        report("talks", "2026-04-20", format="call"),
    ]
    assert sorted(len(a) for a, _, _ in same_in_every_order(reports).values()) == [1, 2]


def test_a_report_is_never_grouped_with_two_that_disagree():
    """Compatible with each of two developments, a report joins one: they do not chain."""
    reports = [
        report("talks", "2026-03-01", format="call"),
        report("talks", "2026-03-03", format="call"),
        report("talks", "2026-03-05", format="call"),
    ]
    found = same_in_every_order(reports)
    assert sorted(len(a) for a, _, _ in found.values()) == [1, 2]


def test_a_planned_visit_moved_to_another_month_and_then_made_is_one_development():
    reports = [
        report("visit_planned", "2026-05", "month", visitor="Isaac Herzog",
               published="2026-02-01T00:00:00+00:00"),
        report("visit_planned", "2026-10", "month", visitor="Isaac Herzog",
               published="2026-04-01T00:00:00+00:00"),
        report("official_visit", "2026-10-12", visitor="Ицхак Герцог (President, IL)",
               published="2026-10-12T00:00:00+00:00"),
        report("official_visit", "2016-12-14", visitor="Benjamin Netanyahu",
               published="2016-12-14T00:00:00+00:00"),
    ]  # fmt: skip
    found = same_in_every_order(reports)
    assert sorted((len(a), kind) for a, kind, _ in found.values()) == [
        (1, "official_visit"), (3, "official_visit"),
    ]  # fmt: skip


def test_a_role_named_without_its_holder_is_the_holder():
    reports = [
        report("official_visit", "2016-12-14", visitor="Prime Minister",
               visitor_role="Prime Minister"),
        report("official_visit", "2016-12-14", visitor="Benjamin Netanyahu",
               visitor_role="Prime Minister"),
        report("official_visit", "2016-12-14", visitor="Nursultan Nazarbayev",
               visitor_role="President"),
    ]  # fmt: skip
    assert sorted(len(a) for a, _, _ in same_in_every_order(reports).values()) == [1, 2]


def test_a_development_s_key_comes_from_its_first_report_and_stays_as_later_ones_join():
    first = report("multilateral", "2025-11-06", framework="Abraham Accords",
                   published="2025-11-06T20:00:00+00:00", article="early")  # fmt: skip
    later = report("multilateral", "2025-11-07", framework="Abraham Accords",
                   published="2025-11-07T06:00:00+00:00", article="late")  # fmt: skip
    [alone] = groups([first])
    [together] = groups([later, first])
    assert alone == together == development_key(first)
    assert together.startswith("multilateral:abraham-accords:2025-11-06:")
    [other] = groups([later])
    assert other != together


def test_a_visit_told_by_title_and_by_name_is_told_by_name_in_any_order():
    reports = [
        report("official_visit", "2026-01-27", visitor="Foreign Minister",
               visitor_role="Foreign Minister", host_country="KZ"),
        report("official_visit", "2026-01-27", visitor="Foreign Minister",
               visitor_role="Foreign Minister", host_country="KZ"),
        report("official_visit", "2026-01-27", visitor="Gideon Sa'ar",
               visitor_role="Foreign Minister", host_country="KZ"),
    ]  # fmt: skip
    for seed in range(8):
        items = list(reports)
        random.Random(seed).shuffle(items)
        (development,) = cluster(items)
        assert canonical(development).fields["visitor"] == "Gideon Sa'ar", seed
