"""Which goods a measure covers and at what rate.

Products are read with the product lexicon from the words the measure governs (its region:
the clause of its verb and instrument, without subjects, other clauses, other instruments'
words and the cause of a retaliation); rates are tied to the products they precede.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc, Span, Token

from detente.data import word_list
from detente.measures.cues import Cue
from detente.measures.lexicon import MeasureLexicon, ProductMatch
from detente.measures.mentions import Mention
from detente.measures.rates import Rate, find_rates
from detente.nlp.labels import NOT_GOODS_ENTITY_LABELS, NOUN_MODIFIER_DEPS, OUTSIDE_MEASURE_DEPS, VERB_POS
from detente.nlp.sentences import entity_at
from detente.nlp.tree import children

StatedRate = tuple[float, str]  # (value, unit) as a product's rate


class GoodsReader:
    """Reads a mention's region, products and rates; finds each sentence's rates once."""

    def __init__(self, lexicon: MeasureLexicon) -> None:
        self.lex = lexicon
        self.product_heads = word_list("measures.product_heads")
        self.rate_preps = word_list("measures.rate_preps")
        self._rates: dict[int, list[Rate]] = {}

    def sentence_rates(self, sent: Span) -> list[Rate]:
        """Every rate stated in the sentence (found once per sentence)."""
        if sent.start not in self._rates:
            self._rates[sent.start] = find_rates(sent)
        return self._rates[sent.start]

    # --- region -----------------------------------------------------------------------------
    def region(self, m: Mention, others: list[Mention], cues: list[Cue]) -> set[int]:
        """The tokens whose words name the measure's goods and rate."""
        instruments = {o.instrument_token.i for o in others if o.instrument_token is not None}
        excluded: set[int] = set()
        for other in others:
            noun = other.instrument_token
            if other is not m and noun is not None and noun is not m.instrument_token:
                excluded |= _own_tokens(noun, instruments)
        if m.instrument_token is not None:
            excluded -= _own_tokens(m.instrument_token, instruments)
        roots: list[Token] = []
        if m.verb is not None and m.via in ("object", "verb", "prep", "in_force"):
            roots.append(m.verb)
        for tok in (m.instrument_token, m.nominal):
            if tok is not None:
                roots.append(tok)
        region: set[int] = set()
        for root in roots:
            region |= _clause_tokens(root, keep={m.instrument_token, m.nominal})
        if m.via == "nominal" and m.verb is not None:  # "announced a tariff increase ... to 45 per cent"
            for prep in children(m.verb):
                if prep.dep_ == "prep" and prep.lower_ in self.rate_preps:
                    region |= {t.i for t in prep.subtree}
        if m.instrument_token is not None:
            region |= {t.i for t in m.instrument_token.subtree}
        if not m.in_cause:
            for cue in cues:
                region -= cue.region
        return region - excluded

    # --- products ---------------------------------------------------------------------------
    def products(self, m: Mention) -> list[ProductMatch]:
        """The goods named in the mention's region, each once; specific goods before generic words."""
        doc = m.sent.doc
        tokens = [doc[i] for i in sorted(m.region) if not _in_name(doc[i])]
        matches: list[ProductMatch] = []
        for run in _runs(tokens):
            matches += self.lex.products.match(run)
        matches = [x for x in matches if self._names_goods(doc[x.head], matches)]
        matches = self._ellipses(doc, matches, m.region)
        seen: set[str] = set()
        unique = []
        for match in matches:
            if match.text.lower() not in seen:
                seen.add(match.text.lower())
                unique.append(match)
        if any(not x.term.generic for x in unique):
            unique = [x for x in unique if not x.term.generic]
        return unique

    def _names_goods(self, head: Token, matches: list[ProductMatch]) -> bool:
        """ "steel tariffs", "canola exports" name goods; "steel workers", "EV makers" do not."""
        base = head
        while base.dep_ == "conj" and base.head.i != base.i:
            base = base.head
        if base.dep_ not in NOUN_MODIFIER_DEPS:
            return True
        owner = base.head
        if any(x.start <= owner.i < x.end for x in matches):
            return True
        return owner.lemma_.lower() in self.product_heads or owner.lemma_.lower() in self.lex.instruments.head_lemmas

    def _ellipses(self, doc: Doc, matches: list[ProductMatch], region: set[int]) -> list[ProductMatch]:
        """ "canola oil and meal": the second conjunct shares the first one's modifiers."""
        out = list(matches)
        for match in matches:
            if match.end - match.start < 2:
                continue
            head_tok = doc[match.head]
            prefix = doc[match.start: match.end - 1]
            for conj in head_tok.conjuncts:
                if conj.i not in region or conj.i < head_tok.i:
                    continue
                if any(c.dep_ in ("compound", "amod") for c in children(conj)):
                    continue
                term = self.lex.products.lookup(f"{prefix.text} {conj.text}") or \
                    self.lex.products.lookup(f"{prefix.text} {conj.lemma_}")
                if term is None:
                    continue
                out = [x for x in out if not (x.start <= conj.i < x.end)]
                out.append(ProductMatch(conj.i, conj.i + 1, f"{prefix.text} {conj.text}", term))
        return sorted(out, key=lambda x: x.start)

    def enough_evidence(self, m: Mention, matches: list[ProductMatch]) -> bool:
        """Is this a trade measure? Weak instruments ("measures", "restrictions") need goods, a
        trade direction, a trade word or a rate in their region, or else to refer back."""
        rule = m.rule
        if (rule.requires_product or m.requires_product) and not any(not x.term.generic for x in matches):
            return False
        if not rule.weak:
            return True
        if matches or m.direction:
            return True
        doc = m.sent.doc
        words = {doc[i].lemma_.lower() for i in m.region} | {doc[i].lower_ for i in m.region}
        if words & self.lex.instruments.trade_words:
            return True
        if any(r.token in m.region for r in self.sentence_rates(m.sent)):
            return True
        m.needs_antecedent = m.definite  # "the duties": only as a reference to an earlier measure
        return m.definite

    # --- rates ------------------------------------------------------------------------------
    def rates(self, m: Mention, products: list[ProductMatch]) -> tuple[list[StatedRate | None], Rate | None]:
        """Each product's stated rate, and the measure's rate when all its goods share one."""
        rates = [r for r in self.sentence_rates(m.sent) if r.token in m.region and r.role != "from"]
        if any(r.role == "to" for r in rates):
            rates = [r for r in rates if r.role == "to"]  # "from 25 per cent to 10 per cent"
        if not rates:
            return [None] * len(products), None
        per_product: list[StatedRate | None] = []
        for match in products:
            before = [r for r in rates if r.token < match.start]
            after = [r for r in rates if r.token > match.head]
            chosen = before[-1] if before else (after[0] if after else None)
            per_product.append((chosen.value, chosen.unit) if chosen else None)
        distinct = {p for p in per_product if p is not None}
        if not products:
            return [], rates[0] if len({(r.value, r.unit) for r in rates}) == 1 else None
        if len(distinct) == 1:
            value, unit = next(iter(distinct))
            return per_product, next(r for r in rates if (r.value, r.unit) == (value, unit))
        return per_product, None


