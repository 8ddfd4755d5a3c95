"""The API's types. Records are pydantic models generated from the JSONL contract's own types.

``contract_model(Event)`` reads the dataclass's fields and the keys its ``to_dict`` writes, in
that order, so an ``EventRecord`` is exactly a line of ``detente code --format jsonl``: a field
added to ``Event`` and its ``to_dict`` appears in the API (and its OpenAPI schema) with no
change here, and a key ``to_dict`` derives in a way this module does not know stops the server
at import rather than letting the two drift apart.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from datetime import date
from functools import cache
from typing import Any, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, create_model

from detente.model import Event, Measure

_ZERO: dict[Any, Any] = {str: "", int: 0, float: 0.0, bool: False}


def _sample(record_type: type) -> Any:
    """An instance with every required field at its type's zero value (to read ``to_dict``'s keys)."""
    hints = typing.get_type_hints(record_type)
    required = {f.name: _ZERO.get(hints[f.name]) for f in dataclasses.fields(record_type)
                if f.default is dataclasses.MISSING and f.default_factory is dataclasses.MISSING}
    return record_type(**required)


def _api_type(hint: Any) -> Any:
    """A dataclass field's type with nested record types replaced by their models."""
    if dataclasses.is_dataclass(hint) and isinstance(hint, type):
        return contract_model(hint)
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (Union, types.UnionType):
        mapped = tuple(_api_type(a) for a in args)
        return Union[mapped]  # noqa: UP007 (built from a tuple at run time)
    if origin is list:
        return list[_api_type(args[0])]  # type: ignore[misc]
    return hint


def _derived_type(record_type: type, key: str, value: Any) -> Any:
    """The type of a key that ``to_dict`` writes but that is not a field of the record."""
    if key == "kind":
        return Literal[value]
    if key.endswith("_span"):
        return tuple[int, int]
    if key == "evidence":
        return str
    raise TypeError(f"{record_type.__name__}.to_dict() writes '{key}', which is neither a field nor a "
                    "derived value detente.server.models knows: teach _derived_type its type")


@cache
def contract_model(record_type: type) -> type[BaseModel]:
    """A pydantic model of ``record_type`` as the JSONL contract writes it (``to_dict``, else its fields)."""
    hints = typing.get_type_hints(record_type)
    sample = _sample(record_type)
    shape = sample.to_dict() if hasattr(sample, "to_dict") else dataclasses.asdict(sample)
    fields: dict[str, Any] = {}
    for key, value in shape.items():
        kind = _api_type(hints[key]) if key in hints else _derived_type(record_type, key, value)
        fields[key] = (kind, ...)
    model: type[BaseModel] = create_model(
        f"{record_type.__name__}Record", __doc__=(record_type.__doc__ or "").strip(), **fields)
    return model


EventRecord = contract_model(Event)
MeasureRecord = contract_model(Measure)


class StoredEvent(EventRecord):  # type: ignore[valid-type,misc]
    """A stored mention in the contract's shape, with the event record it belongs to."""

    global_event_id: int | None = Field(None, description="The deduplicated event (GDELT's GLOBALEVENTID).")


class ErrorBody(BaseModel):
    """Every 4xx answer: the E-code and the message the CLI would print."""

    code: str = Field(examples=["E007"])
    message: str = Field(examples=["[E007] Not English (fr); detente codes English news only."])


class DocumentIn(BaseModel):
    """One input record, as a line of JSON Lines for `detente code`: ``text``, ``html`` or a ``url`` to fetch."""

    model_config = ConfigDict(extra="allow")
    id: str | int | None = None
    text: str | None = None
    html: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
    source: str | None = None


class CodedResult(BaseModel):
    """What became of one posted record."""

    index: int
    origin: str
    doc_id: str | None = None
    stored: bool = False
    new: bool = Field(False, description="False when the same text was already stored (it is stored once).")
    events: list[EventRecord] = Field(default_factory=list)  # type: ignore[valid-type]
    measures: list[MeasureRecord] = Field(default_factory=list)  # type: ignore[valid-type]
    error: ErrorBody | None = None


class CodeResponse(BaseModel):
    """The batch: one result per record, in order; ``code``/``message`` name the first failure."""

    documents: list[CodedResult]
    coded: int
    stored: int
    new: int
    failed: int
    code: str | None = None
    message: str | None = None


class EventPage(BaseModel):
    items: list[StoredEvent]
    next_cursor: str | None = Field(None, description="Pass as ?cursor= for the next page; null on the last.")
    limit: int


