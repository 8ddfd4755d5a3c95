"""Generate or refresh src/detente/data/actors/countries.tsv from pycountry.

pycountry gives the authoritative ISO 3166-1 list (codes and official names). The
news-facing columns (short name, aliases, demonyms, capitals, seats) are hand-curated
in the TSV itself, so this script never overwrites a curated row: it only adds rows for
ISO entries that are missing, reports rows whose code pycountry does not know (such as
Kosovo, XKX, which is user-assigned), and rewrites the file sorted by iso3.

Usage:
    python tools/build_countries.py            # merge pycountry into the TSV
    python tools/build_countries.py --check    # exit 1 if the TSV is missing ISO entries
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import pycountry

COLUMNS = ("iso3", "code", "name", "aliases", "demonyms", "capitals", "seats")
TSV = Path(__file__).resolve().parents[1] / "src/detente/data/actors/countries.tsv"


def base_rows() -> dict[str, dict[str, str]]:
    """One uncurated row per ISO country: code = iso3, pycountry names as aliases."""
    rows: dict[str, dict[str, str]] = {}
    for country in pycountry.countries:
        name = getattr(country, "common_name", None) or country.name
        aliases = []
        for extra in (country.name, getattr(country, "official_name", None)):
            # "Korea, Republic of" style inversions never occur in running text.
            if extra and extra != name and "," not in extra and extra not in aliases:
                aliases.append(extra)
        rows[country.alpha_3] = {
            "iso3": country.alpha_3,
            "code": country.alpha_3,
            "name": name,
            "aliases": "|".join(aliases),
            "demonyms": "",
            "capitals": "",
            "seats": "",
        }
    return rows


def read_tsv(path: Path) -> dict[str, dict[str, str]]:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        return {row["iso3"]: {key: row.get(key) or "" for key in COLUMNS} for row in reader}


def write_tsv(path: Path, rows: dict[str, dict[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8", newline="") as handle:
        handle.write("\t".join(COLUMNS) + "\n")
        for iso3 in sorted(rows):
            handle.write("\t".join(rows[iso3][key] for key in COLUMNS) + "\n")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; do not write")
    parser.add_argument("--path", type=Path, default=TSV)
    args = parser.parse_args(argv)

    base = base_rows()
    curated = read_tsv(args.path)
    missing = sorted(set(base) - set(curated))
    extra = sorted(set(curated) - set(base))
    for iso3 in missing:
        print(f"adding uncurated ISO entry {iso3} ({base[iso3]['name']})")
    for iso3 in extra:
        print(f"keeping non-ISO row {iso3} ({curated[iso3]['name']})")
    if args.check:
        return 1 if missing else 0
    write_tsv(args.path, {**base, **curated})
    print(f"wrote {len(base) + len(extra)} rows to {args.path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
