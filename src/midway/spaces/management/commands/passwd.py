"""`midway passwd USERNAME`: whoever runs Midway sets a new password for someone who
forgot theirs. It asks twice on a terminal, or reads one line from standard input
(for scripts: `echo 'new words' | midway passwd ivy`)."""

import getpass
import sys

from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from midway.spaces.usernames import account_name


class Command(BaseCommand):
    help = "Set a new password for a member who forgot theirs (asked for, or read from stdin)."

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = (
            get_user_model().objects.filter(username=account_name(username), is_active=True).first()
        )
        if user is None:
            raise CommandError(f"Nobody here signs in as {username!r}.")
        password = self.read_password(user)
        try:
            password_validation.validate_password(password, user)
        except ValidationError as error:
            raise CommandError(" ".join(error.messages)) from None
        user.set_password(password)
        user.save(update_fields=["password"])
        # A person who forgot their password has often been locked out trying.
        from axes.utils import reset

        reset(username=user.get_username())
        self.stdout.write(
            f"{user.get_username()} has a new password; their other devices are signed out."
        )

    def read_password(self, user) -> str:
        if not sys.stdin.isatty():
            return sys.stdin.readline().rstrip("\r\n")
        first = getpass.getpass(f"New password for {user.get_username()}: ")
        if getpass.getpass("The same again: ") != first:
            raise CommandError("The two passwords are not the same; nothing changed.")
        return first
