"""Where the coder lost a sentence that holds gold events but got none.

The event coder can note, per sentence, how far its acts got (triggers matched, acts left
standing once negation, hypotheticals, frames and overlaps were read, events made, each by
its trigger's offset: :class:`detente.events.coder.SentenceStages`). For a silent gold
sentence, only the triggers inside its own characters count (the parser may have joined it
to a context sentence whose acts are not its own), and the latest stage one of them reached
is where to look: no pattern knows the wording, the grammar read the act as
not asserted, or no source or target was found for an act that stands. These are counts,
so a held-out set can be read this way without reading its sentences.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from detente.events.coder import EventCoder, SentenceStages
    from detente.pipeline import Pipeline

NO_TRIGGER = "no_trigger"
NOT_ASSERTED = "not_asserted"
NO_ACTORS = "no_actors"
REPEAT = "repeat"
NOT_READ = "not_read"
# In the order of the pipeline, with what a person reads in the report.
LOST_STAGES = {
    NOT_READ: "a question or a heading, not coded",
    NO_TRIGGER: "no pattern matched its words",
    NOT_ASSERTED: "matched, but read as not asserted (negated, hypothetical, a frame) or overlapped",
    NO_ACTORS: "an act stood, but no source or target was found for it",
    REPEAT: "coded, then dropped as a repeat of an event before it",
}

StageLog = dict[str, list["SentenceStages"]]  # document id -> its sentences, in order


@contextmanager
def stage_log(pipeline: Pipeline) -> Iterator[StageLog | None]:
    """The stages of every sentence the pipeline's event coder codes meanwhile (None when the
    coding happens in other processes, or the pipeline has no event coder)."""
    coder = _coder_of(pipeline)
    if coder is None:
        yield None
        return
    log: StageLog = {}
    coder.stage_log = log
    try:
        yield log
    finally:
        coder.stage_log = None


def _coder_of(pipeline: Pipeline) -> EventCoder | None:
    """The pipeline's event coder, when it codes in this process (a stand-in pipeline has none;
    with workers, loading one here would only cost the model)."""
    options = getattr(pipeline, "options", None)
    if options is None or options.workers > 1 or options.scheduler:
        return None
    try:
        component = pipeline.component("events")
    except StopIteration:
        return None
    return getattr(component, "coder", None)


def lost_stage(sentences: list[SentenceStages], start: int, end: int) -> str:
    """Where the text between ``start`` and ``end`` of a document (one gold sentence) was lost:
    the latest stage a trigger inside it reached; not read when no coded sentence covers it."""
    if not any(s.start < end and s.end > start for s in sentences):
        return NOT_READ
    inside = range(start, end)
    if any(at in inside for s in sentences for at in s.coded):
        return REPEAT
    if any(at in inside for s in sentences for at in s.asserted):
        return NO_ACTORS
    return NOT_ASSERTED if any(at in inside for s in sentences for at in s.matched) else NO_TRIGGER


def format_lost(lost: Mapping[str, int]) -> str:
    """The lines of the text report: each stage with how many sentences it lost."""
    total = sum(lost.values())
    lines = [f"event sentences with no event ({total}), where the coder lost them:"]
    lines += [f"  {lost[stage]:>5}  {label}" for stage, label in LOST_STAGES.items() if lost.get(stage)]
    return "\n".join(lines)
