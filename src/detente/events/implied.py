"""Actors the sentence implies but does not name, filled in as a human coder would.

"A roadside bomb killed three soldiers near Samarra" names no attacker; "thousands rallied
in Lagos" names no one the rally was against; "a US national was put under investigation
in Italy" names no investigator. CAMEO coding conventions fill such slots: the unaligned
armed forces (UAF) of the place of the attack, the protesters' own government, the
authorities of the place. The rules are data (data/patterns/implied_actors.yaml); every
event they touch says so in its rule ("+implied:<id>").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from spacy.tokens import Token

from detente.actors.codes import ARMED_GROUP_SECTORS
from detente.actors.resolver import DocumentActors, make_actor
from detente.data import data_path, load_yaml, word_list
from detente.events import roots
from detente.events.modality import longest_prefix
from detente.events.referents import StoryDoers
from detente.events.slots import craft_aimed_at, undergoing_verb
from detente.events.targets import Dyad
from detente.model import Actor, Event
from detente.nlp import grammar as g
from detente.nlp.labels import NOUN_POS, VERB_POS
from detente.nlp.tree import children

HOME_ARMED_SECTORS = word_list("events.home_armed_sectors")
HOME_ATTACK_ROOTS = word_list("events.home_attack_roots")
HOME_STATE_SECTORS = word_list("events.home_state_sectors")
HOME_FORCES_RULE = "home_forces"  # "+implied:home_forces": the state forces an armed group attacks are its own state's
HOME_CLAIM_CODES = word_list("events.home_claim_codes")  # "the BLA claimed responsibility for the attack"
DOER_NOUNS = word_list("events.doer_nouns")  # "killed by [their captors]": no kin
STRIKE_NOUNS = word_list("actors.strike_nouns")  # "[the strike] killed five": the attack told before
DEFINITE_DETERMINERS = word_list("actors.definite_determiners")
STRIKING_VERBS = word_list("actors.striking_verbs")  # "were killed when gunmen [attacked]"
TIME_CLAUSE_WORDS = word_list("events.time_clause_words")
WHEN_CLAUSE_RULE = "attack_when"  # "+implied:attack_when": the doer of the attack its time clause tells
HOME_STATE_RULE = "home_state"  # "+implied:home_state": an armed group's attack aimed at its own state
RELATIONS_PAIR_RULE = "relations_pair"  # "+implied:relations_pair": the other party of "relations between A and B"
SEQUEL_OWNER_RULE = "sequel_owner"  # "+implied:sequel_owner": "His visit follows a meeting with Xi": his meeting
RELATION_NOUNS = word_list("events.relation_nouns")
# Crimes, not events (issue 12): force by criminals or private people on private people or firms.
PRIVATE_VIOLENCE_ROOTS = frozenset({"18", "19", "20"})
PRIVATE_DOERS = frozenset({"CRM", "CVL"})
PRIVATE_VICTIMS = frozenset({"CVL", "BUS", "CRM"})
ARMED_CRIMINAL_GROUPS = word_list("events.armed_criminal_groups")
PRIVATE_PEOPLE = frozenset({None, "CVL"})  # "a Dutch engineer", "a British national": may be held abroad
SEQUENCE_VERBS = word_list("events.sequence_verbs")
CUSTODY_STATE_PREPS = word_list("events.custody_state_preps")
RELEASE_FROM_CUSTODY = word_list("events.release_from_custody")


def _on_itself(trigger: Token) -> bool:
    """ "Four militants blew [themselves] up": the act has its doers as its object, no one else."""
    return any(o.lower_ in word_list("grammar.reflexive_objects") for o in g.direct_objects(trigger))


def _undergone(trigger: Token) -> bool:
    """ "The convoy came [under attack]": an act its subject underwent, by no one the clause names."""
    return undergoing_verb(trigger) is not None and not any(c.dep_ == "prep" for c in children(trigger))


def _by_the_attack(trigger: Token) -> bool:
    """ "[The strikes] killed four people": harm done by an attack the story already told of, named
    by a bare definite noun (no doer, weapon or place of its own)."""
    if trigger.pos_ not in VERB_POS:
        return False
    for subject in g.subjects(trigger):
        lefts = list(subject.lefts)
        if subject.lemma_.lower() in STRIKE_NOUNS and len(lefts) == 1 and lefts[0].dep_ == "det" \
                and lefts[0].lower_ in DEFINITE_DETERMINERS and not any(c.dep_ == "prep" for c in children(subject)):
            return True
    return False


def _by_kin(trigger: Token) -> bool:
    """ "A man was stabbed to death [by his neighbour]": force by someone the victim's own possessive
    names (a neighbour, a husband) is a crime between private people, no unknown armed men's (and
    no event, when the victim is a private person too)."""
    return trigger.pos_ in VERB_POS and any(g.owned_by_pronoun(a) and a.lemma_.lower() not in DOER_NOUNS
                                            for a in g.agents(trigger))  # "by their captors": armed men


def _kin_crime(code: str, source: Actor | None, target: Actor | None, trigger: Token) -> bool:
    """Force on a private person by someone only their own possessive names, no party: a crime."""
    return source is None and target is not None and target.sector in PRIVATE_VICTIMS \
        and code[:2] in PRIVATE_VIOLENCE_ROOTS and _by_kin(trigger)


def _says_whose(actor: Actor, actors: DocumentActors) -> bool:
    """Whether an actor's own words name its country ("the Israeli military"), not only the story."""
    return any((place := actors.gaz.place(word.strip(",.'’s"))) is not None and place.country
               for word in actor.text.split())


