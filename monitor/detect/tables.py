"""The detector reader's own state: what it assessed, each article's reports, the developments."""

import sqlalchemy as sa

metadata = sa.MetaData()

assessments = sa.Table(
    "assessments",
    metadata,
    sa.Column("article", sa.String(64), primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("detector_version", sa.String(40), nullable=False),
    sa.Column("result_hash", sa.String(64), nullable=False),
    sa.Column("relevant", sa.Boolean, nullable=False),
)

# Every event the relevant articles report now, and the development it belongs to: the input
# the developments are clustered from again whenever a family's reports change.
development_reports = sa.Table(
    "development_reports",
    metadata,
    sa.Column("article", sa.String(64), primary_key=True),
    sa.Column("seq", sa.Integer, primary_key=True),
    sa.Column("family", sa.String(40), nullable=False, index=True),
    sa.Column("key", sa.String(160)),
    sa.Column("published", sa.String(40)),
    sa.Column("data", sa.Text, nullable=False),
)

# Each development stream as the log has it: its length and its folded state (`doc`, null for a
# development recorded before this table kept it: folded from its stream when needed).
development_index = sa.Table(
    "development_index",
    metadata,
    sa.Column("key", sa.String(160), primary_key=True),
    sa.Column("family", sa.String(40), nullable=False, index=True),
    sa.Column("version", sa.Integer, nullable=False),
    sa.Column("retracted", sa.Boolean, nullable=False),
    sa.Column("doc", sa.Text),
)
