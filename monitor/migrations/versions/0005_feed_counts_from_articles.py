"""count articles per feed from the poller's article index; drop the article list view

Revision ID: m0005
Revises: m0004
"""

import sqlalchemy as sa
from alembic import op

revision = "m0005"
down_revision = "m0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("view_feeds") as batch:
        batch.drop_column("articles")
    op.drop_table("view_articles")
    op.execute("DELETE FROM checkpoints WHERE reader = 'view_articles'")
    op.create_index("ix_article_index_feed", "article_index", ["feed"])


def downgrade() -> None:
    op.drop_index("ix_article_index_feed", table_name="article_index")
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
    with op.batch_alter_table("view_feeds") as batch:
        batch.add_column(sa.Column("articles", sa.Integer, nullable=False, server_default="0"))
