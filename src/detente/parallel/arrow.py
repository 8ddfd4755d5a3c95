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
from functools import cache
from typing import Any, TypeVar

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


def schema_of(cls: type) -> pa.Schema:
    """The table schema for records of the dataclass ``cls``."""
    return pa.schema([(f.name, arrow_type(_hints(cls)[f.name])) for f in dataclasses.fields(cls)])


def _plain(value: Any, hint: Any) -> Any:
    """A value as pyarrow's from_pylist takes it."""
    if value is None:
        return None
    hint = _optional(hint)
    if _is_json(hint):
        return json.dumps(value, sort_keys=True, default=str)
    if dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        return {f.name: _plain(getattr(value, f.name), hints[f.name]) for f in dataclasses.fields(hint)}
    if typing.get_origin(hint) in (list, tuple):
        item = typing.get_args(hint)[0]
        return [_plain(v, item) for v in value]
    return value


def _typed(value: Any, hint: Any) -> Any:
    """A value read from Arrow as the type hint says (the inverse of ``_plain``)."""
    if value is None:
        return None
    hint = _optional(hint)
    if _is_json(hint):
        return json.loads(value)
    if dataclasses.is_dataclass(hint):
        hints = _hints(hint)
        return hint(**{f.name: _typed(value[f.name], hints[f.name]) for f in dataclasses.fields(hint)})  # type: ignore[operator]
    origin = typing.get_origin(hint)
    if origin in (list, tuple):
        item = typing.get_args(hint)[0]
        items = [_typed(v, item) for v in value]
        return tuple(items) if origin is tuple else items
    return value


def to_arrow(records: list[Any], cls: type, metadata: dict[str, str] | None = None) -> pa.Table:
    """Records of the dataclass ``cls`` as a table (one row each)."""
    hints = _hints(cls)
    rows = [{f.name: _plain(getattr(r, f.name), hints[f.name]) for f in dataclasses.fields(cls)} for r in records]
    schema = schema_of(cls)
    if metadata:
        schema = schema.with_metadata(metadata)
    return pa.Table.from_pylist(rows, schema=schema)


def from_arrow(table: pa.Table, cls: type[T]) -> list[T]:
    """The records of a table made by ``to_arrow`` (or read back from its Parquet file)."""
    hints = _hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]  # type: ignore[arg-type]
    return [cls(**{name: _typed(row.get(name), hints[name]) for name in names}) for row in table.to_pylist()]
