"""Reading the dependency parse: subjects, objects, negation, mood and embedding.

These helpers answer grammatical questions about a trigger token; the coder decides
what they mean for the event.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from itertools import pairwise

from spacy.tokens import Token

from detente.data import word_list
from detente.nlp.labels import (
    ACTIVE_SUBJECT_DEPS,
    AUXILIARY_DEPS,
    DATIVE_DEPS,
    GERUND_TAG,
    GOVERNED_NOUN_DEPS,
    MONEY_LABEL,
    NOMINAL_SUBJECT_DEPS,
    NOUN_POS,
    OBJECT_DEPS,
    OWNER_DEPS,
    OWNER_ENTITY_LABELS,
    PARTICIPLE_TAGS,
    PASSIVE_SUBJECT_DEPS,
    PAST_PARTICIPLE_TAG,
    PAST_TENSE_TAG,
    PLURAL_NOUN_TAGS,
    PREDICATE_POS,
    PRENOMINAL_DEPS,
    PREP_OBJECT_DEPS,
    PREPOSITION_DEPS,
    RANKING_TAGS,
    REFERRING_POS,
    SAME_CLAUSE_DEPS,
    SUBJECT_DEPS,
    VERB_POS,
)
from detente.nlp.tree import children


def sentences_back(token: Token, count: int) -> int:
    """The index of the first token of the sentence ``count`` sentences before ``token``'s (the
    document's start when there are fewer): where a look back over the story begins."""
    doc, start = token.doc, token.sent.start
    for _ in range(count):
        start = doc[start - 1].sent.start if start > 0 else 0
    return start


def is_passive(verb: Token) -> bool:
    return any(c.dep_ == "auxpass" or c.dep_ in PASSIVE_SUBJECT_DEPS for c in children(verb)) \
        or is_reduced_passive(verb)


def is_reduced_passive(verb: Token) -> bool:
    """ "Two soldiers died, [shot] by rebels": a bare participle clause hanging on another verb
    is passive; its patient is that verb's subject (see ``passive_subjects``)."""
    return verb.tag_ == PAST_PARTICIPLE_TAG and verb.dep_ == "advcl" and verb.head.pos_ in PREDICATE_POS \
        and not any(c.dep_ in AUXILIARY_DEPS or c.dep_ == "mark" or c.dep_ in SUBJECT_DEPS for c in children(verb))


def expand_conjuncts(token: Token) -> list[Token]:
    """A token and the tokens coordinated with it ("Canada and China"), or the names of a list
    the parser read as an apposition ("Greece, Panama and South Korea"; "allies [Poland and
    Lithuania]": the names, not the noun, are the parties)."""
    listed = _listed_apposition(token)
    if listed:
        return [token, *listed] if token.pos_ == "PROPN" else listed
    conjuncts = token.conjuncts  # spaCy walks the tree at each call: read once
    return [token, *conjuncts] if conjuncts else [token]


def _listed_apposition(token: Token) -> list[Token]:
    """The members of a list of names hung on ``token`` as an apposition with coordinated names of
    its own: after a name and a comma, names of its kind ("Greece, [Panama and South Korea]"); right
    after a plural noun, any names ("members [Greece and Panama]"). A true apposition ("Greece, a
    council member"; "Xi, China's president and party leader") names no list of names."""
    if token.conjuncts:
        return []
    plural = token.pos_ == "NOUN" and token.tag_ in PLURAL_NOUN_TAGS
    for appos in (c for c in children(token) if c.dep_ == "appos" and c.pos_ == "PROPN" and c.conjuncts):
        members = [appos, *appos.conjuncts]
        if any(m.pos_ != "PROPN" or not m.ent_type_ for m in members):
            continue
        if plural and appos.left_edge.i == token.i + 1:
            return members
        if token.pos_ == "PROPN" and token.ent_type_ and appos.left_edge.i == token.i + 2 \
                and token.nbor(1).text == "," and all(m.ent_type_ == token.ent_type_ for m in members):
            return members
    return []


def _named_apposition(found: list[Token]) -> Token:
    """ "The militant group [Hamas] fired ...": the parser makes both the common noun and the
    name right after it subjects of the verb; the name is the party. Else the first subject."""
    if len(found) > 1 and found[1].i == found[0].i + 1 and found[0].pos_ == "NOUN" and found[1].pos_ == "PROPN":
        return found[1]
    return found[0]


def _headline_list(verb: Token, subj: Token) -> list[Token]:
    """ "[EU], Japan sign trade pact": a headline's comma list of parties, whose first member
    the parser hangs on the verb as an adverbial name."""
    return [c for c in children(verb) if c.dep_ == "npadvmod" and c.i == c.sent.start and c.i < subj.i
            and c.ent_type_ in OWNER_ENTITY_LABELS and c.nbor(1).is_punct and c.nbor(1).i + 1 == subj.left_edge.i]


