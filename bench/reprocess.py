"""What `monitor reprocess` changes: the real corpus polled by an older detector, reprocessed.

usage: python bench/reprocess.py [--before COMMIT] [--texts .cache/real]

The real corpus (every article whose text is in the cache) is served as feeds, as
bench/quality.py serves it for the summary, and polled into a fresh SQLite file by the `monitor`
of COMMIT (checked out in a temporary detached worktree, run by this venv's interpreter with its
own vocabulary and models). This checkout's `monitor summary --format json` is scored by
`../shared/tools/score_summary.py` (before); this checkout's `monitor reprocess` runs on the same
store, and the summary is scored again (after). Then the same articles are polled afresh by this
checkout: a reprocessed store should tell what a fresh one tells, and any development where the
two differ is listed.

It prints the articles whose relevance or events the new detector changed, and the developments
added, removed and changed (paired by key, else by type or family and a shared source: a
development whose date or first report moved changes its key). All folds are scored together:
this is a record of one before and after, not a tuning figure. The last line printed is one JSON
object with the figures.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.quality import TOOLS, monitor, poll, real_corpus, score_summary_json
from storage import EventStore, create_engine

sys.path.insert(0, str(TOOLS))
from score_summary import facts

SHOWN = ("type", "state", "date", "date_precision", "headline", "fields", "actors", "place")
LISTED = 15  # lines per list at most
NONE = {"key": "", "type": "-", "headline": "(none)", "sources": []}


def summary(config: Path) -> dict:
    return json.loads(monitor(config, "summary", "--format", "json").stdout)


def urls(fact: dict) -> set[str]:
    return {source["url"] for source in fact.get("sources") or []}


def paired(before: dict, after: dict) -> list[tuple[dict, dict]]:
    """The developments of two summaries in pairs, NONE where one has no counterpart."""
    old = {fact["key"]: fact for fact in facts(before)}
    new = {fact["key"]: fact for fact in facts(after)}
    pairs = [(old.pop(key), new.pop(key)) for key in sorted(old.keys() & new.keys())]
    for key, fact in sorted(old.items()):
        family = key.split(":")[0]
        candidates = [
            (other["type"] == fact["type"], len(urls(other) & urls(fact)), other_key)
            for other_key, other in new.items()
            if urls(other) & urls(fact)
            and (other["type"] == fact["type"] or other_key.split(":")[0] == family)
        ]
        if candidates:
            pairs.append((old.pop(key), new.pop(max(candidates)[2])))
    return pairs + [(fact, NONE) for fact in old.values()] + [(NONE, fact) for fact in new.values()]


def differences(old: dict, new: dict) -> list[str]:
    """What a reader sees change in one development (not when it was recorded, nor quotes)."""
    changed = [name for name in SHOWN if old.get(name) != new.get(name)]
    gained, lost = len(urls(new) - urls(old)), len(urls(old) - urls(new))
    if gained or lost:
        changed.append(f"sources +{gained}/-{lost}")
    return changed


def line(fact: dict) -> str:
    date = fact.get("date") or "undated"
    return f"{fact['type']} {date}: {fact['headline'][:64]} ({len(urls(fact))} src)"


def listing(title: str, lines: list[str]) -> None:
    print(f"{title}: {len(lines)}")
    for text in lines[:LISTED]:
        print(f"  {text}")
    if len(lines) > LISTED:
        print(f"  ... and {len(lines) - LISTED} more")


def reassessed(config: Path) -> dict[str, int]:
    """Articles whose last assessment differs from the one before it, in relevance or events."""
    store = EventStore(create_engine(f"sqlite:///{config.with_suffix('.db')}"))
    by_article = defaultdict(list)
    for recorded in store.read_all(types=["ArticleAssessed"]):
        by_article[recorded.data["article"]].append(recorded.data)
    store.engine.dispose()

    def shown(assessment: dict) -> list[dict]:
        return [{k: v for k, v in e.items() if k != "evidence"} for e in assessment["events"]]

    pairs = [found[-2:] for found in by_article.values() if len(found) > 1]
    return {
        "articles_reassessed": len(pairs),
        "articles_relevance_changed": sum(old["relevant"] != new["relevant"] for old, new in pairs),
        "articles_events_changed": sum(shown(old) != shown(new) for old, new in pairs),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default="94ba066", help="the commit whose detector polls")
    parser.add_argument("--texts", default=str(ROOT / ".cache" / "real"))
    args = parser.parse_args()

    started = time.perf_counter()
    gold = real_corpus(Path(args.texts))
    if not gold:
        raise SystemExit(f"no real article texts in {args.texts} (see shared/corpus/real/README)")
    git = ["git", "-C", str(ROOT)]
    commit = subprocess.run(
        [*git, "rev-parse", "--short", f"{args.before}^{{commit}}"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()  # fmt: skip
    result: dict = {"before_commit": commit, "articles": len(gold)}
    with tempfile.TemporaryDirectory(prefix="reprocess-") as tmp:
        work, checkout = Path(tmp), Path(tmp) / "before"
        subprocess.run(
            [*git, "worktree", "add", "--detach", str(checkout), commit],
            capture_output=True, check=True,
        )  # fmt: skip
        try:
            config = poll(gold, work, "store", None, code=checkout)
        finally:
            subprocess.run([*git, "worktree", "remove", "--force", str(checkout)], check=True)
        before = summary(config)
        monitor(config, "reprocess", timeout=900)
        after = summary(config)
        fresh = summary(poll(gold, work, "fresh", None))
        for name, told in (("before", before), ("after", after)):
            scores = score_summary_json(gold, json.dumps(told), work, name)
            for figure in ("developments", "summary_precision", "summary_recall", "merged"):
                result[f"{name}_{figure}"] = scores[figure]
        result.update(reassessed(config))

    changes = [(old, new, differences(old, new)) for old, new in paired(before, after)]
    added = [line(new) for old, new, _ in changes if old is NONE]
    removed = [line(old) for old, new, _ in changes if new is NONE]
    changed = [
        f"{line(old)} -> {', '.join(what)}"
        for old, new, what in changes
        if what and NONE not in (old, new)
    ]
    unlike = [
        f"{line(old)} | fresh: {line(new)}: {', '.join(what)}"
        for old, new, what in [(o, n, differences(o, n)) for o, n in paired(after, fresh)]
        if what
    ]
    print(f"{len(gold)} articles polled by {commit}, then reprocessed by this checkout")
    listing("added", added)
    listing("removed", removed)
    listing("changed", changed)
    listing("reprocessed store unlike a fresh poll", unlike)
    result.update(added=len(added), removed=len(removed), changed=len(changed))
    result["unlike_fresh_poll"] = len(unlike)
    result["seconds"] = round(time.perf_counter() - started, 1)
    print(json.dumps(result, sort_keys=True))
    return 0


if __name__ == "__main__":
    sys.exit(main())
