"""`midway notify add USERNAME APPRISE_URL`, `midway notify list USERNAME`,
`midway notify test USERNAME`: a member's destinations from the command line."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from midway.notify import destinations
from midway.notify.channels import hidden
from midway.notify.models import Destination
from midway.spaces.models import Member


class Command(BaseCommand):
    help = "Add, list or test a member's notification destinations."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        add = actions.add_parser("add", help="Add an Apprise address (mailto://, ntfy://, ...).")
        add.add_argument("username")
        add.add_argument("url", metavar="APPRISE_URL")
        add.add_argument("--label", default="")
        add.add_argument("--previews", action="store_true", help="Show titles, not only kinds.")
        listing = actions.add_parser("list", help="List a member's destinations.")
        listing.add_argument("username")
        test = actions.add_parser(
            "test", help="Send a test to each; exit status 0 only if every one accepted it."
        )
        test.add_argument("username")

    def _member(self, username: str) -> Member:
        user = get_user_model().objects.filter(username__iexact=username).first()
        member = Member.objects.filter(user=user).first() if user else None
        if member is None:
            raise CommandError(f"No member is called {username!r}.")
        return member

    def handle(self, *args, action, username, **options):
        member = self._member(username)
        if action == "add":
            try:
                added = destinations.add_apprise(
                    member, options["url"], label=options["label"], previews=options["previews"]
                )
            except destinations.AlreadyThere:
                raise CommandError(f"{username} has this destination already.") from None
            except ValidationError as error:
                raise CommandError(" ".join(error.messages)) from None
            self.stdout.write(f"Added {hidden(added.url)} for {member.name} (#{added.pk}).")
            return
        mine = list(Destination.objects.filter(member=member))
        if not mine:
            self.stdout.write(f"{member.name} has no destinations.")
            if action == "test":
                raise CommandError("Nothing to test.")
            return
        if action == "list":
            for destination in mine:
                self.stdout.write(self._line(destination))
            return
        failed = 0
        for destination in mine:
            outcome = destinations.send_test(destination)
            name = hidden(destination.url) if destination.kind == "apprise" else destination.label
            if outcome.ok:
                self.stdout.write(f"arrived     {name}")
            else:
                failed += 1
                self.stdout.write(f"not arrived {name}: {outcome.reason}")
        if failed:
            raise CommandError(f"{failed} of {len(mine)} destinations did not accept the test.")

    def _line(self, destination: Destination) -> str:
        shown = hidden(destination.url) if destination.kind == "apprise" else "web push"
        state = "never used"
        if destination.failing:
            state = f"failing since {destination.last_failure_at:%Y-%m-%d %H:%M}: {destination.last_failure}"
        elif destination.last_ok_at:
            state = f"last arrived {destination.last_ok_at:%Y-%m-%d %H:%M}"
        previews = "previews on" if destination.previews else "previews off"
        label = f" ({destination.label})" if destination.label else ""
        return f"#{destination.pk} {shown}{label} · {previews} · {state}"
