"""What the coverage banks (``test_coverage_*.py``) share: how an expected code, source and
target are matched against what detente coded."""

from __future__ import annotations

from datetime import date


def code_fits(expected: str, got: str) -> bool:
    """``expected`` is one code or several joined by "|"; a two-digit root matches its subcodes."""
    return any(got.startswith(e) if len(e) == 2 else got == e for e in expected.split("|"))


def coded_triples(code, text: str, published: date) -> list[tuple[str, str, str]]:
    """(source code, CAMEO code, target code) of every event, "" for a missing actor."""
    return [((e["source"] or {}).get("code") or "", e["cameo"], (e["target"] or {}).get("code") or "")
            for e in code(text, published=published)]


def names_party(actor: str, want: str) -> bool:
    """An actor code names the wanted party when it starts with it (EU: EEC or IGOEU)."""
    if want == "EU":
        return actor.startswith(("EEC", "IGOEEC", "IGOEU"))
    return actor.startswith(want)


def hit(events: list[tuple[str, str, str]], expected_code: str, source: str, target: str) -> bool:
    """An event of that code (or its subcodes) between those parties; an empty source or
    target matches any."""
    return any(c.startswith(expected_code) and (not source or names_party(s, source))
               and (not target or names_party(t, target)) for s, c, t in events)
