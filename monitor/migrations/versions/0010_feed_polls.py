"""poll outcomes counted per feed, for /metrics

Revision ID: m0010
Revises: m0009
"""

import sqlalchemy as sa
from alembic import op

revision = "m0010"
down_revision = "m0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feed_polls",
        sa.Column("feed", sa.String(100), primary_key=True),
        sa.Column("outcome", sa.String(50), primary_key=True),
        sa.Column("polls", sa.BigInteger, nullable=False, server_default="0"),
    )


def downgrade() -> None:
    op.drop_table("feed_polls")
