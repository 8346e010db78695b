"""Tables of the notifier: the outbox of deliveries and the state of its reader and endpoints."""

import sqlalchemy as sa

metadata = sa.MetaData()

# One row per (channel, development event): written by the outbox reader in the transaction that
# moves its checkpoint, then worked by the sender. `key` is the delivery's idempotency key.
delivery_outbox = sa.Table(
    "delivery_outbox",
    metadata,
    sa.Column("key", sa.String(64), primary_key=True),
    sa.Column("channel", sa.String(100), nullable=False),
    sa.Column("development", sa.String(200), nullable=False),
    sa.Column("event_id", sa.String(36), nullable=False),
    sa.Column("kind", sa.String(16), nullable=False),  # detected, revised, corroborated
    sa.Column("position", sa.BigInteger, nullable=False),
    sa.Column("payload", sa.Text, nullable=False),
    sa.Column("status", sa.String(16), nullable=False),  # pending, delivered, dead
    sa.Column("attempts", sa.Integer, nullable=False, server_default="0"),
    sa.Column("next_attempt_at", sa.DateTime(timezone=True), nullable=False),
    # A sender attempting the delivery holds it until then (a killed sender's claim runs out).
    sa.Column("claimed_until", sa.DateTime(timezone=True)),
    sa.Column("last_status", sa.Integer),
    sa.Column("last_error", sa.Text),
    # Log position of the last delivery event applied to this row, so replaying an event the
    # sender already applied changes nothing.
    sa.Column("status_position", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    sa.Column("delivered_at", sa.DateTime(timezone=True)),
    sa.Index("ix_delivery_outbox_due", "status", "next_attempt_at"),
    sa.Index("ix_delivery_outbox_channel", "channel", "position"),
)

# The outbox reader's memory of each development: how many sources, whether it crossed the
# corroboration threshold already.
delivery_developments = sa.Table(
    "delivery_developments",
    metadata,
    sa.Column("key", sa.String(200), primary_key=True),
    sa.Column("type", sa.String(50)),
    sa.Column("sources", sa.Integer, nullable=False),
    sa.Column("corroborated", sa.Boolean, nullable=False),
    sa.Column("stage", sa.String(32)),  # an agreement's step or a travel change's status
)

# Channels whose destination is gone (a webhook's 410), until enabled again.
delivery_channels = sa.Table(
    "delivery_channels",
    metadata,
    sa.Column("channel", sa.String(100), primary_key=True),
    sa.Column("disabled", sa.Boolean, nullable=False),
    sa.Column("status", sa.Integer),
    sa.Column("reason", sa.Text),
    sa.Column("status_position", sa.BigInteger, nullable=False, server_default="0"),
    sa.Column("changed_at", sa.DateTime(timezone=True), nullable=False),
)
