"""The parse vocabulary: groups of spaCy part-of-speech tags, fine tags, dependency labels and
entity labels, named once for every stage (actors, events, measures, dates).

These are labels of the English model's annotation scheme (ClearNLP dependencies, Penn
Treebank tags, OntoNotes entities), not English words; the words themselves live in
``data/lexicon/``. A stage that needs a group not listed here adds it here, with a name that
says what the group is for, instead of writing the labels inline.
"""

from __future__ import annotations

# fmt: off
# --- coarse parts of speech (Token.pos_) ---------------------------------------------------
NOUN_POS = frozenset({"NOUN", "PROPN"})
VERB_POS = frozenset({"VERB", "AUX"})
PREDICATE_POS = VERB_POS | {"ADJ"}  # what can head a clause: "met", "is ready"
REFERRING_POS = NOUN_POS | {"PRON"}  # what can name a party: a noun, a name or a pronoun
NOMINAL_LIKE_POS = NOUN_POS | {"PRON", "NUM", "X"}  # what a date expression may stand in for
NUMBER_POS = "NUM"  # "one of the worst abusers": a number standing for one of a kind

# --- fine tags (Token.tag_) --------------------------------------------------------------------
PLURAL_NOUN_TAGS = frozenset({"NNS", "NNPS"})
PAST_PARTICIPLE_TAG = "VBN"
GERUND_TAG = "VBG"
PAST_TENSE_TAG = "VBD"
PRESENT_TENSE_TAGS = frozenset({"VBZ", "VBP"})  # "travels", "travel": a present tense
POSSESSIVE_TAG = "POS"
VERB_TAG_PREFIX = "VB"  # every verb tag: "VB", "VBD", "VBZ", ...
MODAL_TAG = "MD"
RANKING_TAGS = frozenset({"JJS", "RBS", "JJR", "RBR"})  # "the [second-highest] toll", "[more] cases than": a ranking
HEADING_PUNCT = frozenset({",", "-", "'", "‘", "’"})  # punctuation a subheading may have ("Definition, limits")

# --- dependency labels (Token.dep_) ------------------------------------------------------------
ACTIVE_SUBJECT_DEPS = frozenset({"nsubj", "csubj"})
PASSIVE_SUBJECT_DEPS = frozenset({"nsubjpass", "csubjpass"})
NOMINAL_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})  # a noun phrase as subject, either voice
SUBJECT_DEPS = ACTIVE_SUBJECT_DEPS | PASSIVE_SUBJECT_DEPS
OBJECT_DEPS = frozenset({"dobj", "obj"})
DATIVE_DEPS = frozenset({"dative", "iobj"})
PREP_OBJECT_DEPS = frozenset({"pobj", "pcomp"})  # what a preposition governs
# how a clause hangs on the act whose aim it states: "rallied, [demanding] ...", "marched to
# [demand] ...", "demanding that she [step] down", "a rally [demanding] ..."
AIM_CLAUSE_DEPS = frozenset({"advcl", "xcomp", "ccomp", "acl"})
OBJECT_PRONOUN_DEPS = frozenset({"dobj", "pobj", "dative"})  # "urged [them]": a pronoun taking back an object
PREPOSITION_DEPS = frozenset({"prep", "dative", "agent"})  # prepositions hanging on a head
COMPLEMENT_CLAUSE_DEPS = frozenset({"xcomp", "ccomp"})  # "agreed [to meet]", "said [that ...]"
RELATIVE_CLAUSE_DEPS = frozenset({"relcl", "acl"})  # clauses that describe a noun
# Dependents that open a clause of their own (its own subject and act).
OWN_CLAUSE_DEPS = frozenset({"advcl", "ccomp", "parataxis", "conj", "relcl", "csubj"})
SUBJECT_CLAUSE_DEPS = OWN_CLAUSE_DEPS | {"acl"}  # with a subject of their own: "the news [that X agreed]"
NOUN_MODIFIER_DEPS = frozenset({"amod", "compound", "nmod"})  # "Chinese", "trade", "EU" before a noun
OWNER_DEPS = NOUN_MODIFIER_DEPS | {"poss"}  # modifiers that can say whose a noun is
AUXILIARY_DEPS = frozenset({"aux", "auxpass"})
NEGATION_DEP = "neg"
CONJUNCT_DEP = "conj"
APPOSITION_DEP = "appos"

