"""The place of a news dateline ("BEIJING —", "PARIS, Texas (AP) —"), read before text hygiene removes it."""

from __future__ import annotations

import re

from detente.text.hygiene import BoilerplateRules

DATELINE_RULE = "dateline.city"  # the text hygiene rule (data/text/boilerplate.yaml) that drops datelines
FIRST_LINES = 8  # a dateline opens the story: only its first lines are read
_TAIL = re.compile(r"\s*(?:\([^)]*\))?\s*[—–-]{1,2}\s*$")


def dateline_place(text: str) -> str | None:
    """The place a story's dateline names ("BEIJING", "PARIS, Texas"), or None."""
    pattern = next((p for rule, p in BoilerplateRules.load().inline if rule == DATELINE_RULE), None)
    if pattern is None:
        return None
    for line in text.splitlines()[:FIRST_LINES]:
        match = pattern.match(line.strip())
        if match:
            place = _TAIL.sub("", match.group(0)).strip()
            return place or None
    return None
