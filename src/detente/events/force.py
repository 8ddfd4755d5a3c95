"""Which kind of force an act is: conventional (19) or unconventional (18), by who used it on whom."""

from __future__ import annotations

from detente.model import Actor

PLAIN_FORCE, UNCONVENTIONAL_FORCE = "190", "180"
IRREGULAR_SECTORS = frozenset({"REB", "INS", "SEP", "UAF", "CRM"})  # armed, outside the state
ARMED_SECTORS = frozenset({"MIL", "COP", "SPY"}) | IRREGULAR_SECTORS
MILITANT_GROUP = "IMG"  # "IMGISS": a known militant group
UNATTRIBUTED = "unattributed"  # implied_actors.yaml: the source of violence no one is named for


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


def _irregular(actor: Actor) -> bool:
    return actor.sector in IRREGULAR_SECTORS or str(actor.code or "").startswith(MILITANT_GROUP)
