"""From mentions to records: one record per measure, retaliation chains linked.

News repeats itself: a headline, the lead and a later paragraph can all mention the same
tariff ("China raises duties ...", "China will impose ...", "the duties were imposed in
response to ..."). Mentions that agree on imposer, target, kind of act and goods are
merged into one record, and definite re-mentions without goods of their own ("the
duties") are read as references to the latest compatible record. A measure named as the
cause of another ("in response to Canada's surtax") gets its own record and the answering
record points to it.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date
from typing import get_args

from spacy.tokens import Span, Token

from detente.actors.resolver import DocumentActors
from detente.dates import CalendarPrecision
from detente.measures.cues import Cue
from detente.measures.lexicon import TARIFF_FAMILY, MeasureLexicon
from detente.measures.mentions import Mention
from detente.measures.status import ASSERTED, INTENT, THREAT
from detente.model import Document, Measure, Product, stable_hash
from detente.nlp.sentences import ents_within, sentence_index_of

GENERIC_INSTRUMENTS = {"import_tariff"}
NEARBY_COUNTRY_LABELS = ("GPE", "NORP")  # entities whose country a nearby measure may be guessed to hit
SAID_COUNTRY_LABELS = ("GPE", "NORP", "ORG")  # entities whose country a measure's own sentence names


@dataclass(slots=True)
class Record:
    """A measure being assembled from one or more mentions."""

    primary: Mention
    members: list[Mention] = field(default_factory=list)
    imposer: str | None = None
    affected: str | None = None
    products: list[Product] = field(default_factory=list)
    rate: float | None = None
    rate_unit: str | None = None
    instrument: str = ""
    cause: Record | None = None
    effective: date | None = None
    measure: Measure | None = None
    affected_guessed: bool = False  # taken from a measure it answers or the countries nearby, not said

    @classmethod
    def of(cls, m: Mention) -> Record:
        return cls(m, [m], m.imposer, m.affected, list(m.products), m.rate, m.rate_unit, m.instrument)

    @property
    def group(self) -> str:
        return self.primary.action.group

    @property
    def status(self) -> str:
        return self.primary.status


def informativeness(m: Mention) -> float:
    return (2 * (m.date_precision not in (None, "published")) + (m.rate is not None)
            + 0.1 * len(m.products) + 0.5 * (m.imposer is not None) + 0.5 * (m.affected is not None))


def _hs_overlap(a: list[Product], b: list[Product], generic: bool = True) -> bool:
    """Do two product lists name some of the same goods ("seafood" 03 covers "lobster" 0306)?

    With ``generic``, a generic word ("goods", "farm products") covers anything.
    """
    for x in a:
        for y in b:
            if x.text.lower() == y.text.lower() or (generic and (x.hs is None or y.hs is None)):
                return True
            if x.hs and y.hs and (x.hs.startswith(y.hs) or y.hs.startswith(x.hs)):
                return True
    return False


def _compatible(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def _instruments_compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    return (a in GENERIC_INSTRUMENTS and b in TARIFF_FAMILY) or (b in GENERIC_INSTRUMENTS and a in TARIFF_FAMILY)


def _same_kind(record: Record, m: Mention) -> bool:
    if record.status != m.status and not (m.in_cause or record.primary.in_cause):
        return False
    if record.group != m.action.group:
        return (m.in_cause and record.group == "restrict") or (record.primary.in_cause and m.action.group == "restrict")
    return not (record.group == "ease" and record.primary.action.name != m.action.name)


class MeasureLinker:
    """Pairs causes with responses, merges mentions and builds Measure records."""

    def __init__(self, lexicon: MeasureLexicon) -> None:
        self.lex = lexicon

    def link(self, sentences: list[tuple[list[Mention], list[Cue]]], document: Document,
             actors: DocumentActors) -> list[Measure]:
        records: list[Record] = []
        by_mention: dict[int, Record] = {}
        orphans: list[tuple[Token, list[Mention]]] = []
        for mentions, cues in sentences:
            found, dropped = self._pair(mentions, cues)
            orphans += found
            for m in mentions:
                if _takes_effect(m):
                    self._effective(m, records)
                    dropped.add(id(m))
            for group in self._merge_sentence([m for m in mentions if id(m) not in dropped]):
                record = self._attach(group[0], records)
                for m in group:
                    self._absorb(record, m)
                    by_mention[id(m)] = record
        for record in records:
            for m in record.members:
                cause = by_mention.get(id(m.cause)) if m.cause is not None else None
                if cause is not None and cause is not record and record.cause is None:
                    record.cause = cause
        self._orphan_causes(orphans, records, by_mention)
        self._retaliatory(records)
        self._fallbacks(records, actors)
        return self._with_links([r for r in records if self._keep(r)], document)

    # --- pairing ----------------------------------------------------------------------------
    def _pair(self, mentions: list[Mention], cues: list[Cue]) -> tuple[list[tuple[Token, list[Mention]]], set[int]]:
        """Within a sentence: which mentions answer which (cause mentions sit in cue regions)."""
        orphans: list[tuple[Token, list[Mention]]] = []
        dropped: set[int] = set()
        for cue in cues:
            causes = [m for m in mentions if m.cue is cue]
            outside = [m for m in mentions if not m.in_cause]
            responders = [m for m in outside if _governs(m, cue.token)] or outside
            if cue.temporal:
                responders = [r for r in responders if causes and r.imposer and causes[0].imposer
                              and r.imposer != causes[0].imposer]
                if not responders:  # "after" as mere sequence: not a retaliation
                    for cause in causes:
                        cause.in_cause, cause.cue = False, None
                        if cause.via == "cause":
                            dropped.add(id(cause))
                    continue
            for responder in responders:
                responder.responds = True
                if causes:
                    responder.cause = causes[0]
            if not responders and causes:
                orphans.append((cue.token, causes))
        return orphans, dropped

    def _merge_sentence(self, mentions: list[Mention]) -> list[list[Mention]]:
        groups: list[list[Mention]] = []
        for m in mentions:
            for group in groups:
                first = group[0]
                if first.in_cause == m.in_cause and first.cue is m.cue and first.status == m.status \
                        and first.action.group == m.action.group and first.imposer == m.imposer \
                        and _compatible(first.affected, m.affected) \
                        and (first.action.name == m.action.name or first.action.group == "restrict") \
                        and _instruments_compatible(first.instrument, m.instrument) \
                        and (not first.products or not m.products or _hs_overlap(first.products, m.products)
                             or _coordinated(first, m)):
                    group.append(m)
                    break
            else:
                groups.append([m])
        return groups

    # --- coreference ------------------------------------------------------------------------
    def _attach(self, m: Mention, records: list[Record]) -> Record:
        anaphor = m.rule.generic or (m.definite and not m.products) or m.in_cause
        for record in reversed(records):
            if not _same_kind(record, m):
                continue
            if not (_compatible(record.imposer, m.imposer) and _compatible(record.affected, m.affected)):
                continue
            if not _instruments_compatible(record.instrument, m.instrument) and not m.rule.generic:
                continue
            near = abs(record.primary.sent_index - m.sent_index) <= 2  # a headline and its lead
            if m.products and record.products and not _hs_overlap(m.products, record.products, generic=near):
                continue
            if not anaphor and _rates_conflict(record, m):
                continue
            if not m.products and not anaphor:
                continue
            if not anaphor and _dates_conflict(record.primary, m):
                continue
            if m.products and not record.products and not record.primary.rule.generic and not anaphor:
                continue
            return record
        record = Record.of(m)
        if not (m.needs_antecedent or (m.rule.generic and m.definite)):
            records.append(record)
        return record

    def _absorb(self, record: Record, m: Mention) -> None:
        if m in record.members:
            return
        record.members.append(m)
        record.imposer = record.imposer or m.imposer
        record.affected = record.affected or m.affected
        known = {p.text.lower(): p for p in record.products}
        for product in m.products:
            same = known.get(product.text.lower())
            if same is None:
                known[product.text.lower()] = product
                record.products.append(product)
            elif same.rate is None and product.rate is not None:
                same.rate, same.rate_unit = product.rate, product.rate_unit
        if record.rate is None and m.rate is not None and len(record.products) <= len(m.products):
            record.rate, record.rate_unit = m.rate, m.rate_unit
        if record.instrument in GENERIC_INSTRUMENTS and m.instrument not in GENERIC_INSTRUMENTS and not m.rule.generic:
            record.instrument = m.instrument
        better = informativeness(m) > informativeness(record.primary) and m.status == record.status
        if m.via == "in_force" and record.primary.via != "in_force":
            record.effective = record.effective or m.effective or m.date  # when it took effect
        elif (better and not m.in_cause and not m.rule.generic) or (record.primary.in_cause and not m.in_cause):
            record.primary = m

    def _effective(self, m: Mention, records: list[Record]) -> None:
        """ "The measures take effect on April 1": the latest sentence's measures by the same imposer."""
        if m.effective is None:
            return
        candidates = [r for r in records if _compatible(r.imposer, m.imposer) and r.status == ASSERTED]
        if not candidates:
            return
        latest = max(r.primary.sent_index for r in candidates)
        for record in candidates:
            if record.primary.sent_index == latest and record.effective is None:
                record.effective = m.effective

    # --- links ------------------------------------------------------------------------------
    def _orphan_causes(self, orphans: list[tuple[Token, list[Mention]]], records: list[Record],
                       by_mention: dict[int, Record]) -> None:
        """A cue whose answer is not in its sentence: the latest earlier record answers."""
        for _, causes in orphans:
            cause = by_mention.get(id(causes[0]))
            if cause is None:
                continue
            position = causes[0].sent_index
            for record in reversed(records):
                if record is cause or record.primary.in_cause or record.primary.sent_index > position:
                    continue
                if record.imposer and cause.imposer and record.imposer == cause.imposer:
                    continue
                if record.cause is None:
                    record.cause = cause
                break

    def _retaliatory(self, records: list[Record]) -> None:
        """ "retaliatory tariffs" without a named cause: the latest earlier measure against us."""
        for index, record in enumerate(records):
            if record.cause is not None or not any(m.retaliatory or m.responds for m in record.members):
                continue
            # the latest earlier measure against us; else one told later ("X had earlier imposed ...")
            for other in [*reversed(records[:index]), *records[index + 1:]]:
                if other.imposer and other.imposer == record.affected and other.imposer != record.imposer \
                        and other.cause is not record:
                    record.cause = other
                    break

    def _fallbacks(self, records: list[Record], actors: DocumentActors) -> None:
        for record in records:
            cause = record.cause
            if cause is not None:
                record.affected_guessed = record.affected_guessed or record.affected is None
                record.affected = record.affected or (cause.imposer if cause.imposer != record.imposer else None)
                cause.affected_guessed = cause.affected_guessed or cause.affected is None
                cause.affected = cause.affected or (record.imposer if record.imposer != cause.imposer else None)
        for record in records:
            if record.affected == record.imposer:
                record.affected = None
            if record.affected is None and record.imposer and record.products:
                record.affected = self._nearby_country(record, actors)
                record.affected_guessed = record.affected is not None and \
                    record.affected not in _countries_named(record.primary.sent, actors, SAID_COUNTRY_LABELS)

    @staticmethod
    def _nearby_country(record: Record, actors: DocumentActors) -> str | None:
        """The one country, other than the imposer, most named within two sentences."""
        sentences = sentence_index_of(record.primary.sent.doc)
        index = sentences.sentence_number(record.primary.sent.start)
        counts: Counter[str] = Counter()
        for near in sentences.sentences[max(0, index - 2): index + 3]:
            counts.update(c for c in _countries_named(near, actors, NEARBY_COUNTRY_LABELS) if c != record.imposer)
        ranked = counts.most_common(2)
        if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
            return None
        return ranked[0][0]

    def _keep(self, record: Record) -> bool:
        primary = record.primary
        return not (primary.rule.generic and all(m.rule.generic for m in record.members))

    # --- output -----------------------------------------------------------------------------
    def _with_links(self, records: list[Record], document: Document) -> list[Measure]:
        measures = [self._measure(r, document) for r in records]
        for record in records:
            if record.cause is not None and record.cause.measure is not None and record.measure is not None:
                record.measure.in_response_to = record.cause.measure.measure_id
        return [each for measure, record in zip(measures, records, strict=True)
                for each in (measure, *_on_each_other(measure, record))]

    def _measure(self, record: Record, document: Document) -> Measure:
        if record.measure is not None:
            return record.measure
        m = record.primary
        action = m.action
        name = action.name
        if m.status == THREAT and action.group in ("restrict", "threat"):
            name = "threaten"
        rule = self.lex.instruments.rule_for(record.instrument) if record.instrument != m.instrument else m.rule
        cameo = self._cameo(m, rule.raising_eases)
        if any(p.hs for p in record.products):  # "farm goods" in a headline, then the goods themselves
            record.products = [p for p in record.products if p.hs]
        stated = {(p.rate, p.rate_unit) for p in record.products if p.rate is not None}
        if len(stated) == 1:
            record.rate, record.rate_unit = next(iter(stated))
        elif len(stated) > 1:
            record.rate = record.rate_unit = None  # the products carry their own rates
        anchor: Token = m.anchor
        start = anchor.idx - m.sent.start_char
        suffix = {THREAT: "+threat", INTENT: "+intent"}.get(m.status, "+cause" if m.via == "cause" else "")
        when, precision = m.date, m.date_precision
        if precision in (None, "published"):
            better = [x for x in record.members if x.date_precision not in (None, "published")
                      and x.status == m.status and not x.in_cause and x.via != "in_force"]
            if better:
                when, precision = better[0].date, better[0].date_precision
        effective = m.effective or next((x.effective for x in record.members if x.effective), record.effective)
        measure = Measure(
            doc_id=document.doc_id, sentence_index=m.sent_index, sentence=m.sent.text.strip(),
            instrument=record.instrument, action=name,
            trigger=" ".join(t.text for t in m.trigger_tokens), rule=m.rule_id + suffix,
            imposer=record.imposer, affected=record.affected, products=record.products,
            rate=record.rate, rate_unit=record.rate_unit, url=document.url,
            published=document.published, date=when, date_precision=precision,
            trigger_start=start, trigger_end=start + len(anchor.text), cameo=cameo,
            effective_date=effective,
        )
        lead = len(m.sent.text) - len(m.sent.text.lstrip())
        measure.evidence_start, measure.evidence_end = m.evidence[0] - lead, m.evidence[1] - lead
        measure.affected_said = record.affected is not None and not record.affected_guessed
        measure.trigger_start -= lead
        measure.trigger_end -= lead
        measure.measure_id = stable_hash(document.doc_id, "measure", m.sent_index, anchor.i,
                                         record.instrument, name)
        record.measure = measure
        return measure

    def _cameo(self, m: Mention, raising_eases: bool) -> str:
        action = m.action
        if m.status == THREAT:
            return self.lex.actions.actions["threaten"].cameo
        if m.status == INTENT:
            return action.intent
        if raising_eases and action.name in ("raise", "extend", "exempt"):
            return self.lex.actions.actions["lift"].cameo
        return action.cameo if m.status == ASSERTED else action.intent


