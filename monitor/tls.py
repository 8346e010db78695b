"""One TLS context for the HTTP clients of a process: the feed fetcher and the webhook clients.

Making one loads the CA bundle (about 0.05 s of CPU), and the daemon's sender made a new
webhook client, so a new context, in every pass that had something to send.
"""

from __future__ import annotations

import functools
import os
import ssl


def tls_context() -> ssl.SSLContext:
    """httpx's default context (certifi's CA bundle, or SSL_CERT_FILE / SSL_CERT_DIR when
    set), made once per process and per value of those variables."""
    return _context(os.environ.get("SSL_CERT_FILE"), os.environ.get("SSL_CERT_DIR"))


@functools.cache
def _context(cert_file: str | None, cert_dir: str | None) -> ssl.SSLContext:
    import httpx

    return httpx.create_ssl_context()  # reads the same two variables