def predicate_holders(noun: Token) -> list[Token]:
    """Who a predicate noun is said of, when a relative clause hangs on it: "[Japan] is one of the
    countries that imposed sanctions", "[Canada and Belgium] are among countries that banned
    imports", "[the Kurds] were the first to reject it"; none for any other noun."""
    ranks = word_list("grammar.predicate_ranks")
    node, ranked = noun, noun.lemma_.lower() in ranks
    for _ in range(3):
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.lower_ in word_list("grammar.ranking_preps"):
            node = node.head.head
            ranked = ranked or node.lemma_.lower() in ranks or node.pos_ in PREDICATE_POS  # "one of", "among"
            continue
        if node.dep_ == "attr":
            node = node.head
        break
    if not ranked:
        return []
    if node.lemma_.lower() not in word_list("grammar.copulas") or node is noun:
        return []
    # a noun, a name or a pronoun: not a clause ("what we are seeing are proceedings that ...")
    found = [c for c in children(node) if c.dep_ in NOMINAL_SUBJECT_DEPS and c.pos_ in REFERRING_POS]
    clausal = any(c.dep_ in SUBJECT_DEPS - NOMINAL_SUBJECT_DEPS for c in children(node))
    return expand_conjuncts(found[0]) if found and not clausal else []


def subjects(verb: Token) -> list[Token]:
    """The grammatical subject(s) of a verb, inherited through conj, xcomp, acomp and relative clauses."""
    current: Token | None = verb
    for _ in range(8):
        if current is None:
            break
        found = [c for c in children(current) if c.dep_ in ACTIVE_SUBJECT_DEPS]
        if found:
            subj = _named_apposition(found)
            if subj.lower_ in word_list("grammar.relative_pronouns") and current.dep_ == "relcl":
                return predicate_holders(current.head) or expand_conjuncts(current.head)
            return _headline_list(current, subj) + expand_conjuncts(subj)
        if current.dep_ == "relcl":
            head = current.head
            holders = predicate_holders(head)
            if holders:
                return holders  # "the Kurds were the first to reject it"
            gov = None
            if head.lemma_.lower() in word_list("events.gathering_nouns"):  # "held a rally", "converged for a rally"
                gov = governor(head) or (head.head.head if head.dep_ == "pobj" and head.head.dep_ == "prep"
                                         and head.head.head.pos_ in PREDICATE_POS else None)
            if gov is not None and any(c.lower_ == "to" and c.dep_ == "aux" for c in children(current)):
                owners = [c for c in children(head) if c.dep_ == "poss"]
                return expand_conjuncts(owners[0]) if owners else subjects(gov)  # "came for a rally to protest"
            return expand_conjuncts(head)
        if current.dep_ == "acl" and current.head.pos_ in NOUN_POS \
                and current.tag_ in (GERUND_TAG, PAST_PARTICIPLE_TAG, PAST_TENSE_TAG):
            if current.tag_ != GERUND_TAG:
                real = misparsed_main_verb(current)
                if real is None and inverted_report(current) is not None:
                    real = current.head  # "..., a rights group [protested] on Tuesday"
                return expand_conjuncts(real) if real is not None else []
            if current.head.lemma_.lower() not in word_list("events.text_nouns"):
                return expand_conjuncts(current.head)
            owners = [c for c in children(current.head) if c.dep_ == "poss"]
            gov = governor(current.head)
            return expand_conjuncts(owners[0]) if owners else (subjects(gov) if gov is not None else [])
        if current.dep_ == "pcomp" and current.head.dep_ == "prep" and current.head.head.pos_ in PREDICATE_POS:
            doers = _object_as_doer(current)
            if doers:
                return doers
            gov = current.head.head
            if current.head.lower_ != "by" and is_passive(gov) and not is_reduced_passive(gov):
                patients = [p for p in passive_subjects(gov) if p.lower_ != "it"]  # not "it was decided"
                return patients  # "Dara was released after [apologizing]": Dara apologized
            current = gov  # "resorted to throwing stones", "guilty of violating"
            continue
        if current.dep_ in ("conj", "xcomp", "advcl", "acomp") and current.head.pos_ in PREDICATE_POS:
            if current.dep_ == "conj" and is_passive(current.head) and not is_passive(current):
                return []
            if current.dep_ in ("acomp", "advcl") and current.tag_ == PAST_PARTICIPLE_TAG \
                    and current.lemma_.lower() in word_list("grammar.patient_participles"):
                return []  # "Lai stands [accused] of sedition": the subject is the accused
            if current.dep_ == "xcomp" and _passive_controller(current) \
                    and is_passive(current.head) and not is_reduced_passive(current.head):
                patients = [p for p in passive_subjects(current.head) if p.lower_ != "it"]
                if patients:
                    return patients  # "Beijing will be [forced] to retaliate": the one forced acts
            current = current.head
            continue
        if current.dep_ in ("ccomp", "dep") and _finite_past(current):
            named = _root_name_subject(current)
            if named is not None:
                return expand_conjuncts(named)  # "[Trump] at first imposed tariffs"
            if current.dep_ == "dep" and current.head.pos_ in VERB_POS and _finite_past(current.head):
                current = current.head  # "imposed tariffs, then [exempted] cars": one doer's string of acts
                continue
        break
    return []


