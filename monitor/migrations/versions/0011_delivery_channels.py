"""delivery channels of every kind: webhook_endpoints becomes delivery_channels; the outbox
reader keeps each development's stage for the channels' stage filters

Revision ID: m0011
Revises: m0010
"""

import sqlalchemy as sa
from alembic import op

revision = "m0011"
down_revision = "m0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.rename_table("webhook_endpoints", "delivery_channels")
    with op.batch_alter_table("delivery_developments") as batch:
        batch.add_column(sa.Column("stage", sa.String(32)))


def downgrade() -> None:
    with op.batch_alter_table("delivery_developments") as batch:
        batch.drop_column("stage")
    op.rename_table("delivery_channels", "webhook_endpoints")
