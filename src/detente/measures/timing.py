"""When a measure was decided or announced, and when it takes effect.

A measure's date is an event date (``detente.dates``) read on its verb, on the noun or the
verb of saying that reports it, or on a date in its own words; a date introduced by "from",
"effective" or "as of" is when it takes effect, not when it was decided.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Span, Token

from detente.data import word_list
from detente.dates import (
    event_date,
    event_tense,
    find_time_expression,
    future_auxiliaries,
    is_recalled,
    resolve_expression,
)
from detente.measures.mentions import Mention
from detente.measures.parties import speaker_verb
from detente.nlp import grammar as g
from detente.nlp.labels import NOUN_POS, PRESENT_TENSE_TAGS
from detente.nlp.sentences import ents_within
from detente.nlp.tree import children

MeasureDates = tuple[date | None, str | None, date | None]  # (date, precision, effective date)


class TimingReader:
    """Dates the measures of one document against its publication date."""

    def __init__(self, published: date | None) -> None:
        self.published = published
        self.future_aux = future_auxiliaries() | word_list("dates.reported_future_aux")  # "said they would take effect"
        self.effective_cues = word_list("measures.effective_cues")
        # "delayed the tariffs until April 2", "after the duties of March": a bound or another act's date
        self.bound_preps = word_list("measures.end_date_preps") | word_list("dates.sequence_preps")

    def when(self, m: Mention) -> MeasureDates:
        """When the measure was decided or announced, and when it takes effect (if stated)."""
        trigger = m.verb if m.verb is not None else m.anchor
        tense = event_tense(trigger)
        chain = list(g.clause_chain(trigger))
        if any(c.dep_ == "aux" and c.lower_ in self.future_aux for v in chain for c in children(v)):
            tense = "future"  # "would take effect on April 1" reported on March 20
        if m.via == "in_force" and m.verb is not None and m.verb.tag_ in PRESENT_TENSE_TAGS:
            tense = "future"  # "the tariffs, which take effect on Aug. 1": a date in the present is to come
        span = find_time_expression(trigger)
        if span is not None and (self._effective(span) or m.via == "in_force"):
            effective, effective_precision = resolve_expression(span.text, self.published, tense)
            if m.via == "in_force" and effective is not None:
                return effective, effective_precision, effective
            when, precision = self._announced(m)
            return when, precision, effective
        when, precision = event_date(trigger, self.published)
        if precision not in (None, "published"):
            return when, precision, None
        effective = None
        for ent in ents_within(m.sent):
            if ent.label_ == "DATE" and ent.root.i in m.region and ent.root.i != trigger.i and not self._bound(ent):
                resolved, prec = resolve_expression(ent.text, self.published, tense)
                if resolved is None:
                    continue
                if self._effective(ent):
                    effective = effective or resolved
                    continue
                return resolved, prec, effective
        for anchor in _date_anchors(m, trigger):
            resolved, prec = event_date(anchor, self.published)
            if prec not in (None, "published"):
                return resolved, prec, effective
        if m.via == "cause" or m.in_cause:
            return None, None, effective  # a measure named as background: its date is not given
        if precision == "published" and (m.via == "nominal" or is_recalled(trigger)):
            return None, None, effective  # "the lifting of duties had helped": no date of its own (issue 12)
        return when, precision, effective

    def _announced(self, m: Mention) -> tuple[date | None, str | None]:
        """The date of the verb of saying that reports the measure, else the publication date."""
        speaker = speaker_verb(m)
        if speaker is not None:
            when, precision = event_date(speaker, self.published)
            if precision not in (None, "published"):
                return when, precision
        if self.published is None:
            return None, None
        return self.published, "published"

    def _bound(self, ent: Span) -> bool:
        """ "until April 2", "through June", "after the March duties": a date the measure runs to, or
        another act's, introduced by a preposition of bounds; never the measure's own date."""
        head = ent.root.head
        return ent.root.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in self.bound_preps

    def _effective(self, span: Span) -> bool:
        """ "from October 1", "effective April 1", "starting next month", "as of Monday"."""
        doc = span.doc
        before = doc[max(0, span.start - 2): span.start].text.lower()
        words = before.split()
        return bool(words) and (words[-1] in self.effective_cues
                                or any(before.endswith(cue) for cue in self.effective_cues if " " in cue))


def _date_anchors(m: Mention, trigger: Token) -> list[Token]:
    """Where else a date may hang: "Canada's decision last month to extend", "said on Tuesday"."""
    anchors = []
    if trigger.dep_ in ("acl", "xcomp", "relcl") and trigger.head.pos_ in NOUN_POS:
        anchors.append(trigger.head)
    speaker = speaker_verb(m)
    if speaker is not None and not m.in_cause:
        anchors.append(speaker)
    return anchors
