"""A quoted sentence that names no speaker of its own, in a quotation that runs over several
sentences ('"The situation is catastrophic. We need a ceasefire now," the envoy said'): what it
judges is the named speaker's statement, as if it were reported by "said" in its own sentence.

Such a sentence has no verb of saying for the statement patterns to match, so its main clause
is taken as the clause reported (events/modality.ModalityReader.judge_statements) by a statement
of the quotation's speaker (nlp/quotes.running_quote_speaker). It is an event only when that
clause judges (a criticism, a worry, a hope, a defence of its own course): a quoted sentence that
tells a fact or judges nothing stays quiet, as a bare "said" with no one addressed does.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from detente.events.accusations import reported_clauses
from detente.events.candidate import Candidate
from detente.events.schema import Pattern
from detente.nlp import grammar as g
from detente.nlp.tree import children

if TYPE_CHECKING:
    from detente.events.patterns import PatternBook  # which reads modality, which reads this

SAY_PATTERN = "statement.say"  # the pattern a quoted judgement is read as (01_statement.yaml)
QUOTED_PATTERN = "statement.quoted"  # its id on a quoted sentence with no verb of saying
CLAUSE_POS = frozenset({"VERB", "AUX"})  # a main clause's head ("The situation [is] catastrophic")
JUXTAPOSED_DEPS = frozenset({"ccomp", "parataxis"})  # how a clause set before another in a quotation hangs on it


@lru_cache(maxsize=4)
def _quoted_pattern(book: PatternBook) -> Pattern | None:
    """The bare statement pattern, kept only when what its clause says judges (judged_only)."""
    say = next((p for p in book.patterns if p.id == SAY_PATTERN), None)
    return None if say is None else replace(say, id=QUOTED_PATTERN, judged_only=True, source=(), target=())


def quoted_statement(sent: Span, speaker: Token | None, book: PatternBook) -> list[Candidate]:
    """The statement the quotation's ``speaker`` makes in a quoted sentence that has no verb of
    saying: one candidate on the sentence's main clause, or none when no speaker is named or the
    sentence has no clause of its own."""
    if speaker is None:
        return []
    pattern = _quoted_pattern(book)
    root = sent.root
    if pattern is None or root.pos_ not in CLAUSE_POS:
        return []
    return [Candidate(root, pattern, pattern.code, speaker=speaker, quoted=True)]


def said_clauses(cand: Candidate) -> list[Token]:
    """The clauses a statement says: those its verb reports (a quoted sentence's own main clause,
    for one with no verb of saying), then a clause with its own subject set before one of them
    in the same words, which the parser hangs on the later one ('"[This is unacceptable] during
    the prayers; it is an unacceptable situation," he said')."""
    clauses = [cand.token] if cand.quoted else reported_clauses(cand.token)
    return clauses + [c for clause in clauses for c in children(clause)
                      if c.dep_ in JUXTAPOSED_DEPS and c.i < clause.i and g.clause_subjects(c)]
