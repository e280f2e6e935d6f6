"""Temporal tagging on TempEval-3 (TBAQ): our tagger against dateparser.search_dates.

    python benchmarks/temporal.py [--corpus ../shared/data/tempeval3-tbaq] [--repeat 3]

Prints, for each system, the TempEval-3 Task A scores over the whole corpus and its speed on
one core (tagging only: files are read and parsed before the clock starts), then the speed
ratio; then the same scores on each set of our own annotated news documents in
`benchmarks/data/timeml/` (see the README for how each set was used); then the time our
tagger takes on adversarial text of growing size, to show that it stays linear.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
import warnings
from datetime import datetime
from datetime import time as clock
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from timeline.temporal import Timex, tag  # noqa: E402
from timeline.timeml import read_document, score_folders  # noqa: E402
from timeline.timeml.document import TimeMLDocument, annotate  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "tempeval3-tbaq"
OWN_SETS = ROOT / "benchmarks" / "data" / "timeml"


def load(corpus: Path) -> tuple[Path, list[TimeMLDocument]]:
    """A folder holding every gold file of the corpus, and the documents to tag."""
    gold = Path(tempfile.mkdtemp(prefix="tbaq-gold-"))
    documents = []
    for path in sorted(corpus.rglob("*.tml")):
        (gold / path.name).symlink_to(path.resolve())
        documents.append(read_document(path))
    return gold, documents


def dateparser_tagger():
    """dateparser.search_dates with the document date as base, preferring the past."""
    from dateparser.search import search_dates

    def run(text: str, dct) -> list[Timex]:
        settings = {
            "RELATIVE_BASE": datetime.combine(dct, clock(12)),
            "PREFER_DATES_FROM": "past",
        }
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(text, languages=["en"], settings=settings) or []
        timexes: list[Timex] = []
        position = 0
        for phrase, moment in found:
            start = text.find(phrase, position)
            if start < 0:
                continue
            end = start + len(phrase)
            value = moment.date().isoformat()
            timexes.append(Timex(phrase, start, end, "DATE", value))
            position = end
        return timexes

    return run


def measure(name: str, tagger, gold: Path, documents: list[TimeMLDocument], repeat: int):
    texts = [(d.text, d.dct) for d in documents]
    best = float("inf")
    results: list[list[Timex]] = []
    for _ in range(repeat):
        start = time.perf_counter()
        results = [tagger(text, dct) for text, dct in texts]
        best = min(best, time.perf_counter() - start)
    output = Path(tempfile.mkdtemp(prefix=f"tbaq-{name}-"))
    for document, timexes in zip(documents, results, strict=True):
        (output / document.name).write_text(annotate(document, timexes), encoding="utf-8")
    scores = score_folders(gold, output)
    chars = sum(len(text) for text, _ in texts)
    return {
        "system": name,
        "relaxed": scores.relaxed[2],
        "strict": scores.strict[2],
        "type": scores.type_f1,
        "value": scores.value_f1,
        "docs_s": len(texts) / best,
        "chars_s": chars / best,
        "seconds": best,
        "table": scores.table(),
    }


def adversarial_text(size: int, seed: int = 7) -> str:
    """Text built to trip a careless pattern: digit runs, month names, repeated words."""
    rng = random.Random(seed)
    pieces = [
        "1" * 200,
        "2021 " * 40,
        "May May May March June ",
        "in in in in in the the the the ",
        "the past the past the last the next ",
        "Tuesday, Tuesday, April 15, 4/15/2021 2021-04-15T10:00 ",
        "a" * 300,
        "early late mid-early last next this ",
        "one two three four five six seven eight nine ten years ago ",
        "x" * 1000 + "\n",
        "...........,,,,,,,,;;;;;;;;;;",
        "Q1 H2 1990s '90s 12:30 p.m. noon midnight ",
    ]
    out: list[str] = []
    length = 0
    while length < size:
        piece = rng.choice(pieces)
        out.append(piece)
        length += len(piece)
    return "".join(out)[:size]


def linear_time_check(sizes: list[int]) -> None:
    print("\nAdversarial input (digit runs, month names, 'in in in', 'the the', no spaces):")
    print(f"{'size':>10} {'seconds':>9} {'chars/s':>12}")
    from datetime import date

    for size in sizes:
        text = adversarial_text(size)
        start = time.perf_counter()
        tag(text, date(2021, 4, 15))
        elapsed = time.perf_counter() - start
        print(f"{size:>10,} {elapsed:>9.3f} {size / elapsed:>12,.0f}")


HEADER = (
    f"{'system':<26} {'relaxed F1':>10} {'strict F1':>10} {'type F1':>8} {'value F1':>9} "
    f"{'docs/s':>9} {'chars/s':>12}"
)


def print_row(row: dict) -> None:
    print(
        f"{row['system']:<26} {row['relaxed']:>10.3f} {row['strict']:>10.3f} "
        f"{row['type']:>8.3f} {row['value']:>9.3f} {row['docs_s']:>9,.0f} "
        f"{row['chars_s']:>12,.0f}"
    )


def own_sets(repeat: int, with_dateparser: bool) -> None:
    """The scores on each of our own annotated sets (gold and input are the same files)."""
    folders = sorted(p for p in OWN_SETS.iterdir() if p.is_dir()) if OWN_SETS.is_dir() else []
    for folder in folders:
        documents = [read_document(path) for path in sorted(folder.glob("*.tml"))]
        gold_count = sum(path.read_text(encoding="utf-8").count("<TIMEX3") - 1
                         for path in folder.glob("*.tml"))  # fmt: skip
        print(f"\n{folder.name}: {len(documents)} documents, {gold_count} expressions")
        print(HEADER)
        print_row(measure("timeline", tag, folder, documents, repeat))
        if with_dateparser:
            print_row(measure("dateparser.search_dates", dateparser_tagger(), folder, documents, 1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3, help="runs of our tagger; best counts")
    parser.add_argument("--skip-dateparser", action="store_true")
    args = parser.parse_args()
    if args.corpus.is_dir():
        gold, documents = load(args.corpus)
        chars = sum(len(d.text) for d in documents)
        print(f"TempEval-3 TBAQ: {len(documents)} documents, {chars:,} characters, one core\n")
        rows = [measure("timeline", tag, gold, documents, args.repeat)]
        if not args.skip_dateparser:
            rows.append(measure("dateparser.search_dates", dateparser_tagger(), gold, documents, 1))
        print(HEADER)
        print("-" * len(HEADER))
        for row in rows:
            print_row(row)
        if len(rows) > 1:
            ratio = rows[0]["chars_s"] / rows[1]["chars_s"]
            print(f"\nspeed ratio timeline / dateparser: {ratio:.1f}x")
        print("\ntimeline, TempEval-3 scorer output:")
        print(rows[0]["table"])
    else:
        print(f"no TempEval-3 corpus at {args.corpus} (pass --corpus DIR); our own sets only")
    print("\nOur own annotated news documents (benchmarks/data/timeml):")
    own_sets(args.repeat, not args.skip_dateparser)
    linear_time_check([500_000, 1_000_000, 2_500_000, 5_000_000])


if __name__ == "__main__":
    main()