class MeasurePage(BaseModel):
    items: list[MeasureRecord]  # type: ignore[valid-type]
    next_cursor: str | None = None
    limit: int


class TopCode(BaseModel):
    cameo: str
    name: str
    events: int


class PeriodOut(BaseModel):
    period: str
    start: date
    end: date
    events: int
    mentions: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float
    goldstein_mean: float | None
    top_codes: list[TopCode]


class DriverOut(BaseModel):
    """An event record that drives a turning point, with its share of the move (``contribution``)."""

    global_event_id: int | None
    date: date | None
    date_precision: str | None
    source_code: str | None
    target_code: str | None
    cameo: str
    cameo_name: str
    quad_class: int
    goldstein: float
    num_mentions: int | None
    num_sources: int | None
    num_articles: int | None
    sentence: str | None
    url: str | None
    contribution: float


class TurningPointOut(BaseModel):
    period: str
    direction: Literal["up", "down"]
    before: float
    after: float
    drivers: list[DriverOut]


class DyadOut(BaseModel):
    """`detente dyad --format json`, plus the dyad's trade measures as records."""

    first: str
    second: str
    directed: bool
    by: str
    since: date | None
    until: date | None
    events: int
    mentions: int
    undated: int
    periods: list[PeriodOut]
    turning_points: list[TurningPointOut]
    penalty: float | None
    measures: list[MeasureRecord]  # type: ignore[valid-type]


class PersonOut(BaseModel):
    """A person of the actor registry on a day (`detente actors list --format json`)."""

    name: str
    code: str
    country: str | None
    organisation: str | None
    sector: str | None
    role: str
    origin: str
    aliases: list[str]
    documents: int
    first_seen: date | None
    last_seen: date | None


class OfficeOut(BaseModel):
    code: str
    country: str | None
    sector: str | None
    role: str | None
    valid_from: date | None
    valid_to: date | None
    origin: str
    last_seen: date | None


class ArticleOut(BaseModel):
    doc_id: str
    published: date | None
    taught: bool


class PersonDetail(PersonOut):
    """Everything `detente actors show` prints, as data."""

    offices: list[OfficeOut]
    articles: list[ArticleOut]


class PersonIn(BaseModel):
    """A role recorded by hand (`detente actors add`); for this person, hand-made roles replace all others."""

    model_config = ConfigDict(extra="forbid")
    name: str = Field(min_length=1, max_length=200)
    country: str = Field(description="ISO 3166 alpha-3, or an organisation code such as IGOUNO (or EU).")
    sector: str | None = Field(None, description="CAMEO sector, e.g. GOV, MIL, BUS.")
    role: str | None = Field(None, max_length=200)
    valid_from: date | None = None
    valid_to: date | None = None
    aliases: list[str] = Field(default_factory=list)
    recode: bool = Field(True, description="Code again the stored articles that name the person.")


class CorrectionIn(BaseModel):
    """A correction of a known person's role (PATCH): the fields of PersonIn but the name."""

    model_config = ConfigDict(extra="forbid")
    country: str
    sector: str | None = None
    role: str | None = Field(None, max_length=200)
    valid_from: date | None = None
    valid_to: date | None = None
    aliases: list[str] = Field(default_factory=list)
    recode: bool = True


class AliasIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    alias: str = Field(min_length=1, max_length=200)
    recode: bool = True


class MergeIn(BaseModel):
    model_config = ConfigDict(extra="forbid")
    into: str = Field(min_length=1, max_length=200)
    recode: bool = True


class CorrectionOut(BaseModel):
    """The person after the change, and the stored articles coded again with it."""

    message: str
    person: PersonDetail
    recoded: list[str] = Field(description="doc_ids of the stored articles coded again.")


class ActorCodeOut(BaseModel):
    code: str
    events: int
    measures: int
    also_written: list[str]


class Mark(BaseModel):
    """Characters of a sentence an event points at: its trigger, or its source or target actor."""

    start: int
    end: int
    kind: Literal["trigger", "source", "target"]
    event_id: str


class SentenceOut(BaseModel):
    index: int
    text: str
    marks: list[Mark]


class DocumentOut(BaseModel):
    """A stored document with every event's trigger and actors marked in its sentences."""

    doc_id: str
    content_hash: str
    url: str | None
    title: str | None
    published: date | None
    source: str | None
    sentences: list[SentenceOut]
    events: list[StoredEvent]
    measures: list[MeasureRecord]  # type: ignore[valid-type]


class Health(BaseModel):
    status: Literal["ok"]
    version: str
    database: str
    documents: int
    events: int
    writable: bool
