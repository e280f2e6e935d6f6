"""TimeML in and out: tagging keeps the text byte for byte; scoring follows TempEval-3."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from timeline.cli import cli
from timeline.timeml import read_document, score_folders, tag_document
from timeline.timeml.document import output_name
from timeline.timeml.score import read_entities

from .conftest import FIXTURES

TIMEML = FIXTURES / "timeml"
GOLD = TIMEML / "gold"


def test_read_document_removes_tags_and_keeps_the_dct() -> None:
    document = read_document(GOLD / "wire-1.tml")
    assert document.dct.isoformat() == "2021-04-15"
    assert "<" not in document.raw_text
    assert "&amp;" in document.raw_text  # entities stay encoded in the raw text
    assert "Geneva Tuesday & agreed" in document.text  # and decoded for the tagger
    assert "TLINK" not in document.after and "MAKEINSTANCE" not in document.after


def test_tagged_document_is_valid_and_keeps_the_text(tmp_path: Path) -> None:
    document = read_document(GOLD / "wire-1.tml")
    tagged = tmp_path / "wire-1.tml"
    tagged.write_text(tag_document(document), encoding="utf-8")
    root = ET.parse(tagged).getroot()  # valid XML
    assert root.find(".//DCT/TIMEX3").get("value") == "2021-04-15"  # type: ignore[union-attr]
    gold_text, _ = read_entities(GOLD / "wire-1.tml")
    text, entities = read_entities(tagged)
    assert text == gold_text
    assert [(e.text, e.type, e.value) for e in entities] == [
        ("Tuesday", "DATE", "2021-04-13"),
        ("next month", "DATE", "2021-05"),
        ("2019", "DATE", "2019"),
        ("three years", "DURATION", "P3Y"),
        ("now", "DATE", "PRESENT_REF"),
    ]
    # Between the tags, the bytes are those of the input.
    raw = tagged.read_text(encoding="utf-8")
    assert "Geneva <TIMEX3" in raw and "</TIMEX3> &amp; agreed" in raw


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("AP_20130322.tml.TE3input", "AP_20130322.tml"),
        ("wsj_0001.tml", "wsj_0001.tml"),
        ("story.TE3input", "story.tml"),
    ],
)
def test_output_names(name: str, expected: str) -> None:
    assert output_name(Path(name)) == expected


def test_score_counts_by_hand() -> None:
    # Gold: Tuesday, next month, 2019, three years, now. System: Geneva (spurious), Tuesday
    # (exact), "month" (overlap, wrong value), 2019 (exact, wrong type), "three years of"
    # (overlap). "now" is missed.
    scores = score_folders(GOLD, TIMEML / "system")
    c = scores.counts
    assert (c.gold, c.system, c.strict, c.relaxed, c.type, c.value) == (5, 5, 2, 4, 3, 3)
    assert scores.strict == pytest.approx((0.4, 0.4, 0.4))
    assert scores.relaxed[2] == pytest.approx(0.8)
    assert scores.type_f1 == pytest.approx(0.6)
    assert scores.value_f1 == pytest.approx(0.6)


def test_cli_tag_then_score(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(GOLD / "wire-1.tml", inputs / "wire-1.tml.TE3input")
    runner = CliRunner()
    result = runner.invoke(cli, ["timeml", "tag", str(inputs), str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.stdout == f"tagged 1 documents into {tmp_path / 'out'}\n"
    assert (tmp_path / "out" / "wire-1.tml").exists()
    result = runner.invoke(cli, ["timeml", "score", str(GOLD), str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        "TIMEX3  gold=5 system=5 strict_matches=5 relaxed_matches=5 type_correct=5 value_correct=5",
        "               P        R        F1",
        "Strict     1.0000   1.0000   1.0000",
        "Relaxed    1.0000   1.0000   1.0000",
        "               accuracy F1 (=accuracy x relaxed F1)",
        "Type       1.0000   1.0000",
        "Value      1.0000   1.0000",
    ]


def test_cli_score_lists_errors() -> None:
    result = CliRunner().invoke(
        cli, ["timeml", "score", str(GOLD), str(TIMEML / "system"), "--errors"]
    )
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert "wire-1.tml\tMISSED\t<t5 199-202 'now' type=DATE value=PRESENT_REF>" in lines
    assert any(line.startswith("wire-1.tml\tSPURIOUS\t<t9") for line in lines)
    assert any("\tEXTENT+VALUE\t" in line for line in lines)


def test_cli_tag_refuses_a_folder_without_timeml(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["timeml", "tag", str(tmp_path), str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.stderr == f"Error: {tmp_path} holds no .tml or .TE3input files\n"
    assert not (tmp_path / "out").exists()


def test_score_refuses_changed_text(tmp_path: Path) -> None:
    system = tmp_path / "system"
    system.mkdir()
    changed = (GOLD / "wire-1.tml").read_text(encoding="utf-8").replace("Geneva", "Bern")
    (system / "wire-1.tml").write_text(changed, encoding="utf-8")
    result = CliRunner().invoke(cli, ["timeml", "score", str(GOLD), str(system)])
    assert result.exit_code == 1
    assert "differs from the gold file's" in result.stderr


def test_a_dct_value_in_single_quotes_is_read(tmp_path: Path) -> None:
    path = tmp_path / "single.tml"
    path.write_text(
        "<?xml version='1.0'?>\n<TimeML><DCT><TIMEX3 tid='t0' type='DATE' "
        "value = '2013-03-22T09:00' functionInDocument='CREATION_TIME'>March 22, 2013"
        "</TIMEX3></DCT>\n<TEXT>It fell on Tuesday.</TEXT></TimeML>\n",
        encoding="utf-8",
    )
    assert read_document(path).dct.isoformat() == "2013-03-22"


def test_windows_line_ends_are_kept_and_tagged_alike(tmp_path: Path) -> None:
    lf = (GOLD / "wire-1.tml").read_bytes().replace(b"\r\n", b"\n")
    (tmp_path / "lf.tml").write_bytes(lf)
    (tmp_path / "crlf.tml").write_bytes(lf.replace(b"\n", b"\r\n"))
    tagged = {
        name: tag_document(read_document(tmp_path / f"{name}.tml")) for name in ("lf", "crlf")
    }
    assert tagged["crlf"].count("\r\n") == tagged["crlf"].count("\n") > 10
    assert tagged["crlf"].replace("\r\n", "\n") == tagged["lf"]
