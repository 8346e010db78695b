"""poller state, feed and article views

Revision ID: m0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "m0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "feed_state",
        sa.Column("feed", sa.String(100), primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("etag", sa.Text),
        sa.Column("last_modified", sa.Text),
        sa.Column("next_check_at", sa.DateTime(timezone=True)),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_status", sa.Integer),
        sa.Column("last_error", sa.Text),
        sa.Column("last_checked_at", sa.DateTime(timezone=True)),
        sa.Column("last_success_at", sa.DateTime(timezone=True)),
        sa.Column("disabled", sa.Boolean, nullable=False, server_default=sa.false()),
    )
    op.create_table(
        "article_index",
        sa.Column("article", sa.String(64), primary_key=True),
        sa.Column("content_hash", sa.String(64), nullable=False),
        sa.Column("feed", sa.String(100), nullable=False),
    )
    op.create_table(
        "view_feeds",
        sa.Column("feed", sa.String(100), primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("interval_s", sa.Float, nullable=False),
        sa.Column("full_text", sa.Boolean, nullable=False),
        sa.Column("origin", sa.String(16), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
        sa.Column("last_error", sa.Text),
        sa.Column("articles", sa.Integer, nullable=False, server_default="0"),
        sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "view_articles",
        sa.Column("article", sa.String(64), primary_key=True),
        sa.Column("feed", sa.String(100), nullable=False),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("title", sa.Text, nullable=False),
        sa.Column("language", sa.String(16), nullable=False),
        sa.Column("published", sa.DateTime(timezone=True)),
        sa.Column("versions", sa.Integer, nullable=False),
        sa.Column("position", sa.BigInteger, nullable=False),
    )
    op.create_index("ix_view_articles_published", "view_articles", ["published"])


def downgrade() -> None:
    for table in ("view_articles", "view_feeds", "article_index", "feed_state"):
        op.drop_table(table)
