"""The CAMEO roots (two-digit codes) that the coding rules treat alike, named once."""

from __future__ import annotations

# fmt: off
STATEMENT = "01"
APPEAL = "02"
CONSULT = "04"
YIELD = "08"  # yield, concede: refused, "would not be bullied by X" (124)
DEMAND = "10"
DISAPPROVE = "11"
REJECT = "12"
THREATEN = "13"
PROTEST = "14"
REDUCE = "16"
COERCE = "17"
FIGHT = "19"  # conventional force
RELEASE_CODE = "0841"  # releasing persons: the state's only when it ends a custody (events/implied.py)
FIRST_CONFLICT_ROOT = "10"  # roots 01-09 cooperate (a diplomat meets a government), 10-20 are conflict

# Acts whose doers are those of the clause they frame ("met during the summit", "marched in a
# protest"); "detained during the raid" says nothing of who raided.
SHARED_OCCASION_ROOTS = frozenset({"03", "04", "05", "06", "14"})
# Appeals, intentions and consultations: where a visit, talks or an appeal may be no diplomacy at all.
SENSE_ROOTS = frozenset({"02", "03", "04"})
# Acts two parties do together (meetings, talks, agreements, cooperation): talks that name no one
# are between the parties the article last saw meet.
MEETING_ROOTS = frozenset({"03", "04", "05", "06"})
# Acts that happen once however often they are reported (a meeting, an arrest, a tariff imposed),
# unlike statements, appeals, intentions, demands, criticism and threats, each made anew when said.
RECOUNTED_ROOTS = frozenset({"04", "06", "07", "08", "09", "14", "15", "16", "17", "18", "19", "20"})
# Force and violence: the means that an outcome verb ("killed in an airstrike") takes its code from.
VIOLENT_ROOTS = frozenset({"15", "17", "18", "19", "20"})
# What a protest is for: a demand, an appeal or a complaint by the same protesters in the sentence.
PURPOSE_ROOTS = frozenset({"02", "10", "11"})
# A demand of a motive that states what a protest is for ("rallied, demanding the resignation of
# X") is part of the protest and gives it its last digit (codebook 14x1-14x4: leadership, policy,
# rights, regime); these protests take one.
PROTEST_MOTIVES = {"1041": "1", "1042": "2", "1043": "3", "1044": "4"}
MOTIVATED_PROTESTS = frozenset({"141", "142", "143", "144", "145"})
# Acts a sentence may tell twice, by a noun and by the verb that says it happened ("protests by
# students [erupted]", "organized a strike [that shut down] the capital"): one act, at its most
# specific code.
TOLD_TWICE_ROOTS = frozenset({PROTEST})
# Deeds whose criticism is aimed at their doer, not at the one they befell ("condemned the
# detention of X in Moscow", "denounced the killing of protesters by the police").
CRITICISED_DEED_ROOTS = frozenset({"16", "17", "18", "19", "20"})
# deeds a party welcomes or praises by the doer's name ("welcomed the release of the prisoners by
# Venezuela"): aid given, concessions made
PRAISED_DEED_ROOTS = frozenset({"07", "08"})
SUPPORT = "05"
# what a reaction is aimed at when the deed it reacts to names its doer (events/targets.aim_at_doers)
REACTED_DEED_ROOTS = {DISAPPROVE: CRITICISED_DEED_ROOTS, SUPPORT: PRAISED_DEED_ROOTS}
REACTED_DEEDS = frozenset().union(*REACTED_DEED_ROOTS.values())  # every root a reaction may be aimed through
# Acts aimed at a place as much as at a party: threats, protests, posturing, coercion, force.
PLACE_TARGET_ROOTS = frozenset({"13", "14", "15", "17", "18", "19", "20"})
# Acts whose direct object is the actor's own force ("mobilized reservists"), never whom it is aimed at.
FORCE_OBJECT_ROOTS = frozenset({"15"})
# Acts that "both A and B" can only do to each other when no one else is named ("both violated the truce").
MUTUAL_ROOTS = frozenset({"19"})
# Acts of a state's armed forces: "an [Israeli] airstrike", "[Chinese] drills" are its military's.
ARMED_FORCE_ROOTS = frozenset({"15", "19"})
# Acts on a gathering that befall those who hold it: "broke up [a rally by opposition supporters]".
GATHERING_HOLDER_ROOTS = frozenset({"17"})
# fmt: on
