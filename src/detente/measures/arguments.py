"""The arguments of a measure: who imposes it on whom, on which goods, at what rate and when.

The event coder reads an event's source and target (``events.arguments``); a measure has
arguments of its own kind, read here by three collaborators: the parties (``parties``:
imposing and affected jurisdiction), the goods and rates (``goods``) and the dates
(``timing``). ``ArgumentResolver.fill`` runs them on one mention and drops mentions that turn
out not to be measures.
"""

from __future__ import annotations

from datetime import date

from detente.actors.commentators import reporting_verb
from detente.actors.resolver import DocumentActors
from detente.measures.cues import Cue
from detente.measures.goods import GoodsReader
from detente.measures.lexicon import MeasureLexicon, ProductMatch
from detente.measures.mentions import Mention
from detente.measures.parties import NonStateSubject, PartyReader
from detente.measures.timing import TimingReader
from detente.model import Product
from detente.nlp import grammar as g


class ArgumentResolver:
    """Fills a mention's imposer, affected jurisdiction, products, rate, date and evidence."""

    def __init__(self, lexicon: MeasureLexicon, actors: DocumentActors, published: date | None) -> None:
        self.actors = actors
        self.parties = PartyReader(lexicon, actors)
        self.goods = GoodsReader(lexicon)
        self.timing = TimingReader(published)

    def fill(self, m: Mention, others: list[Mention], cues: list[Cue]) -> bool:
        """Resolve a mention's arguments; False when it turns out not to be a measure (nor is what
        a commentator reports or forecasts: "analysts expect Beijing to retaliate with duties")."""
        if self.actors.only_commentators(reporting_verb(m.verb or m.anchor)):
            return False
        m.region = self.goods.region(m, others, cues)
        imposer = self.parties.imposer(m)
        if isinstance(imposer, NonStateSubject) or (imposer is None and m.requires_imposer):
            return False
        m.imposer = imposer
        matches = self.goods.products(m)
        if not self.goods.enough_evidence(m, matches):
            return False
        affected = self.parties.affected_all(m, matches)
        m.affected, m.also_affected = (affected[0], affected[1:]) if affected else (None, [])
        if m.imposer is None:
            m.imposer = self.parties.story_imposer(m)
        if m.affected is None and m.requires_affected:
            return False
        per_product, rate = self.goods.rates(m, matches)
        m.products = [Product(x.text, x.term.hs, x.term.level) for x in matches]
        for product, stated in zip(m.products, per_product, strict=False):
            if stated is not None:
                product.rate, product.rate_unit = stated
        m.product_tokens = [x.head for x in matches]
        if rate is not None:
            m.rate, m.rate_unit = rate.value, rate.unit
        m.date, m.date_precision, m.effective = self.timing.when(m)
        m.evidence = _evidence(m, matches)
        self.parties.remember(m)
        return True


def _evidence(m: Mention, matches: list[ProductMatch]) -> tuple[int, int]:
    """Character offsets, within the sentence, of the words that state the measure."""
    doc, start = m.sent.doc, m.sent.start_char
    tokens = [t.i for t in m.trigger_tokens] + [x.start for x in matches] + [x.head for x in matches]
    if m.via == "verb" and m.verb is not None:  # "froze the assets of three Iranian banks"
        tokens += [t.i for o in g.direct_objects(m.verb) + g.passive_subjects(m.verb)
                   for t in (o.left_edge, o.right_edge) if t.sent.start == m.sent.start]
    first, last = min(tokens), max(tokens)
    return doc[first].idx - start, doc[last].idx + len(doc[last].text) - start
