"""Demo data: two couples with years of believable life in every section of Midway.

"Ivy & John" (ivy, john) and "Ana & Ben" (ana, ben): letters shared and kept as
drafts, replies and reactions, questions answered and waiting (and "reveal
together" answers not revealed yet), things to try in every state, phrasebook
entries with comments, and a check-in most days with a card and a mood. The same
seed and the same day give the same data; rows go in with bulk_create, so ten
years take seconds. The words are our own (`demo_text`).
"""

import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password
from django.db import transaction
from django.utils import timezone

from midway.exchange import demo_text as words
from midway.exchange.demo_days import TogetherAndDays
from midway.exchange.kinds import section_name
from midway.letters.models import Letter, LetterVersion, Reaction, Reply
from midway.repair.demo import add_repair_demo
from midway.spaces.models import Member, Space
from midway.together.models import Answer, Question

COUPLES = (
    ("Ivy & John", ("ivy", "Ivy"), ("john", "John")),
    ("Ana & Ben", ("ana", "Ana"), ("ben", "Ben")),
)
USERNAMES = tuple(person[0] for _space, *people in COUPLES for person in people)
SEED = 20_240_611
BATCH = 1_000


class DemoExists(Exception):
    """The demo users are already here; the demo is never made twice."""


def build_demo(*, years: int = 1, password: str = "demo", today: date | None = None) -> dict:
    """Make both couples and `years` of their activity; return how many rows of each kind."""
    existing = sorted(
        get_user_model().objects.filter(username__in=USERNAMES).values_list("username", flat=True)
    )
    if existing:
        raise DemoExists(
            f"The demo is already here (users {', '.join(existing)}); nothing was changed."
        )
    today = today or timezone.localdate()
    rng = random.Random(SEED)
    counts: dict[str, int] = {}
    with transaction.atomic():
        for space_name, first, second in COUPLES:
            couple = _Couple(rng, today, years, password)
            couple.build(space_name, first, second)
            for name, number in couple.counts.items():
                counts[name] = counts.get(name, 0) + number
    return counts


