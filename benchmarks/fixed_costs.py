"""What a Midway page costs before its own work: the middleware, the session, the
member, the page's frame. CPU milliseconds a request, in-process.

    MIDWAY_DATA_DIR=/tmp/somewhere .venv/bin/python benchmarks/fixed_costs.py [--repeat 200]

Builds a one-year demo in MIDWAY_DATA_DIR if it has none (a throwaway directory when
unset), then requests, as Ivy, through Midway's whole middleware stack: a view that
answers "hello", one that reads `request.user`, one behind `member_required`, one that
renders `base.html` with nothing in it, and `/decide/`, the smallest real page. Prints
the median and the minimum (the least disturbed by neighbours) of the CPU time.
"""

import argparse
import logging
import os
import statistics
import sys
import tempfile
import time

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import include, path


def hello(request):
    return HttpResponse("hello")


def user(request):
    return HttpResponse(str(request.user.is_authenticated))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("MIDWAY_DATA_DIR", tempfile.mkdtemp(prefix="midway-fixed-"))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "midway.settings")
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.test import Client

    from midway.spaces.access import member_required
    from midway.spaces.models import Member

    global urlpatterns
    urlpatterns = [
        path("fixed/hello/", hello),
        path("fixed/user/", user),
        path("fixed/member/", member_required(lambda request: HttpResponse(request.member.name))),
        path("fixed/frame/", member_required(lambda request: render(request, "base.html"))),
        path("", include("midway.urls")),
    ]
    settings.ROOT_URLCONF = __name__
    logging.getLogger("midway.requests").setLevel(logging.WARNING)
    call_command("migrate", verbosity=0)
    call_command("demo", years=1, verbosity=0)
    ivy = Member.objects.get(user__username="ivy")
    client = Client()
    client.force_login(ivy.user, backend="django.contrib.auth.backends.ModelBackend")
    print(f"{'path':20} {'median cpu ms':>14} {'min cpu ms':>11}")
    for url in ["/fixed/hello/", "/fixed/user/", "/fixed/member/", "/fixed/frame/", "/decide/"]:
        assert client.get(url).status_code == 200, url
        cpu = []
        for _ in range(args.repeat):
            begin = time.process_time()
            client.get(url)
            cpu.append((time.process_time() - begin) * 1000)
        print(f"{url:20} {statistics.median(cpu):14.2f} {min(cpu):11.2f}")
    return 0


urlpatterns = []

if __name__ == "__main__":
    sys.exit(main())
