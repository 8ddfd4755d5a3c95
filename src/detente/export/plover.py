"""PLOVER (POLECAT) records: one JSON object per event, in the fields the PLOVER manual names.

Per event (each deduplicated event once, as in GDELT's table):

- ``event``: the PLOVER type of the CAMEO code, read through the ontology
  (``data/cameo/events.tsv``); CAMEO codes PLOVER leaves out (statements) give no record;
- ``mode`` and ``context``: those CAMEO2PLOVER gives the code, then those the sentence's words
  add (``data/lexicon/plover.yaml``: "by phone" is CONSULT's phone mode, "tariffs" the
  economic context), kept only where PLOVER 1.0 defines them (modes per type in
  ``data/plover/types.tsv``, contexts as ``data/plover/schema.json`` lists them); a value
  dropped so (CAMEO2PLOVER 2021's "humanitarian") is named in ``comment``. The auxiliary
  modes PLOVER puts in context: "future" for an event dated after its report, "historical"
  for one dated more than ``HISTORICAL_DAYS`` before it;
- ``actor`` / ``recipient``: the source and target, with PLOVER's entity code (ISO alpha-3; UNO,
  EUR, IGO, NGO, IMG, MNC for bodies without a country; KOS for Kosovo), sector
  (``data/plover/sectors.tsv``: CAMEO's MED is PLOVER's JRN, HLH is MED) and the text. PLOVER
  codes no event without a named actor, so neither does this export;
- ``event_loc``: where it happened (detente.geo), with the GeoNames id and coordinates;
- ``date`` (the event's, else its first report's publication date; undated events have no
  record), ``quad_code`` (the manual's quad category of the type), ``event_scale`` (the
  CAMEO code's Goldstein weight), ``event_text`` (the sentence of each report),
  ``text_info`` and ``cite_info`` (the first report: sentence number, character offsets,
  document id, URL, title, outlet), ``source_text_ids`` (every reporting document's id).

``data/plover/schema.json`` is the JSON Schema these records follow, written from the manual.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from typing import IO, Any

from detente.data import data_path, read_tsv, word_table
from detente.export.records import event_reports, mention_reports
from detente.model import Location
from detente.ontology import Ontology
from detente.store import Store

HISTORICAL_DAYS = 365  # an event this long before its report is history (PLOVER's auxiliary mode)
FUTURE, HISTORICAL = "future", "historical"
KOSOVO = ("XKX", "KOS")  # ISO's user-assigned code, and the one the PLOVER manual uses
CODEBOOK = "CAMEO event codes (GDELT Goldstein weights); PLOVER 1.0 types, modes and contexts via CAMEO2PLOVER"
# Non-state codes of the PLOVER manual for CAMEO organisation prefixes (the UN and the EU by name).
NONSTATE_CODES = {"IGOUNO": "UNO", "IGOEEC": "EUR", "IGO": "IGO", "NGO": "NGO", "IMG": "IMG", "MNC": "MNC"}
CITY_RESOLUTION, REGION_RESOLUTION, COUNTRY_RESOLUTION = 4, 2, 1  # the manual's location resolution codes


@functools.lru_cache(maxsize=1)
def plover_types() -> dict[str, tuple[int, frozenset[str]]]:
    """PLOVER 1.0 event type -> (quad category, modes), from ``data/plover/types.tsv`` (the manual)."""
    return {row["type"]: (int(row["quad"]), frozenset(filter(None, row["modes"].split("|"))))
            for row in read_tsv("plover/types.tsv")}


@functools.lru_cache(maxsize=1)
def plover_contexts() -> frozenset[str]:
    """PLOVER 1.0's contexts and auxiliary modes, as ``data/plover/schema.json`` lists them."""
    schema = json.loads(data_path("plover/schema.json").read_text(encoding="utf-8"))
    return frozenset(schema["properties"]["context"]["items"]["enum"])


