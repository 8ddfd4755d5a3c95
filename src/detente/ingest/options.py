"""How to read inputs: one options object for the library and the CLI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

DEFAULT_MAX_BYTES = 10_000_000
DEFAULT_FETCH_DEADLINE = 30.0  # seconds for a whole fetch: name look-ups, redirects and body
DEFAULT_MAX_REDIRECTS = 5


@dataclass(slots=True)
class IngestOptions:
    """How to read inputs (one object instead of long keyword lists).

    ``allow_private`` lets a URL reach loopback and private addresses, as a page a user runs
    locally must; a server that fetches URLs sent by others passes False. Either way a redirect
    from a public host never reaches a private address.
    """

    published: date | None = None  # overrides what the record says
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    check_language: bool = True
    fetch_deadline: float = DEFAULT_FETCH_DEADLINE
    max_redirects: int = DEFAULT_MAX_REDIRECTS
    allow_private: bool = True
