"""Derive `timeline/data/cameo_codebook.csv` from the shared CAMEO codebook.

Development tool, not part of the package: it reads the reference table in
`../shared/data/event-coding/cameo_codebook.csv` (facts compiled from the GDELT lookup
tables and the PLOVER 2021 CAMEO→PLOVER conversion) and writes the compact table the coder
ships: code, root, name, GDELT QuadClass, GDELT Goldstein and the PLOVER event and mode.

The few places where the shipped mapping departs from the 2021 conversion table are listed
in OVERRIDES, each with its reason; `timeline/data/PROVENANCE.md` repeats them.

    python benchmarks/tools/derive_codebook.py [SHARED_CODEBOOK] [OUTPUT]
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_SOURCE = ROOT.parent / "shared" / "data" / "event-coding" / "cameo_codebook.csv"
DEFAULT_OUTPUT = ROOT / "timeline" / "data" / "cameo_codebook.csv"

# CAMEO 02 (appeal) has no row in the 2021 conversion table: PLOVER folds appeals and
# demands together into REQUEST, with the same modes as the matching 10x demand codes.
APPEAL_MODES = {
    "020": "",
    "021": "assist",
    "022": "assist",
    "023": "assist",
    "024": "change",
    "025": "yield",
    "026": "meet",
    "027": "meet",
    "028": "meet",
}

# CAMEO 01 (public statements) has no PLOVER equivalent. The coder emits these codes only
# when a sentence holds no more specific act; each is given the nearest PLOVER type.
STATEMENT_EVENTS = {
    "010": ("CONSULT", "", "plain statement: PLOVER has no statement type; nearest is CONSULT"),
    "011": ("REJECT", "", "declining to comment is a refusal"),
    "012": ("ACCUSE", "disapprove", "a pessimistic comment expresses disapproval"),
    "013": ("SUPPORT", "", "an optimistic comment is verbal support"),
    "014": ("CONSULT", "", "considering a policy option: deliberation"),
    "015": ("CONSULT", "", "claim of responsibility: a statement"),
    "016": ("REJECT", "", "denying responsibility rejects an accusation"),
    "017": ("PROTEST", "", "a symbolic act is a form of protest"),
    "018": ("SUPPORT", "", "an empathetic comment is verbal support"),
    "019": ("AGREE", "", "expressing accord"),
}

# Departures from the 2021 table for codes it does map.
OVERRIDES = {
    # PLOVER 2.0 defines SANCTION as all reductions of routine or cooperative relations,
    # including curtailing commercial exchange; news coders file economic sanctions there.
    "163": ("SANCTION", "", "economic sanctions, embargo, boycott are SANCTION in PLOVER 2.0"),
    # PLOVER 2.0 mode names: "aerial" for air strikes, "destroy" for destruction of property.
    "195": ("ASSAULT", "aerial", "PLOVER 2.0 mode for air attacks"),
    "1712": ("ASSAULT", "destroy", "PLOVER 2.0 mode for destroying property"),
    # "pro_autocracy" is a PLOVER context, not a mode.
    "175": ("ASSAULT", "", "2021 table put a context in the mode column"),
    # "political" is not a PLOVER 2.0 THREATEN mode; "rights" is.
    "1321": ("THREATEN", "rights", "PLOVER 2.0 mode for threats to civil rights"),
}


def derive(source: Path, output: Path) -> int:
    rows = list(csv.DictReader(source.open(encoding="utf-8")))
    by_code = {row["code"]: row for row in rows}
    written = 0
    with output.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(
            [
                "cameo_code",
                "root",
                "name",
                "quad_class",
                "goldstein",
                "plover_event",
                "plover_mode",
                "plover_note",
            ]
        )
        for row in rows:
            code = row["code"]
            # A root code ("16") takes the mapping of its unspecified child ("160").
            lookup = code + "0" if len(code) == 2 else code
            base = by_code.get(lookup, row)
            event = base["plover_event_2021"].strip()
            mode = base["plover_mode_2021"].strip()
            note = ""
            three = lookup[:3]
            if lookup in OVERRIDES:
                event, mode, note = OVERRIDES[lookup]
            elif lookup in STATEMENT_EVENTS:
                event, mode, note = STATEMENT_EVENTS[lookup]
            elif lookup.startswith("02"):
                event, mode = "REQUEST", APPEAL_MODES[three]
                note = "CAMEO appeal: PLOVER REQUEST"
            goldstein = row["goldstein_gdelt"] or row["goldstein_icews"] or row["goldstein_phoenix"]
            writer.writerow(
                [
                    code,
                    row["root"],
                    row["name_cameo_manual"],
                    row["quadclass_gdelt"],
                    f"{float(goldstein):.1f}",
                    event,
                    mode,
                    note,
                ]
            )
            written += 1
    return written


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT_SOURCE
    output = Path(sys.argv[2]) if len(sys.argv) > 2 else DEFAULT_OUTPUT
    print(f"wrote {derive(source, output)} codes to {output}")


if __name__ == "__main__":
    main()
