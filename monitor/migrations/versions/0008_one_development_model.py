"""one development model: development views rebuilt from the log, the timeline read from them

Developments are now folded by `monitor.developments` and stored with every report they hold, so
`view_developments` is emptied and its checkpoint forgotten: the next catch-up replays the log
into the new shape. `view_timeline` is gone: the timeline is told from `view_developments`. The
detector's development index forgets the states it folded the old way (it folds them again from
the log when it needs them).

Revision ID: m0008
Revises: m0007
"""

import sqlalchemy as sa
from alembic import op

revision = "m0008"
down_revision = "m0007"
branch_labels = None
depends_on = None

READERS = ("view_developments", "view_timeline")


def upgrade() -> None:
    op.execute(sa.text("DELETE FROM view_developments"))
    checkpoints = sa.table("checkpoints", sa.column("reader", sa.String))
    op.execute(checkpoints.delete().where(checkpoints.c.reader.in_(READERS)))
    op.drop_table("view_timeline")
    op.execute(sa.text("UPDATE development_index SET doc = NULL"))


def downgrade() -> None:
    op.create_table(
        "view_timeline",
        sa.Column("position", sa.BigInteger().with_variant(sa.Integer(), "sqlite"),
                  primary_key=True, autoincrement=False),
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
    )  # fmt: skip
    op.create_index("ix_view_timeline_key", "view_timeline", ["key"])
    op.create_index("ix_view_timeline_sort_date", "view_timeline", ["sort_date"])
    op.execute(sa.text("DELETE FROM view_developments"))
    checkpoints = sa.table("checkpoints", sa.column("reader", sa.String))
    op.execute(checkpoints.delete().where(checkpoints.c.reader == "view_developments"))
