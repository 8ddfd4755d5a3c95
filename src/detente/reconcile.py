"""Reconciliation: the one place where trade measures and coded events are made to tell one story.

The event coder and the measure extractor read the same sentences independently. This stage,
run after both, settles where they meet: where the coder coded an event on a measure's own
trigger, the event's CAMEO code wins and is written back onto the measure (the coder reads
intent, refusal and negation), and whom the measure hits, where a mention of it says so
("Canadian canola exports fell after Beijing imposed a duty on canola oil"), is the event's
target where the coder had to take one from the story; where it coded only its imposer's
statement on the measure's own word ("Canada [announced] a ban on Chinese electric vehicles":
the measure extractor knows the ban is on goods, the coder only that something was said), the
statement is the measure's act; where it coded none, a measure that was acted on yields the
event it implies (163, 085 ...), with the imposer as source and the affected jurisdiction as
target. ``detente.measures`` only extracts measures; no event is
made there.
"""

from __future__ import annotations

from detente.actors.resolver import make_actor
from detente.events.targets import UNSAID as UNSAID_TARGET  # a target the coder read from the story
from detente.measures.lexicon import MeasureLexicon
from detente.measures.parties import EU_ACTOR_CODE, EU_JURISDICTION, actor_jurisdiction
from detente.model import Actor, Event, Measure, stable_hash
from detente.ontology import Ontology, recode

__all__ = ["implied_event_agreement", "reconcile_with_events"]

# Actions (ids of data/measures/actions.yaml) that are said rather than done: where the coder
# saw only a possibility ("could impose"), no event is added.
VERBAL_ACTIONS = frozenset({"threaten", "announce"})
ANNOUNCE_ACTION = "announce"  # announcing a measure on goods is deciding it (issue 12: 163, not a statement)
STATEMENT_ROOT = "01"
ANNOUNCED_RULE = "+measure:announced"  # the rule part of a statement read as the measure it announced
# intent, easing, trade-remedy probes, threats, sanctions, bans; appeals and demands to lift or
# impose ("needs to lift")
TRADE_ROOTS = frozenset({"02", "03", "08", "09", "10", "13", "16", "17"})
DEFAULT_MEASURE_CAMEO = "163"  # impose embargo, boycott or sanctions
MEASURE_TARGET = "+measure:affected"  # the rule part of a target taken from the measure's affected jurisdiction
# threats of measures and measures imposed: their doer is that of the measures told with them
SIBLING_MEASURE_ROOTS = frozenset({"13", "16"})

SentenceKey = tuple[str, int]  # (doc_id, sentence_index)


def implied_event_agreement(measures: list[Measure], events: list[Event]) -> list[tuple[Measure, Event | None]]:
    """Each measure with the coded event of the same sentence that has its CAMEO code, if any.

    A check that the measure extractor and the event coder tell the same story; measures
    without a partner are the places where they disagree.
    """
    by_sentence = _events_by_sentence(events)
    out: list[tuple[Measure, Event | None]] = []
    for measure in measures:
        partners = [e for e in by_sentence.get(_sentence_of(measure), []) if e.cameo == measure.cameo]
        out.append((measure, partners[0] if partners else None))
    return out


def reconcile_with_events(measures: list[Measure], events: list[Event]) -> list[Event]:
    """Make measures and events tell one story; returns the events to add.

    Where the coder coded an event on the measure's own trigger, the event's code wins and
    is written back onto the measure; where it coded none, a measure that was acted on (not
    only threatened or announced) yields the event it implies.
    """
    by_sentence = _events_by_sentence(events)
    added: list[Event] = []
    for measure in measures:
        sentence_events = by_sentence.get(_sentence_of(measure), [])
        partner = next((e for e in sentence_events if _same_act(measure, e)), None)
        said = _announcement(measure, sentence_events) if partner is None else None
        if partner is not None:
            measure.cameo = partner.cameo
            _parties_from_event(measure, partner)
            _target_from_measure(partner, measure)
        elif said is not None:
            _announced_measure(said, measure)
        elif measure.cameo and measure.action not in VERBAL_ACTIONS:
            _imposer_from_sentence(measure, sentence_events)
            added.append(implied_event(measure))
    return added


def implied_event(measure: Measure) -> Event:
    """The event a measure implies: its CAMEO act, from the imposer to the affected jurisdiction."""
    info = Ontology.load().nearest(measure.cameo or DEFAULT_MEASURE_CAMEO)
    event = Event(
        doc_id=measure.doc_id, sentence_index=measure.sentence_index, sentence=measure.sentence,
        cameo=info.code, trigger=measure.trigger, rule=f"measure:{measure.rule}",
        source=_jurisdiction_actor(measure.imposer), target=_jurisdiction_actor(measure.affected),
        url=measure.url, published=measure.published, date=measure.date, date_precision=measure.date_precision,
        trigger_start=measure.trigger_start, trigger_end=measure.trigger_end, root=info.root,
        quad_class=info.quad_class, goldstein=info.goldstein, plover=info.plover,
    )
    event.event_id = stable_hash(measure.doc_id, measure.sentence_index, "measure", measure.measure_id)
    return event


