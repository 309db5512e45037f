"""Backups of the SQLite database while Midway serves, and putting one back.

`backup_sqlite` copies with SQLite's online backup API in a single step: the copy
is one consistent snapshot, and a writer committing all the time cannot restart it
(copying a few pages at a time starts over after every write by another connection,
so a busy Midway could keep a stepwise backup from ever finishing). The copy is
then checked with `PRAGMA integrity_check` and renamed into place.

`restore_sqlite_backup` checks a backup, keeps the current database beside it as
`<name>.before-restore`, and renames the backup into place in one step.
"""

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings

# The tables a Midway database has: a file without them is not a Midway backup.
REQUIRED_TABLES = ("django_migrations", "spaces_space", "letters_letter")


class BackupError(Exception):
    """The backup or the restore could not be done; the message says why."""


class NotSQLite(BackupError):
    """This instance runs on PostgreSQL: pg_dump does this job."""


PG_MESSAGE = (
    "Midway uses PostgreSQL here. Back it up with pg_dump, e.g. "
    '`pg_dump --format=custom --file=midway.dump "$DATABASE_URL"`, and restore it with '
    '`pg_restore --clean --if-exists --dbname="$DATABASE_URL" midway.dump` (see the README).'
)


@dataclass
class Checked:
    """What `PRAGMA integrity_check` said about a database file."""

    path: Path
    messages: list[str]
    size: int

    @property
    def ok(self) -> bool:
        return self.messages == ["ok"]


def database_path() -> Path:
    """The SQLite file Midway uses, or NotSQLite."""
    database = settings.DATABASES["default"]
    if database["ENGINE"] != "django.db.backends.sqlite3":
        raise NotSQLite(PG_MESSAGE)
    return Path(database["NAME"])


def integrity(path: Path) -> Checked:
    """Run `PRAGMA integrity_check` on a file, opened read-only."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=30)
        try:
            rows = connection.execute("PRAGMA integrity_check").fetchall()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        return Checked(path, [f"not a readable SQLite database ({error})"], _size(path))
    return Checked(path, [str(row[0]) for row in rows], _size(path))


def _size(path: Path) -> int:
    return path.stat().st_size if path.exists() else 0


def _copy(source: Path, target: Path) -> None:
    """One-step online backup of `source` into a new file `target`, as a single file."""
    target.unlink(missing_ok=True)
    origin = sqlite3.connect(source, timeout=30)
    copy = sqlite3.connect(target)
    try:
        # pages=-1: every page in one step, inside one read transaction.
        origin.backup(copy, pages=-1)
        # The copy stands alone: no -wal file beside it to lose.
        copy.execute("PRAGMA journal_mode=DELETE")
    finally:
        copy.close()
        origin.close()
    _fsync(target)


def _fsync(path: Path) -> None:
    descriptor = os.open(path, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def backup_sqlite(source: Path, destination: Path) -> Checked:
    """Copy the database at `source` to `destination`, check the copy, and return the check."""
    if not source.is_file():
        raise BackupError(f"There is no database at {source}.")
    if destination.resolve() == source.resolve():
        raise BackupError("The backup cannot overwrite the database itself.")
    partial = destination.with_name(destination.name + ".partial")
    try:
        _copy(source, partial)
    except sqlite3.Error as error:
        partial.unlink(missing_ok=True)
        raise BackupError(f"The copy failed: {error}") from None
    checked = integrity(partial)
    if not checked.ok:
        partial.unlink(missing_ok=True)
        raise BackupError(f"The copy failed its integrity check: {'; '.join(checked.messages)}")
    partial.replace(destination)
    return Checked(destination, checked.messages, checked.size)


def processes_using(path: Path) -> list[int] | None:
    """Ids of other processes with the database open (Linux), or None when it cannot tell."""
    proc = Path("/proc")
    if not proc.is_dir():
        return None
    names = {str(path.resolve()), f"{path.resolve()}-wal", f"{path.resolve()}-shm"}
    found = []
    for entry in proc.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        try:
            if any(os.readlink(fd) in names for fd in (entry / "fd").iterdir()):
                found.append(int(entry.name))
        except OSError:
            continue  # gone meanwhile, or another user's process
    return found


def check_backup_file(path: Path) -> Checked:
    """A backup fit to restore: readable, intact, and a Midway database."""
    if not path.is_file():
        raise BackupError(f"There is no file at {path}.")
    checked = integrity(path)
    if not checked.ok:
        raise BackupError(f"{path} failed its integrity check: {'; '.join(checked.messages)}")
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
    finally:
        connection.close()
    missing = [table for table in REQUIRED_TABLES if table not in tables]
    if missing:
        raise BackupError(f"{path} is not a Midway database (it has no {missing[0]} table).")
    return checked


def restore_sqlite_backup(backup: Path, target: Path) -> Path | None:
    """Put `backup` in place of the database at `target`; return where the old one was kept.

    The caller makes sure Midway is stopped. The backup is copied beside the target
    first, then renamed over it, so the database is always either the old one or the
    new one, never half of each.
    """
    check_backup_file(backup)
    target.parent.mkdir(parents=True, exist_ok=True)
    incoming = target.with_name(target.name + ".restoring")
    _copy(backup, incoming)
    kept = None
    if target.exists():
        kept = target.with_name(target.name + ".before-restore")
        # A consistent copy of the current database (its WAL included), kept aside.
        _copy(target, kept)
    # A -wal left beside the new file would be replayed into it: the old database's
    # log must go (its content is in the copy kept above).
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    incoming.replace(target)
    return kept