def _finite_past(verb: Token) -> bool:
    """A past tense, or what the parser tagged a participle but acts as one: no auxiliary, an object."""
    if verb.tag_ == PAST_TENSE_TAG:
        return True
    return verb.tag_ == PAST_PARTICIPLE_TAG and not any(c.dep_ in AUXILIARY_DEPS for c in children(verb)) \
        and any(c.dep_ in OBJECT_DEPS for c in children(verb))


def _root_name_subject(verb: Token) -> Token | None:
    """ "[Trump] at first imposed 25% tariffs": the parser makes a sentence-initial name the root
    and hangs the past-tense verb after it on it as a clause of its own; with nothing between the
    two but the verb's own adverbials, the name is its subject. A root noun's real clause
    ("the claim that ...") has a subject of its own."""
    root = verb.head
    if root.dep_ != "ROOT" or root.pos_ not in NOUN_POS or not root.is_title or root.i >= verb.i:
        return None
    if verb.left_edge.i != root.i + 1 or any(c.dep_ not in ("compound", "amod") for c in root.lefts):
        return None
    return root


def _passive_controller(clause: Token) -> bool:
    """ "Beijing will be [forced] to retaliate", "troops were [seen] raiding homes": a verb whose
    passive subject does its complement's act (a verb of seeing only with an -ing complement)."""
    lemma = clause.head.lemma_.lower()
    return lemma in word_list("grammar.passive_control_verbs") or (
        clause.tag_ == GERUND_TAG and lemma in word_list("grammar.perception_verbs"))


def inverted_report(verb: Token) -> Token | None:
    """ "X is abusing Y, a rights group [protested] here Tuesday": a reporting verb after the
    clause it reports, which the parser reads as a participle (acl, VBN) of the reporter's noun
    phrase. Returns the reported clause (the sentence's root verb), else None. The noun phrase
    must follow a comma after the root clause and the verb must end the sentence with nothing
    but adjuncts of time and place."""
    noun = verb.head
    if verb.dep_ != "acl" or verb.tag_ != PAST_PARTICIPLE_TAG or verb.i < noun.i or noun.pos_ not in NOUN_POS \
            or any(c.dep_ not in ("advmod", "npadvmod", "prep", "punct") for c in children(verb)):
        return None
    start, sent = noun.left_edge.i, verb.sent
    root = sent.root
    if start <= sent.start or verb.doc[start - 1].text != "," or root.pos_ not in PREDICATE_POS \
            or root.i >= start or noun.i <= start - 1 or root.dep_ != "ROOT":
        return None
    if any(not t.is_punct for t in verb.doc[verb.right_edge.i + 1:sent.end]):
        return None
    return root


def misparsed_main_verb(verb: Token) -> Token | None:
    """ "Doctors from two aid groups [donated] and delivered goods to X": with no finite verb
    elsewhere, the parser hangs the main verb on the subject as a participle (acl, VBN) of the
    noun phrase that heads the sentence. A past-tense verb coordinated with it gives the
    misparse away. So does, right after a subject that heads the sentence, a past tense or a
    participle that takes an object ("Leavitt [called] Ford's comments egregious", "The
    ministry [called] the claims false"): a participle that describes a noun takes none.
    Returns the real subject (the head of that noun phrase), else None."""
    if verb.dep_ != "acl" or verb.tag_ not in (PAST_PARTICIPLE_TAG, PAST_TENSE_TAG) \
            or any(c.dep_ in AUXILIARY_DEPS or c.dep_ == "agent" for c in children(verb)):
        return None
    noun = verb.head
    next_to = _right_after(noun, verb)
    if next_to and noun.dep_ == "ROOT" and noun.pos_ in NOUN_POS \
            and (verb.tag_ == PAST_TENSE_TAG or any(c.dep_ in OBJECT_DEPS or c.dep_ == "oprd" for c in children(verb))):
        return noun
    if next_to and _subject_of_trailing_report(noun, verb) \
            and any(c.dep_ in OBJECT_DEPS for c in children(verb)):
        return noun  # "Israeli airstrikes [killed] 25 people, health officials said"
    if verb.tag_ != PAST_PARTICIPLE_TAG \
            or not any(c.dep_ == "conj" and c.tag_ == PAST_TENSE_TAG for c in children(verb)):
        return None
    for _ in range(4):  # "doctors from [groups]": up through the prepositional phrases
        if noun.dep_ == "ROOT":
            return noun if noun.pos_ in NOUN_POS else None
        if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
            return None
        noun = noun.head.head
    return None


