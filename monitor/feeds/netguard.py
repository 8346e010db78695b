"""Refuse URLs whose scheme or resolved address a feed fetcher must never reach.

The fetcher's connections resolve each host once, here, and connect to the addresses this module
vetted (the Host header and the TLS server name stay the host's name), so a name cannot answer a
public address to the check and a private one to the connection (DNS rebinding).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from typing import Any
from urllib.parse import urlsplit

from monitor.errors import MonitorError

ALLOWED_SCHEMES = frozenset({"http", "https"})
_NAT64 = ipaddress.ip_network("64:ff9b::/96")

Resolver = Callable[..., list[tuple[Any, ...]]]


class UnsafeURL(MonitorError):
    """The URL may not be fetched: bad scheme, unresolvable host or a non-public address."""

    def __init__(self, code: str, detail: str) -> None:
        super().__init__(f"{code}: {detail}")
        self.code = code
        self.detail = detail


def _embedded_v4(ip: ipaddress.IPv6Address) -> ipaddress.IPv4Address | None:
    """The IPv4 address an IPv6 transition address carries, if any."""
    if ip.ipv4_mapped is not None:
        return ip.ipv4_mapped
    if ip in _NAT64:
        return ipaddress.IPv4Address(int(ip) & 0xFFFFFFFF)
    if ip.sixtofour is not None:
        return ip.sixtofour
    if ip.teredo is not None:
        return ip.teredo[1]
    return None


def is_public_address(ip: ipaddress.IPv4Address | ipaddress.IPv6Address) -> bool:
    """True when the address is globally routable unicast (embedded IPv4 judged too)."""
    if isinstance(ip, ipaddress.IPv6Address):
        inner = _embedded_v4(ip)
        if inner is not None:
            if not is_public_address(inner):
                return False
            # Mapped and NAT64 addresses are just the IPv4 host; 64:ff9b::/96 counts as reserved.
            if ip.ipv4_mapped is not None or ip in _NAT64:
                return True
        if ip.is_site_local:
            return False
    return ip.is_global and not (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_multicast
        or ip.is_reserved
        or ip.is_unspecified
    )


def check_scheme(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of an http(s) URL; UnsafeURL for any other URL."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise UnsafeURL("bad_url", f"cannot parse {url!r}: {exc}") from exc
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        raise UnsafeURL("bad_scheme", f"scheme {scheme or '(none)'!r} is not http or https")
    host = parts.hostname
    if not host:
        raise UnsafeURL("bad_url", f"no host in {url!r}")
    return scheme, host, port or (443 if scheme == "https" else 80)


def vetted_addresses(
    host: str, port: int, *, allow_private: bool = False, resolve: Resolver = socket.getaddrinfo
) -> list[str]:
    """The addresses to connect to for host:port, resolved once; UnsafeURL if any is not public."""
    try:
        infos = resolve(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise UnsafeURL("dns", f"cannot resolve {host!r}: {exc}") from exc
    if not infos:
        raise UnsafeURL("dns", f"{host!r} resolved to no address")
    addresses = []
    for info in infos:
        address = str(info[4][0]).split("%", 1)[0]  # drop an IPv6 zone id
        if not allow_private and not is_public_address(ipaddress.ip_address(address)):
            raise UnsafeURL(
                "private_address",
                f"{host!r} resolves to non-public address {address} (set "
                "allow_private_networks = true to fetch feeds on your own network)",
            )
        if address not in addresses:
            addresses.append(address)
    return addresses


def check_url(
    url: str, *, allow_private: bool = False, resolve: Resolver = socket.getaddrinfo
) -> None:
    """Raise UnsafeURL unless the URL is http(s) and all its host's addresses are public."""
    _scheme, host, port = check_scheme(url)
    if not allow_private:
        vetted_addresses(host, port, resolve=resolve)
