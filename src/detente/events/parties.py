"""The parties a joint act names no one for: talks or a signing that name no one are between the
parties that last met in the article ("Thursday's talks culminated in the signing of ..."); an
agreement signed in the passive with no doer ("the agreements were signed during the Kenyan
president's visit to Beijing") is between the visitor and its hosts in the same sentence."""

from __future__ import annotations

from detente.data import word_list
from detente.events import roots
from detente.events.candidate import Candidate
from detente.events.schema import WordClass
from detente.events.targets import UNSAID as UNSAID_TARGET
from detente.model import Actor
from detente.nlp import grammar as g
from detente.nlp.tree import children

# Visits: a country named as where one went is a place, not a party to the act.
VISIT_CODES = frozenset({"042", "043"})
NO_ONE_DETERMINERS = word_list("events.no_one_determiners")  # "that [any] agreements will be reached"
Pair = tuple[Actor, Actor]
Dyads = list[tuple[Actor | None, Actor | None, str]]


def unsigned(cand: Candidate) -> bool:
    """A joint act in the passive with no doer named ("the agreements were signed"); not one of
    "any" or "no" agreements, which asserts none."""
    return cand.symmetric and g.is_passive(cand.token) and not g.agents(cand.token) and not any(
        d.lower_ in NO_ONE_DETERMINERS for s in g.passive_subjects(cand.token) for d in children(s))


def with_parties(cand: Candidate, dyads: Dyads, answerers: list[Actor], parties: list[Pair],
                 visits: list[Pair]) -> Dyads:
    """An offer's answerer is whom it was made to ("Tehran rejected Washington's offer of talks");
    talks or a signing that name no one are between the parties that last met in the article,
    whose pairs ``parties`` remembers; a signing in the passive, between the visitor and hosts of
    a visit in its sentence (``visits``) first."""
    if answerers and all(target is None or UNSAID_TARGET in implied for _, target, implied in dyads):
        # the answerer the sentence names comes before a target guessed from the story
        dyads = [(source, answerers[0] if source is None or source.code != answerers[0].code else None,
                  "" if UNSAID_TARGET in implied else implied) for source, _, implied in dyads]
    meeting = cand.symmetric and cand.root in roots.MEETING_ROOTS
    passive = unsigned(cand)
    met = (visits if passive else []) + parties
    if meeting and not dyads and met and (cand.pattern.pos == WordClass.NOUN or passive):
        pair = visits[-1] if passive and visits else parties[-1]
        return [(pair[0], pair[1], "+implied:parties_in_focus")]
    pairs = [(s, t) for s, t, _ in dyads if s and t and s.country and t.country and s.country != t.country]
    if meeting:
        parties.extend(pairs)
    elif cand.code in VISIT_CODES:  # a visit meets its hosts
        visits.extend(pairs)
    return dyads
