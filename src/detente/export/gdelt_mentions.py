"""GDELT 2.0 Mentions layout: 16 tab-separated columns, one row per report of an event.

- EventTimeDate is the event's DATEADDED (its first report's publication date), and
  MentionTimeDate this report's (else when its document was stored), as YYYYMMDDHHMMSS.
- MentionType is 1 (WEB) when the document has a web URL, which is then the
  MentionIdentifier; otherwise 2 (CITATIONONLY) and the identifier is the document's id.
- MentionSourceName is the outlet (the source given with the document, else the URL's host).
- SentenceID counts from 1; the three CharOffsets are where the source actor's words, the
  target actor's words and the trigger start in the document's text (-1 when the sentence
  does not spell the actor out: an implied actor, or a database older than the offsets).
- InRawText is 1 when both actors and the trigger stand in the sentence as written, 0 when the
  coder supplied an actor (CAMEO's implied actors, coreference that the words do not show).
- Confidence (percent) is how much of the event the sentence states outright: 100, less 20
  for each actor it does not name, less 10 when the grammar rewrote the code (intent,
  refusal, a reported demand), less 10 when no time expression dates it (the publication
  date stands in); never below 10.
- MentionDocLen and MentionDocTone are the document's length in characters and its tone.
- MentionDocTranslationInfo is empty (detente reads English only); Extras holds detente's
  mention id, the ``event_id`` of ``detente export --format jsonl``, to find the evidence.
"""

from __future__ import annotations

from typing import Any

from detente.export.gdelt import timestamp
from detente.geo.words import find_words

GDELT_MENTION_COLUMNS = (
    "GLOBALEVENTID", "EventTimeDate", "MentionTimeDate", "MentionType", "MentionSourceName", "MentionIdentifier",
    "SentenceID", "Actor1CharOffset", "Actor2CharOffset", "ActionCharOffset", "InRawText", "Confidence",
    "MentionDocLen", "MentionDocTone", "MentionDocTranslationInfo", "Extras",
)
WEB, CITATION_ONLY = 1, 2
NOT_FOUND = -1
IMPLIED_RULE = "+implied"  # the rule suffix of an actor CAMEO's conventions supplied (events/implied.py)
FULL_CONFIDENCE, ACTOR_PENALTY, REWRITE_PENALTY, UNDATED_PENALTY, LEAST_CONFIDENCE = 100, 20, 10, 10, 10


def _offset(row: dict[str, Any], side: str) -> int:
    start = row.get("sentence_offset")
    if start is None:
        return NOT_FOUND
    found = find_words(row.get("sentence") or "", row.get(f"{side}_text"), row.get("trigger_start") or 0)
    return start + found if found is not None else NOT_FOUND


def _named(row: dict[str, Any], side: str) -> bool:
    """The sentence spells this actor out (or the event has none on that side)."""
    if not row.get(f"{side}_code"):
        return True
    return IMPLIED_RULE not in (row.get("rule") or "") and \
        find_words(row.get("sentence") or "", row.get(f"{side}_text"), 0) is not None


def confidence(row: dict[str, Any]) -> int:
    """How much of the event its sentence states outright (see the module docstring)."""
    score = FULL_CONFIDENCE
    for side in ("source", "target"):
        if not row.get(f"{side}_code") or not _named(row, side):
            score -= ACTOR_PENALTY
    rule = (row.get("rule") or "").split("+", 1)
    if len(rule) > 1 and any(part and not part.startswith("implied") for part in rule[1].split("+")):
        score -= REWRITE_PENALTY
    if row.get("date_precision") in (None, "published"):
        score -= UNDATED_PENALTY
    return max(LEAST_CONFIDENCE, score)


def mention_row(row: dict[str, Any]) -> list[Any]:
    """One report (``detente.export.records.mention_reports``) as GDELT's 16 Mentions fields."""
    url = row.get("url") or ""
    web = url.lower().startswith(("http://", "https://"))
    start = row.get("sentence_offset")
    tone = row.get("doc_tone")
    fields: list[Any] = [
        row["global_event_id"],
        timestamp(row.get("event_published") or row.get("event_added")),
        timestamp(row.get("published") or row.get("doc_added")),
        WEB if web else CITATION_ONLY,
        "" if (row.get("site") or "").startswith("doc:") else row.get("site") or "",  # "doc:…": no outlet known
        url if web else row.get("doc_id") or "",
        (row.get("sentence_index") or 0) + 1,
        _offset(row, "source"),
        _offset(row, "target"),
        start + (row.get("trigger_start") or 0) if start is not None else NOT_FOUND,
        1 if _named(row, "source") and _named(row, "target") else 0,
        confidence(row),
        row.get("doc_length") or 0,
        f"{tone:.4f}" if isinstance(tone, (int, float)) else "",
        "",
        row["mention_id"],
    ]
    assert len(fields) == len(GDELT_MENTION_COLUMNS)
    return fields
