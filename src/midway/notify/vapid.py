"""The server's VAPID key pair for Web Push, made once into the data directory.

A push service accepts a message for a subscription only when it is signed with the
key the browser subscribed with, so the pair must outlive restarts and upgrades: it
is written on first use (private key mode 0600) and read ever after.
"""

import base64
import os
from functools import cache
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from django.conf import settings
from py_vapid import Vapid


def key_path() -> Path:
    return Path(settings.DATA_DIR) / "vapid_private_key.pem"


@cache
def _load(path: str) -> Vapid:
    return Vapid.from_file(path)


def keys() -> Vapid:
    path = key_path()
    if not path.exists():
        vapid = Vapid()
        vapid.generate_keys()
        pem = vapid.private_pem()
        try:
            # O_EXCL: two processes starting at once keep the first one's key.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            pass
        else:
            with os.fdopen(fd, "wb") as out:
                out.write(pem)
    return _load(str(path))


def application_server_key() -> str:
    """The public key as a browser's pushManager.subscribe() wants it (base64url)."""
    raw = keys().public_key.public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")