def _right_after(noun: Token, verb: Token) -> bool:
    """The verb follows the noun, or the noun's own prepositional phrases ("Gunmen [on motorcycles]
    killed 12 villagers", "Fighters [from the RSF] looted homes"): nothing else stands between."""
    if verb.i == noun.i + 1:
        return True
    phrases = [c for c in children(noun) if c.dep_ == "prep" and noun.i < c.i < verb.i]
    return bool(phrases) and phrases[0].i == noun.i + 1 and phrases[-1].right_edge.i == verb.i - 1 \
        and all(b.i == a.right_edge.i + 1 for a, b in pairwise(phrases))


def _subject_of_trailing_report(noun: Token, verb: Token) -> bool:
    """ "Airstrikes [killed] 25 people, officials said": the parser makes the clause's subject
    the subject of the verb of saying that follows it after a comma, and the clause's verb a
    participle of that subject. True when the noun opens the sentence as the subject of a
    verb of saying after the participle's phrase and a comma."""
    report = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass") or noun.pos_ not in NOUN_POS or report.dep_ != "ROOT" \
            or report.i <= verb.right_edge.i or noun.left_edge.i != verb.sent.start \
            or report.lemma_.lower() not in word_list("grammar.speech_verbs"):
        return False
    between = verb.doc[verb.right_edge.i + 1:report.i]
    return any(t.text == "," for t in between)


def _object_as_doer(gerund: Token) -> list[Token]:
    """ "attacked the newspaper for refusing to support his plans": the one praised, blamed or
    stopped for an act is its doer, when it is a party (a name, a pronoun, a named group)."""
    prep = gerund.head
    if prep.lower_ not in word_list("events.doer_object_preps") or gerund.tag_ != GERUND_TAG:
        return []
    objects = [o for o in direct_objects(prep.head) if o.i < prep.i]
    if objects and (objects[0].pos_ in ("PROPN", "PRON") or objects[0].ent_type_
                    or any(m.ent_type_ in OWNER_ENTITY_LABELS for m in children(objects[0]))):
        return objects
    return []


def clause_subjects(clause: Token) -> list[Token]:
    """The subjects of a clause, active or else its own passive subject: who or what a reported
    clause says something of ("said [the tariffs] were illegal", "said [the claims] were fabricated")."""
    return subjects(clause) or [c for c in children(clause) if c.dep_ in PASSIVE_SUBJECT_DEPS]


def passive_subjects(verb: Token) -> list[Token]:
    for child in children(verb):
        if child.dep_ in PASSIVE_SUBJECT_DEPS:
            if child.lower_ in word_list("grammar.relative_pronouns") and verb.dep_ == "relcl":
                return expand_conjuncts(verb.head)  # "Porras, [who] was sanctioned by the EU"
            return expand_conjuncts(child)
    if verb.dep_ == "conj" and is_passive(verb.head):
        return passive_subjects(verb.head)
    if is_reduced_passive(verb):
        head = verb.head
        return passive_subjects(head) if is_passive(head) else subjects(head)
    if verb.dep_ == "acl" and verb.tag_ == PAST_PARTICIPLE_TAG:  # "the deal signed by X"
        return [verb.head]
    return []


def agents(verb: Token) -> list[Token]:
    for child in children(verb):
        if child.dep_ == "agent":
            for pobj in children(child):
                if pobj.dep_ == "pobj":
                    return expand_conjuncts(pobj)
    return []


def through_quantity(token: Token, quantities: frozenset[str]) -> list[Token]:
    """'tons of food', 'part of an aid program', 'members of the group': what is counted."""
    if token.lemma_.lower() in quantities or token.lower_ in quantities or token.pos_ == "NUM":
        for child in children(token):
            if child.dep_ == "prep" and child.lower_ == "of":
                return [c for c in children(child) if c.dep_ == "pobj"]
    return []


def direct_objects(token: Token) -> list[Token]:
    for child in children(token):
        if child.dep_ in OBJECT_DEPS:
            return expand_conjuncts(child)
    for child in children(token):  # "killed up to 30 people": the parser reads "up to" as particle + preposition
        if child.dep_ == "prt" and child.lower_ == "up":
            for prep in children(child):
                if prep.dep_ == "prep" and prep.lower_ == "to":
                    counted = [o for o in children(prep) if o.dep_ == "pobj"
                               and any(c.dep_ == "nummod" for c in children(o))]
                    if counted:
                        return expand_conjuncts(counted[0])
    return []


def shared_objects(verb: Token) -> list[Token]:
    """ "killed and injured 1,000 fighters": the object the next coordinated verb carries,
    when this verb has none of its own and nothing stands between them but the conjunction."""
    if verb.pos_ not in VERB_POS or any(c.dep_ in ("prep", "dative", "ccomp", "xcomp") for c in children(verb)):
        return []
    for child in children(verb):
        if child.dep_ == "conj" and child.pos_ == "VERB" and child.i - verb.i <= 3 \
                and not any(c.dep_ in ACTIVE_SUBJECT_DEPS for c in children(child)):
            return direct_objects(child)
    return []


