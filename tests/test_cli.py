"""The command line: files written, exact error lines, nothing written on error."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import timeline.cli as cli_module
from timeline.cli import cli
from timeline.table import COLUMNS

from .conftest import EXAMPLE

STORY = (
    "Published: 2021-04-15\n\n"
    "The ministers met in Geneva on Tuesday. They will meet again next month.\n"
)


def run(*args: str, stdin: str | bytes | None = None):
    return CliRunner().invoke(cli, list(args), input=stdin, catch_exceptions=False)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    path = tmp_path / "story.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


def test_render_writes_report_timeline_and_table(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = run("render", str(EXAMPLE), "-o", str(out))
    assert result.exit_code == 0, result.output
    folder = out / "biden-russia-sanctions"
    assert result.stdout.splitlines() == [
        f"wrote {folder / 'report.html'}",
        f"wrote {folder / 'timeline.html'}",
        f"wrote {folder / 'events.csv'}",
    ]
    report = (folder / "report.html").read_text(encoding="utf-8")
    assert "Biden calls for de-escalation with Russia" in report
    assert "Summer 2021" in report and "week of 12 Apr 2021" in report
    assert "<mark>this summer</mark>" in report
    # plotly.js is inlined: the page needs no network.
    assert "Plotly.newPlot" in report and "* plotly.js (basic - minified) v" in report
    assert "<script src=" not in report.replace('<script src="data:', "")
    assert "Plotly.newPlot" in (folder / "timeline.html").read_text(encoding="utf-8")
    rows = list(csv.DictReader(io.StringIO((folder / "events.csv").read_text("utf-8-sig"))))
    assert tuple(rows[0]) == COLUMNS
    assert not list(folder.glob(".*tmp"))


def test_render_name_option_and_several_inputs(tmp_path: Path, story: Path) -> None:
    out = tmp_path / "out"
    result = run("render", str(story), str(EXAMPLE), "-o", str(out), "--name", "both")
    assert result.exit_code == 0, result.output
    table = (out / "both" / "events.csv").read_text("utf-8-sig")
    assert {row["article_id"] for row in csv.DictReader(io.StringIO(table))} == {
        "story",
        "biden-russia-sanctions",
    }


def test_extract_csv_to_stdout(story: Path) -> None:
    result = run("extract", str(story))
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["timex_text"], r["date_start"], r["date_end"], r["precision"]) for r in rows] == [
        ("Tuesday", "2021-04-13", "2021-04-13", "day"),
        ("next month", "2021-05-01", "2021-05-31", "month"),
    ]


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_extract_json_formats(story: Path, fmt: str) -> None:
    result = run("extract", str(story), "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "json":
        records = json.loads(result.stdout)
    else:
        records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [list(r) for r in records] == [list(COLUMNS)] * 2
    assert records[0]["char_start"] == STORY.split("\n\n", 1)[1].index("Tuesday")


def test_extract_to_file_takes_format_from_suffix(tmp_path: Path, story: Path) -> None:
    target = tmp_path / "table.jsonl"
    result = run("extract", str(story), "-o", str(target))
    assert result.exit_code == 0, result.output
    assert result.stdout == f"wrote {target}\n"
    assert len(target.read_text(encoding="utf-8").splitlines()) == 2


def test_standard_input(tmp_path: Path) -> None:
    result = run("extract", "-", "--published", "2021-04-15", stdin="They met on Tuesday.")
    assert result.exit_code == 0, result.output
    assert "stdin,2021-04-15,2021-04-13" in result.stdout


def bad_inputs(tmp_path: Path) -> dict[str, tuple[list[str], str]]:
    (tmp_path / "folder").mkdir()
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b"   \n\n\t ")
    (tmp_path / "binary.txt").write_bytes(b"\x7fELF\x02\x01\x01\x00\x00\x00" * 40)
    (tmp_path / "noise.txt").write_bytes(bytes(range(0x80, 0x100)) * 8)
    (tmp_path / "undated.txt").write_text("They met on Tuesday.", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text(
        '{"text": "Talks on Tuesday.", "published": "2021-04-15"}\n{"published": "2021-04-15"}\n',
        encoding="utf-8",
    )
    t = str(tmp_path)
    return {
        "missing": ([f"{t}/nope.txt"], f"Error: {t}/nope.txt does not exist; check the path"),
        "directory": (
            [f"{t}/folder"],
            f"Error: {t}/folder is a directory; give article files (.txt, .html, .jsonl)",
        ),
        "empty": (
            [f"{t}/empty.txt"],
            f"Error: {t}/empty.txt is empty; give a file that contains an article",
        ),
        "blank": (
            [f"{t}/blank.txt"],
            f"Error: {t}/blank.txt is empty; give a file that contains an article",
        ),
        "binary": (
            [f"{t}/binary.txt"],
            f"Error: {t}/binary.txt is a binary file, not text; give a .txt, .html or .jsonl "
            "article",
        ),
        "undecodable": (
            [f"{t}/noise.txt"],
            f"Error: {t}/noise.txt is not text in any known encoding; save it as UTF-8 and try "
            "again",
        ),
        "no date": (
            [f"{t}/undated.txt"],
            f"Error: no publication date for {t}/undated.txt; pass --published YYYY-MM-DD or "
            "start the file with a line 'Published: YYYY-MM-DD'",
        ),
        "jsonl line": (
            [f"{t}/bad.jsonl"],
            f"Error: {t}/bad.jsonl line 2 has no 'text'; each line needs the article text",
        ),
    }


@pytest.mark.parametrize(
    "case",
    ["missing", "directory", "empty", "blank", "binary", "undecodable", "no date", "jsonl line"],
)
@pytest.mark.parametrize("command", ["render", "extract"])
def test_bad_input_one_line_and_nothing_written(tmp_path: Path, case: str, command: str) -> None:
    args, message = bad_inputs(tmp_path)[case]
    out = tmp_path / "out"
    target = ["-o", str(out)] if command == "render" else ["-o", str(out / "t.csv")]
    result = run(command, *args, *target)
    assert result.exit_code == 1
    assert result.stderr == message + "\n"
    assert result.stdout == ""
    assert not out.exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            ["--published", "15/04/2021"],
            "Error: Invalid value for '--published': cannot read '15/04/2021' as a date; use "
            "YYYY-MM-DD (see 'timeline extract --help')",
        ),
        (
            ["--format", "xml"],
            "Error: Invalid value for '--format': 'xml' is not one of 'csv', 'json', 'jsonl', "
            "'xlsx', 'timelinejs', 'timeml'. (see 'timeline extract --help')",
        ),
    ],
)
def test_bad_option_one_line(story: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(cli, ["extract", str(story), *args], prog_name="timeline")
    assert result.exit_code == 2
    assert result.stderr == message + "\n"


def test_skip_bad_names_skipped_lines_and_goes_on(tmp_path: Path) -> None:
    bad_inputs(tmp_path)
    result = run("extract", str(tmp_path / "bad.jsonl"), "--skip-bad")
    assert result.exit_code == 0
    assert result.stderr == (
        f"skipped: {tmp_path}/bad.jsonl line 2 has no 'text'; each line needs the article text\n"
    )
    assert "Tuesday" in result.stdout


def test_bad_name_option(story: Path, tmp_path: Path) -> None:
    result = run("render", str(story), "--name", "../escape", "-o", str(tmp_path / "out"))
    assert result.exit_code == 2
    assert "'--name'" in result.stderr and len(result.stderr.splitlines()) == 1
    assert not (tmp_path / "out").exists()


def test_every_command_and_option_has_help() -> None:
    ctx = click.Context(cli)
    for name, command in cli.commands.items():  # type: ignore[attr-defined]
        assert command.help, name
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"{name} {param.name}"
        result = run(name, "--help")
        assert result.exit_code == 0 and "Usage:" in result.stdout
    assert cli.get_help(ctx)


def test_python_dash_m() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "timeline", "--help"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0
    assert "render" in result.stdout and "extract" in result.stdout


def test_installed_command_codes_from_another_folder(tmp_path: Path) -> None:
    # As an analyst runs it: the installed package (compiled coder or not), outside the
    # repository, which is then not on the import path.
    from .conftest import EXAMPLE

    result = subprocess.run(
        [sys.executable, "-m", "timeline", "extract", str(EXAMPLE), "--format", "csv", "-o", "-"],
        capture_output=True, text=True, check=False, cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "SANCTION" in result.stdout


def test_every_package_is_shipped() -> None:
    import tomllib

    from .conftest import ROOT

    listed = set(
        tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"]
    )
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "timeline").rglob("__init__.py")
    }
    assert found <= listed


def test_a_coder_source_changed_after_compiling_is_warned_about(
    story: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(cli_module, "stale_sources", lambda: ["roles.py"])
    result = CliRunner().invoke(cli, ["extract", str(story)])
    assert result.exit_code == 0
    assert result.stderr.startswith(
        "WARNING: timeline/coding/roles.py changed after the coder was compiled"
    )
