"""What a failure means for a run: one record's problem, or the database's.

A record that cannot be coded or stored is reported on one line naming it, and the run goes
on. A database that cannot be written (a full disk, a lost connection) is the run's problem:
every later record would fail the same way, so the run stops with one clear error instead.
Database drivers follow the Python DB-API, where OperationalError and InterfaceError are the
database's own failures (DuckDB's "could not write file" on a full disk is one); data errors,
integrity errors and anything else raised while storing one record are that record's.
"""

from __future__ import annotations

from detente.errors import Errors, StoreError
from detente.model import RecordError

MAX_DETAIL_CHARS = 300
# DB-API exception classes (and OSError) that mean the database itself cannot be written.
_DATABASE_FAILURES = frozenset({"OperationalError", "InterfaceError", "OSError"})


def describe(exc: BaseException) -> str:
    """An exception as one short line: its type and message (messages can span lines or quote a whole text)."""
    message = " ".join(str(exc).split())
    detail = f"{type(exc).__name__}: {message}" if message else type(exc).__name__
    return detail if len(detail) <= MAX_DETAIL_CHARS else detail[:MAX_DETAIL_CHARS - 1] + "…"


def _chain(exc: BaseException) -> list[BaseException]:
    """The exception and those it was raised from or during, outermost first."""
    seen: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def is_database_failure(exc: BaseException) -> bool:
    """Whether a failure to store is the database's (stop the run), not one record's."""
    return any(cls.__name__ in _DATABASE_FAILURES for e in _chain(exc) for cls in type(e).__mro__)


def database_error(path: str, exc: BaseException) -> StoreError:
    """The run's one error for a database that cannot be written."""
    innermost = _chain(exc)[-1]
    return StoreError(Errors.E036.format(path=path, detail=describe(innermost)))


def coding_error(origin: str, exc: BaseException) -> RecordError:
    """A record that could not be coded (parsed or read by the rules)."""
    return RecordError(origin, Errors.E034.format(detail=describe(exc)))


def storing_error(origin: str, exc: BaseException) -> RecordError:
    """A record that could not be stored while the rest of its batch was."""
    return RecordError(origin, Errors.E035.format(detail=describe(_chain(exc)[-1])))
