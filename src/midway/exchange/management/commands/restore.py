"""`midway restore FILE.json`: an export into an empty instance; exit 2 with nothing written if not."""

import sys
from pathlib import Path

from django.core.management.base import BaseCommand

from midway.exchange.kinds import section_name
from midway.exchange.restore import NotEmpty, restore
from midway.exchange.validate import MAX_FILE_BYTES, ExportFileError

EXIT_REFUSED = 2


class Command(BaseCommand):
    help = "Restore a `midway export` JSON file into an empty Midway."

    def add_arguments(self, parser):
        parser.add_argument("file", help="The JSON file written by `midway export --out`.")
        parser.add_argument(
            "--allow-admins",
            action="store_true",
            help="Restore accounts marked staff or superuser (refused otherwise).",
        )

    def handle(self, *args, file, allow_admins=False, **options):
        path = Path(file)
        try:
            if not path.is_file():
                raise ExportFileError(f"There is no file at {path}.")
            if path.stat().st_size > MAX_FILE_BYTES:
                raise ExportFileError(f"The file is larger than {MAX_FILE_BYTES // 2**20} MB.")
            plan = restore(path.read_bytes(), allow_admins=allow_admins)
        except (ExportFileError, NotEmpty) as error:
            self.stderr.write(f"midway restore: {error} Nothing was written.")
            sys.exit(EXIT_REFUSED)
        counts = {section_name(model): len(objs) for model, objs in plan.objects.items()}
        made = ", ".join(f"{count} {name}" for name, count in counts.items() if count)
        self.stdout.write(f"Restored {made or 'nothing'} from {path}.")
