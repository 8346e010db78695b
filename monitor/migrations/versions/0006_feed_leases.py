"""feed leases, so several daemons on one database never fetch a feed twice in an interval

Revision ID: m0006
Revises: m0005
"""

import sqlalchemy as sa
from alembic import op

revision = "m0006"
down_revision = "m0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("feed_state") as batch:
        batch.add_column(sa.Column("lease_owner", sa.String(100)))
        batch.add_column(sa.Column("lease_until", sa.DateTime(timezone=True)))


def downgrade() -> None:
    with op.batch_alter_table("feed_state") as batch:
        batch.drop_column("lease_until")
        batch.drop_column("lease_owner")
