"""`midway serve`: migrate, then run Midway under a production WSGI server (waitress, or
gunicorn's threaded workers; see midway.spaces.servers)."""

import socket

import segno
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from midway.spaces import servers


def lan_address() -> str | None:
    """This machine's address on the local network, found without sending anything.

    Connecting a UDP socket only asks the kernel for a route: no packet leaves.
    192.0.2.1 is a documentation address (TEST-NET-1) that nobody answers.
    """
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
            probe.connect(("192.0.2.1", 9))
            address = probe.getsockname()[0]
            if not address.startswith(("127.", "0.")):
                return address
    except OSError:
        pass
    try:
        infos = socket.getaddrinfo(socket.gethostname(), None, socket.AF_INET)
    except OSError:
        return None
    return next((i[4][0] for i in infos if not i[4][0].startswith("127.")), None)


class Command(BaseCommand):
    help = (
        "Apply migrations, then serve Midway (DEBUG off, static files included) with "
        "waitress, or with gunicorn's threaded workers (--server gunicorn)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument(
            "--server",
            choices=servers.SERVERS,
            help="waitress (anywhere) or gunicorn (Linux, macOS); default: MIDWAY_SERVER, "
            "else waitress.",
        )
        parser.add_argument(
            "--workers",
            type=int,
            help="gunicorn processes; default: MIDWAY_WORKERS, else one per core, at most "
            f"{servers.MAX_WORKERS}.",
        )
        parser.add_argument(
            "--threads",
            type=int,
            help="threads per process; default: MIDWAY_THREADS, else 4 (gunicorn) or 8 (waitress).",
        )
        parser.add_argument("--no-migrate", action="store_true", help="Skip migrations.")
        parser.add_argument(
            "--no-worker",
            action="store_true",
            help="Do not start the background worker (run `midway worker` on its own instead).",
        )

    def handle(self, *args, host, port, server, workers, threads, no_migrate, no_worker, **options):
        server = server or servers.default_server()
        workers = workers or servers.default_workers()
        threads = threads or servers.default_threads(server)
        if workers < 1 or threads < 1:
            raise CommandError("--workers and --threads must be at least 1.")
        if settings.DEBUG:
            self.stderr.write("MIDWAY_DEBUG is on: never expose this server to a network.")
        try:
            servers.check_port_free(host, port)
        except servers.PortTaken:
            # A sentence for a person, not "CommandError: ..." (nor a traceback).
            self.stderr.write(
                f"Port {port} on {host} is already taken, perhaps by another Midway. "
                f"Stop that one, or pick another port: PORT={port + 1} make run "
                f"(or midway serve --port {port + 1})."
            )
            raise SystemExit(1) from None
        if not no_migrate:
            call_command("migrate", interactive=False, verbosity=0)
        from midway.spaces.proxy import trusted_proxies_middleware
        from midway.wsgi import application

        app = trusted_proxies_middleware(application, settings.TRUSTED_PROXIES)
        # gunicorn forks its workers from this process: none may inherit its connection.
        connections.close_all()
        self.announce(host, port)
        if not no_worker:
            from midway.notify.background import start_worker

            start_worker()
        servers.warm_up_later()
        if server == "gunicorn":
            if not servers.gunicorn_runs_here():
                raise CommandError("gunicorn needs Linux or macOS: use --server waitress.")
            self.stdout.write(f"Serving with gunicorn: {workers} processes x {threads} threads.")
            self.stdout.flush()
            servers.run_gunicorn(app, host=host, port=port, workers=workers, threads=threads)
        else:
            self.stdout.write(f"Serving with waitress: {threads} threads.")
            self.stdout.flush()
            servers.run_waitress(app, host=host, port=port, threads=threads)

    def announce(self, host: str, port: int):
        shown = "127.0.0.1" if host in ("0.0.0.0", "::") else host
        self.stdout.write(f"Midway is running on http://{shown}:{port}/")
        self.stdout.write(f"Data directory: {settings.DATA_DIR}")
        lan = lan_address()
        if lan:
            url = f"http://{lan}:{port}/"
            if host in ("0.0.0.0", "::", lan):
                self.stdout.write(f"On a phone on the same network, open {url}")
                segno.make(url, error="m").terminal(out=self.stdout._out, compact=True)
            else:
                self.stdout.write(
                    f"For a phone on the same network: start with HOST=0.0.0.0 "
                    f"(make run HOST=0.0.0.0), then open {url} or scan the code it prints."
                )
        else:
            self.stdout.write("No network address found: a phone can't reach this machine now.")
        if settings.HTTPS and not settings.TRUSTED_PROXIES:
            self.stdout.write(
                "MIDWAY_HTTPS is on but MIDWAY_TRUSTED_PROXIES is empty: behind a TLS proxy, "
                "set it to the proxy's address, or every request is sent back to https."
            )
        self.stdout.write("Press Ctrl+C to stop.")
        self.stdout.flush()
