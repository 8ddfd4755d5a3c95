"""Where `detente eval` says a sentence that holds events but got none was lost.

The sentences are written for these tests: one per stage, and one whose context sentence
holds an act, to show that only the gold sentence's own stages count.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from detente.evaluation import evaluate, format_report
from detente.evaluation.stages import NO_ACTORS, NO_TRIGGER, NOT_ASSERTED, NOT_READ, REPEAT, lost_stage
from detente.events.coder import SentenceStages

PUB = "2026-03-03"
GOLD_111 = [{"source": "FRA", "target": "ITA", "cameo": "111"}]
RECORDS = [
    ("unknown-wording", "The two governments' friendship blossomed like spring flowers on Tuesday.", "", NO_TRIGGER),
    ("negated", "France did not criticise Italy on Tuesday.", "", NOT_ASSERTED),
    ("no-one-named", "The plan was harshly criticised on Tuesday.", "", NO_ACTORS),
    ("question", "Did France criticise Italy on Tuesday?", "", NOT_READ),
    ("after-context", "The two governments' friendship blossomed like spring flowers.",
     "France criticised Italy on Monday.", NO_TRIGGER),
]


@pytest.fixture
def gold_file(tmp_path: Path) -> Path:
    rows = [{"id": rid, "text": text, "context": context, "published": PUB, "events": GOLD_111}
            for rid, text, context, _ in RECORDS]
    rows.append({"id": "coded", "text": "France criticised Italy on Tuesday.", "published": PUB, "events": GOLD_111})
    rows.append({"id": "no-gold", "text": "It rained in Paris on Tuesday.", "published": PUB, "events": []})
    path = tmp_path / "gold.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_each_silent_sentence_is_counted_at_the_stage_that_lost_it(pipeline, gold_file: Path) -> None:
    report = evaluate(gold_file, pipeline)
    assert report.lost == Counter(stage for *_, stage in RECORDS)
    text = format_report(report)
    assert "event sentences with no event (5), where the coder lost them:\n" \
           "      1  a question or a heading, not coded\n" \
           "      2  no pattern matched its words\n" \
           "      1  matched, but read as not asserted (negated, hypothetical, a frame) or overlapped\n" \
           "      1  an act stood, but no source or target was found for it" in text
    data = json.loads(format_report(report, fmt="json", errors=True))
    assert data["event_sentences_lost"] == {NOT_READ: 1, NO_TRIGGER: 2, NOT_ASSERTED: 1, NO_ACTORS: 1}
    lost = {e["id"]: e["lost_at"] for e in data["errors"]}
    assert lost == {rid: stage for rid, _, _, stage in RECORDS}
    assert "  pred: (no event: matched, but read as not asserted" in format_report(report, errors=True)
    assert pipeline.component("events").coder.stage_log is None  # the log is kept only while eval codes


def test_the_latest_stage_a_trigger_inside_the_sentence_reached_counts() -> None:
    def sentence(start: int, end: int, matched: tuple[int, ...] = (), asserted: tuple[int, ...] = (),
                 coded: tuple[int, ...] = ()) -> SentenceStages:
        return SentenceStages(start, end, matched, asserted, coded)

    assert lost_stage([sentence(0, 40)], 0, 40) == NO_TRIGGER
    assert lost_stage([sentence(0, 40, matched=(5, 20))], 0, 40) == NOT_ASSERTED
    assert lost_stage([sentence(0, 20), sentence(20, 40, (25,), (25,))], 0, 40) == NO_ACTORS  # split in two
    assert lost_stage([sentence(0, 40, (20,), (20,))], 15, 40) == NO_ACTORS  # joined to the sentence before it
    assert lost_stage([sentence(0, 40, (5,), (5,))], 15, 40) == NO_TRIGGER  # the context's act is not its own
    assert lost_stage([sentence(0, 40, (20,), (20,), (20,))], 0, 40) == REPEAT
    assert lost_stage([], 0, 40) == NOT_READ
    assert lost_stage([sentence(0, 15, (5,))], 15, 40) == NOT_READ  # only the context was coded
