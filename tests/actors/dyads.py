"""Reading coded events as (source, code, target) the way the actor tests compare them."""

from __future__ import annotations

from typing import Any


def who(actor: dict[str, Any] | None) -> str | None:
    """An actor as its country, else its whole code (IGOGOS), else None."""
    return None if actor is None else (actor["country"] or actor["code"])


def triples(events: list[dict[str, Any]], sentence: int | None = None, digits: int = 2) -> list[tuple[Any, ...]]:
    """(source, the code's first ``digits`` digits, target) of each event, of one sentence if given."""
    return [(who(e["source"]), e["cameo"][:digits], who(e["target"])) for e in events
            if sentence is None or e["sentence_index"] == sentence]


def sources(events: list[dict[str, Any]], sentence: int | None = None) -> list[str | None]:
    """The source of each event, of one sentence if given."""
    return [who(e["source"]) for e in events if sentence is None or e["sentence_index"] == sentence]


def code_triples(events: list[dict[str, Any]], sentence: int | None = None) -> list[tuple[Any, ...]]:
    """(source code, the code's root, target code) of each event: the sector too ("RUSGOV", not "RUS")."""
    def code(actor: dict[str, Any] | None) -> str | None:
        return None if actor is None else actor["code"]
    return [(code(e["source"]), e["cameo"][:2], code(e["target"])) for e in events
            if sentence is None or e["sentence_index"] == sentence]
