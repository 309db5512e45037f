"""How fast Midway's pages are with years of a couple's data, and how much memory it takes.

    .venv/bin/python benchmarks/pages.py [--years 10] [--repeat 20] [--only /checkin/]
        [--profile]

Fills a throwaway SQLite instance (or DATABASE_URL, when set, which must point at an
empty database) with `midway demo --years N`, then requests each main page as Ivy
through Django's test client and prints the median and 95th-percentile time, the
number of SQL queries, and the process's peak memory. A measurement, not a test:
run it before and after a change that touches a page. --profile runs the measured
requests under cProfile and prints where their time went (the 30 costliest functions
by --sort, cumulative time unless told); --only keeps the pages whose path starts with
the given text.

The requests run as in production: Django's test environment (which instruments every
template render and so doubles a page's cost) is not set up, and the query count comes
from one extra, untimed request. "cpu ms" is the process's CPU time per request, the
figure that holds still on a busy machine; the wall-clock figures follow the neighbours.
"""

import argparse
import cProfile
import logging
import os
import pstats
import resource
import statistics
import sys
import tempfile
import time


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=20)
    parser.add_argument(
        "--only",
        default="",
        help="only the pages whose path starts so (ending in $: exactly that path)",
    )
    parser.add_argument("--profile", action="store_true", help="cProfile the measured requests")
    parser.add_argument("--sort", default="cumulative", help="cProfile order: cumulative, tottime")
    args = parser.parse_args()

    os.environ.setdefault("MIDWAY_DATA_DIR", tempfile.mkdtemp(prefix="midway-bench-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "midway.settings")
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.test import Client

    logging.getLogger("midway.requests").setLevel(logging.WARNING)
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    call_command("demo", years=args.years, verbosity=0)
    print(f"demo data for {args.years} years: {time.perf_counter() - started:.1f} s")

    from midway.letters.models import Letter
    from midway.spaces.models import Member

    ivy = Member.objects.get(user__username="ivy")
    client = Client()
    client.force_login(ivy.user, backend="django.contrib.auth.backends.ModelBackend")
    letter = Letter.objects.visible_to(ivy).filter(status="shared").order_by("-id").first()
    counts = {model.__name__: model.objects.count() for model in _space_models()}
    print("rows:", ", ".join(f"{name} {count}" for name, count in sorted(counts.items())))

    pages = [
        "/",
        "/letters/",
        "/letters/?page=20",
        f"/letters/{letter.pk}/",
        "/letters/?q=sorry",
        "/together/",
        "/together/questions/",
        "/together/things/",
        "/together/phrasebook/",
        "/together/phrasebook/?q=mean",
        "/checkin/",
        "/checkin/history/",
        "/insights/?period=30",
        "/insights/?period=365",
        "/insights/?period=all",
        "/repair/",
        "/decide/",
        "/appreciations/",
    ]
    pages = [path for path in pages if path.startswith(args.only)]
    if args.only.endswith("$"):  # an exact path: "/together/$"
        pages = [args.only[:-1]]
    profiler = cProfile.Profile() if args.profile else None
    print(f"{'page':32} {'median ms':>10} {'p95 ms':>8} {'cpu ms':>7} {'queries':>8} {'KB':>5}")
    for path in pages:
        client.get(path)  # warm-up: template compilation and caches are not what we measure
        queries = []
        with connection.execute_wrapper(_counting(queries)):
            response = client.get(path)
        if response.status_code != 200:
            print(f"{path:32} status {response.status_code}")
            continue
        timings, cpu = [], []
        for _ in range(args.repeat):
            begin, begin_cpu = time.perf_counter(), time.process_time()
            if profiler:
                profiler.enable()
            client.get(path)
            if profiler:
                profiler.disable()
            timings.append((time.perf_counter() - begin) * 1000)
            cpu.append((time.process_time() - begin_cpu) * 1000)
        p95 = statistics.quantiles(timings, n=20)[-1] if len(timings) > 1 else timings[0]
        print(
            f"{path:32} {statistics.median(timings):10.1f} {p95:8.1f} "
            f"{statistics.median(cpu):7.1f} {len(queries):8d} {len(response.content) // 1024:5d}"
        )
    if profiler:
        pstats.Stats(profiler).sort_stats(args.sort).print_stats(30)
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:.0f} MB")
    return 0


def _counting(queries: list):
    """A database wrapper that notes each query's SQL in `queries`."""

    def wrapper(execute, sql, *rest):
        queries.append(sql)
        return execute(sql, *rest)

    return wrapper


def _space_models():
    from django.apps import apps

    return [
        model
        for model in apps.get_models()
        if model._meta.app_label in {"letters", "together", "checkins"}
    ]


if __name__ == "__main__":
    sys.exit(main())