def _clause_tokens(root: Token, keep: Collection[Token | None]) -> set[int]:
    """A token's subtree without subordinate clauses, subjects and conjoined verbs."""
    out: set[int] = set()
    stack = [root]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        for child in children(tok):
            if child in keep:
                stack.append(child)
                continue
            if child.dep_ in OUTSIDE_MEASURE_DEPS:
                continue
            if child.dep_ == "conj" and child.pos_ in VERB_POS and tok.pos_ in VERB_POS:
                continue
            stack.append(child)
    return out


def _in_name(tok: Token) -> bool:
    """Inside a person's or a multi-word organisation's name ("Prairie Canola Growers")."""
    if tok.ent_type_ in NOT_GOODS_ENTITY_LABELS:
        return True
    if tok.ent_type_ == "ORG":
        ent, sent = entity_at(tok), tok.sent
        return ent is not None and sent.start <= ent.start and ent.end <= sent.end and len(ent) > 1
    return False


def _own_tokens(noun: Token, instruments: set[int]) -> set[int]:
    """An instrument noun's words without those of instruments conjoined to it."""
    own = {t.i for t in noun.subtree}
    for child in children(noun):
        if child.dep_ in ("conj", "appos") and child.i in instruments:
            own -= {t.i for t in child.subtree}
    return own


def _runs(tokens: list[Token]) -> list[list[Token]]:
    """Tokens in runs of neighbours (the product lexicon matches within a run)."""
    runs: list[list[Token]] = []
    for tok in tokens:
        if runs and runs[-1][-1].i == tok.i - 1:
            runs[-1].append(tok)
        else:
            runs.append([tok])
    return runs
