"""Who imposes a measure, on whom, on which goods, at what rate and when.

The imposer is the subject of the action verb (or the agent of a passive, the possessor
or demonym of the instrument: "China's tariffs", "U.S. sanctions", or the speaker who
reports it); the affected jurisdiction is what the measure is "on" or "against", where
the goods come "from", or the demonym on the goods ("Canadian pork"). Products are read
from the words the measure governs, with the product lexicon; rates are tied to the
products they precede.
"""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Token

from detente.actors.resolver import DocumentActors
from detente.dates import event_date, event_tense, find_time_expression, resolve_expression
from detente.measures.cues import Cue
from detente.measures.lexicon import MeasureLexicon, ProductMatch, norm_key
from detente.measures.mentions import Mention
from detente.measures.rates import Rate, find_rates
from detente.model import Actor, Product
from detente.nlp import grammar as g
from detente.nlp.labels import NOUN_POS, VERB_POS

PRONOUNS = {"it", "its", "they", "their", "them", "we", "our", "us"}
EXCLUDED_DEPS = {"nsubj", "csubj", "advcl", "ccomp", "parataxis", "mark", "relcl", "punct", "cc", "agent"}
SKIP_ENTITIES = {"PERSON", "FAC", "WORK_OF_ART", "LAW", "EVENT"}  # and names of organisations
AFFECTED_PREPS = ("against", "on", "from", "to", "targeting", "over")
PRODUCT_HEADS = {"tariff", "duty", "surtax", "levy", "ban", "embargo", "quota", "sanction", "control",
                 "restriction", "curb", "measure", "investigation", "probe", "exemption", "licence",
                 "license", "shipment", "purchase", "sale", "product", "good", "trade", "sector",
                 "import", "export", "supply", "item", "category", "line", "tax", "safeguard"}
NOT_IMPOSER = object()
EFFECTIVE_CUES = {"from", "effective", "starting", "beginning"}
FUTURE_AUX = {"will", "would", "shall", "'ll", "wo"}
GOODS_FLOW = {"export", "import", "shipment", "ship", "sell", "sale", "send", "go", "come", "transport", "bring",
              "enter", "deliver", "flow", "supply", "travel", "arrive", "head"}


