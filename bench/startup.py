"""What starting a `monitor` process costs, beside `python -c pass` in the same run.

Times, as fresh processes, interleaved so all meet the same machine:
- `python -c pass`: the interpreter's own start-up;
- `monitor feeds list`: a CLI command on an existing (current) SQLite store;
- `monitor poll`: one pass over one local feed (two articles) into a new store (upgraded
  beforehand), detection included;
- `monitor run` until its first pass over one local feed is done and the readers have caught up
  (`readers_caught_up` logged), then stopped with SIGTERM;
- parse workers: a pool of one worker process, and one of two (the default on two cores), as
  the poller starts them, until each worker has parsed and assessed one small feed.

The feed is served on 127.0.0.1 by this script. CPU is user + system seconds of the process and
every process under it (read from /proc for the daemon and the worker, at the moment timed);
wall is the time to the same moment. With `--baseline DIR` (another checkout of the project, say
a worktree at an older commit) each measurement is also made on that checkout's code, in turn
with this one's. The project's modules are compiled to bytecode first, as an installed package's
are. The last line printed is one JSON object of medians.

usage: python bench/startup.py [--runs N] [--baseline DIR]
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TICKS = os.sysconf("SC_CLK_TCK")
FEED = (
    b'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Local</title>'
    b"<link>https://example.org/</link>"
    b"<item><title>Kazakhstan and Israel sign a visa waiver agreement</title>"
    b"<link>https://example.org/1</link><guid>https://example.org/1</guid>"
    b"<pubDate>Mon, 03 Nov 2025 10:00:00 GMT</pubDate><description>Kazakhstan and Israel signed an"
    b" agreement on visa-free travel in Astana on Monday.</description></item>"
    b"<item><title>Weather in Almaty</title><link>https://example.org/2</link>"
    b"<guid>https://example.org/2</guid><pubDate>Mon, 03 Nov 2025 11:00:00 GMT</pubDate>"
    b"<description>Snow is expected.</description></item></channel></rss>"
)

# Run inside the checkout measured: start a pool of parse workers as the poller does, give each
# one feed, and print the wall time and the CPU of every process under this one.
WORKER_PROBE = """
import json, os, sys, time
sys.path.insert(0, {bench!r})
from startup import FEED, tree_cpu
from monitor.feeds import prepare
started = time.perf_counter()
if hasattr(prepare, "start_workers"):
    pool = prepare.start_workers({workers}, None)
else:  # before start_workers: the poller's own recipe
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    pool = ProcessPoolExecutor({workers}, mp_context=multiprocessing.get_context("spawn"),
                               initializer=prepare.init_worker, initargs=(None,))
ref = prepare.FeedRef("local", "en")
jobs = [pool.submit(prepare.parse_and_prepare, FEED, {{}}, "https://example.org/", ref)
        for _ in range({workers})]
