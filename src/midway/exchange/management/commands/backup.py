"""`midway backup FILE`: a consistent copy of the SQLite database, safe while Midway serves."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from midway.exchange.backup import BackupError, backup_sqlite, database_path


class Command(BaseCommand):
    help = (
        "Copy Midway's SQLite database to FILE while Midway keeps serving, then check the "
        "copy with PRAGMA integrity_check. On PostgreSQL, use pg_dump."
    )
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument("file", help="Where to write the backup (replaced if it exists).")

    def handle(self, *args, file, **options):
        try:
            checked = backup_sqlite(database_path(), Path(file))
        except BackupError as error:
            raise CommandError(str(error)) from None
        self.stdout.write(
            f"Backed up {database_path()} to {checked.path} ({checked.size / 1e6:.1f} MB). "
            f"Integrity check: {'; '.join(checked.messages)}"
        )
