"""A real `midway serve` in a temporary data directory, and HTTP clients for it.

Used by the crash and concurrency tests: a separate process (so it can be killed
with SIGKILL), SQLite in its own data directory, and two partners signed in with
plain urllib sessions, as two phones would be.
"""

import http.client
import http.cookiejar
import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

PASSWORD = "a long test passphrase"
MIDWAY = [sys.executable, "-m", "midway"]

COUPLE = f"""
from midway.spaces.models import Invite
from midway.spaces.services import create_space, join_space
ivy = create_space(username="ivy", password={PASSWORD!r}, name="Ivy", space_name="Ivy & John")
_invite, token = Invite.issue(ivy)
join_space(token=token, username="john", password={PASSWORD!r}, name="John")
"""


def environment(data_dir: Path) -> dict:
    dropped = {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SETTINGS_MODULE"}
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(MIDWAY_DATA_DIR=str(data_dir), MIDWAY_LOGIN_FAILURE_LIMIT="1000")
    return env


def prepare(data_dir: Path) -> None:
    """Migrate a fresh data directory and put Ivy and John in it."""
    env = environment(data_dir)
    for command in (["migrate", "-v", "0"], ["shell", "-c", COUPLE]):
        done = subprocess.run(
            [*MIDWAY, *command], env=env, capture_output=True, text=True, timeout=120
        )
        assert done.returncode == 0, done.stderr


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Server:
    def __init__(self, data_dir: Path, log: Path, **env: str):
        self.data_dir, self.log_path, self.env = data_dir, log, env
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = None

    def start(self, timeout: float = 60) -> "Server":
        self.log = open(self.log_path, "a")  # noqa: SIM115 (closed in stop)
        self.process = subprocess.Popen(
            [*MIDWAY, "serve", "--port", str(self.port), "--no-migrate", "--threads", "8"],
            env={**environment(self.data_dir), **self.env},
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            # Any answer will do (behind MIDWAY_HTTPS it is a redirect to https).
            try:
                self.raw("GET", "/login/", timeout=2)
                return self
            except OSError:
                assert self.process.poll() is None, self.output()
                time.sleep(0.1)
        raise AssertionError(f"midway serve did not answer: {self.output()}")

    def raw(self, method: str, path: str, headers=None, body=None, timeout: float = 30):
        """(status, headers as a list of pairs, body): one request, no redirect followed."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return response.status, response.getheaders(), response.read()
        finally:
            connection.close()

    def kill(self) -> None:
        """SIGKILL: no shutdown, no flush, like a power cut for the process."""
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(timeout=20)
        self.log.close()

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=20)
        self.log.close()

    def output(self) -> str:
        if not self.log.closed:
            self.log.flush()
        return self.log_path.read_text(errors="replace")


class Session:
    """One partner's phone: cookies, CSRF token, form posts and JSON answers."""

    def __init__(self, server: Server):
        self.server = server
        self.jar = http.cookiejar.CookieJar()
        self.opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(self.jar), _NoRedirect()
        )

    def request(self, method: str, path: str, data=None, headers=None, timeout=30):
        """(status, body text); a refused or dropped connection raises OSError."""
        body = urllib.parse.urlencode(data).encode() if data is not None else None
        headers = {**(headers or {})}
        token = self._cookie("csrftoken")
        if token:
            headers["X-CSRFToken"] = token
        request = urllib.request.Request(
            self.server.url + path, data=body, method=method, headers=headers
        )
        try:
            with self.opener.open(request, timeout=timeout) as response:
                return response.status, response.read().decode("utf-8", "replace")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8", "replace")

    def sign_in(self, username: str) -> None:
        status, page = self.request("GET", "/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        status, _ = self.request(
            "POST",
            "/login/",
            {"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token},
        )
        assert status == 302, status

    def autosave_new(self, title: str, body: str, client_key: str) -> dict:
        status, text = self.request(
            "POST",
            "/letters/new/",
            {"title": title, "body": body, "client_key": client_key},
            {"X-Midway-Autosave": "1", "Accept": "application/json"},
        )
        return {**(json.loads(text) if status < 300 else {}), "http": status}

    def autosave(self, letter_id: int, title: str, body: str, revision: int) -> dict:
        status, text = self.request(
            "POST",
            f"/letters/{letter_id}/autosave/",
            {"title": title, "body": body, "revision": revision},
            {"X-Midway-Autosave": "1", "Accept": "application/json"},
        )
        return {**(json.loads(text) if status < 300 else {}), "http": status}

    def _cookie(self, name: str) -> str | None:
        return next((c.value for c in self.jar if c.name == name), None)


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None  # a 302 is an answer, not something to follow

    def http_error_302(self, req, fp, code, msg, headers):
        return fp

    http_error_301 = http_error_303 = http_error_307 = http_error_302