def _doer_when(trigger: Token, target: Actor | None, actors: DocumentActors) -> tuple[Actor | None, str | None]:
    """ "At least 40 people were killed [when gunmen attacked] worshippers": harm in a passive with no
    agent, timed by a clause that tells an attack, is the doing of that clause's subject."""
    if trigger.pos_ not in VERB_POS or not g.is_passive(trigger) or g.agents(trigger):
        return None, None
    for clause in children(trigger):
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in STRIKING_VERBS or not any(
                c.lower_ in TIME_CLAUSE_WORDS for c in children(clause) if c.dep_ in ("advmod", "mark")):
            continue
        doers = [a for s in g.subjects(clause) for a in actors.resolve(s) if a.code]
        doers = [a for a in doers if target is None or a.code != target.code]
        if doers:
            return doers[0], WHEN_CLAUSE_RULE
    return None, None


def _nominal_doer(trigger: Token, target: Actor | None, actors: DocumentActors) -> tuple[Actor | None, str | None]:
    """Who did an act named by a noun with no doer, when the sentence says it otherwise: the
    owner of the act it follows ("[His] visit follows a meeting with Xi"), or the other party of
    the relations the sentence is about ("relations between China and [Canada] soured after the
    detention of a Chinese executive")."""
    if trigger.pos_ not in NOUN_POS:
        return None, None
    verb = g.governor(trigger)
    if verb is not None and verb.lemma_.lower() in SEQUENCE_VERBS:
        owners = [a for s in g.subjects(verb) for o in g.owners(s) for a in actors.resolve(o) if a.code]
        owners = [a for a in owners if target is None or a.code != target.code]
        if owners:
            return owners[0], SEQUEL_OWNER_RULE
    if target is None or not target.country:
        return None, None
    pair = _relations_pair(trigger, actors)
    if target.country in pair:
        other = next(c for c in pair if c != target.country)
        return make_actor(actors.gaz.country_name(other) or other, other, None), RELATIONS_PAIR_RULE
    return None, None


def _relations_pair(trigger: Token, actors: DocumentActors) -> list[str]:
    """The two countries of "relations between A and B" in the trigger's sentence, if it has one."""
    for token in trigger.sent:
        if token.lemma_.lower() not in RELATION_NOUNS and token.lower_ not in RELATION_NOUNS:
            continue
        members = [m for side in g.prep_objects(token, "between") for m in g.expand_conjuncts(side)]
        countries = list(dict.fromkeys(a.country for m in members for a in actors.resolve(m) if a.country))
        if len(countries) == 2:
            return countries
    return []