class ArgumentResolver:
    """Fills a mention's imposer, affected jurisdiction, products, rate, date and evidence."""

    def __init__(self, lexicon: MeasureLexicon, actors: DocumentActors, published: date | None) -> None:
        self.lex = lexicon
        self.actors = actors
        self.published = published
        self.last_imposer: str | None = None
        self._rates: dict[int, list[Rate]] = {}

    # --- jurisdictions ---------------------------------------------------------------------
    def jurisdiction(self, actor: Actor) -> str | None:
        if actor.code == "IGOEEC" or (actor.name and norm_key(actor.name) in self.lex.instruments.eu_aliases):
            return "EU"
        if norm_key(actor.text) in self.lex.instruments.eu_aliases:
            return "EU"
        return actor.country

    def _of_token(self, tok: Token) -> tuple[str | None, Actor | None]:
        if norm_key(tok.text) in self.lex.instruments.eu_aliases:
            return "EU", None
        for actor in self.actors.resolve(tok):
            code = self.jurisdiction(actor)
            if code:
                return code, actor
        return None, None

    def _pronoun(self, tok: Token, m: Mention) -> str | None:
        """ "its surtax": the conjoined noun's owner, the nearest country before, the speaker."""
        noun = tok.head
        if noun.dep_ == "conj" and noun.head.pos_ in NOUN_POS:
            for child in noun.head.children:
                if child.dep_ == "poss" and child.lower_ not in PRONOUNS:
                    return self._of_token(child)[0]
        for prev in reversed(list(m.sent.doc[m.sent.start: tok.i])):
            if prev.ent_type_ in ("GPE", "NORP") or prev.pos_ == "PROPN":
                code, _ = self._of_token(prev)
                if code:
                    return code
        speaker = self._speaker_subject(m)
        if speaker is not None:
            return self._of_token(speaker)[0]
        return self.last_imposer

    def _speaker_verb(self, m: Mention) -> Token | None:
        """The verb of saying that reports the measure ("Beijing said the duties ...")."""
        top = g.clause_head(m.verb) if m.verb is not None else m.anchor
        for ancestor in [top, *top.ancestors]:
            if ancestor.dep_ == "ccomp" and ancestor.head.pos_ in VERB_POS:
                return ancestor.head
        for child in top.children:
            if child.dep_ in ("parataxis", "ccomp") and child.i > top.i:
                return child
        return None

    def _speaker_subject(self, m: Mention) -> Token | None:
        """The speaker, when named ("Beijing", "China's commerce ministry"; not "the ministry")."""
        verb = self._speaker_verb(m)
        subjects = g.subjects(verb) if verb is not None else []
        if not subjects:
            return None
        named = [t for t in subjects[0].subtree if t.ent_type_ in ("GPE", "NORP", "ORG") or t.pos_ == "PROPN"]
        return subjects[0] if named else None

    # --- imposer ---------------------------------------------------------------------------
    def imposer(self, m: Mention) -> object:
        """The imposing jurisdiction, None when unknown, NOT_IMPOSER for a non-state subject."""
        for tok in self._imposer_tokens(m):
            if tok.lower_ in ("he", "she") and tok.dep_ in ("nsubj", "nsubjpass"):
                speaker = self._speaker_verb(m)
                subjects = g.subjects(speaker) if speaker is not None else []
                if subjects and subjects[0].lower_ not in ("he", "she"):
                    tok = subjects[0]  # "X said he is adding a levy": he is X
            if tok.lower_ in PRONOUNS:
                code = self._pronoun(tok, m) if tok.dep_ == "poss" else self._subject_pronoun(m)
                if code:
                    return code
                continue
            code, actor = self._of_token(tok)
            if actor is not None and actor.sector in self.lex.actions.modality.non_state_sectors \
                    and tok.dep_ in ("nsubj", "pobj") and m.via in ("object", "verb"):
                return NOT_IMPOSER
            if code:
                return code
        speaker = self._speaker_subject(m)
        if speaker is not None:
            return self._of_token(speaker)[0]
        return None

    def _subject_pronoun(self, m: Mention) -> str | None:
        """ "it" as the subject: the named speaker, else the last imposer if nobody speaks."""
        if self._speaker_verb(m) is None:
            return self.last_imposer
        speaker = self._speaker_subject(m)
        return self._of_token(speaker)[0] if speaker is not None else None

    def _imposer_tokens(self, m: Mention) -> list[Token]:
        found: list[Token] = []
        verb = m.verb
        if verb is not None and m.via in ("object", "verb", "prep", "acl"):
            passive = g.is_passive(verb) or m.via == "acl"
            if verb.dep_ == "pcomp" and verb.head.lower_ == "for" and not any(c.dep_ == "nsubj" for c in verb.children):
                found += g.direct_objects(verb.head.head)  # "praised China for removing ..."
            found += g.agents(verb) if passive else g.subjects(verb)
            if not found and verb.dep_ in ("acl", "relcl") and verb.head.pos_ in NOUN_POS:
                found += [c for c in verb.head.children if c.dep_ == "poss"]  # "China's decision to ease"
            if not found and verb.dep_ == "pcomp" and verb.head.head.pos_ in VERB_POS:
                found += g.subjects(verb.head.head)  # "Trump ignited the war by imposing ..."
        if m.via == "nominal" and m.nominal is not None:
            found += [c for c in m.nominal.children if c.dep_ == "poss"]
            found += g.prep_objects(m.nominal, "by")
            if verb is not None and m.nominal.dep_ in ("dobj", "obj"):
                found += g.subjects(verb)
        noun = m.instrument_token
        if noun is not None:
            found += [c for c in noun.children if c.dep_ == "poss"]
            found += [s for c in _imposing_clauses(noun, self.lex) for s in g.subjects(c)]  # "the sanctions X imposed"
            found += [c for c in noun.children if c.dep_ in ("compound", "amod", "nmod")
                      and (c.ent_type_ in ("GPE", "NORP", "ORG") or c.pos_ == "PROPN")]
            found += g.prep_objects(noun, "by")
        return found

    # --- affected --------------------------------------------------------------------------
    def affected(self, m: Mention, products: list[ProductMatch]) -> str | None:
        """What the measure is "against"/"on", where goods come "from", whose goods they are."""
        imposer = m.imposer
        for tok in self._affected_tokens(m):
            code, _ = self._of_token(tok)
            if code and code != imposer:
                return code
        doc = m.sent.doc
        for match in products:
            for tok in (doc[match.head], *[t for t in doc[match.start: match.end]]):
                if tok.ent_type_ in ("GPE", "NORP") or tok.i == match.head:
                    code, _ = self._of_token(tok)
                    if code and code != imposer:
                        return code
        for i in sorted(m.region):
            tok = doc[i]
            if tok.ent_type_ in ("GPE", "NORP") and not _destination(tok):
                code, _ = self._of_token(tok)
                if code and code != imposer:
                    return code
        return None

    def _affected_tokens(self, m: Mention) -> list[Token]:
        found: list[Token] = []
        verb = m.verb
        if verb is not None and m.via in ("verb", "prep"):
            found += g.direct_objects(verb) + g.passive_subjects(verb)
        hosts = [t for t in (m.instrument_token, verb if m.via != "nominal" else None, m.nominal) if t is not None]
        if m.instrument_token is not None:
            hosts += _imposing_clauses(m.instrument_token, self.lex)  # "the sanctions X imposed on Moscow"
        if verb is not None and m.via in ("object", "verb"):
            hosts += g.direct_objects(verb) + g.passive_subjects(verb)
        for host in list(hosts):
            hosts += [o for c in host.children if c.dep_ == "prep" and c.lower_ in ("on", "of")
                      for o in c.children if o.dep_ == "pobj" and self.lex.instruments.direction_of(o.lemma_)]
        for host in hosts:
            for prep in AFFECTED_PREPS:
                found += [t for t in g.prep_objects(host, prep) if not (prep == "to" and _destination(t))]
            found += [c for c in host.children if c.dep_ == "dobj" and host.lemma_.lower() == "target"]
        return [t for t in found if t.i not in (m.instrument_token.i if m.instrument_token is not None else -1,)]

    # --- products ---------------------------------------------------------------------------
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
            for prep in m.verb.children:
                if prep.dep_ == "prep" and prep.lower_ in ("to", "at", "by", "on"):
                    region |= {t.i for t in prep.subtree}
        if m.instrument_token is not None:
            region |= {t.i for t in m.instrument_token.subtree}
        if not m.in_cause:
            for cue in cues:
                region -= cue.region
        return region - excluded

    def products(self, m: Mention) -> list[ProductMatch]:
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
        if base.dep_ not in ("compound", "amod", "nmod"):
            return True
        owner = base.head
        if any(x.start <= owner.i < x.end for x in matches):
            return True
        return owner.lemma_.lower() in PRODUCT_HEADS or owner.lemma_.lower() in self.lex.instruments.head_lemmas

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
                if any(c.dep_ in ("compound", "amod") for c in conj.children):
                    continue
                term = self.lex.products.lookup(f"{prefix.text} {conj.text}") or \
                    self.lex.products.lookup(f"{prefix.text} {conj.lemma_}")
                if term is None:
                    continue
                out = [x for x in out if not (x.start <= conj.i < x.end)]
                out.append(ProductMatch(conj.i, conj.i + 1, f"{prefix.text} {conj.text}", term))
        return sorted(out, key=lambda x: x.start)

    # --- rates ------------------------------------------------------------------------------
    def rates(self, m: Mention, products: list[ProductMatch]) -> tuple[list[tuple[float, str] | None], Rate | None]:
        sent = m.sent
        key = sent.start
        if key not in self._rates:
            self._rates[key] = find_rates(sent)
        rates = [r for r in self._rates[key] if r.token in m.region and r.role != "from"]
        if any(r.role == "to" for r in rates):
            rates = [r for r in rates if r.role == "to"]  # "from 25 per cent to 10 per cent"
        if not rates:
            return [None] * len(products), None
        per_product: list[tuple[float, str] | None] = []
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

    # --- dates ------------------------------------------------------------------------------
    def when(self, m: Mention) -> tuple[date | None, str | None, date | None]:
        """When the measure was decided or announced, and when it takes effect (if stated)."""
        trigger = m.verb if m.verb is not None else m.anchor
        tense = event_tense(trigger)
        chain = list(g.clause_chain(trigger))
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for v in chain for c in v.children):
            tense = "future"  # "would take effect on April 1" reported on March 20
        span = find_time_expression(trigger)
        if span is not None and (self._effective(span) or m.via == "in_force"):
            effective, _ = resolve_expression(span.text, self.published, tense)
            if m.via == "in_force" and effective is not None:
                return effective, resolve_expression(span.text, self.published, tense)[1], effective
            when, precision = self._announced(m)
            return when, precision, effective
        when, precision = event_date(trigger, self.published)
        if precision not in (None, "published"):
            return when, precision, None
        effective = None
        for ent in m.sent.ents:
            if ent.label_ == "DATE" and ent.root.i in m.region and ent.root.i != trigger.i:
                resolved, prec = resolve_expression(ent.text, self.published, tense)
                if resolved is None:
                    continue
                if self._effective(ent):
                    effective = effective or resolved
                    continue
                return resolved, prec, effective
        for anchor in self._date_anchors(m, trigger):
            resolved, prec = event_date(anchor, self.published)
            if prec not in (None, "published"):
                return resolved, prec, effective
        if m.via == "cause" or m.in_cause:
            return None, None, effective  # a measure named as background: its date is not given
        return when, precision, effective

    def _date_anchors(self, m: Mention, trigger: Token) -> list[Token]:
        """Where else a date may hang: "Canada's decision last month to extend", "said on Tuesday"."""
        anchors = []
        if trigger.dep_ in ("acl", "xcomp", "relcl") and trigger.head.pos_ in NOUN_POS:
            anchors.append(trigger.head)
        speaker = self._speaker_verb(m)
        if speaker is not None and not m.in_cause:
            anchors.append(speaker)
        return anchors

    def _announced(self, m: Mention) -> tuple[date | None, str | None]:
        speaker = self._speaker_verb(m)
        if speaker is not None:
            when, precision = event_date(speaker, self.published)
            if precision not in (None, "published"):
                return when, precision
        if self.published is None:
            return None, None
        return self.published, "published"

    @staticmethod
    def _effective(span) -> bool:
        """ "from October 1", "effective April 1", "starting next month", "as of Monday"."""
        doc = span.doc
        before = doc[max(0, span.start - 2): span.start].text.lower()
        words = before.split()
        return bool(words) and (words[-1] in EFFECTIVE_CUES or before.endswith("as of"))

    # --- everything ------------------------------------------------------------------------
    def fill(self, m: Mention, others: list[Mention], cues: list[Cue]) -> bool:
        """Resolve a mention's arguments; False when it turns out not to be a measure."""
        m.region = self.region(m, others, cues)
        imposer = self.imposer(m)
        if imposer is NOT_IMPOSER or (imposer is None and m.requires_imposer):
            return False
        m.imposer = imposer  # type: ignore[assignment]
        matches = self.products(m)
        if not self._enough_evidence(m, matches):
            return False
        m.affected = self.affected(m, matches)
        if m.affected is None and m.requires_affected:
            return False
        per_product, rate = self.rates(m, matches)
        m.products = [Product(x.text, x.term.hs, x.term.level) for x in matches]
        for product, stated in zip(m.products, per_product, strict=False):
            if stated is not None:
                product.rate, product.rate_unit = stated
        m.product_tokens = [x.head for x in matches]
        if rate is not None:
            m.rate, m.rate_unit = rate.value, rate.unit
        m.date, m.date_precision, m.effective = self.when(m)
        m.evidence = self._evidence(m, matches)
        if m.imposer and not m.in_cause:
            self.last_imposer = m.imposer
        return True

    def _enough_evidence(self, m: Mention, matches: list[ProductMatch]) -> bool:
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
        rates = self._rates.get(m.sent.start) or find_rates(m.sent)
        if any(r.token in m.region for r in rates):
            return True
        m.needs_antecedent = m.definite  # "the duties": only as a reference to an earlier measure
        return m.definite

    def _evidence(self, m: Mention, matches: list[ProductMatch]) -> tuple[int, int]:
        doc, start = m.sent.doc, m.sent.start_char
        tokens = [t.i for t in m.trigger_tokens] + [x.start for x in matches] + [x.head for x in matches]
        if m.via == "verb" and m.verb is not None:  # "froze the assets of three Iranian banks"
            tokens += [t.i for o in g.direct_objects(m.verb) + g.passive_subjects(m.verb)
                       for t in (o.left_edge, o.right_edge) if t.sent.start == m.sent.start]
        first, last = min(tokens), max(tokens)
        return doc[first].idx - start, doc[last].idx + len(doc[last].text) - start


