"""The server's own coded errors (E1xx), and how every error becomes a JSON body with its code.

Record-level errors keep the codes the CLI prints (E001-E033): a document the API refuses says
exactly what `detente code` would. Errors only a server can have (a body too large, a missing
token, a bad cursor) are numbered from E100, clear of the library's range.
"""

from __future__ import annotations

import re

from detente.errors import ErrorsWithCodes

_CODE = re.compile(r"\[(E\d{3})\]")


class ServerErrors(metaclass=ErrorsWithCodes):
    E100 = "Request body too large: more than {limit:,} bytes; send fewer or smaller documents per request."
    E101 = "Too many documents in one request: {count:,} (limit {limit:,}); split the batch."
    E102 = ("This server is read-only: restart it with a token (DETENTE_TOKEN or --token-file) "
            "and without --read-only to accept writes.")
    E103 = "Missing or wrong bearer token: send the header 'Authorization: Bearer <token>'."
    E104 = "Invalid cursor: pass the next_cursor of the previous page unchanged."
    E105 = "Unknown {what} '{value}': {hint}"
    E106 = "Invalid {where} '{name}': {detail}"
    E107 = "No {what} '{value}' is stored."
    E108 = ("Refusing to serve writable on {host} without a token: set DETENTE_TOKEN or pass --token-file, "
            "or pass --read-only.")
    E109 = "The text field holds HTML ({tag}): send the page as 'html' so that its article text is extracted."
    E110 = "Coding failed: {detail}"
    E111 = "Unsupported media type '{media_type}': send application/json."
    E112 = "{what} must not contain '<' or '>': '{value}'."
    E113 = "Could not read the database: {detail}"
    E114 = "Could not read the token file {path}: {detail}"
    E115 = "No such endpoint or page: {path}"
    E116 = "Method {method} is not allowed on {path}."
    E117 = "Internal error ({kind}); the server log has the details."


def code_of(message: str, default: str = "E110") -> str:
    """The E-code a message starts with (``[E007] Not English`` -> ``E007``), else ``default``."""
    found = _CODE.search(message)
    return found.group(1) if found else default


class ApiError(Exception):
    """An error the API answers with ``status`` and a body ``{"code", "message"}``."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code_of(message)
        self.headers = headers
