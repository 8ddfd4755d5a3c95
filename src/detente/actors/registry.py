"""Who a named person is on a given day: the seed list, what was learned, and corrections.

The registry is an in-memory index over three kinds of knowledge, in order of trust:

* ``manual``: corrections made with ``detente actors add | alias | merge``. When a person
  has any, they are the whole truth about that person's offices.
* ``seed``: the curated office holders of ``data/actors/people.tsv``, with term dates.
* ``learned``: what articles said ("Prime Minister Mark Carney of Canada"), remembered
  with the dates the role was first and last seen.

Roles are time-aware: an office counts on the days of its term; once a term has ended
the person is a former official (CAMEO ``ELI``), not the government. A learned role is
trusted from when it was first seen until ``LEARNED_HORIZON`` after it was last seen, and
never for days after a curated term of the same person ended before it was learned.
This module knows nothing of spaCy or DuckDB; ``detente.store.registry`` persists it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import Enum

from detente.actors.gazetteer import Gazetteer, fold
from detente.data import word_sequence
from detente.errors import UnknownActor


class Origin(str, Enum):
    """Where a registry fact comes from; listed from the most trusted to the least."""

    MANUAL = "manual"  # a correction made with ``detente actors add | alias | merge``
    SEED = "seed"  # a curated office holder of ``people.tsv``
    LEARNED = "learned"  # what an article said


ORIGINS: tuple[str, ...] = tuple(origin.value for origin in Origin)  # the order of trust

LEARNED_HORIZON = timedelta(days=730)
FORMER_SECTOR = "ELI"
# Primary codes of actors that are not a country: a "country" cell holding one of these
# (people.tsv puts IGOUNO for UN officials) is an organisation code.
ORGANISATION_PREFIXES = ("IGO", "NGO", "IMG", "MNC")
# Role sectors read otherwise inside an organisation: an IGO's peacekeepers are its military
# arm, MIL in the PLOVER sector vocabulary (which has no PKO) and for human coders.
ORGANISATION_ROLE_SECTORS = {"PKO": "MIL"}
# Names whose first word a later mention uses in English-language news: the family name first
# ("Li Qiang" is later "Li"), or a given name before a father's name ("Abiy Ahmed" is later "Abiy").
DOTTED_ABBREVIATION = re.compile(r"(?:[A-Za-z]\.){2,}")  # U.N., U.S., E.U.
FAMILY_NAME_FIRST = frozenset({"CHN", "TWN", "HKG", "MAC", "KOR", "PRK", "ETH", "ERI"})


def person_key(name: str) -> str:
    """The identity of a name: spelling-insensitive (accents, periods, case, "the")."""
    text = " ".join(name.split())
    text = text[4:] if text[:4].lower() == "the " else text
    return fold(text).casefold()


def is_organisation_code(code: str | None) -> bool:
    """True for IGOUNO, NGOAMN, PSEREBHMS...; False for ISO alpha-3 and region codes."""
    if not code:
        return False
    return len(code) != 3 or code[:3] in ORGANISATION_PREFIXES


def organisation_sector(code: str, sector: str | None, function: str | None = None) -> str:
    """The sector of an actor inside an IGO/NGO: its code already says IGO, so say what it does.

    A role word that says more than "official" wins ("NATO troops" MIL, "former UN chief"
    ELI); a bare name or an official ("UNHCR officials", "WHO chief Tedros") takes the
    organisation's function (REF, HLH); with no function GOV stays, else the prefix (IGO).
    ``function`` is that of the row the text named (UNIFIL MIL, not the UN's GOV); None
    looks it up by code, as for people known only by their organisation's code.
    """
    if function is None:
        org = Gazetteer.load().organisation_by_code(code)
        function = org.function if org is not None else None
    sector = ORGANISATION_ROLE_SECTORS.get(sector or "", sector)
    if sector is None or sector in ORGANISATION_PREFIXES or (sector == "GOV" and function):
        return function or code[:3]
    return sector


def short_aliases(name: str, country: str | None) -> list[str]:
    """What a later mention may call a person: the surname (the family name for CHN, KOR...)."""
    parts = [p for p in name.split() if p[:1].isalpha() or p[:1] in "'’"]
    if len(parts) < 2:
        return []
    aliases = [parts[-1]]
    for prefix in word_sequence("actors.name_article_prefixes"):  # "al-Sudani" is "Sudani" later on
        bare = parts[-1][len(prefix):]
        if parts[-1].lower().startswith(prefix) and len(bare) > 2 and bare[:1].isupper():
            aliases.append(bare)
            break
    if country in FAMILY_NAME_FIRST and parts[0] not in aliases:
        aliases.append(parts[0])
    return aliases


@dataclass(frozen=True, slots=True)
class Office:
    """One role of a person over a period; ``country`` may be an organisation code (IGOUNO)."""

    country: str | None
    sector: str | None
    role: str | None
    valid_from: date | None = None
    valid_to: date | None = None
    origin: str = "learned"
    last_seen: date | None = None  # learned offices: the latest article that stated it

    def holds_on(self, day: date | None) -> bool:
        """In office on ``day`` (both ends inclusive); with no date, only open-ended terms."""
        end = self.valid_to
        if self.origin == "learned" and end is None and self.last_seen is not None:
            end = self.last_seen + LEARNED_HORIZON
        if day is None:
            return self.valid_to is None
        if self.valid_from is not None and day < self.valid_from:
            return False
        return end is None or day <= end


@dataclass(frozen=True, slots=True)
class Identity:
    """What the registry says a person is on one day."""

    name: str
    country: str | None  # ISO alpha-3, or None for organisation officials
    sector: str | None
    role: str | None
    organisation: str | None = None  # IGOUNO for a UN official
    origin: str = "seed"


@dataclass(slots=True)
class RegistryPerson:
    """A person the registry knows, with every alias and office."""

    name: str
    aliases: dict[str, str] = field(default_factory=dict)  # alias -> origin
    offices: list[Office] = field(default_factory=list)
    first_seen: date | None = None
    last_seen: date | None = None
    documents: int = 0
    merged_into: str | None = None

    @property
    def key(self) -> str:
        return person_key(self.name)

    def tier(self) -> list[Office]:
        """The offices to believe: corrections alone when there are any."""
        manual = [o for o in self.offices if o.origin == "manual"]
        return manual or self.offices

    def identity(self, day: date | None) -> Identity:
        """Country, sector and role on ``day``: in office, former (ELI) or not yet."""
        offices = self.tier()
        current = self._current(offices, day)
        if current is not None:
            return self._identity(current, current.sector, current.role)
        past = [o for o in offices if day is not None and o.valid_to is not None and o.valid_to < day]
        if past:
            last = max(past, key=lambda o: o.valid_to or date.min)
            role = f"former {last.role}" if last.role else None
            return self._identity(last, FORMER_SECTOR, role)
        if offices:  # only terms that start later, or learned roles gone stale: country only
            return self._identity(offices[0], None, None)
        return Identity(self.name, None, None, None, origin="learned")

    def _current(self, offices: list[Office], day: date | None) -> Office | None:
        curated_end = max((o.valid_to for o in offices if o.origin != "learned" and o.valid_to), default=None)
        ranked = sorted(offices, key=lambda o: (ORIGINS.index(o.origin), -(o.valid_from or date.min).toordinal()))
        for office in ranked:
            if not office.holds_on(day):
                continue
            if (office.origin == "learned" and curated_end is not None and day is not None
                    and day > curated_end and (office.valid_from or date.min) <= curated_end):
                continue  # learned while a curated term ran; that term is over now
            return office
        return None

    def _identity(self, office: Office, sector: str | None, role: str | None) -> Identity:
        if is_organisation_code(office.country):
            code = office.country or ""
            if code[:3] not in ORGANISATION_PREFIXES:  # Hamas's people keep their row's sector
                sector = office.sector if sector != FORMER_SECTOR else sector
            elif sector is not None:  # a WHO director-general is HLH, like the WHO
                sector = organisation_sector(code, sector)
            return Identity(self.name, None, sector, role, organisation=code, origin=office.origin)
        return Identity(self.name, office.country, sector, role, origin=office.origin)


@dataclass(frozen=True, slots=True)
class Sighting:
    """One document's evidence about a person, to be remembered."""

    name: str
    doc_id: str
    published: date | None
    country: str | None = None
    sector: str | None = None
    role: str | None = None
    aliases: tuple[str, ...] = ()
    described: bool = True  # the text said who they are (title, appositive, "of X")


class ActorRegistry:
    """People by name and alias; ``lookup`` answers for a given day."""

    def __init__(self) -> None:
        self.people: dict[str, RegistryPerson] = {}
        self._by_alias: dict[str, list[str]] = {}
        self.changed: set[str] = set()  # person keys touched by ``learn`` since the last save

    # --- building -------------------------------------------------------------------------
    @classmethod
    def from_seed(cls, gazetteer: Gazetteer | None = None) -> ActorRegistry:
        """A registry holding only the curated people of ``people.tsv``."""
        registry = cls()
        for person in (gazetteer or Gazetteer.load()).all_people():
            entry = registry.ensure(person.name)
            for alias in person.aliases:
                registry.add_alias(entry, alias, "seed")
            entry.offices.append(Office(person.country, person.sector, person.role,
                                        person.valid_from, person.valid_to, "seed"))
        registry.changed.clear()
        return registry

    def copy(self) -> ActorRegistry:
        """An independent registry with the same knowledge (the seed is shared read-only)."""
        other = ActorRegistry()
        for key, person in self.people.items():
            other.people[key] = RegistryPerson(person.name, dict(person.aliases), list(person.offices),
                                               person.first_seen, person.last_seen, person.documents,
                                               person.merged_into)
        other._by_alias = {k: list(v) for k, v in self._by_alias.items()}
        return other

    def ensure(self, name: str) -> RegistryPerson:
        """The person so named, created when new."""
        key = person_key(name)
        person = self.people.get(key)
        if person is None:
            person = self.people[key] = RegistryPerson(" ".join(name.split()))
            self._index(key, key)
        return person

    def add_alias(self, person: RegistryPerson, alias: str, origin: str) -> None:
        alias = " ".join(alias.split())
        if not alias or person_key(alias) == person.key:
            return
        if alias not in person.aliases or origin == "manual":
            person.aliases[alias] = origin
        self._index(person_key(alias), person.key)

    def _index(self, alias_key: str, person: str) -> None:
        keys = self._by_alias.setdefault(alias_key, [])
        if person not in keys:
            keys.append(person)

    def merge(self, source: str, target: str) -> RegistryPerson:
        """Fold the person ``source`` into ``target``: aliases, offices and counts move."""
        old, new = self.find(source), self.find(target)
        if old is None or new is None:
            raise UnknownActor(source if old is None else target)
        if old is new:
            return new
        self.add_alias(new, old.name, "manual")
        for alias, origin in old.aliases.items():
            self.add_alias(new, alias, origin)
        new.offices.extend(old.offices)
        new.documents += old.documents
        new.first_seen = min((d for d in (new.first_seen, old.first_seen) if d), default=None)
        new.last_seen = max((d for d in (new.last_seen, old.last_seen) if d), default=None)
        old.merged_into, old.offices, old.aliases = new.key, [], {}
        for keys in self._by_alias.values():
            if old.key in keys:
                keys.remove(old.key)
                if new.key not in keys:
                    keys.append(new.key)
        return new

    # --- learning -------------------------------------------------------------------------
    def learn(self, sighting: Sighting) -> RegistryPerson | None:
        """Remember one document's evidence; full names only (a bare surname is too weak).

        A person the text does not describe is only counted when already known: a name
        alone says nothing worth remembering.
        """
        if len(sighting.name.split()) < 2:
            return None
        if not (sighting.described and (sighting.country or sighting.sector)) and not self.candidates(sighting.name):
            return None
        person = self._learning_target(sighting)
        for alias in sighting.aliases:
            self.add_alias(person, alias, "learned")
        day = sighting.published
        person.first_seen = min((d for d in (person.first_seen, day) if d), default=None)
        person.last_seen = max((d for d in (person.last_seen, day) if d), default=None)
        person.documents += 1
        if sighting.described and (sighting.country or sighting.sector):
            self._learn_office(person, sighting)
        self.changed.add(person.key)
        return person

    def _learning_target(self, sighting: Sighting) -> RegistryPerson:
        person = self.find(sighting.name, exact=True)
        if person is None:  # a new spelling of someone known ("Joseph R. Biden")
            candidates = [p for p in self.candidates(sighting.name) if len(p.name.split()) > 1]
            same = [p for p in candidates if _compatible(p, sighting)]
            person = same[0] if len(same) == 1 and len(candidates) == 1 else None
            if person is not None:
                self.add_alias(person, sighting.name, "learned")
        return person or self.ensure(sighting.name)

    def _learn_office(self, person: RegistryPerson, sighting: Sighting) -> None:
        day = sighting.published
        for index, office in enumerate(person.offices):
            if office.origin == "learned" and (office.country, office.sector, office.role) == (
                    sighting.country, sighting.sector, sighting.role):
                start = min((d for d in (office.valid_from, day) if d), default=None)
                seen = max((d for d in (office.last_seen, day) if d), default=None)
                person.offices[index] = Office(office.country, office.sector, office.role, start,
                                               office.valid_to, "learned", seen)
                return
        person.offices.append(Office(sighting.country, sighting.sector, sighting.role, day, None,
                                     "learned", day))

    # --- lookups --------------------------------------------------------------------------
    def find(self, name: str, exact: bool = False) -> RegistryPerson | None:
        """The person with this name (following merges), or the only one with this alias."""
        person = self.people.get(person_key(name))
        seen: set[str] = set()
        while person is not None and person.merged_into and person.key not in seen:
            seen.add(person.key)
            person = self.people.get(person.merged_into)
        if person is not None or exact:
            return person
        found = self.candidates(name)
        return found[0] if len(found) == 1 else None

    def candidates(self, name: str) -> list[RegistryPerson]:
        """Everyone ``name`` may mean. A dotted abbreviation names no one: "U.N." folds to the
        "Un" of Kim Jong Un."""
        if DOTTED_ABBREVIATION.fullmatch(name.strip()):
            return []
        keys = self._by_alias.get(person_key(name), [])
        return [self.people[k] for k in keys if k in self.people and not self.people[k].merged_into]

    def learn_all(self, sightings: Iterable[Sighting]) -> list[tuple[str, Sighting]]:
        """Learn each sighting; (person key, sighting) for those remembered."""
        done = []
        for sighting in sightings:
            person = self.learn(sighting)
            if person is not None:
                done.append((person.key, sighting))
        return done

    def lookup(self, name: str, day: date | None) -> Identity | None:
        """Who ``name`` is on ``day``; several people so called: the one in office, else none.

        An alias given by hand (``detente actors alias``) settles the question.
        """
        found = self.candidates(name)
        if not found:
            return None
        if len(found) > 1:
            key = person_key(name)
            manual = [p for p in found if any(o == "manual" and person_key(a) == key for a, o in p.aliases.items())]
            found = manual if len(manual) == 1 else found
        if len(found) == 1:
            return found[0].identity(day)
        identities = [p.identity(day) for p in found]
        current = [i for i in identities if i.sector and i.sector != FORMER_SECTOR]
        if len(current) == 1:
            return current[0]
        pool = current or identities
        countries = {i.country or i.organisation for i in pool}
        if len(countries) == 1:  # "Bush": two presidents, one country
            return _latest(found, pool, day)
        return None

    def __iter__(self) -> Iterator[RegistryPerson]:
        return iter(p for p in self.people.values() if not p.merged_into)

    def __len__(self) -> int:
        return sum(1 for _ in self)


def _compatible(person: RegistryPerson, sighting: Sighting) -> bool:
    countries = {o.country for o in person.offices if o.country}
    return not sighting.country or not countries or sighting.country in countries


def _latest(people: Iterable[RegistryPerson], pool: list[Identity], day: date | None) -> Identity:
    """Of namesakes from one country, the one whose terms came last before ``day``."""
    names = {i.name for i in pool}

    def recency(person: RegistryPerson) -> date:
        starts = [o.valid_from or date.min for o in person.offices
                  if day is None or o.valid_from is None or o.valid_from <= day]
        return max(starts, default=date.min)

    best = max((p for p in people if p.name in names), key=recency)
    return next(i for i in pool if i.name == best.name)


@functools.lru_cache(maxsize=1)
def seed_registry() -> ActorRegistry:
    """The shared seed-only registry (never mutated: learners work on a ``copy()``)."""
    return ActorRegistry.from_seed()
