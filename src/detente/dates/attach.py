"""Finding the time expression that belongs to an event's trigger in the dependency parse.

Only the trigger's own dependents are looked at (for a noun, those of its governing verb;
for a verb without a date, those of its controlling or coordinated verb), never another
clause: in "X, who was detained in 2018, met Y on Thursday", "met" gets Thursday and
"detained" gets 2018. The prepositions that may introduce a date are in
``data/lexicon/dates.yaml``, the dependency labels in ``nlp/labels.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from detente.data import word_list
from detente.dates.resolve import POINT_IN_TIME_KINDS, expression_kind, precision_rank
from detente.nlp.labels import (
    DATE_DEPS,
    NOUN_DATE_DEPS,
    OTHER_EVENT_CLAUSE_DEPS,
    OWN_SUBJECT_DEPS,
    PAST_TENSE_TAG,
    VERB_POS,
)
from detente.nlp.sentences import entity_at, ents_within
from detente.nlp.tree import children

if TYPE_CHECKING:  # spaCy is only needed by the callers, who pass parsed tokens
    from spacy.tokens import Span, Token


def as_token(trigger: Token | Span) -> Token:
    """Accept a Span (use its root) where a Token is expected."""
    return trigger.root if hasattr(trigger, "root") else trigger


def governing_verb(tok: Token) -> Token | None:
    """The verb a noun trigger depends on ('visit' in "the visit ... angered" -> angered)."""
    cur = tok
    for _ in range(4):
        if cur.dep_ in OTHER_EVENT_CLAUSE_DEPS or cur.head is cur:
            return None
        cur = cur.head
        if cur.pos_ in VERB_POS:
            return cur
    return None


def date_anchors(trigger: Token) -> list[Token]:
    """Tokens whose dependents may carry this event's date, nearest first.

    The trigger; for a noun trigger its governing verb; then the verb controlling it
    ("plans to visit": plans), the verb of a purpose infinitive ("met to discuss": met) and,
    for a coordinated verb without its own subject, the first conjunct ("met Thursday and
    agreed": met). Relative, complement and other adverbial clauses are other events.
    """
    out = [trigger]
    cur: Token | None = trigger
    if trigger.pos_ not in VERB_POS:
        cur = governing_verb(trigger)
        if cur is None:
            return out
        out.append(cur)
    for _ in range(3):
        assert cur is not None
        if cur.dep_ == "xcomp" and cur.head is not cur:
            cur = cur.head
        elif cur.dep_ in ("conj", "advcl") and not any(
            c.dep_ in OWN_SUBJECT_DEPS for c in children(cur)
        ) and (cur.dep_ == "conj" or is_to_infinitive(cur)):
            cur = cur.head  # "met Thursday and agreed", "met Thursday to discuss trade"
        elif cur.dep_ == "advcl" and cur.tag_ == PAST_TENSE_TAG \
                and {c.lower_ for c in children(cur) if c.dep_ == "mark"} & word_list("dates.temporal_marks"):
            # "detained two Canadians in 2018, [days] after Canada arrested Meng"
            cur = cur.head if cur.head.pos_ in VERB_POS else nearest_verb(cur.head)
            if cur is None:
                break
        else:
            break
        out.append(cur)
    return out


def is_to_infinitive(verb: Token) -> bool:
    """An infinitive with 'to' ("to visit")."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children(verb))


def _date_span(tok: Token) -> tuple[Span, int] | None:
    """The time expression headed by ``tok`` and its precision rank, if it is a date.

    Tries the DATE/TIME entity containing the token, then the token's subtree (so 'last
    week', 'a year ago' come whole), then the token alone.
    """
    doc = tok.doc
    spans: list[Span] = []
    if tok.ent_type_ in ("DATE", "TIME"):
        ent = entity_at(tok)
        if ent is not None:
            spans.append(ent)
    left, right = tok.left_edge.i, tok.right_edge.i
    if right - left < 8:
        spans.append(doc[left : right + 1])
    spans.append(doc[tok.i : tok.i + 1])
    for span in spans:
        rank = precision_rank(span.text)
        if rank is not None:
            return span, rank
    return None


def _candidates(anchor: Token, is_noun: bool) -> list[tuple[Span, int]]:
    """Time expressions among an anchor's dependents (and its objects' prepositions)."""
    preps, points = word_list("dates.date_preps"), word_list("dates.point_in_time_preps")
    noun_deps = NOUN_DATE_DEPS if is_noun else frozenset()
    found: list[tuple[Span, int]] = []

    def via_prep(prep: Token) -> None:
        word = prep.lower_
        for inner in children(prep):  # "[as of] October 1": the date hangs on the second word
            if inner.dep_ == "prep" and f"{word} {inner.lower_}" in word_list("dates.point_in_time_prep_pairs"):
                via_point(inner)
        if word not in preps and word not in points:
            return
        for pobj in children(prep):
            if pobj.dep_ != "pobj" and not (pobj.dep_ in ("npadvmod", "dobj") and word in points):
                continue  # "[starting] February 10" hangs the date as npadvmod
            hit = _date_span(pobj)
            if hit is None:
                continue
            if word not in preps and expression_kind(hit[0].text) not in POINT_IN_TIME_KINDS:
                continue
            found.append(hit)

    def via_point(prep: Token) -> None:
        for pobj in children(prep):
            hit = _date_span(pobj) if pobj.dep_ == "pobj" else None
            if hit is not None and expression_kind(hit[0].text) in POINT_IN_TIME_KINDS:
                found.append(hit)

    for child in children(anchor):
        dep = child.dep_
        if dep == "prep" or (dep in ("advcl", "xcomp") and child.lower_ in points):
            via_prep(child)  # "on Friday"; "[starting] September 15" read as a clause
        elif dep in DATE_DEPS or dep in noun_deps:
            hit = _date_span(child)
            if hit is not None:
                found.append(hit)
    if found:
        return found
    # Second level: "met Li in Beijing on Thursday" parsed with 'on' under 'Beijing'.
    for child in children(anchor):
        heads: list[Token] = []
        if child.dep_ in ("dobj", "attr", "oprd"):
            heads.append(child)
        elif child.dep_ == "prep" and child.lower_ not in word_list("dates.sequence_preps"):
            # not "[after] the imposition of tariffs in March": that date is the earlier act's own
            heads.extend(c for c in children(child) if c.dep_ == "pobj")
        for h in heads:
            for grand in children(h):
                if grand.dep_ == "prep":
                    via_prep(grand)
                elif grand.dep_ in ("npadvmod", "tmod"):  # "for the third time this month"
                    hit = _date_span(grand)
                    if hit is not None:
                        found.append(hit)
    return found


def find_time_expression(trigger: Token | Span) -> Span | None:
    """Given the spaCy Token that triggers an event (a verb like 'met' or a noun like
    'visit'), return the time expression that belongs to THIS event, or None.

    Only dependents of the trigger (or, for a noun, of its governing verb; for a verb
    without a date, of its controlling or coordinated verb) are looked at, never another
    clause, so in "X, who was detained in 2018, met Y on Thursday" 'met' gets Thursday and
    'detained' gets 2018. Durations, ages and clock times are not dates and are skipped.
    Among several candidates the most precise wins, then the nearest.
    """
    tok = as_token(trigger)
    anchors = date_anchors(tok)
    for k, anchor in enumerate(anchors):
        found = _candidates(anchor, is_noun=(k == 0 and tok.pos_ not in VERB_POS))
        if tok.pos_ not in VERB_POS:  # "the first visit [since 2016]", "his visit is the first since 2017"
            found = [hit for hit in found if not _starts_span(hit[0])]
        if found:
            span, _ = min(found, key=lambda h: (h[1], abs(h[0].root.i - tok.i)))
            return span
    for anchor in anchors:
        when = _when_clause_date(anchor)
        if when is not None:
            return when
    return _stranded_date(tok, [a for a in anchors if a.pos_ in VERB_POS])


def own_time_expression(noun: Token) -> Span | None:
    """The time expression of a nominal event's own phrase ("[Thursday's] talks", "the [2018]
    arrest", "a meeting with Xi in Seoul [last October]"), never its verb's; "since" dates a
    span, not the event ("the first visit since 2017")."""
    found = [hit for hit in _candidates(noun, is_noun=True) if not _starts_span(hit[0])]
    if not found:
        return None
    return min(found, key=lambda h: (h[1], abs(h[0].root.i - noun.i)))[0]


def _starts_span(span: Span) -> bool:
    """A date introduced by "since": the start of a span, not an event's day."""
    root = span.root
    return root.dep_ == "pobj" and root.head.lower_ in word_list("dates.span_start_preps")


def _when_clause_date(verb: Token) -> Span | None:
    """"memories of 2018, when China detained ...": a 'when' clause on a date takes that date."""
    if verb.dep_ != "relcl" or not any(c.dep_ == "advmod" and c.lower_ == "when" for c in children(verb)):
        return None
    hit = _date_span(verb.head)
    return hit[0] if hit is not None else None


def nearest_verb(tok: Token) -> Token | None:
    """The first verb above a token: the event a phrase belongs to, however deep it sits."""
    cur = tok
    for _ in range(12):
        if cur.head is cur:
            return None
        cur = cur.head
        if cur.pos_ in VERB_POS:
            return cur
    return None


def _stranded_date(tok: Token, verbs: list[Token]) -> Span | None:
    """A date the parser hung inside a noun phrase of this clause ("duties of 25 per cent on
    pork last March" with 'March' under 'cent'): it still belongs to the clause's verb."""
    if not verbs:
        return None
    for ent in ents_within(tok.sent):
        if ent.label_ != "DATE" or nearest_verb(ent.root) not in verbs or _starts_span(ent) \
                or _in_sequence_phrase(ent.root):
            continue
        root = ent.root
        if root.dep_ == "pobj":  # same preposition rules as attached dates ("for 10 years" is not)
            word = root.head.lower_
            if word not in word_list("dates.date_preps") and not (word in word_list("dates.point_in_time_preps")
                                                                 and expression_kind(ent.text) in POINT_IN_TIME_KINDS):
                continue
        hit = _date_span(root)
        if hit is not None:
            return hit[0]
    return None


def _in_sequence_phrase(tok: Token) -> bool:
    """The date sits in a phrase placing another act before or after the clause's ("[after] the
    imposition of tariffs in March"): it is that act's date."""
    cur = tok
    for _ in range(12):
        if cur.head is cur or cur.pos_ in VERB_POS:
            return False
        cur = cur.head
        if cur.dep_ == "prep" and cur.lower_ in word_list("dates.sequence_preps"):
            return True
    return False
