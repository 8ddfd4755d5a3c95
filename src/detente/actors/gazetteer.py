"""The actor dictionaries (package data ``detente/data/actors/*.tsv``) as typed lookups.

Actor coding needs to turn phrases such as "Canadian", "the Kremlin", "U.N." or "Li Qiang"
into CAMEO-style codes. The facts live in tab-separated files so that they can be
reviewed and extended without touching code; this module only reads them (once per
process) and answers exact-phrase questions. Matching is case-sensitive first, because
"Chad", "Turkey" and "Jordan" are also ordinary words, and only then falls back to a
normalised form (accents, curly quotes, periods in "U.S.", a leading "the").
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from importlib.resources import files
from typing import TypeVar

from detente.data import word_sequence

_PACKAGE = "detente.data"
_MEMO_LIMIT = 200_000
_T = TypeVar("_T")
_FOLDER = "actors"
PEOPLE_COLUMNS = ("name", "aliases", "country", "sector", "role", "valid_from", "valid_to", "gender")

# Codes that older CAMEO dictionaries and gold files use instead of ISO 3166-1 alpha-3.
LEGACY_CODES: dict[str, str] = {
    "ITL": "ITA", "JAP": "JPN", "VTN": "VNM", "UK": "GBR", "ROM": "ROU", "ZAR": "COD",
    "TMP": "TLS", "BUR": "MMR", "YUG": "SRB", "SCG": "SRB", "KSV": "XKX", "KOS": "XKX",
    "DDR": "DEU", "GDR": "DEU", "FRG": "DEU", "USR": "RUS", "SUN": "RUS", "CSK": "CZE",
    "UAE": "ARE",
}

NOT_PLACES: tuple[str, ...] = word_sequence("actors.not_places")

_PUNCT = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u02bb": "'",
                        "\u201c": '"', "\u201d": '"', "\u2010": "-", "\u2011": "-",
                        "\u2013": "-", "\u2014": "-", "\u00a0": " "})


_FOLDED_CHARS = frozenset(".-'/&,")


@functools.lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """A spelling-insensitive key: no accents or periods, straight quotes, tight hyphens."""
    if text.isascii() and not _FOLDED_CHARS.intersection(text):  # most names: nothing to fold
        return " ".join(text.split())
    text = unicodedata.normalize("NFKD", text.translate(_PUNCT))
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).replace(".", "")
    text = re.sub(r"\s*([-'/&])\s*", r"\1", text)  # tokenised "Timor - Leste", "d' Ivoire"
    text = re.sub(r"\s+,", ",", text)
    return " ".join(text.split())


def _role_key(text: str) -> str:
    return " ".join(fold(text).lower().replace("-", " ").split())


def _strip_article(text: str) -> str:
    return text[4:] if text[:4] in ("the ", "The ") else text


class NearWords:
    """The words one edit from a key, found through the single deletions they share with it
    (a "symmetric delete" index): a lookup touches a handful of candidates, not every word."""

    def __init__(self, words: Iterable[str]) -> None:
        self._rank: dict[str, int] = {}
        self._by_deletion: dict[str, list[str]] = {}
        for word in words:
            if word in self._rank:
                continue
            self._rank[word] = len(self._rank)
            for deleted in _deletions(word):
                self._by_deletion.setdefault(deleted, []).append(word)

    def __contains__(self, word: str) -> bool:
        return word in self._rank

    def near(self, key: str) -> list[str]:
        """The indexed words one edit from ``key``, in the order they were given."""
        found = {w for d in _deletions(key) for w in self._by_deletion.get(d, ())}
        return sorted((w for w in found if one_edit(key, w)), key=self._rank.__getitem__)


def _deletions(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1:] for i in range(len(word)))}


def _read_words(name: str) -> list[str]:
    """A packaged word list: one word or name per line, "#" opening a comment line."""
    text = files(_PACKAGE).joinpath(_FOLDER).joinpath(name).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and line[0] != "#"]


def one_edit(a: str, b: str) -> bool:
    """Damerau-Levenshtein distance exactly 1: one insertion, deletion, substitution or swap."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1:]
    swapped = i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i]
    return a[i + 1:] == b[i + 1:] or (swapped and a[i + 2:] == b[i + 2:])


def _width(phrase: str) -> int:
    """Upper bound on the tokens a tokenizer makes of a phrase (hyphens, clitics split)."""
    return len(phrase.split()) + len(re.findall(r"[-'’/]", phrase))


