"""The word model: how much a sentence reads like each horseman, learnt from our sentences.

The rules (``rules``) know phrases; this knows words, and it weighs every
sentence. It is a softmax (multinomial logistic) regression over the words of
one sentence, taken one at a time, in pairs, and in pairs with one word
skipped ("you _ again"), with five labels (the four horsemen and gentle). It
learns from our own labelled sentences (``TRAINING``: every set in
``tests/`` except ``blind3.tsv``, the one set still unseen; a test checks)
and nothing else. Its weights are plain numbers in ``data/wordmodel.json``,
written by::

    .venv/bin/python -m midway.coach.train

and a test checks that the committed file is what that command writes, so the
weights can't drift from the sentences. Training is deterministic: the same
sentences always give the same file.

Words are folded before counting: lower case, apostrophes dropped, the usual
contractions opened ("don't" → "do not", "you're" → "you are", "ur" → "your"),
and each sentence starts with ``<s>`` and ends with ``</s>`` so that
"<s> fine </s>" and "<s> well you" are features of their own. ``?`` counts
as a word, and so do emoji; ``!`` does not (our writers used it mostly in
happy sentences, which taught an earlier model that "You never listen to
me!" was gentle).

``opinion(sentence)`` gives the probability of each label and the words that
pushed most towards the most likely horseman, so a finding can name them. How
the opinion is combined with the rules is written in ``rules``.
"""

from __future__ import annotations

import itertools
import json
import math
import random
import re
import sys
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache, reduce
from operator import add
from pathlib import Path

LABELS = ("criticism", "contempt", "defensiveness", "stonewalling", "gentle")
WEIGHTS = Path(__file__).parent / "data" / "wordmodel.json"
_TESTS = Path(__file__).parent / "tests"
# The one set nobody tunes on or learns from: it measures sentences the coach has never seen.
UNSEEN = _TESTS / "blind3.tsv"
# Every other labelled set: our first sets, the spent unseen sets (heldout, blind, blind2:
# each measured once, then studied) and the batches written fresh in many voices.
TRAINING = tuple(sorted(path for path in _TESTS.glob("*.tsv") if path != UNSEEN))
MIN_COUNT = 2  # a feature seen once is more likely noise than signal
EPOCHS, RATE, L2, SEED = 10, 0.2, 3e-3, 0

_OPEN = (
    (re.compile(r"\b(\w+)n't\b"), r"\1 not"),
    (re.compile(r"\bcan not\b|\bca not\b"), "can not"),
    (re.compile(r"\bwo not\b"), "will not"),
    (re.compile(r"\b(i|you|we|they|he|she|it|that|there|what|who)'re\b"), r"\1 are"),
    (re.compile(r"\bi'm\b"), "i am"),
    (re.compile(r"\b(\w+)'ve\b"), r"\1 have"),
    (re.compile(r"\b(\w+)'ll\b"), r"\1 will"),
    (re.compile(r"\b(i|you|we|they|he|she)'d\b"), r"\1 would"),
    (re.compile(r"\b(it|that|there|what|who|he|she|where|how|here)'s\b"), r"\1 is"),
)
_SHORT = {
    "u": "you",
    "ur": "your",
    "r": "are",
    "im": "i am",
    "youre": "you are",
    "dont": "do not",
    "didnt": "did not",
    "doesnt": "does not",
    "cant": "can not",
    "wont": "will not",
    "isnt": "is not",
    "wasnt": "was not",
    "thats": "that is",
    "its": "it is",
    "ive": "i have",
    "whats": "what is",
    "okay": "ok",
}
# Words too plain to name as the reason for a finding.
_PLAIN = frozenset(
    [
        "i",
        "you",
        "me",
        "my",
        "your",
        "we",
        "us",
        "our",
        "it",
        "is",
        "are",
        "am",
        "was",
        "were",
        "be",
        "been",
        "do",
        "does",
        "did",
        "not",
        "no",
        "to",
        "a",
        "an",
        "the",
        "and",
        "or",
        "but",
        "so",
        "of",
        "in",
        "on",
        "at",
        "for",
        "with",
        "that",
        "this",
        "what",
        "just",
    ]
)
_TOKEN = re.compile(r"[a-z]+|\?|[\U0001f300-\U0001faff\u2600-\u27bf]")


def words(sentence: str) -> list[str]:
    """The folded words of a sentence, as the model counts them."""
    text = sentence.lower().replace("\u2019", "'").replace("\u2018", "'")
    if "'" in text:  # every contraction has one
        for pattern, replacement in _OPEN:
            text = pattern.sub(replacement, text)
        text = text.replace("'", "")
    out: list[str] = []
    for token in _TOKEN.findall(text):
        out.extend(_SHORT.get(token, token).split())
    return out


