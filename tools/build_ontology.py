"""Rebuild src/detente/data/cameo/events.tsv from the reference tables in ../shared.

Run from the project root: python tools/build_ontology.py
Facts carried over: CAMEO codes and names, GDELT Goldstein weights, CAMEO -> PLOVER types.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
OUT = Path(__file__).resolve().parents[1] / "src" / "detente" / "data" / "cameo" / "events.tsv"

# PLOVER 2021 table names -> the event types used by the PLOVER manual and gold standard.
RENAME = {"REQUEST": "DEMAND"}

# Codes whose 2021 type disagrees with every example of the PLOVER gold standard
# (../shared/eval/PLOVER_GSR_CAMEO.txt): easing a curfew or a state of emergency is a
# political concession there (4 of 4 examples: CONCEDE, as for the other 081x codes), and
# destroying property is coercion (3 of 3 examples: COERCE, as for the other 171x codes).
GOLD_STANDARD_TYPES = {"0813": "CONCEDE", "0814": "CONCEDE", "1712": "COERCE"}


def quad_class(code: str) -> int:
    """GDELT's rule: roots 01-05 verbal coop, 06-09 material coop, 10-14 verbal conflict, else 4."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def plover_table() -> dict[str, tuple[str, str, str]]:
    table: dict[str, tuple[str, str, str]] = {}
    for line in (SHARED / "plover" / "CAMEO2PLOVER-2021.txt").read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        parts = [p.strip() for p in m.group(2).split(",")]
        parts += [""] * (3 - len(parts))
        table[m.group(1)] = (parts[0], parts[1], parts[2])
    return table


def plover_type(code: str, table: dict[str, tuple[str, str, str]]) -> tuple[str, str, str]:
    root = code[:2]
    if root == "01":
        return ("", "", "")  # statements are not PLOVER events
    if root == "02":
        return ("DEMAND", "", "")  # appeals: PLOVER folds requests into DEMAND
    if root == "09":
        return ("INVESTIGATE", "", "")
    if root == "11":
        return ("DISAPPROVE", table.get(code, ("", "", ""))[1], table.get(code, ("", "", ""))[2])
    if root == "19":
        return ("FIGHT", table.get(code, ("", "", ""))[1], table.get(code, ("", "", ""))[2])
    entry = table.get(code) or table.get(code[:3]) or table.get(root) or ("", "", "")
    kind = GOLD_STANDARD_TYPES.get(code) or RENAME.get(entry[0], entry[0])
    return (kind, entry[1], entry[2])


def main() -> None:
    names = dict(csv.reader((SHARED / "cameo" / "CAMEO.eventcodes.txt").open(), delimiter="\t"))
    weights = dict(csv.reader((SHARED / "cameo" / "CAMEO.goldsteinscale.txt").open(), delimiter="\t"))
    table = plover_table()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", lineterminator="\n")
        out.writerow(["code", "name", "goldstein", "quad_class", "plover", "plover_mode",
                      "plover_context"])
        for code, name in names.items():
            if not code[:1].isdigit():
                continue
            kind, mode, context = plover_type(code, table)
            out.writerow([code, name.strip(), weights[code], quad_class(code), kind, mode,
                          context])


if __name__ == "__main__":
    main()
