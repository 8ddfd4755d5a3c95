"""Checks that turn bad input into one clear per-record error instead of a crash."""

from __future__ import annotations

import codecs
import importlib.util
import re
from functools import cache
from pathlib import Path

from detente.errors import Errors, InputError

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LATIN = re.compile(r"[A-Za-z]")
MIN_WORDS_FOR_LANGUAGE = 12
MIN_STOPWORD_SHARE = 0.12
BINARY_SNIFF_CHARS = 8192
DEFAULT_ENCODING = "utf-8-sig"  # UTF-8, with or without a byte-order mark
# Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
_BYTE_ORDER_MARKS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def choose_encoding(head: bytes, encoding: str | None) -> str:
    """The codec for an input: the one its byte-order mark names, else the one asked for, else UTF-8.

    A byte-order mark is unambiguous, so it wins over ``--encoding`` given for a whole batch.
    """
    for mark, codec in _BYTE_ORDER_MARKS:
        if head.startswith(mark):
            return codec
    if not encoding:
        return DEFAULT_ENCODING
    try:
        "a".encode(encoding)  # LookupError also for codecs that are not text encodings (rot13, hex)
    except (LookupError, UnicodeError):
        raise InputError(Errors.E030.format(encoding=encoding)) from None
    return encoding


def is_ascii_compatible(codec: str) -> bool:
    """Whether lines can be split on the newline byte before decoding (not so in UTF-16 or UTF-32)."""
    try:
        return b"\n{}".decode(codec) == "\n{}"
    except (LookupError, UnicodeError):
        return False


def looks_binary(text: str) -> bool:
    """NUL or many other control characters near the start: not text, whatever the encoding."""
    head = text[:BINARY_SNIFF_CHARS]
    return "\x00" in head or len(_CONTROL.findall(head)) > len(head) // 20


def decode_bytes(raw: bytes, encoding: str | None = None) -> str:
    """Bytes to text, decoded first (so UTF-16 is not mistaken for binary), then checked for binary."""
    codec = choose_encoding(raw[:4], encoding)
    try:
        text = raw.decode(codec)
    except UnicodeDecodeError as exc:
        if looks_binary(raw[:BINARY_SNIFF_CHARS].decode("latin-1")):
            raise InputError(Errors.E002) from exc
        byte = raw[exc.start:exc.start + 1]
        detail = f"byte 0x{byte.hex()} at offset {exc.start}" if byte else f"{exc.reason} at the end"
        if codec == DEFAULT_ENCODING:
            raise InputError(Errors.E005.format(detail=detail)) from exc
        raise InputError(Errors.E031.format(encoding=codec, detail=detail)) from exc
    except (LookupError, UnicodeError) as exc:  # a codec that decodes nothing (idna on non-ASCII bytes)
        raise InputError(Errors.E030.format(encoding=codec)) from exc
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise InputError(Errors.E001)
    if looks_binary(text):
        raise InputError(Errors.E002)
    return text


def check_size(size: int, limit: int) -> None:
    if size > limit:
        raise InputError(Errors.E006.format(size=size, limit=limit))


@cache
def english_stop_words() -> frozenset[str]:
    """spaCy's English stop words, read from their module alone: importing ``spacy.lang.en``
    imports all of spaCy (a second of CPU), which the process that only reads and stores the
    input of a parallel run has no other use for."""
    spec = importlib.util.find_spec("spacy")  # finds the package without running its __init__
    assert spec is not None and spec.submodule_search_locations
    path = Path(next(iter(spec.submodule_search_locations))) / "lang" / "en" / "stop_words.py"
    module_spec = importlib.util.spec_from_file_location("detente_english_stop_words", path)
    assert module_spec is not None and module_spec.loader is not None
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return frozenset(module.STOP_WORDS)


def check_english(text: str) -> None:
    """Refuse text that is clearly not English: few English function words or non-Latin script."""
    words = _WORD.findall(text[:20000])
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return
    latin = sum(1 for w in words if _LATIN.match(w))
    if latin / len(words) < 0.5:
        raise InputError(Errors.E007.format(lang="non-Latin script"))
    stop_words = english_stop_words()
    stop = sum(1 for w in words if w.lower() in stop_words)
    if stop / len(words) < MIN_STOPWORD_SHARE:
        raise InputError(Errors.E007.format(lang="few English function words"))
