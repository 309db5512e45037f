"""`midway demo [--years N] [--password P]`: two couples and their years, for trying Midway out."""

import time

from django.core.management.base import BaseCommand, CommandError

from midway.exchange.demo import USERNAMES, DemoExists, build_demo
from midway.exchange.restore import migrate_if_needed


class Command(BaseCommand):
    help = (
        "Fill Midway with demo data: the spaces 'Ivy & John' and 'Ana & Ben' "
        f"(users {', '.join(USERNAMES)}) with years of letters, questions, things to try, "
        "phrasebook entries and check-ins. Running it again changes nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("--years", type=int, default=1, help="Years of activity (default 1).")
        parser.add_argument(
            "--password", default="demo", help="Everyone's password (default demo)."
        )

    def handle(self, *args, years, password, **options):
        if not 1 <= years <= 50:
            raise CommandError("--years must be from 1 to 50.")
        if not password:
            raise CommandError("--password cannot be empty.")
        started = time.monotonic()
        migrate_if_needed()
        try:
            counts = build_demo(years=years, password=password)
        except DemoExists as exists:
            self.stdout.write(str(exists))
            return
        made = ", ".join(f"{number} {name}" for name, number in counts.items())
        self.stdout.write(f"Made the demo in {time.monotonic() - started:.1f}s: {made}.")
        self.stdout.write(f"Sign in as {' or '.join(USERNAMES)} with the password {password!r}.")
