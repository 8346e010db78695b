"""delivery claims apart from the retry schedule, so an operator can send pending deliveries now

Revision ID: m0009
Revises: m0008
"""

import sqlalchemy as sa
from alembic import op

revision = "m0009"
down_revision = "m0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("delivery_outbox") as batch:
        batch.add_column(sa.Column("claimed_until", sa.DateTime(timezone=True)))


def downgrade() -> None:
    with op.batch_alter_table("delivery_outbox") as batch:
        batch.drop_column("claimed_until")
