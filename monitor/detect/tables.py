"""The detector reader's own state: what it assessed and the developments it knows."""

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

development_index = sa.Table(
    "development_index",
    metadata,
    sa.Column("key", sa.String(160), primary_key=True),
    sa.Column("type", sa.String(40), nullable=False),
    sa.Column("date", sa.String(10)),
    sa.Column("precision", sa.String(5)),
    sa.Column("fields", sa.Text, nullable=False),
    sa.Column("stage", sa.String(20)),
    sa.Column("retracted", sa.Boolean, nullable=False),
)

# Which articles support which development: a development none supports any more is retracted.
development_support = sa.Table(
    "development_support",
    metadata,
    sa.Column("key", sa.String(160), primary_key=True),
    sa.Column("article", sa.String(64), primary_key=True),
)