assert all(len(job.result().articles) == 2 for job in jobs)
assert len(pool._processes) == {workers}
wall = time.perf_counter() - started
cpu = tree_cpu(os.getpid(), itself=False)
pool.shutdown()
print(json.dumps({{"wall": wall, "cpu": cpu}}))
"""


def tree_cpu(pid: int, *, itself: bool = True) -> float:
    """CPU seconds (user + system) of a process (`itself`) and of every process under it."""
    total = 0.0
    if itself:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
        except OSError:
            return 0.0
        total += (int(fields[11]) + int(fields[12])) / TICKS
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            children = (task / "children").read_text().split()
        except OSError:
            continue
        total += sum(tree_cpu(int(child)) for child in children)
    return total


def serve(body: bytes) -> ThreadingHTTPServer:
    class Handler(BaseHTTPRequestHandler):
        disable_nagle_algorithm = True

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "application/rss+xml")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


class Checkout:
    """One checkout of the project, run with this interpreter and its modules first on the path."""

    def __init__(self, root: Path, folder: Path, feed_url: str) -> None:
        self.root = root
        self.folder = folder
        self.env = {**os.environ, "PYTHONPATH": str(root), "MONITOR_LOG_FORMAT": "json"}
        self.env.pop("MONITOR_CONFIG", None)
        self.config = folder / "monitor.toml"
        self.config.write_text(
            f'database_url = "sqlite:///{folder / "monitor.db"}"\n'
            'allow_private_networks = true\npoll_every = "0.2s"\n'
            f'[[feeds]]\nname = "local"\nurl = "{feed_url}"\n',
            encoding="utf-8",
        )
        self.empty = folder / "empty.db"
        # An upgraded store without feeds or events: copied for every poll and daemon run.
        self.monitor("db", "upgrade")
        shutil.copy(folder / "monitor.db", self.empty)
        self.monitor("feeds", "list")

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "monitor", "--config", str(self.config), *args]

    def monitor(self, *args: str) -> None:
        subprocess.run(
            self.command(*args), cwd=self.folder, env=self.env, check=True, capture_output=True
        )

    def fresh_store(self) -> None:
        shutil.copy(self.empty, self.folder / "monitor.db")
        for suffix in ("-wal", "-shm", ".answers"):
            (self.folder / f"monitor.db{suffix}").unlink(missing_ok=True)

    def timed(self, command: list[str]) -> tuple[float, float]:
        """Wall and CPU seconds of one run of `command` (its children included)."""
        before = os.times()
        started = time.perf_counter()
        subprocess.run(
            command, cwd=self.folder, env=self.env, check=True,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        wall = time.perf_counter() - started
        after = os.times()
        used = after.children_user - before.children_user
        return wall, used + after.children_system - before.children_system

    def daemon(self) -> tuple[float, float]:
        """Wall and CPU seconds from `monitor run` to its first pass done and caught up."""
        self.fresh_store()
        log = self.folder / "daemon.log"
        started = time.perf_counter()
        with log.open("wb") as out:
            process = subprocess.Popen(
                self.command("run"), cwd=self.folder, env=self.env, stdout=out, stderr=out
            )
        try:
            deadline = time.monotonic() + 120
            while b'"readers_caught_up"' not in log.read_bytes():
                if process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit(f"the daemon did not poll:\n{log.read_text()[-3000:]}")
                time.sleep(0.005)
            wall = time.perf_counter() - started
            cpu = tree_cpu(process.pid)
        finally:
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=60)
        return wall, cpu

    def workers(self, count: int) -> tuple[float, float]:
        """Wall and CPU seconds of starting `count` parse workers, each preparing one feed."""
        probe = WORKER_PROBE.format(bench=str(ROOT / "bench"), workers=count)
        done = subprocess.run(
            [sys.executable, "-c", probe], cwd=self.folder, env=self.env, check=True,
            capture_output=True, text=True,
        )  # fmt: skip
        figures = json.loads(done.stdout.splitlines()[-1])
        return figures["wall"], figures["cpu"]

    def measurements(self) -> dict:
        def poll() -> tuple[float, float]:
            self.fresh_store()
            return self.timed(self.command("poll"))

        return {
            "python_pass": lambda: self.timed([sys.executable, "-c", "pass"]),
            "feeds_list": lambda: self.timed(self.command("feeds", "list")),
            "poll": poll,
            "daemon_first_poll": self.daemon,
            "parse_worker": lambda: self.workers(1),
            "parse_workers_2": lambda: self.workers(2),
        }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="runs of each measurement")
    parser.add_argument("--baseline", type=Path, help="another checkout to measure beside this")
    args = parser.parse_args()
    roots = {"this": ROOT} | ({"baseline": args.baseline.resolve()} if args.baseline else {})
    for root in roots.values():
        for package in ("monitor", "storage"):
            compileall.compile_dir(root / package, quiet=1)
    server = serve(FEED)
    feed_url = f"http://127.0.0.1:{server.server_address[1]}/feed.xml"
    wall: dict[str, list[float]] = {}
    cpu: dict[str, list[float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        checkouts = {}
        for name, root in roots.items():
            (Path(folder) / name).mkdir()
            checkouts[name] = Checkout(root, Path(folder) / name, feed_url)
            for measure in checkouts[name].measurements().values():
                measure()  # untimed: caches (the compiled lexicon) filled, files read once
        for _ in range(args.runs):
            for name, checkout in checkouts.items():
                for what, measure in checkout.measurements().items():
                    seconds, used = measure()
                    wall.setdefault(f"{name}_{what}", []).append(seconds)
                    cpu.setdefault(f"{name}_{what}", []).append(used)
    server.shutdown()
    result: dict = {"runs": args.runs}
    for key in wall:
        print(
            f"{key:>27}: CPU median {statistics.median(cpu[key]):.3f} s, "
            f"wall median {statistics.median(wall[key]):.3f} s, best {min(wall[key]):.3f} s"
        )
        result[f"{key}_cpu_s"] = round(statistics.median(cpu[key]), 3)
        result[f"{key}_wall_s"] = round(statistics.median(wall[key]), 3)
    result["load_average"] = round(os.getloadavg()[0], 2)
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
