"""A small learnt model that weighs one sentence of a letter: is it an apology, an
affirmation, a sincere question for the partner, a thing to try? Pure Python, no Django.

The rules of `statements` and `inline` know the forms they were written for; writers
they never saw apologise and praise in many more ("that one's on me", "this is my
wrong, no excuse", "you work harder than anyone I know"). The model is a logistic
regression per kind over the sentence's words, word pairs, first words, the groups of
words of praise and of fault it holds (`lexicon`) and a few marks of its shape, learnt
from the training batches and the sentence banks by `benchmarks/reader_model.py` and kept
in `data/sentence_model.json` (weights rounded, small ones dropped). The
reader asks it about the sentences its rules left, and proposes those it is sure of
(see `reader.read_letter`); its figures, leaving a batch of writers out at a time, are
in benchmarks/README.md.

`features(sentence)` is what both the learning script and the reader use; a model is
only a dict of weights per kind, so reading stays linear and deterministic.
"""

from __future__ import annotations

import itertools
import json
import math
import re
from functools import cache
from pathlib import Path

from midway.text import lexicon

KINDS = ("questions", "things_to_try", "apologies", "affirmations")
WEIGHTS = Path(__file__).with_name("data") / "sentence_model.json"

_QUOTED = re.compile(r"\"[^\"\n]{0,200}\"|“[^”\n]{0,200}”")
_WORD = re.compile(r"[^\W_]+(?:'[^\W_]+)?")
_EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf]")
MAX_CHARACTERS = 600  # a longer sentence is read from its first 600 characters


def rule_marks(sentence: str) -> list[str]:
    """Which of the reader's rules take the sentence, as marks the model weighs too."""
    from midway.text.inline import read_sentence
    from midway.text.statements import find_weighed_affirmations, find_weighed_apologies

    marks = []
    read = read_sentence(sentence)
    if read:
        marks.append(f"r:{read[0]}:{read[2] >= 0.6}")
    for name, finder in (
        ("apology", find_weighed_apologies),
        ("affirm", find_weighed_affirmations),
    ):
        for _, confidence in finder([sentence]):
            marks.append(f"r:{name}:{confidence >= 0.6}")
    return marks


def letter_context(blocks: list, block_sentences: list[tuple[str, ...]]) -> list[list[str]]:
    """For each sentence of the letter outside headings (as `statements.letter_sentences`
    gives them), the marks of where it stands: the words of the heading it is under, in a
    list item or not, how far into the letter (in fifths), and which rules take it."""
    marks: list[list[str]] = []
    heading: list[str] = []
    count = sum(
        len(said)
        for block, said in zip(blocks, block_sentences, strict=True)
        if block.kind != "heading"
    )
    for block, said in zip(blocks, block_sentences, strict=True):
        if block.kind == "heading":
            heading = [f"h:{word}" for word in _WORD.findall(block.text.casefold())[:8]]
            continue
        if block.kind == "rule":
            heading = []
        for position, _ in enumerate(said):
            if len(marks) >= MAX_WEIGHED or len(said[position]) > MAX_SENTENCE:
                marks.append([])  # not weighed (see `SentenceModel.weigh_all`)
                continue
            mark = [*heading, f"pos:{5 * len(marks) // max(count, 1)}"]
            if block.kind == "item":
                mark.append("item" if heading else "item:bare")
            if position == 0:
                mark.append("first_in_block")
            marks.append(mark + rule_marks(said[position]))
    return marks


def features(sentence: str, context: list[str] | None = None) -> list[str]:
    """The features of one sentence: words, word pairs, first and last words, shape, and
    the marks of its place in the letter (`letter_context`)."""
    text = sentence[:MAX_CHARACTERS].replace("’", "'").replace("‘", "'").casefold()
    text = _QUOTED.sub(" qqq ", text)
    words = _WORD.findall(text)
    found = ["bias"] + (context or [])
    if not words:
        return found
    found += [f"w:{word}" for word in words]
    found += [f"p:{word[:4]}" for word in words if len(word) > 4]
    found += [f"b:{a}_{b}" for a, b in itertools.pairwise(words)]
    found.append(f"f:{words[0]}")
    if len(words) > 1:
        found.append(f"f2:{words[0]}_{words[1]}")
    found.append(f"l:{words[-1]}")
    found.append(f"len:{min(len(words) // 4, 10)}")
    found += lexicon.marks(words)
    stripped = sentence.rstrip(" \t*_\"')”")
    if stripped.endswith("?"):
        found.append("ends:?")
    elif stripped.endswith("!"):
        found.append("ends:!")
    if _EMOJI.search(sentence):
        found.append("emoji")
    return found


def probability(weights: dict[str, float], marks: list[str]) -> float:
    score = sum(weights.get(mark, 0.0) for mark in marks)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, score))))


