"""CAMEO-style actor codes: one built from a country, a sector and an organisation, and the
groups of sector codes the actor rules speak of."""

from __future__ import annotations

from detente.actors.registry import is_organisation_code, organisation_sector
from detente.data import word_list
from detente.model import Actor

# Sectors of the state: a former holder of one of them is an elite (ELI).
STATE_SECTORS = frozenset({"GOV", "MIL", "LEG", "JUD", "COP", "SPY"})
# Sectors that are not any one country's: no guessing a country for them.
STATELESS_SECTORS = frozenset({"IGO", "NGO", "IMG", "MNC"})
# Sectors of groups outside the state: their leaders, commanders and members are the group.
GROUP_SECTORS = frozenset({"REB", "INS", "SEP", "OPP"})
# Sectors (and the stateless prefix IMG) of armed groups: "the militants" take one back, a state's forces fight one.
ARMED_GROUP_SECTORS = word_list("actors.armed_group_sectors")
# Sectors that are also domains of things ("military equipment", "medical supplies", "judicial
# reform"); ideological words ("fundamentalist", "radical") describe groups, not things.
DOMAIN_SECTORS = frozenset({"MIL", "GOV", "JUD", "COP", "LEG", "SPY", "HLH", "EDU", "BUS", "AGR", "MED", "ENV", "DEV",
                            "LAB"})


def actor_code(country: str | None, sector: str | None, org_code: str | None = None) -> str | None:
    """CAMEO-style code; an organisation code in ``country`` (IGOUNO) is kept whole."""
    if org_code:
        return org_code
    if is_organisation_code(country):
        return country
    code = (country or "") + (sector or "")
    return code or None


def make_actor(text: str, country: str | None, sector: str | None, name: str | None = None,
               organisation: str | None = None, function: str | None = None) -> Actor:
    """An Actor whose code, country and sector agree, whatever the source of the facts."""
    if organisation is None and is_organisation_code(country):
        organisation, country = country, None
    if organisation is not None and organisation[:3] in STATELESS_SECTORS:
        sector = organisation_sector(organisation, sector, function)
    return Actor(text=text, code=actor_code(country, sector, organisation), country=country,
                 sector=sector, name=name)
