"""The records that flow between stages: documents in, events and measures out.

Kept free of spaCy and DuckDB so that every stage (and every user) can import them cheaply.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import asdict, dataclass, field, fields
from typing import Any


def stable_hash(*parts: object, length: int = 16) -> str:
    """A short, stable hex digest of the given parts (used for ids)."""
    digest = hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8"))
    return digest.hexdigest()[:length]


@dataclass(slots=True)
class Document:
    """One input record: an article or a single sentence, with what we know about it."""

    doc_id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    origin: str = ""  # where it came from, for error messages: "file.jsonl:12"
    content_hash: str = ""  # hash of the normalised text; the store's idempotence key
    dateline: str | None = None  # the place of a "BEIJING —" dateline, which text hygiene removes
    tone: float | None = None  # the document's tone, -100..+100 as GDELT's (detente.tone)


@dataclass(slots=True)
class Actor:
    """Who did something, or to whom: the text as written and its CAMEO-style code."""

    text: str
    code: str | None = None  # CAMEO style, e.g. "CANGOV", "IGOUNO"
    country: str | None = None  # ISO 3166 alpha-3
    sector: str | None = None  # CAMEO actor type, e.g. "GOV"
    name: str | None = None  # a named person or organisation, when known

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "code": self.code, "country": self.country,
                "sector": self.sector, "name": self.name}


# What a Location's ``precision`` says when the document's dominant place stands in for the event's own.
DOCUMENT_PRECISION = "document"

@dataclass(slots=True)
class Location:
    """Where an event happened, or where an actor is: a GeoNames place with its coordinates.

    ``kind`` is what the place is ("city", "region" or "country"); ``precision`` is the same,
    or "document" when nothing in the event's sentence says where and the document's dominant
    place stands in. ``how`` says what placed it: "trigger" (a place attached to the trigger:
    "met in Beijing"), "sentence" (the one place the sentence is set in), "dateline",
    "document" or "actor" (an actor's own place or country).
    """

    text: str  # the words that named the place ("Beijing", "the Great Hall of the People", "BEIJING")
    name: str  # the full name, "City, Region, Country" (GDELT's FullName)
    kind: str
    precision: str
    country: str | None  # ISO 3166 alpha-3
    adm1: str | None = None  # GDELT's ADM1 code: FIPS 10-4 country code + GeoNames admin1 code ("CH22")
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    how: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {key: getattr(self, key) for key in LOCATION_FIELDS}

    @classmethod
    def from_columns(cls, row: dict[str, Any], prefix: str) -> Location | None:
        """The location stored in ``<prefix>_geo_<field>`` columns, or None."""
        values: dict[str, Any] = {key: row.get(f"{prefix}_geo_{key}") for key in LOCATION_FIELDS}
        if values["name"] is None:
            return None
        return cls(**values)


# The fields of a Location, in the order the store's ``<side>_geo_<field>`` columns name them.
LOCATION_FIELDS = tuple(f.name for f in fields(Location))


# The store's columns for an event's places and tone (Event.place_and_tone_columns, store/geo.sql).
PLACE_TONE_COLUMNS = (*(f"action_geo_{key}" for key in LOCATION_FIELDS),
                      *(f"source_geo_{key}" for key in LOCATION_FIELDS),
                      *(f"target_geo_{key}" for key in LOCATION_FIELDS), "tone", "sentence_offset")


def location_columns(location: Location | None, prefix: str) -> dict[str, Any]:
    """A location as the store's ``<prefix>_geo_<field>`` columns (all None without one)."""
    return {f"{prefix}_geo_{key}": getattr(location, key) if location else None for key in LOCATION_FIELDS}


@dataclass(slots=True)
class Event:
    """A coded event with its evidence."""

    doc_id: str
    sentence_index: int
    sentence: str
    cameo: str
    trigger: str
    rule: str
    source: Actor | None = None
    target: Actor | None = None
    url: str | None = None
    published: dt.date | None = None
    date: dt.date | None = None
    date_precision: str | None = None
    trigger_start: int = 0  # character offsets of the trigger within the sentence
    trigger_end: int = 0
    root: str = ""
    quad_class: int = 0
    goldstein: float = 0.0
    plover: str | None = None
    event_id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    location: Location | None = None  # where it happened (GDELT's ActionGeo), see detente.geo
    source_location: Location | None = None  # where its source is (Actor1Geo)
    target_location: Location | None = None  # where its target is (Actor2Geo)
    tone: float | None = None  # the tone of its sentence, -100..+100 as GDELT's (detente.tone)
    sentence_offset: int | None = None  # where its sentence starts in the document's text

    def to_dict(self) -> dict[str, Any]:
        """The stable JSON contract (see README, "Output contract")."""
        return {
            "kind": "event",
            "event_id": self.event_id,
            "doc_id": self.doc_id,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "source": self.source.to_dict() if self.source else None,
            "target": self.target.to_dict() if self.target else None,
            "cameo": self.cameo,
            "root": self.root,
            "quad_class": self.quad_class,
            "goldstein": self.goldstein,
            "plover": self.plover,
            "trigger": self.trigger,
            "trigger_span": [self.trigger_start, self.trigger_end],
            "rule": self.rule,
            "location": self.location.to_dict() if self.location else None,
            "source_location": self.source_location.to_dict() if self.source_location else None,
            "target_location": self.target_location.to_dict() if self.target_location else None,
            "tone": self.tone,
        }

    def place_and_tone_columns(self) -> dict[str, Any]:
        """The store's columns for where the event happened, where its actors are and its tone."""
        return {**location_columns(self.location, "action"), **location_columns(self.source_location, "source"),
                **location_columns(self.target_location, "target"), "tone": self.tone,
                "sentence_offset": self.sentence_offset}


@dataclass(slots=True)
class Product:
    """A traded good named in a measure, with its HS 2022 code."""

    text: str
    hs: str | None = None
    hs_level: int | None = None  # 2 chapter, 4 heading, 6 subheading; 1 an HS section (roman)
    rate: float | None = None  # the rate stated for this product, when the text ties one to it
    rate_unit: str | None = None


@dataclass(slots=True)
class Measure:
    """A trade measure (tariff, ban, sanction...) as a structured record."""

    doc_id: str
    sentence_index: int
    sentence: str
    instrument: str
    action: str
    trigger: str
    rule: str
    imposer: str | None = None
    affected: str | None = None
    products: list[Product] = field(default_factory=list)
    rate: float | None = None
    rate_unit: str | None = None
    in_response_to: str | None = None  # measure_id of the measure this retaliates against
    url: str | None = None
    published: dt.date | None = None
    date: dt.date | None = None
    date_precision: str | None = None
    trigger_start: int = 0
    trigger_end: int = 0
    cameo: str | None = None  # the CAMEO event this measure implies
    measure_id: str = ""
    evidence_start: int = 0  # character offsets, within the sentence, of the words that state it
    evidence_end: int = 0
    effective_date: dt.date | None = None  # when it takes effect, when the text says ("from October 1")
    # the affected jurisdiction is said by a mention of this very measure, not guessed from the
    # measure it answers or the countries nearby (not stored: reconcile.py trusts only such a one)
    affected_said: bool = field(default=False, compare=False)

    def to_dict(self) -> dict[str, Any]:
        return {
            "kind": "measure",
            "measure_id": self.measure_id,
            "doc_id": self.doc_id,
            "url": self.url,
            "published": self.published.isoformat() if self.published else None,
            "date": self.date.isoformat() if self.date else None,
            "date_precision": self.date_precision,
            "effective_date": self.effective_date.isoformat() if self.effective_date else None,
            "sentence_index": self.sentence_index,
            "sentence": self.sentence,
            "instrument": self.instrument,
            "action": self.action,
            "imposer": self.imposer,
            "affected": self.affected,
            "products": [asdict(p) for p in self.products],
            "rate": self.rate,
            "rate_unit": self.rate_unit,
            "in_response_to": self.in_response_to,
            "cameo": self.cameo,
            "trigger": self.trigger,
            "trigger_span": [self.trigger_start, self.trigger_end],
            "evidence": self.sentence[self.evidence_start:self.evidence_end],
            "evidence_span": [self.evidence_start, self.evidence_end],
            "rule": self.rule,
        }


@dataclass(slots=True)
class RecordError:
    """A per-record failure: reported on stderr, never fatal for the batch."""

    origin: str
    message: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.message}"


@dataclass(slots=True)
class CodedDocument:
    """One input record's outcome: its sentences, events and measures, or the error that stopped it.

    What ``detente.code`` yields and what ``Store.save_batch`` stores; ``stored`` says whether
    the store holds it (set by the pipeline after the batch's transaction committed).
    ``skipped``: the store already held the same text, so it was not parsed or coded again
    (no events here; they are in the store).
    """

    document: Document | None
    events: list[Event] = field(default_factory=list)
    sentences: list[str] = field(default_factory=list)
    error: RecordError | None = None
    stored: bool = False
    measures: list[Measure] = field(default_factory=list)
    skipped: bool = False

    @property
    def ok(self) -> bool:
        """Coded without error (and so storable)."""
        return self.error is None and self.document is not None