def _on_each_other(measure: Measure, record: Record) -> list[Measure]:
    """The same measure on each further jurisdiction its words join to the affected one ("tariffs on
    Canadian and Mexican exports": one record on Canada, one on Mexico), as the events have a dyad each."""
    primary = record.primary
    if record.affected is None or record.affected != primary.affected:
        return []
    return [replace(measure, affected=other, products=list(measure.products),
                    measure_id=stable_hash(measure.measure_id, "affected", other))
            for other in primary.also_affected if other not in (record.affected, record.imposer)]


def _countries_named(span: Span, actors: DocumentActors, labels: tuple[str, ...]) -> list[str]:
    """The country of each entity of these labels in a span, once per mention ("Canadian canola
    exports to China": CAN, CHN)."""
    found = []
    for ent in ents_within(span):
        if ent.label_ in labels:
            place = actors.gaz.place(ent.text)
            if place is not None and place.country:
                found.append(place.country)
    return found


def _takes_effect(m: Mention) -> bool:
    """A re-mention that only says when measures take effect ("the measures take effect on ...")."""
    return m.via == "in_force" and not m.products and (m.rule.generic or m.needs_antecedent or m.definite)


def _rates_conflict(record: Record, m: Mention) -> bool:
    """Two stated rates that share no value are two measures ("25 per cent" then "50 per cent")."""
    def rates(products: list[Product], rate: float | None) -> set[float]:
        return {p.rate for p in products if p.rate is not None} | ({rate} if rate is not None else set())

    a, b = rates(record.products, record.rate), rates(m.products, m.rate)
    return bool(a and b and not a & b)


def _coordinated(a: Mention, b: Mention) -> bool:
    """Mentions joined by "and": the same verb, conjoined verbs or conjoined instruments."""
    for x, y in ((a, b), (b, a)):
        for tx, ty in ((x.verb, y.verb), (x.instrument_token, y.instrument_token)):
            if tx is not None and ty is not None and (tx is ty or ty in tx.conjuncts):
                return True
    return False


def _governs(m: Mention, token: Token) -> bool:
    return any(head is not None and any(t.i == token.i for t in head.subtree) for head in (m.verb, m.anchor))


def _dates_conflict(a: Mention, b: Mention) -> bool:
    explicit = get_args(CalendarPrecision)
    if a.date_precision not in explicit or b.date_precision not in explicit or a.date is None or b.date is None:
        return False
    if "year" in (a.date_precision, b.date_precision):
        return a.date.year != b.date.year
    if "month" in (a.date_precision, b.date_precision):
        return (a.date.year, a.date.month) != (b.date.year, b.date.month)
    if "week" in (a.date_precision, b.date_precision):  # a week's date is its Monday
        return a.date.isocalendar()[:2] != b.date.isocalendar()[:2]
    return a.date != b.date
