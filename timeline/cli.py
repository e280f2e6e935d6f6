"""The `timeline` command line: thin commands over the library."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

import click

from .article import output_name, parse_date, read_articles
from .coding import stale_sources
from .errors import BadDate, TimelineError
from .events import extract_events
from .export import FORMATS, TEXT_FORMATS, to_bytes
from .render import (
    LANE_MODES,
    PLOTLYJS_MODES,
    build_figure,
    files_beside,
    render_fragment,
    render_report,
    render_timeline_page,
)
from .render.image import figure_image
from .render.report import page_title
from .table import events_table
from .textio import write_files_atomically
from .timeml import input_files, read_document, score_folders, tag_document

# Show a progress bar on a terminal once there are this many articles.
_PROGRESS_MIN_ARTICLES = 20


class OneLineErrors(click.Group):
    """A command group whose errors are one line: what is wrong and what to do."""

    def main(  # type: ignore[override]
        self,
        args: list[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        try:
            result = super().main(args, prog_name, complete_var, False, **extra)
        except click.UsageError as exc:
            hint = f" (see '{exc.ctx.command_path} --help')" if exc.ctx is not None else ""
            click.echo(f"Error: {exc.format_message()}{hint}", err=True)
            sys.exit(exc.exit_code)
        except click.ClickException as exc:
            click.echo(f"Error: {exc.format_message()}", err=True)
            sys.exit(exc.exit_code)
        except click.Abort:
            click.echo("Aborted.", err=True)
            sys.exit(1)
        except KeyboardInterrupt:
            click.echo("Interrupted.", err=True)
            sys.exit(130)
        sys.exit(result if isinstance(result, int) else 0)


class DateParam(click.ParamType):
    name = "DATE"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> date:
        if isinstance(value, date):
            return value
        try:
            return parse_date(str(value))
        except BadDate as exc:
            self.fail(str(exc), param, ctx)


def _input_options(command: Callable[..., Any]) -> Callable[..., Any]:
    command = click.option(
        "--coded-only",
        is_flag=True,
        help="Keep only coded political acts; drop context rows (dated statements).",
    )(command)
    command = click.option(
        "--skip-bad",
        is_flag=True,
        help="Skip JSONL lines that are malformed, lack 'text' or a date (each named on stderr).",
    )(command)
    command = click.option(
        "--published",
        type=DateParam(),
        metavar="DATE",
        help="Publication date (YYYY-MM-DD or ISO datetime) for every article; "
        "overrides dates found in the articles.",
    )(command)
    command = click.argument("articles", nargs=-1, required=True, metavar="ARTICLE...")(command)
    return command


@click.group(cls=OneLineErrors, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="timeline")
def cli() -> None:
    """Turn news articles into dated event timelines.

    ARTICLE is a .txt file (optionally starting with a Title:/Published:/Source:/URL:
    header), an .html page, a .jsonl file with one article per line, or - for standard input.
    """
    newer = stale_sources()
    if newer:
        click.echo(
            f"WARNING: timeline/coding/{newer[0]} changed after the coder was compiled, so the "
            "change does not run; run `make setup` to compile it again",
            err=True,
        )


def _load(
    articles: tuple[str, ...], published: date | None, skip_bad: bool, coded_only: bool = False
):
    def skipped(message: str) -> None:
        click.echo(message, err=True)

    try:
        loaded = read_articles(articles, published=published, skip_bad=skip_bad, on_skip=skipped)
        if len(loaded) >= _PROGRESS_MIN_ARTICLES and sys.stderr.isatty():
            with click.progressbar(
                length=len(loaded), label="Dating events", file=sys.stderr
            ) as bar:
                events = extract_events(
                    loaded, coded_only=coded_only, progress=lambda _: bar.update(1)
                )
        else:
            events = extract_events(loaded, coded_only=coded_only)
    except TimelineError as exc:
        raise click.ClickException(str(exc)) from exc
    return loaded, events


@cli.command()
@_input_options
@click.option(
    "-o",
    "--out-dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("output"),
    show_default=True,
    help="Folder in which the output folder is created.",
)
@click.option(
    "--name",
    help="Name of the output folder (default: the first input's file name without suffix).",
)
@click.option(
    "--plotlyjs",
    type=click.Choice(PLOTLYJS_MODES),
    default="inline",
    show_default=True,
    help="inline: plotly.js inside each page (works offline); cdn: loaded from cdn.plot.ly; "
    "directory: one plotly.js file written beside the pages.",
)
@click.option(
    "--fragment",
    is_flag=True,
    help="Also write fragment.html: the report without <html>/<head>/<body>, styles scoped, "
    "to paste into another page or a notebook.",
)
@click.option(
    "--lanes",
    type=click.Choice(LANE_MODES),
    default="actor",
    show_default=True,
    help="One chart lane per acting country/organisation, per event type, or per article.",
)
@click.option("--png", is_flag=True, help="Also write timeline.png (needs Chrome or Chromium).")
@click.option("--svg", is_flag=True, help="Also write timeline.svg (needs Chrome or Chromium).")
def render(
    articles: tuple[str, ...],
    published: date | None,
    skip_bad: bool,
    coded_only: bool,
    out_dir: Path,
    name: str | None,
    plotlyjs: str,
    fragment: bool,
    lanes: str,
    png: bool,
    svg: bool,
) -> None:
    """Write report.html, timeline.html and events.csv for the ARTICLEs.

    All the articles make one timeline, in OUT_DIR/NAME/.
    """
    folder_name = name if name is not None else output_name(list(articles))
    if not folder_name or folder_name in (".", "..") or any(c in folder_name for c in "/\\"):
        raise click.BadParameter(
            f"{folder_name!r} cannot name a folder; use letters, digits, - or _",
            param_hint="'--name'",
        )
    loaded, events = _load(articles, published, skip_bad, coded_only)
    figure = build_figure(events, title=page_title(loaded), lanes=lanes)
    target = out_dir / folder_name
    try:
        outputs: dict[Path, str | bytes] = {
            target / "report.html": render_report(events, loaded, figure, plotlyjs=plotlyjs),
            target / "timeline.html": render_timeline_page(figure, loaded, plotlyjs=plotlyjs),
            target / "events.csv": to_bytes(events_table(events), "csv"),
        }
        if fragment:
            outputs[target / "fragment.html"] = render_fragment(
                events, loaded, figure, plotlyjs=plotlyjs
            )
        for fmt, wanted in (("png", png), ("svg", svg)):
            if wanted:
                outputs[target / f"timeline.{fmt}"] = figure_image(figure, fmt)
        for file_name, content in files_beside(plotlyjs).items():
            outputs[target / file_name] = content
        written = write_files_atomically(
            {path: c.encode("utf-8") if isinstance(c, str) else c for path, c in outputs.items()}
        )
    except TimelineError as exc:
        raise click.ClickException(str(exc)) from exc
    for path in written:
        click.echo(f"wrote {path}")


@cli.command()
@_input_options
@click.option(
    "-o",
    "--output",
    default="-",
    show_default=True,
    metavar="FILE",
    help="File to write the event table to, or - for standard output.",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(FORMATS),
    default=None,
    help="csv, json, jsonl (one object per event), xlsx, timelinejs (TimelineJS3 JSON) or "
    "timeml (the articles with TIMEX3 tags) [default: from the output file's suffix, else csv].",
)
def extract(
    articles: tuple[str, ...],
    published: date | None,
    skip_bad: bool,
    coded_only: bool,
    output: str,
    fmt: str | None,
) -> None:
    """Write the event table of the ARTICLEs (CSV on standard output by default)."""
    if fmt is None:
        suffix = Path(output).suffix.lower().lstrip(".")
        fmt = suffix if output != "-" and suffix in FORMATS else "csv"
        if suffix == "tml":
            fmt = "timeml"
    if output == "-" and fmt not in TEXT_FORMATS:
        raise click.BadParameter(
            f"{fmt} is a binary format; write it to a file with -o FILE", param_hint="'--format'"
        )
    loaded, events = _load(articles, published, skip_bad, coded_only)
    data = to_bytes(events_table(events), fmt, loaded)
    if output == "-":
        if fmt == "csv":
            data = data.removeprefix("\ufeff".encode())  # a byte-order mark only helps files
        sys.stdout.buffer.write(data)
        sys.stdout.flush()
        return
    try:
        written = write_files_atomically({Path(output): data})
    except TimelineError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"wrote {written[0]}")


@cli.group()
def timeml() -> None:
    """Tag and score TimeML documents (TempEval-3 Task A)."""


@timeml.command("tag")
@click.argument("input_dir", type=click.Path(path_type=Path))
@click.argument("output_dir", type=click.Path(file_okay=False, path_type=Path))
def timeml_tag(input_dir: Path, output_dir: Path) -> None:
    """Tag every .tml/.TE3input file of INPUT_DIR into OUTPUT_DIR/NAME.tml.

    Existing TIMEX3, EVENT, SIGNAL and link tags are removed first, so gold files can be
    the input; the DCT block and the text are kept exactly.
    """
    try:
        paths = input_files(input_dir)
        documents = [read_document(path) for path in paths]
        outputs = {output_dir / doc.name: tag_document(doc).encode("utf-8") for doc in documents}
        write_files_atomically(outputs)
    except TimelineError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"tagged {len(outputs)} documents into {output_dir}")


@timeml.command("score")
@click.argument("gold_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.argument("system_dir", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--errors", is_flag=True, help="List every missed, spurious and wrong TIMEX3.")
def timeml_score(gold_dir: Path, system_dir: Path, errors: bool) -> None:
    """Score SYSTEM_DIR against GOLD_DIR: strict/relaxed P, R, F1, type and value F1."""
    try:
        scores = score_folders(
            gold_dir,
            system_dir,
            on_error=click.echo if errors else None,
            on_warning=lambda message: click.echo(f"WARNING: {message}", err=True),
        )
    except TimelineError as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(scores.table())


def main() -> None:
    """Entry point of the `timeline` console script."""
    cli(prog_name="timeline")
