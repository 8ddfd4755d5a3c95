"""Who imposes a measure and on whom: the imposing and the affected jurisdiction.

The imposer is the subject of the action verb (or the agent of a passive, the possessor or
demonym of the instrument: "China's tariffs", "U.S. sanctions", or the speaker who reports
it); the affected jurisdiction is what the measure is "on" or "against", where the goods
come "from", or the demonym on the goods ("Canadian pork"). Both are jurisdictions: a
country code, or "EU" for the European Union.
"""

from __future__ import annotations

from spacy.tokens import Token

from detente.actors.resolver import DocumentActors
from detente.data import word_list, word_sequence
from detente.measures.lexicon import MeasureLexicon, ProductMatch, norm_key
from detente.measures.mentions import Mention
from detente.model import Actor
from detente.nlp import grammar as g
from detente.nlp.labels import (
    JURISDICTION_NAME_LABELS,
    NOMINAL_SUBJECT_DEPS,
    NOUN_MODIFIER_DEPS,
    NOUN_POS,
    OBJECT_DEPS,
    OWNER_DEPS,
    OWNER_ENTITY_LABELS,
    RELATIVE_CLAUSE_DEPS,
    VERB_POS,
)
from detente.nlp.tree import children
from detente.ontology.actor_codes import spellings

# The European Union: the code the actor resolver gives the Union acting as a government, and
# the jurisdiction name measures use for it (both from the one alias table).
EU_ACTOR_CODE, EU_JURISDICTION = spellings("EU")


class NonStateSubject:
    """The measure's doer is a company or another non-state actor: it is not a measure at all."""


NOT_IMPOSER = NonStateSubject()


def actor_jurisdiction(actor: Actor, lex: MeasureLexicon) -> str | None:
    """The jurisdiction an actor stands for: the EU (by its code, name or words), else its country."""
    aliases = lex.instruments.eu_aliases
    if actor.code == EU_ACTOR_CODE or norm_key(actor.text) in aliases \
            or (actor.name and norm_key(actor.name) in aliases):
        return EU_JURISDICTION
    return actor.country