def _clause_tokens(root: Token, keep: set) -> set[int]:
    """A token's subtree without subordinate clauses, subjects and conjoined verbs."""
    out: set[int] = set()
    stack = [root]
    while stack:
        tok = stack.pop()
        out.add(tok.i)
        for child in tok.children:
            if child in keep:
                stack.append(child)
                continue
            if child.dep_ in EXCLUDED_DEPS:
                continue
            if child.dep_ == "conj" and child.pos_ in VERB_POS and tok.pos_ in VERB_POS:
                continue
            stack.append(child)
    return out


def _imposing_clauses(noun: Token, lex: MeasureLexicon) -> list[Token]:
    """Relative clauses that say who imposed an instrument: "the sanctions Washington has imposed"."""
    impose = lex.actions.actions["impose"].verbs
    return [c for c in noun.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in impose]


def _destination(tok: Token) -> bool:
    """ "exports to the U.S.", "coming into the U.S.": where goods go, not whom a measure hits."""
    head = tok.head
    return tok.dep_ == "pobj" and head.lower_ in ("to", "into") and head.head.lemma_.lower() in GOODS_FLOW


def _in_name(tok: Token) -> bool:
    """Inside a person's or a multi-word organisation's name ("Prairie Canola Growers")."""
    if tok.ent_type_ in SKIP_ENTITIES:
        return True
    if tok.ent_type_ == "ORG":
        ent = next((e for e in tok.sent.ents if e.start <= tok.i < e.end), None)
        return ent is not None and len(ent) > 1
    return False


def _own_tokens(noun: Token, instruments: set[int]) -> set[int]:
    """An instrument noun's words without those of instruments conjoined to it."""
    own = {t.i for t in noun.subtree}
    for child in noun.children:
        if child.dep_ in ("conj", "appos") and child.i in instruments:
            own -= {t.i for t in child.subtree}
    return own


def _runs(tokens: list[Token]) -> list[list[Token]]:
    runs: list[list[Token]] = []
    for tok in tokens:
        if runs and runs[-1][-1].i == tok.i - 1:
            runs[-1].append(tok)
        else:
            runs.append([tok])
    return runs
