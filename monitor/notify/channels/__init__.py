"""Delivery channels: one module per kind behind one small protocol (`base.Channel`).

A kind's module builds its channels from its settings section (`build(settings)`), renders a
delivery (a development event, or a digest's briefing) for its service, delivers it, and says
what the attempt came to: delivered, retry later, dead, or the destination gone. The outbox, the
sender, retries, dead deliveries and the `deliveries` commands know channels only by name and
this protocol. A new kind is a module here, its settings, and a line in `KINDS`. `email` renders
and delivers digests, which close periods on a schedule rather than through the outbox, so it is
not one of the outbox's `KINDS`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from monitor.errors import ConfigError
from monitor.notify.channels import apprise, webhook
from monitor.notify.channels.base import Channel, Filters

if TYPE_CHECKING:
    from monitor.settings import Settings

KINDS = (webhook, apprise)


def build_channels(settings: Settings) -> list[Channel]:
    """Every configured delivery channel; a bad entry or a repeated name is a ConfigError."""
    channels = [channel for kind in KINDS for channel in kind.build(settings)]
    names = [channel.name for channel in channels]
    repeated = sorted({name for name in names if names.count(name) > 1})
    if repeated:
        raise ConfigError(f"delivery channel names must be unique; repeated: {', '.join(repeated)}")
    return channels


def routes(settings: Settings) -> list[tuple[str, Filters]]:
    """(name, filters) of every configured channel, without resolving any secret."""
    return [route for kind in KINDS for route in kind.routes(settings)]
