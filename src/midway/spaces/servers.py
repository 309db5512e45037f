"""The WSGI servers `midway serve` can run, and how many processes and threads they get.

waitress (one process, 8 threads) is the default, by measurement: on the 2-core
machine `make bench` ran on, gunicorn's threaded workers took as much CPU per request
or more, answered no more requests per second while other work kept both cores busy,
and took 245 MB against waitress's 176 MB; in a quieter minute it answered 1.3 to 1.8
times as many requests on most pages, fewer on the phrasebook (docs/performance.md
has the figures). Two processes only win when a second core is free.
`--server gunicorn` (or MIDWAY_SERVER=gunicorn) runs gunicorn's gthread workers,
one process per core (at most 4), for a quiet machine with cores to spare; it does
not run on Windows.

Either way `trusted_proxies_middleware` wraps the app and alone decides which
X-Forwarded-* headers to believe: gunicorn is told to trust no address and no scheme
header, and waitress to leave the headers to us.
"""

import errno
import logging
import os
import socket
import sys
import threading

from django.core.exceptions import ImproperlyConfigured
from django.core.management.base import CommandError

from midway.conf import env_choice, env_int

SERVERS = ["gunicorn", "waitress"]
# Each gunicorn worker is a whole Django process (70-80 MB resident once warm; two and
# their master measured 245 MB in all): more would spend a home server's memory and
# then wait on SQLite's one writer anyway.
MAX_WORKERS = 4


class PortTaken(Exception):
    """Another program already listens on the address we were asked to serve on."""


def cores() -> int:
    """The cores this process may run on (a container's share, not the whole machine)."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # macOS has no affinity call
        return os.cpu_count() or 1


def default_server() -> str:
    chosen = env_choice("MIDWAY_SERVER", SERVERS, "waitress")
    if chosen == "gunicorn" and not gunicorn_runs_here():
        raise ImproperlyConfigured("MIDWAY_SERVER=gunicorn needs Linux or macOS; use waitress.")
    return chosen


def default_workers() -> int:
    return env_int("MIDWAY_WORKERS", max(1, min(cores(), MAX_WORKERS)))


def default_threads(server: str) -> int:
    # waitress has one process, so its threads are all the concurrency there is.
    return env_int("MIDWAY_THREADS", 4 if server == "gunicorn" else 8)


def check_port_free(host: str, port: int) -> None:
    """Raise PortTaken before anything is announced, rather than a traceback later."""
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as probe:
        # The server sets SO_REUSEADDR too: a port left in TIME_WAIT is free for it.
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as error:
            if error.errno == errno.EADDRINUSE:
                raise PortTaken(str(error)) from None
            raise CommandError(f"Cannot listen on {host}:{port}: {error.strerror}.") from None


def run_waitress(app, *, host: str, port: int, threads: int) -> None:
    from waitress import serve

    serve(
        app,
        host=host,
        port=port,
        threads=threads,
        ident="Midway",
        # Our middleware decides which proxy headers to believe, and drops the rest.
        clear_untrusted_proxy_headers=False,
    )


def run_gunicorn(app, *, host: str, port: int, workers: int, threads: int) -> None:
    from gunicorn.app.base import BaseApplication

    bind = f"[{host}]:{port}" if ":" in host else f"{host}:{port}"
    options = {
        "bind": [bind],
        "workers": workers,
        "worker_class": "gthread",
        "threads": threads,
        # Django and the app are loaded once, before the workers fork: they share that
        # memory and are ready as soon as they exist.
        "preload_app": True,
        # Gunicorn believes X-Forwarded-Proto from 127.0.0.1 by default; nobody here.
        "forwarded_allow_ips": "",
        "secure_scheme_headers": {},
        "forwarder_headers": "",
        "proxy_protocol": False,
        # One log line per request comes from RequestLogMiddleware; gunicorn only
        # speaks up about trouble.
        "accesslog": None,
        "loglevel": "warning",
        "errorlog": "-",
        "graceful_timeout": 10,
        "timeout": 60,
        "proc_name": "midway",
        # No management socket in the user's home directory.
        "control_socket_disable": True,
    }

    class Embedded(BaseApplication):
        def load_config(self):
            for name, value in options.items():
                if name in self.cfg.settings:  # older gunicorn lacks some settings
                    self.cfg.set(name, value)

        def load(self):
            return app

    try:
        Embedded().run()
    except SystemExit as stopped:
        code = stopped.code if isinstance(stopped.code, int) else (1 if stopped.code else 0)
    else:
        code = 0
    # Tearing down the interpreter (collecting every Django object the master loaded)
    # took seconds on a busy machine after Ctrl+C; the master has nothing left to save.
    logging.shutdown()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


def gunicorn_runs_here() -> bool:
    if os.name != "posix":
        return False
    try:
        import gunicorn  # noqa: F401
    except ImportError:
        return False
    return True


def warm_up_later(delay: float = 3.0) -> None:
    """Read the coach's rules in the background once the server answers: they are
    left out of start-up (about 0.3 s of CPU), and the first letter coached should not
    wait for them. (In gunicorn's workers, the first use reads them.)"""

    def warm():
        from midway.coach import analysis  # noqa: F401

    timer = threading.Timer(delay, warm)
    timer.daemon = True
    timer.start()
