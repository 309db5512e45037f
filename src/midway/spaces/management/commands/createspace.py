"""`midway createspace`: an administrator opens a space for a couple (hosted mode)."""

import getpass

from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from midway.spaces.models import Invite
from midway.spaces.services import create_space
from midway.spaces.usernames import UsernameTaken, canonical, is_taken


class Command(BaseCommand):
    help = "Create a space with its first partner and print an invite link for the second."

    def add_arguments(self, parser):
        parser.add_argument("--username", required=True)
        parser.add_argument("--name", required=True, help="The first partner's name.")
        parser.add_argument("--space", required=True, help="The space's name.")
        parser.add_argument("--password", help="Asked for when omitted.")
        parser.add_argument(
            "--base-url", default="http://127.0.0.1:8000", help="Where Midway is reached."
        )

    def handle(self, *args, username, name, space, password, base_url, **options):
        # The sign-up form's rule: its characters, then taken in any width or case.
        username = canonical(username)
        try:
            UnicodeUsernameValidator()(username)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        if is_taken(username):
            raise CommandError(f"The username {username!r} is taken.")
        if not password:
            password = getpass.getpass("Password for the first partner: ")
        if len(password) < 8:
            raise CommandError("The password must have at least 8 characters.")
        try:
            member = create_space(username=username, password=password, name=name, space_name=space)
        except UsernameTaken:
            raise CommandError(f"The username {username!r} is taken.") from None
        _invite, token = Invite.issue(member)
        self.stdout.write(f"Created the space {space!r} for {name} ({username}).")
        self.stdout.write("Invite link for the partner (single use, valid 72 hours):")
        self.stdout.write(f"{base_url.rstrip('/')}/join/{token}/")
