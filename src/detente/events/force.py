"""Which kind of force an act is: conventional (19) or unconventional (18), by who used it on whom."""

from __future__ import annotations

from typing import Protocol

from spacy.tokens import Token

from detente.data import word_list
from detente.events import roots
from detente.events.allegations import ALLEGATION, ALLEGATION_RULE, punished_for_allegation
from detente.events.candidate import Candidate
from detente.model import Actor
from detente.nlp.tree import children


class _Matcher(Protocol):
    def match(self, token: Token) -> Candidate | None: ...


PLAIN_FORCE, UNCONVENTIONAL_FORCE = "190", "180"
STATE_CUSTODY, HOSTAGE_TAKING = "173", "181"  # arrest or detain; abduct, hijack, take hostage
IRREGULAR_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "CRM"})  # armed, outside the state
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY"}) | IRREGULAR_SECTORS
MILITANT_GROUP = "IMG"  # "IMGISS": a known militant group
PLAIN_STATEMENT, CLAIMED_RESPONSIBILITY = "010", "015"
CLAIMING_VERBS = word_list("events.responsibility_claiming_verbs")
UNATTRIBUTED = "unattributed"  # implied_actors.yaml: the source of violence no one is named for
VERBAL_CLASH_VERBS = word_list("events.verbal_clash_verbs")
UNARMED_POLITICAL_SECTORS = frozenset({"GOV", "LEG", "OPP", "JUD"})  # leaders, lawmakers, parties, judges
CRITICISM = "111"
OWN_CLAIM_ROOTS = frozenset({"18", "19", "20"})  # force an armed group may claim
OWN_CLAIM_RULE = "+claimed"  # the rule suffix of force an armed group told of as its own


def irregular_force(code: str, source: Actor | None, target: Actor | None, implied: str = "") -> str:
    """Force of no stated kind (190) by an armed group outside the state (rebels, insurgents,
    gunmen, gangs, militant organisations) on anyone but armed men: unconventional violence
    (180), as coders code "militants attacked a hotel", "al-Shabab killed ten people"; rebels
    fighting soldiers, or a group's forces crossing into another state, stay in 19."""
    if code != PLAIN_FORCE or source is None or not _irregular(source) or UNATTRIBUTED in implied:
        return code  # an unknown attacker read as gunmen (implied) is not said to be irregular
    if target is not None and (target.sector in ARMED_SECTORS or _irregular(target)):
        return code
    if target is not None and target.sector is None and target.country and target.country != source.country:
        return code  # "Vietnamese guerrillas overran western Cambodia": war across a border
    return UNCONVENTIONAL_FORCE


def irregular_custody(code: str, source: Actor | None, implied: str = "") -> str:
    """Custody (173) taken by an armed group outside the state ("the militants were holding
    passengers", "rebels detained two aid workers") is hostage taking (181): no state holds them."""
    if code != STATE_CUSTODY or source is None or not _irregular(source) or UNATTRIBUTED in implied:
        return code
    return HOSTAGE_TAKING


def verbal_clash(cand: Candidate, code: str, source: Actor | None, target: Actor | None) -> str:
    """ "Trump and Zelenskyy clashed in the Oval Office", "the minister clashed with lawmakers over
    the budget": leaders, lawmakers and parties, unarmed, clash in words (111), not in a fight (190)."""
    if code != PLAIN_FORCE or cand.token.lemma_.lower() not in VERBAL_CLASH_VERBS or source is None \
            or target is None or source.sector not in UNARMED_POLITICAL_SECTORS \
            or target.sector not in UNARMED_POLITICAL_SECTORS:
        return code
    return CRITICISM


def _irregular(actor: Actor) -> bool:
    return actor.sector in IRREGULAR_SECTORS or str(actor.code or "").startswith(MILITANT_GROUP)


def claimed_responsibility(cand: Candidate, code: str, source: Actor | None, matcher: _Matcher) -> str:
    """ "The BLA claimed it had killed 30 soldiers", "al-Shabab claimed it was holding 20
    hostages": an armed group outside the state claiming an act of force claims responsibility
    for it (015), as coders code it, not a plain statement."""
    if code != PLAIN_STATEMENT or source is None or not _irregular(source) \
            or cand.token.lemma_.lower() not in CLAIMING_VERBS:
        return code
    said = [t for c in children(cand.token) if c.dep_ == "ccomp" for t in (c, *c.conjuncts)]
    acts = (matcher.match(t) for t in said)  # the claimed clause's own verb, not "from attacks by others"
    return CLAIMED_RESPONSIBILITY if any(a is not None and a.pattern.code[:2] in roots.VIOLENT_ROOTS
                                         for a in acts) else code


def own_claim(cand: Candidate, code: str, source: Actor | None, tellers: list[Actor]) -> str:
    """ "In a statement, the group said it had killed more than 10 people", "al-Shabab said its fighters
    stormed the base": an armed group outside the state telling of its own force also claims
    responsibility for it (015, as the conflict set's coders code it; the PLOVER gold codes the force
    itself, so both are kept); "the army said the militants killed ..." is no claim. Returns the
    claim's code, or ``code`` when there is none."""
    if code[:2] not in OWN_CLAIM_ROOTS or source is None or not _irregular(source) or len(tellers) != 1 \
            or cand.speaker is None or cand.token not in cand.speaker.subtree:
        return code  # told in the clause of the group's own verb of saying, not a running quote's
    teller = tellers[0]
    same = teller.code == source.code or (teller.name is not None and teller.name == source.name)
    return CLAIMED_RESPONSIBILITY if same and source.code else code


def side_acts(cand: Candidate, code: str, source: Actor | None, target: Actor | None,
              tellers: list[Actor]) -> list[tuple[str, str]]:
    """Acts coders code beside the one coded, each with its rule (less the implied actors): the
    taker's accusation behind a measure "over alleged spying" (112), an armed group's claim of the
    force it tells of as its own (015)."""
    acts = []
    if punished_for_allegation(cand, source, target):
        acts.append((ALLEGATION, cand.pattern.id + ALLEGATION_RULE + cand.rule_suffix))
    claimed = own_claim(cand, code, source, tellers)
    if claimed != code:
        acts.append((claimed, cand.pattern.id + cand.rule_suffix + OWN_CLAIM_RULE))
    return acts