def dative(token: Token) -> list[Token]:
    for child in children(token):
        if child.dep_ in DATIVE_DEPS:
            pobjs = [c for c in children(child) if c.dep_ == "pobj"]
            return expand_conjuncts(pobjs[0] if pobjs else child)
    return []


def prep_objects(token: Token, preposition: str) -> list[Token]:
    """Objects of a preposition hanging on the token ("talks with X", "tariffs on X", "pulled out [of] X")."""
    for child in list(children(token)) + _compound_preps(token) + _displaced_agents(token, preposition):
        if child.dep_ in PREPOSITION_DEPS and child.lower_ == preposition:
            for pobj in children(child):
                if pobj.dep_ in PREP_OBJECT_DEPS:
                    return expand_conjuncts(pobj)
    return []


def _displaced_agents(noun: Token, preposition: str) -> list[Token]:
    """ "the suspension of aid [by] the EU": the parse hangs the agent of a nominal act on the
    object of its "of"; the doer is the act's."""
    if preposition != "by" or noun.pos_ not in NOUN_POS:
        return []
    return [b for p in children(noun) if p.dep_ == "prep" and p.lower_ == "of"
            for o in children(p) if o.dep_ in PREP_OBJECT_DEPS
            for b in children(o) if b.dep_ in ("prep", "agent") and b.lower_ == "by"]


def _compound_preps(token: Token) -> list[Token]:
    """ "pulled out [of] the deal", "walked away [from] the talks": the parse hangs the second
    word of a two-word preposition on the first."""
    return [p for c in children(token) if c.dep_ in ("prep", "prt", "advmod") and c.lower_ in ("out", "away")
            for p in children(c) if p.dep_ == "prep"]


def displaced_prep(noun: Token, prepositions: Iterable[str]) -> Token | None:
    """ "voiced regret [over] X's curbs": the noun's own phrase, parsed onto its verb right after it."""
    if noun.pos_ not in NOUN_POS or noun.dep_ not in OBJECT_DEPS:
        return None
    return next((c for c in children(noun.head) if c.dep_ == "prep" and c.lower_ in prepositions
                 and c.i == noun.right_edge.i + 1), None)


def object_complement_prep(verb: Token, prepositions: Iterable[str]) -> Token | None:
    """ "Holding [passengers] as human shields": a preposition of what the verb makes of its object,
    parsed onto the object right after it."""
    wanted = set(prepositions) & word_list("grammar.object_complement_preps")
    if not wanted or verb.pos_ not in VERB_POS:
        return None
    return next((c for o in children(verb) if o.dep_ in OBJECT_DEPS for c in children(o)
                 if c.dep_ == "prep" and c.lower_ in wanted and c.i == o.i + 1), None)


def has_prep(token: Token, prepositions: Iterable[str]) -> Token | None:
    """The preposition (one of ``prepositions``) hanging on the token, also through "back" after
    an object ("ordered him [back to] prison"; not "come back to the table", a return of one's own)."""
    moved = any(c.dep_ in ("dobj", "nsubjpass") for c in children(token))
    for child in list(children(token)) + _compound_preps(token):
        if child.dep_ in ("prep", "agent", "dative", "prt", "advmod") and child.lower_ in prepositions:
            return child
        if moved and child.dep_ == "advmod" and child.lower_ == "back":
            found = next((c for c in children(child) if c.dep_ == "prep" and c.lower_ in prepositions), None)
            if found is not None:
                return found
    return None


def answered_charge(clause: Token, verb: Token, charges: frozenset[str]) -> bool:
    """ "Congo accused Rwanda of backing M23, [a charge] Kigali denies": a clause the parse hung on
    the answering verb, which answers a charge noun (one of ``charges``) between them, not the
    clause itself."""
    if clause.i > verb.i:
        return False
    return any(t.lemma_.lower() in charges for t in clause.doc[clause.right_edge.i + 1: verb.i])


def particle(token: Token, word: str) -> Token | None:
    for child in children(token):
        if child.lower_ == word and child.dep_ in ("prt", "advmod", "prep", "compound:prt", "intj"):  # "said [no] to"
            return child
    return None


def governor(noun: Token) -> Token | None:
    """The verb a nominal trigger is the object or passive subject of ("held talks")."""
    if noun.dep_ in GOVERNED_NOUN_DEPS and noun.head.pos_ in VERB_POS:
        return noun.head
    if noun.dep_ == "conj":
        return governor(noun.head)
    prep = noun.head
    if noun.dep_ == "pobj" and prep.lower_ == "with" and is_passive(prep.head) \
            and prep.head.lemma_.lower() in word_list("grammar.met_with_verbs"):
        return prep.head  # "the remarks [were met] with criticism": as "drew criticism"
    return None


def aux_words(token: Token) -> set[str]:
    """The auxiliaries and modals of a predicate ("will", "would", "must", "going")."""
    words = {c.lower_ for c in children(token) if c.dep_ in AUXILIARY_DEPS}
    prospective = word_list("grammar.prospective_adjectives")
    if any(c.dep_ == "acomp" and c.lemma_.lower() in prospective for c in children(token)):
        words.add("will")  # "is [due] in Beijing next week for talks": ahead, as "will be"
    if token.dep_ == "xcomp" and token.head.lemma_ == "go" and token.head.tag_ == GERUND_TAG:
        words.add("going")
    return words


