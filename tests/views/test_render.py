"""The summary's renderers: a text briefing, Markdown for pasting, JSON for scripts."""

from __future__ import annotations

import json
from datetime import date

from monitor import events as ev
from monitor.views.render import date_label, md, render_markdown, render_summary, render_text
from monitor.views.summary import summarize
from tests.views.conftest import detected, fold, seed_events, source

SUMMER = date(2026, 6, 30)


def seed_summary(*more):
    return summarize(fold([*seed_events(), *more]), SUMMER)


def test_the_text_briefing_leads_with_the_latest_development_then_each_section():
    text = render_text(seed_summary())
    lines = text.splitlines()
    assert lines[0] == "Kazakhstan–Israel relations, as of 2026-06-30: 12 development(s)"
    lead = lines[2 : lines.index("", 2)]
    assert " ".join(lead) == text.split("\n\n")[1].replace("\n", " ")
    assert all(len(line) <= 100 for line in lead)
    latest = lines[lines.index("", 2) + 1]
    assert latest.startswith("Latest: 20 May 2026: ")
    headings = [line for line in lines if line and line == line.upper() and line[0].isalpha()]
    assert headings == [
        "BILATERAL INSTRUMENTS", "VISA AND TRAVEL", "FRAMEWORKS", "VISITS", "TALKS",
        "ECONOMIC TIES", "STATEMENTS", "TENSIONS",
    ]  # fmt: skip
    assert "Visa-free travel is decided but not yet in force." in text
    assert "Memorandum of intent on visa exemption (signed)" in text
    assert "Stages: memorandum of intent (27 Jan 2026)" in text
    assert "1 source: Euronews (29 Jan 2026) https://euronews.example.org/1" in text
    assert "“Kazakhstan joined the Abraham Accords in November.”" in text


def test_the_briefing_shows_the_five_latest_statements_and_says_how_many_are_left_out():
    more = [
        detected(f"s{n}", "statement", f"2026-02-{n + 10:02d}", {"speaker": f"Speaker {n}"})
        for n in range(6)
    ]
    doc = seed_summary(*more)
    assert len(doc["statements"]) == 8
    text = render_text(doc)
    assert "(the 5 latest; 3 earlier in --format json)" in text
    assert "Speaker 5" in text and "Speaker 0" not in text


def test_markdown_escapes_what_the_news_says_and_links_every_source():
    tricky = detected(
        "tricky", "tension", "2026-06-01",
        {"speaker": "A *bold* [group]", "about": "<script>|x|</script>"},
        "They said_this `now`.",
        src=ev.Source(article="t", url="https://x.example.org/a (b)", outlet="Out[let]"),
    )  # fmt: skip
    markdown = render_markdown(seed_summary(tricky))
    assert markdown.startswith("# Kazakhstan–Israel relations\n")
    assert "## Visa and travel" in markdown and "### Planned or expected" in markdown
    assert r"Friction: A \*bold\* \[group\]." in markdown  # the raw `about` text is not shown
    assert "script" not in markdown
    assert r"“They said\_this \`now\`.”" in markdown
    assert r"[Out\[let\]](https://x.example.org/a%20%28b%29)" in markdown
    assert "[Kursiv](https://kursiv.example.org/7)" in markdown
    assert md("two\nlines") == "two lines"


def test_json_is_the_summary_document_with_sorted_keys():
    doc = seed_summary(ev.EventCorroborated(key="praise", source=source(2, "Astana Times")))
    rendered = render_summary(doc, "json")
    assert json.loads(rendered) == doc
    assert rendered == render_summary(seed_summary(
        ev.EventCorroborated(key="praise", source=source(2, "Astana Times"))), "json")  # fmt: skip
    assert set(json.loads(rendered)) == {
        "schema", "as_of", "known_at", "lead", "developments", "latest", "instruments",
        "visa_travel", "frameworks", "visits", "upcoming", "talks", "economy", "statements",
        "tensions",
    }  # fmt: skip


def test_an_empty_log_renders_every_section_as_none_reported():
    doc = summarize([], SUMMER)
    assert doc["lead"] == (
        "No development in Kazakhstan–Israel relations had been reported by 30 Jun 2026."
    )
    assert doc["latest"] is None and doc["visa_travel"]["status"] == "not_reported"
    text = render_text(doc)
    assert text.count("(none reported)") == 8
    assert "No change to the visa regime reported." in text
    assert render_markdown(doc).count("*None reported.*") == 8


def test_dates_are_labelled_to_their_precision():
    assert [date_label(d) for d in ("2026-01-27", "2026-01", "2026", None)] == [
        "27 Jan 2026", "Jan 2026", "2026", "undated",
    ]  # fmt: skip
