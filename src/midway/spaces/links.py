"""Absolute links that leave the page (an invite sent to the partner's phone).

A link built from the request's Host header says whatever the request said: with the
default MIDWAY_ALLOWED_HOSTS of `*`, a forged `Host: evil.example` would make an invite
that hands the partner's new account to someone else's server. So a link comes from
MIDWAY_PUBLIC_URL when it is set, and otherwise from the request only when its host
is one that cannot be forged into a stranger's name: listed in MIDWAY_ALLOWED_HOSTS
by the owner, or a bare IP address or `localhost` (the LAN address a phone opens).
"""

import ipaddress

from django.conf import settings
from django.http.request import split_domain_port, validate_host


def trusted_host(host: str) -> bool:
    name, _port = split_domain_port(host)
    if not name:
        return False
    if validate_host(name, [item for item in settings.ALLOWED_HOSTS if item != "*"]):
        return True
    if name == "localhost":
        return True
    try:
        ipaddress.ip_address(name.strip("[]"))
    except ValueError:
        return False
    return True


def public_link(request, path: str) -> str | None:
    """The absolute address of `path` for someone elsewhere, or None when unknown."""
    if settings.PUBLIC_URL:
        return settings.PUBLIC_URL + path
    if trusted_host(request.get_host()):
        return request.build_absolute_uri(path)
    return None
