"""List verb-to-CAMEO facts from PETRARCH2's CAMEO.2.0.txt verb dictionary.

Development tool, not part of the package. Prints `code,verb` for each verb the
dictionary files under a synset with a concrete CAMEO code (the synset's default, or the
verb's own bracketed code), skipping verbs the shipped lexicon already matches. The output
is reviewed by hand before anything is added to `timeline/data/event_lexicon.csv`.

    python benchmarks/tools/derive_verbs.py [CAMEO.2.0.txt]
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT = ROOT.parent / "shared" / "data" / "event-coding" / "petrarch2" / "CAMEO.2.0.txt"
HEADER = re.compile(r"^---\s+(\S+)\s+\[(\S+)\]")
MEMBER = re.compile(r"^([A-Z][A-Z_]*)\s*(?:\{[^}]*\})?\s*(?:\[(\d{2,4})\])?")


def known_words() -> set[str]:
    path = ROOT / "timeline" / "data" / "event_lexicon.csv"
    words = set()
    for row in csv.DictReader(path.open(encoding="utf-8")):
        for alternative in row["pattern"].split("|"):
            items = alternative.split()
            if len(items) == 1:
                words.add(items[0].lstrip("="))
    return words


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    known = known_words()
    default = None
    seen = set()
    for line in source.read_text(encoding="latin-1").splitlines():
        header = HEADER.match(line)
        if header:
            default = header.group(2) if header.group(2).isdigit() else None
            continue
        if line.startswith(("-", "#", " ", "\t")) or not line.strip():
            continue
        member = MEMBER.match(line)
        if not member:
            continue
        verb = member.group(1).lower().replace("_", " ")
        code = member.group(2) or default
        if code and verb not in known and verb not in seen:
            seen.add(verb)
            print(f"{code},{verb}")


if __name__ == "__main__":
    main()