def _target_from_measure(event: Event, measure: Measure) -> None:
    """ "Canadian canola exports fell after Beijing imposed a duty on canola oil": the coder found
    no target in the act's words and took one from the story; a measure whose mentions say whom
    it hits (not guessed: ``Measure.affected_said``) says more than the story around it."""
    if not measure.affected_said or (event.target is not None and UNSAID_TARGET not in event.rule):
        return
    affected = _jurisdiction_actor(measure.affected)
    if affected is None or (event.source is not None and affected.code in (event.source.code, event.source.country)):
        return
    if event.target is not None and affected.code in (event.target.code, event.target.country):
        return  # the story's party is the one the sentence names: keep its words
    event.target = affected
    head, _, rest = event.rule.partition(UNSAID_TARGET)
    rest = rest.partition("+")[2]  # what followed the unsaid target's own part
    event.rule = head + (f"+{rest}" if rest else "") + MEASURE_TARGET


def _imposer_from_sentence(measure: Measure, events: list[Event]) -> None:
    """ "Trump's tariffs targeting Canada, along with doubling a duty on Chinese exports": a
    measure whose words name no imposer, told with a measure the coder gave a state's source,
    is that state's, unless it hits that very state."""
    if measure.imposer is not None:
        return
    for event in events:
        imposer = _jurisdiction(event.source) if event.root in SIBLING_MEASURE_ROOTS else None
        if imposer is not None and imposer != measure.affected:
            measure.imposer = imposer
            return


def _parties_from_event(measure: Measure, event: Event) -> None:
    """ "It set anti-dumping duties of up to 190 percent on the panels": the coder resolved "it"
    and took the panels' makers from the sentence before; a measure that names neither party
    takes the states of the event coded on its own words. Only states and the EU impose; an
    affected party the coder guessed from the story is not one the measure's words said."""
    if measure.imposer is None:
        measure.imposer = _jurisdiction(event.source)
    if measure.affected is None and event.target is not None and UNSAID_TARGET not in event.rule:
        affected = _jurisdiction(event.target)
        if affected != measure.imposer:
            measure.affected = affected


def _jurisdiction(actor: Actor | None) -> str | None:
    """The state (or the EU) an event's actor stands for, if it acts as one."""
    lexicon = MeasureLexicon.load()
    # parties that do not impose trade measures: the measure lexicon's own list
    if actor is None or actor.sector in lexicon.actions.modality.non_state_sectors:
        return None
    return actor_jurisdiction(actor, lexicon)


def _announcement(measure: Measure, events: list[Event]) -> Event | None:
    """The imposer's statement coded on the word that announces the measure, if that is all the coder saw."""
    imposer = _jurisdiction_actor(measure.imposer)
    if measure.action != ANNOUNCE_ACTION or not measure.cameo or imposer is None:
        return None
    for event in events:
        if event.root == STATEMENT_ROOT and event.trigger_start == measure.trigger_start \
                and _said_by(imposer, event.source):
            return event
    return None


def _said_by(imposer: Actor, source: Actor | None) -> bool:
    """The speaker is the imposer: its country, or one of its actors ("CANGOV" for CAN)."""
    return source is not None and imposer.code is not None and (
        source.country == imposer.code or (source.code or "").startswith(imposer.code))


def _announced_measure(event: Event, measure: Measure) -> None:
    """The statement becomes the measure's act, with its speaker, date and evidence; whom it hits
    comes from the measure where the statement's target was read from the story."""
    recode(event, measure.cameo or DEFAULT_MEASURE_CAMEO)
    event.rule += ANNOUNCED_RULE
    event.event_id = stable_hash(event.event_id, "measure", measure.measure_id)
    _target_from_measure(event, measure)


def _jurisdiction_actor(code: str | None) -> Actor | None:
    """A measure's jurisdiction (a country code or "EU") as an event's actor."""
    if not code:
        return None
    if code == EU_JURISDICTION:
        return make_actor(code, None, None, organisation=EU_ACTOR_CODE)
    return Actor(text=code, code=code, country=code)


def _same_act(measure: Measure, event: Event) -> bool:
    """The event coded on the measure's trigger, or inside its evidence ("duties ... took effect")."""
    if event.root not in TRADE_ROOTS:
        return False
    if event.trigger_start == measure.trigger_start:
        return True
    return measure.evidence_start <= event.trigger_start < measure.evidence_end


def _sentence_of(record: Measure | Event) -> SentenceKey:
    return record.doc_id, record.sentence_index


def _events_by_sentence(events: list[Event]) -> dict[SentenceKey, list[Event]]:
    """Events grouped by the sentence they were coded in, in coding order."""
    by_sentence: dict[SentenceKey, list[Event]] = {}
    for event in events:
        by_sentence.setdefault(_sentence_of(event), []).append(event)
    return by_sentence
