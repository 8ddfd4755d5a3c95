"""Measures taken for what their taker alleges: "cut ties with Kenya [for allegedly meddling]",
"expelled diplomats [over alleged spying]" are also the taker's accusation of the one they hit
(112), which coders code beside the measure."""

from __future__ import annotations

from detente.data import word_list
from detente.events import roots
from detente.events.candidate import Candidate
from detente.model import Actor
from detente.nlp import grammar as g
from detente.nlp.tree import children

ALLEGATION, ALLEGATION_RULE = "112", "+alleged"
ALLEGATION_MARKS = word_list("events.allegation_marks")
ALLEGATION_PREPS = word_list("events.allegation_preps")
PUNISHING_CODES = frozenset({"172", "174"})  # administrative sanctions, expulsions (besides all of 16x)


def punished_for_allegation(cand: Candidate, source: Actor | None, target: Actor | None) -> bool:
    """A reduction of relations, a sanction or an expulsion by one party of another, taken "for"
    or "over" something marked as alleged ("for allegedly meddling", "over alleged espionage")."""
    if source is None or target is None or source.code == target.code or not (source.country or source.code) \
            or not (cand.root == roots.REDUCE or cand.code in PUNISHING_CODES):
        return False
    heads = [cand.token, *g.direct_objects(cand.token)]
    reasons = [o for h in heads for p in children(h) if p.dep_ == "prep" and p.lower_ in ALLEGATION_PREPS
               for o in children(p) if o.dep_ in ("pobj", "pcomp")]
    return any(m.lower_ in ALLEGATION_MARKS for o in reasons for m in o.subtree)  # "for [allegedly] shipping parts"