def _private_violence(code: str, source: Actor | None, target: Actor | None) -> bool:
    """A crime between private people, with no political actor: robbers killing bank guards, a
    man stabbing his neighbour. Not an event; force by or on the police, the army, an armed group,
    or between people of two countries is."""
    if code[:2] not in PRIVATE_VIOLENCE_ROOTS or source is None or target is None:
        return False  # whom an unnamed victim was is unsaid ("shot dead a police officer" misread)
    return source.sector in PRIVATE_DOERS and target.sector in PRIVATE_VICTIMS \
        and target.country in (None, source.country) and not _armed_group(source)


def _armed_group(actor: Actor) -> bool:
    """A gang or cartel that fights as an armed group does ("gangs killed 70 people in an attack
    on the town", "bandits abducted 280 pupils", a named gang): its force is conflict news, where
    robbers' or traffickers' is a crime."""
    words = actor.text.lower().split()
    return actor.name is not None or (bool(words) and words[-1] in ARMED_CRIMINAL_GROUPS)


def _in_custody(trigger: Token, code: str) -> bool:
    """The trigger puts or keeps someone in the state's custody, or frees them from it, with no
    doer: an agentless passive ("was arrested", "was released on bail": a release only from
    custody, not a hostage taker's), or a custody noun as a state ("in detention")."""
    if trigger.pos_ in NOUN_POS:
        return trigger.dep_ == "pobj" and trigger.head.lower_ in CUSTODY_STATE_PREPS
    if not g.is_passive(trigger) or g.agents(trigger):
        return False
    if code.startswith(roots.RELEASE_CODE):
        return any(o.lemma_.lower() in RELEASE_FROM_CUSTODY for p in children(trigger) if p.dep_ == "prep"
                   for o in children(p) if o.dep_ == "pobj")
    return True


def _ruling_authority(rules: ImpliedRules, code: str, trigger: Token,
                      actors: DocumentActors) -> tuple[Actor | None, str | None]:
    """A restriction told in the passive with no one and no place named ("women are not allowed
    to travel without a male guardian"): imposed by the authorities of the country the story is
    about, who rule the population it falls on."""
    sector = longest_prefix(rules.home_rule_sectors, code)
    if sector is None or trigger.pos_ in NOUN_POS or not g.is_passive(trigger) or g.agents(trigger):
        return None, None
    if any(g.prep_objects(held, "in") for held in g.passive_subjects(trigger)):
        return None, None  # "women [in at least 77 countries] are barred": a place that is no one country
    country = actors.context.focus(trigger)
    if country is None:
        return None, None
    return make_actor(actors.gaz.country_name(country) or country, country, sector), rules.authority_id


def _struck_there(place: list[Actor], before: StoryDoers) -> bool:
    """The story just told of force across a border, and harm with no doer befell people in the
    country it struck: the attacker's ("Russia fired missiles at Ukraine ... seven people were killed
    in Kyiv"; the place does not make it unknown gunmen's)."""
    doer, struck = before.force, before.struck
    return bool(place) and doer is not None and struck is not None and bool(doer.country) \
        and bool(struck.country) and struck.country == place[0].country != doer.country


def _applies(prefixes: frozenset[str], code: str) -> bool:
    return any(code.startswith(p) for p in prefixes)


