"""Import: a letter written elsewhere becomes a Midway letter and the items inside it.

The letter reader (`midway.text.reader`, pure Python) proposes the parts; the
author confirms which ones become real items, each linked back to the letter.
Items made from a letter kept as a draft stay private with it until it is shared.
"""

from collections.abc import Callable
from dataclasses import dataclass, field

from django.core.exceptions import ValidationError
from django.db import transaction

from midway.letters.models import Letter
from midway.letters.services import share_letter, start_letter
from midway.spaces.models import Member
from midway.text.appreciations import letter_weighed_appreciations
from midway.text.reader import read_letter


def proposals(text: str) -> dict:
    """What the reader found, as plain data: lists for every kind, even the single ones.

    "maybe" holds, per kind, the positions of the items the reader is unsure of: the
    review shows them unticked, so a wrong guess costs the writer nothing and a right one
    a single tick.
    """
    letter = read_letter(text)
    parts = letter.to_dict()
    appreciations = letter_weighed_appreciations(text, letter)
    maybe = letter.maybe()
    maybe["appreciations"] = [i for i, (_, unsure) in enumerate(appreciations) if unsure]
    return {
        "questions": parts["questions"],
        "things_to_try": parts["things_to_try"],
        "phrasebook": parts["phrasebook"],
        "card": [parts["card"]] if parts["card"] else [],
        "medication": [parts["medication"]] if parts["medication"] else [],
        "apologies": parts["apologies"],
        "affirmations": parts["affirmations"],
        "appreciations": [note for note, _ in appreciations],
        "emojis": parts["emojis"],
        "maybe": maybe,
    }


@dataclass
class Imported:
    letter: Letter
    created: dict[str, int] = field(default_factory=dict)
    # Items the section refused (too long, say), with why: the letter keeps their words.
    skipped: list[str] = field(default_factory=list)

    def make(self, kind: str, create: Callable[[], object]) -> None:
        """Create one item in its own savepoint, so one refusal spoils nothing else."""
        try:
            with transaction.atomic():
                create()
        except ValidationError as error:
            self.skipped.append(f"{kind.replace('_', ' ')}: {' '.join(error.messages)}")
        else:
            self.created[kind] = self.created.get(kind, 0) + 1


def import_letter(
    member: Member,
    text: str,
    *,
    title: str = "",
    share: bool = False,
    chosen: Callable[[str, int], bool] = lambda kind, index: True,
    edited: Callable[[str, int, str], str | None] = lambda kind, index, name: None,
    client_key=None,
) -> Imported:
    """Save the letter and every chosen item in one transaction.

    `edited(kind, index, name)` gives the author's own words for a part of a found item
    (a thing to try cut down to its first sentence), or None to keep what was found.
    """

    def words(kind: str, index: int, name: str, found_words: str) -> str:
        mine = edited(kind, index, name)
        return found_words if mine is None else mine

    from midway.appreciations.services import write_appreciation
    from midway.checkins.services import record_checkin
    from midway.together import services as together

    found = proposals(text)
    with transaction.atomic():
        if client_key:
            # A double submit of the same review screen: the first one did it all.
            earlier = Letter.objects.filter(author=member, client_key=client_key).first()
            if earlier:
                return Imported(earlier)
        letter = start_letter(member, title=title, body=text, client_key=client_key)
        result = Imported(letter)
        for index, question in enumerate(found["questions"]):
            if chosen("questions", index):
                question = words("questions", index, "text", question)
                result.make(
                    "questions",
                    lambda q=question: together.ask_question(member, q, source_letter=letter),
                )
        for index, thing in enumerate(found["things_to_try"]):
            if chosen("things_to_try", index):
                thing = words("things_to_try", index, "text", thing)
                result.make(
                    "things_to_try",
                    lambda t=thing: together.propose_thing(member, t, source_letter=letter),
                )
        for index, entry in enumerate(found["phrasebook"]):
            if chosen("phrasebook", index):
                entry = {
                    name: words("phrasebook", index, name, entry[name])
                    for name in ("said", "not_meaning", "meaning")
                }
                result.make(
                    "phrasebook",
                    lambda e=entry: together.add_phrasebook_entry(
                        member, **e, source_letter=letter
                    ),
                )
        for index, note in enumerate(found["appreciations"]):
            if chosen("appreciations", index):
                # Ticking it is the writer's yes; it reaches the partner with the letter.
                result.make(
                    "appreciations",
                    lambda n=note: write_appreciation(member, n, send=True, source_letter=letter),
                )
        checkin = {}
        if found["card"] and chosen("card", 0):
            card = found["card"][0]
            checkin.update(card=card["name"], card_reversed=card["reversed"])
        if found["medication"] and chosen("medication", 0):
            checkin["medication_taken"] = found["medication"][0]["taken"]
        if checkin:
            result.make("checkin", lambda: record_checkin(member, source_letter=letter, **checkin))
        if share:
            share_letter(letter)
    return result
