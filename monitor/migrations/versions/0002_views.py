"""views tables: developments (the summary's facts) and the timeline

Revision ID: m0002
Revises: m0001
"""

import sqlalchemy as sa
from alembic import op

revision = "m0002"
down_revision = "m0001"
branch_labels = None
depends_on = None

Position = sa.BigInteger().with_variant(sa.Integer(), "sqlite")


def upgrade() -> None:
    op.create_table(
        "view_developments",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("sort_date", sa.String(10), nullable=False),
        sa.Column("source_count", sa.Integer, nullable=False),
        sa.Column("headline", sa.Text, nullable=False),
        sa.Column("detected_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("first_position", Position, nullable=False),
        sa.Column("last_position", Position, nullable=False),
        sa.Column("doc", sa.Text, nullable=False),
        sa.Column("fact", sa.Text),
    )
    op.create_index("ix_view_developments_sort_date", "view_developments", ["sort_date"])
    op.create_table(
        "view_timeline",
        sa.Column("position", Position, primary_key=True, autoincrement=False),
        sa.Column("key", sa.String(200), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("date", sa.String(10)),
        sa.Column("date_precision", sa.String(8)),
        sa.Column("sort_date", sa.String(10), nullable=False),
        sa.Column("end_date", sa.String(10), nullable=False),
        sa.Column("stage", sa.String(32)),
        sa.Column("headline", sa.Text, nullable=False),
        sa.Column("state", sa.Text, nullable=False),
        sa.Column("recorded_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_view_timeline_key", "view_timeline", ["key"])
    op.create_index("ix_view_timeline_sort_date", "view_timeline", ["sort_date"])


def downgrade() -> None:
    op.drop_table("view_timeline")
    op.drop_table("view_developments")