def marks(token: Token) -> set[str]:
    return {c.lower_ for c in children(token) if c.dep_ == "mark"}


def is_purpose(token: Token) -> bool:
    """An infinitival purpose clause: "sent troops [to help]"."""
    return token.dep_ == "advcl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(token))


def participle_adjunct(clause: Token) -> bool:
    """ "[Encouraged] by mild sanctions, he may ...", "..., [hoping] that Trump will win": a
    participle clause with no conjunction, part of the act it hangs on (as likely, in the same
    forecast); "after it [imposed] duties" is a time clause, told as a fact."""
    return clause.dep_ == "advcl" and clause.tag_ in PARTICIPLE_TAGS \
        and not any(c.dep_ == "mark" for c in children(clause))


def states_a_need(verb: Token) -> bool:
    """ "[is] crucial", "[remains] essential": a copula whose complement says what is needed; its
    subject and its "for X to do" clause are wanted, not reported done."""
    return verb.lemma_.lower() in word_list("grammar.copulas") and any(
        c.dep_ == "acomp" and c.lemma_.lower() in word_list("grammar.need_adjectives") for c in children(verb))


def has_negation(token: Token) -> bool:
    """'did not meet', 'never met', 'without meeting'."""
    if any(c.dep_ == "neg" for c in children(token)):
        return True
    return token.dep_ in PREP_OBJECT_DEPS and token.head.lower_ == "without"


def embedding_parent(token: Token, carriers: Iterable[str] = ()) -> tuple[Token | None, str]:
    """The word that embeds this act, and how: "agreed to [meet]" -> (agreed, "xcomp"),
    "called for [talks]" -> (called, "prep:for"), "offer of [talks]" -> (offer, "noun")."""
    dep, head = token.dep_, token.head
    if head is token:
        return None, ""
    if dep in ("xcomp", "ccomp", "conj", "acomp", "advcl", "parataxis", "csubj"):
        return head, dep
    if dep in GOVERNED_NOUN_DEPS and head.pos_ in PREDICATE_POS:
        return head, "obj"
    if dep == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(token)):
        return head, "acl"
    if dep in ("acl", "ccomp") and head.pos_ in NOUN_POS and head.lemma_.lower() in set(carriers):
        return head, "acl"  # "the allegation that X had attacked"
    if dep == "relcl" and head.pos_ in NOUN_POS and head.lemma_.lower() in set(carriers) \
            and any(c.dep_ == "aux" and c.lower_ == "to" for c in children(token)):
        return head, "acl"  # "rejected calls [to ease] the sanctions", misread as a relative clause
    if dep in PREP_OBJECT_DEPS and head.dep_ in ("prep", "agent"):
        owner = head.head
        if owner.ent_type_ == MONEY_LABEL and head.lower_ in word_list("events.sum_preps"):
            carrier, link = embedding_parent(owner, carriers)  # "a pledge of [$2 billion in] aid": the sum is the aid
            return (carrier, link) if link == "noun" else (None, "")  # "provide [$70 million of] aid": the verb's own
        if owner.pos_ in PREDICATE_POS and head.lower_ in word_list("events.argument_preps"):
            return owner, f"prep:{head.lower_}"
        if owner.pos_ in NOUN_POS and owner.lemma_.lower() in set(carriers) \
                and head.lower_ in word_list("events.carried_act_preps"):
            return owner, "noun"  # "an offer of talks", "calls for a ceasefire"
    return None, ""


def clause_chain(token: Token) -> Iterator[Token]:
    """The trigger and the verbs above it within its clause (through xcomp and conj)."""
    current = token
    yield current
    for _ in range(8):
        if current.dep_ in SAME_CLAUSE_DEPS and current.head is not current:
            current = current.head
            yield current
        else:
            return


def clause_head(token: Token) -> Token:
    """The top verb of the trigger's own clause (see clause_chain)."""
    return list(clause_chain(token))[-1]


def phrase_matches(token: Token, entries: frozenset[str]) -> int:
    """How many words of the best matching entry the phrase headed by ``token`` contains
    (0: none). An entry is a head lemma ("troop"), optionally with modifiers or an "of"
    phrase ("peacekeeping force", "state of emergency"), or a named-entity type ("ent:money")."""
    lemma, lower = token.lemma_.lower(), token.lower_
    if lemma in entries or lower in entries:
        return 1
    if token.ent_type_ and f"ent:{token.ent_type_.lower()}" in entries:
        return 1
    by_head = _phrase_entries(entries)
    found = by_head.get(lemma, ()) if lower == lemma else (*by_head.get(lemma, ()), *by_head.get(lower, ()))
    best = 0
    words: set[str] | None = None
    for size, rest, has_of in found:
        if has_of and not any(c.dep_ == "prep" and c.lower_ == "of" for c in children(token)):
            continue  # "part of" is not "took part"
        if words is None:
            words = {w for t in token.subtree for w in (t.lemma_.lower(), t.lower_)}
        if all(p in words for p in rest) and size > best:
            best = size
    return best


