"""The large instance `make bench` measures: `midway demo --years N` (Ivy & John, Ana & Ben)
and many more couples of about a year each, so one couple's pages are read among many.

    MIDWAY_DATA_DIR=... python benchmarks/bench_data.py --years 10 --couples 200

Run by benchmarks/run.py in a throwaway data directory (or an empty DATABASE_URL
database); it prints one JSON line with the row counts and the seconds it took.
"""

import argparse
import json
import os
import random
import sys
import time
from datetime import timedelta


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--couples", type=int, default=200)
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "midway.settings")
    import django

    django.setup()
    from django.core.management import call_command

    started = time.monotonic()
    call_command("migrate", interactive=False, verbosity=0)
    call_command("demo", years=args.years, verbosity=0)
    demo_s = time.monotonic() - started
    more_couples(args.couples)
    counts = {model.__name__: model.objects.count() for model in _space_models()}
    from midway.letters.models import Letter
    from midway.spaces.models import Member

    ivy = Member.objects.get(user__username="ivy")
    letter = Letter.objects.visible_to(ivy).filter(status="shared").order_by("-id").first()
    total_s = round(time.monotonic() - started, 1)
    print(
        json.dumps(
            {"demo_s": round(demo_s, 1), "total_s": total_s, "letter": letter.pk, "rows": counts}
        )
    )
    return 0


def more_couples(number: int) -> None:
    """`number` couples with a year of life each, through the demo's own builder.

    Their password is hashed once and shared: Argon2 per user would cost more than
    all their letters. Nobody signs in as them; they are the crowd around Ivy & John.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.hashers import make_password
    from django.db import transaction
    from django.utils import timezone

    from midway.exchange.demo import _Couple
    from midway.spaces.models import Member, Space

    hashed = make_password("bench-crowd")

    class CrowdCouple(_Couple):
        def people(self, space_name, first, second):
            began = timezone.now() - timedelta(days=365 * self.years)
            self.space = Space.objects.create(name=space_name, created_at=began)
            self.members = []
            for username, name in (first, second):
                user = get_user_model().objects.create(
                    username=username, password=hashed, date_joined=began
                )
                self.members.append(
                    Member.objects.create(user=user, space=self.space, name=name, joined_at=began)
                )

    today = timezone.localdate()
    rng = random.Random(7)
    for index in range(number):
        with transaction.atomic():
            CrowdCouple(rng, today, 1, "").build(
                f"Crowd {index}",
                (f"crowd{index}a", f"Alex {index}"),
                (f"crowd{index}b", f"Sam {index}"),
            )


def _space_models():
    from django.apps import apps

    labels = {"letters", "together", "checkins", "spaces"}
    return [model for model in apps.get_models() if model._meta.app_label in labels]


if __name__ == "__main__":
    sys.exit(main())
