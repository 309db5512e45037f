"""Real destinations on loopback, started by the tests: an HTTP server (a webhook, an
ntfy-style topic, a push service that decrypts what it gets), and an SMTP server.

`run_worker()` runs the queued background tasks in this process, as `midway worker
--once` does; `pass_time()` moves everything that waits (a gathering notice, a retry,
a reminder) to now, instead of sleeping through it.
"""

import base64
import json
import os
import threading
import time
from dataclasses import dataclass, field
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.core.management import call_command
from django.utils import timezone


@pytest.fixture(autouse=True)
def _notify_settings(settings):
    settings.NOTIFY_GATHER = 0
    settings.NOTIFY_TIMEOUT = 2
    settings.SIGNUP = "invite-only"
    settings.NOTIFY_ALLOW_PRIVATE = False


def run_worker() -> None:
    call_command("worker", "--once")


def pass_time() -> None:
    """Everything waiting for a later moment is due now."""
    from django_tasks_db.models import DBTaskResult

    from midway.notify.models import Delivery, Notice

    now = timezone.now() - timedelta(seconds=1)
    DBTaskResult.objects.filter(status="READY", run_after__gt=now).update(run_after=now)
    Notice.objects.filter(dispatched_at__isnull=True).update(due_at=now)
    Delivery.objects.filter(sent_at__isnull=True).update(next_try_at=now)


@dataclass
class Received:
    path: str
    headers: dict
    body: bytes

    def json(self):
        return json.loads(self.body)


@dataclass
class Listener:
    """A tiny HTTP service: answers `status` (or stalls, or drops the connection)."""

    url: str = ""
    received: list = field(default_factory=list)
    status: int = 200
    stall: float = 0.0
    answered: int = 0
    decrypt: object = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def texts(self) -> list[str]:
        return [r.body.decode("utf-8", "replace") for r in self.received]


def _start(listener: Listener):
    class Handler(BaseHTTPRequestHandler):
        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            if listener.decrypt is not None:
                body = listener.decrypt(body, self.headers)
            with listener.lock:
                listener.received.append(Received(self.path, dict(self.headers), body))
            if listener.stall:
                time.sleep(listener.stall)
            self.send_response(listener.status)
            self.send_header("Content-Length", "2")
            self.end_headers()
            self.wfile.write(b"{}")
            with listener.lock:
                listener.answered += 1

        do_PUT = do_POST

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    listener.url = f"127.0.0.1:{server.server_address[1]}"
    return server


def _serving():
    made = Listener()
    server = _start(made)
    yield made
    server.shutdown()
    server.server_close()


@pytest.fixture
def listener():
    yield from _serving()


@pytest.fixture
def other_listener():
    """A second, separate destination (another member's, another space's)."""
    yield from _serving()


@pytest.fixture
def smtp():
    """An SMTP server that keeps every message it is given."""
    from aiosmtpd.controller import Controller

    class Keep:
        def __init__(self):
            self.messages = []

        async def handle_DATA(self, server, session, envelope):
            self.messages.append(envelope.content.decode("utf-8", "replace"))
            return "250 Message accepted for delivery"

    handler = Keep()
    handler.port = dead_port()
    controller = Controller(handler, hostname="127.0.0.1", port=handler.port)
    controller.start()
    yield handler
    controller.stop()


def dead_port() -> int:
    """A loopback port nobody listens on: connecting is refused at once."""
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@dataclass
class Subscriber:
    """A browser's side of a push subscription: its key pair and auth secret."""

    private_key: object
    p256dh: str
    auth: str
    auth_bytes: bytes

    def decrypt(self, body: bytes, headers) -> bytes:
        import http_ece

        assert headers.get("Content-Encoding") == "aes128gcm", headers
        assert headers.get("Authorization", "").startswith("vapid t="), "no VAPID signature"
        return http_ece.decrypt(
            body, private_key=self.private_key, auth_secret=self.auth_bytes, version="aes128gcm"
        )


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode()


@pytest.fixture
def push_service():
    """A push service stand-in: a subscriber's keys, and a server that decrypts with them."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    key = ec.generate_private_key(ec.SECP256R1())
    public = key.public_key().public_bytes(
        serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
    )
    auth = os.urandom(16)
    subscriber = Subscriber(key, _b64(public), _b64(auth), auth)
    made = Listener(status=201, decrypt=subscriber.decrypt)
    server = _start(made)
    made.subscriber = subscriber
    yield made
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def _vapid_in_tmp(settings, tmp_path):
    settings.DATA_DIR = tmp_path
    from midway.notify import vapid

    vapid._load.cache_clear()