@lru_cache(maxsize=1024)
def _phrase_entries(entries: frozenset[str]) -> dict[str, tuple[tuple[int, tuple[str, ...], bool], ...]]:
    """The entries of several words, by head word: (how many words, the words besides the head
    and "of", whether it has an "of" phrase). Split once per list, not at every token tried."""
    by_head: dict[str, list[tuple[int, tuple[str, ...], bool]]] = {}
    for entry in entries:
        if " " not in entry:
            continue
        parts = entry.split()
        head = parts[parts.index("of") - 1] if "of" in parts else parts[-1]
        rest = tuple(p for p in parts if p != head and p != "of")
        by_head.setdefault(head, []).append((len(parts), rest, "of" in parts))
    return {head: tuple(found) for head, found in by_head.items()}


def best_phrase_match(tokens: Iterable[Token], entries: frozenset[str]) -> tuple[Token, int] | None:
    """The token whose phrase matches the most words of an entry (see ``phrase_matches``), with
    that number of words; None when no token matches."""
    best: tuple[Token, int] | None = None
    for tok in tokens:
        words = phrase_matches(tok, entries)
        if words and (best is None or words > best[1]):
            best = (tok, words)
    return best


def owners(noun: Token) -> list[Token]:
    """Whose offer, request or plan a noun is: "the US request", "a call by Annan"."""
    found = [c for c in children(noun) if c.dep_ == "poss" or (c.dep_ in PRENOMINAL_DEPS
             and (c.pos_ == "PROPN" or c.ent_type_ in OWNER_ENTITY_LABELS))]
    return found or prep_objects(noun, "by") or prep_objects(noun, "from")


def modifiers(token: Token) -> list[Token]:
    return [c for c in children(token) if c.dep_ in OWNER_DEPS]


def ancestors_until_root(token: Token) -> Iterator[tuple[Token, str]]:
    """Each ancestor with the dependency label of the link that leads up to it."""
    current = token
    for _ in range(20):
        if current.head is current:
            return
        yield current.head, current.dep_
        current = current.head


def _is_to_clause(token: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children(token))


def _reach_step(node: Token, locative: bool, conditional: bool, own: bool) -> tuple[list[Token], list[Token]]:
    """One step down from a word of the act: (argument words to try, words to walk into).
    On the trigger's own words (``own``) "by" names the doer ("patrols by police"), not a target."""
    args: list[Token] = []
    walk: list[Token] = []
    nominal = node.pos_ in NOUN_POS
    preps = word_list("events.reach_preps") | (word_list("events.noun_reach_preps") if nominal else frozenset())
    preps |= word_list("events.locative_reach_preps") if locative else frozenset()
    if own:
        preps = preps - {"by"}
    for child in children(node):
        dep = child.dep_
        if dep in ("dobj", "obj", "dative", "iobj", "agent", "prep", "nsubjpass"):  # "[a camp] was attacked"
            if dep == "prep" and child.lower_ not in preps:
                walk.extend(c for c in children(child)
                            if c.dep_ == "pobj" and c.lemma_.lower() in word_list("events.reaction_nouns"))
                continue  # but "[in protest] against X", "[in response] to X" carry on
            found = [c for c in children(child) if c.dep_ in PREP_OBJECT_DEPS] if dep in PREPOSITION_DEPS else [child]
            args.extend(t for f in found for t in expand_conjuncts(f))
            walk.extend(found)
        elif dep == "xcomp" or (dep in ("advcl", "acl") and (_is_to_clause(child) or nominal)):
            walk.append(child)  # "threatened [to cut ...]", "the lines [leading into X]"
        elif dep == "advcl" and child.lemma_.lower() in word_list("events.reaction_verbs"):
            walk.append(child)  # "imposed duties, [responding] to the U.S. tariffs"
        elif dep == "advcl" and conditional and _threat_condition(child):
            args.extend(subjects(child))  # "threatened to strike unless [X] withdraws"
        elif nominal and (dep == "poss" or (dep in OWNER_DEPS and child.ent_type_ in OWNER_ENTITY_LABELS)):
            args.append(child)  # "[Serbia's] suppression", "restrictions against [German] goods"
        elif nominal and dep == "appos":
            args.append(child)  # "the capital, Kabul"
    return args, walk


def inverted_condition(verb: Token) -> bool:
    """ "[Should] Brussels go ahead with the duties, Beijing will retaliate": an auxiliary before
    the clause's subject opens a condition, no appeal or demand."""
    subjects = [s for s in children(verb) if s.dep_ in NOMINAL_SUBJECT_DEPS]
    return bool(subjects) and any(c.dep_ == "aux" and c.i < subjects[0].i and c.lower_ in word_list(
        "grammar.inverted_conditional_aux") for c in children(verb))


