"""Fetch feeds and article pages over HTTP within hard limits; every outcome is a value."""

from __future__ import annotations

import contextlib
import email.utils
import re
import socket
import ssl
import threading
import time
import zlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from http.cookiejar import CookieJar, DefaultCookiePolicy
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpcore
import httpx

from monitor.errors import MonitorError
from monitor.feeds import netguard
from monitor.feeds.parse import decode_html
from monitor.tls import tls_context

try:
    import brotli
except ImportError:  # pragma: no cover - httpx[brotli] is a dependency; degrade, don't crash
    brotli = None

DEFAULT_USER_AGENT = (
    "kz-il-monitor/0.1 (+https://github.com/kz-il-monitor/kz-il-monitor; news monitor)"
)
FEED_ACCEPT = (
    "application/rss+xml, application/atom+xml, application/rdf+xml;q=0.9, "
    "application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5"
)
PAGE_ACCEPT = "text/html, application/xhtml+xml;q=0.9, */*;q=0.5"
ACCEPT_ENCODING = "gzip, deflate, br" if brotli is not None else "gzip, deflate"
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "text/plain", ""})
REDIRECTS = frozenset({301, 302, 303, 307, 308})
PERMANENT_REDIRECTS = frozenset({301, 308})
RETRY_AFTER_STATUSES = frozenset({429, 503})
_MAX_AGE = re.compile(r"(?:^|[,\s])max-age\s*=\s*\"?(\d+)", re.IGNORECASE)


class FetchError(MonitorError):
    """A fetch failed; `code` is the machine-readable reason."""

    def __init__(self, code: str, detail: str, url: str) -> None:
        super().__init__(f"fetching {url} failed ({code}): {detail}")
        self.code = code
        self.detail = detail
        self.url = url


@dataclass(frozen=True)
class FetchPolicy:
    """Limits for one fetch: timeouts, body size, redirects, identity and network reach."""

    connect_timeout_s: float = 10.0
    total_timeout_s: float = 30.0
    max_body_bytes: int = 15 * 1024 * 1024
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT
    allow_private_networks: bool = False


# FetchResult.error codes: timeout, body_too_large, redirect_loop, too_many_redirects,
# private_address, bad_scheme, bad_url, dns, connection, tls, protocol, decoding, http_status
# (any non-2xx/304 final status, 410 and 429/503 included), not_html (fetch_page only), aborted
# (the fetcher was stopped mid-fetch: not the feed's fault).


@dataclass(frozen=True)
class FetchResult:
    """What one fetch (with its redirects) produced; `error` is None on success or 304."""

    url: str
    final_url: str
    status: int | None = None
    body: bytes | None = None
    headers: dict[str, str] = field(default_factory=dict)
    permanent_redirect_to: str | None = None
    redirects: tuple[int, ...] = ()  # the status of every redirect hop, in order
    not_modified: bool = False
    gone: bool = False
    retry_after_seconds: float | None = None
    etag: str | None = None
    last_modified: str | None = None
    cache_max_age: int | None = None
    error: str | None = None
    error_detail: str | None = None
    elapsed_ms: int = 0
    text: str | None = None  # decoded HTML, set by fetch_page only

    @property
    def ok(self) -> bool:
        """True when a 2xx body arrived whole."""
        return self.error is None and self.body is not None

    def raise_for_error(self) -> None:
        """Raise FetchError if the fetch failed."""
        if self.error:
            raise FetchError(self.error, self.error_detail or "", self.url)


# httpx timeouts apply per socket operation, so a server sending one byte a second never trips
# them. The transport below gives every socket operation only the time left before the fetch's
# deadline, which the fetching thread sets; httpcore's sync pool runs reads in that thread. It
# also resolves each host once and connects to the vetted addresses (netguard), and can cut every
# open connection at once when the service stops.


class _Deadline(threading.local):
    at: float | None = None

    def clamp(self, timeout: float | None, error: type[Exception]) -> float | None:
        if self.at is None:
            return timeout
        left = self.at - time.monotonic()
        if left <= 0:
            raise error("the fetch's total deadline passed")
        return left if timeout is None else min(timeout, left)


