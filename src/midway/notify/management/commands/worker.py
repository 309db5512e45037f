"""`midway worker`: send notifications (and run any other background task) until stopped.

`midway serve` starts one beside the server; a hosted setup may run the server with
`--no-worker` and this command on its own, as one more service. Each minute, and at
start, it also looks for work that a killed worker left half done.
"""

import time

from django.core.management.base import BaseCommand
from django.db import close_old_connections
from django.utils.crypto import get_random_string
from django_tasks_db.management.commands.db_worker import Worker

from midway.notify.outbox import prune, recover

SWEEP_SECONDS = 60


class Command(BaseCommand):
    help = "Run Midway's background worker (notifications): midway serve starts one itself."
    # `midway serve` has run the checks; skipping them keeps the URLs (and the API's
    # schemas) out of this process: about 35 MB less beside the server.
    requires_system_checks = []

    def add_arguments(self, parser):
        parser.add_argument(
            "--interval", type=float, default=1.0, help="Seconds between looks at the queue."
        )
        parser.add_argument(
            "--once", action="store_true", help="Run what is due now, then stop (for tests, cron)."
        )

    def handle(self, *args, interval, once, **options):
        worker = Worker(
            queue_names=["*"],
            interval=0,
            batch=True,
            backend_name="default",
            startup_delay=False,
            max_tasks=None,
            worker_id="midway-" + get_random_string(12),
            excluded_queue_names=[],
        )
        if not once:
            # Ctrl+C or SIGTERM: the task being sent finishes, then the worker stops.
            worker.configure_signals()
            self.stdout.write("Midway's worker is running (notifications).")
            self.stdout.flush()
        last_sweep = float("-inf")
        while worker.running:
            if time.monotonic() - last_sweep >= SWEEP_SECONDS:
                prune()
                found = recover()
                if found:
                    self.stdout.write(f"Found {found} notifications left half sent; sending them.")
                last_sweep = time.monotonic()
            worker.run()
            close_old_connections()
            if once:
                return
            time.sleep(interval)
