"""PLOVER event types by their current names, and the older names gold files still use.

detente outputs the 16 types of PLOVER 1.0 (the POLECAT data set's): AGREE ... ASSAULT.
The PLOVER gold standard records and early drafts name some of them otherwise (DEMAND for
REQUEST, DISAPPROVE and INVESTIGATE for ACCUSE, FIGHT for ASSAULT); the mapping is package
data, ``data/cameo/plover_types.tsv``, each row with its source.
"""

from __future__ import annotations

from functools import cache

from detente.data import read_tsv


@cache
def _names() -> dict[str, str]:
    """Every known spelling (current or older) -> its PLOVER 1.0 name."""
    return {row["name"]: row["plover"] for row in read_tsv("cameo/plover_types.tsv")}


@cache
def plover_types() -> tuple[str, ...]:
    """The PLOVER 1.0 types in the specification's order (verbal, then material cooperation;
    verbal, then material conflict)."""
    return tuple(name for name, current in _names().items() if name == current)


def plover_name(name: str) -> str | None:
    """The PLOVER 1.0 name for a type written in either naming ("fight" -> ASSAULT), else None."""
    return _names().get(name.strip().upper())
