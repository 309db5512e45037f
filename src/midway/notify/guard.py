"""No door into the neighbours: refusing to send to the server's own network.

On a server open to many couples (MIDWAY_SIGNUP=open), a member must not be able to
make Midway call the services beside it (a database's web console, a router, the
cloud's metadata address) by naming them as a notification destination. The check is
made on the address a name resolves to, at the moment of sending, inside the very
lookup the sending library makes: checking a name once and letting the library
resolve it again later would let a name point elsewhere in between.
"""

import ipaddress
import socket
import threading
from contextlib import contextmanager

from django.conf import settings

_state = threading.local()
_real_getaddrinfo = socket.getaddrinfo
_installed = False
_install_lock = threading.Lock()


class Refused(OSError):
    """The destination's address is on this server's own network."""


def guarding() -> bool:
    """Whether this server refuses private addresses (open sign-up, not allowed by the host)."""
    return settings.SIGNUP == "open" and not settings.NOTIFY_ALLOW_PRIVATE


def is_private(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return (
        ip.is_private
        or ip.is_loopback
        or ip.is_link_local
        or ip.is_reserved
        or ip.is_multicast
        or ip.is_unspecified
        or not ip.is_global
    )


def _guarded_getaddrinfo(host, port, *args, **kwargs):
    results = _real_getaddrinfo(host, port, *args, **kwargs)
    if getattr(_state, "active", False):
        for *_rest, sockaddr in results:
            if is_private(sockaddr[0]):
                why = (
                    f"{host} is at {sockaddr[0]}, an address on this server's own network, "
                    "and this server sends notifications only to the internet "
                    "(its host can allow it with MIDWAY_NOTIFY_ALLOW_PRIVATE=true)."
                )
                _state.refused = why
                raise Refused(why)
    return results


def _install() -> None:
    global _installed
    with _install_lock:
        if not _installed:
            # Every library below (requests, urllib3, smtplib) looks names up through
            # socket.getaddrinfo; outside `outside_only` this passes everything through.
            socket.getaddrinfo = _guarded_getaddrinfo
            _installed = True


@contextmanager
def outside_only():
    """Within this block, on this thread, connecting to a private address fails with
    Refused (when the server guards at all). Yields a function that returns the
    refusal's reason, if one happened."""
    _state.refused = ""
    if not guarding():
        yield lambda: ""
        return
    _install()
    _state.active = True
    try:
        yield lambda: _state.refused
    finally:
        _state.active = False