@dataclass(frozen=True, slots=True)
class ImpliedRules:
    """The rules of data/patterns/implied_actors.yaml."""

    protest_id: str
    protest_codes: frozenset[str]
    protest_sources: frozenset[str]
    protest_target_sector: str
    violence_id: str
    violence_codes: frozenset[str]
    violence_sector: str
    crowd_id: str
    crowd_codes: frozenset[str]
    crowd_sector: str
    authority_id: str
    authority_sectors: dict[str, str]
    custody_sectors: dict[str, str]
    home_rule_sectors: dict[str, str]
    attacker_id: str
    attacker_codes: frozenset[str]
    state_sectors: frozenset[str]
    reporter_id: str
    reporter_codes: frozenset[str]
    reporter_sectors: frozenset[str]
    held_id: str
    held_codes: dict[str, str]
    held_sectors: frozenset[str]
    population_id: str
    population_codes: frozenset[str]
    population_sector: str
    town_id: str
    town_codes: frozenset[str]
    town_kinds: frozenset[str]
    town_nouns: frozenset[str]
    town_sector: str
    site_id: str
    site_codes: frozenset[str]
    site_nouns: frozenset[str]
    site_sector: str
    imposer_id: str

    @classmethod
    @lru_cache(maxsize=1)
    def load(cls) -> ImpliedRules:
        raw = load_yaml(data_path("patterns/implied_actors.yaml").read_text(encoding="utf-8"))
        assert isinstance(raw, dict)
        protest, violence = raw["own_government_target"], raw["unattributed_violence"]
        authority, population, town = raw["authority_at_place"], raw["population_target"], raw["town_population"]
        crowd, held, site = raw["unattributed_protest"], raw["held_at_home"], raw["military_site"]
        return cls(
            protest_id=str(protest["id"]), protest_codes=frozenset(map(str, protest["codes"])),
            protest_sources=frozenset(map(str, protest["source_sectors"])),
            protest_target_sector=str(protest["target_sector"]),
            violence_id=str(violence["id"]), violence_codes=frozenset(map(str, violence["codes"])),
            violence_sector=str(violence["source_sector"]),
            crowd_id=str(crowd["id"]), crowd_codes=frozenset(map(str, crowd["codes"])),
            crowd_sector=str(crowd["source_sector"]),
            authority_id=str(authority["id"]),
            authority_sectors={str(k): str(v) for k, v in authority["codes"].items()},
            custody_sectors={str(k): str(v) for k, v in authority["custody"].items()},
            home_rule_sectors={str(k): str(v) for k, v in authority["at_home"].items()},
            attacker_id=str(raw["attacker_before"]["id"]),
            attacker_codes=frozenset(map(str, raw["attacker_before"]["codes"])),
            state_sectors=frozenset(map(str, raw["attacker_before"]["state_sectors"])),
            reporter_id=str(raw["reporting_force"]["id"]),
            reporter_codes=frozenset(map(str, raw["reporting_force"]["codes"])),
            reporter_sectors=frozenset(map(str, raw["reporting_force"]["speaker_sectors"])),
            held_id=str(held["id"]), held_codes={str(k): str(v) for k, v in held["codes"].items()},
            held_sectors=frozenset(map(str, held["held_sectors"])),
            population_id=str(population["id"]), population_codes=frozenset(map(str, population["codes"])),
            population_sector=str(population["target_sector"]),
            town_id=str(town["id"]), town_codes=frozenset(map(str, town["codes"])),
            town_kinds=frozenset(map(str, town["place_kinds"])),
            town_nouns=frozenset(str(n).lower() for n in town.get("place_nouns", ())),
            town_sector=str(town["target_sector"]),
            site_id=str(site["id"]), site_codes=frozenset(map(str, site["codes"])),
            site_nouns=frozenset(str(n).lower() for n in site["place_nouns"]),
            site_sector=str(site["target_sector"]),
            imposer_id=str(raw["imposer_before"]["id"]),
        )

    def implied_rule(self, rule_id: str) -> str:
        """The suffix an event's rule gets when this convention filled an actor."""
        return f"+implied:{rule_id}"

    def fills_target(self, code: str, source: Actor) -> bool:
        """A convention of this file gives this act of ``source`` its target when none is named:
        a people's protest is aimed at their government, a curfew at a population."""
        if _applies(self.protest_codes, code) and source.country and source.sector in self.protest_sources:
            return True
        return _applies(self.population_codes, code)



def _foe_fought(struck: Actor | None, harmed: Actor) -> Actor | None:
    """ "Our soldiers shot dead two militants ... Seven other people, including security officials,
    were killed": when a state's forces were last told fighting an armed group, the harm its own
    people suffered in that fight is the group's doing (not the forces', not no one's)."""
    if struck is None or struck.sector not in ARMED_GROUP_SECTORS or not struck.country:
        return None
    if harmed.code == struck.code or harmed.sector in ARMED_GROUP_SECTORS:
        return None  # the fighters themselves were killed: by the forces, which the story may not say
    return struck


