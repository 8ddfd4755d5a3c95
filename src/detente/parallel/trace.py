"""The actor registry's answers, recorded, so that coding in many processes equals coding in one.

People learned from one document are known to the next: a later "Velund said..." resolves
through the registry to the minister an earlier article introduced. One process learns each
document's people before it codes the next. Workers cannot: a worker codes with the registry
as it stood when its task was sent (the people of documents still in flight are missing).

So a worker does not learn; it records every question its document asked the registry
(``candidates(name)``, ``lookup(name, day)``) with the answer it got, and what the document
would teach (the sightings passed to ``learn_all``). The writer takes documents in input
order and asks the same questions of its own registry, which holds exactly what one process
would have known at that point. The coding of a document is a deterministic function of its
parse and of these answers, so the same answers mean the same events, measures and people;
the writer then learns the sightings itself. A different answer (a person learned by a
document still in flight), or a question this module does not record, and a worker codes the
document again with the writer's registry as it is then (the writer itself only when that
second coding cannot be checked either). Either way the output is what one process makes.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from detente.actors.registry import ActorRegistry, Identity, RegistryPerson, Sighting

__all__ = ["RecordingRegistry", "RegistryCall", "RegistryTrace", "answers_still_hold"]


@dataclass(slots=True)
class RegistryCall:
    """One question a document asked the registry, and the answer (as text, to compare)."""

    method: str
    name: str
    day: date | None
    answer: str


@dataclass(slots=True)
class RegistryTrace:
    """What coding one document asked of the registry, and what it would teach it."""

    calls: list[RegistryCall] = field(default_factory=list)
    untracked: bool = False  # it used the registry in a way not recorded: code it again to be sure
    sightings: list[Sighting] | None = None  # passed to learn_all (None: the document learned nothing)


def _reading(identity: Identity | None) -> str:
    """What coding reads of an identity: everything but where the registry had it from (a
    person seeded and then seen again reads the same)."""
    return "None" if identity is None else repr(replace(identity, origin=""))


def _people(found: list[RegistryPerson], day: date | None) -> str:
    """The people a name may mean, as far as a reader of them can tell on ``day``."""
    return repr([(person.key, person.name, _reading(person.identity(day))) for person in found])


def ask(registry: ActorRegistry, method: str, name: str, day: date | None) -> str:
    """The answer to a recorded question, as ``RecordingRegistry`` records it."""
    if method == "candidates":
        return _people(registry.candidates(name), day)
    if method == "lookup":
        return _reading(registry.lookup(name, day))
    raise ValueError(f"no such registry question: {method}")


class RecordingRegistry:
    """An actor registry (it answers like the one it wraps) that records what it was asked.

    ``learn``: pass ``learn_all`` through (the writer coding a document itself) or only note
    the sightings (a worker, whose registry must stay as it was sent).
    """

    def __init__(self, registry: ActorRegistry, published: date | None, *, learn: bool) -> None:
        self._registry = registry
        self._published = published
        self._learn = learn
        self._asked: dict[tuple[str, str, date | None], str] = {}
        self.trace = RegistryTrace()

    def _note(self, method: str, name: str, day: date | None, answer: str) -> None:
        key = (method, name, day)
        if key not in self._asked:
            self._asked[key] = answer
            self.trace.calls.append(RegistryCall(method, name, day, answer))

    def candidates(self, name: str) -> list[RegistryPerson]:
        found = self._registry.candidates(name)
        self._note("candidates", name, self._published, _people(found, self._published))
        return found

    def lookup(self, name: str, day: date | None) -> Any:
        identity = self._registry.lookup(name, day)
        self._note("lookup", name, day, _reading(identity))
        return identity

    def learn_all(self, sightings: Iterable[Sighting]) -> list[tuple[str, Sighting]]:
        sightings = list(sightings)
        self.trace.sightings = [*(self.trace.sightings or []), *sightings]
        return self._registry.learn_all(sightings) if self._learn else []

    def __getattr__(self, name: str) -> Any:  # anything else: answered, but not verifiable
        self.trace.untracked = True
        return getattr(self._registry, name)

    def __iter__(self) -> Iterator[RegistryPerson]:
        self.trace.untracked = True
        return iter(self._registry)

    def __len__(self) -> int:
        self.trace.untracked = True
        return len(self._registry)


def answers_still_hold(trace: RegistryTrace, registry: ActorRegistry) -> bool:
    """True when ``registry`` gives every recorded question the recorded answer."""
    return not trace.untracked and all(ask(registry, c.method, c.name, c.day) == c.answer for c in trace.calls)
