"""Write src/detente/data/measures/hs_names.tsv: the names of HS 2022 codes the report and dashboard show.

    .venv/bin/python tools/build_hs_names.py

From ../shared/data/hs (datasets/harmonized-system, ODC-PDDL-1.0): the 21 sections (roman
numerals), the 97 chapters and 1,229 headings, and the subheadings (6 digits) that
data/measures/products.tsv names. A subheading not listed is shown with its heading's name.
The package never reads ../shared at run time.
"""

from __future__ import annotations

import csv
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "data" / "hs"
OUT = ROOT / "src" / "detente" / "data" / "measures" / "hs_names.tsv"
PRODUCTS = ROOT / "src" / "detente" / "data" / "measures" / "products.tsv"


def main() -> None:
    with PRODUCTS.open(encoding="utf-8", newline="") as fh:
        named = {row["hs"] for row in csv.DictReader(fh, delimiter="\t") if len(row["hs"] or "") == 6}
    rows: list[tuple[str, str]] = []
    with (SHARED / "sections.csv").open(encoding="utf-8-sig", newline="") as fh:
        rows += [(row["section"], row["name"]) for row in csv.DictReader(fh)]
    with (SHARED / "harmonized-system.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["level"] in ("2", "4") or row["hscode"] in named:
                rows.append((row["hscode"], row["description"]))
    with OUT.open("w", encoding="utf-8", newline="") as fh:
        fh.write("hs\tname\n")
        fh.writelines(f"{code}\t{' '.join(name.split())}\n" for code, name in rows)
    print(f"Wrote {OUT.relative_to(ROOT)}: {len(rows)} codes")


if __name__ == "__main__":
    main()