@functools.lru_cache(maxsize=1)
def plover_sectors() -> dict[str, str]:
    return {row["cameo"]: row["plover"] for row in read_tsv("plover/sectors.tsv")}


def _values(cell: str | None) -> list[str]:
    """ "crime; corruption" -> ["crime", "corruption"]."""
    return [v.strip() for v in re.split(r"[;,]", cell or "") if v.strip()]


def _sentence_words(sentences: Iterable[str], table: dict[str, str]) -> list[str]:
    """The values of the lexicon entries whose words stand in any of the sentences, in table order."""
    text = " ".join(sentences).lower()
    return [value for words, value in table.items() if re.search(rf"(?<!\w){re.escape(words)}(?!\w)", text)]


def entity(row: dict[str, Any], side: str) -> dict[str, Any] | None:
    """An actor as a PLOVER entity object, or None when PLOVER has no code for it."""
    code = row.get(f"{side}_code") or ""
    country = row.get(f"{side}_country")
    plover_code = country if country else next(
        (value for prefix, value in NONSTATE_CODES.items() if code.startswith(prefix)), None)
    if not plover_code:
        return None
    if plover_code == KOSOVO[0]:
        plover_code = KOSOVO[1]
    sector = row.get(f"{side}_sector")
    return {"code": plover_code, "sector": plover_sectors().get(sector or ""),
            "entity_text": row.get(f"{side}_text") or "", "identifier_id": None,
            "identifier_text": row.get(f"{side}_name"), "cameo_code": code or plover_code}


def event_location(location: Location | None) -> dict[str, Any] | None:
    """detente's location of an event as PLOVER's location object (None without one)."""
    if location is None or location.lat is None or location.lon is None or not location.country:
        return None
    parts = [p.strip() for p in location.name.split(",")]
    city = parts[0] if location.kind == "city" else None
    province = parts[1] if location.kind == "city" and len(parts) == 3 else (parts[0] if location.kind == "region"
                                                                             else None)
    return {"extracted_place": location.text, "resolved_place": location.name, "geonameid": location.geonameid,
            "lat": location.lat, "lon": location.lon, "city": city, "district": None, "province": province,
            "country": parts[-1], "country_code": KOSOVO[1] if location.country == KOSOVO[0] else location.country,
            **_feature(location.kind), "precision": location.precision}


def _feature(kind: str) -> dict[str, Any]:
    """GeoNames' feature class and code of a kind of place, and the manual's resolution code."""
    if kind == "city":
        return {"feature_class": "P", "feature_code": None, "resolution": CITY_RESOLUTION}
    if kind == "region":
        return {"feature_class": "A", "feature_code": "ADM1", "resolution": REGION_RESOLUTION}
    return {"feature_class": "A", "feature_code": "PCLI", "resolution": COUNTRY_RESOLUTION}


