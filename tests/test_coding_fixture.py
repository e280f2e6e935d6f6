"""Accuracy floor of the coder on the hand-coded sentence set, and the shipped data's
consistency (every lexicon code is in the codebook, every PLOVER type is valid)."""

from __future__ import annotations

import csv
import dataclasses
import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from datetime import date
from importlib import resources
from pathlib import Path

import pytest

import timeline
from timeline.coding import COMPILED, PLOVER_EVENTS, code_sentence, main_event, stale_sources
from timeline.coding.codebook import codebook

from .conftest import FIXTURES

ROWS = [
    json.loads(line)
    for line in (FIXTURES / "coded_sentences.jsonl").read_text(encoding="utf-8").splitlines()
    if line.strip()
]
# Floors a little under the measured figures (see benchmarks/coding.py): a change that
# costs more than a handful of sentences fails here.
PLOVER_FLOOR = 0.88
ACTOR1_FLOOR = 0.94


def _data(name: str) -> list[dict[str, str]]:
    text = resources.files("timeline.data").joinpath(name).read_text("utf-8")
    return list(csv.DictReader(text.splitlines()))


def test_fixture_is_large_and_covers_every_plover_type() -> None:
    assert len(ROWS) >= 300
    assert len({row["id"] for row in ROWS}) == len(ROWS)
    counts = Counter(row["plover_event"] for row in ROWS)
    assert set(counts) == set(PLOVER_EVENTS)
    assert min(counts.values()) >= 15


def test_main_event_accuracy_floor() -> None:
    plover = actor1 = 0
    for row in ROWS:
        main = main_event(code_sentence(row["text"], when=date.fromisoformat(row["published"])))
        plover += main is not None and main.plover_event == row["plover_event"]
        actor1 += main is not None and main.actor1_country == row["actor1_country"]
    assert plover / len(ROWS) >= PLOVER_FLOOR
    assert actor1 / len(ROWS) >= ACTOR1_FLOOR


def test_fixture_modality_where_coded() -> None:
    coded = [row for row in ROWS if row.get("modality")]
    right = 0
    for row in coded:
        main = main_event(code_sentence(row["text"], when=date.fromisoformat(row["published"])))
        right += main is not None and main.modality == row["modality"]
    assert right / len(coded) >= 0.6


def test_every_lexicon_code_is_in_the_codebook() -> None:
    codes = codebook()
    for row in _data("event_lexicon.csv"):
        assert row["cameo"] == "-" or row["cameo"] in codes, row
        assert row["kind"] in {"V", "N"}, row


def test_codebook_maps_every_code_to_a_plover_type() -> None:
    for entry in codebook().values():
        assert entry.plover_event in PLOVER_EVENTS, entry
        assert entry.quad_class in {1, 2, 3, 4}
        assert -10.0 <= entry.goldstein <= 10.0
        assert entry.root == entry.code[:2]


def test_leader_terms_are_well_formed() -> None:
    for row in _data("leaders.csv"):
        assert date.fromisoformat(row["start"]) < date.fromisoformat(row["end"]), row
        code = row["code"]
        assert code.startswith("IGO") or (len(code) >= 6 and code[:3].isupper()), row


def test_every_piece_of_a_sentence_codes_without_error() -> None:
    # Headlines, fragments and text cut short end or begin anywhere: every run of words
    # from the start of a sentence, and from every word to its end, codes cleanly.
    for row in ROWS:
        words = row["text"].split()
        when = date.fromisoformat(row["published"])
        for cut in range(1, len(words)):
            for piece in (" ".join(words[:cut]), " ".join(words[cut:])):
                for event in code_sentence(piece, when=when):
                    assert 0 <= event.event_start < event.event_end <= len(piece)


def test_compiled_coder_codes_as_the_source_does(tmp_path: Path) -> None:
    # The compiled coder (setup.py) and its Python source give the same events: the source
    # is copied without the compiled modules and run on the test sentences beside it.
    if not COMPILED:
        pytest.skip("the coder is not compiled")
    package = Path(timeline.__file__).parent
    shutil.copytree(package, tmp_path / "timeline", ignore=shutil.ignore_patterns("*.so", "*.pyd"))
    script = (
        "import dataclasses, json, sys\n"
        "from datetime import date\n"
        "import timeline.coding as coding\n"
        "assert not coding.COMPILED\n"
        "for line in sys.stdin:\n"
        "    row = json.loads(line)\n"
        "    when = date.fromisoformat(row['published'])\n"
        "    events = coding.code_sentence(row['text'], when=when)\n"
        "    print(json.dumps([dataclasses.astuple(e) for e in events]))\n"
    )
    source = subprocess.run(
        [sys.executable, "-c", script],
        input="".join(json.dumps(row) + "\n" for row in ROWS),
        capture_output=True, text=True, check=True, cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
    )  # fmt: skip
    for row, line in zip(ROWS, source.stdout.splitlines(), strict=True):
        events = code_sentence(row["text"], when=date.fromisoformat(row["published"]))
        assert json.loads(line) == json.loads(json.dumps([dataclasses.astuple(e) for e in events]))


def test_sources_changed_after_compiling_are_named(tmp_path: Path) -> None:
    for name in ("roles.py", "coder.py", "__init__.py", "roles.cpython-311-x86_64-linux-gnu.so"):
        (tmp_path / name).write_text("", encoding="utf-8")
    built = (tmp_path / "roles.cpython-311-x86_64-linux-gnu.so").stat().st_mtime
    os.utime(tmp_path / "roles.py", (built + 60, built + 60))  # edited after the build
    os.utime(tmp_path / "__init__.py", (built + 60, built + 60))  # never compiled
    assert stale_sources(tmp_path) == ["roles.py"]
    (tmp_path / "roles.cpython-311-x86_64-linux-gnu.so").unlink()
    assert stale_sources(tmp_path) == []  # plain Python runs its source
