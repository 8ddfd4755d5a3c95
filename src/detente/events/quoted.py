"""A quoted sentence that names no speaker of its own, in a quotation that runs over several
sentences ('"The situation is catastrophic. We need a ceasefire now," the envoy said'): what it
judges is the named speaker's statement, as if it were reported by "said" in its own sentence.

Such a sentence has no verb of saying for the statement patterns to match, so its main clause
is taken as the clause reported (events/modality.ModalityReader.judge_statements) by a statement
of the quotation's speaker (nlp/quotes.running_quote_speaker). It is an event only when that
clause judges (a criticism, a worry, a hope, a defence of its own course), or, as a bare "said"
is, when its own words name a party other than the speaker's side ('"The next step is up to
Tehran"': a statement about Iran, 010). A quoted sentence that tells a fact about no other party
stays quiet, as a bare "said" with no one addressed does; so does one that only supposes
('"If Moscow agreed, we could talk"'), which asserts nothing of the party it names.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache
from typing import TYPE_CHECKING

from spacy.tokens import Span, Token

from detente.data import word_list
from detente.events.accusations import reported_clauses
from detente.events.candidate import Candidate
from detente.events.schema import Pattern
from detente.model import Event
from detente.nlp import grammar as g
from detente.nlp.quotes import in_quotation
from detente.nlp.tree import children

if TYPE_CHECKING:
    from detente.events.patterns import PatternBook  # which reads modality, which reads this

SAY_PATTERN = "statement.say"  # the pattern a quoted judgement is read as (01_statement.yaml)
QUOTED_PATTERN = "statement.quoted"  # its id on a quoted sentence with no verb of saying
CLAUSE_POS = frozenset({"VERB", "AUX"})  # a main clause's head ("The situation [is] catastrophic")
JUXTAPOSED_DEPS = frozenset({"ccomp", "parataxis"})  # how a clause set before another in a quotation hangs on it


@lru_cache(maxsize=8)
def _quoted_pattern(book: PatternBook, judged_only: bool) -> Pattern | None:
    """The bare statement pattern; with ``judged_only``, kept only when what its clause says
    judges. Without, it still needs a target (statement.say's needs_target), which only its
    own words can give (targets.ContextTargets.content)."""
    say = next((p for p in book.patterns if p.id == SAY_PATTERN), None)
    return None if say is None else replace(say, id=QUOTED_PATTERN, judged_only=judged_only, source=(), target=())


def supposed(clause: Token) -> bool:
    """A main clause that asserts nothing: one under a hypothetical modal ("we could talk to
    Beijing") or with a condition ("if Moscow agrees, ...")."""
    if g.aux_words(clause) & word_list("grammar.hypothetical_modals"):
        return True
    conditions = word_list("grammar.condition_marks")
    return any(c.dep_ == "advcl" and g.marks(c) & conditions for c in children(clause))


def quoted_statement(sent: Span, speaker: Token | None, book: PatternBook) -> list[Candidate]:
    """The statement the quotation's ``speaker`` makes in a quoted sentence that has no verb of
    saying: one candidate on the sentence's main clause, or none when no speaker is named or the
    sentence has no clause of its own."""
    if speaker is None:
        return []
    root = sent.root
    if root.pos_ not in CLAUSE_POS:
        return []
    # a statement by its own words only when the clause is visibly quoted: straight and curly marks
    # mixed in a story can leave a narrative sentence looking like the middle of a quotation
    pattern = _quoted_pattern(book, supposed(root) or not in_quotation(root))
    if pattern is None:
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


def give_way(candidates: list[Candidate]) -> list[Candidate]:
    """A quoted sentence's statement that judges nothing gives way to any act its words name
    ('"They shot and killed people on the train"': the killing), as a bare "said" gives way to
    what it reports; it stands alone only ('"The next step is up to Tehran"')."""
    plain = [c for c in candidates if c.quoted and not c.rule_suffix]
    if plain and len(plain) < len(candidates):
        return [c for c in candidates if not (c.quoted and not c.rule_suffix)]
    return candidates


def told(events: list[Event], aimless: set[int]) -> list[Event]:
    """The events a sentence tells the story, for the sentences after it to refer back to: not a
    quoted sentence's statement that found no one it is about, which the story never told (its
    sentence tells a fact, '"Alinejad was almost gunned down on the streets of New York"')."""
    return [e for e in events if not (id(e) in aimless and e.target is None and e.rule.startswith(QUOTED_PATTERN))]
