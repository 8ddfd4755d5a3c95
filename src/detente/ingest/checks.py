"""Checks that turn bad input into one clear per-record error instead of a crash."""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from detente.errors import Errors, InputError

_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_LATIN = re.compile(r"[A-Za-z]")
MIN_WORDS_FOR_LANGUAGE = 12
MIN_STOPWORD_SHARE = 0.12


def decode_bytes(raw: bytes, encoding: str | None = None) -> str:
    """Bytes to text: UTF-8 (or the named encoding); binary and mis-encoded input is refused."""
    if not raw.strip():
        raise InputError(Errors.E001)
    head = raw[:8192]
    if b"\x00" in head or len(_CONTROL.findall(head.decode("latin-1"))) > len(head) // 20:
        raise InputError(Errors.E002)
    try:
        return raw.decode(encoding or "utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            Errors.E005.format(detail=f"byte 0x{raw[exc.start]:02x} at offset {exc.start}")
        ) from exc
    except LookupError as exc:
        raise InputError(str(exc)) from exc


def check_size(size: int, limit: int) -> None:
    if size > limit:
        raise InputError(Errors.E006.format(size=size, limit=limit))


def check_english(text: str) -> None:
    """Refuse text that is clearly not English: few English function words or non-Latin script."""
    words = _WORD.findall(text[:20000])
    if len(words) < MIN_WORDS_FOR_LANGUAGE:
        return
    latin = sum(1 for w in words if _LATIN.match(w))
    if latin / len(words) < 0.5:
        raise InputError(Errors.E007.format(lang="non-Latin script"))
    stop = sum(1 for w in words if w.lower() in STOP_WORDS)
    if stop / len(words) < MIN_STOPWORD_SHARE:
        raise InputError(Errors.E007.format(lang="few English function words"))
