"""Which proxy headers `midway serve` believes, and from whom.

Behind a TLS-terminating reverse proxy every request comes from the proxy's address,
over plain HTTP. The proxy says who the client was and which scheme and host it used
in X-Forwarded-For, -Proto and -Host; those headers are believed only from the
addresses in MIDWAY_TRUSTED_PROXIES, and dropped from anyone else, so a client
talking to Midway directly cannot pretend to be HTTPS or another address (which
would let it dodge the sign-in throttle or lock someone else out).

Waitress does the parsing (it trusts a single address or every one); this wraps it
so that a list of addresses and networks can be trusted.
"""

import ipaddress
from functools import lru_cache

from waitress.proxy_headers import proxy_headers_middleware

FORWARDED = {"x-forwarded-for", "x-forwarded-proto", "x-forwarded-host", "x-forwarded-port"}


def trusted_proxies_middleware(app, trusted: list[str]):
    networks = tuple(ipaddress.ip_network(item, strict=False) for item in trusted)
    believed = proxy_headers_middleware(
        app, trusted_proxy="*", trusted_proxy_count=1, trusted_proxy_headers=FORWARDED
    )
    # trusted_proxy=None parses nothing and clears every X-Forwarded-* and Forwarded header.
    ignored = proxy_headers_middleware(app, trusted_proxy=None, clear_untrusted=True)

    @lru_cache(maxsize=1024)
    def is_trusted(peer: str) -> bool:
        try:
            address = ipaddress.ip_address(peer.strip("[]"))
        except ValueError:
            return False
        if address.version == 6 and address.ipv4_mapped:
            address = address.ipv4_mapped
        return any(address in network for network in networks)

    def application(environ, start_response):
        peer = environ.get("REMOTE_ADDR", "")
        chosen = believed if networks and is_trusted(peer) else ignored
        return chosen(environ, start_response)

    return application


def client_address(request) -> str:
    """The client's address for the sign-in throttle: REMOTE_ADDR, which `midway serve`
    has already taken from a trusted proxy's X-Forwarded-For and from nobody else's."""
    return request.META.get("REMOTE_ADDR", "")