# --- entity labels (Span.label_, Token.ent_type_) ----------------------------------------------
PERSON_LABELS = frozenset({"PERSON"})
OWNER_ENTITY_LABELS = frozenset({"NORP", "GPE", "ORG"})  # entities that can own an act ("[German] goods")
PLACE_NAME_LABELS = frozenset({"GPE", "NORP", "LOC"})
# A place's name beside the place noun or name it names ("the [Jenin] camp", "Ryazan, [Russia]").
PLACE_NAMING_DEPS = frozenset({"compound", "appos", "npadvmod"})
TOWN_LABELS = frozenset({"GPE", "LOC", "FAC"})  # what NER calls a town the actor files may lack ("struck [Pokrovsk]")
# Labels a place's name never has: a person or body named beside a place is not where it is.
MONEY_LABEL = "MONEY"  # "30 billion Canadian dollars": an amount, whatever its currency names
NOT_TOWN_LABELS = frozenset({"PERSON", "ORG", "NORP", "DATE", "TIME", "CARDINAL", "MONEY", "PERCENT"})

# --- events ------------------------------------------------------------------------------------
SAME_CLAUSE_DEPS = frozenset({"xcomp", "conj"})  # links that keep a verb in its head's clause ("agreed to [meet]")
GOVERNED_NOUN_DEPS = frozenset({"dobj", "obj", "nsubjpass", "attr", "oprd"})  # a noun a verb governs ("held [talks]")
NOMINAL_GERUND_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})  # noun places ("[fighting] resumed")
ADJUNCT_DEPS = frozenset({"prep", "agent", "npadvmod", "advmod", "prt"})  # "shortened [by one hour] [on Friday]"
ANTECEDENT_DEPS = NOMINAL_SUBJECT_DEPS | {"dobj", "pobj"}  # places of a noun an object pronoun may take back
PRENOMINAL_DEPS = frozenset({"amod", "compound"})  # a word before a noun: "[Chinese] tariffs", "[car] bomb"
CLAUSAL_ARGUMENT_DEPS = COMPLEMENT_CLAUSE_DEPS | {"acl"}  # the act a word takes: "agreed [to meet]", "a bid [to kill]"

# --- measures and dates ------------------------------------------------------------------------
# Words before an instrument noun that say which instrument it is ("[anti-dumping] duties",
# "[export] controls", "[EU] sanctions", "[25-per-cent] tariffs").
INSTRUMENT_MODIFIER_DEPS = NOUN_MODIFIER_DEPS | {"npadvmod"}
# Dependents whose words are not a measure's own (its goods and rate are never read there):
# subjects, agents, other clauses, marks, punctuation and coordinators.
OUTSIDE_MEASURE_DEPS = frozenset({"nsubj", "csubj", "advcl", "ccomp", "parataxis", "mark", "relcl", "punct", "cc",
                                  "agent"})