class _DeadlineStream(httpcore.NetworkStream):
    def __init__(self, inner: httpcore.NetworkStream, backend: _DeadlineBackend) -> None:
        self._inner = inner
        self._backend = backend
        backend.opened(self)

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return self._inner.read(
            max_bytes, self._backend.deadline.clamp(timeout, httpcore.ReadTimeout)
        )

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        self._inner.write(buffer, self._backend.deadline.clamp(timeout, httpcore.WriteTimeout))

    def close(self) -> None:
        self._backend.closed(self)
        self._inner.close()

    def cut(self) -> None:
        """Shut the socket down under a thread blocked on it (the TLS layer is bypassed)."""
        sock = self._inner.get_extra_info("socket")
        if sock is not None and sock.fileno() != -1:
            with contextlib.suppress(OSError):
                socket.socket.shutdown(sock, socket.SHUT_RDWR)

    def start_tls(
        self,
        ssl_context: ssl.SSLContext,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        timeout = self._backend.deadline.clamp(timeout, httpcore.ConnectTimeout)
        self._backend.closed(self)  # the TLS stream below takes over the socket
        return _DeadlineStream(
            self._inner.start_tls(ssl_context, server_hostname, timeout), self._backend
        )

    def get_extra_info(self, info: str) -> object:
        return self._inner.get_extra_info(info)


class _DeadlineBackend(httpcore.NetworkBackend):
    def __init__(self, resolve: netguard.Resolver, allow_private: bool) -> None:
        self.deadline = _Deadline()
        self._inner = httpcore.SyncBackend()
        self._resolve = resolve
        self._allow_private = allow_private
        self._streams: set[_DeadlineStream] = set()
        self._lock = threading.Lock()
        self.aborted = False

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable | None = None,
    ) -> httpcore.NetworkStream:
        if self.aborted:
            raise httpcore.ConnectError("the fetcher was stopped")
        addresses = netguard.vetted_addresses(
            host, port, allow_private=self._allow_private, resolve=self._resolve
        )
        failure: Exception | None = None
        for address in addresses:  # as socket.create_connection would, but only vetted ones
            try:
                limit = self.deadline.clamp(timeout, httpcore.ConnectTimeout)
                stream = self._inner.connect_tcp(
                    address, port, limit, local_address, socket_options
                )
                return _DeadlineStream(stream, self)
            except httpcore.ConnectError as error:
                failure = error
        raise failure or httpcore.ConnectError(f"no address to connect to for {host}")

    def connect_unix_socket(self, *args: object, **kwargs: object) -> httpcore.NetworkStream:
        raise httpcore.UnsupportedProtocol("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self._inner.sleep(seconds)

    def opened(self, stream: _DeadlineStream) -> None:
        with self._lock:
            self._streams.add(stream)
        if self.aborted:
            stream.cut()

    def closed(self, stream: _DeadlineStream) -> None:
        with self._lock:
            self._streams.discard(stream)

    def abort(self) -> None:
        """Refuse new connections and cut the open ones: blocked fetches return at once."""
        self.aborted = True
        with self._lock:
            streams = list(self._streams)
        for stream in streams:
            stream.cut()


_CORE_TO_HTTPX: tuple[tuple[type[Exception], type[httpx.HTTPError]], ...] = (
    (httpcore.ConnectTimeout, httpx.ConnectTimeout),
    (httpcore.ReadTimeout, httpx.ReadTimeout),
    (httpcore.WriteTimeout, httpx.WriteTimeout),
    (httpcore.PoolTimeout, httpx.PoolTimeout),
    (httpcore.ConnectError, httpx.ConnectError),
    (httpcore.ReadError, httpx.ReadError),
    (httpcore.WriteError, httpx.WriteError),
    (httpcore.RemoteProtocolError, httpx.RemoteProtocolError),
    (httpcore.LocalProtocolError, httpx.LocalProtocolError),
    (httpcore.UnsupportedProtocol, httpx.UnsupportedProtocol),
    (httpcore.ProtocolError, httpx.ProtocolError),
    (httpcore.NetworkError, httpx.NetworkError),
)


@contextmanager
def _as_httpx_errors(request: httpx.Request) -> Iterator[None]:
    try:
        yield
    except Exception as exc:
        for core, public in _CORE_TO_HTTPX:
            if isinstance(exc, core):
                raise public(str(exc), request=request) from exc
        raise


class _CoreBody(httpx.SyncByteStream):
    def __init__(self, stream: Iterable[bytes], request: httpx.Request) -> None:
        self._stream = stream
        self._request = request

    def __iter__(self) -> Iterator[bytes]:
        with _as_httpx_errors(self._request):
            yield from self._stream

    def close(self) -> None:
        close = getattr(self._stream, "close", None)
        if close is not None:
            close()


class _DeadlineTransport(httpx.BaseTransport):
    """An httpcore pool on the deadline backend (httpx 0.28 cannot take a backend itself)."""

    def __init__(self, backend: _DeadlineBackend) -> None:
        limits = httpx.Limits()
        self._pool = httpcore.ConnectionPool(
            ssl_context=tls_context(),
            max_connections=limits.max_connections,
            max_keepalive_connections=limits.max_keepalive_connections,
            keepalive_expiry=limits.keepalive_expiry,
            network_backend=backend,
        )

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        core_request = httpcore.Request(
            method=request.method,
            url=httpcore.URL(
                scheme=request.url.raw_scheme,
                host=request.url.raw_host,
                port=request.url.port,
                target=request.url.raw_path,
            ),
            headers=request.headers.raw,
            content=request.stream,
            extensions=request.extensions,
        )
        with _as_httpx_errors(request):
            response = self._pool.handle_request(core_request)
        return httpx.Response(
            status_code=response.status,
            headers=response.headers,
            stream=_CoreBody(response.stream, request),
            extensions=response.extensions,
        )

    def close(self) -> None:
        self._pool.close()


class _DecodeError(Exception):
    pass


class _Identity:
    def decode(self, data: bytes, limit: int) -> bytes:
        return data


class _Zlib:
    """gzip/deflate that never emits more than `limit` bytes per call, so bombs stop at the cap."""

    def __init__(self, encoding: str) -> None:
        self._gzip = encoding == "gzip"
        self._d = zlib.decompressobj(31) if self._gzip else None
        self._head = b""

    def decode(self, data: bytes, limit: int) -> bytes:
        if self._d is None:
            data, self._head = self._head + data, b""
            if len(data) < 2:  # the framing sniff needs two bytes
                self._head = data
                return b""
            # "deflate" is zlib-wrapped by the RFC but raw deflate from some servers.
            zlib_header = (
                len(data) >= 2 and data[0] & 0x0F == 8 and (data[0] << 8 | data[1]) % 31 == 0
            )
            self._d = zlib.decompressobj(15 if zlib_header else -15)
        out = bytearray()
        try:
            while data and len(out) < limit:
                if self._d.eof:
                    if not (self._gzip and data.startswith(b"\x1f\x8b")):
                        break  # trailing bytes after the stream are ignored, as browsers do
                    self._d = zlib.decompressobj(31)  # another gzip member
                out += self._d.decompress(data, limit - len(out))
                data = self._d.unconsumed_tail or (self._d.unused_data if self._d.eof else b"")
        except zlib.error as exc:
            raise _DecodeError(f"bad {'gzip' if self._gzip else 'deflate'} data: {exc}") from exc
        return bytes(out)


class _Brotli:
    def __init__(self) -> None:
        self._d = brotli.Decompressor()
        # brotli < 1.2 cannot bound its output; then the cap applies only after each chunk.
        self._bounded = hasattr(self._d, "can_accept_more_data")

    def decode(self, data: bytes, limit: int) -> bytes:
        try:
            if not self._bounded:
                return self._d.process(data)
            out = bytearray(self._d.process(data, output_buffer_limit=limit))
            while len(out) < limit and not self._d.can_accept_more_data():
                out += self._d.process(b"", output_buffer_limit=limit - len(out))
        except brotli.error as exc:
            raise _DecodeError(f"bad brotli data: {exc}") from exc
        return bytes(out)


def _decoder(content_encoding: str) -> _Identity | _Zlib | _Brotli:
    encoding = content_encoding.strip().lower()
    if encoding in ("", "identity"):
        return _Identity()
    if encoding in ("gzip", "x-gzip"):
        return _Zlib("gzip")
    if encoding == "deflate":
        return _Zlib("deflate")
    if encoding == "br" and brotli is not None:
        return _Brotli()
    raise _DecodeError(f"unsupported content-encoding {content_encoding!r}")


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or HTTP-date), else None."""
    if not value or not value.strip():
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def _max_age(cache_control: str | None) -> int | None:
    match = _MAX_AGE.search(cache_control or "")
    return int(match.group(1)) if match else None


def _caused_by_tls(exc: BaseException) -> bool:
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ssl.SSLError) or "CERTIFICATE_VERIFY_FAILED" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False


def _classify(exc: Exception, deadline: float) -> str:
    if isinstance(exc, httpx.TimeoutException) or time.monotonic() >= deadline:
        return "timeout"
    if isinstance(exc, httpx.UnsupportedProtocol):
        return "bad_scheme"
    if isinstance(exc, httpx.InvalidURL | ValueError):
        return "bad_url"
    if _caused_by_tls(exc):
        return "tls"
    if isinstance(exc, httpx.ProtocolError):
        return "protocol"
    return "connection"


def _drain(response: httpx.Response, deadline: float, limit: int = 64 * 1024) -> None:
    """Read what is left of a small body, so the connection goes back to the pool for reuse.

    Closing an unread streamed response drops its connection: every 304 would then cost a new
    TCP (and TLS) handshake. A body larger than `limit` is abandoned with its connection.
    """
    if response.is_stream_consumed:
        return
    seen = 0
    try:
        for chunk in response.iter_raw():
            seen += len(chunk)
            if seen > limit or time.monotonic() >= deadline:
                return
    except (httpx.HTTPError, OSError):
        return


def _without_fragment(url: str) -> str:
    return urlunsplit(urlsplit(url)._replace(fragment=""))


class Fetcher:
    """Fetch URLs with one shared sync client; redirects are followed here, each hop vetted."""

    def __init__(
        self,
        policy: FetchPolicy | None = None,
        client: httpx.Client | None = None,
        *,
        resolve: netguard.Resolver = socket.getaddrinfo,
    ) -> None:
        self.policy = policy or FetchPolicy()
        self._resolve = resolve
        self._owns_client = client is None
        # Our own transport is what makes the total deadline hold while headers trickle in; a
        # caller-supplied client only gets the deadline checked between body chunks.
        self._backend: _DeadlineBackend | None = None
        if client is None:
            self._backend = _DeadlineBackend(resolve, self.policy.allow_private_networks)
            client = httpx.Client(
                transport=_DeadlineTransport(self._backend),
                follow_redirects=False,
                headers={"User-Agent": self.policy.user_agent},
                # No cookies: one jar shared by every feed would grow for the daemon's lifetime
                # and hand sites' tracking cookies back to them; polling should be stateless.
                cookies=CookieJar(DefaultCookiePolicy(allowed_domains=[])),
            )
        self._client = client

    def close(self) -> None:
        """Close the HTTP client if this fetcher created it."""
        if self._owns_client:
            self._client.close()

    def abort(self) -> None:
        """Stop: fetches in flight end now with error 'aborted', later ones fail at once."""
        if self._backend is not None:
            self._backend.abort()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def fetch(
        self, url: str, etag: str | None = None, last_modified: str | None = None
    ) -> FetchResult:
        """Conditionally GET a feed; never raises for network or HTTP trouble."""
        return self._get(url, FEED_ACCEPT, etag, last_modified)

    def fetch_page(self, url: str) -> FetchResult:
        """GET an article page; `text` holds the decoded HTML when it arrived."""
        result = self._get(url, PAGE_ACCEPT, None, None)
        if not result.ok or result.body is None:
            return result
        mime = result.headers.get("content-type", "").split(";", 1)[0].strip().lower()
        if mime not in HTML_TYPES:
            return replace(result, error="not_html", error_detail=f"content-type is {mime!r}")
        return replace(result, text=decode_html(result.body, result.headers))

    def _get(
        self, url: str, accept: str, etag: str | None, last_modified: str | None
    ) -> FetchResult:
        started = time.monotonic()
        deadline = started + self.policy.total_timeout_s
        if self._backend is not None:
            self._backend.deadline.at = deadline
        try:
            result = self._follow(url, accept, etag, last_modified, deadline)
        finally:
            if self._backend is not None:
                self._backend.deadline.at = None
        if result.error and self._backend is not None and self._backend.aborted:
            result = replace(result, error="aborted", error_detail="the service is stopping")
        return replace(result, elapsed_ms=int((time.monotonic() - started) * 1000))

    def _follow(
        self, url: str, accept: str, etag: str | None, last_modified: str | None, deadline: float
    ) -> FetchResult:
        policy = self.policy
        headers = {
            "User-Agent": policy.user_agent,
            "Accept": accept,
            "Accept-Encoding": ACCEPT_ENCODING,
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        current = url
        seen = {_without_fragment(url)}
        hops: list[int] = []
        while True:
            try:
                if self._backend is not None:
                    netguard.check_scheme(current)  # addresses are vetted as it connects
                else:  # a caller's client resolves again: check here, as well as can be
                    netguard.check_url(
                        current, allow_private=policy.allow_private_networks, resolve=self._resolve
                    )
            except netguard.UnsafeURL as exc:
                return FetchResult(url, current, error=exc.code, error_detail=exc.detail)
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                return FetchResult(url, current, error="timeout", error_detail="deadline passed")
            timeout = httpx.Timeout(remaining, connect=min(policy.connect_timeout_s, remaining))
            try:
                request = self._client.build_request(
                    "GET", current, headers=headers, timeout=timeout
                )
                response = self._client.send(request, stream=True, follow_redirects=False)
            except netguard.UnsafeURL as exc:
                return FetchResult(url, current, error=exc.code, error_detail=exc.detail)
            except (httpx.HTTPError, httpx.InvalidURL, OSError, ValueError) as exc:
                return FetchResult(
                    url, current, error=_classify(exc, deadline), error_detail=str(exc) or repr(exc)
                )
            try:
                location = response.headers.get("location")
                if response.status_code not in REDIRECTS or not location:
                    return self._finish(response, url, current, hops, etag, last_modified, deadline)
            finally:
                _drain(response, deadline)
                response.close()
            hops.append(response.status_code)
            current = urljoin(current, location.strip())
            if _without_fragment(current) in seen:
                return FetchResult(
                    url,
                    current,
                    status=response.status_code,
                    error="redirect_loop",
                    error_detail=f"redirect back to {current}",
                )
            if len(hops) > policy.max_redirects:
                return FetchResult(
                    url,
                    current,
                    status=response.status_code,
                    error="too_many_redirects",
                    error_detail=f"more than {policy.max_redirects} redirects",
                )
            seen.add(_without_fragment(current))

    def _finish(
        self,
        response: httpx.Response,
        url: str,
        final_url: str,
        hops: list[int],
        etag: str | None,
        last_modified: str | None,
        deadline: float,
    ) -> FetchResult:
        status = response.status_code
        headers = {k.lower(): v for k, v in response.headers.items()}
        reached = 200 <= status < 300 or status == 304
        moved = bool(hops) and all(h in PERMANENT_REDIRECTS for h in hops) and reached
        base = FetchResult(
            url,
            final_url,
            status=status,
            headers=headers,
            permanent_redirect_to=final_url if moved else None,
            redirects=tuple(hops),
            etag=headers.get("etag"),
            last_modified=headers.get("last-modified"),
            cache_max_age=_max_age(headers.get("cache-control")),
        )
        if status == 304:
            # A 304 may omit validators; the ones we sent are still the current ones.
            return replace(
                base,
                not_modified=True,
                etag=base.etag or etag,
                last_modified=base.last_modified or last_modified,
            )
        if not 200 <= status < 300:
            retry_after = None
            if status in RETRY_AFTER_STATUSES:
                retry_after = parse_retry_after(headers.get("retry-after"))
            return replace(
                base,
                gone=status == 410,
                retry_after_seconds=retry_after,
                error="http_status",
                error_detail=f"HTTP {status} {response.reason_phrase}".strip(),
            )
        error, detail, body = self._read_body(response, headers, deadline)
        if error:
            return replace(base, error=error, error_detail=detail)
        return replace(base, body=body)

    def _read_body(
        self, response: httpx.Response, headers: dict[str, str], deadline: float
    ) -> tuple[str | None, str | None, bytes | None]:
        cap = self.policy.max_body_bytes
        too_large = ("body_too_large", f"body exceeds {cap} bytes", None)
        try:
            decoder = _decoder(headers.get("content-encoding", ""))
        except _DecodeError as exc:
            return "decoding", str(exc), None
        declared = headers.get("content-length", "")
        if isinstance(decoder, _Identity) and declared.isdigit() and int(declared) > cap:
            return too_large
        body = bytearray()
        try:
            # Raw bytes, decoded here: httpx's own decoders inflate a whole chunk at once, and
            # 300 bytes of brotli can hold 200 MB.
            for chunk in response.iter_raw():
                if time.monotonic() >= deadline:
                    return "timeout", "deadline passed while reading the body", None
                body += decoder.decode(chunk, cap - len(body) + 1)
                if len(body) > cap:
                    return too_large
        except _DecodeError as exc:
            return "decoding", str(exc), None
        except (httpx.HTTPError, OSError, ValueError) as exc:
            return _classify(exc, deadline), str(exc) or repr(exc), None
        return None, None, bytes(body)
