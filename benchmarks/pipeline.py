"""What event coding costs the pipeline: events with coding against dating alone.

    python benchmarks/pipeline.py [--corpus ../shared/data/tempeval3-tbaq] [--repeat 3]

Runs the whole article-to-table pipeline (sentences, time expressions, coding, dating, the
event table and its CSV) over the corpus texts with their document dates, once as it is
and once with the coder switched off, on one core, and prints both times and their ratio.
Every timed run starts cold: the words the coder remembers between sentences are forgotten
first, so that no run profits from an earlier one.
Without the corpus it uses the bundled example and the coded test sentences.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import timeline.events.build as build  # noqa: E402
from timeline.article import Article, read_articles  # noqa: E402
from timeline.coding import clear_caches  # noqa: E402
from timeline.events import extract_events  # noqa: E402
from timeline.export import to_bytes  # noqa: E402
from timeline.table import events_table  # noqa: E402

DEFAULT_CORPUS = ROOT.parent / "shared" / "data" / "tempeval3-tbaq"


def corpus_articles(corpus: Path) -> list[Article]:
    from timeline.timeml import read_document

    articles = []
    for path in sorted(corpus.rglob("*.tml")):
        document = read_document(path)
        articles.append(
            Article(
                article_id=document.name, text=document.text, published=document.dct, path=str(path)
            )  # fmt: skip
        )
    return articles


def bundled_articles() -> list[Article]:
    articles = read_articles([str(ROOT / "examples" / "biden-russia-sanctions.txt")])
    fixture = ROOT / "tests" / "fixtures" / "coded_sentences.jsonl"
    for number, line in enumerate(fixture.read_text(encoding="utf-8").splitlines(), 1):
        record = json.loads(line)
        articles.append(
            Article(article_id=f"s{number}", text=record["text"],
                    published=date.fromisoformat(record["published"][:10]), path="")
        )  # fmt: skip
    return articles


def run(articles: list[Article], repeat: int) -> tuple[float, int]:
    best, rows = float("inf"), 0
    for _ in range(repeat):
        clear_caches()
        start = time.perf_counter()
        events = extract_events(articles)
        to_bytes(events_table(events), "csv")
        best = min(best, time.perf_counter() - start)
        rows = len(events)
    return best, rows


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if args.corpus.is_dir():
        articles, name = corpus_articles(args.corpus), f"TBAQ ({args.corpus})"
    else:
        articles, name = bundled_articles(), "the bundled example and coded test sentences"
    chars = sum(len(a.text) for a in articles)
    print(f"{name}: {len(articles)} articles, {chars:,} characters, one core\n")
    coded_time, coded_rows = run(articles, args.repeat)
    coder = build.code_sentence
    build.code_sentence = lambda sentence, when: []  # dating alone
    try:
        dated_time, dated_rows = run(articles, args.repeat)
    finally:
        build.code_sentence = coder
    print(f"{'pipeline':<22} {'seconds':>8} {'chars/s':>12} {'rows':>7}")
    print(f"{'dates only':<22} {dated_time:>8.3f} {chars / dated_time:>12,.0f} {dated_rows:>7}")
    print(f"{'dates and coding':<22} {coded_time:>8.3f} {chars / coded_time:>12,.0f} "
          f"{coded_rows:>7}")  # fmt: skip
    print(f"\ncoding slows the pipeline by {coded_time / dated_time:.2f}x")


if __name__ == "__main__":
    main()
