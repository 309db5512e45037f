"""Read a letter: the structured parts Midway proposes to the author when a letter is imported.

`read_letter(text)` is pure (no Django, no I/O) and linear in the letter's length: every
pattern is anchored on a rare word or bounded in length, so a 200 KB letter reads in a
fraction of a second (`python -m midway.text.bench` measures it).

How it reads, step by step (each module's docstring says how its part decides):

1. Line endings become LF. Quoted reply lines (">" at the start, as in an e-mail reply) are
   the other partner's words and are ignored for everything; a pasted chat log's time and
   sender stamps are taken off its lines.
2. `blocks` cuts the letter into headings, list items, paragraphs and rules, and each of
   those into sentences.
3. `sections` takes the questions and things to try from list sections and inline lead-ins,
   and `inline` those asked or proposed inside paragraphs with no heading.
4. `phrasebook` takes the explanations of something said ("X" doesn't mean Y. It means Z.).
5. `checkin` takes the card of the day and whether medication was taken.
6. `emojis` takes every emoji, whole, in order.
7. `statements` takes the sentences that apologise and those that affirm the partner
   (not the closing line above the signature).
8. `sentence_model`, learnt from letters by writers who never saw these rules, weighs
   every sentence for the four kinds of steps 3 and 7: it adds those the rules left when
   it is sure enough, never one a rule plainly refuses, and drops a rule's "maybe" it finds
   very unlikely.
9. `language`: a sentence wholly or mostly in another language is left to the author
   (Midway proposes English sentences), unless the author listed it under a heading.

Every finder also says how sure it is of each item (0 to 1): `LetterParts.confidence`, and
`LetterParts.maybe()` for the items below MAYBE_BELOW, which the import review shows
unticked. The figures on letters from writers who never saw these rules are in
benchmarks/README.md (`benchmarks/reader_eval.py`).

`LetterParts.to_dict()` is the JSON contract shared with the importer and the API, and
stays as it was:

    {"questions": [str], "things_to_try": [str],
     "phrasebook": [{"said": str, "not_meaning": str, "meaning": str}],
     "card": {"name": str, "reversed": bool} | null,
     "medication": {"taken": bool} | null,
     "emojis": [str], "apologies": [str], "affirmations": [str]}
"""

from __future__ import annotations

from dataclasses import dataclass, field

from midway.text.blocks import (
    sentences,
    split_blocks,
    without_chat_stamps,
    without_quoted_replies,
)
from midway.text.checkin import CardOfTheDay, find_weighed_card, find_weighed_medication
from midway.text.emojis import find_emojis
from midway.text.language import mostly_foreign
from midway.text.phrasebook import PhrasebookEntry, find_weighed_entries
from midway.text.sections import (
    LISTED,
    QUESTIONS,
    THINGS_TO_TRY,
    find_weighed_items,
    section_kind,
)
from midway.text.sentence_model import SentenceModel, letter_context, stored_model
from midway.text.statements import (
    find_weighed_affirmations,
    find_weighed_apologies,
    letter_sentences,
    searchable_sentences,
    sign_off_line,
)

# Below this confidence an item is proposed as a "maybe": shown unticked for the author.
MAYBE_BELOW = 0.6
KINDS = (
    "questions", "things_to_try", "phrasebook", "card", "medication", "apologies", "affirmations"
)  # fmt: skip


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
    # How sure the reader is of each item, 0 to 1: {"questions": (0.95, 0.55), ...,
    # "card": (0.9,), "medication": ()}, one number per item in the same order. Not part
    # of `to_dict()`, whose shape importers and the API rely on; see `maybe()`.
    confidence: dict = field(default_factory=dict, compare=False, repr=False)

    def maybe(self) -> dict[str, list[int]]:
        """Per kind, the positions of the items the reader is unsure of (below MAYBE_BELOW).

        Every kind of `to_dict()` but the emojis is a key; "card" and "medication" hold
        [0] when the one found is unsure. A letter read without confidences has none.
        """
        return {
            kind: [i for i, sure in enumerate(self.confidence.get(kind, ())) if sure < MAYBE_BELOW]
            for kind in KINDS
        }

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


def read_letter(text: str, model: SentenceModel | None = None) -> LetterParts:
    """The structured parts of a letter's text.

    `model` weighs the sentences (see `sentence_model`); the stored one by default.
    """
    model = stored_model() if model is None else model
    # A pasted letter may keep its byte order mark, which would hide a first "# Heading".
    body = text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    body = without_chat_stamps(without_quoted_replies(body))
    blocks = split_blocks(body, is_heading=lambda words: section_kind(words) is not None)
    # Each block's sentences, cut once for every finder that reads sentences.
    block_sentences = [tuple(sentences(block.text)) for block in blocks]
    items = find_weighed_items(blocks, block_sentences)
    said = letter_sentences(blocks, headings=False, said=block_sentences)
    phrasebook = find_weighed_entries(blocks)
    card = find_weighed_card(body)
    medication = find_weighed_medication(body, context=text)
    searchable = searchable_sentences(said)
    apologies = find_weighed_apologies(said, searchable)
    closing = sign_off_line(body)
    affirmations = find_weighed_affirmations(said, searchable, sign_off=closing)
    # The learnt model weighs what the rules found, and proposes what they left.
    contexts = letter_context(blocks, block_sentences) if model.weights else [[]] * len(said)
    weighable = [
        (sentence, context)
        for sentence, context in zip(said, contexts, strict=True)
        if not (closing and sentence.startswith(closing.rstrip(",")))
    ]
    weighed = model.weigh_all(
        weighable,
        {**items, "apologies": apologies, "affirmations": affirmations},
        keep_from=MAYBE_BELOW,
        exclusive=((QUESTIONS, THINGS_TO_TRY),),
    )
    # Midway reads English: a sentence mostly in another language is its author's to add,
    # unless the author listed it under a heading of that kind.
    weighed = {
        kind: [(item, sure) for item, sure in found if sure >= LISTED or not mostly_foreign(item)]
        for kind, found in weighed.items()
    }
    items = {kind: weighed[kind] for kind in (QUESTIONS, THINGS_TO_TRY)}
    apologies, affirmations = weighed["apologies"], weighed["affirmations"]
    confidence = {
        QUESTIONS: _weights(items[QUESTIONS]),
        THINGS_TO_TRY: _weights(items[THINGS_TO_TRY]),
        "phrasebook": _weights(phrasebook),
        "card": (card[1],) if card else (),
        "medication": (medication[1],) if medication else (),
        "apologies": _weights(apologies),
        "affirmations": _weights(affirmations),
    }
    return LetterParts(
        questions=_found(items[QUESTIONS]),
        things_to_try=_found(items[THINGS_TO_TRY]),
        phrasebook=_found(phrasebook),
        card=card[0] if card else None,
        medication_taken=medication[0] if medication else None,
        emojis=tuple(find_emojis(body)),
        apologies=_found(apologies),
        affirmations=_found(affirmations),
        confidence=confidence,
    )


def _found(weighed: list) -> tuple:
    return tuple(item for item, _ in weighed)


def _weights(weighed: list) -> tuple[float, ...]:
    return tuple(confidence for _, confidence in weighed)
