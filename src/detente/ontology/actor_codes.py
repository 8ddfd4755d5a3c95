"""Actor codes as people type them: a CAMEO code (CAN, CANGOV, IGOEEC) or one of its aliases.

Stored records do not always spell one actor the same way: events code the European Union
with CAMEO's ``IGOEEC``, trade measures name the jurisdiction ``EU``. The aliases live in
one table, ``data/cameo/actor_code_aliases.tsv``, read here; queries take every spelling of
a code from :func:`spellings`, so ``dyad EU CHN`` and ``measures --imposer IGOEEC`` find
both kinds of record. Coded output is not changed: this is only how codes are looked up.
"""

from __future__ import annotations

import re
from functools import cache

from detente.data import read_tsv

# A country (CAN), a CAMEO region (EUR) or a longer CAMEO code (CANGOV, IGOUNO): three
# letters, then more letters or digits.
CAMEO_ACTOR_CODE = re.compile(r"^[A-Z]{3}[A-Z0-9]*$")


@cache
def _spelling_groups() -> dict[str, tuple[str, ...]]:
    """Each spelling (code or alias) mapped to all spellings of its actor, the CAMEO code first."""
    aliases: dict[str, list[str]] = {}
    for row in read_tsv("cameo/actor_code_aliases.tsv"):
        aliases.setdefault(row["code"], []).append(row["alias"])
    groups: dict[str, tuple[str, ...]] = {}
    for code, names in aliases.items():
        group = (code, *names)
        for spelling in group:
            groups[spelling] = group
    return groups


def spellings(code: str) -> tuple[str, ...]:
    """Every spelling of the actor ``code`` names, its CAMEO code first: EU -> (IGOEEC, EU)."""
    return _spelling_groups().get(code, (code,))


def cameo_spelling(code: str) -> str:
    """The CAMEO code events are stored under: EU -> IGOEEC; any other code unchanged."""
    return spellings(code)[0]


def is_actor_code(code: str) -> bool:
    """True for a CAMEO actor code (CAN, CANGOV) or a listed alias (EU)."""
    return bool(CAMEO_ACTOR_CODE.match(code)) or code in _spelling_groups()
