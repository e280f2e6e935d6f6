"""Accuracy and speed of the political-event coder.

    python benchmarks/coding.py [FILE.jsonl ...] [--errors]

For each file of coded sentences (default: tests/fixtures/coded_sentences.jsonl and, when
present, the sets benchmarks/data/coded_sentences_*.jsonl listed below) prints the
main-event PLOVER accuracy per type, overall, and the actor1 country accuracy; then the
coder's speed on one core and the speed of `timeline.temporal.tag` on the same sentences,
with the ratio of the two.
A sentence that yields no event counts as wrong.
"""

from __future__ import annotations

import json
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.coding import COMPILED, code_sentence, main_event  # noqa: E402
from timeline.temporal import tag  # noqa: E402

CODER_BUILD = "coder compiled (setup.py)" if COMPILED else "coder not compiled (plain Python)"

DEFAULT_FILES = [
    ROOT / "tests" / "fixtures" / "coded_sentences.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_dev.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_tune.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_wire.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_a.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_b.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_c.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_d.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_e.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_f.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_g.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_h.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_i.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_j.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_k.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_l.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_m.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_n.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_o.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_p.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_q.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_r.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_s.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_t.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_u.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_v.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_blind_w.jsonl",
]
REPEATS = 20


def load(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evaluate(rows: list[dict[str, str]], show_errors: bool) -> None:
    totals: Counter[str] = Counter()
    correct: Counter[str] = Counter()
    plover_ok = actor_ok = 0
    for row in rows:
        events = code_sentence(row["text"], when=date.fromisoformat(row["published"]))
        main = main_event(events)
        gold = row["plover_event"]
        totals[gold] += 1
        got_plover = main.plover_event if main else ""
        got_actor = main.actor1_country if main else None
        if got_plover == gold:
            correct[gold] += 1
            plover_ok += 1
        if got_actor == row["actor1_country"]:
            actor_ok += 1
        if show_errors and (got_plover != gold or got_actor != row["actor1_country"]):
            print(
                f"  {row['id']}: gold {gold}/{row['actor1_country']} got "
                f"{got_plover or '-'}/{got_actor if got_actor is not None else '-'} "
                f"[{main.event_text if main else ''}]  {row['text']}"
            )
    print(f"{'PLOVER type':<12} {'n':>4} {'correct':>8} {'accuracy':>9}")
    for plover in sorted(totals):
        n = totals[plover]
        print(f"{plover:<12} {n:>4} {correct[plover]:>8} {correct[plover] / n:>9.3f}")
    n = len(rows)
    print(f"main-event plover accuracy: {plover_ok}/{n} = {plover_ok / n:.3f}")
    print(f"actor1_country accuracy:    {actor_ok}/{n} = {actor_ok / n:.3f}")


def speed(rows: list[dict[str, str]]) -> None:
    items = [(row["text"], date.fromisoformat(row["published"])) for row in rows]
    chars = sum(len(text) for text, _ in items)
    for text, when in items:  # load data files and compile patterns before timing
        code_sentence(text, when=when)
        tag(text, when)
    start = time.perf_counter()
    for _ in range(REPEATS):
        for text, when in items:
            code_sentence(text, when=when)
    coding = time.perf_counter() - start
    start = time.perf_counter()
    for _ in range(REPEATS):
        for text, when in items:
            tag(text, when)
    tagging = time.perf_counter() - start
    sentences = len(items) * REPEATS
    print(
        f"coder:   {sentences / coding:,.0f} sentences/s, {chars * REPEATS / coding:,.0f} chars/s"
    )
    print(
        f"tagger:  {sentences / tagging:,.0f} sentences/s, "
        f"{chars * REPEATS / tagging:,.0f} chars/s (timeline.temporal.tag)"
    )
    print(f"coding time / tagging time: {coding / tagging:.2f}")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show_errors = "--errors" in sys.argv
    paths = [Path(a) for a in args] or [p for p in DEFAULT_FILES if p.exists()]
    everything: list[dict[str, str]] = []
    for path in paths:
        rows = load(path)
        everything.extend(rows)
        print(
            f"== {path.relative_to(ROOT) if path.is_relative_to(ROOT) else path} "
            f"({len(rows)} sentences)"
        )
        evaluate(rows, show_errors)
        print()
    print(f"== speed, one core, {len(everything)} sentences x {REPEATS}, {CODER_BUILD}")
    speed(everything)


if __name__ == "__main__":
    main()
