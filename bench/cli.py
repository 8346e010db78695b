"""How fast `monitor summary` answers as a fresh process, beside `python -c pass` in the same run.

Builds the dev store once (unless --config names one): the articles of the labelled dev corpus
(../shared/corpus/dev.jsonl) served as one RSS feed per outlet from a local HTTP server, polled,
detected and projected into a SQLite file. Then runs each command --runs times, interleaved so
both meet the same machine: `python -c pass` (the interpreter's own start-up), `monitor summary`
and `monitor summary --json` (the console script, as a user runs it; asked again of an unchanged
store, the answer kept beside it: monitor/answers.py), and `monitor summary` with the kept answers
removed first (cold: the settings are loaded and validated, and the summary is worked out from the
store, read from the SQLite file with the standard library: monitor/snapshot.py). Reports the
best and the median wall time of each, and the median CPU time (user + system, less sensitive to
a loaded machine). The project's modules are compiled to bytecode first, as an installed
package's are (with PYTHONDONTWRITEBYTECODE set every run would compile them again). The last
line printed is one JSON object; the goal is a summary within 0.25 s, kept or cold.

usage: python bench/cli.py [--runs N] [--config PATH]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from datetime import datetime
from email.utils import format_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from xml.sax.saxutils import escape

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
# The corpus sits beside the checkout (../shared), or beside the folder of worktrees.
CORPUS = next(
    (folder / "shared" / "corpus" / "dev.jsonl" for folder in ROOT.parents
     if (folder / "shared" / "corpus" / "dev.jsonl").exists()),
    ROOT.parent / "shared" / "corpus" / "dev.jsonl",
)  # fmt: skip
GOAL_S = 0.25


def outlet_feeds(articles: list[dict]) -> dict[str, bytes]:
    """One RSS document per outlet, carrying that outlet's articles."""
    by_outlet = defaultdict(list)
    for article in articles:
        by_outlet[article.get("source") or "unknown"].append(article)
    feeds = {}
    for number, (outlet, items) in enumerate(sorted(by_outlet.items())):
        entries = "".join(
            f"<item><title>{escape(a['title'])}</title><link>{escape(a['url'])}</link>"
            f"<guid>{escape(a['url'])}</guid><pubDate>{format_datetime(published(a))}</pubDate>"
            f"<description>{escape(a['text'])}</description></item>"
            for a in items
        )
        feeds[f"/outlet-{number}.xml"] = (
            f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
            f"<title>{escape(outlet)}</title><link>https://example.org/</link>{entries}"
            "</channel></rss>"
        ).encode()
    return feeds


def published(article: dict) -> datetime:
    return datetime.fromisoformat(article["published"].replace("Z", "+00:00"))


def serve(feeds: dict[str, bytes]) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            body = feeds.get(self.path, b"")
            self.send_response(200 if body else 404)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def build_dev_store(folder: Path) -> Path:
    """Poll the dev corpus's outlets into a new SQLite store; the config file's path."""
    articles = [json.loads(line) for line in CORPUS.read_text(encoding="utf-8").splitlines()]
    feeds = outlet_feeds(articles)
    server = serve(feeds)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    config = folder / "monitor.toml"
    config.write_text(
        f'database_url = "sqlite:///{folder / "monitor.db"}"\nallow_private_networks = true\n'
        '[fetch]\nper_host_spacing = "0s"\nper_host_in_flight = 8\n'
        + "".join(f'[[feeds]]\nname = "{path[1:-4]}"\nurl = "{base}{path}"\n' for path in feeds),
        encoding="utf-8",
    )
    done = subprocess.run(monitor_command(config, "poll"), capture_output=True, text=True)
    server.shutdown()
    if done.returncode != 0:
        raise SystemExit(f"building the dev store failed:\n{done.stderr}")
    print(done.stdout.splitlines()[-1], flush=True)
    return config


def kept_answers(config: Path) -> Path:
    """The file of answers kept beside the store the config names."""
    from monitor.settings import load_settings

    database = load_settings(config).sqlite_file()
    return database.with_name(database.name + ".answers")


def monitor_command(config: Path, *args: str) -> list[str]:
    script = Path(sys.executable).with_name("monitor")
    launcher = [str(script)] if script.exists() else [sys.executable, "-m", "monitor"]
    return [*launcher, "--config", str(config), *args]


def timed(command: list[str], forget: Path | None = None) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one run of `command`."""
    if forget is not None:
        forget.unlink(missing_ok=True)
    before = os.times()
    started = time.perf_counter()
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = os.times()
    return wall, (after.children_user - before.children_user) + (
        after.children_system - before.children_system
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15, help="runs of each command")
    parser.add_argument("--config", type=Path, help="the config file of an existing store to use")
    args = parser.parse_args()
    for package in ("monitor", "storage"):
        compileall.compile_dir(ROOT / package, quiet=1)

    with tempfile.TemporaryDirectory() as folder:
        config = args.config or build_dev_store(Path(folder))
        summary = json.loads(subprocess.check_output(monitor_command(config, "summary", "--json")))
        answers = kept_answers(config)
        for args_ in (["summary"], ["summary", "--json"]):  # asked once: kept from now on
            subprocess.run(monitor_command(config, *args_), check=True, capture_output=True)
        commands = {
            "python_pass": ([sys.executable, "-c", "pass"], None),
            "summary": (monitor_command(config, "summary"), None),
            "summary_json": (monitor_command(config, "summary", "--json"), None),
            "summary_cold": (monitor_command(config, "summary"), answers),
        }
        times: dict[str, list[float]] = {name: [] for name in commands}
        cpu: dict[str, list[float]] = {name: [] for name in commands}
        for _ in range(args.runs):
            for name, (command, forget) in commands.items():
                wall, used = timed(command, forget)
                times[name].append(wall)
                cpu[name].append(used)
            for name in ("summary", "summary_json"):  # keep both answers again, untimed
                subprocess.run(commands[name][0], check=True, capture_output=True)
    for name, seconds in times.items():
        print(f"{name:>13}: best {min(seconds):.3f} s, median {statistics.median(seconds):.3f} s, "
              f"CPU median {statistics.median(cpu[name]):.3f} s")  # fmt: skip
    result = {
        "runs": args.runs,
        "developments": summary["developments"],
        **{f"{name}_best_s": round(min(seconds), 3) for name, seconds in times.items()},
        **{
            f"{name}_median_s": round(statistics.median(seconds), 3)
            for name, seconds in times.items()
        },
        **{f"{name}_cpu_median_s": round(statistics.median(used), 3) for name, used in cpu.items()},
        "load_average": round(os.getloadavg()[0], 2),
        "goal_s": GOAL_S,
        "summary_within_goal": min(times["summary"]) <= GOAL_S,
        "summary_cold_within_goal": min(times["summary_cold"]) <= GOAL_S,
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
