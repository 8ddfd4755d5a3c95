"""One act, coded once: which candidates of a sentence give way to others, and which events
repeat another.

A candidate absorbed by another ("agreed" in "agreed to meet", "tariffs" in "imposed
tariffs"), a noun whose light verb is coded, an outcome of a coded attack ("shelled the
town, killing 20"), the purpose of a coded act ("staged protests to demand reforms") and
a bare statement whose reported clause is coded all give way.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.data import word_list
from detente.events import roots
from detente.events.candidate import JUDGEMENT_RULES, STATEMENT_DEMAND_RULE, Candidate
from detente.events.schema import Frame, WordClass
from detente.events.slots import slot_tokens
from detente.model import Actor, Event
from detente.nlp import grammar as g
from detente.nlp.labels import AIM_CLAUSE_DEPS, PREP_OBJECT_DEPS, RELATIVE_CLAUSE_DEPS
from detente.nlp.tree import children

AIMING_VERBS = word_list("events.measure_aiming_verbs")  # "sanctions, [targeting] 200 vessels"
UNSAID_TARGET = "+implied:target_"  # a target read from outside the act's words (events/targets.py)
MOTIVE_RULE = "+motive"  # the rule suffix of a protest whose demand gave it its sub-code


def suppress(candidates: list[Candidate]) -> list[Candidate]:
    """The candidates that stand as acts of their own, in sentence order."""
    by_token = {c.token.i: c for c in candidates}
    merged = _aimless_causes(candidates, by_token)
    absorbed = {i for c in candidates for i in c.absorbed} | merged
    stated_aims = _protest_motives(candidates, by_token)
    kept = []
    for cand in candidates:
        token = cand.token
        if token.i in absorbed or token.i in stated_aims:
            continue  # e.g. "agreed" in "agreed to meet", "tariffs" in "imposed tariffs"
        if cand.pattern.pos == WordClass.NOUN and cand.aimed_at is None and not (cand.reacted_to and g.owners(token)):
            # "rejected [X's offer]": X's own; "protested [Beijing's detention] of ...": a second act,
            # whose doer is named ("welcomed [the talks]" only refers back to talks told before)
            gov = g.governor(token)
            if gov is not None and gov.i in by_token and not _weak(by_token[gov.i]) \
                    and by_token[gov.i].pattern.frame is None and gov.i not in cand.absorbed:
                continue  # a governor the noun took as its frame ("vetoed [the sanctions]") is gone itself
        if _motive_of_coded_act(cand, by_token):
            continue  # "gathered outside the embassy [in protest] against X": the gathering, told with its motive
        if cand.pattern.outcome and _consequence(cand, by_token) and token.head.i not in merged:
            continue  # "shelled the town, killing 20": one act
        if _retold(cand, by_token):
            continue  # "organized a general strike [that shut down] Kathmandu": the strike, told again
        if _measure_aim(cand, by_token):
            continue  # "approved sanctions against Russia, targeting 200 vessels": whom the measure aims at
        if g.is_purpose(token) and token.head.i in by_token and token.head.i not in cand.absorbed:
            continue  # "staged protests to demand reforms": the purpose of a coded act
        kept.append(cand)
    framing = {gov.i for c in kept if c.pattern.pos == WordClass.NOUN and (gov := g.governor(c.token)) is not None}
    kept = [c for c in kept if not _bare_frame(c) or c.token.i not in framing]
    if any(not _weak(c) for c in kept):
        reported_heads = {c.speaker.i for c in kept if c.speaker is not None}
        kept = [c for c in kept if not _weak(c) or c.token.i not in reported_heads]
        kept = [c for c in kept if not _weak(c) or not _has_codable_complement(c, kept)]
    return kept


def _motive_of_coded_act(cand: Candidate, by_token: dict[int, Candidate]) -> bool:
    """A noun a pattern reads through the preposition that hangs it on a clause ("in protest of"),
    where that clause's verb is coded with the same root ("crowds gathered outside the embassy
    [in protest] against the strikes"), says why that act was done: one act, not two."""
    token = cand.token
    if cand.pattern.pos != WordClass.NOUN or token.dep_ not in PREP_OBJECT_DEPS or token.head.dep_ != "prep" \
            or token.head.lower_ not in (cand.pattern.requires_governor or ()):
        return False
    verb = by_token.get(token.head.head.i)
    return verb is not None and verb is not cand and verb.root == cand.root and verb.pattern.frame is None \
        and verb.pattern.pos == WordClass.VERB and verb.token.i not in cand.absorbed