def features(sentence: str) -> list[str]:
    """Words, word pairs and pairs with one word skipped, with start and end markers."""
    tokens = ["<s>", *words(sentence), "</s>"]
    grams = tokens[1:-1]
    grams += [f"{a} {b}" for a, b in itertools.pairwise(tokens)]
    grams += [f"{a} _ {c}" for a, c in zip(tokens, tokens[2:], strict=False)]
    return grams


def train(examples: list[tuple[str, str]]) -> dict:
    """Softmax regression weights from ``(label, sentence)`` pairs.

    Plain stochastic gradient descent with a little L2, a fixed number of
    passes and a seeded shuffle, so the same sentences give the same weights.
    """
    documents = [
        (LABELS.index(label), list(dict.fromkeys(features(sentence))))
        for label, sentence in examples
    ]
    seen = Counter(f for _, fs in documents for f in fs)
    vocabulary = sorted(f for f, n in seen.items() if n >= MIN_COUNT)
    kept = set(vocabulary)
    documents = [(y, [f for f in fs if f in kept]) for y, fs in documents]
    n = len(LABELS)
    weights = {f: [0.0] * n for f in vocabulary}
    bias = [0.0] * n
    order = list(range(len(documents)))
    shuffle = random.Random(SEED).shuffle
    for epoch in range(EPOCHS):
        shuffle(order)
        rate = RATE / (1 + epoch * 0.1)
        for index in order:
            y, fs = documents[index]
            probabilities = _softmax(bias, (weights[f] for f in fs))
            gradient = [p - (k == y) for k, p in enumerate(probabilities)]
            for k in range(n):
                bias[k] -= rate * gradient[k]
            for f in fs:
                weights[f] = [
                    w - rate * (g + L2 * w) for w, g in zip(weights[f], gradient, strict=True)
                ]
    return {
        "labels": list(LABELS),
        "examples": len(documents),
        "prior": [round(b, 3) for b in bias],
        "weights": {
            f: [round(w, 2) for w in row]
            for f, row in weights.items()
            if max(abs(w) for w in row) >= 0.02
        },
    }


def _softmax(bias: list[float], rows) -> list[float]:
    # Each label's score is its bias plus its row weights added in order, one by one
    # (``reduce``, not ``sum``, which adds floats differently from Python 3.12 on).
    scores = [reduce(add, column) for column in zip(bias, *rows, strict=True)]
    top = max(scores)
    exp = [math.exp(s - top) for s in scores]
    total = sum(exp)
    return [e / total for e in exp]


@dataclass(frozen=True)
class Opinion:
    probabilities: dict[str, float]
    kind: str  # the most likely horseman, whatever the gentle probability
    # What ``cues`` is worked out from, only when it is asked for (rarely).
    _push: tuple[dict[str, list[float]], list[str], int, int] = field(repr=False, compare=False)

    @cached_property
    def cues(self) -> tuple[str, ...]:
        """The words that pushed most towards ``kind``."""
        weights, seen, k, g = self._push
        push = {
            f: weights[f][k] - weights[f][g]
            for f in seen
            if "<" not in f and "_" not in f and not set(f.split()) <= _PLAIN
        }
        return tuple(f for f in sorted(push, key=lambda f: -push[f])[:3] if push[f] > 0.3)

    @property
    def horseman(self) -> float:
        """The probability that the sentence is any horseman."""
        return 1.0 - self.probabilities["gentle"]


class Model:
    def __init__(self, data: dict) -> None:
        self.labels: tuple[str, ...] = tuple(data["labels"])
        self.prior: list[float] = data["prior"]
        self.weights: dict[str, list[float]] = data["weights"]

    def opinion(self, sentence: str) -> Opinion:
        seen = [f for f in dict.fromkeys(features(sentence)) if f in self.weights]
        values = _softmax(self.prior, (self.weights[f] for f in seen))
        probabilities = dict(zip(self.labels, values, strict=True))
        kind = max(self.labels[:-1], key=probabilities.__getitem__)
        k, g = self.labels.index(kind), self.labels.index("gentle")
        return Opinion(probabilities, kind, (self.weights, seen, k, g))


@lru_cache(maxsize=1)
def model() -> Model:
    return Model(json.loads(WEIGHTS.read_text(encoding="utf-8")))


def opinion(sentence: str) -> Opinion:
    return model().opinion(sentence)


def training_examples(paths: tuple[Path, ...] = TRAINING) -> list[tuple[str, str]]:
    from midway.coach.evaluation import load

    return [(e.label, e.sentence) for path in paths for e in load(path)]


def render(data: dict) -> str:
    return json.dumps(data, separators=(",", ":"), sort_keys=True) + "\n"


def main() -> int:
    data = train(training_examples())
    WEIGHTS.parent.mkdir(exist_ok=True)
    WEIGHTS.write_text(render(data), encoding="utf-8")
    print(f"{WEIGHTS}: {len(data['weights'])} features from {data['examples']} sentences")
    return 0


if __name__ == "__main__":
    sys.exit(main())
