"""Tables of the development views. Migration m0002 mirrors these definitions."""

import sqlalchemy as sa

from monitor.tables import metadata

Position = sa.BigInteger().with_variant(sa.Integer(), "sqlite")

# One row per development (stream `development-<key>`), kept by SummaryView. `doc` holds the
# whole folded development as sorted-key JSON; the other columns are what queries filter on.
view_developments = sa.Table(
    "view_developments",
    metadata,
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("type", sa.String(32), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # active, retracted
    sa.Column("date", sa.String(10)),
    sa.Column("date_precision", sa.String(8)),
    sa.Column("sort_date", sa.String(10), nullable=False),  # start of the dated period
    sa.Column("source_count", sa.Integer, nullable=False),
    sa.Column("headline", sa.Text, nullable=False),
    sa.Column("detected_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("first_position", Position, nullable=False),
    sa.Column("last_position", Position, nullable=False),
    sa.Column("doc", sa.Text, nullable=False),  # the Development, to fold the next events into
    # {"settled": day, "facts": [...]}: its Facts as every report tells them, clock aside, which
    # is what any day from `settled` on shows (null: plans, whose state moves with the day); null
    # once retracted. Other days are told from `doc`.
    sa.Column("fact", sa.Text),
    sa.Index("ix_view_developments_sort_date", "sort_date"),
)