class PartyReader:
    """Reads a mention's imposing and affected jurisdictions, remembering the last imposer."""

    def __init__(self, lexicon: MeasureLexicon, actors: DocumentActors) -> None:
        self.lex = lexicon
        self.actors = actors
        self.last_imposer: str | None = None
        # "it", "its", "they": a jurisdiction told before (not the reflexives "itself", "themselves")
        self.pronouns = word_list("grammar.pronouns") - word_list("measures.reflexive_pronouns")
        self.person_pronouns = word_list("measures.person_pronouns")
        self.affected_preps = word_sequence("measures.affected_preps")
        self.targeting_verbs = word_list("measures.targeting_verbs")
        self.goods_flow_verbs = word_list("measures.goods_flow_verbs")

    def remember(self, m: Mention) -> None:
        """The imposer of a measure acted on now ("it" in a later sentence may be it)."""
        if m.imposer and not m.in_cause:
            self.last_imposer = m.imposer

    # --- jurisdictions ---------------------------------------------------------------------
    def jurisdiction(self, actor: Actor) -> str | None:
        return actor_jurisdiction(actor, self.lex)

    def _of_token(self, tok: Token) -> tuple[str | None, Actor | None]:
        if norm_key(tok.text) in self.lex.instruments.eu_aliases:
            return EU_JURISDICTION, None
        for actor in self.actors.resolve(tok):
            code = self.jurisdiction(actor)
            if code:
                return code, actor
        return None, None

    def _pronoun(self, tok: Token, m: Mention) -> str | None:
        """ "its surtax": the conjoined noun's owner, the nearest country before, the speaker."""
        noun = tok.head
        if noun.dep_ == "conj" and noun.head.pos_ in NOUN_POS:
            for child in children(noun.head):
                if child.dep_ == "poss" and child.lower_ not in self.pronouns:
                    return self._of_token(child)[0]
        for prev in reversed(list(m.sent.doc[m.sent.start: tok.i])):
            if prev.ent_type_ in JURISDICTION_NAME_LABELS or prev.pos_ == "PROPN":
                code, _ = self._of_token(prev)
                if code:
                    return code
        speaker = speaker_subject(m)
        if speaker is not None:
            return self._of_token(speaker)[0]
        return self.last_imposer

    # --- imposer ---------------------------------------------------------------------------
    def imposer(self, m: Mention) -> str | NonStateSubject | None:
        """The imposing jurisdiction, None when unknown, NOT_IMPOSER for a non-state subject."""
        for tok in self._imposer_tokens(m):
            if tok.lower_ in self.person_pronouns and tok.dep_ in NOMINAL_SUBJECT_DEPS:
                speaker = speaker_verb(m)
                subjects = g.subjects(speaker) if speaker is not None else []
                if subjects and subjects[0].lower_ not in self.person_pronouns:
                    tok = subjects[0]  # "X said he is adding a levy": he is X
            if tok.lower_ in self.pronouns:
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
        speaker = speaker_subject(m)
        if speaker is not None:
            return self._of_token(speaker)[0]
        return None

    def story_imposer(self, m: Mention) -> str | None:
        """ "Canada imposed counter-tariffs on U.S. goods. The duties on U.S. whiskey were later
        suspended", "... along with doubling a duty on Chinese exports": an act whose doer no word
        of the sentence names (a passive without its agent, a gerund, a subject the parse lost) is
        the story's latest imposer's, as a reader takes it, unless it hits that very state or
        someone reports it ("..., analysts said": their reading, no act). A noun alone ("tariffs
        on Chinese cars") is not an act of anyone in particular: no imposer."""
        if m.verb is None or m.via not in ("object", "verb") or self._imposer_tokens(m) \
                or speaker_verb(m) is not None or self.last_imposer is None:
            return None
        if self.last_imposer == m.affected or self.last_imposer in m.also_affected:
            return None
        return self.last_imposer

    def _subject_pronoun(self, m: Mention) -> str | None:
        """ "it" as the subject: the named speaker, else the last imposer if nobody speaks."""
        if speaker_verb(m) is None:
            return self.last_imposer
        speaker = speaker_subject(m)
        return self._of_token(speaker)[0] if speaker is not None else None

    def _imposer_tokens(self, m: Mention) -> list[Token]:
        found: list[Token] = []
        verb = m.verb
        if verb is not None and m.via in ("object", "verb", "prep", "acl"):
            passive = g.is_passive(verb) or m.via == "acl"
            if verb.dep_ == "pcomp" and verb.head.lower_ == "for" \
                    and not any(c.dep_ == "nsubj" for c in children(verb)):
                found += g.direct_objects(verb.head.head)  # "praised China for removing ..."
            found += g.agents(verb) if passive else g.subjects(verb)
            if not found and verb.dep_ in RELATIVE_CLAUSE_DEPS and verb.head.pos_ in NOUN_POS:
                found += [c for c in children(verb.head) if c.dep_ == "poss"]  # "China's decision to ease"
            if not found and verb.dep_ == "pcomp" and verb.head.head.pos_ in VERB_POS:
                found += g.subjects(verb.head.head)  # "Trump ignited the war by imposing ..."
        if m.via == "nominal" and m.nominal is not None:
            found += [c for c in children(m.nominal) if c.dep_ == "poss"]
            found += g.prep_objects(m.nominal, "by")
            if verb is not None and m.nominal.dep_ in OBJECT_DEPS:
                found += g.subjects(verb)
        noun = m.instrument_token
        if noun is not None:
            found += [c for c in children(noun) if c.dep_ == "poss"]
            found += [s for c in _imposing_clauses(noun, self.lex) for s in g.subjects(c)]  # "the sanctions X imposed"
            found += [c for c in children(noun) if c.dep_ in NOUN_MODIFIER_DEPS
                      and (c.ent_type_ in OWNER_ENTITY_LABELS or c.pos_ == "PROPN")]
            found += g.prep_objects(noun, "by")
        return found

    # --- affected --------------------------------------------------------------------------
    def affected_all(self, m: Mention, products: list[ProductMatch]) -> list[str]:
        """What the measure is "against"/"on", where goods come "from", whose goods they are;
        then any jurisdiction joined to it by "and" in the same words: "tariffs on Canadian and
        Mexican exports", "on Canada and Mexico", "from Japan and South Korea"."""
        found = self._affected_token(m, products)
        if found is None:
            return []
        code, tok = found
        codes = [code]
        for word in self._coordinated(tok):
            other, _ = self._of_token(word)
            if other and other != m.imposer and other not in codes:
                codes.append(other)
        return codes

    @staticmethod
    def _coordinated(tok: Token) -> list[Token]:
        """The words joined to the one that named the affected party, or to its modifier."""
        heads = [tok, *[c for c in children(tok) if c.dep_ in OWNER_DEPS]]
        return sorted({c.i: c for h in heads for c in h.conjuncts}.values(), key=lambda t: t.i)

    def _affected_token(self, m: Mention, products: list[ProductMatch]) -> tuple[str, Token] | None:
        imposer = m.imposer
        for tok in self._affected_tokens(m):
            code, _ = self._of_token(tok)
            if code and code != imposer:
                return code, tok
        doc = m.sent.doc
        for match in products:
            for tok in (doc[match.head], *[t for t in doc[match.start: match.end]]):
                if tok.ent_type_ in JURISDICTION_NAME_LABELS or tok.i == match.head:
                    code, _ = self._of_token(tok)
                    if code and code != imposer:
                        return code, tok
        for i in sorted(m.region):
            tok = doc[i]
            if tok.ent_type_ in JURISDICTION_NAME_LABELS and not self._destination(tok):
                code, _ = self._of_token(tok)
                if code and code != imposer:
                    return code, tok
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
            hosts += [o for c in children(host) if c.dep_ == "prep" and c.lower_ in ("on", "of")
                      for o in children(c) if o.dep_ == "pobj" and self.lex.instruments.direction_of(o.lemma_)]
        for host in hosts:
            for prep in self.affected_preps:
                found += [t for t in g.prep_objects(host, prep) if not (prep == "to" and self._destination(t))]
            found += [c for c in children(host) if c.dep_ == "dobj" and host.lemma_.lower() in self.targeting_verbs]
        return [t for t in found if t.i not in (m.instrument_token.i if m.instrument_token is not None else -1,)]

    def _destination(self, tok: Token) -> bool:
        """ "exports to the U.S.", "coming into the U.S.": where goods go, not whom a measure hits."""
        head = tok.head
        return tok.dep_ == "pobj" and head.lower_ in ("to", "into") \
            and head.head.lemma_.lower() in self.goods_flow_verbs


