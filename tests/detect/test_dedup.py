"""Deduplication across outlets: new development, corroboration, or revision."""

from __future__ import annotations

from monitor.detect.dedup import Development, decide, development_key


def event(kind, day, precision="day", **fields):
    return {"type": kind, "date": day, "date_precision": precision, "fields": fields}


class Log:
    """A tiny stand-in for the service's developments projection."""

    def __init__(self) -> None:
        self.known: dict[str, Development] = {}
        self.actions: list[str] = []

    def feed(self, item: dict) -> str:
        decision = decide(item, self.known.values())
        self.actions.append(decision.action)
        fields = item["fields"]
        stage = fields.get("stage") or fields.get("status")
        if decision.action == "corroborate":
            return decision.key
        old = self.known.get(decision.key)
        merged = {**(old.fields if old else {}), **fields}
        self.known[decision.key] = Development(
            decision.key, item["type"], item["date"], item["date_precision"], merged, stage
        )
        return decision.key


def test_a_stream_of_reports_from_several_outlets_becomes_few_developments():
    log = Log()
    stream = [
        # Day 1: outlet A reports the memorandum and the visit.
        event(
            "agreement_signed",
            "2026-01-27",
            subject="visa",
            instrument="memorandum_of_intent",
            stage="signed",
        ),
        event("official_visit", "2026-01-27", visitor="Gideon Sa'ar", host_country="KZ"),
        # Day 2: outlet B restates both, one day off for the visit.
        event(
            "agreement_signed",
            "2026-01-27",
            subject="visa",
            instrument="memorandum_of_intent",
            stage="signed",
        ),
        event("official_visit", "2026-01-28", visitor="Gideon Sa'ar", host_country="KZ"),
        # A plan, then a sharper date for it, then the visit held.
        event("visit_planned", "2026", "year", visitor="Benjamin Netanyahu"),
        event("visit_planned", "2026-07", "month", visitor="Benjamin Netanyahu"),
        event("official_visit", "2026-07-09", visitor="Benjamin Netanyahu", host_country="KZ"),
        # The visa instrument moves on: agreement signed, ratified, in force.
        event(
            "agreement_signed", "2026-04-13", subject="visa", instrument="agreement", stage="signed"
        ),
        event(
            "agreement_signed",
            "2026-06-17",
            subject="visa",
            instrument="agreement",
            stage="ratified",
        ),
        event(
            "agreement_signed",
            "2026-09-01",
            subject="visa",
            instrument="agreement",
            stage="in_force",
        ),
        # A late report of the ratification corroborates; an unrelated health deal is new.
        event(
            "agreement_signed",
            "2026-06-18",
            subject="visa",
            instrument="agreement",
            stage="ratified",
        ),
        event(
            "agreement_signed",
            "2026-07-09",
            subject="health",
            instrument="agreement",
            stage="signed",
        ),
    ]
    keys = [log.feed(item) for item in stream]
    assert log.actions == [
        "new",
        "new",
        "corroborate",
        "corroborate",
        "new",
        "revise",
        "revise",
        "revise",
        "revise",
        "revise",
        "corroborate",
        "new",
    ]
    assert keys[0] == keys[2] == keys[7] == keys[9]
    assert keys[4] == keys[5] == keys[6]
    assert len(set(keys)) == 4


def test_dates_too_far_apart_make_a_new_development():
    first = event("talks", "2026-03-03", format="call")
    known = [Development(development_key(first), "talks", "2026-03-03", "day", first["fields"])]
    assert decide(event("talks", "2026-03-05", format="call"), known).action == "corroborate"
    assert decide(event("talks", "2026-04-20", format="call"), known).action == "new"


def test_different_speakers_are_different_statements():
    said = event("statement", "2026-01-27", speaker="Gideon Sa'ar (Foreign Minister, IL)")
    known = [Development(development_key(said), "statement", "2026-01-27", "day", said["fields"])]
    other = event("statement", "2026-01-27", speaker="Yermek Kosherbayev (Foreign Minister, KZ)")
    assert decide(other, known).action == "new"
    same = event("statement", "2026-01-27", speaker="Gideon Sa'ar")
    assert decide(same, known).action == "corroborate"


def test_keys_are_stable_and_built_from_type_fields_and_date_bucket():
    a = event("multilateral", "2025-11-06", framework="Abraham Accords")
    b = event("multilateral", "2025-11-07", framework="Abraham Accords")
    assert development_key(a) == development_key(b) == "multilateral:abraham-accords:2025-11"
    planned = event("visit_planned", "2026", "year", visitor="Isaac Herzog")
    assert development_key(planned) == "visit:isaac-herzog:2026"


def test_a_planned_visit_moved_to_another_month_is_a_revision():
    plan = event("visit_planned", "2026-05", "month", visitor="Isaac Herzog")
    known = [
        Development(development_key(plan), "visit_planned", "2026-05", "month", plan["fields"])
    ]
    moved = event("visit_planned", "2026-10", "month", visitor="Isaac Herzog")
    assert decide(moved, known).action == "revise"
