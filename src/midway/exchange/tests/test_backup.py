"""Backups: a consistent copy while someone writes, checked, and restorable in one swap."""

import sqlite3
import subprocess
import sys
import threading
import time

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from midway.exchange.backup import (
    BackupError,
    backup_sqlite,
    check_backup_file,
    integrity,
    restore_sqlite_backup,
)
from midway.exchange.tests.conftest import run_midway


def make_database(path, rows=0):
    """A small WAL database shaped like Midway's (the tables restore-backup looks for)."""
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    for table in ("django_migrations", "spaces_space", "letters_letter"):
        connection.execute(f"CREATE TABLE {table} (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER)")
    connection.executemany(
        "INSERT INTO letters_letter (a, b) VALUES (?, ?)", [(n, -n) for n in range(rows)]
    )
    connection.commit()
    connection.close()


def test_backup_while_writing_is_consistent(tmp_path):
    source = tmp_path / "midway.sqlite3"
    make_database(source, rows=20_000)
    stop = threading.Event()
    written = []

    def writer():
        # Every transaction writes a pair that must always be seen together.
        connection = sqlite3.connect(source, timeout=30)
        number = 0
        while not stop.is_set():
            with connection:
                connection.execute("INSERT INTO letters_letter (a, b) VALUES (?, ?)", (number, 0))
                connection.execute("INSERT INTO spaces_space (a, b) VALUES (?, ?)", (number, 0))
            number += 1
        connection.close()
        written.append(number)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        time.sleep(0.2)
        copies = [backup_sqlite(source, tmp_path / f"copy-{n}.sqlite3") for n in range(3)]
    finally:
        stop.set()
        thread.join()
    assert written[0] > 0
    for checked in copies:
        assert checked.ok
        copy = sqlite3.connect(checked.path)
        pairs = copy.execute("SELECT count(*) FROM spaces_space").fetchone()[0]
        singles = copy.execute(
            "SELECT count(*) FROM letters_letter WHERE b = 0 AND a >= 0"
        ).fetchone()[0]
        # Row 0 of the initial rows also has b = 0 (-0): one more than the pairs.
        assert singles == pairs + 1
        assert copy.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        copy.close()


def test_backup_refuses_to_overwrite_the_database(tmp_path):
    source = tmp_path / "midway.sqlite3"
    make_database(source)
    with pytest.raises(BackupError, match="cannot overwrite"):
        backup_sqlite(source, source)


def test_integrity_check_reports_a_damaged_file(tmp_path):
    damaged = tmp_path / "damaged.sqlite3"
    make_database(damaged, rows=5_000)
    with damaged.open("r+b") as file:
        file.seek(4096 * 3)
        file.write(b"\xde\xad" * 3000)
    assert not integrity(damaged).ok
    with pytest.raises(BackupError, match="integrity"):
        check_backup_file(damaged)


def test_restore_backup_swaps_in_the_copy_and_keeps_the_old_database(tmp_path):
    live = tmp_path / "data" / "midway.sqlite3"
    live.parent.mkdir()
    make_database(live, rows=3)
    backup = tmp_path / "backup.sqlite3"
    make_database(backup, rows=7)
    kept = restore_sqlite_backup(backup, live)
    assert kept == live.with_name("midway.sqlite3.before-restore")
    count = "SELECT count(*) FROM letters_letter"
    assert sqlite3.connect(live).execute(count).fetchone()[0] == 7
    assert sqlite3.connect(kept).execute(count).fetchone()[0] == 3
    assert not live.with_name("midway.sqlite3.restoring").exists()


def test_restore_backup_refuses_a_file_that_is_not_a_midway_database(tmp_path):
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).execute("CREATE TABLE notes (x)").connection.commit()
    with pytest.raises(BackupError, match="not a Midway database"):
        check_backup_file(other)
    text = tmp_path / "notes.txt"
    text.write_text("hello")
    with pytest.raises(BackupError, match="integrity"):
        check_backup_file(text)


def test_backup_on_postgresql_points_to_pg_dump(settings, monkeypatch, tmp_path):
    engine = "django.db.backends.postgresql"
    monkeypatch.setitem(settings.DATABASES["default"], "ENGINE", engine)
    with pytest.raises(CommandError, match="pg_dump"):
        call_command("backup", str(tmp_path / "x.sqlite3"))


def test_backup_and_restore_backup_by_command(tmp_path):
    assert run_midway(tmp_path, "demo").returncode == 0
    copy = tmp_path / "backup.sqlite3"
    made = run_midway(tmp_path, "backup", copy)
    assert made.returncode == 0, made.stderr
    assert "Integrity check: ok" in made.stdout
    database = tmp_path / "data" / "midway.sqlite3"
    connection = sqlite3.connect(database)
    with connection:
        connection.execute("DELETE FROM checkins_checkin")
    connection.close()  # this process must not hold the database open either
    restored = run_midway(tmp_path, "restore-backup", copy)
    assert restored.returncode == 0, restored.stderr
    assert "before-restore" in restored.stdout
    count = "SELECT count(*) FROM checkins_checkin"
    assert sqlite3.connect(database).execute(count).fetchone()[0] > 300
    assert sqlite3.connect(f"{database}.before-restore").execute(count).fetchone()[0] == 0


def test_restore_backup_refuses_while_midway_has_the_database_open(tmp_path):
    assert run_midway(tmp_path, "demo").returncode == 0
    copy = tmp_path / "backup.sqlite3"
    assert run_midway(tmp_path, "backup", copy).returncode == 0
    database = tmp_path / "data" / "midway.sqlite3"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            f"import sqlite3, time; c = sqlite3.connect({str(database)!r}); "
            "c.execute('select 1').fetchone(); print('open', flush=True); time.sleep(60)",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "open"
        refused = run_midway(tmp_path, "restore-backup", copy)
        assert refused.returncode != 0
        assert "in use" in refused.stderr and str(holder.pid) in refused.stderr
    finally:
        holder.kill()
        holder.wait()