def _threat_condition(clause: Token) -> bool:
    """A clause that says whom a threat is for: "unless [X] withdraws", "[should X] go ahead"."""
    return bool(marks(clause) & word_list("events.threat_condition_marks")) or inverted_condition(clause)


def _conditions_above(token: Token, seen: set[int]) -> list[Token]:
    """The subjects of conditions set on the verbs above a threatened act in its clause ("if X
    goes ahead, Beijing will be forced to [retaliate]": the condition hangs on "forced")."""
    found: list[Token] = []
    for verb in list(clause_chain(token))[1:]:
        found.extend(s for c in children(verb) if c.dep_ == "advcl" and _threat_condition(c)
                     for s in subjects(c) if s.i not in seen)
    return found


def reach_arguments(token: Token, start: Iterable[Token] = (), locative: bool = False,
                    conditional: bool = False, skip: Iterable[int] = (), depth: int = 3) -> list[list[Token]]:
    """Words that may name whom an act is aimed at, nearest first, level by level: the
    objects, datives and prepositional objects of the trigger, of its infinitival
    complements and purpose clauses, and of the nouns among them (their owners and agents
    too); with ``conditional``, the subject of an "unless"/"if" clause (whom a threat is for).
    Words in ``skip`` (the source) are neither tried nor walked into."""
    levels: list[list[Token]] = []
    frontier = [token, *start]
    seen = {t.i for t in frontier} | set(skip)
    for step in range(depth):
        level: list[Token] = []
        following: list[Token] = []
        for node in frontier:
            args, walk = _reach_step(node, locative, conditional, own=step == 0)
            level.extend(a for a in args if a.i not in seen)
            following.extend(w for w in walk if w.i not in seen)
            seen.update(a.i for a in args)
            seen.update(w.i for w in walk)
        if level:
            levels.append(level)
        frontier = following
        if not frontier:
            break
    if conditional:
        above = _conditions_above(token, seen)
        if above:
            levels.append(above)
    return levels


def owned_by_pronoun(token: Token) -> bool:
    """'its forces', 'their demands': a phrase owned by a pronoun (mostly the actor itself)."""
    return any(c.dep_ == "poss" and c.pos_ == "PRON" for c in children(token))


def ranked_against(word: Token) -> bool:
    """The word names only what a ranking is measured against: "the second-highest toll in Europe
    [after Britain]", "the world's biggest producer [after China]", "more cases [than Italy]"; such
    a party is a yardstick, not an actor of the story."""
    node = word
    while node.dep_ in ("compound", "amod", "poss", "conj") and node.head.i != node.i:
        node = node.head  # "after [the United] States", "after China and [India]"
    prep = node.head
    if node.dep_ not in PREP_OBJECT_DEPS or prep.dep_ != "prep" \
            or prep.lower_ not in word_list("grammar.comparison_preps"):
        return False
    ranked = prep.head
    graded = [t for t in ranked.subtree if not (prep.left_edge.i <= t.i <= prep.right_edge.i)]
    return any(t.tag_ in RANKING_TAGS or t.ent_type_ == "ORDINAL" for t in graded)


def controlling_passive_subjects(verb: Token) -> list[Token]:
    """Who does an infinitive under a passive verb: the passive's subject ("[the base] could be used
    to hold migrants", "[troops] were ordered to fire")."""
    head = verb.head
    if verb.dep_ != "xcomp" or head.i == verb.i or not is_passive(head):
        return []
    return [c for c in children(head) if c.dep_ in PASSIVE_SUBJECT_DEPS]


def alternative_not_taken(token: Token) -> bool:
    """The act is named as the road not taken: "spent the money on repairs [instead of] direct aid",
    "chose talks [rather than] sanctions", "negotiated [instead of] attacking them"."""
    doc, node = token.doc, token
    alternatives = {tuple(p.split()) for p in word_list("grammar.alternative_phrases")}
    for _ in range(4):
        start = node.left_edge.i
        before = tuple(t.lower_ for t in doc[max(0, start - 2):start])
        opening = tuple(t.lower_ for t in doc[start:start + 2]) \
            if node.dep_ in PREPOSITION_DEPS or node.dep_ in ("advcl", "pcomp") else ()
        if before in alternatives or opening in alternatives:  # "[instead of] attacking", "[rather than] impose"
            return True
        if node.dep_ not in PREP_OBJECT_DEPS | PREPOSITION_DEPS | OBJECT_DEPS or node.head.i == node.i:
            return False  # up from "aid" in "instead of to [direct] aid" to the clause that names it
        node = node.head
    return False


def attributed(word: Token) -> bool:
    """The word names who reports the clause: "[according to] MSF and U.N. agencies, ..."."""
    return any(a.dep_ == "prep" and a.lower_ in word_list("grammar.attribution_preps") for a in word.ancestors)
