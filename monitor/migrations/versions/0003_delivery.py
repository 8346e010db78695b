"""delivery tables: outbox, the outbox reader's development state, webhook endpoints

Revision ID: m0003
Revises: m0002
"""

import sqlalchemy as sa
from alembic import op

revision = "m0003"
down_revision = "m0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "delivery_outbox",
        sa.Column("key", sa.String(64), primary_key=True),
        sa.Column("channel", sa.String(100), nullable=False),
        sa.Column("development", sa.String(200), nullable=False),
        sa.Column("event_id", sa.String(36), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("position", sa.BigInteger, nullable=False),
        sa.Column("payload", sa.Text, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
        sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_status", sa.Integer),
        sa.Column("last_error", sa.Text),
        sa.Column("status_position", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("delivered_at", sa.DateTime(timezone=True)),
    )
    op.create_index("ix_delivery_outbox_due", "delivery_outbox", ["status", "next_attempt_at"])
    op.create_index("ix_delivery_outbox_channel", "delivery_outbox", ["channel", "position"])
    op.create_table(
        "delivery_developments",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("type", sa.String(50)),
        sa.Column("sources", sa.Integer, nullable=False),
        sa.Column("corroborated", sa.Boolean, nullable=False),
    )
    op.create_table(
        "webhook_endpoints",
        sa.Column("channel", sa.String(100), primary_key=True),
        sa.Column("disabled", sa.Boolean, nullable=False),
        sa.Column("status", sa.Integer),
        sa.Column("reason", sa.Text),
        sa.Column("status_position", sa.BigInteger, nullable=False, server_default="0"),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
    )


def downgrade() -> None:
    op.drop_index("ix_delivery_outbox_channel", table_name="delivery_outbox")
    op.drop_index("ix_delivery_outbox_due", table_name="delivery_outbox")
    for table in ("webhook_endpoints", "delivery_developments", "delivery_outbox"):
        op.drop_table(table)
