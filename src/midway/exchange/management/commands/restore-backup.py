"""`midway restore-backup FILE`: put a `midway backup` file back in place of the database."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from midway.exchange.backup import (
    BackupError,
    check_backup_file,
    database_path,
    processes_using,
    restore_sqlite_backup,
)


class Command(BaseCommand):
    help = (
        "Replace Midway's SQLite database with a backup (checked first). Stop Midway before. "
        "The current database is kept beside it as midway.sqlite3.before-restore."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("file", help="A file written by `midway backup`.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Restore even though another process has the database open.",
        )

    def handle(self, *args, file, force, **options):
        connections.close_all()
        try:
            target = database_path()
            checked = check_backup_file(Path(file))
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"{file}: integrity check {'; '.join(checked.messages)}.")
        users = processes_using(target)
        if users is None:
            self.stderr.write("Cannot tell whether Midway is running: make sure it is stopped.")
        elif users and not force:
            raise CommandError(
                f"The database is in use (process {', '.join(map(str, users))}): stop Midway "
                "first, or pass --force."
            )
        elif users:
            self.stderr.write(f"Warning: process {', '.join(map(str, users))} has it open.")
        try:
            kept = restore_sqlite_backup(Path(file), target)
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(f"Restored {file} into {target}.")
        if kept:
            self.stdout.write(f"The database it replaced is kept at {kept}.")
        self.stdout.write("`midway serve` applies any newer migrations when it starts.")
