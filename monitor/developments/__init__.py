"""Developments: the one model every view, the digest, the outbox and the merge index read.

`model` folds development events into `Development`s (clock-free); `facts` says what a development
is as of a day (its lifecycle state, as a Fact) and links developments to one another; `labels`
words it in English. A new development event type touches `monitor.events` and `model` only.
"""

from monitor.developments.facts import as_of, facts, headline, link, report_day
from monitor.developments.labels import (
    actor_label,
    actor_labels,
    date_label,
    instrument_name,
    quote_language,
)  # fmt: skip
from monitor.developments.model import (
    DEVELOPMENT_EVENT_TYPES,
    DEVELOPMENT_TYPES,
    MEMORANDA,
    STAGES,
    Development,
    Developments,
    period,
    precision_of,
    stage_of,
)  # fmt: skip

__all__ = [
    "DEVELOPMENT_EVENT_TYPES", "DEVELOPMENT_TYPES", "MEMORANDA", "STAGES", "Development",
    "Developments", "actor_label", "actor_labels", "as_of", "date_label", "facts", "headline",
    "instrument_name", "link", "period", "precision_of", "quote_language", "report_day",
    "stage_of",
]  # fmt: skip