def speaker_verb(m: Mention) -> Token | None:
    """The verb of saying that reports the measure ("Beijing said the duties ...")."""
    top = g.clause_head(m.verb) if m.verb is not None else m.anchor
    for ancestor in [top, *top.ancestors]:
        if ancestor.dep_ == "ccomp" and ancestor.head.pos_ in VERB_POS:
            return ancestor.head
    for child in children(top):
        if child.dep_ in ("parataxis", "ccomp") and child.i > top.i:
            return child
    return None


def speaker_subject(m: Mention) -> Token | None:
    """The speaker, when named ("Beijing", "China's commerce ministry"; not "the ministry")."""
    verb = speaker_verb(m)
    subjects = g.subjects(verb) if verb is not None else []
    if not subjects:
        return None
    named = [t for t in subjects[0].subtree if t.ent_type_ in OWNER_ENTITY_LABELS or t.pos_ == "PROPN"]
    return subjects[0] if named else None


def _imposing_clauses(noun: Token, lex: MeasureLexicon) -> list[Token]:
    """Relative clauses that say who imposed an instrument: "the sanctions Washington has imposed"."""
    impose = lex.actions.actions["impose"].verbs
    return [c for c in children(noun) if c.dep_ in RELATIVE_CLAUSE_DEPS and c.lemma_.lower() in impose]
