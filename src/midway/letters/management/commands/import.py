"""`midway import FILE --user USERNAME [--share]`: the letter importer, from a shell."""

import sys

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from midway.letters.importing import import_letter
from midway.spaces.models import Member
from midway.spaces.usernames import account_name
from midway.text.decode import LetterDecodeError, decode_letter


class Command(BaseCommand):
    help = "Import a letter written elsewhere, with every question, thing to try and phrase in it."

    def add_arguments(self, parser):
        parser.add_argument("file", help="A text file, or - for standard input.")
        parser.add_argument("--user", required=True, help="The author's username.")
        parser.add_argument("--share", action="store_true", help="Share it now (default: draft).")
        parser.add_argument("--title", default="")

    def handle(self, *args, file, user, share, title, **options):
        member = (
            Member.objects.select_related("space").filter(user__username=account_name(user)).first()
        )
        if member is None:
            raise CommandError(f"No member with the username {user!r}.")
        limit = settings.LETTER_MAX_BYTES
        try:
            if file == "-":
                raw = sys.stdin.buffer.read(limit + 1)
            else:
                with open(file, "rb") as handle:
                    raw = handle.read(limit + 1)
            text = decode_letter(raw, limit=limit)
        except OSError as error:
            raise CommandError(f"Cannot read {file}: {error.strerror}") from error
        except LetterDecodeError as error:
            raise CommandError(str(error)) from error
        result = import_letter(member, text, title=title, share=share)
        state = "shared" if share else "a draft"
        self.stdout.write(f"Imported letter {result.letter.pk} ({state}) for {member.name}.")
        for kind, count in result.created.items():
            self.stdout.write(f"  {kind.replace('_', ' ')}: {count}")
        for reason in result.skipped:
            self.stdout.write(f"  not made into an item: {reason}")
