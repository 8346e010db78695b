"""Feed leases: which instance is fetching a feed, until when, and whether that instance is gone.

An instance claims due feeds for `lease`, renews its leases while it works and releases them when
it stops. A lease whose holder died is taken over at once when the holder ran on this host (its
process is gone, or its PID now belongs to a newer process, as after a container restart);
otherwise when the lease runs out.
"""

from __future__ import annotations

import os
import socket
import uuid
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from monitor.processes import started
from monitor.tables import feed_state


def instance_id() -> str:
    """'<host>/<pid namespace>:<pid>@<start>:<random>': unique, and checkable on its host."""
    return f"{_place()}:{os.getpid()}@{started(os.getpid())}:{uuid.uuid4().hex[:8]}"


def holder_gone(holder: str, me: str) -> bool:
    """Whether the instance `holder` has ended, as far as this host can tell."""
    try:
        place, process, _ = holder.rsplit(":", 2)
        pid, since = process.split("@")
        mine = me.rsplit(":", 2)[0]
    except ValueError:
        return False
    if place != mine or since == "?":
        return False  # another host (or no /proc): its lease runs out on its own
    return started(int(pid)) != since


def stale_holders(conn: Connection, me: str, now: datetime) -> list[str]:
    """Holders of unexpired leases that have ended on this host."""
    state = feed_state.c
    holders = conn.execute(
        sa.select(state.lease_owner)
        .distinct()
        .where(state.lease_until >= now, state.lease_owner.is_not(None), state.lease_owner != me)
    ).scalars()
    return [holder for holder in holders if holder_gone(holder, me)]


def renew(conn: Connection, me: str, until: datetime) -> int:
    """Push this instance's leases on to `until`; how many it holds."""
    state = feed_state.c
    return conn.execute(
        feed_state.update()
        .where(state.lease_owner == me, state.lease_until.is_not(None))
        .values(lease_until=until)
    ).rowcount


def release(conn: Connection, me: str) -> int:
    """Give up every lease this instance holds; how many there were."""
    return conn.execute(
        feed_state.update()
        .where(feed_state.c.lease_owner == me)
        .values(lease_owner=None, lease_until=None)
    ).rowcount


def _place() -> str:
    try:
        namespace = os.stat("/proc/self/ns/pid").st_ino
    except OSError:
        namespace = 0
    return f"{socket.gethostname()[:40]}/{namespace}"
