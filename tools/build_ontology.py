"""Rebuild src/detente/data/cameo/events.tsv from the reference tables in ../shared.

Run from the project root: python tools/build_ontology.py
Facts carried over: CAMEO codes and names, GDELT Goldstein weights, CAMEO -> PLOVER types
(named as in PLOVER 1.0 through data/cameo/plover_types.tsv).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "data"
DATA = Path(__file__).resolve().parents[1] / "src" / "detente" / "data" / "cameo"
OUT = DATA / "events.tsv"

# Codes whose 2021 type disagrees with every example of the PLOVER gold standard
# (../shared/eval/PLOVER_GSR_CAMEO.txt): easing a curfew or a state of emergency is a
# political concession there (4 of 4 examples: CONCEDE, as for the other 081x codes), and
# destroying property is coercion (3 of 3 examples: COERCE, as for the other 171x codes).
GOLD_STANDARD_TYPES = {"0813": "CONCEDE", "0814": "CONCEDE", "1712": "COERCE"}
# PLOVER drops CAMEO's appeals (02); detente keeps them as what PLOVER calls every request.
APPEAL_TYPE = "REQUEST"
# Root 19 (conventional military force) is ASSAULT as a whole, blockades and occupation
# included: the gold standard codes capturing territory as fighting.
FORCE_ROOT, FORCE_TYPE = "19", "ASSAULT"


def quad_class(code: str) -> int:
    """GDELT's rule: roots 01-05 verbal coop, 06-09 material coop, 10-14 verbal conflict, else 4."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 9 else 3 if root <= 14 else 4


def plover_names() -> dict[str, str]:
    """Any PLOVER type name (PLOVER 1.0 or an older draft's) -> its PLOVER 1.0 name."""
    with (DATA / "plover_types.tsv").open(encoding="utf-8") as fh:
        return {row["name"]: row["plover"] for row in csv.DictReader(fh, delimiter="\t")}


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


def plover_type(code: str, table: dict[str, tuple[str, str, str]], names: dict[str, str]) -> tuple[str, str, str]:
    """(PLOVER 1.0 type, mode, context) for a CAMEO code."""
    root = code[:2]
    if root == "01":
        return ("", "", "")  # statements are not PLOVER events
    if root == "02":
        return (APPEAL_TYPE, "", "")
    kind, mode, context = table.get(code) or table.get(code[:3]) or table.get(root) or ("", "", "")
    if root == FORCE_ROOT:
        # a mode belongs to its type: keep it only where the table says ASSAULT too
        return (FORCE_TYPE, mode if names.get(kind) == FORCE_TYPE else "", context)
    kind = GOLD_STANDARD_TYPES.get(code, kind)
    if kind not in names:
        raise SystemExit(f"{code}: PLOVER type {kind!r} is not in {DATA / 'plover_types.tsv'}")
    return (names[kind], mode, context)


def main() -> None:
    names = dict(csv.reader((SHARED / "cameo" / "CAMEO.eventcodes.txt").open(), delimiter="\t"))
    weights = dict(csv.reader((SHARED / "cameo" / "CAMEO.goldsteinscale.txt").open(), delimiter="\t"))
    table, kinds = plover_table(), plover_names()
    OUT.parent.mkdir(parents=True, exist_ok=True)
    with OUT.open("w", newline="") as fh:
        out = csv.writer(fh, delimiter="\t", lineterminator="\n")
        out.writerow(["code", "name", "goldstein", "quad_class", "plover", "plover_mode",
                      "plover_context"])
        for code, name in names.items():
            if not code[:1].isdigit():
                continue
            kind, mode, context = plover_type(code, table, kinds)
            out.writerow([code, name.strip(), weights[code], quad_class(code), kind, mode,
                          context])


if __name__ == "__main__":
    main()
