"""`midway export`: the whole instance (or one member's view) as JSON, or as Markdown files."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from midway.exchange.export import dumps, export_instance, export_member
from midway.spaces.models import Member
from midway.spaces.usernames import account_name


class Command(BaseCommand):
    help = (
        "Export everything as one JSON file (--out), or as a folder of Markdown files "
        "(--markdown). --user NAME limits it to what that member can see."
    )

    def add_arguments(self, parser):
        target = parser.add_mutually_exclusive_group(required=True)
        target.add_argument("--out", metavar="FILE.json", help="Write JSON here ('-' for stdout).")
        target.add_argument("--markdown", metavar="DIR", help="Write Markdown files into DIR.")
        parser.add_argument("--user", metavar="NAME", help="Only what this member can see.")

    def handle(self, *args, out, markdown, user, **options):
        member = _member(user) if user else None
        if markdown:
            from midway.exchange.markdown import FolderNotEmpty, export_markdown

            try:
                written = export_markdown(Path(markdown), member=member)
            except FolderNotEmpty as error:
                raise CommandError(str(error)) from None
            self.stdout.write(f"Wrote {written} files to {markdown}.")
            return
        data = export_member(member) if member else export_instance()
        text = dumps(data)
        if out == "-":
            self.stdout.write(text, ending="")
            return
        path = Path(out)
        temporary = path.with_name(path.name + ".partial")
        # Written beside the target and renamed, so a crash never leaves half a file
        # under the name a person will later restore from.
        temporary.write_text(text, encoding="utf-8")
        temporary.replace(path)
        self.stderr.write(f"Exported {_summary(data)} to {path}.")


def _member(username: str) -> Member:
    user = get_user_model().objects.filter(username=account_name(username)).first()
    member = Member.objects.select_related("space", "user").filter(user=user).first()
    if member is None:
        raise CommandError(f"There is no member with the username {username!r}.")
    return member


def _summary(data: dict) -> str:
    spaces = data["spaces"]
    letters = sum(len(space.get("letters", [])) for space in spaces)
    return f"{len(data['users'])} users, {len(spaces)} spaces, {letters} letters"
