"""`midway token create|list|revoke USERNAME`: personal API tokens from the command line."""

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from midway.api.models import ApiToken
from midway.api.tokens import create_token, revoke_all, revoke_token
from midway.spaces.models import Member
from midway.spaces.usernames import account_name


class Command(BaseCommand):
    help = "Make, list or revoke a member's API tokens. `create` prints the token as its last line."

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        create = actions.add_parser("create", help="Make a token (shown once).")
        create.add_argument("username")
        create.add_argument("--name", default="", help="What the token is for.")
        listing = actions.add_parser("list", help="List a member's tokens (never the tokens).")
        listing.add_argument("username")
        revoke = actions.add_parser("revoke", help="Revoke a token by its id, or --all.")
        revoke.add_argument("username")
        revoke.add_argument("id", nargs="?", type=int, help="The id `midway token list` shows.")
        revoke.add_argument("--all", action="store_true", help="Revoke every token of the member.")

    def handle(self, *args, action, username, **options):
        member = _member(username)
        if action == "create":
            try:
                record, token = create_token(member, options["name"])
            except ValidationError as error:
                raise CommandError(" ".join(error.messages)) from None
            self.stdout.write(f"Token {record.pk} “{record.name}” for {username}. Shown once:")
            self.stdout.write(token)
        elif action == "list":
            for record in ApiToken.objects.filter(member=member):
                state = f"revoked {record.revoked_at:%Y-%m-%d}" if record.revoked_at else "active"
                used = f"{record.last_used_at:%Y-%m-%d %H:%M}" if record.last_used_at else "never"
                self.stdout.write(f"{record.pk}\t{record.name}\t{state}\tlast used {used}")
        elif options["all"]:
            self.stdout.write(f"Revoked {revoke_all(member)} tokens of {username}.")
        elif options["id"] is None:
            raise CommandError("Name the token's id (see `midway token list`), or pass --all.")
        elif revoke_token(member, options["id"]):
            self.stdout.write(f"Revoked token {options['id']} of {username}.")
        else:
            raise CommandError(f"{username} has no active token {options['id']}.")


def _member(username: str) -> Member:
    user = get_user_model().objects.filter(username=account_name(username)).first()
    member = Member.objects.filter(user=user).select_related("space").first()
    if member is None:
        raise CommandError(f"There is no member with the username {username!r}.")
    return member
