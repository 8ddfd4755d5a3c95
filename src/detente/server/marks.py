"""Where each event's trigger and actors sit in a document's sentences, and those sentences marked up.

The trigger's offsets are stored; an actor's are not, so an actor is marked where the words
the coder read for it first occur in the sentence (left unmarked when they do not occur, as for
an actor implied by a trade measure).
"""

from __future__ import annotations

from html import escape
from itertools import pairwise
from typing import Any


def event_marks(sentence: str, event: dict[str, Any]) -> list[dict[str, Any]]:
    marks = []
    start, end = event.get("trigger_start"), event.get("trigger_end")
    if isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(sentence):
        marks.append({"start": start, "end": end, "kind": "trigger", "event_id": event["event_id"]})
    for side in ("source", "target"):
        words = (event.get(f"{side}_text") or "").strip()
        at = sentence.find(words) if words and words != event.get(f"{side}_code") else -1
        if at >= 0:
            marks.append({"start": at, "end": at + len(words), "kind": side, "event_id": event["event_id"]})
    return marks


def sentence_marks(sentences: list[tuple[int, str]], events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each sentence with the marks of the events coded from it, in order of position."""
    by_index: dict[int, list[dict[str, Any]]] = {}
    for event in events:
        by_index.setdefault(event["sentence_index"], []).append(event)
    out = []
    for index, text in sentences:
        marks = [m for e in by_index.get(index, []) for m in event_marks(text, e)]
        out.append({"index": index, "text": text,
                    "marks": sorted(marks, key=lambda m: (m["start"], -m["end"], m["kind"]))})
    return out


def marked_html(text: str, marks: list[dict[str, Any]]) -> str:
    """The sentence as escaped HTML, each stretch under marks wrapped in <mark class="KINDS">.

    Overlapping marks (two events sharing an actor) split the text at every boundary, so the
    markup always nests and every character keeps all the kinds that cover it.
    """
    cuts = sorted({0, len(text), *(m["start"] for m in marks), *(m["end"] for m in marks)})
    parts = []
    for lo, hi in pairwise(cuts):
        kinds = sorted({m["kind"] for m in marks if m["start"] <= lo and hi <= m["end"]})
        piece = escape(text[lo:hi])
        parts.append(f'<mark class="{" ".join(kinds)}">{piece}</mark>' if kinds else piece)
    return "".join(parts)
