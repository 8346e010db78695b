"""detector: each article's reports, clustered into developments whatever their arrival order

The development index keeps each stream's length and folded state; the reports table replaces
the article-to-development support table. Developments recorded before stay in the index (their
state folded from the log when needed); assessments are cleared so that `monitor reprocess`
re-reads every article and merges its reports the new way.

Revision ID: m0007
Revises: m0006
"""

import sqlalchemy as sa
from alembic import op

revision = "m0007"
down_revision = "m0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "development_reports",
        sa.Column("article", sa.String(64), primary_key=True),
        sa.Column("seq", sa.Integer, primary_key=True),
        sa.Column("family", sa.String(40), nullable=False),
        sa.Column("key", sa.String(160)),
        sa.Column("published", sa.String(40)),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_index("ix_development_reports_family", "development_reports", ["family"])
    op.rename_table("development_index", "development_index_0006")
    op.create_table(
        "development_index",
        sa.Column("key", sa.String(160), primary_key=True),
        sa.Column("family", sa.String(40), nullable=False),
        sa.Column("version", sa.Integer, nullable=False),
        sa.Column("retracted", sa.Boolean, nullable=False),
        sa.Column("doc", sa.Text),
    )
    op.create_index("ix_development_index_family", "development_index", ["family"])
    # Version -1: not known yet, read from the stream with its state.
    op.execute(
        "INSERT INTO development_index (key, family, version, retracted, doc) "
        "SELECT key, CASE WHEN type IN ('visit_planned', 'official_visit') THEN 'visit' "
        "ELSE type END, -1, retracted, NULL FROM development_index_0006"
    )
    op.drop_table("development_index_0006")
    op.drop_table("development_support")
    op.execute("DELETE FROM assessments")


def downgrade() -> None:
    # The old shape, empty: `monitor reprocess` fills it again.
    op.drop_table("development_reports")
    op.drop_table("development_index")
    op.create_table(
        "development_index",
        sa.Column("key", sa.String(160), primary_key=True),
        sa.Column("type", sa.String(40), nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("precision", sa.String(5)),
        sa.Column("fields", sa.Text, nullable=False),
        sa.Column("stage", sa.String(20)),
        sa.Column("retracted", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_index("ix_development_index_type", "development_index", ["type"])
    op.create_table(
        "development_support",
        sa.Column("key", sa.String(160), primary_key=True),
        sa.Column("article", sa.String(64), primary_key=True),
    )
    op.execute("DELETE FROM assessments")