def _retold(cand: Candidate, by_token: dict[int, Candidate]) -> bool:
    """A clause that describes a noun naming an act already coded with the same root ("organized a
    general strike [that shut down] the capital") says what that act did, no act of its own."""
    token = cand.token
    if cand.root not in roots.TOLD_TWICE_ROOTS or token.dep_ not in RELATIVE_CLAUSE_DEPS:
        return False
    noun = token.head
    named = [by_token.get(noun.i), by_token.get(gov.i) if (gov := g.governor(noun)) is not None else None]
    return any(other is not None and other is not cand and other.root == cand.root for other in named)


def _measure_aim(cand: Candidate, by_token: dict[int, Candidate]) -> bool:
    """A verb of aiming ("targeting", "hitting") that hangs off a coded measure (16x) says whom
    the measure aims at: no attack of its own."""
    token = cand.token
    if cand.root not in roots.VIOLENT_ROOTS or token.lemma_.lower() not in AIMING_VERBS:
        return False
    head = token.head
    if token.dep_ in RELATIVE_CLAUSE_DEPS or token.dep_ == "acl":
        head = head if head.i in by_token else g.governor(head) or head  # "a package of sanctions targeting"
    elif token.dep_ not in ("advcl", "conj"):
        return False
    return head.i in by_token and by_token[head.i].root == roots.REDUCE


def _protest_motives(candidates: list[Candidate], by_token: dict[int, Candidate]) -> set[int]:
    """ "Rallied, demanding the resignation of X", "blocked roads to demand new elections": the
    demand says what the protest is for, so the protest takes its sub-code (1411, 1441) and the
    demand is no act of its own. Returns the tokens of the demands so absorbed."""
    aims: set[int] = set()
    for cand in candidates:
        digit = roots.PROTEST_MOTIVES.get(cand.code)
        if digit is None or (protest := _protest_aimed(cand.token, by_token)) is None:
            continue  # "marched to demand an end to abuses by the police": a demand of its own on them
        if protest.code in roots.MOTIVATED_PROTESTS:
            protest.code += digit
            protest.rule_suffix += MOTIVE_RULE
        aims.add(cand.token.i)
    return aims


def _protest_aimed(token: Token, by_token: dict[int, Candidate]) -> Candidate | None:
    """The coded protest a clause states the aim of, up to three clauses above it (past the
    frame of a demand: "rallied, [demanding] that she step down")."""
    for _ in range(3):
        if token.dep_ not in AIM_CLAUSE_DEPS:
            return None
        token = token.head
        above = by_token.get(token.i)
        if above is not None and above.code[:3] in roots.MOTIVATED_PROTESTS:
            return above  # past the demand's own frame: "demanding that she [step] down"
    return None


def _bare_frame(cand: Candidate) -> bool:
    """A frame verb that embeds no coded act ("promised" alone: 030), whose object is coded as a
    noun of its own ("promised [a return] to civilian rule"): the noun carries the act."""
    return cand.pattern.frame == Frame.INTENT and cand.code == cand.pattern.code and not cand.rule_suffix


def _weak(cand: Candidate) -> bool:
    """A bare statement ("said") that gives way to what it reports; one that judges ("said the
    tariffs were illegal": a criticism) or demands ("said Y must ...") stands."""
    return cand.pattern.fallback and cand.rule_suffix not in JUDGEMENT_RULES | {STATEMENT_DEMAND_RULE}


def _aimless_causes(candidates: list[Candidate], by_token: dict[int, Candidate]) -> set[int]:
    """ "The police returned fire and [the gunman] was killed", "soldiers returned fire, killing three
    attackers": a violent act that names no one it struck, and its outcome that does, are one act
    told by the outcome, with the cause's code. Returns the causes so merged."""
    merged: set[int] = set()
    for cand in candidates:
        if not cand.pattern.outcome or not _consequence(cand, by_token):
            continue
        cause = by_token[cand.token.head.i]
        if _names_whom(cause) or not any(slot_tokens(slot, cand) for slot in cand.pattern.target):
            continue
        cand.code, cand.rule_suffix = cause.code, f"+means:{cause.pattern.id}"
        cand.extra_tokens.append(cause.token)
        cand.means = cause.token  # its doer is the cause's: "[the police] returned fire and X was killed"
        merged.add(cause.token.i)
    return merged


def _names_whom(cause: Candidate) -> bool:
    """A violent act that names whom it struck, in its own slots or on its object ("opened fire [on
    the demonstrators]", read by the parser as the fire's), or strikes an object that is no mere
    force used ("ambushed [a bus]", "laid [siege] to a hotel")."""
    objects = g.direct_objects(cause.token)
    if any(slot_tokens(slot, cause) for slot in cause.pattern.target) \
            or (g.best_phrase_match(objects, word_list("events.aimless_force_objects")) is None and objects):
        return True
    if any(g.is_purpose(c) and g.direct_objects(c) for c in children(cause.token)):
        return True  # "opened fire [to disperse demonstrators], killing one": aimed at them
    preps = {slot.split(":", 1)[1] for slot in cause.pattern.target if slot.startswith("prep:")}
    return any(p.dep_ == "prep" and p.lower_ in preps and any(o.dep_ in PREP_OBJECT_DEPS for o in children(p))
               for obj in objects for p in children(obj))


