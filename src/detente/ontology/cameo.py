"""CAMEO codes as package data: name, GDELT Goldstein weight, QuadClass, PLOVER type."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from detente.data import read_tsv

if TYPE_CHECKING:
    from detente.model import Event

# GDELT's four kinds of event by QuadClass (roots 01-05, 06-09, 10-14 and 15-20), as every
# table, chart and summary names them.
QUAD_CLASS_NAMES: dict[int, str] = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict",
                                    4: "material conflict"}


@dataclass(frozen=True, slots=True)
class CameoCode:
    """One CAMEO event code and what it implies."""

    code: str
    name: str
    goldstein: float
    quad_class: int
    plover: str | None
    plover_mode: str | None
    plover_context: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


class Ontology:
    """Lookup of the 311 CAMEO codes (GDELT's table; QuadClass by GDELT's rule)."""

    def __init__(self, codes: dict[str, CameoCode]) -> None:
        self.codes = codes

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> Ontology:
        codes = {
            row["code"]: CameoCode(
                code=row["code"],
                name=row["name"],
                goldstein=float(row["goldstein"]),
                quad_class=int(row["quad_class"]),
                plover=row["plover"] or None,
                plover_mode=row["plover_mode"] or None,
                plover_context=row["plover_context"] or None,
            )
            for row in read_tsv("cameo/events.tsv")
        }
        return cls(codes)

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def __getitem__(self, code: str) -> CameoCode:
        return self.codes[code]

    def __len__(self) -> int:
        return len(self.codes)

    def nearest(self, code: str) -> CameoCode:
        """The code itself, or its closest listed ancestor (0314 -> 031 -> 03)."""
        while code and code not in self.codes:
            code = code[:-1]
        if not code:
            raise KeyError(code)
        return self.codes[code]


def recode(event: Event, code: str) -> None:
    """Give a coded event another CAMEO code, with what the code carries (its root, quad class,
    Goldstein weight and PLOVER type), as the coder would have set them."""
    info = Ontology.load().nearest(code)
    event.cameo, event.root, event.quad_class = info.code, info.root, info.quad_class
    event.goldstein, event.plover = info.goldstein, info.plover