def _when(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else None


class PloverWriter:
    """Builds PLOVER records from a store's event reports (see the module docstring)."""

    def __init__(self, version: str) -> None:
        self.ontology = Ontology.load()
        self.version = version
        self.context_words = word_table("plover.context_words")
        self.mode_words = word_table("plover.mode_words")

    def modes_and_contexts(self, event_type: str, cameo: str, sentences: list[str], when: date | None,
                           published: date | None) -> tuple[list[str], list[str], list[str]]:
        """(modes, contexts, notes on values PLOVER 1.0 does not define for this type)."""
        info = self.ontology.nearest(cameo)
        allowed = plover_types().get(event_type, (0, frozenset()))[1]
        from_words = [mode for typed in _sentence_words(sentences, self.mode_words)
                      for kind, _, mode in [typed.partition(":")] if kind == event_type]
        modes, notes = [], []
        for mode in [*_values(info.plover_mode), *from_words]:
            if mode in allowed and mode not in modes:
                modes.append(mode)
            elif mode not in allowed:
                notes.append(f"mode {mode!r} of CAMEO {cameo} is not a PLOVER 1.0 mode of {event_type}")
        contexts = []
        for context in [*_values(info.plover_context), *_sentence_words(sentences, self.context_words)]:
            if context in plover_contexts():
                contexts.append(context)
            else:
                notes.append(f"context {context!r} of CAMEO {cameo} is not a PLOVER 1.0 context")
        if when is not None and published is not None:
            if when > published:
                contexts.append(FUTURE)
            elif (published - when).days > HISTORICAL_DAYS:
                contexts.append(HISTORICAL)
        return modes, list(dict.fromkeys(contexts)), notes

    def record(self, row: dict[str, Any], mentions: list[dict[str, Any]]) -> dict[str, Any] | None:
        """One event as a PLOVER record; None when PLOVER would not code it."""
        event_type = self.ontology.nearest(row["cameo"]).plover
        actor = entity(row, "source")
        when = _when(row.get("date")) or _when(row.get("published"))
        if not event_type or actor is None or when is None:
            return None
        recipient = entity(row, "target")
        sentences = list(dict.fromkeys(m["sentence"] for m in mentions if m.get("sentence")))
        modes, contexts, notes = self.modes_and_contexts(event_type, row["cameo"], sentences, _when(row.get("date")),
                                                         _when(row.get("first_published")))
        start = row.get("first_sentence_offset")
        first_sentence = next((m["sentence"] for m in mentions if m["mention_id"] == row["first_report_id"]), "")
        record: dict[str, Any] = {
            "id": f"detente-{row['global_event_id']}",
            "date": when.isoformat(),
            "date_precision": row.get("date_precision"),
            "actor": [actor],
            "recipient": [recipient] if recipient else [],
            "event": [event_type],
            "mode": modes,
            "context": [c for c in contexts if c],
            "event_loc": event_location(Location.from_columns(row, "action")),
            "event_text": sentences or [first_sentence],
            "quad_code": plover_types().get(event_type, (row["quad_class"], frozenset()))[0],
            "event_scale": row["goldstein"],
            "text_info": {"sequence": row.get("first_sentence_index") or 0, "start": start,
                          "end": start + len(first_sentence) if start is not None else None},
            "cite_info": {"citation": row.get("first_doc_id"), "url": row.get("first_url"),
                          "title": row.get("first_title"), "publication": row.get("first_source"),
                          "language": "en", "coder": f"detente {self.version}", "codebook": CODEBOOK},
            "coder": f"detente {self.version}",
            "cameo": row["cameo"],
            "goldstein": row["goldstein"],
            "tone": row.get("avg_tone"),
            "num_mentions": row["num_mentions"],
            "num_sources": row["num_sources"],
            "num_articles": row["num_articles"],
            "source_text_ids": list(dict.fromkeys(m["doc_id"] for m in mentions)) or [row["first_doc_id"]],
            "rule": row.get("rule") or "",
        }
        added = _when(row.get("date_added"))
        if added is not None:
            record["coded_date"] = added.isoformat()
        if notes:
            record["comment"] = "; ".join(dict.fromkeys(notes))
        return record


def plover_records(store: Store, version: str) -> Iterator[dict[str, Any]]:
    """Every stored event PLOVER codes, as a record."""
    writer = PloverWriter(version)
    by_event: dict[int, list[dict[str, Any]]] = {}
    for mention in mention_reports(store):
        by_event.setdefault(mention["global_event_id"], []).append(mention)
    for row in event_reports(store):
        record = writer.record(row, by_event.get(row["global_event_id"], []))
        if record is not None:
            yield record


def write_plover(store: Store, out: IO[str], version: str) -> int:
    """Write PLOVER records as JSON Lines; returns how many."""
    count = 0
    for record in plover_records(store, version):
        out.write(json.dumps(record, ensure_ascii=False, default=str) + "\n")
        count += 1
    return count
