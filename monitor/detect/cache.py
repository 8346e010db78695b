"""The per-user cache of what is slow to build and quick to read back: compiled lexicons
(monitor.detect.lexicon) and decoded lemma dictionaries (monitor.detect.lemmas).

It lives in `$MONITOR_CACHE_DIR`, else `$XDG_CACHE_HOME/kz-il-monitor`, else
`~/.cache/kz-il-monitor`. Each entry is one pickle file holding its key and its value; a file that
cannot be read, or that holds another key, is a miss, and one that cannot be written only costs
the shortcut.
"""

from __future__ import annotations

import contextlib
import gc
import os
import pickle
import tempfile
from pathlib import Path


def cache_dir() -> Path:
    """The per-user cache folder."""
    chosen = os.environ.get("MONITOR_CACHE_DIR")
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "kz-il-monitor"


def read_entry(file: Path, key: str) -> object | None:
    """What is kept under `key`; None if there is nothing, or the file is unreadable, corrupt
    or another key's."""
    try:
        with file.open("rb") as kept, _no_collection():
            found_key, value = pickle.load(kept)
    except Exception:  # missing; or truncated or corrupt, which can raise almost anything
        return None
    if found_key != key:
        return None
    with contextlib.suppress(OSError):
        os.utime(file)  # in use: the newest are the ones kept
    return value


@contextlib.contextmanager
def _no_collection():
    """No garbage collection meanwhile: unpickling a lexicon makes objects by the hundred
    thousand, each collection walking them again (a detector loaded in 0.10 s of CPU instead
    of 0.04 s)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def keep_entry(file: Path, key: str, value: object, kind: str, kept: int) -> None:
    """Write `value` whole under a temporary name and rename it into place (readers see the
    old file or the new, never half of one); of the files `<kind>-*.pickle` beside it, drop all
    but the newest `kept`."""
    try:
        file.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=file.parent, prefix=f".{kind}-")
        try:
            with os.fdopen(handle, "wb") as out:
                pickle.dump((key, value), out, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temporary, file)
        except BaseException:
            with contextlib.suppress(OSError):
                os.unlink(temporary)
            raise
        files = sorted(
            file.parent.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True
        )
        for old in files[kept:]:
            old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only or full disk: the next process builds it again
