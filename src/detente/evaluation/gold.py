"""Gold-standard readers: the PLOVER GSR JSON array and a simple JSON Lines format.

Both become the same records (one sentence, its date, its gold events with actor
countries and sectors), so that scoring never needs to know where the gold came from.
PLOVER types may be written in PLOVER 1.0's names or the older ones of the gold standard
(DEMAND, DISAPPROVE, INVESTIGATE, FIGHT); they are read as PLOVER 1.0's.
Gold files are curated by hand, so a malformed record stops the run (E017) instead of
being skipped: a silently shrunken gold set would make the figures lie.
"""

from __future__ import annotations

import json
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from detente.errors import DetenteError, Errors
from detente.ingest.readers import parse_date
from detente.ontology import plover_name, plover_types

# Old CAMEO/ISO country codes that occur in gold files; used only when the gazetteer's
# normaliser is not available.
LEGACY_COUNTRY_CODES = {"ITL": "ITA", "JAP": "JPN", "VTN": "VNM", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS"}
# Sector spellings in gold files that mean a CAMEO sector under another name.
SECTOR_ALIASES = {"CIV": "CVL"}
# The PLOVER gold standard's own type words where CAMEO uses others: it codes doctors and the
# Red Cross "MED" (medical; CAMEO HLH) and journalists and newspapers "JRN" (CAMEO MED, media).
PLOVER_SECTOR_WORDS = {"MED": "HLH", "JRN": "MED"}
SKIPPED_PLOVER_TYPES = {"DOCUMENT"}
# CAMEO primary codes for non-state actors: neither a country nor a sector.
INTERNATIONAL_CODES = {"IGO", "NGO", "IMG", "MNC", "UIS", "NGM"}


class GoldFileError(DetenteError):
    """The gold file cannot be read or does not have the expected shape."""


@dataclass(slots=True)
class GoldActor:
    """One gold actor: its raw code and what it means for scoring."""

    code: str | None
    country: str | None = None  # ISO alpha-3, normalised
    sector: str | None = None  # three upper-case letters, e.g. "GOV"
    text: str | None = None


@dataclass(slots=True)
class GoldEvent:
    """One gold event: a PLOVER type and/or a CAMEO code, with its actors."""

    plover: str | None
    cameo: str | None = None
    sources: list[GoldActor] = field(default_factory=list)
    targets: list[GoldActor] = field(default_factory=list)
    symmetric: bool = False  # a meeting or agreement between equals: either side may be the source
    background: bool = False  # recalled in passing ("since the 2018 arrest"); scored like the others

    @property
    def root(self) -> str | None:
        return self.cameo[:2] if self.cameo else None

    def countries(self, role: str) -> set[str]:
        return {a.country for a in self._actors(role) if a.country}

    def sectors(self, role: str) -> set[str]:
        return {a.sector for a in self._actors(role) if a.sector}

    def _actors(self, role: str) -> list[GoldActor]:
        return self.sources if role == "source" else self.targets


@dataclass(slots=True)
class GoldRecord:
    """One gold sentence, coded as its own document (after its context, when it has one)."""

    record_id: str
    text: str
    published: date | None = None
    events: list[GoldEvent] = field(default_factory=list)
    origin: str = ""
    context: str = ""  # the sentences before it in its story
    title: str | None = None
    story: str | None = None  # the id of the story it was drawn from (splits the set in halves)


@dataclass(slots=True)
class GoldSet:
    """What a gold file holds, and which format it was read as."""

    path: str
    fmt: str  # "plover-json" or "jsonl"
    records: list[GoldRecord]

    @property
    def has_cameo(self) -> bool:
        return any(e.cameo for r in self.records for e in r.events)

    def half(self, split: str) -> GoldSet:
        """The records of one half: "dev" (stories with an even id), "heldout" (odd) or "all"."""
        if split not in ("dev", "heldout", "all"):
            raise ValueError(f"split must be dev, heldout or all, not {split!r}")
        if split == "all":
            return self
        unsplittable = next((r for r in self.records if r.story is None), None)
        if unsplittable is not None:
            raise GoldFileError(Errors.E017.format(
                path=self.path, detail=f"{unsplittable.origin.rpartition(':')[2]}: a split needs the id of the "
                                       "story each sentence comes from ('doc_id' or 'story'); use --split all"))
        return GoldSet(self.path, self.fmt, [r for r in self.records if story_half(r.story or "") == split])


def story_half(story: str) -> str:
    """"dev" for a story with an even id, "heldout" for an odd one (a non-numeric id by its hash)."""
    number = int(story) if story.isdigit() else zlib.crc32(story.encode("utf-8"))
    return "dev" if number % 2 == 0 else "heldout"


@lru_cache(maxsize=1)
def _country_normaliser() -> Callable[[str], str | None]:
    """The gazetteer's normaliser when present, so gold and coder agree on codes."""
    try:
        from detente.actors.gazetteer import normalise_country_code
    except ImportError:
        return _fallback_normalise
    return normalise_country_code


def _fallback_normalise(code: str) -> str | None:
    import pycountry

    code = code.strip().upper()
    code = LEGACY_COUNTRY_CODES.get(code, code)
    if len(code) == 3:
        found = pycountry.countries.get(alpha_3=code)
    elif len(code) == 2:
        found = pycountry.countries.get(alpha_2=code)
    else:
        found = None
    return found.alpha_3 if found else None


def normalise_country(code: str | None) -> str | None:
    """ISO alpha-3 for a country code in any spelling we know, else None (IGO, NGO...)."""
    if not code or not code.strip():
        return None
    return _country_normaliser()(code.strip())


def normalise_sector(value: str | None) -> str | None:
    """The first three letters, upper-cased ("CVLalb" -> "CVL"); "***" and blanks mean none."""
    if not value:
        return None
    head = value.strip()[:3].upper()
    if len(head) < 3 or not head.isalpha():
        return None
    return SECTOR_ALIASES.get(head, head)


def parse_actor_code(code: str) -> GoldActor:
    """A CAMEO-style code: "CAN" -> country, "CANGOV" -> country + sector, "GOV" -> sector."""
    code = code.strip().upper()
    if len(code) <= 3:
        country = normalise_country(code)
        plain = country is None and len(code) == 3 and code not in INTERNATIONAL_CODES
        sector = normalise_sector(code) if plain else None
        return GoldActor(code=code, country=country, sector=sector)
    country = normalise_country(code[:3])
    if country is not None:
        return GoldActor(code=code, country=country, sector=normalise_sector(code[3:]))
    return GoldActor(code=code)  # an organisation such as "IGOUNO": no country, no sector


def read_gold(path: str | Path) -> GoldSet:
    """Read a gold file, detecting the format from its first non-space character."""
    path = Path(path)
    text = _read_text(path)
    stripped = text.lstrip()
    if stripped.startswith("["):
        return GoldSet(str(path), "plover-json", read_plover_json(text, str(path)))
    if stripped.startswith("{"):
        return GoldSet(str(path), "jsonl", read_gold_jsonl(text, str(path)))
    detail = "the file is empty" if not stripped else "expected a JSON array ('[') or JSON Lines ('{')"
    raise GoldFileError(Errors.E017.format(path=path, detail=detail))


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError as exc:
        raise GoldFileError(Errors.E017.format(path=path, detail=f"not UTF-8 ({exc.reason})")) from exc
    except OSError as exc:
        raise GoldFileError(Errors.E017.format(path=path, detail=exc.strerror or str(exc))) from exc


def _fail(path: str, where: str, detail: str) -> GoldFileError:
    return GoldFileError(Errors.E017.format(path=path, detail=f"{where}: {detail}"))


def read_plover_json(text: str, path: str = "<gold>") -> list[GoldRecord]:
    """The PLOVER GSR layout: a JSON array of records, one sentence and one event each."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise _fail(path, f"line {exc.lineno}", f"invalid JSON ({exc.msg})") from exc
    if not isinstance(data, list):
        raise _fail(path, "top level", "expected a JSON array of records")
    records: list[GoldRecord] = []
    for number, item in enumerate(data, start=1):
        where = f"record {number}"
        if not isinstance(item, dict):
            raise _fail(path, where, "not a JSON object")
        event_type = str(item.get("event") or "").strip().upper()
        if event_type in SKIPPED_PLOVER_TYPES:
            continue
        records.append(_plover_record(item, path, where, event_type))
    return records


def _current_plover(name: str, path: str, where: str) -> str:
    """The PLOVER 1.0 name of a gold type in either naming (DEMAND -> REQUEST); E017 if unknown."""
    if not name:
        raise _fail(path, where, "no 'event' type")
    current = plover_name(name)
    if current is None:
        raise _fail(path, where, f"unknown PLOVER type {name!r} (expected one of {', '.join(plover_types())} "
                                 f"or an older name such as DEMAND)")
    return current


def _plover_record(item: dict[str, Any], path: str, where: str, event_type: str) -> GoldRecord:
    record_id = str(item.get("id") or where)
    where = f"{where} ({record_id})" if item.get("id") else where
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _fail(path, where, "no 'text'")
    event_type = _current_plover(event_type, path, where)
    sources = _plover_actors(item.get("source"), path, where)
    targets = _plover_actors(item.get("target"), path, where)
    if not targets and "SRC/TAR" in _markup(item):
        # Compound actors ("Hungarian and Romanian officials agreed") are marked SRC/TAR and the
        # target left empty: each side is also the other's target, as a coded dyad says.
        targets = [GoldActor(a.code, a.country, a.sector, a.text) for a in sources]
    event = GoldEvent(plover=event_type, sources=sources, targets=targets)
    return GoldRecord(record_id, text, parse_date(item.get("date")), [event], origin=f"{path}:{where}")


def _markup(item: dict[str, Any]) -> str:
    info = item.get("textInfo")
    return str(info.get("markup") or "") if isinstance(info, dict) else str(info or "")


def _plover_actors(value: object, path: str, where: str) -> list[GoldActor]:
    """A list of {actorText, code, sector?}; "" and null mean no actor."""
    if value in (None, "") or (isinstance(value, str) and value.strip() == ""):
        return []
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        return []  # free text such as "diplomatic" names no actor we can score
    actors: list[GoldActor] = []
    for entry in value:
        if not isinstance(entry, dict):
            raise _fail(path, where, f"actor {entry!r} is not an object")
        code = str(entry.get("code") or "").strip() or None
        actors.append(GoldActor(
            code=code,
            country=normalise_country(code),
            sector=_plover_sector(entry.get("sector")),
            text=entry.get("actorText"),
        ))
    return actors


def _plover_sector(value: object) -> str | None:
    sector = normalise_sector(str(value)) if value else None
    return PLOVER_SECTOR_WORDS.get(sector, sector) if sector else None


def read_gold_jsonl(text: str, path: str = "<gold>") -> list[GoldRecord]:
    """One object per line: {id, text, published, events: [{source, target, cameo | plover}]}, and
    optionally context (the sentences before), title, doc_id (or story), and per event
    symmetric and background (booleans)."""
    records: list[GoldRecord] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"line {number}"
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            raise _fail(path, where, f"invalid JSON ({exc.msg}, column {exc.colno})") from exc
        if not isinstance(item, dict):
            raise _fail(path, where, "not a JSON object")
        records.append(_jsonl_record(item, path, where))
    return records


def _jsonl_record(item: dict[str, Any], path: str, where: str) -> GoldRecord:
    text = item.get("text")
    if not isinstance(text, str) or not text.strip():
        raise _fail(path, where, "no 'text'")
    events = item.get("events") or []
    if not isinstance(events, list):
        raise _fail(path, where, "'events' is not a list")
    record_id = str(item["id"]) if item.get("id") not in (None, "") else where
    published = parse_date(item.get("published") or item.get("date"))
    gold = [_jsonl_event(e, path, f"{where} event {i}") for i, e in enumerate(events, start=1)]
    context = item.get("context") or ""
    if not isinstance(context, str):
        raise _fail(path, where, "'context' is not text")
    story = item.get("story", item.get("doc_id"))
    return GoldRecord(record_id, text, published, gold, origin=f"{path}:{where}", context=context.strip(),
                      title=_optional_text(item.get("title")),
                      story=str(story) if story not in (None, "") else None)


def _optional_text(value: object) -> str | None:
    return (value.strip() or None) if isinstance(value, str) else None


def _jsonl_event(item: object, path: str, where: str) -> GoldEvent:
    if not isinstance(item, dict):
        raise _fail(path, where, "not a JSON object")
    cameo = str(item.get("cameo") or "").strip() or None
    if cameo is not None and not cameo.isdigit():
        raise _fail(path, where, f"CAMEO code {cameo!r} is not numeric")
    written = str(item.get("plover") or "").strip().upper() or None
    if cameo is None and written is None:
        raise _fail(path, where, "needs 'cameo' or 'plover'")
    plover = _current_plover(written, path, where) if written else _plover_of(cameo)  # type: ignore[arg-type]
    return GoldEvent(plover, cameo, _jsonl_actors(item.get("source")), _jsonl_actors(item.get("target")),
                     symmetric=item.get("symmetric") is True, background=item.get("background") is True)


def _jsonl_actors(value: object) -> list[GoldActor]:
    if isinstance(value, str) and value.strip():
        return [parse_actor_code(value)]
    if isinstance(value, list):
        return [parse_actor_code(v) for v in value if isinstance(v, str) and v.strip()]
    return []


def _plover_of(cameo: str) -> str | None:
    """The PLOVER type a CAMEO code implies (None for statements, 01)."""
    from detente.ontology import Ontology

    try:
        return Ontology.load().nearest(cameo).plover
    except KeyError:
        return None