class SentenceModel:
    """Weights per kind ({"apologies": {"w:sorry": 2.1, ...}, ...}) and, per kind, the
    probability at which a sentence the rules left is proposed (`add_at`) and under which
    one the rules found in a paragraph is dropped (`drop_below`)."""

    def __init__(
        self,
        weights: dict[str, dict[str, float]],
        add_at: dict[str, float] | None = None,
        drop_below: dict[str, float] | None = None,
    ):
        self.weights = weights
        self.add_at = add_at or {}
        self.drop_below = drop_below or {}

    def probability(self, kind: str, sentence: str, context: list[str] | None = None) -> float:
        weights = self.weights.get(kind)
        return probability(weights, features(sentence, context)) if weights else 0.0

    def weigh_all(
        self,
        said: list[tuple[str, list[str]]],
        found: dict[str, list[tuple[str, float]]],
        keep_from: float = 1.0,
        exclusive: tuple[tuple[str, str], ...] = (),
    ) -> dict[str, list[tuple[str, float]]]:
        """The rules' items of each kind, weighed: those the model finds very unlikely are
        dropped (unless their confidence is `keep_from` or more), and the sentences of
        `said` the rules left that the model is sure of are added after them. An added
        item is a "maybe" unless the model is very sure. In each pair of `exclusive` kinds,
        a sentence the rules gave one kind is not added to the other (a listed question
        is no thing to try). Only the first MAX_WEIGHED sentences are weighed, so a huge
        text costs no more than a long letter."""
        if not self.weights:
            return found
        said = said[:MAX_WEIGHED]
        # Each item is weighed as the sentence it was cut from, which the model learnt on.
        source = {}
        for sentence, context in said:
            if len(sentence) <= MAX_SENTENCE:
                for piece in _cuts(_plain(sentence)):
                    source.setdefault(piece, (sentence, context))
        taken = {kind: _pieces(items) for kind, items in found.items()}
        for one, other in exclusive:
            taken[one], taken[other] = taken[one] | taken[other], taken[one] | taken[other]
        weighed: dict[str, list[tuple[str, float]]] = {}
        for kind, items in found.items():
            drop_below = self.drop_below.get(kind, 0.0)
            weighed[kind] = [
                (item, confidence)
                for item, confidence in items
                if confidence >= keep_from
                or kind not in self.weights
                or _plain(item) not in source
                or self.probability(kind, *source[_plain(item)]) >= drop_below
            ]
        for sentence, context in said:
            if len(sentence) > MAX_SENTENCE or (sentence.isupper() and len(sentence) < 80):
                continue  # a run-on the rules read alone, or a heading in capitals
            plain = _plain(sentence)
            marks = None
            for kind in weighed:
                if kind not in self.weights or not plain or _is_taken(plain, taken[kind]):
                    continue
                if _refusals(kind)(kind, sentence):
                    continue
                marks = marks or features(sentence, context)
                chance = probability(self.weights[kind], marks)
                if chance >= self._add_at(kind, context):
                    weighed[kind].append((sentence, 0.65 if chance >= 0.9 else 0.55))
                    taken[kind].add(plain)
        return weighed

    def _add_at(self, kind: str, context: list[str]) -> float:
        # A list item under no heading is seldom an item of any kind: it has its own bar.
        bare = "item:bare" in context and f"{kind}:bare" in self.add_at
        return self.add_at[f"{kind}:bare"] if bare else self.add_at.get(kind, 1.1)


MAX_WEIGHED = 400  # sentences of a letter the model weighs (a long letter has about 150)
MAX_SENTENCE = 1000  # characters: a longer "sentence" is a run-on the rules alone read


def _pieces(items: list[tuple[str, float]]) -> set[str]:
    """The plain words of each item and of each of its sentences."""
    from midway.text.blocks import sentences

    pieces = set()
    for item, _ in items:
        pieces.add(_plain(item))
        pieces.update(_plain(sentence) for sentence in sentences(item[:MAX_CHARACTERS]))
    return pieces


def _cuts(plain: str) -> list[str]:
    """The sentence's plain words, and each start and end of them at a word: the items a
    rule may cut from it (a lead-in or a late clause left out)."""
    spaces = [i for i, c in enumerate(plain[:MAX_CHARACTERS]) if c == " "]
    return [plain] + [plain[i + 1 :] for i in spaces] + [plain[:i] for i in spaces]


def _is_taken(plain: str, pieces: set[str]) -> bool:
    """Is the sentence, or its start or end at a word (the item a rule cut from it), taken?"""
    return any(cut in pieces for cut in _cuts(plain))


def _refusals(kind: str):
    from midway.text import inline, statements

    return inline.refuses if kind in ("questions", "things_to_try") else statements.refuses


def _plain(text: str) -> str:
    return " ".join(_WORD.findall(text.replace("’", "'").casefold()))


@cache
def stored_model() -> SentenceModel:
    """The model learnt from the training batches, as stored in the package."""
    if not WEIGHTS.exists():
        return SentenceModel({})
    stored = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return SentenceModel(stored["weights"], stored["add_at"], stored["drop_below"])
