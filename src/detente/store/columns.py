"""The columns of the stored tables, as the writers and the exports name them."""

from __future__ import annotations

from detente.model import PLACE_TONE_COLUMNS

DOCUMENT_COLUMNS = ("content_hash", "doc_id", "url", "title", "published", "source", "origin", "text", "n_sentences",
                    "tone", "dateline")
# The per-mention columns of the output contract (`detente code`, `detente export`).
EVENT_COLUMNS = (
    "event_id", "doc_id", "content_hash", "url", "published", "date", "date_precision",
    "sentence_index", "sentence",
    "source_text", "source_code", "source_country", "source_sector", "source_name",
    "target_text", "target_code", "target_country", "target_sector", "target_name",
    "cameo", "root", "quad_class", "goldstein", "plover", "trigger", "trigger_start",
    "trigger_end", "rule",
)
ACTOR_COLUMNS = tuple(f"{side}_{k}" for side in ("source", "target")
                       for k in ("text", "code", "country", "sector", "name"))
# PLACE_TONE_COLUMNS: where each mention's event happened, where its actors are, its sentence's
# tone and where the sentence starts in its document (detente.geo, detente.tone; store/geo.sql).
MENTION_COLUMNS = ("mention_id", "global_event_id", "site", *EVENT_COLUMNS[1:], *PLACE_TONE_COLUMNS)
# What an event record copies from the mention it was first made from.
RECORD_FROM_MENTION = (*ACTOR_COLUMNS, "cameo", "root", "quad_class", "goldstein", "plover",
                        "doc_id", "content_hash", "url", "published", "sentence_index", "sentence",
                        "trigger", "trigger_start", "trigger_end", "rule")
RECORD_COLUMNS = ("global_event_id", "date", "date_precision", "first_mention_id", *RECORD_FROM_MENTION)
