"""The date of a coded act: its own time expression, else, for an intention, a threat, a demand,
an appeal, a refusal or a decision that a verb of saying reports, the day of the saying (the
statement is the event)."""

from __future__ import annotations

from datetime import date

from detente.dates import event_date
from detente.events.candidate import Candidate, frame_rule
from detente.events.modality import REPORTED_DEMAND_RULE
from detente.events.nominal import DECIDED_RULE
from detente.events.schema import Frame

STATED_FRAMES = (Frame.INTENT, Frame.THREAT, Frame.REFUSAL, Frame.APPEAL, Frame.DEMAND)
STATED_SUFFIXES = (*(frame_rule(f) for f in STATED_FRAMES), DECIDED_RULE, REPORTED_DEMAND_RULE)


def candidate_date(cand: Candidate, published: date | None, recalled: bool) -> tuple[date | None, str | None]:
    """ "Lula said on Tuesday that Brazil would retaliate": the threat is of Tuesday; "said he
    would visit Beijing on Wednesday": the visit's own day."""
    dated = event_date(cand.token, published, recalled=recalled, future=DECIDED_RULE in cand.rule_suffix)
    if dated[1] == "published" and cand.speaker is not None \
            and any(suffix in cand.rule_suffix for suffix in STATED_SUFFIXES):
        spoken = event_date(cand.speaker, published)
        if spoken[1] not in (None, "published"):
            return spoken
    return dated
