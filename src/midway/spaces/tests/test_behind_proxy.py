"""`midway serve` behind a TLS-terminating reverse proxy, tested through the real server.

The test client skips waitress, so these start `midway serve` on a loopback port and
send what a proxy sends (X-Forwarded-Proto, -For, -Host) from 127.0.0.1: believed
when 127.0.0.1 is in MIDWAY_TRUSTED_PROXIES, dropped otherwise.
"""

import re
import urllib.parse

import pytest

from midway.safety.served import PASSWORD, Server, prepare

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    data = tmp_path_factory.mktemp("proxy") / "data"
    prepare(data)
    return data


@pytest.fixture(scope="module")
def behind_proxy(data_dir):
    """MIDWAY_HTTPS=true behind a proxy on 127.0.0.1, three wrong passwords allowed."""
    server = Server(
        data_dir,
        data_dir.parent / "trusted.log",
        MIDWAY_HTTPS="true",
        MIDWAY_TRUSTED_PROXIES="127.0.0.1, ::1",
        MIDWAY_LOGIN_FAILURE_LIMIT="3",
    ).start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def no_proxy(data_dir):
    """Plain HTTP, nobody trusted: the direct peer is the client, whatever it claims."""
    server = Server(
        data_dir, data_dir.parent / "direct.log", MIDWAY_LOGIN_FAILURE_LIMIT="3"
    ).start()
    yield server
    server.stop()


def header(headers, name: str) -> str:
    return "\n".join(value for key, value in headers if key.lower() == name.lower())


def sign_in(server: Server, username: str, password: str, forwarded: dict) -> int:
    """One sign-in as a browser behind the proxy would make it; the answer's status."""
    status, headers, body = server.raw("GET", "/login/", forwarded)
    assert status == 200, status
    csrf = re.search(r"csrftoken=([^;]+)", header(headers, "Set-Cookie")).group(1)
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', body).group(1).decode()
    scheme = forwarded.get("X-Forwarded-Proto", "http")
    origin = f"{scheme}://127.0.0.1:{server.port}"
    status, _headers, _body = server.raw(
        "POST",
        "/login/",
        {
            **forwarded,
            "Cookie": f"csrftoken={csrf}",
            "Content-Type": "application/x-www-form-urlencoded",
            "Origin": origin,
            "Referer": origin + "/login/",
        },
        urllib.parse.urlencode(
            {"username": username, "password": password, "csrfmiddlewaretoken": token}
        ),
    )
    return status


def test_https_behind_a_trusted_proxy_answers_with_hsts_and_secure_cookies(behind_proxy):
    status, headers, _ = behind_proxy.raw("GET", "/login/", {"X-Forwarded-Proto": "https"})
    assert status == 200
    assert "max-age=" in header(headers, "Strict-Transport-Security")
    assert "Secure" in header(headers, "Set-Cookie")


def test_plain_http_from_the_proxy_is_sent_to_https_on_the_forwarded_host(behind_proxy):
    status, headers, _ = behind_proxy.raw(
        "GET", "/login/", {"X-Forwarded-Host": "midway.example.org"}
    )
    assert status == 301
    assert header(headers, "Location") == "https://midway.example.org/login/"


def test_an_untrusted_peer_cannot_claim_https(no_proxy):
    status, headers, _ = no_proxy.raw("GET", "/login/", {"X-Forwarded-Proto": "https"})
    assert status == 200
    assert header(headers, "Strict-Transport-Security") == ""
    assert "Secure" not in header(headers, "Set-Cookie")


def test_the_throttle_counts_the_client_the_proxy_names(behind_proxy):
    away = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "203.0.113.5"}
    home = {"X-Forwarded-Proto": "https", "X-Forwarded-For": "198.51.100.7"}
    # The third wrong password is the limit: it and everything after it are refused.
    assert [sign_in(behind_proxy, "john", "wrong", away) for _ in range(3)] == [200, 200, 429]
    assert sign_in(behind_proxy, "john", PASSWORD, away) == 429
    # The same person on another device, behind the same proxy, is not locked out.
    assert sign_in(behind_proxy, "john", PASSWORD, home) == 302


def test_an_untrusted_peer_cannot_dodge_the_throttle_with_forwarded_for(no_proxy):
    tries = [
        sign_in(no_proxy, "ivy", "wrong", {"X-Forwarded-For": f"192.0.2.{n}"}) for n in (1, 2, 3)
    ]
    assert tries == [200, 200, 429]
    assert sign_in(no_proxy, "ivy", PASSWORD, {"X-Forwarded-For": "192.0.2.99"}) == 429


def test_a_bad_host_header_is_one_warning_line_without_a_traceback(no_proxy):
    status, _headers, _body = no_proxy.raw("GET", "/login/", {"Host": "bad_host!.example"})
    assert status == 400
    logged = no_proxy.output()
    lines = [line for line in logged.splitlines() if "bad_host!.example" in line]
    assert lines and "WARNING django.security.DisallowedHost" in lines[0]
    assert "Traceback" not in logged and " ERROR " not in logged
