"""How often detente puts an event in the right country and city, on events checked by hand.

The gold file (tests/data/geo/voa_places.tsv) holds 100 events drawn at random (seed 16)
from what detente codes in ../shared/corpus/voa_stories.jsonl, each read in its story by a
person who wrote down where it happened: the country (ISO alpha-3) and, when the story says,
the city (GeoNames id); "-" where the story does not say (a statement with no place given).

    .venv/bin/python tools/geo_accuracy.py                      # score the gold file
    .venv/bin/python tools/geo_accuracy.py --sample 100 --out review.tsv   # draw events to check

Scoring: an event is matched by story, sentence, trigger offsets and CAMEO code (one coded
differently since the file was made is reported as missing). For events whose story names a
country, detente's country is right, wrong, or absent (an empty field: no guess); for those
whose story names a city, its GeoNames id is right or not. An event whose story names no
place is right when detente gives none, and a wrong guess otherwise.
"""

from __future__ import annotations

import argparse
import csv
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

VOA = ROOT.parent / "shared" / "corpus" / "voa_stories.jsonl"
GOLD = ROOT / "tests" / "data" / "geo" / "voa_places.tsv"
COLUMNS = ("story", "sentence_index", "trigger_span", "cameo", "country", "city", "city_name", "sentence", "note")
NONE = "-"


def coded_events() -> dict[tuple[str, str, str, str], object]:
    """Every event detente codes in the VOA stories, by (story, sentence, trigger span, code)."""
    from detente.ingest import IngestOptions, iter_documents
    from detente.pipeline import Pipeline

    found = {}
    for result in Pipeline().run(iter_documents([str(VOA)], IngestOptions(check_language=False))):
        for event in result.events:
            key = (event.doc_id, str(event.sentence_index), f"{event.trigger_start}-{event.trigger_end}", event.cameo)
            found.setdefault(key, event)
    return found


def sample(count: int, seed: int, out: Path) -> None:
    events = coded_events()
    keys = sorted(events)
    random.Random(seed).shuffle(keys)
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, delimiter="\t", lineterminator="\n")
        writer.writerow(COLUMNS)
        for key in sorted(keys[:count]):
            event = events[key]
            where = event.location  # type: ignore[attr-defined]
            guess = f"{where.country} {where.geonameid} {where.name} ({where.how})" if where else "no place"
            writer.writerow([*key, "", "", "", event.sentence, f"detente: {guess}"])  # type: ignore[attr-defined]
    print(f"wrote {out}: {count} events to check")


def score(gold_path: Path, details: bool = False) -> int:
    events = coded_events()
    with gold_path.open(encoding="utf-8", newline="") as fh:
        gold = list(csv.DictReader(fh, delimiter="\t"))
    tally: Counter[str] = Counter()
    for row in gold:
        key = (row["story"], row["sentence_index"], row["trigger_span"], row["cameo"])
        event = events.get(key)
        if event is None:
            tally["missing"] += 1
            continue
        where = event.location  # type: ignore[attr-defined]
        country = where.country if where else None
        if details and ((country or NONE) != row["country"] or (row["city"] != NONE and (
                where is None or str(where.geonameid) != row["city"]))):
            guess = f"{where.country} {where.name} ({where.how})" if where else "no place"
            print(f"{key[0]} s{key[1]} {key[3]}: gold {row['country']} {row['city_name']} | detente {guess} "
                  f"| {row['sentence'][:90]}")
        if row["country"] == NONE:
            tally["no place: none given" if where is None else "no place: a place guessed"] += 1
            continue
        tally["country stated"] += 1
        tally["country right" if country == row["country"] else "country absent" if country is None
              else "country wrong"] += 1
        if row["city"] != NONE:
            tally["city stated"] += 1
            if where is not None and str(where.geonameid) == row["city"] and where.kind == "city":
                tally["city right"] += 1
    stated, cities = tally["country stated"], tally["city stated"]
    print(f"{len(gold)} events checked by hand ({tally['missing']} no longer coded), {stated} in a country the "
          f"story states, {cities} in a city it states")
    print(f"country: {tally['country right']} right, {tally['country wrong']} wrong, "
          f"{tally['country absent']} left empty (of {stated})")
    print(f"city: {tally['city right']} right (of {cities})")
    print(f"no place stated: {tally['no place: none given']} left empty, {tally['no place: a place guessed']} "
          "given a place")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, default=GOLD)
    parser.add_argument("--sample", type=int, help="draw this many events to check instead of scoring")
    parser.add_argument("--seed", type=int, default=16)
    parser.add_argument("--details", action="store_true", help="list every event detente places differently")
    parser.add_argument("--out", type=Path, default=Path("review.tsv"))
    args = parser.parse_args(argv)
    if args.sample:
        sample(args.sample, args.seed, args.out)
        return 0
    return score(args.gold, args.details)


if __name__ == "__main__":
    sys.exit(main())
