"""Checks of request parameters and bodies: a bad value is a 4xx with an E-code, never a 500."""

from __future__ import annotations

import json
from datetime import date
from functools import lru_cache
from typing import Any

from fastapi import Request

from detente.errors import Errors
from detente.ontology import Ontology
from detente.ontology.actor_codes import is_actor_code
from detente.server.errors import ApiError, ServerErrors
from detente.server.security import require_token

writer = require_token  # the dependency of every write endpoint


def _invalid(name: str, detail: str, where: str = "query parameter") -> ApiError:
    return ApiError(422, ServerErrors.E106.format(where=where, name=name, detail=detail))


def actor(value: str | None, name: str) -> str | None:
    """A country (CAN), CAMEO actor code (CANGOV) or alias (EU), upper-cased."""
    if value is None or not value.strip():
        return None
    code = value.strip().upper()
    if not is_actor_code(code):
        raise ApiError(422, ServerErrors.E105.format(
            what="actor code", value=value, hint="use a country (CAN), a CAMEO code (CANGOV) or EU; "
            "GET /v1/actor-codes lists the codes stored."))
    return code


def country(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    code = value.strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise _invalid("country", "use an ISO 3166 alpha-3 code such as CAN")
    return code


def cameo(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    if value.strip() not in Ontology.load():
        raise ApiError(422, ServerErrors.E105.format(what="CAMEO code", value=value,
                                                     hint="use one of the 311 CAMEO event codes, e.g. 036 or 173."))
    return value.strip()


def root(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    text = value.strip().zfill(2)
    if not (text.isdigit() and len(text) == 2 and 1 <= int(text) <= 20):
        raise ApiError(422, ServerErrors.E105.format(what="CAMEO root", value=value, hint="use 01 to 20."))
    return text


@lru_cache(maxsize=1)
def plover_types() -> frozenset[str]:
    return frozenset(c.plover for c in Ontology.load().codes.values() if c.plover)


def plover(value: str | None) -> str | None:
    if value is None or not value.strip():
        return None
    text = value.strip().upper()
    if text not in plover_types():
        raise ApiError(422, ServerErrors.E105.format(what="PLOVER type", value=value,
                                                     hint="use one of " + ", ".join(sorted(plover_types())) + "."))
    return text


def window(since: date | None, until: date | None) -> None:
    if since and until and since > until:
        raise _invalid("since", f"{since} is after until {until}")


def offset_cursor(cursor: str | None) -> int:
    """The offset a ``make_offset_cursor`` cursor stands for."""
    if cursor is None:
        return 0
    if not (cursor.startswith("o") and cursor[1:].isdigit() and len(cursor) < 12):
        raise ApiError(400, ServerErrors.E104)
    return int(cursor[1:])


def make_offset_cursor(offset: int) -> str:
    return f"o{offset}"


def name(value: str, what: str = "A name") -> str:
    """A person's name or alias: text, without markup characters."""
    text = value.strip()
    if not text:
        raise _invalid("name", "it is empty", "field")
    if "<" in text or ">" in text:
        raise ApiError(422, ServerErrors.E112.format(what=what, value=text[:80]))
    return text


async def json_records(request: Request, max_batch: int) -> list[Any]:
    """The body of POST /v1/documents as a list of records (one object counts as a list of one)."""
    media = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if media != "application/json" and not media.endswith("+json"):
        raise ApiError(415, ServerErrors.E111.format(media_type=media))
    raw = await request.body()
    try:
        payload = json.loads(raw)
    except (ValueError, RecursionError) as exc:
        detail = f"{exc.msg} (line {exc.lineno}, column {exc.colno})" if isinstance(exc, json.JSONDecodeError) \
            else "not JSON"
        raise ApiError(400, Errors.E003.format(detail=detail)) from exc
    records = payload if isinstance(payload, list) else [payload]
    if not records:
        raise ApiError(422, Errors.E001)
    if len(records) > max_batch:
        raise ApiError(413, ServerErrors.E101.format(count=len(records), limit=max_batch))
    return records
