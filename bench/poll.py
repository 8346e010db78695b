"""Polling throughput: the floor, this service and the `reader` library on the same local feeds.

200 virtual feeds on 127.0.0.1 are made from ../shared/corpus/realfeeds/ with every URL made
unique per feed. Measured in one run:
  (a) the floor: httpx GET + feedparser.parse(io.BytesIO(body)) with feedparser's defaults, no
      storage, with the service's overall concurrency (8), then an all-304 pass with validators;
  (b) this service: first pass (everything new, stored, readers caught up) and second pass
      (everything 304) on a fresh SQLite store; per-host limits lifted for the one local host;
  (c) reader's update_feeds(scheduled=False) on the same feeds (first pass, then second).
The last line printed is one JSON object with the figures and ratios.

usage: python bench/poll.py [--feeds 200] [--corpus DIR] [--skip-reader]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import json
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


class FeedHandler(BaseHTTPRequestHandler):
    disable_nagle_algorithm = True
    protocol_version = "HTTP/1.1"
    bodies: ClassVar[dict[str, tuple[bytes, str]]] = {}

    def do_GET(self) -> None:
        found = self.bodies.get(self.path)
        if found is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body, etag = found
        if self.headers.get("If-None-Match") == etag:
            self.send_response(304)
            self.send_header("ETag", etag)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "application/xml")
        self.send_header("ETag", etag)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


def make_feeds(corpus: Path, count: int) -> dict[str, bytes]:
    """`count` feed bodies cycling through the corpus, each with its URLs made unique."""
    sources = sorted(p for p in corpus.iterdir() if p.suffix in {".xml", ".rss", ".rdf", ".atom"})
    feeds = {}
    for n in range(count):
        body = sources[n % len(sources)].read_bytes()
        feeds[f"/feed-{n}.xml"] = body.replace(b"://", f"://v{n}.".encode())
    return feeds


def start_server(feeds: dict[str, bytes]) -> tuple[ThreadingHTTPServer, str]:
    FeedHandler.bodies = {
        path: (body, '"' + hashlib.sha1(body).hexdigest() + '"') for path, body in feeds.items()
    }
    server = ThreadingHTTPServer(("127.0.0.1", 0), FeedHandler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def floor(urls: list[str], concurrency: int) -> tuple[int, float, float]:
    import feedparser
    import httpx

    etags: dict[str, str] = {}
    with httpx.Client(limits=httpx.Limits(max_connections=concurrency)) as client:

        def first(url: str) -> int:
            response = client.get(url)
            etags[url] = response.headers.get("etag", "")
            return len(feedparser.parse(io.BytesIO(response.content)).entries)

        def second(url: str) -> int:
            response = client.get(url, headers={"If-None-Match": etags[url]})
            assert response.status_code == 304, response.status_code
            return 0

        with ThreadPoolExecutor(concurrency) as pool:
            started = time.perf_counter()
            entries = sum(pool.map(first, urls))
            first_s = time.perf_counter() - started
            started = time.perf_counter()
            list(pool.map(second, urls))
            second_s = time.perf_counter() - started
    return entries, first_s, second_s


def service(urls: list[str], tmp: str) -> tuple[int, float, float]:
    from monitor.bootstrap import bootstrap, catch_up_readers
    from monitor.feeds.poller import Feed
    from monitor.logs import configure_logging
    from monitor.settings import FetchConfig, Settings

    configure_logging("warning", "json")
    settings = Settings(
        database_url=f"sqlite:///{tmp}/service.db",
        allow_private_networks=True,
        fetch=FetchConfig(per_host_spacing=0, per_host_in_flight=8, concurrency=8),
    )
    app = bootstrap(settings)
    feeds = [Feed(f"feed-{n}", url) for n, url in enumerate(urls)]
    try:
        started = time.perf_counter()
        report = app.poller.poll(feeds)
        catch_up_readers(app)
        first_s = time.perf_counter() - started
        started = time.perf_counter()
        again = app.poller.poll(feeds)
        catch_up_readers(app)
        second_s = time.perf_counter() - started
        assert again.new == 0 and all(r.status == 304 for r in again.feeds), "second pass not 304"
    finally:
        app.close()
    return report.new, first_s, second_s


def reader_library(urls: list[str], tmp: str) -> tuple[int, float, float]:
    from reader import make_reader

    lib = make_reader(f"{tmp}/reader.sqlite")
    for url in urls:
        lib.add_feed(url)
    started = time.perf_counter()
    lib.update_feeds(scheduled=False, workers=8)
    first_s = time.perf_counter() - started
    entries = lib.get_entry_counts().total
    started = time.perf_counter()
    lib.update_feeds(scheduled=False, workers=8)
    second_s = time.perf_counter() - started
    lib.close()
    return entries, first_s, second_s


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/realfeeds")
    parser.add_argument("--skip-reader", action="store_true")
    args = parser.parse_args()
    server, base = start_server(make_feeds(args.corpus, args.feeds))
    urls = [f"{base}/feed-{n}.xml" for n in range(args.feeds)]
    result: dict[str, float | int] = {"feeds": args.feeds}
    try:
        entries, floor_s, floor_second_s = floor(urls, 8)
        print(f"floor:   {entries} entries in {floor_s:.2f} s, all-304 pass {floor_second_s:.2f} s")
        with tempfile.TemporaryDirectory() as tmp:
            new, first_s, second_s = service(urls, tmp)
            print(f"service: {new} entries in {first_s:.2f} s, all-304 pass {second_s:.2f} s")
            result |= {
                "entries": entries,
                "floor_entries_per_s": round(entries / floor_s, 1),
                "floor_second_pass_seconds": round(floor_second_s, 3),
                "service_entries": new,
                "first_pass_entries_per_s": round(new / first_s, 1),
                "ratio_vs_floor": round((new / first_s) / (entries / floor_s), 2),
                "second_pass_seconds": round(second_s, 3),
                "second_pass_ratio_vs_floor": round(second_s / floor_second_s, 2),
            }
            if not args.skip_reader:
                r_entries, r_first_s, r_second_s = reader_library(urls, tmp)
                print(
                    f"reader:  {r_entries} entries in {r_first_s:.2f} s, again {r_second_s:.2f} s"
                )
                result |= {
                    "reader_entries_per_s": round(r_entries / r_first_s, 1),
                    "reader_second_pass_seconds": round(r_second_s, 3),
                    "ratio_vs_reader": round((new / first_s) / (r_entries / r_first_s), 2),
                }
    finally:
        server.shutdown()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
