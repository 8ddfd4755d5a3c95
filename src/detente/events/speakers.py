"""Whether a dyad can carry its act: words need a political speaker, an act a doer.

A reading of unseen news (fresh13) found acts coded from the words of people who are no party
(a refugee's remark, a student's opinion: CODING_GUIDE codes them as no event), from a frame of
saying read into a passive nobody is named as doing ("they may be arrested"), and a person set
against himself ("Barnier, who led the Brexit negotiations"). The coder asks here once per dyad.
"""

from __future__ import annotations

from detente.actors.codes import STATE_SECTORS
from detente.actors.resolver import DocumentActors
from detente.data import word_list
from detente.events import roots
from detente.events.accusations import accuses_no_party
from detente.events.candidate import JUSTIFICATION_RULE, Candidate
from detente.model import Actor
from detente.nlp import grammar as g
from detente.nlp.labels import PERSON_LABELS


def fit_dyad(cand: Candidate, source: Actor | None, target: Actor | None, actors: DocumentActors) -> bool:
    """The dyad can carry the act: a political speaker for words, not one person on both sides,
    a target for a framed wording that needs one ("told officials to ban the sale [of dog meat]":
    the order names its hearers, the ban no party)."""
    if cand.pattern.requires_actor_object and target is None and cand.rule_suffix:
        return False
    if source is None and cand.pattern.needs_source:
        return False  # "women in 77 countries are barred from working": no ruler named nor implied
    if target is None and accuses_no_party(cand):
        return False  # "said its firms had been targeted by hackers": no party charged
    if target is None and source is not None and _private(source) and cand.root == roots.FIGHT \
            and cand.token.lemma_.lower() in word_list("events.figurative_fight_verbs"):
        return False  # "Ukrainians who are fighting for their freedom": a figure, no fight with anyone
    return has_speaker(cand, source) and not one_person(source, target, actors)


def has_speaker(cand: Candidate, source: Actor | None) -> bool:
    """Words need a political speaker: a comment (010-013) by no one named or by a private person
    (a refugee, a student, a shop owner: CODING_GUIDE) is no event, nor praise (05) no party is
    named as giving, nor an intent or threat (03, 13) read into a passive act no one
    is named as doing ("they may be arrested"); a defence of one's own course (052) only by a
    government or a body of states."""
    if cand.rule_suffix == JUSTIFICATION_RULE:  # "'We are absolutely right'": a government defends its course
        return source is not None and (source.sector in STATE_SECTORS | {"IGO"}
                                       or (not source.sector and bool(source.country)))
    if cand.code in word_list("events.comment_codes"):
        return source is not None and not _private(source)
    if cand.root in word_list("events.party_roots") and source is None:
        # "some commenters praised the efforts"; a person named ("Qin praised Carney") still acts
        doers = g.subjects(cand.token) + g.controlling_passive_subjects(cand.token)  # "[X] is seen to have built"
        return any(t.ent_type_ in PERSON_LABELS for t in doers)
    if cand.root in word_list("events.speaker_roots") and cand.pattern.code[:2] != cand.root and source is None:
        return not (g.is_passive(cand.token) and not g.agents(cand.token))
    return True


def one_person(source: Actor | None, target: Actor | None, actors: DocumentActors) -> bool:
    """Source and target are the same person (an organisation may act among its members)."""
    if source is None or target is None or not source.name or source.name != target.name:
        return False
    return any(p.name == source.name for p in actors.known_people())


def _private(actor: Actor) -> bool:
    """A private person or group, known only by its sector ("KENCVL", "CHNEDU"); one who speaks for
    an organisation ("UNICEF's executive director": IGOKID) speaks for a party."""
    return actor.sector in word_list("events.private_speaker_sectors") and (
        actor.code is None or actor.code.endswith(actor.sector))
