"""Plan and store the look-ups that fill the git-ignored text caches of the labelled corpora.

usage: python bench/cache_texts.py plan [--parts N] [--out DIR]
       python bench/cache_texts.py store ID EXCERPT_FILE

The texts of `../shared/corpus/real` and `bench/corpus/fresh.jsonl` are third-party pages: they
are read, one `search` look-up (pages corpus) per line, into `.cache/real/<id>.json` and
`.cache/fresh/<id>.json`, never into the project. `plan` writes the look-ups still missing as
N lists (`part_K.jsonl`: id, url, query), one per helper session; `store` writes one excerpt,
as the search returned it, to its cache file in the shape the corpus README gives
(url, title: its first line, text, published from the label).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = (
    (ROOT.parent / "shared" / "corpus" / "real", ROOT / ".cache" / "real"),
    (ROOT / "bench" / "corpus" / "fresh.jsonl", ROOT / ".cache" / "fresh"),
)


def labelled(corpora=CORPORA) -> dict[str, tuple[dict, Path]]:
    """Every labelled article by id, with the cache folder its text belongs in."""
    out = {}
    for source, cache in corpora:
        files = sorted(source.glob("*.jsonl")) if source.is_dir() else [source]
        for path in files:
            for line in path.read_text(encoding="utf-8").splitlines():
                if line.strip():
                    item = json.loads(line)
                    out[item["id"]] = (item, cache)
    return out


def plan(articles: dict[str, tuple[dict, Path]], parts: int, out: Path) -> int:
    """Write the look-ups whose text is not cached yet as `parts` lists; how many."""
    missing = [
        {"id": i, "url": item["url"], "query": item["query"]}
        for i, (item, cache) in articles.items()
        if not (cache / f"{i}.json").exists()
    ]
    out.mkdir(parents=True, exist_ok=True)
    for k in range(parts):
        lines = [json.dumps(row, ensure_ascii=False) + "\n" for row in missing[k::parts]]
        (out / f"part_{k}.jsonl").write_text("".join(lines), encoding="utf-8")
    return len(missing)


def store(articles: dict[str, tuple[dict, Path]], article_id: str, excerpt: str) -> Path:
    """Write one article's excerpt to its cache file; the file's path."""
    if article_id not in articles:
        raise SystemExit(f"no labelled article {article_id!r}")
    item, cache = articles[article_id]
    text = excerpt.strip()
    if not text:
        raise SystemExit(f"empty excerpt for {article_id}")
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / f"{article_id}.json"
    entry = {
        "url": item["url"],
        "title": text.split("\n", 1)[0].strip(),
        "text": text,
        "published": item.get("published"),
    }
    target.write_text(json.dumps(entry, ensure_ascii=False), encoding="utf-8")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    planned = commands.add_parser("plan", help="write the missing look-ups as N lists")
    planned.add_argument("--parts", type=int, default=8)
    planned.add_argument("--out", default="/tmp/cache-texts")
    stored = commands.add_parser("store", help="write one excerpt to its cache file")
    stored.add_argument("id")
    stored.add_argument("excerpt", help="a file holding the excerpt as the search returned it")
    args = parser.parse_args()
    articles = labelled()
    if args.command == "plan":
        count = plan(articles, args.parts, Path(args.out))
        print(f"{count} look-ups in {args.parts} lists in {args.out}")
    else:
        print(store(articles, args.id, Path(args.excerpt).read_text(encoding="utf-8")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
