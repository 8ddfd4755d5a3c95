"""Word senses: a visit, talks, an interview or an appeal is diplomacy only when a political
actor acts in it (issue 12: "school trips, climbing missions, court appeals, radio interviews"
are no 04x/02x events)."""

from __future__ import annotations

from detente.actors.codes import GROUP_SECTORS, STATE_SECTORS, STATELESS_SECTORS
from detente.actors.gazetteer import Gazetteer
from detente.actors.phrases import GOVERNMENT_PLACE_KINDS
from detente.data import word_list
from detente.events import roots
from detente.events.candidate import Candidate
from detente.events.parties import VISIT_CODES
from detente.model import Actor

# Sectors whose visits, talks and appeals are politics: states, armed groups, bodies, elites, parties, churches.
POLITICAL_SECTORS = STATE_SECTORS | GROUP_SECTORS | (STATELESS_SECTORS - {"MNC"}) | {"ELI", "PTY", "HRI", "REL"}


def political_sense(cand: Candidate, source: Actor | None, target: Actor | None, gaz: Gazetteer) -> bool:
    """A visit, talks, an interview or an appeal (02x, 03x, 04x) is diplomatic when a political
    actor acts in it: a state, its officials, a party, an armed group, an organisation; not
    schoolchildren on a trip, a coach meeting his players, a union and a firm."""
    words = word_list("events.diplomatic_senses")
    if cand.root not in roots.SENSE_ROOTS or not {t.lemma_.lower() for t in (cand.token, *cand.extra_tokens)} & words:
        return True
    if _political(source):
        return True  # a country visited is only a place: "a school trip to France"
    if cand.code in VISIT_CODES and source is not None and target is not None and _seat_of_government(target, gaz):
        return False  # "pupils visited Nairobi", "a trip to Berlin": the capital is only where they went
    return _political(target) and ((target is not None and target.sector is not None) or cand.code not in VISIT_CODES)


def _seat_of_government(actor: Actor, gaz: Gazetteer) -> bool:
    """The actor is named by a capital or seat, which stands for a government only when one acts with it."""
    place = gaz.place(actor.text)
    return place is not None and place.kind in GOVERNMENT_PLACE_KINDS


def _political(actor: Actor | None) -> bool:
    """A state, its officials, a party, an armed group or an organisation (a UN agency, whatever its field)."""
    kind = (actor.code or "")[:3] if actor else None  # "IGO" for IGOWHO, whose sector is health
    return bool(actor and ({actor.sector, kind} & POLITICAL_SECTORS or (actor.country and not actor.sector)))
