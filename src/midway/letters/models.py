"""Letters: written in hard moments, private until shared, never silently overwritten."""

from django.db import models
from django.db.models import Q
from django.utils import timezone

from midway.spaces.access import SpaceQuerySet
from midway.spaces.models import Member, Space


def _clipped(text: str, limit: int) -> str:
    return (text[:limit] + "…") if len(text) > limit else text


def heading_and_first_line(title: str, body: str) -> tuple[str, str]:
    """What a list shows of a letter: its title (or its first line), then the line after.

    Only the start of the body is needed: lists pass its first few hundred characters.
    """
    lines = [line for line in body.splitlines() if line.strip()]
    if title.strip():
        heading, rest = title.strip(), lines
    elif lines:
        heading, rest = _clipped(lines[0].strip("# ").strip(), 60), lines[1:]
    else:
        return "Untitled letter", ""
    # Markdown's marks for headings, quotes and lists are not words: the lines without them.
    rest = [line.strip().lstrip("#>*- ").strip() for line in rest]
    # "Dear Ivy," says nothing a list needs: the line after a greeting instead.
    if len(rest) > 1 and _is_greeting(rest[0]):
        rest = rest[1:]
    return heading or "Untitled letter", _clipped(rest[0], 140) if rest else ""


def _is_greeting(line: str) -> bool:
    return line.endswith(",") and len(line.split()) <= 4


class LetterQuerySet(SpaceQuerySet):
    def visible_to(self, member: Member):
        """A member sees every shared letter of the space and their own drafts."""
        return self.in_space(member.space).filter(Q(status=Letter.SHARED) | Q(author=member))

    def shared(self):
        return self.filter(status=Letter.SHARED)


class Letter(models.Model):
    DRAFT, SHARED = "draft", "shared"
    STATUSES = [(DRAFT, "Draft"), (SHARED, "Shared")]

    space = models.ForeignKey(Space, on_delete=models.CASCADE, related_name="letters")
    author = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="letters")
    title = models.CharField(max_length=200, blank=True)
    body = models.TextField(blank=True)
    status = models.CharField(max_length=10, choices=STATUSES, default=DRAFT)
    # Bumped on every save; an editor sends the revision it started from, so a save
    # from a stale tab is refused as a conflict instead of overwriting newer words.
    revision = models.PositiveIntegerField(default=1)
    # Chosen by the editor before its first save, so a double submit makes one letter.
    client_key = models.UUIDField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    shared_at = models.DateTimeField(null=True, blank=True)
    edited_at = models.DateTimeField(null=True, blank=True)
    read_at = models.DateTimeField(null=True, blank=True)

    objects = LetterQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["space", "status", "-created_at"])]
        constraints = [
            models.UniqueConstraint(
                fields=["author", "client_key"], name="one_letter_per_client_key"
            )
        ]

    def __str__(self):
        return self.display_title

    @property
    def display_title(self) -> str:
        return heading_and_first_line(self.title, self.body)[0]

    @property
    def is_draft(self) -> bool:
        return self.status == self.DRAFT


class LetterVersion(models.Model):
    """The words of a shared letter before an edit: nothing said is ever lost."""

    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="versions")
    title = models.CharField(max_length=200, blank=True)
    body = models.TextField(blank=True)
    saved_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["-saved_at", "-id"]


class Reply(models.Model):
    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="replies")
    author = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    body = models.TextField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]


class Reaction(models.Model):
    HEART, THANKS, NEED_TIME = "heart", "thanks", "need-time"
    KINDS = [
        (HEART, "❤️"),
        (THANKS, "Thank you"),
        (NEED_TIME, "I need time before I answer"),
    ]

    letter = models.ForeignKey(Letter, on_delete=models.CASCADE, related_name="reactions")
    member = models.ForeignKey(Member, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=20, choices=KINDS)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["letter", "member", "kind"], name="one_reaction_each")
        ]
