"""Records as Arrow tables: documents sent to workers, coded documents sent back.

One row per record, one column per dataclass field; a nested record is a struct, a list of
them a list of structs (a CodedDocument's events, a measure's products), a date a date32,
free-form ``dict`` fields JSON text. The Arrow types follow the dataclasses' type hints, so a
field added to Event or Measure travels without a change here. A table written with
``pyarrow.parquet`` and read back gives the same records (the schema is in the file).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
from collections.abc import Callable
from functools import cache
from typing import Any, TypeVar, cast

import pyarrow as pa

__all__ = ["from_arrow", "schema_of", "to_arrow"]

T = TypeVar("T")
_SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(), int: pa.int64(), float: pa.float64(), bool: pa.bool_(), dt.date: pa.date32(),
    bytes: pa.binary(),
}


def _optional(hint: Any) -> Any:
    """``X | None`` -> X (other hints unchanged)."""
    if typing.get_origin(hint) in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(hint) if a is not type(None)]
        if len(args) == 1:
            return args[0]
        raise TypeError(f"no Arrow type for the union {hint}")
    return hint


def _is_json(hint: Any) -> bool:
    return hint is Any or typing.get_origin(hint) is dict


def _hints(cls: Any) -> dict[str, Any]:
    """The resolved type hints of a dataclass (cached)."""
    return _cached_hints(cls)


@cache
def _cached_hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def arrow_type(hint: Any) -> pa.DataType:
    """The Arrow type of a field with this type hint."""
    hint = _optional(hint)
    if hint in _SCALARS:
        return _SCALARS[hint]
    if _is_json(hint):
        return pa.string()
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if origin in (list, tuple) and args and (origin is list or args[-1] is Ellipsis):
        return pa.list_(arrow_type(args[0]))
    if dataclasses.is_dataclass(hint):
        return pa.struct([(f.name, arrow_type(_hints(hint)[f.name])) for f in dataclasses.fields(hint)])
    raise TypeError(f"no Arrow type for {hint}")


@cache
def schema_of(cls: type) -> pa.Schema:
    """The table schema for records of the dataclass ``cls``."""
    return pa.schema([(f.name, arrow_type(_hints(cls)[f.name])) for f in dataclasses.fields(cls)])


Convert = Callable[[Any], Any]


def _same(value: Any) -> Any:
    return value


@cache
def _plain(hint: Any) -> Convert:
    """How to turn a value of this type into what pyarrow's from_pylist takes (made once per type)."""
    hint = _optional(hint)
    if _is_json(hint):
        return lambda value: None if value is None else json.dumps(value, sort_keys=True, default=str)
    if dataclasses.is_dataclass(hint):
        fields = [(f.name, _plain(_hints(hint)[f.name])) for f in dataclasses.fields(hint)]
        return lambda value: None if value is None else {name: convert(getattr(value, name))
                                                         for name, convert in fields}
    if typing.get_origin(hint) in (list, tuple):
        item = _plain(typing.get_args(hint)[0])
        if item is _same:
            return lambda value: None if value is None else list(value)
        return lambda value: None if value is None else [item(v) for v in value]
    return _same


@cache
def _typed(hint: Any) -> Convert:
    """How to turn a value read from Arrow back into this type (the inverse of ``_plain``)."""
    hint = _optional(hint)
    if _is_json(hint):
        return lambda value: None if value is None else json.loads(value)
    if dataclasses.is_dataclass(hint):
        cls = cast(Callable[..., Any], hint)
        fields = [(f.name, _typed(_hints(hint)[f.name])) for f in dataclasses.fields(hint)]
        return lambda value: None if value is None else cls(**{name: convert(value.get(name))
                                                               for name, convert in fields})
    origin = typing.get_origin(hint)
    if origin in (list, tuple):
        item, kind = _typed(typing.get_args(hint)[0]), (tuple if origin is tuple else list)
        if item is _same:
            return lambda value: None if value is None else kind(value)
        return lambda value: None if value is None else kind(item(v) for v in value)
    return _same


def to_arrow(records: list[Any], cls: type, metadata: dict[str, str] | None = None) -> pa.Table:
    """Records of the dataclass ``cls`` as a table (one row each)."""
    convert = _plain(cls)
    schema = schema_of(cls)
    if metadata:
        schema = schema.with_metadata(metadata)
    return pa.Table.from_pylist([convert(r) for r in records], schema=schema)


def from_arrow(table: pa.Table, cls: type[T]) -> list[T]:
    """The records of a table made by ``to_arrow`` (or read back from its Parquet file)."""
    convert = _typed(cast(Any, cls))
    return [convert(row) for row in table.to_pylist()]