# Names whose words never name traded goods (as neither do multi-word organisation names, "Prairie Canola Growers").
NOT_GOODS_ENTITY_LABELS = frozenset({"PERSON", "FAC", "WORK_OF_ART", "LAW", "EVENT"})
JURISDICTION_NAME_LABELS = frozenset({"GPE", "NORP"})  # names of countries and their peoples ("China", "Canadian")
# Clauses that are another event: a date search never climbs through them.
OTHER_EVENT_CLAUSE_DEPS = frozenset({"relcl", "ccomp", "advcl", "parataxis", "acl", "csubj", "csubjpass"})
# A verb with one of these dependents has a subject of its own (expletive "there" included),
# so it does not share the date of the verb it is coordinated with.
OWN_SUBJECT_DEPS = NOMINAL_SUBJECT_DEPS | {"csubj", "expl"}
# Dependents of a trigger (or of its verb) that can be its date ("met [Thursday]", "left
# [yesterday]"); the Universal Dependencies forms are kept for models that use them.
DATE_DEPS = frozenset({"npadvmod", "tmod", "obl", "nmod:tmod", "advmod", "obl:tmod"})
DATE_ENTITY = "DATE"  # a date entity: "since [March]" names a month, not a march
# Further dependents of a noun trigger that can be its date ("[Thursday's] meeting", "the [2018] agreement").
NOUN_DATE_DEPS = frozenset({"poss", "compound", "nummod", "amod", "nmod"})
# fmt: on

# --- actors ----------------------------------------------------------------------------------
# fmt: off
CLOSE_MODIFIER_DEPS = frozenset({"compound", "amod"})  # a word naming the kind of its head: "foreign minister"
# Modifiers that make a word part of another noun's phrase ("the [Lebanese] port"), not a head of its own.
NOT_PHRASE_HEAD_DEPS = frozenset({"compound", "amod", "nmod", "npadvmod", "nummod"})
# Left dependents whose words a noun phrase's text includes ("the U.N. envoy").
NOUN_PHRASE_MODIFIER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "npadvmod", "nummod", "det", "case"})
# Walking left from a head: a word with one of these ends its noun phrase ...
NOUN_PHRASE_BREAK_DEPS = frozenset({"conj", "cc", "appos", "relcl", "acl", "advcl", "ROOT", "nsubj", "dobj"})
# ... and a word is inside it when a chain of these links it to the head.
NOUN_PHRASE_INNER_DEPS = frozenset({"compound", "amod", "nmod", "poss", "det", "case", "punct", "nummod", "npadvmod",
                                    "quantmod", "advmod", "prt", "prep", "pobj"})
# A head word as the subject of its clause, either voice, or an active clausal subject: "the
# bombing of a base [killed] ..." says whom it hit, not who did it.
HEAD_SUBJECT_DEPS = NOMINAL_SUBJECT_DEPS | {"csubj"}
# Entities whose text may name a place: NER calls places ORG, FAC or PERSON now and then.
PLACE_BEARING_LABELS = frozenset({"GPE", "NORP", "LOC", "FAC", "ORG", "PERSON"})
BODY_LABELS = frozenset({"ORG", "FAC"})  # an organisation or its building
# Entities that are no person's name; NER also calls a surname ("Carney") a GPE now and then.
NOT_A_NAME_LABELS = frozenset({"DATE", "TIME", "GPE", "NORP", "LOC", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                               "QUANTITY", "EVENT", "LAW", "LANGUAGE"})
# fmt: on

# --- geo (where events happen: detente.geo) --------------------------------------------------
# fmt: off
GEO_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})  # entities that name a place on a map
GEO_DEMONYM_LABELS = frozenset({"NORP"})  # "Chinese": no place, but a vote for its country
# Links that leave the event's own clause: a place found below them is another event's.
GEO_OTHER_CLAUSE_DEPS = frozenset({"relcl", "acl", "advcl", "ccomp", "parataxis", "csubj", "conj"})
PARTICIPLE_TAGS = frozenset({"VBG", "VBN"})  # "[Speaking] in Brussels, ...": a clause sharing its head's subject
# fmt: on

# --- targets and coreference (rules-actors: events/targets.py) ---------------------------------
# fmt: off
SIDE_CLAUSE_DEPS = frozenset({"advcl", "conj", "xcomp"})  # '"...," the military said, [repeating] a demand'
TIME_LABELS = frozenset({"DATE", "TIME", "ORDINAL"})  # "for [the first time]", "for [two days]": a while, not a matter
# fmt: on
