"""`midway serve`: migrate, then run Midway under waitress, a production WSGI server."""

import socket

import segno
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand


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
    help = "Apply migrations, then serve Midway with waitress (DEBUG off, static files included)."

    def add_arguments(self, parser):
        parser.add_argument("--host", default="127.0.0.1")
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--threads", type=int, default=8)
        parser.add_argument("--no-migrate", action="store_true", help="Skip migrations.")

    def handle(self, *args, host, port, threads, no_migrate, **options):
        if settings.DEBUG:
            self.stderr.write("MIDWAY_DEBUG is on: never expose this server to a network.")
        if not no_migrate:
            call_command("migrate", interactive=False, verbosity=0)
        self.announce(host, port)
        from waitress import serve

        from midway.spaces.proxy import trusted_proxies_middleware
        from midway.wsgi import application

        serve(
            trusted_proxies_middleware(application, settings.TRUSTED_PROXIES),
            host=host,
            port=port,
            threads=threads,
            ident="Midway",
            # Our middleware decides which proxy headers to believe, and drops the rest.
            clear_untrusted_proxy_headers=False,
        )

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
