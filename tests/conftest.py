from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = Path(__file__).resolve().parent / "fixtures"
EXAMPLE = ROOT / "examples" / "biden-russia-sanctions.txt"
# The reference article was published on Thursday 15 April 2021.
THURSDAY = date(2021, 4, 15)


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
