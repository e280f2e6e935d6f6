"""Regression check for the event coder: every output field on a fixed set of sentences.

    python benchmarks/coding_regression.py record [--out FILE] [--corpus DIR]
    python benchmarks/coding_regression.py check  [--baseline FILE] [--corpus DIR]

`record` runs `timeline.coding.code_sentence` on every sentence of the coded test and dev
sentences, every narrative sentence of the bundled example and of every TempEval-3
document (split as the pipeline splits them, each dated by its DCT), plus a lower-case and
an upper-case copy of each coded test sentence (to exercise the case rules of the
gazetteer), and writes one JSON line per sentence with every field of every `CodedEvent`.
`check` codes the same sentences again and requires the result to be byte-identical to the
recorded file; it prints the first differing sentences and exits 1 otherwise.

Use it around any change that must not alter what the coder outputs (speed work, refactors).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from dataclasses import asdict
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.article import read_articles  # noqa: E402
from timeline.coding import code_sentence  # noqa: E402
from timeline.events.sentences import split_sentences  # noqa: E402
from timeline.timeml import read_document  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "tempeval3-tbaq"
DEFAULT_BASELINE = ROOT / "output" / "coding_baseline.jsonl"
CODED_FILES = [
    ROOT / "tests" / "fixtures" / "coded_sentences.jsonl",
    ROOT / "benchmarks" / "data" / "coded_sentences_dev.jsonl",
]
EXAMPLE = ROOT / "examples" / "biden-russia-sanctions.txt"

Case = tuple[str, str, date]  # (where the sentence comes from, sentence, story date)


def _coded_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def cases(corpus: Path) -> Iterator[Case]:
    """Every sentence to code, in a fixed order."""
    fixture = CODED_FILES[0]
    for path in CODED_FILES:
        for row in _coded_rows(path):
            when = date.fromisoformat(row["published"][:10])
            yield f"{path.name}:{row['id']}", row["text"], when
    for article in read_articles([str(EXAMPLE)]):
        assert article.published is not None
        sentences = split_sentences(article.text, title=article.title)
        for index, sentence in enumerate(sentences):
            if sentence.narrative:
                yield f"{EXAMPLE.name}:{index}", sentence.text, article.published
    if corpus.is_dir():
        for path in sorted(corpus.rglob("*.tml")):
            document = read_document(path)
            for index, sentence in enumerate(split_sentences(document.text)):
                if sentence.narrative:
                    name = path.relative_to(corpus)
                    yield f"{name}:{index}", sentence.text, document.dct
    else:
        print(f"warning: no corpus at {corpus}; TempEval-3 sentences left out", file=sys.stderr)
    for row in _coded_rows(fixture):
        when = date.fromisoformat(row["published"][:10])
        yield f"lower:{row['id']}", row["text"].lower(), when
        yield f"upper:{row['id']}", row["text"].upper(), when


def coded_lines(corpus: Path) -> Iterator[tuple[str, int]]:
    """One JSON line per sentence and the number of events in it."""
    for source, sentence, when in cases(corpus):
        events = code_sentence(sentence, when=when)
        record = {
            "source": source,
            "when": when.isoformat(),
            "sentence": sentence,
            "events": [asdict(event) for event in events],
        }
        yield json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n", len(events)


def record(out: Path, corpus: Path) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256()
    sentences = events = 0
    with out.open("w", encoding="utf-8") as handle:
        for line, count in coded_lines(corpus):
            handle.write(line)
            digest.update(line.encode("utf-8"))
            sentences += 1
            events += count
    print(f"recorded {sentences} sentences, {events} events to {out}")
    print(f"sha256 {digest.hexdigest()}")


def check(baseline: Path, corpus: Path) -> int:
    expected = baseline.read_text(encoding="utf-8").splitlines(keepends=True)
    digest = hashlib.sha256()
    sentences = events = differences = 0
    for number, (line, count) in enumerate(coded_lines(corpus)):
        digest.update(line.encode("utf-8"))
        sentences += 1
        events += count
        if number >= len(expected) or line != expected[number]:
            differences += 1
            if differences <= 5:
                print(f"DIFFERENT at line {number + 1}:")
                print(f"  expected {expected[number] if number < len(expected) else '<none>'}")
                print(f"  got      {line}")
    if sentences != len(expected):
        print(f"DIFFERENT number of sentences: expected {len(expected)}, got {sentences}")
        differences += 1
    print(f"compared {sentences} sentences, {events} events with {baseline}")
    print(f"sha256 {digest.hexdigest()}")
    if differences:
        print(f"FAILED: {differences} sentences differ")
        return 1
    print("identical")
    return 0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=["record", "check"])
    parser.add_argument("--baseline", "--out", dest="baseline", type=Path, default=DEFAULT_BASELINE)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    if args.action == "record":
        record(args.baseline, args.corpus)
    else:
        sys.exit(check(args.baseline, args.corpus))


if __name__ == "__main__":
    main()
