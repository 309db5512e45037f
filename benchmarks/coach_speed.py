"""Print how long the coach takes per sentence, and on a 200 KB text.

    .venv/bin/python benchmarks/coach_speed.py [ROUNDS]

Each labelled sentence is analysed ROUNDS times (default 5); the report gives
the mean and the 95th percentile of the time per sentence.
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from midway.coach import analyse
from midway.coach.evaluation import load

TESTS = Path(__file__).resolve().parent.parent / "src" / "midway" / "coach" / "tests"


def per_sentence_ms(sentences: list[str], rounds: int) -> list[float]:
    timings = []
    for _ in range(rounds):
        for sentence in sentences:
            started = time.perf_counter()
            analyse(sentence)
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def main(argv: list[str]) -> int:
    rounds = int(argv[0]) if argv else 5
    files = [TESTS / name for name in ("labelled.tsv", "heldout.tsv", "blind.tsv")]
    sentences = [e.sentence for path in files if path.exists() for e in load(path)]
    analyse("warm up")
    timings = sorted(per_sentence_ms(sentences, rounds))
    p95 = timings[int(len(timings) * 0.95) - 1]
    print(f"{len(sentences)} sentences x {rounds} rounds")
    print(f"  mean per sentence: {statistics.fmean(timings):.3f} ms")
    print(f"  p95 per sentence:  {p95:.3f} ms")
    print(f"  max per sentence:  {timings[-1]:.3f} ms")
    letter = " ".join(sentences)
    text = (letter * (200_000 // len(letter) + 1))[:200_000]
    started, cpu = time.perf_counter(), time.thread_time()
    analysis = analyse(text)
    elapsed, cpu = time.perf_counter() - started, time.thread_time() - cpu
    # CPU time too: on a busy machine the wall clock also counts other processes.
    print(f"  200 KB text: {elapsed:.2f} s ({cpu:.2f} s of CPU), {len(analysis.findings)} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
