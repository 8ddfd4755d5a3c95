"""An event trigger's tense and date: its time expression, resolved against publication.

An event's date is (1) the time expression attached to its trigger in the parse
(``dates.attach``), (2) resolved relative to the publication date (``dates.resolve``), with
the event's tense deciding whether a bare weekday or month lies before or after
publication. The words that make an event future are in ``data/lexicon/dates.yaml`` (and
the future auxiliaries in ``grammar.future_aux``).
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from detente.data import word_list
from detente.dates.attach import (
    as_token,
    date_anchors,
    find_time_expression,
    governing_verb,
    is_to_infinitive,
    own_time_expression,
)
from detente.dates.expressions import normalise
from detente.dates.resolve import resolve_expression
from detente.nlp.labels import AUXILIARY_DEPS, VERB_POS
from detente.nlp.tree import children

if TYPE_CHECKING:  # spaCy is only needed by the callers, who pass parsed tokens
    from spacy.tokens import Span, Token


def future_auxiliaries() -> frozenset[str]:
    """grammar.future_aux as words that stand as a verb's own auxiliary ("will", "shall", "'ll"):
    without the words that mark a construction instead ("going" in "is going to")."""
    return word_list("grammar.future_aux") - word_list("dates.future_constructions")


def is_past(tok: Token) -> bool:
    """A verb in the past tense, itself or through its auxiliary ("imposed", "was scheduled").

    A governor in the past ("was scheduled to", "planned to") does not make a future.
    """
    if tok.tag_ == "VBD":
        return True
    return any(c.dep_ in AUXILIARY_DEPS and c.tag_ == "VBD" for c in children(tok))


def is_recalled(tok: Token) -> bool:
    """A verb in the past perfect ("had imposed", "had been lifted"): an act recalled behind the
    story's time, which keeps its own date or none, never the article's. Reported speech is
    not recalled: "Japan said it had halted aid" is "has halted", shifted back."""
    if tok.pos_ not in VERB_POS or not any(c.dep_ in AUXILIARY_DEPS and c.lower_ == "had" for c in children(tok)):
        return False
    cur = tok
    for _ in range(6):
        if cur.dep_ not in ("ccomp", "conj", "xcomp", "parataxis") or cur.head is cur:
            return True
        cur = cur.head
        if cur.lemma_.lower() in word_list("grammar.speech_verbs"):
            return False
    return True


def said_before_subject(span: Span) -> Token | None:
    """ "Trump said [on Wednesday] he would impose tariffs": a time expression between a verb of
    saying and the subject of the clause it reports, which the parse often hangs on the
    reported verb, dates the saying; the verb of saying, else None."""
    verb = span.root.head.head if span.root.dep_ == "pobj" else span.root.head
    if not _reported(verb):
        return None
    subjects = [c for c in children(verb) if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects or not verb.head.i < span.start or span.end > subjects[0].left_edge.i:
        return None
    return verb.head


def _reported(verb: Token) -> bool:
    """A clause a verb of saying reports ("said [he would visit]")."""
    return verb.dep_ == "ccomp" and verb.head.lemma_.lower() in word_list("grammar.speech_verbs")


def _tense(trigger: Token, span: Span | None) -> str:
    """event_tense, with the already-found time expression."""
    saying = said_before_subject(span) if span is not None else None
    if saying is not None:
        return "past" if is_past(saying) else _tense(saying, None)
    aux = future_auxiliaries() | word_list("dates.future_aux_spellings")
    governors = word_list("dates.future_governors")
    verbs = [a for a in date_anchors(trigger) if a.pos_ in VERB_POS]
    for v in verbs:
        for c in children(v):
            if c.dep_ == "aux" and (c.lemma_.lower() in aux or c.lower_ in aux):
                return "future"
            if c.dep_ == "aux" and c.lower_ in word_list("dates.reported_future_aux") and _reported(v):
                return "future"  # "said he would visit Beijing on Wednesday": a future seen from the saying
        if v.dep_ == "xcomp" and is_to_infinitive(v):
            h = v.head
            if (h.lemma_.lower() in governors or h.lower_ in governors) and not is_past(h):
                return "future"
    if trigger.pos_ not in VERB_POS:
        if any(c.lower_ in word_list("dates.future_modifiers") for c in children(trigger)
               if c.dep_ in ("amod", "compound", "nmod", "poss")):
            return "future"  # "the upcoming summit"
        gov = governing_verb(trigger)
        if gov is not None and not is_past(gov) and (
            gov.lemma_.lower() in word_list("dates.future_predicates")
            or any(c.dep_ == "acomp" and c.lower_ in word_list("dates.future_predicates")
                   for c in children(gov))
        ):
            return "future"  # "the vote is scheduled for Friday", "the vote is due on Friday"
    if span is not None:
        words = normalise(span.text).split()
        markers = word_list("dates.future_markers")
        if words and words[0] in markers:
            return "future"
        if span.text.split() and span.text.split()[0].lower() in markers:
            return "future"  # "later this month": the qualifier is stripped by normalise
    return "past"


def event_tense(trigger: Token | Span) -> str:
    """'future' when the event is in the future or intended (aux 'will'/'shall', 'is to',
    'scheduled/expected/due/set/plans to', 'next ...'), else 'past'.

    Tense decides on which side of publication a bare weekday or month falls.
    """
    tok = as_token(trigger)
    return _tense(tok, find_time_expression(tok))


def event_date(trigger: Token | Span, published: date | None, *, recalled: bool = False,
               future: bool = False) -> tuple[date | None, str | None]:
    """The event's date and precision.

    The attached time expression resolved against ``published``; with no (resolvable)
    expression, (published, "published"), or (None, None) for an event ``recalled`` in
    passing ("since the arrest"), which never takes the article's date, nor its verb's
    ("imposed tariffs last year in response to Canadian duties": the duties are not of last year). Without a
    publication date, absolute expressions (full dates, 'in 2018') still resolve and
    relative ones give (None, None): today's date is never used. ``future``: the event is
    known to lie ahead ("said it would impose tariffs from March 4").
    """
    if isinstance(published, datetime):
        published = published.date()
    tok = as_token(trigger)
    span = own_time_expression(tok) if recalled and tok.pos_ not in VERB_POS else find_time_expression(tok)
    if span is not None:
        future = future and said_before_subject(span) is None  # "said [on Wednesday] it would": the saying's day
        d, precision = resolve_expression(span.text, published, "future" if future else _tense(tok, span))
        if d is not None:
            return d, precision
    if published is None or recalled:
        return None, None
    return published, "published"
