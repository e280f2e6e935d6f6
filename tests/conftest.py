from __future__ import annotations

import gc
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

import timeline.coding

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE = ROOT / "examples" / "biden-russia-sanctions.txt"
# The reference article was published on Thursday 15 April 2021.
THURSDAY = date(2021, 4, 15)


def best_time(work: Callable[[], object], repeat: int = 3) -> float:
    """The fastest of `repeat` runs of `work`, in seconds, with the garbage collector held
    off: its passes over everything earlier tests left behind would time the heap, not
    `work`."""
    gc.collect()
    gc.disable()
    try:
        best = float("inf")
        for _ in range(repeat):
            start = time.perf_counter()
            work()
            best = min(best, time.perf_counter() - start)
        return best
    finally:
        gc.enable()


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


def pytest_configure(config: pytest.Config) -> None:
    """Refuse to test a compiled coder older than its source: Python would load the
    compiled modules and the tests would not see the source's changes."""
    newer = timeline.coding.stale_sources()
    if newer:
        raise pytest.UsageError(
            f"timeline/coding/{newer[0]} is newer than the compiled coder: run `make setup` "
            "to compile it again (or delete timeline/coding/*.so to test plain Python)"
        )