@dataclass
class _Couple(TogetherAndDays):
    rng: random.Random
    today: date
    years: int
    password: str
    counts: dict = field(default_factory=dict)

    # Time -------------------------------------------------------------------------

    def build(self, space_name, first, second) -> None:
        self.now = timezone.now()
        self.zone = timezone.get_current_timezone()
        self.start = self.today - timedelta(days=365 * self.years)
        self.days = [
            self.start + timedelta(days=n) for n in range((self.today - self.start).days + 1)
        ]
        self.people(space_name, first, second)
        self.letters()
        self.questions()
        self.things()
        self.phrasebook()
        self.checkins()
        add_repair_demo(self)
        self.rituals()
        # Made in bulk, not through the services: "What's new" is rebuilt from the dates.
        from midway.happenings.rebuild import rebuild

        self.counts["happenings"] = self.counts.get("happenings", 0) + rebuild(self.space)

    def at(self, day: date, earliest: int = 7, latest: int = 23) -> datetime:
        moment = datetime.combine(
            day, time(self.rng.randint(earliest, latest - 1), self.rng.randint(0, 59)), self.zone
        )
        return min(moment, self.now - timedelta(minutes=1))

    def later(self, moment: datetime, low_minutes: int, high_minutes: int) -> datetime | None:
        """A moment after `moment`, or None if it would still be in the future."""
        result = moment + timedelta(minutes=self.rng.randint(low_minutes, high_minutes))
        return result if result < self.now else None

    def age(self, day: date) -> int:
        return (self.today - day).days

    def save(self, model, objects: list) -> list:
        model.objects.bulk_create(objects, batch_size=BATCH)
        key = section_name(model)
        self.counts[key] = self.counts.get(key, 0) + len(objects)
        return objects

    # People -------------------------------------------------------------------------

    def people(self, space_name, first, second) -> None:
        began = datetime.combine(self.start, time(20, 0), self.zone)
        self.space = Space.objects.create(name=space_name, created_at=began)
        self.members = []
        for offset, (username, name) in enumerate((first, second)):
            joined = began + timedelta(hours=offset)
            user = get_user_model().objects.create(
                username=username, password=make_password(self.password), date_joined=joined
            )
            self.members.append(
                Member.objects.create(user=user, space=self.space, name=name, joined_at=joined)
            )
        self.counts["members"] = self.counts.get("members", 0) + 2

    def rituals(self) -> None:
        """Decisions, appreciations and courted lists, made by their apps' own demo modules."""
        from midway.appreciations import demo as appreciations_demo
        from midway.decisions import demo as decisions_demo

        first, second = self.members
        self.counts["decisions"] = self.counts.get("decisions", 0) + decisions_demo.build(
            first, second, self.today
        )
        for name, number in appreciations_demo.build(first, second, self.today).items():
            self.counts[name] = self.counts.get(name, 0) + number

    def pair(self) -> tuple[Member, Member]:
        """A random author and the partner who answers."""
        one, two = self.members
        return (one, two) if self.rng.random() < 0.5 else (two, one)

    # Letters --------------------------------------------------------------------------

    def letter_body(self, author: Member, partner: Member) -> str:
        pick = self.rng.choice
        paragraphs = [pick(words.OPENINGS).format(partner=partner.name)]
        pools = [words.APOLOGIES, words.EXPLANATIONS, words.APPRECIATIONS, words.WISHES]
        for pool in self.rng.sample(pools, self.rng.randint(2, 4)):
            count = self.rng.randint(1, 2)
            paragraphs.append(" ".join(self.rng.sample(pool, count)))
        paragraphs.append(f"{pick(words.CLOSINGS)}\n{author.name}")
        return "\n\n".join(paragraphs)

    def letters(self) -> None:
        made, drafts = [], []
        for day in self.days:
            for author in self.members:
                if self.rng.random() >= 0.09:
                    continue
                partner = self.partner_of(author)
                created = self.at(day)
                letter = Letter(
                    space=self.space,
                    author=author,
                    title=self.rng.choice(words.LETTER_TITLES),
                    body=self.letter_body(author, partner),
                    created_at=created,
                    updated_at=created,
                )
                recent = self.age(day) < 10
                if self.rng.random() < (0.5 if recent else 0.1):
                    drafts.append(letter)
                else:
                    letter.status = Letter.SHARED
                    letter.shared_at = self.later(created, 5, 240) or created
                    letter.updated_at = letter.shared_at
                    if not recent or self.rng.random() < 0.5:
                        letter.read_at = self.later(letter.shared_at, 10, 600)
                made.append(letter)
        self.save(Letter, made)
        shared = [letter for letter in made if letter.status == Letter.SHARED]
        self.letter_children(shared)
        self.draft_questions(drafts)

    def letter_children(self, shared: list[Letter]) -> None:
        versions, replies, reactions = [], [], []
        for letter in shared:
            partner = self.partner_of(letter.author)
            if self.rng.random() < 0.08:
                edited = self.later(letter.shared_at, 30, 2000)
                if edited:
                    versions.append(
                        LetterVersion(
                            letter=letter, title=letter.title, body=letter.body, saved_at=edited
                        )
                    )
                    letter.body += "\n\n" + self.rng.choice(words.WISHES)
                    letter.revision, letter.edited_at, letter.updated_at = 2, edited, edited
            if letter.read_at and self.rng.random() < 0.6:
                replies.append(
                    Reply(
                        letter=letter,
                        author=partner,
                        body=self.rng.choice(words.REPLIES),
                        created_at=self.later(letter.read_at, 5, 120) or letter.read_at,
                    )
                )
            if letter.read_at and self.rng.random() < 0.5:
                kinds = self.rng.sample(
                    [kind for kind, _label in Reaction.KINDS], self.rng.randint(1, 2)
                )
                reactions.extend(
                    Reaction(letter=letter, member=partner, kind=kind, created_at=letter.read_at)
                    for kind in kinds
                )
        edited = [version.letter for version in versions]
        Letter.objects.bulk_update(
            edited, ["body", "revision", "edited_at", "updated_at"], batch_size=BATCH
        )
        self.save(LetterVersion, versions)
        self.save(Reply, replies)
        self.save(Reaction, reactions)

    def partner_of(self, member: Member) -> Member:
        return self.members[1] if member == self.members[0] else self.members[0]

    # Questions ------------------------------------------------------------------------

    def draft_questions(self, drafts: list[Letter]) -> None:
        """Questions imported from a draft letter: private to its author, like the draft."""
        questions = [
            Question(
                space=self.space,
                author=draft.author,
                source_letter=draft,
                text=self.rng.choice(words.QUESTIONS),
                created_at=draft.created_at,
                updated_at=draft.created_at,
            )
            for draft in drafts
            if self.rng.random() < 0.4
        ]
        self.save(Question, questions)

    def questions(self) -> None:
        asked, answers = [], []
        for day in self.days:
            if self.rng.random() >= 0.25:
                continue
            author, partner = self.pair()
            created = self.at(day)
            question = Question(
                space=self.space,
                author=author,
                text=self.rng.choice(words.QUESTIONS),
                reveal_together=self.rng.random() < 0.2,
                created_at=created,
                updated_at=created,
            )
            asked.append(question)
            # Older questions are mostly answered; the last few days' mostly wait.
            answered = self.rng.random() < (0.92 if self.age(day) > 3 else 0.3)
            if answered:
                who = [partner, author] if question.reveal_together else [partner]
            elif question.reveal_together and self.rng.random() < 0.6:
                who = [self.rng.choice([partner, author])]  # one answer, not revealed yet
            else:
                continue
            moment = created
            for person in who:
                moment = self.later(moment, 20, 1500) or moment
                answer = Answer(
                    author=person, text=self.rng.choice(words.ANSWERS), created_at=moment
                )
                answers.append((question, answer))
            if answered:
                question.completed_at = question.updated_at = moment
        self.save(Question, asked)
        for question, answer in answers:
            answer.question = question
        self.save(Answer, [answer for _question, answer in answers])
