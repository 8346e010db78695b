"""How `monitor serve` holds up: 2,000 requests at 50 concurrent against /summary.json and /.

Builds the dev store once (unless --config names one; see bench/cli.py), starts `monitor serve`
on a free port of 127.0.0.1 in its own process, and sends each path --requests requests from
--concurrency keep-alive connections at once (a small asyncio HTTP/1.1 client in this process,
asking for gzip as browsers do). Reports errors (anything but a 200, or a failed connection),
latency percentiles and throughput per path. Then the same load on /summary.json while --slow
connections (500) each hold a request whose headers never end: how the others fare, and how many
of the slow ones the server drops (408) once their headers are overdue. The last line printed is
one JSON object; the goal is p99 under 100 ms with no errors.

usage: python bench/serve.py [--requests N] [--concurrency C] [--slow N] [--config PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.cli import build_dev_store, monitor_command

PATHS = {"summary_json": "/summary.json", "briefing": "/"}
GOAL_P99_MS = 100.0


async def _worker(host: str, port: int, path: str, left: list[int], seen: dict) -> None:
    request = (
        f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\nAccept-Encoding: gzip\r\n\r\n"
    ).encode()
    reader = writer = None
    while left[0] > 0:
        left[0] -= 1
        started = time.perf_counter()
        try:
            if writer is None:
                reader, writer = await asyncio.open_connection(host, port)
            writer.write(request)
            head = await reader.readuntil(b"\r\n\r\n")
            headers = dict(
                line.split(": ", 1) for line in head.decode("latin-1").split("\r\n")[1:] if line
            )
            fields = {name.lower(): value for name, value in headers.items()}
            await reader.readexactly(int(fields.get("content-length", "0")))
            if head[9:12] != b"200":
                seen["errors"] += 1
            if fields.get("connection", "").lower() == "close":
                writer.close()
                writer = None
        except (OSError, asyncio.IncompleteReadError, ValueError):
            seen["errors"] += 1
            writer = None
        seen["latencies"].append(time.perf_counter() - started)
    if writer is not None:
        writer.close()


async def _load(host: str, port: int, path: str, requests: int, concurrency: int) -> dict:
    seen: dict = {"errors": 0, "latencies": []}
    left = [requests]
    started = time.perf_counter()
    await asyncio.gather(*(_worker(host, port, path, left, seen) for _ in range(concurrency)))
    elapsed = time.perf_counter() - started
    ms = sorted(1000 * value for value in seen["latencies"])
    return {
        "requests": len(ms),
        "errors": seen["errors"],
        "p50_ms": round(statistics.median(ms), 1),
        "p99_ms": round(ms[max(0, int(len(ms) * 0.99) - 1)], 1),
        "max_ms": round(ms[-1], 1),
        "per_s": round(len(ms) / elapsed),
    }


async def _with_slow_clients(
    host: str, port: int, requests: int, concurrency: int, slow: int, wait_s: float
) -> dict:
    """The load on /summary.json while `slow` connections hold half-sent requests."""
    held = []
    for _ in range(slow):
        reader, writer = await asyncio.open_connection(host, port)
        writer.write(b"GET /summary.json HTTP/1.1\r\nHost: bench\r\n")  # no end of headers
        held.append((reader, writer))
    opened = time.perf_counter()
    result = await _load(host, port, "/summary.json", requests, concurrency)

    async def dropped(reader: asyncio.StreamReader) -> bool:
        try:
            answer = await asyncio.wait_for(reader.read(), wait_s)
        except (TimeoutError, OSError):
            return False
        return answer.startswith(b"HTTP/1.1 408")

    drops = await asyncio.gather(*(dropped(reader) for reader, _ in held))
    for _, writer in held:
        writer.close()
    return result | {"slow": slow, "slow_dropped": sum(drops),
                     "slow_dropped_within_s": round(time.perf_counter() - opened, 1)}  # fmt: skip


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=2000, help="requests per path")
    parser.add_argument("--concurrency", type=int, default=50, help="connections at once")
    parser.add_argument("--slow", type=int, default=500, help="half-sent requests held open")
    parser.add_argument("--config", type=Path, help="the config file of an existing store to use")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        config = args.config or build_dev_store(Path(folder))
        server = subprocess.Popen(
            monitor_command(config, "serve", "--port", "0"),
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True,
        )  # fmt: skip
        try:
            line = server.stdout.readline()  # "serving on http://127.0.0.1:PORT"
            if not line.startswith("serving on "):
                raise SystemExit(f"monitor serve did not start: {line!r}")
            url = line.split()[-1]
            host, port = url.removeprefix("http://").split(":")
            results = {}
            for name, path in PATHS.items():
                asyncio.run(_load(host, int(port), path, 50, 10))  # warm up
                results[name] = asyncio.run(
                    _load(host, int(port), path, args.requests, args.concurrency)
                )
                r = results[name]
                print(
                    f"{path:>13}: {r['requests']} requests, {r['errors']} errors, "
                    f"p50 {r['p50_ms']} ms, p99 {r['p99_ms']} ms, max {r['max_ms']} ms, "
                    f"{r['per_s']}/s",
                    flush=True,
                )
            if args.slow:
                from monitor.web.server import HEADER_TIMEOUT

                r = results["slow_clients"] = asyncio.run(
                    _with_slow_clients(
                        host, int(port), args.requests, args.concurrency, args.slow,
                        HEADER_TIMEOUT + 10,
                    )
                )  # fmt: skip
                print(
                    f"/summary.json, {r['slow']} half-sent requests held: {r['errors']} errors, "
                    f"p99 {r['p99_ms']} ms; {r['slow_dropped']} dropped (408) within "
                    f"{r['slow_dropped_within_s']} s",
                    flush=True,
                )
        finally:
            server.terminate()
            server.wait(timeout=30)
    errors = sum(r["errors"] for r in results.values())
    worst = max(r["p99_ms"] for r in results.values())
    print(
        json.dumps(
            {
                "concurrency": args.concurrency,
                **{f"{name}_{k}": v for name, r in results.items() for k, v in r.items()},
                "errors": errors,
                "p99_ms": worst,
                "goal_p99_ms": GOAL_P99_MS,
                "within_goal": errors == 0 and worst < GOAL_P99_MS,
            }
        )
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
