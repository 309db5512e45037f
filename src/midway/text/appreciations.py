"""Which affirmations of a letter to propose as appreciations: pure, no Django.

The letter reader (`statements.find_affirmations`) finds sentences that affirm the
partner. An appreciation is a short note, so only some become proposals, and only
as much of them as says the warm thing:

- the sentence when short, else the clause that holds the affirmation, cut at commas, semicolons and dashes
  ("I want you John; for a number of reasons…" → "I want you John.");
- addressed to the partner (it says "you"), not a question, at most MAX_LENGTH
  characters, not blaming ("but", "should", "why") inside the clause.

One more warm form the reader does not take as an affirmation is proposed too: "you
showed / proved (that) you are a … safe / kind / good … person" (a thank-you in all
but name), when nothing before it denies or doubts it.
"""

import re

from midway.text.statements import _is_affirmation, _searchable, _vetoed

MAX_LENGTH = 140
_CLAUSES = re.compile(r"[^,;:–—]+")
_ADDRESSED = re.compile(r"\byou\b|\byours\b|\bte\b|\bus\b")
_COLD = re.compile(r"\b(?:but|should|shouldn't|why|always\s+have\s+to|never)\b")
_SHOWED = re.compile(
    r"\byou\s+(?:\w+\s+)?(?:showed|proved|show|prove)\s+(?:me\s+)?(?:that\s+)?"
    r"you(?:'re|\s+are)\s+(?:a\s+)?(?:(?:very|so|really|truly)\s+)*"
    r"(?:safe|kind|good|gentle|patient|loving|caring|trustworthy|steady)\b"
)


def propose_appreciations(sentences: list[str], affirmations: list[str]) -> list[str]:
    """Short, warm notes to propose, from the letter's sentences and its affirmations."""
    return [note for note, _ in propose_weighed_appreciations(sentences, affirmations, set())]


def propose_weighed_appreciations(
    sentences: list[str], affirmations: list[str], unsure: set[str]
) -> list[tuple[str, bool]]:
    """Each note and whether it is a "maybe": it comes from an affirmation in `unsure`."""
    affirming = set(affirmations)
    proposals: list[tuple[str, bool]] = []
    seen: set[str] = set()
    for sentence in sentences:
        searchable = _searchable(sentence)
        if sentence.rstrip().endswith("?"):
            continue
        showed = _SHOWED.search(searchable)
        if sentence not in affirming and not (showed and not _vetoed(searchable, showed.start())):
            continue
        note = _warm_clause(sentence)
        if note and note.casefold() not in seen:
            seen.add(note.casefold())
            proposals.append((note, sentence in unsure))
    return proposals


def letter_appreciations(text: str) -> list[str]:
    """The proposals for a whole letter, read as the letter reader reads it."""
    return [note for note, _ in letter_weighed_appreciations(text)]


def letter_weighed_appreciations(text: str, parts=None) -> list[tuple[str, bool]]:
    """Each proposal for a whole letter and whether it is a "maybe".

    `parts` is the letter's `read_letter(text)`, when the caller has it already.
    """
    from midway.text.blocks import split_blocks, without_chat_stamps, without_quoted_replies
    from midway.text.reader import read_letter
    from midway.text.sections import section_kind
    from midway.text.statements import letter_sentences

    body = without_quoted_replies(
        text.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    )
    body = without_chat_stamps(body)
    blocks = split_blocks(body, is_heading=lambda words: section_kind(words) is not None)
    parts = parts if parts is not None else read_letter(text)
    unsure = {parts.affirmations[i] for i in parts.maybe()["affirmations"]}
    return propose_weighed_appreciations(letter_sentences(blocks), list(parts.affirmations), unsure)


def _warm_clause(sentence: str) -> str | None:
    # The whole sentence when it is short and warm; otherwise its warm clause.
    clauses = [sentence.strip()] + [m.group().strip() for m in _CLAUSES.finditer(sentence)]
    for clause in clauses:
        searchable = _searchable(clause)
        if not clause or len(clause) > MAX_LENGTH or _COLD.search(searchable):
            continue
        if not _ADDRESSED.search(searchable):
            continue
        showed = _SHOWED.search(searchable)
        if _is_affirmation(searchable) or (showed and not _vetoed(searchable, showed.start())):
            clause = clause.rstrip(".!…")
            return clause[0].upper() + clause[1:] + "."
    return None
