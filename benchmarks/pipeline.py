"""What event coding costs the pipeline: events with coding against dating alone.

    python benchmarks/pipeline.py [--corpus ../shared/data/tempeval3-tbaq] [--repeat 5]

Runs the whole article-to-table pipeline (sentences, time expressions, coding, dating, the
event table and its CSV) over the corpus texts with their document dates, as it is and with
the coder switched off, on one core, alternating the two so that both meet the same load,
and prints the best time of each and their ratio, twice:

- cold: every timed run starts with the coder's word memory cleared (`clear_caches`), as
  when a process reads its first articles;
- steady state: the coder has read the corpus once before, so the words it remembers
  between sentences are known, as in a long run over thousands of articles (the memory
  holds words, never sentences or articles).

Then, as an analyst runs it, `timeline render` on one article at a time (sentences, time
expressions, coding, dating, the chart, both HTML pages with plotly.js inline and the CSV,
written to a temporary folder), over `--render-articles` of the articles, with and without
the coder, best of `--render-repeat`.

Without the corpus it uses the bundled example and the coded test sentences.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import timeline.events.build as build  # noqa: E402
from timeline.article import Article, read_articles  # noqa: E402
from timeline.coding import COMPILED, clear_caches  # noqa: E402
from timeline.events import extract_events  # noqa: E402
from timeline.export import to_bytes  # noqa: E402
from timeline.render.chart import build_figure  # noqa: E402
from timeline.render.report import page_title, render_report, render_timeline_page  # noqa: E402
from timeline.table import events_table  # noqa: E402
from timeline.textio import write_files_atomically  # noqa: E402

CODER_BUILD = "coder compiled (setup.py)" if COMPILED else "coder not compiled (plain Python)"

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


def timed(articles: list[Article], coded: bool, cold: bool) -> tuple[float, int]:
    """Seconds and rows of one pass of the pipeline, with or without the coder."""
    if cold:
        clear_caches()
    coder = build.code_sentence
    if not coded:
        build.code_sentence = lambda sentence, when: []  # dating alone
    try:
        start = time.perf_counter()
        events = extract_events(articles)
        to_bytes(events_table(events), "csv")
        return time.perf_counter() - start, len(events)
    finally:
        build.code_sentence = coder


def rendered(articles: list[Article], coded: bool, folder: Path) -> float:
    """Seconds to render each article on its own, as `timeline render ARTICLE` does."""
    coder = build.code_sentence
    if not coded:
        build.code_sentence = lambda sentence, when: []
    try:
        start = time.perf_counter()
        for article in articles:
            events = extract_events([article])
            figure = build_figure(events, title=page_title([article]))
            target = folder / article.article_id
            write_files_atomically(
                {
                    target / "report.html": render_report(events, [article], figure).encode(),
                    target / "timeline.html": render_timeline_page(figure, [article]).encode(),
                    target / "events.csv": to_bytes(events_table(events), "csv"),
                }
            )
        return time.perf_counter() - start
    finally:
        build.code_sentence = coder


def compare(articles: list[Article], repeat: int, cold: bool) -> dict[bool, tuple[float, int]]:
    """The best time and the rows with (True) and without (False) the coder."""
    if not cold:
        timed(articles, coded=True, cold=False)  # the coder reads the corpus once
    best: dict[bool, tuple[float, int]] = {}
    for _ in range(repeat):
        for coded in (True, False):
            seconds, rows = timed(articles, coded, cold)
            if coded not in best or seconds < best[coded][0]:
                best[coded] = (seconds, rows)
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--render-articles", type=int, default=60)
    parser.add_argument("--render-repeat", type=int, default=3)
    args = parser.parse_args()
    if args.corpus.is_dir():
        articles, name = corpus_articles(args.corpus), f"TBAQ ({args.corpus})"
    else:
        articles, name = bundled_articles(), "the bundled example and coded test sentences"
    chars = sum(len(a.text) for a in articles)
    print(f"{name}: {len(articles)} articles, {chars:,} characters, one core, {CODER_BUILD}\n")
    print(f"{'pipeline':<34} {'seconds':>8} {'chars/s':>12} {'rows':>7} {'ratio':>6}")
    for cold, label in ((True, "cold"), (False, "steady state")):
        best = compare(articles, args.repeat, cold)
        (coded_time, coded_rows), (dated_time, dated_rows) = best[True], best[False]
        print(f"{label + ', dates only':<34} {dated_time:>8.3f} {chars / dated_time:>12,.0f} "
              f"{dated_rows:>7}")  # fmt: skip
        ratio = coded_time / dated_time
        print(f"{label + ', dates and coding':<34} {coded_time:>8.3f} "
              f"{chars / coded_time:>12,.0f} {coded_rows:>7} {ratio:>5.2f}x")  # fmt: skip
    print("\nratio: how many times longer the pipeline takes with event coding than without")
    chosen = articles[: args.render_articles]
    with tempfile.TemporaryDirectory() as folder:
        rendered(chosen, True, Path(folder))  # warm up: imports, plotly, the coder's words
        times = {True: float("inf"), False: float("inf")}
        for _ in range(args.render_repeat):
            for coded in (True, False):
                times[coded] = min(times[coded], rendered(chosen, coded, Path(folder)))
    print(f"\n`timeline render` one article at a time, {len(chosen)} articles")
    print(f"{'render, dates only':<34} {times[False]:>8.3f}")
    print(f"{'render, dates and coding':<34} {times[True]:>8.3f} "
          f"{'':>12} {'':>7} {times[True] / times[False]:>5.2f}x")  # fmt: skip


if __name__ == "__main__":
    main()