@dataclass(frozen=True, slots=True)
class Place:
    """A CAMEO country or region code; ``sector`` only for seats that imply one (Pentagon)."""

    code: str
    country: str | None  # ISO alpha-3; None for regions
    kind: str  # "name" | "demonym" | "capital" | "seat" | "region" | "city" (a place, not a government)
    sector: str | None = None


@dataclass(frozen=True, slots=True)
class Role:
    """A role word and the CAMEO sector it implies; priority breaks ties (higher wins)."""

    term: str
    sector: str
    kind: str  # "title" | "group"
    priority: int


@dataclass(frozen=True, slots=True)
class OrganisationHead:
    """The head noun of an organisation's name and the CAMEO type it implies ("Ministry" GOV)."""

    head: str
    sector: str
    kind: str  # "state" | "society" | "business" | "media"


@dataclass(frozen=True, slots=True)
class Organisation:
    """An international organisation or named group with its full CAMEO-style code.

    ``function`` is the CAMEO type of what an IGO/NGO does (UNHCR REF, NATO MIL, WHO HLH):
    its code already says "IGO", so the actor's sector carries the function instead.
    """

    code: str
    sector: str
    country: str | None
    name: str
    function: str | None = None


@dataclass(frozen=True, slots=True)
class Person:
    """One office and term of a person; ``country`` is ISO alpha-3 or an IGO code (IGOUNO)."""

    name: str
    aliases: tuple[str, ...]
    country: str
    sector: str
    role: str
    valid_from: date | None
    valid_to: date | None
    gender: str | None = None  # "m" or "f": which of "he" and "she" may stand for them

    def holds_office_on(self, day: date | None) -> bool:
        """In office on ``day`` (both ends inclusive); with no date, only current holders."""
        if day is None:
            return self.valid_to is None
        if self.valid_from is not None and day < self.valid_from:
            return False
        return self.valid_to is None or day <= self.valid_to


