"""Forces that fight alongside others, told by a participle: "Somali troops, [backed] by U.S.
forces", "soldiers [supported] by clan militias". Such a participle is an act of military
cooperation by its by-agent with the force it describes, where a participle that describes a
noun ("the plan backed by France") is otherwise no act of its own. Likewise an agreement told
by a participle of signing that names its parties ("the deal signed by Kenya and Ethiopia")."""

from __future__ import annotations

from spacy.tokens import Token

from detente.data import word_list
from detente.nlp import grammar as g


def armed_backing(participle: Token) -> bool:
    """True for a participle of backing (events.armed_backing_participles) that describes a
    force and has a force as its by-agent (events.armed_force_nouns); its patient is then the
    force described, as in a passive clause."""
    if participle.dep_ != "acl" or participle.lemma_.lower() not in word_list("events.armed_backing_participles"):
        return False
    forces = word_list("events.armed_force_nouns")
    return participle.head.lemma_.lower() in forces and any(a.lemma_.lower() in forces for a in g.agents(participle))


def party_signing(participle: Token) -> bool:
    """True for a participle of signing (events.signing_participles) that describes an agreement
    (events.agreement_nouns) and names a party: a by-agent, a with-partner, or sides between
    which the agreement is; "the deal signed by Kenya and Ethiopia" tells a signing."""
    if participle.dep_ != "acl" or participle.lemma_.lower() not in word_list("events.signing_participles") \
            or participle.head.lemma_.lower() not in word_list("events.agreement_nouns"):
        return False
    named = g.agents(participle) or g.prep_objects(participle, "with")
    return bool(named or g.prep_objects(participle.head, "between"))
