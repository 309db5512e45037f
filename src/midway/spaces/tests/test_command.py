"""The `midway` command as a person runs it: a real process, a real port."""

import os
import socket
import subprocess
import sys
import time
import urllib.request

import pytest

MIDWAY = [sys.executable, "-m", "midway"]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def midway_env(tmp_path, **extra) -> dict:
    dropped = {"DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SETTINGS_MODULE"}
    env = {k: v for k, v in os.environ.items() if k not in dropped}
    env.update(MIDWAY_DATA_DIR=str(tmp_path / "data"), **extra)
    return env


def test_bad_setting_stops_start_up_with_a_clear_message(tmp_path):
    result = subprocess.run(
        [*MIDWAY, "check"],
        env=midway_env(tmp_path, MIDWAY_DEBUG="perhaps"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "MIDWAY_DEBUG must be true or false" in result.stderr


def test_deploy_check_is_clean_under_serve_settings(tmp_path):
    result = subprocess.run(
        [*MIDWAY, "check", "--deploy", "--fail-level", "WARNING"],
        env=midway_env(tmp_path),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


def test_deploy_check_is_clean_behind_https(tmp_path):
    result = subprocess.run(
        [*MIDWAY, "check", "--deploy", "--fail-level", "WARNING"],
        env=midway_env(tmp_path, MIDWAY_HTTPS="true"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_serve_migrates_serves_and_logs_each_request(tmp_path):
    port = free_port()
    server = subprocess.Popen(
        [*MIDWAY, "serve", "--port", str(port)],
        env=midway_env(tmp_path),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        body = None
        for _ in range(100):
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/welcome/") as response:
                    body = response.read().decode()
                    break
            except OSError:
                time.sleep(0.2)
        assert body is not None and "Welcome to Midway" in body
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/static/midway/midway.css") as css:
            assert css.status == 200
    finally:
        server.terminate()
        output = server.communicate(timeout=20)[0]
    assert f"http://127.0.0.1:{port}/" in output
    assert '"GET /welcome/" 200' in output
    data = tmp_path / "data"
    assert (data / "midway.sqlite3").is_file()
    assert oct((data / "secret_key").stat().st_mode)[-3:] == "600"


def test_sqlite_runs_in_wal_mode_with_full_sync(db):
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA synchronous")
        assert cursor.fetchone()[0] == 2  # FULL
        cursor.execute("PRAGMA foreign_keys")
        assert cursor.fetchone()[0] == 1


def test_createspace_opens_a_space_and_prints_a_working_invite(db, client):
    from io import StringIO

    from django.core.management import call_command

    from midway.spaces.models import Member

    out = StringIO()
    call_command(
        "createspace",
        "--username=ana",
        "--name=Ana",
        "--space=Ana & Ben",
        "--password=a long passphrase",
        "--base-url=http://midway.example",
        stdout=out,
    )
    link = out.getvalue().strip().splitlines()[-1]
    assert link.startswith("http://midway.example/join/")
    assert Member.objects.get(user__username="ana").space.name == "Ana & Ben"
    path = link.removeprefix("http://midway.example")
    assert "Join Ana &amp; Ben" in client.get(path).content.decode()


@pytest.mark.slow
def test_wheel_ships_templates_and_static_files(tmp_path):
    import zipfile
    from pathlib import Path

    root = Path(__file__).resolve().parents[4]
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(root)],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    names = zipfile.ZipFile(next(tmp_path.glob("*.whl"))).namelist()
    assert "midway/templates/base.html" in names
    assert "midway/static/midway/midway.css" in names
    assert "midway/letters/templates/letters/edit.html" in names
    assert "midway/letters/static/letters/editor.js" in names


def test_serve_on_a_taken_port_says_so_plainly_and_fails(tmp_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [*MIDWAY, "serve", "--port", str(port)],
            env=midway_env(tmp_path),
            capture_output=True,
            text=True,
            timeout=60,
        )
    assert result.returncode != 0
    assert f"Port {port} on 127.0.0.1 is already taken" in result.stderr
    assert f"PORT={port + 1} make run" in result.stderr
    assert "Traceback" not in result.stdout + result.stderr
    assert "Midway is running" not in result.stdout