def read_table(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Rows of one actors TSV; a malformed file fails loudly rather than coding wrongly."""
    resource = files(_PACKAGE).joinpath(_FOLDER).joinpath(name)
    lines = resource.read_text(encoding="utf-8").splitlines()
    header = tuple(lines[0].split("\t")) if lines else ()
    if header != columns:
        raise ValueError(f"{name}: header {header} is not {columns}")
    rows = []
    for number, line in enumerate(lines[1:], start=2):
        if not line.strip():
            continue
        cells = line.split("\t")
        if len(cells) != len(columns):
            raise ValueError(f"{name}:{number}: {len(cells)} columns, expected {len(columns)}")
        rows.append({key: cell.strip() for key, cell in zip(columns, cells, strict=True)})
    return rows


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


class _Index:
    """Phrase -> value, exact first, then by the folded key. The first entry wins."""

    def __init__(self) -> None:
        self.exact: dict[str, object] = {}
        self.folded: dict[str, object] = {}

    def add(self, phrase: str, value: object) -> None:
        self.exact.setdefault(" ".join(phrase.split()), value)
        self.folded.setdefault(fold(phrase), value)

    def get(self, text: str, loose: bool = True) -> object | None:
        text = " ".join(text.split())
        found = self.exact.get(text)
        if found is not None or not text:
            return found
        candidates = [text]
        if loose:
            bare = _strip_article(text)
            candidates += [bare, re.sub(r"['’]s?$", "", bare)]
            if bare.isupper() and len(bare) > 4:  # headline capitals: "CHINA"
                candidates.append(bare.title())
        for candidate in candidates:
            found = self.exact.get(candidate) or self.folded.get(fold(candidate))
            if found is not None:
                return found
        return None


class Gazetteer:
    """All actor dictionaries, loaded once per process (see :meth:`load`)."""

    def __init__(self) -> None:
        self._places = _Index()
        self._orgs = _Index()
        self._orgs_lower: dict[str, Organisation] = {}
        self._org_codes: dict[str, Organisation] = {}
        self._companies = _Index()
        self._people: dict[str, list[Person]] = {}
        self._people_rows: list[Person] = []
        self._roles: dict[str, Role] = {}
        self._blocked = {fold(p) for p in NOT_PLACES}
        self.countries: dict[str, str] = {}  # iso3 -> display name
        self.regions: dict[str, str] = {}  # CAMEO region code -> name
        self.max_phrase_words = 1
        self._place_width = 1
        # (kind, text) -> answer; read without cast(), which is a call: 170,000 look-ups a corpus
        self._memo: dict[tuple[str, str], object] = {}
        self._org_heads: dict[str, OrganisationHead] | None = None
        self._phrase_words: dict[str, str] | None = None
        self._alternates: dict[str, tuple[str, ...]] = {}  # folded city name -> other countries
        self._not_misspellings: set[str] = set()
        self._typo_places: dict[str, Place] = {}
        self._typo_index: NearWords | None = None
        self._near_indexes: dict[str, NearWords] = {}  # per table of known words ("roles", "heads")
        self._single_roles: dict[str, Role] | None = None
        self._not_role_misspellings: set[str] | None = None

    @classmethod
    def load(cls) -> Gazetteer:
        """The shared instance, read from the package data on first use."""
        return _load()

    # --- building ---------------------------------------------------------------------
    def _phrase(self, phrase: str, index: _Index, value: object) -> None:
        index.add(phrase, value)
        self.max_phrase_words = max(self.max_phrase_words, _width(phrase))

    def _read(self) -> Gazetteer:
        for row in read_table("countries.tsv", ("iso3", "code", "name", "aliases", "demonyms",
                                                "capitals", "seats")):
            iso3, code = row["iso3"], row["code"] or row["iso3"]
            self.countries[iso3] = row["name"]
            columns = (("name", [row["name"], *_split(row["aliases"])]),
                       ("demonym", _split(row["demonyms"])), ("capital", _split(row["capitals"])))
            for kind, phrases in columns:
                for phrase in phrases:
                    self._phrase(phrase, self._places, Place(code, iso3, kind))
            for seat in _split(row["seats"]):
                phrase, _, sector = seat.partition("=")
                self._phrase(phrase, self._places, Place(code, iso3, "seat", sector or None))
        for row in read_table("regions.tsv", ("code", "name", "aliases", "demonyms")):
            self.regions[row["code"]] = row["name"]
            for phrase in [row["name"], *_split(row["aliases"]), *_split(row["demonyms"])]:
                self._phrase(phrase, self._places, Place(row["code"], None, "region"))
        self._place_width = self.max_phrase_words
        for row in read_table("roles.tsv", ("term", "sector", "kind", "priority")):
            role = Role(row["term"], row["sector"], row["kind"], int(row["priority"]))
            self._roles.setdefault(_role_key(role.term), role)
            self.max_phrase_words = max(self.max_phrase_words, _width(role.term))
        for row in read_table("organisations.tsv", ("code", "sector", "function", "country", "name",
                                                    "aliases")):
            org = Organisation(row["code"], row["sector"], row["country"] or None, row["name"],
                               row["function"] or None)
            self._org_codes.setdefault(org.code, org)
            for phrase in [org.name, *_split(row["aliases"])]:
                self._phrase(phrase, self._orgs, org)
                if " " in phrase:  # full names only: "world health organization"
                    self._orgs_lower.setdefault(fold(phrase).lower(), org)
        for row in read_table("companies.tsv", ("name", "aliases", "country")):
            for phrase in [row["name"], *_split(row["aliases"])]:
                self._phrase(phrase, self._companies, row["country"])
        for row in read_table("people.tsv", PEOPLE_COLUMNS):
            start, end = (date.fromisoformat(row[key]) if row[key] else None
                          for key in ("valid_from", "valid_to"))
            person = Person(row["name"], tuple(_split(row["aliases"])), row["country"],
                            row["sector"], row["role"], start, end, row["gender"] or None)
            self._people_rows.append(person)
            for phrase in (person.name, *person.aliases):
                self.max_phrase_words = max(self.max_phrase_words, _width(phrase))
            for key in {fold(phrase) for phrase in (person.name, *person.aliases)}:
                self._people.setdefault(key, []).append(person)
        return self

    def _read_cities(self) -> Gazetteer:
        """Cities (kind "city") after everything else, so no city overrides a country, an
        organisation, a company or a person of the same name (the build drops those too)."""
        taken = (self._places.folded, self._orgs.folded, self._companies.folded, self._people)
        for row in read_table("cities.tsv", ("name", "aliases", "iso3", "population", "geonameid")):
            iso3 = row["iso3"]
            place = Place(iso3, iso3, "city")
            for phrase in [row["name"], *_split(row["aliases"])]:
                key = fold(phrase)
                if phrase in self._places.exact or any(key in index for index in taken):
                    continue
                self._phrase(phrase, self._places, place)
                self._place_width = max(self._place_width, _width(phrase))
        for row in read_table("city_alternates.tsv", ("name", "iso3", "population", "geonameid")):
            known = self._places.get(row["name"], loose=False)
            if isinstance(known, Place) and known.kind in ("city", "capital") and known.country != row["iso3"]:
                key = fold(row["name"])
                if row["iso3"] not in self._alternates.get(key, ()):
                    self._alternates[key] = (*self._alternates.get(key, ()), row["iso3"])
        self._not_misspellings = {fold(w).lower() for w in _read_words("not_misspellings.txt")}
        return self

    # --- lookups ----------------------------------------------------------------------
    def place(self, text: str) -> Place | None:
        """A country, region or city named, adjectived, or stood for by its capital or seat."""
        try:
            return self._memo["place", text]  # type: ignore[return-value]
        except KeyError:
            found = self._places.get(text)
            if not isinstance(found, Place):
                found = self._misspelt_country(text)
            return self._remember("place", text, found)

    def _misspelt_country(self, text: str) -> Place | None:
        """ "Ethopia", "Phillippines": the one country name or demonym one edit away.

        Conservative on purpose: a capitalised name of one or two words, six letters or
        more, that no other dictionary knows and that is not a real word or name listed in
        ``not_misspellings.txt``; two countries at one edit ("Nigera") give nothing.
        """
        text = re.sub(r"['’]s?$", "", _strip_article(" ".join(text.split())))  # "the Phillipines's"
        words = text.split()
        if not 1 <= len(words) <= 2 or len(text) < 6 or not all(w[:1].isupper() and w[1:].islower() for w in words):
            return None
        key = fold(text).lower()
        if not key.replace(" ", "").replace("-", "").isalpha() or key in self._not_misspellings or \
                fold(text) in self._people or self._orgs.get(text, loose=False) is not None or \
                self._companies.get(text, loose=False) is not None:
            return None
        near = [self._typo_places[t] for t in self.country_spellings().near(key)]
        return near[0] if near and len({p.country for p in near}) == 1 else None

    def alternates(self, text: str) -> tuple[str, ...]:
        """Other countries with a city of this name (``city_alternates.tsv``): "Tripoli" is
        Libya's capital for :meth:`place`, and a port of Lebanon too (LBN)."""
        if not self._alternates:
            return ()
        return self._alternates.get(fold(_strip_article(" ".join(text.split()))), ())

    def country_spellings(self) -> NearWords:
        """Country names and demonyms (folded, lower case, five letters or more), indexed for
        one-edit lookups: the misspelt-country fallback and ``tools/build_cities.py``."""
        if self._typo_index is None:
            keys: list[str] = []
            for phrase, place in self._places.exact.items():
                if isinstance(place, Place) and place.kind in ("name", "demonym") and place.country and \
                        len(phrase) >= 5 and phrase[:1].isupper():
                    key = fold(phrase).lower()
                    if key not in self._typo_places:
                        self._typo_places[key] = place
                        keys.append(key)
            self._typo_index = NearWords(sorted(keys, key=len))  # the shorter first, as read within a length
        return self._typo_index

    def role(self, text: str) -> Role | None:
        """The role word or group noun ("prime minister", "troops"), case-insensitively."""
        try:
            return self._memo["role", text]  # type: ignore[return-value]
        except KeyError:
            return self._remember("role", text, self._roles.get(_role_key(text)))

    def organisation(self, text: str) -> Organisation | None:
        """An IGO, NGO or named armed group by name or acronym."""
        try:
            return self._memo["org", text]  # type: ignore[return-value]
        except KeyError:
            found = self._orgs.get(text)
            if found is None:
                found = self._orgs_lower.get(fold(_strip_article(text)).lower())
            return self._remember("org", text, found if isinstance(found, Organisation) else None)

    def organisation_head(self, word: str) -> OrganisationHead | None:
        """The type an unlisted organisation's head noun implies ("Commission" -> GOV)."""
        if self._org_heads is None:
            self._org_heads = {row["head"]: OrganisationHead(row["head"], row["sector"], row["kind"])
                               for row in read_table("organisation_heads.tsv", ("head", "sector", "kind"))}
        key = word.lower().rstrip(".")
        found = self._org_heads.get(key)
        if found is None:
            near = self._misspelt_word(key, self._org_heads, "heads")
            found = self._org_heads[near] if near is not None else None
        return found

    def misspelt_role(self, word: str) -> Role | None:
        """ "Peackeepers", "diplomatss": the one role word one edit away (eight letters or more)."""
        try:
            return self._memo["typo-role", word]  # type: ignore[return-value]
        except KeyError:
            pass
        if self._single_roles is None:
            self._single_roles = {k: r for k, r in self._roles.items() if k.isalpha()}
        near = self._misspelt_word(word.lower(), self._single_roles, "roles")
        return self._remember("typo-role", word, self._single_roles[near] if near is not None else None)

    def _misspelt_word(self, key: str, known: dict[str, _T], table: str) -> str | None:
        """The one entry of ``known`` a word of eight letters or more is one edit from, unless the
        word is real (``not_role_misspellings.txt``) or two entries of different types are that close."""
        if len(key) < 8 or not key.isalpha() or key in known:
            return None
        if self._not_role_misspellings is None:
            self._not_role_misspellings = {w.lower() for w in _read_words("not_role_misspellings.txt")}
        if key in self._not_role_misspellings:
            return None
        index = self._near_indexes.get(table)
        if index is None:
            index = self._near_indexes[table] = NearWords(k for k in known if len(k) >= 8)
        near = index.near(key)
        kinds = {(getattr(known[k], "sector", None), getattr(known[k], "kind", None)) for k in near}
        return near[0] if near and len(kinds) == 1 else None

    def phrase_word(self, word: str) -> str | None:
        """What a word does to the demonym or title beside it (``phrase_words.tsv``): "edge" for
        a place's rim ("the Thai border": where, not whose), "thing" for what a demonym only
        describes ("the Russian language"), "rank" for a title's grade ("deputy chief")."""
        if self._phrase_words is None:
            self._phrase_words = {row["word"].lower(): row["kind"]
                                  for row in read_table("phrase_words.tsv", ("word", "kind"))}
        return self._phrase_words.get(word.lower())

    def company(self, text: str) -> str | None:
        """The home country (ISO alpha-3) of a well-known company."""
        try:
            return self._memo["company", text]  # type: ignore[return-value]
        except KeyError:
            found = self._companies.get(text)
            return self._remember("company", text, found if isinstance(found, str) else None)

    def _remember(self, kind: str, text: str, value: _T) -> _T:
        """Lookups repeat across every event argument of every article: answer each once."""
        if len(self._memo) > _MEMO_LIMIT:
            self._memo.clear()
        self._memo[kind, text] = value
        return value

    def people(self, text: str) -> list[Person]:
        """Every office held by the person so named, most recent term first."""
        found = self._people.get(fold(_strip_article(" ".join(text.split()))), [])
        return sorted(found, key=lambda p: p.valid_from or date.min, reverse=True)

    def gender(self, name: str) -> str | None:
        """ "m" or "f" for a person of the seed list by name or alias, else None."""
        found = {p.gender for p in self._people.get(fold(name), []) if p.gender}
        return found.pop() if len(found) == 1 else None

    def all_people(self) -> list[Person]:
        """Every office of every curated person, in file order."""
        return list(self._people_rows)

    def organisation_by_code(self, code: str) -> Organisation | None:
        """The first organisation listed with this code (IGOUNO -> United Nations)."""
        return self._org_codes.get(code)

    def country_name(self, code: str) -> str | None:
        """Display name for an ISO alpha-3 or CAMEO region code."""
        return self.countries.get(code) or self.regions.get(code)

    def find_places(self, words: list[str]) -> list[tuple[int, int, Place]]:
        """Greedy longest-match of place phrases over tokens: (start, end_exclusive, Place)."""
        spans: list[tuple[int, int, Place]] = []
        start = 0
        while start < len(words):
            for end in range(min(len(words), start + self._place_width), start, -1):
                text = " ".join(words[start:end])
                if fold(text) in self._blocked:
                    break
                found = self._places.get(text, loose=False)
                if isinstance(found, Place):
                    spans.append((start, end, found))
                    break
            else:
                start += 1
                continue
            start = end
        return spans


@functools.lru_cache(maxsize=1)
def _load() -> Gazetteer:
    return Gazetteer()._read()._read_cities()


def country_codes() -> frozenset[str]:
    """ISO 3166-1 alpha-3 codes known to detente (plus XKX for Kosovo)."""
    return frozenset(Gazetteer.load().countries)


@functools.lru_cache(maxsize=1)
def _alpha2() -> dict[str, str]:
    try:
        import pycountry
    except ImportError:  # pragma: no cover - pycountry is a declared dependency
        return {"XK": "XKX"}
    return {c.alpha_2: c.alpha_3 for c in pycountry.countries} | {"XK": "XKX"}


def normalise_country_code(code: str) -> str | None:
    """ISO alpha-3 for an ISO, legacy CAMEO or alpha-2 code; CAMEO region codes pass through.

    Anything else (IGO, NGO, religion or ethnic codes) gives None.
    """
    key = code.strip().upper()
    gazetteer = Gazetteer.load()
    if key in gazetteer.countries or key in gazetteer.regions:
        return key
    if key in LEGACY_CODES:
        return LEGACY_CODES[key]
    return _alpha2().get(key) if len(key) == 2 else None
