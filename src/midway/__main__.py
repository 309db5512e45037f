"""The `midway` command: `midway serve`, `midway parse`, `midway coach`, and every
other Django management command (`midway migrate`, `midway createspace`, ...)."""

import os
import sys


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv if argv is None else argv)
    command = argv[1] if len(argv) > 1 else "help"
    # The letter reader and the coach are pure Python: no settings, no database.
    if command == "parse":
        from midway.text.cli import parse_main

        return parse_main(argv[2:])
    if command == "coach":
        from midway.coach.cli import coach_main

        return coach_main(argv[2:])
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "midway.settings")
    from django.core.management import execute_from_command_line

    argv[0] = "midway"
    execute_from_command_line(argv)
    return 0


if __name__ == "__main__":
    sys.exit(main())
