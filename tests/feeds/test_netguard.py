"""Which URLs the fetcher may reach: schemes always, addresses after DNS resolution."""

from __future__ import annotations

import ipaddress
import socket

import pytest

from monitor.errors import MonitorError
from monitor.feeds.netguard import UnsafeURL, check_url, is_public_address


def resolving_to(*addresses: str):
    def resolve(host: str, port: int, **kwargs: object) -> list[tuple]:
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in addresses]

    return resolve


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "0.0.0.0",
        "224.0.0.1", "239.255.255.250", "240.0.0.1", "255.255.255.255", "100.64.0.1",
        "::1", "::", "fe80::1", "fc00::1", "fd12:3456::1", "ff02::1", "fec0::1",
        "::ffff:127.0.0.1", "::ffff:10.0.0.1", "64:ff9b::a00:1", "2002:a00:1::1",
    ],
)  # fmt: skip
def test_non_public_addresses_are_refused(address: str):
    assert not is_public_address(ipaddress.ip_address(address))
    with pytest.raises(UnsafeURL) as raised:
        check_url("https://feeds.example.org/rss", resolve=resolving_to(address))
    assert raised.value.code == "private_address"
    assert isinstance(raised.value, MonitorError)


@pytest.mark.parametrize(
    "address", ["93.184.216.34", "2606:2800:220:1:248:1893:25c8:1946", "64:ff9b::5db8:d822"]
)
def test_public_addresses_are_allowed(address: str):
    assert is_public_address(ipaddress.ip_address(address))
    check_url("https://feeds.example.org/rss", resolve=resolving_to(address))


def test_one_private_address_among_public_ones_is_enough_to_refuse():
    with pytest.raises(UnsafeURL):
        check_url("http://x.example/", resolve=resolving_to("93.184.216.34", "10.0.0.5"))


def test_an_ipv6_zone_id_does_not_hide_a_link_local_address():
    def resolve(host: str, port: int, **kwargs: object) -> list[tuple]:
        return [(socket.AF_INET6, socket.SOCK_STREAM, 6, "", ("fe80::1%eth0", port, 0, 2))]

    with pytest.raises(UnsafeURL, match="private_address"):
        check_url("http://x.example/", resolve=resolve)


@pytest.mark.parametrize(
    "url", ["file:///etc/passwd", "ftp://x.org/f", "data:,hi", "javascript:alert(1)", "//x.org/"]
)
@pytest.mark.parametrize("allow_private", [False, True])
def test_non_http_schemes_are_always_refused(url: str, allow_private: bool):
    with pytest.raises(UnsafeURL) as raised:
        check_url(url, allow_private=allow_private, resolve=resolving_to("93.184.216.34"))
    assert raised.value.code == "bad_scheme"


def test_allowing_private_networks_skips_resolution():
    def never(*args: object, **kwargs: object) -> list[tuple]:
        raise AssertionError("resolver called")

    check_url("http://127.0.0.1:8080/feed", allow_private=True, resolve=never)


def test_an_unresolvable_host_is_a_dns_error():
    def fail(*args: object, **kwargs: object) -> list[tuple]:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    with pytest.raises(UnsafeURL) as raised:
        check_url("https://no-such-host.invalid/", resolve=fail)
    assert raised.value.code == "dns"


@pytest.mark.parametrize("url", ["http:///feed", "http://x.org:99999/", "http://[::1/"])
def test_malformed_urls_are_refused(url: str):
    with pytest.raises(UnsafeURL) as raised:
        check_url(url, resolve=resolving_to("93.184.216.34"))
    assert raised.value.code == "bad_url"