def _consequence(cand: Candidate, by_token: dict[int, Candidate]) -> bool:
    """An outcome ("killing 20") of a violent act it hangs on ("shelled the town")."""
    token = cand.token
    if token.dep_ not in ("advcl", "conj", "xcomp"):
        return False
    cause = by_token.get(token.head.i)
    return cause is not None and not cause.pattern.outcome and cause.root in roots.VIOLENT_ROOTS


def _has_codable_complement(speech: Candidate, others: list[Candidate]) -> bool:
    subtree = {t.i for t in speech.token.subtree}
    return any(o is not speech and o.token.i in subtree for o in others)


def without_subsumed(events: list[Event]) -> list[Event]:
    """ "X established ties with and opened an embassy in Tehran": one act, once with its target.
    An event with no target is dropped when the same trigger or code has the same source and a target;
    one whose target was read from outside its words, when an event of the same code between the same
    countries has it said ("hit back at Washington, saying the accusations were baseless": one rebuke)."""
    kept: list[Event] = []
    for event in events:
        if _refined(event, events) or (UNSAID_TARGET in event.rule and any(
                other is not event and UNSAID_TARGET not in other.rule and other.cameo == event.cameo
                and _countries(other) == _countries(event) for other in events)):
            continue
        if event.target is None and any(
                other is not event and other.target is not None and other.cameo == event.cameo
                and (other.source.code if other.source else None) == (event.source.code if event.source else None)
                for other in events):
            continue
        kept.append(event)
    return kept


def _refined(event: Event, events: list[Event]) -> bool:
    """ "Pro-democracy protests by students erupted in Yangon": the protest named by the noun
    (1414) and the verb that says it broke out (141) are one protest, told at its most specific."""
    if event.root not in roots.TOLD_TWICE_ROOTS:
        return False
    dyad = _dyad(event)
    return any(other is not event and other.cameo != event.cameo and other.cameo.startswith(event.cameo)
               and _dyad(other) == dyad for other in events)


def _countries(event: Event) -> tuple[str | None, str | None]:
    """Source and target as countries (or bodies): "Washington" and "the U.S. government" are one."""
    return _country(event.source), _country(event.target)


def _country(actor: Actor | None) -> str | None:
    return None if actor is None else (actor.country or actor.code)


def _dyad(event: Event) -> tuple[str | None, str | None]:
    return (event.source.code if event.source else None, event.target.code if event.target else None)


def one_act_once(events: list[Event]) -> list[Event]:
    """ "A Canadian has been detained by Chinese officers, Ottawa said." ... "Mercer was detained on
    Monday": one detention reported twice in an article. A later or earlier mention of the same
    act (same code, no conflicting actor, no conflicting date) takes the actors the other names
    and the more precise date, so that both are the mentions of one event."""
    for i, event in enumerate(events):
        for other in events[:i]:
            if not _same_act(event, other):
                continue
            event.source, other.source = _fuller(event.source, other.source), _fuller(other.source, event.source)
            event.target, other.target = _fuller(event.target, other.target), _fuller(other.target, event.target)
            precise = event if _rank(event) < _rank(other) else other
            for mention in (event, other):
                mention.date, mention.date_precision = precise.date, precise.date_precision
    return events


def _same_act(a: Event, b: Event) -> bool:
    if a.cameo != b.cameo or a.root not in roots.RECOUNTED_ROOTS or a.sentence_index == b.sentence_index:
        return False  # "would meet Kim", said on two days: two statements of intent
    if a.trigger.split()[0].lower() != b.trigger.split()[0].lower():
        return False  # "doubled the tariff" and "will increase the tariffs on cars": two measures
    codes = [(x.code if x else None, y.code if y else None) for x, y in ((a.source, b.source), (a.target, b.target))]
    if any(x and y and x != y for x, y in codes):
        return False
    if not any(x and y for x, y in codes) and any(x for x, _ in codes) and any(y for _, y in codes):
        return False  # each names a different side only: nothing says they are one act
    undated = (None, "published")
    return a.date_precision in undated or b.date_precision in undated or (a.date, a.date_precision) == (
        b.date, b.date_precision)


def _fuller(actor: Actor | None, other: Actor | None) -> Actor | None:
    """The actor with a code, of two mentions of one party."""
    return actor if actor is not None and actor.code else other or actor


def _rank(event: Event) -> int:
    """How precise an event's date is (0 most)."""
    order = ("day", "week", "month", "year", "published")
    return order.index(event.date_precision) if event.date_precision in order else len(order)
