"""detector state: assessments and the development index

Revision ID: m0004
Revises: m0003
"""

import sqlalchemy as sa
from alembic import op

revision = "m0004"
down_revision = "m0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assessments",
        sa.Column("article", sa.String(64), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("detector_version", sa.String(40), nullable=False),
        sa.Column("result_hash", sa.String(64), nullable=False),
        sa.Column("relevant", sa.Boolean, nullable=False),
    )
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


def downgrade() -> None:
    op.drop_table("development_support")
    op.drop_table("development_index")
    op.drop_table("assessments")