class ImpliedActors:
    """Fills empty source/target slots of one coded act (see the module docstring)."""

    def __init__(self, rules: ImpliedRules | None = None) -> None:
        self.rules = rules or ImpliedRules.load()

    def fill(self, code: str, trigger: Token, dyads: list[Dyad], actors: DocumentActors,
             before: StoryDoers | None = None, faced: bool = False) -> list[tuple[Actor | None, Actor | None, str]]:
        """Each dyad with implied actors added, and a rule suffix naming what was implied
        (``before``: who did the latest acts of force, custody and measures the story reported;
        ``faced``: the act is a measure someone faces, Candidate.faced)."""
        before = before or StoryDoers()
        out: list[tuple[Actor | None, Actor | None, str]] = []
        place: list[Actor] | None = None
        for source, target, how in dyads:
            used: list[str] = []
            if source is None:
                source, rule = _nominal_doer(trigger, target, actors)
                if source is None and faced:
                    if before.imposer is None:
                        continue  # "vehicles above the quota will face the surtax": whose, the story does not say
                    source, rule = before.imposer, self.rules.imposer_id  # "... will face duties": the imposer's
                if source is None:  # "were killed when gunmen attacked a mosque": the gunmen
                    source, rule = _doer_when(trigger, target, actors)
                if source is None:  # before the unknown gunmen of the place: the army says it was theirs
                    source, rule = self._reporting_force(code, trigger, target, before.teller, actors)
                if source is None:
                    if place is None:
                        place = self._place_of(trigger, actors, exclude=target)
                    if _struck_there(place, before):  # "Russia fired missiles at Ukraine ... seven killed in Kyiv"
                        source, target, rule = self._attacker_before(code, trigger, target, before, actors)
                if source is None:
                    source, rule = self._implied_source(code, trigger, place or [])
                if source is None:
                    source, rule = self._keeper(code, trigger, place or [], target, actors, before.custody)
                if source is None and not place:
                    source, rule = _ruling_authority(self.rules, code, trigger, actors)
                if source is None and not place:
                    source, target, rule = self._attacker_before(code, trigger, target, before, actors)
                if source is None and _applies(self.rules.crowd_codes, code) and trigger.pos_ not in NOUN_POS:
                    # the crowd's own country may be the only place named, and so the bare target
                    crowd = self._place_of(trigger, actors, exclude=None)
                    if crowd:
                        source, rule = make_actor(crowd[0].text, crowd[0].country, self.rules.crowd_sector), \
                            self.rules.crowd_id
                used += [rule] if rule else []
            if source is not None:
                target, rule = self._implied_target(code, source, target, actors, trigger, source_named=not used)
                used += [rule] if rule else []
            if not _private_violence(code, source, target) and not _kin_crime(code, source, target, trigger):
                out.append((source, target, how + "".join(self.rules.implied_rule(r) for r in used)))
        return out

    # --- after coding ---------------------------------------------------------------------
    def aim_protests_at_their_purpose(self, events: list[Event]) -> list[Event]:
        """ "Rioted, demanding independence from Indonesian rule": a protest whose target was only
        implied (the protesters' own government) is aimed where its stated demand is aimed."""
        own_government = self.rules.implied_rule(self.rules.protest_id)
        for event in events:
            if not event.rule.endswith(own_government) or event.source is None:
                continue
            purposes = [other.target for other in events
                        if other.root in roots.PURPOSE_ROOTS and other.target is not None
                        and other.source is not None and other.source.code == event.source.code
                        and other.target.country != event.source.country]
            if purposes:
                event.target = purposes[0]
                event.rule = event.rule.removesuffix(own_government) + "+purpose"
        return events

    # --- sources ------------------------------------------------------------------------
    def _implied_source(self, code: str, trigger: Token, place: list[Actor]) -> tuple[Actor | None, str | None]:
        rules = self.rules
        if not place:
            return None, None
        country = place[0].country
        if _applies(rules.violence_codes, code) and not _by_kin(trigger):
            return make_actor(place[0].text, country, rules.violence_sector), rules.violence_id
        sector = longest_prefix(rules.authority_sectors, code)
        if sector is not None and trigger.pos_ not in NOUN_POS and g.is_passive(trigger) and not g.agents(trigger):
            return make_actor(place[0].text, country, sector), rules.authority_id
        return None, None

    def _keeper(self, code: str, trigger: Token, place: list[Actor], held: Actor | None,
                actors: DocumentActors, keeper: Actor | None) -> tuple[Actor | None, str | None]:
        """Who holds or frees someone in custody when no one is named: the authorities of the place;
        else whoever the story just said detained someone ("detained by Iranian intelligence ...
        Smit [was detained] on Monday"); else the country the story is about ("the reporter had
        been in pretrial detention since May"), unless the one held is known to be of another
        country or a private person of it ("a British national held since 2020" is a foreigner
        held abroad). A custody act named by a noun ("the arrest of X") takes only a place or the
        story's keeper: "Beijing protested the arrest of Meng" says nothing of whose arrest. Failing
        all these, an unnamed private person is held by their own police (:meth:`_held_at_home`)."""
        sector = longest_prefix(self.rules.custody_sectors, code)
        in_custody = _in_custody(trigger, code)
        act_noun = trigger.pos_ in NOUN_POS and not in_custody
        if sector is None or not (act_noun or in_custody):
            return None, None
        if place:
            return make_actor(place[0].text, place[0].country, sector), self.rules.authority_id
        if keeper is not None and keeper.country and (held is None or held.code != keeper.code):
            return keeper, self.rules.authority_id
        if act_noun:  # "Beijing protested the arrest of Meng": whose arrest the story's countries do not say
            return self._held_at_home(code, trigger, held, actors)
        country = actors.context.focus(trigger)
        if country is None or (held is not None and held.country
                               and (held.country != country or held.sector in PRIVATE_PEOPLE
                                    or _foreign_by_name(held, actors))):
            return self._held_at_home(code, trigger, held, actors)
        return make_actor(actors.gaz.country_name(country) or country, country, sector), self.rules.authority_id

    def _reporting_force(self, code: str, trigger: Token, target: Actor | None, teller: Actor | None,
                         actors: DocumentActors) -> tuple[Actor | None, str | None]:
        """ "The army said 12 militants were killed in the operation": harm with no doer named that a
        state's forces report is theirs, unless those harmed are that state's own."""
        if teller is None or teller.sector not in self.rules.reporter_sectors or not teller.country \
                or not _applies(self.rules.reporter_codes, code) or not g.is_passive(trigger) or g.agents(trigger):
            return None, None
        if target is None or target.code == teller.code or (
                target.country == teller.country and (target.sector is None or target.sector in self.rules.state_sectors
                                                      or target.sector in PRIVATE_PEOPLE)):
            return None, None
        if target.sector == teller.sector and not teller.name and not _says_whose(teller, actors):
            return None, None  # "Two Israeli soldiers were killed in Gaza, [the military] said": their own
        return teller, self.rules.reporter_id

    def _attacker_before(self, code: str, trigger: Token, target: Actor | None, before: StoryDoers,
                         actors: DocumentActors) -> tuple[Actor | None, Actor | None, str | None]:
        """ "Militants stormed a hotel in Kismayo ... Seven other people [were killed]": harm with no
        doer and no place named is the doing of the attacker the story just reported (and the
        harmed, when the story gave them no country of their own, are of the place it struck)."""
        doer = before.force
        told = (trigger.pos_ in NOUN_POS and _undergone(trigger)) or _by_the_attack(trigger)
        if doer is None or not _applies(self.rules.attacker_codes, code) or (not told and (
                trigger.pos_ in NOUN_POS or not g.is_passive(trigger) or g.agents(trigger))):
            return None, target, None
        if target is not None and (target.code == doer.code or (target.country == doer.country
                                                                 and target.sector == doer.sector)):
            return self._by_foe(before.struck, target)  # the attackers themselves were killed: by their foe
        struck = before.struck
        if target is not None and struck is not None and struck.country and struck.country != target.country \
                and self._unarmed_people(struck) and self._unarmed_people(target) and not target.name \
                and not _says_whose(target, actors):
            # the harmed, of no country their words say, are of the place the attack struck
            # ("Russian forces struck Kyiv ... five people were killed"; "Hezbollah fired rockets at
            # northern Israel ... two people were wounded")
            target = make_actor(target.text, struck.country, target.sector)
        if target is not None and target.country == doer.country and (doer.sector is None
                                                                       or doer.sector in self.rules.state_sectors) \
                and target.sector not in ARMED_GROUP_SECTORS and not (
                    struck is not None and struck.country == target.country and self._unarmed_people(struck)
                    and self._unarmed_people(target)):
            # a state's own forces are not presumed to have harmed its own people (only the armed
            # groups they fight), unless the act the story just reported struck those very people
            # ("bombed a market in Nyala ... dozens of civilians were killed")
            return self._by_foe(struck, target)
        return doer, target, self.rules.attacker_id

    def _by_foe(self, struck: Actor | None, harmed: Actor) -> tuple[Actor | None, Actor, str | None]:
        """The harm, its doer the armed group the forces were last told fighting (``_foe_fought``), else no one."""
        foe = _foe_fought(struck, harmed)
        return foe, harmed, self.rules.attacker_id if foe is not None else None

    def _unarmed_people(self, actor: Actor) -> bool:
        """People or a place's people (no sector, civilians, workers, reporters ...), not a state's
        organs nor an armed group."""
        return actor.sector not in self.rules.state_sectors and actor.sector not in ARMED_GROUP_SECTORS \
            and actor.sector not in ("UAF", "CRM", "IGO", "IMG") and not actor.name

    def _held_at_home(self, code: str, trigger: Token, target: Actor | None,
                      actors: DocumentActors) -> tuple[Actor | None, str | None]:
        """ "Hundreds were arrested after the protests": the held one's own authorities, when the
        story is about that country and no one else is said to hold them; not for a named
        person, whose country is a nationality ("Lai, a British national, has been held")."""
        rules = self.rules
        sector = longest_prefix(rules.held_codes, code)
        if sector is None or target is None or not target.country or target.name \
                or target.sector not in rules.held_sectors \
                or (trigger.pos_ not in NOUN_POS and not (g.is_passive(trigger) and not g.agents(trigger))):
            return None, None
        if _foreign_by_name(target, actors):
            return None, None
        if actors.context.focus(trigger) != target.country:
            return None, None
        return make_actor(target.country, target.country, sector), rules.held_id

    def _place_of(self, trigger: Token, actors: DocumentActors, exclude: Actor | None) -> list[Actor]:
        """The country where the act happened: a locative phrase of the trigger or its clause."""
        anchors = [trigger]
        if trigger.pos_ in NOUN_POS:
            gov = g.governor(trigger)
            if gov is not None:
                anchors.append(gov)
        elif trigger.dep_ in ("advcl", "xcomp", "conj", "acl") and trigger.head.pos_ in VERB_POS:
            anchors.append(trigger.head)
        for anchor in anchors:
            heads = [anchor, *g.direct_objects(anchor), *g.passive_subjects(anchor), *g.agents(anchor)]
            if anchor.pos_ not in NOUN_POS:  # "a bombing [near Samarra] killed ...": the means as subject
                heads += [s for s in g.subjects(anchor) if not actors.resolve(s)]
            for head in heads:
                for prep in children(head):
                    if prep.dep_ != "prep" or prep.lower_ not in word_list("events.place_preps"):
                        continue
                    found = self._place_phrase(prep, actors)
                    if found and (exclude is None or found[0].code != exclude.code):
                        return found
        return []

    @staticmethod
    def _place_phrase(prep: Token, actors: DocumentActors, depth: int = 2) -> list[Actor]:
        """ "near the town of Samarra", "outside of the Iraqi city of Basra", "in Bam, Iran",
        and one level down: "in an explosion [outside Mosul]"."""
        objects = [c for c in children(prep) if c.dep_ == "pobj"]
        objects += [o for p in children(prep) if p.dep_ == "prep" for o in children(p) if o.dep_ == "pobj"]
        for obj in objects:
            candidates = [obj]
            candidates += [o for p in children(obj) if p.dep_ == "prep" and p.lower_ == "of"
                           for o in children(p) if o.dep_ == "pobj"]
            candidates += [c for c in children(obj) if c.dep_ in ("appos", "npadvmod")]
            for candidate in candidates:
                found = [a for a in actors.resolve(candidate) if a.country and not a.name]
                if found:
                    return found[:1]
            if depth > 1:
                for inner in children(obj):
                    if inner.dep_ == "prep" and inner.lower_ in word_list("events.place_preps"):
                        found = ImpliedActors._place_phrase(inner, actors, depth - 1)
                        if found:
                            return found
        return []

    # --- targets ------------------------------------------------------------------------
    def _implied_target(self, code: str, source: Actor, target: Actor | None, actors: DocumentActors,
                        trigger: Token, source_named: bool = True) -> tuple[Actor | None, str | None]:
        rules = self.rules
        bare_home = target is None or (target.country == source.country and target.sector is None
                                       and not target.name)
        if _applies(rules.protest_codes, code) and source.country and source.sector in rules.protest_sources \
                and bare_home:
            text = f"government of {actors.gaz.country_name(source.country) or source.country}"
            return make_actor(text, source.country, rules.protest_target_sector), rules.protest_id
        if _applies(rules.population_codes, code) and (target is None or target.sector is None):
            country = target.country if target is not None else source.country
            if country:
                text = target.text if target is not None else source.text
                return make_actor(text, country, rules.population_sector), rules.population_id
        if target is not None and target.country and _applies(rules.site_codes, code) \
                and target.sector in (None, "GOV") and not target.name \
                and any(o.lemma_.lower() in rules.site_nouns for o in g.direct_objects(trigger)):
            return make_actor(target.text, target.country, rules.site_sector), rules.site_id
        if target is not None and target.country and _applies(rules.town_codes, code) \
                and target.sector in (None, "GOV") and not target.name and self._is_town(target, actors):
            return make_actor(target.text, target.country, rules.town_sector), rules.town_id
        if target is None and source.country and source.sector in HOME_ARMED_SECTORS \
                and (_applies(HOME_ATTACK_ROOTS, code) or _applies(HOME_CLAIM_CODES, code)) \
                and not _on_itself(trigger) and not craft_aimed_at(trigger):
            # "the militants blew up tracks and stormed the train": an armed group's attack on no
            # one named is an attack on its own state, and so is its claim for one ("the BLA
            # claimed responsibility for the attack")
            return make_actor(actors.gaz.country_name(source.country) or source.country, source.country,
                              None), HOME_STATE_RULE
        if target is not None and target.country is None and target.sector in HOME_STATE_SECTORS \
                and target.code == target.sector and source_named and source.country \
                and source.sector in HOME_ARMED_SECTORS and _applies(HOME_ATTACK_ROOTS, code):
            # "FARC dissidents kidnapped 28 soldiers", "the Arakan Army captured the military's
            # headquarters": the forces an armed group fights, their country unsaid, are its state's
            return make_actor(target.text, source.country, target.sector, target.name), HOME_FORCES_RULE
        return target, None

    def _is_town(self, actor: Actor, actors: DocumentActors) -> bool:
        """A town or city by name, or a phrase headed by a civilian place ("Palestinian homes")."""
        words = actor.text.split()
        last = words[-1].lower() if words else ""
        if {last, last.removesuffix("s"), last.removesuffix("es")} & self.rules.town_nouns:
            return True
        for text in (actor.text, words[-1] if words else ""):
            place = actors.gaz.place(text)
            if place is not None:
                return place.kind in self.rules.town_kinds
        return False


def _foreign_by_name(held: Actor, actors: DocumentActors) -> bool:
    """Whether the one held is named by a nationality ("an [American] teacher") of a country the
    story is not plainly about: then they may be a foreigner held abroad, and by whom is unsaid."""
    if not any(actors.gaz.place(word) is not None for word in held.text.split()):
        return False
    leading = actors.countries.most_common(2)
    return not (leading and leading[0][0] == held.country and (len(leading) == 1 or leading[1][1] < leading[0][1]))
