"""Processes on this host: when one started, which tells a live process from a PID reused."""

from __future__ import annotations

from pathlib import Path


def started(pid: int) -> str | None:
    """When process `pid` started (clock ticks after boot); None if it is gone, '?' if unknown."""
    if not Path("/proc/self/stat").exists():
        return "?"
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except FileNotFoundError:
        return None
    except OSError:
        return "?"
    fields = stat.rpartition(")")[2].split()  # the command name may hold spaces and parentheses
    if fields[0] == "Z":  # a zombie has ended; it only waits for its parent
        return None
    return fields[19]
