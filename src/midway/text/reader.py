"""Read a letter: the structured parts Midway proposes to the author when a letter is imported.

`read_letter(text)` is pure (no Django, no I/O) and linear in the letter's length: every
pattern is anchored on a rare word or bounded in length, so a 200 KB letter reads in a
fraction of a second (`python -m midway.text.bench` measures it).

How it reads, step by step (each module's docstring says how its part decides):

1. Line endings become LF. Quoted reply lines (">" at the start, as in an e-mail reply) are
   the other partner's words and are ignored for everything.
2. `blocks` cuts the letter into headings, list items, paragraphs and rules, and each of
   those into sentences.
3. `sections` takes the questions and things to try from list sections and inline lead-ins.
4. `phrasebook` takes the explanations of something said ("X" doesn't mean Y. It means Z.).
5. `checkin` takes the card of the day and whether medication was taken.
6. `emojis` takes every emoji, whole, in order.
7. `statements` takes the sentences that apologise and those that affirm the partner.

`LetterParts.to_dict()` is the JSON contract shared with the importer and the API:

    {"questions": [str], "things_to_try": [str],
     "phrasebook": [{"said": str, "not_meaning": str, "meaning": str}],
     "card": {"name": str, "reversed": bool} | null,
     "medication": {"taken": bool} | null,
     "emojis": [str], "apologies": [str], "affirmations": [str]}
"""

from __future__ import annotations

from dataclasses import dataclass

from midway.text.blocks import split_blocks, without_quoted_replies
from midway.text.checkin import CardOfTheDay, find_card_of_the_day, find_medication
from midway.text.emojis import find_emojis
from midway.text.phrasebook import PhrasebookEntry, find_entries
from midway.text.sections import QUESTIONS, THINGS_TO_TRY, find_items, section_kind
from midway.text.statements import find_affirmations, find_apologies, letter_sentences


@dataclass(frozen=True)
class LetterParts:
    questions: tuple[str, ...] = ()
    things_to_try: tuple[str, ...] = ()
    phrasebook: tuple[PhrasebookEntry, ...] = ()
    card: CardOfTheDay | None = None
    medication_taken: bool | None = None
    emojis: tuple[str, ...] = ()
    apologies: tuple[str, ...] = ()
    affirmations: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        return {
            "questions": list(self.questions),
            "things_to_try": list(self.things_to_try),
            "phrasebook": [entry.to_dict() for entry in self.phrasebook],
            "card": self.card.to_dict() if self.card else None,
            "medication": None
            if self.medication_taken is None
            else {"taken": self.medication_taken},
            "emojis": list(self.emojis),
            "apologies": list(self.apologies),
            "affirmations": list(self.affirmations),
        }


def read_letter(text: str) -> LetterParts:
    """The structured parts of a letter's text."""
    body = without_quoted_replies(text.replace("\r\n", "\n").replace("\r", "\n"))
    blocks = split_blocks(body, is_heading=lambda words: section_kind(words) is not None)
    items = find_items(blocks)
    said = letter_sentences(blocks)
    return LetterParts(
        questions=tuple(items[QUESTIONS]),
        things_to_try=tuple(items[THINGS_TO_TRY]),
        phrasebook=tuple(find_entries(blocks)),
        card=find_card_of_the_day(body),
        medication_taken=find_medication(body),
        emojis=tuple(find_emojis(body)),
        apologies=tuple(find_apologies(said)),
        affirmations=tuple(find_affirmations(said)),
    )
