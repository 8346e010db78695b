"""The service's own tables: operational state of the poller, and the projections' views."""

import sqlalchemy as sa

metadata = sa.MetaData()

# Operational state, written by the poller in the transaction that appends its events.
feed_state = sa.Table(
    "feed_state",
    metadata,
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
    # Which instance is fetching the feed, until when: claimed with SKIP LOCKED on PostgreSQL.
    sa.Column("lease_owner", sa.String(100)),
    sa.Column("lease_until", sa.DateTime(timezone=True)),
)

# How each poll of a feed ended, counted: "ok", "not_modified", or the failure's code ("timeout",
# "http_503", "not_a_feed"...). Operational, for /metrics; the poller adds to it after each pass.
feed_polls = sa.Table(
    "feed_polls",
    metadata,
    sa.Column("feed", sa.String(100), primary_key=True),
    sa.Column("outcome", sa.String(50), primary_key=True),
    sa.Column("polls", sa.BigInteger, nullable=False, server_default="0"),
)

article_index = sa.Table(
    "article_index",
    metadata,
    sa.Column("article", sa.String(64), primary_key=True),
    sa.Column("content_hash", sa.String(64), nullable=False),
    sa.Column("feed", sa.String(100), nullable=False),
    sa.Index("ix_article_index_feed", "feed"),
)

# Projections: checkpointed readers' output, rebuildable from the log.
view_feeds = sa.Table(
    "view_feeds",
    metadata,
    sa.Column("feed", sa.String(100), primary_key=True),
    sa.Column("url", sa.Text, nullable=False),
    sa.Column("language", sa.String(16), nullable=False),
    sa.Column("interval_s", sa.Float, nullable=False),
    sa.Column("full_text", sa.Boolean, nullable=False),
    sa.Column("origin", sa.String(16), nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # active, failing, disabled, removed
    sa.Column("failures", sa.Integer, nullable=False, server_default="0"),
    sa.Column("last_error", sa.Text),
    sa.Column("added_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
)
