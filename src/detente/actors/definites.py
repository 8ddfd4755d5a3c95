"""Definite descriptions that take back what the text named before.

"The country", "the bloc", "the court", "the diplomats", "the other side", "the two
countries": none of these names anyone by itself. Each is read against the sentences just
before it (the state named last as a subject, the international body or organisation named
last, the same role named with its country) or the pair of countries in focus; see
:class:`~detente.actors.resolver.ActorResolver` for where they are asked.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from detente.actors import coref
from detente.actors.codes import ARMED_GROUP_SECTORS, make_actor
from detente.actors.context import CountryContext
from detente.actors.gazetteer import Gazetteer, Role
from detente.actors.people import PeopleMet
from detente.actors.registry import is_organisation_code
from detente.actors.words import SPEAKING_ROLES, WordLookup
from detente.data import word_list
from detente.model import Actor
from detente.nlp import grammar as g
from detente.nlp.labels import (
    BODY_LABELS,
    NOMINAL_SUBJECT_DEPS,
    NOUN_MODIFIER_DEPS,
    NOUN_POS,
    PLURAL_NOUN_TAGS,
    TIME_LABELS,
)
from detente.nlp.tree import children

PAIR_NOUNS = word_list("actors.pair_nouns")
BARE_PAIR_POS = frozenset({"NUM", "DET", "PRON"})  # "the two", "both" heading the phrase themselves
PAIR_QUANTIFIERS = word_list("actors.pair_quantifiers")
PAIR_DISTRIBUTIVES = word_list("actors.pair_distributives")
PAIR_RELATION_NOUNS = word_list("actors.pair_relation_nouns")
SIDE_NOUNS = word_list("actors.side_nouns")
DEFINITE_DETERMINERS = word_list("actors.definite_determiners")
ARMED_GROUP_WORDS = word_list("actors.armed_group_words")
LENDER_ANAPHORS = word_list("actors.lender_anaphors")  # "the IMF ... [the global lender] said"
LENDING_FUNCTIONS = frozenset({"DEV"})  # what a lending body does (IMF, World Bank, regional development banks)
GROUP_NOUNS = word_list("actors.named_group_nouns")  # "the group", "the movement", "the militia"
LOCATIVE_PREPS = word_list("actors.locative_preps")
INDEFINITE_DETERMINERS = word_list("actors.indefinite_determiners")  # "[a] group of settlers"
# How many sentences back "the foreign ministers" looks for the same role named with its body or country.
ROLE_LOOKBACK_SENTENCES = 5
IGO_PREFIX = "IGO"  # the code prefix of intergovernmental bodies ("the bloc" takes one back)


class DefiniteDescriptions:
    """Reads "the country", "the bloc", "the two sides" and their like against the text before;
    ``resolve`` is the resolver's own, so that what was named before is read the same way."""

    def __init__(self, doc: Doc, words: WordLookup, people: PeopleMet, gazetteer: Gazetteer,
                 context: CountryContext, resolve: Callable[[Token], list[Actor]]) -> None:
        self.doc = doc
        self.words = words
        self.people = people
        self.gaz = gazetteer
        self.context = context
        self._resolve = resolve

    @staticmethod
    def bare_definite(token: Token) -> bool:
        """ "The country", "this nation": singular, with a determiner and nothing else before it."""
        lefts = list(token.lefts)
        return token.tag_ not in PLURAL_NOUN_TAGS and len(lefts) == 1 and lefts[0].dep_ == "det" \
            and lefts[0].lower_ in DEFINITE_DETERMINERS

    def named_before(self, token: Token) -> list[Actor]:
        """ "Top diplomats from the Group of Seven urged ... the diplomats said", "China's commerce
        ministry ... The ministry added": a role with only "the" before it is the same role named
        with its country or body in the sentences just before (nearest first; a paragraph of quotes
        may come between), not a guess from the article's countries."""
        role = self.words.role(token)
        lefts = list(token.lefts)
        if token.pos_ != "NOUN" or role is None or not lefts or lefts[0].lower_ != "the" \
                or any(c.dep_ == "prep" for c in children(token)):
            return []
        said = [t.lower_ for t in lefts[1:]]  # "the foreign ministers": only the role's own words
        if not set(said) <= set(role.term.split()):
            return []
        doc = self.doc
        start = g.sentences_back(token, ROLE_LOOKBACK_SENTENCES)  # this sentence and the few before it
        lemma = token.lemma_.lower()
        for earlier in reversed(doc[start:token.i]):
            if earlier.lemma_.lower() != lemma or earlier.pos_ not in NOUN_POS \
                    or (earlier.tag_ in PLURAL_NOUN_TAGS) != (token.tag_ in PLURAL_NOUN_TAGS) \
                    or not set(said) <= {t.lower_ for t in earlier.lefts} \
                    or [t.lower_ for t in earlier.lefts] in (["the", *said], said):
                # "the ministers" are not one minister; "the prime minister" is not "China's foreign minister"
                continue
            found = [a for a in self._resolve(earlier) if a.code and (a.country or is_organisation_code(a.code))]
            if found:
                return self._taken_back(token, found)
        return []

    def members_named_before(self, token: Token) -> list[Actor]:
        """ "The G7 joint statement said ... [The foreign ministers] also reaffirmed their concerns":
        office holders in the plural with nothing to say whose (a country has one foreign minister)
        are the members of the international body named in the sentences just before, not the
        article's most named country."""
        role = self.words.role(token)
        lefts = list(token.lefts)
        if role is None or role.kind != "title" or token.tag_ not in PLURAL_NOUN_TAGS or not lefts \
                or lefts[0].lower_ != "the" or any(c.dep_ == "prep" for c in children(token)):
            return []
        if not {t.lower_ for t in lefts[1:]} <= set(role.term.split()):
            return []  # "the Chinese ministers", "the two leaders": the phrase says whose, or the pair
        start = g.sentences_back(token, ROLE_LOOKBACK_SENTENCES)
        for earlier in reversed(self.doc[start:lefts[0].i]):
            if earlier.pos_ not in NOUN_POS:
                continue
            found = self._international_bodies(earlier)
            if found:
                return [Actor(text=self.words.span_text(token), code=found[0].code, country=None,
                              sector=found[0].sector, name=found[0].name)]
        return []

    def _international_bodies(self, word: Token) -> list[Actor]:
        """The intergovernmental bodies (IGO codes, no country) a word names."""
        return [a for a in self._resolve(word) if a.country is None and a.code and a.code.startswith(IGO_PREFIX)]

    def body_named_before(self, token: Token) -> list[Actor]:
        """ "China's Ministry of Commerce also criticized the warning. [A ministry spokesperson] said
        ...": a role whose only words are an article and a body's head word ("ministry", "embassy")
        speaks for the body of that kind named in the sentences just before, not for the article's
        most named country."""
        lefts = list(token.lefts)
        bodies = [t for t in lefts if t.dep_ == "compound" and t.pos_ == "NOUN" and not any(True for _ in children(t))]
        if token.lemma_.lower() not in SPEAKING_ROLES or len(bodies) != 1 \
                or any(t.dep_ != "det" for t in lefts if t is not bodies[0]):
            return []  # "a U.S. State Department press officer" says whose; "government troops" are no speaker
        lemma = bodies[0].lemma_.lower()
        if self.gaz.organisation_head(lemma) is None:
            return []
        start = g.sentences_back(token, ROLE_LOOKBACK_SENTENCES)
        for earlier in reversed(self.doc[start:bodies[0].i]):
            if earlier.lemma_.lower() != lemma or earlier.pos_ not in NOUN_POS:
                continue
            found = [a for a in self._resolve(earlier) if a.code and a.country]
            if found:
                return self._taken_back(token, found[:1])
        return []

    def _taken_back(self, token: Token, found: list[Actor]) -> list[Actor]:
        """The actors named before, as the words at ``token`` that take them back."""
        return [Actor(text=self.words.span_text(token), code=a.code, country=a.country, sector=a.sector) for a in found]

    def armed_group_before(self, token: Token) -> list[Actor]:
        """ "The Taliban attacked a checkpoint ... [The insurgent group] later said", "Al-Shabab
        ... [the militants]", "Hamas ... [the group]": a definite armed role in the plural, or a
        group noun with nothing but armed words before it, is the armed group the story named
        last (within a few sentences), not fighters of whatever country is in focus. Bare "the
        group" gives up at any other named organisation between ("the rights group")."""
        lefts = list(token.lefts)
        if token.pos_ != "NOUN" or not lefts or lefts[0].dep_ != "det" or lefts[0].lower_ not in DEFINITE_DETERMINERS \
                or any(c.dep_ == "prep" and c.lower_ not in LOCATIVE_PREPS for c in children(token)):
            return []
        said = lefts[1:]
        role = self.words.role(token)
        plural = token.tag_ in PLURAL_NOUN_TAGS
        group = token.lemma_.lower() in GROUP_NOUNS and not plural
        if not group and not (plural and role is not None and role.sector in ARMED_GROUP_SECTORS):
            return []
        if not all(self._armed_word(t) for t in said):
            return []  # "the Somali militants", "the two rebels", "the rights group": the phrase says more
        start = g.sentences_back(token, ROLE_LOOKBACK_SENTENCES)
        roots = [e.root for e in self.doc.ents if start <= e.start and e.end <= lefts[0].i]
        heads = {r.i for r in roots} | {r.head.i for r in roots if r.dep_ == "compound"}
        found: list[Actor] = []
        for earlier in reversed(self.doc[start:lefts[0].i]):
            if not found and _introduces(earlier, token) and earlier.i not in heads:
                # "a group of Israeli settlers attacked ... [The group]": the same noun introduced
                # before is what it takes back, an armed group only if that phrase names one
                armed = [a for a in self._resolve(earlier) if a.name and _a_group(a) and _armed(a)]
                if not armed:
                    return []
                found = armed[:1]
                break
            if earlier.i not in heads and (earlier.pos_ != "PROPN" or earlier.dep_ in ("compound", "flat")):
                continue  # a name is read once, at its head ("the Islamic State [group]")
            named = [a for a in self._resolve(earlier) if a.code and a.name and _a_group(a)]
            armed = [a for a in named if _armed(a)]
            if named and not armed and not found:
                return []  # "accused the Taliban ... the insurgent group": the group named last is not armed
            if armed and not found:
                found = armed[:1]
                if said or not group:
                    break
            elif named and not armed and not said and group:
                return []  # "Amnesty International condemned ... Boko Haram. The group said": whose is unsure
        text = self.words.span_text(token)
        return [Actor(text=text, code=a.code, country=a.country, sector=a.sector, name=a.name) for a in found]

    def _armed_word(self, word: Token) -> bool:
        """ "militant", "insurgent", "Islamist": a modifier that says only that the group is armed."""
        if word.lower_ in ARMED_GROUP_WORDS:
            return True
        role = self.gaz.role(word.lower_)
        return role is not None and role.sector in ARMED_GROUP_SECTORS

    def the_country(self, token: Token) -> list[Actor]:
        """ "Beijing summoned the envoy. The country accused Manila ...": the state named last as a
        subject (as "it" would be), its government."""
        for candidate in coref.antecedents(token):
            for actor in self._resolve(candidate):
                if actor.country and (actor.sector in (None, "GOV")) and not (actor.name and actor.sector is None):
                    return [make_actor(self.words.span_text(token), actor.country, "GOV")]
        return []

    def the_group(self, token: Token) -> list[Actor]:
        """ "The European Union imposed duties ... The bloc said", "the 27-nation bloc", "the
        alliance": the international body named last before, when the phrase names no country or
        body of its own ("the Western alliance" is no IGO named before)."""
        lefts = list(token.lefts)
        if not lefts or lefts[0].lower_ not in DEFINITE_DETERMINERS or any(c.dep_ == "prep" for c in children(token)):
            return []
        if any(self.words.place(t) is not None or t.ent_type_ for t in lefts[1:] if t.ent_type_ != "CARDINAL"):
            return []  # "the Western alliance", "the African Union": not a body named before
        names = [t.lower_ for t in lefts[1:] if t.pos_ == "PROPN"]  # "the [BRICS] bloc", "the [Atlantic] alliance"
        lender = token.lemma_.lower() in LENDER_ANAPHORS
        for earlier in reversed(self.doc[: lefts[0].i]):
            if earlier.pos_ not in NOUN_POS or (earlier.dep_ in ("compound", "flat") and earlier.ent_type_):
                continue
            found = [a for a in self._international_bodies(earlier) if not lender or a.sector in LENDING_FUNCTIONS]
            if found and names and not set(names) <= set(f"{found[0].name} {found[0].text}".lower().split()):
                return []  # a bloc with a name of its own is not the body named before ("the EU ... the BRICS bloc")
            if found:
                text = self.words.span_text(token)
                return [Actor(text=text, code=a.code, country=None, sector=a.sector, name=a.name) for a in found[:1]]
        return []

    def the_body(self, token: Token, lemma: str) -> list[Actor]:
        """ "The International Court of Justice ... The court's president": the organisation named
        last whose name has the head word, when the story named one; its full name counts for an
        acronym ("the ICJ ... the court", "the IMF ... the fund", "the IAEA ... the agency")."""
        for ent in reversed([e for e in self.doc.ents if e.end <= token.i]):
            if ent.label_ in BODY_LABELS and lemma in _name_words(ent.text, self.gaz):
                found = [a for a in self._resolve(ent.root) if a.code]
                if found:
                    return [Actor(text=self.words.span_text(token), code=a.code, country=a.country,
                                  sector=a.sector, name=a.name) for a in found[:1]]
        return []

    def body_modifier(self, token: Token) -> list[Actor]:
        """ "The Security Council met ... Beijing was not supportive of Wednesday's [council]
        meeting": a definite phrase whose modifier is a body's head word is of the body named
        last with that word (not a body of whatever country the sentence is in)."""
        lefts = list(token.lefts)
        definite = any(t.dep_ == "det" and t.lower_ in DEFINITE_DETERMINERS for t in lefts) or any(
            t.dep_ == "poss" and t.ent_type_ in TIME_LABELS for t in lefts)
        if not definite:
            return []
        said = [t for t in lefts if not (t.dep_ == "det" or (t.dep_ == "poss" and t.ent_type_ in TIME_LABELS))]
        if len(said) != 1 or any(True for _ in children(said[0])):
            return []  # "the Taliban foreign ministry spokesperson": a body with words of its own
        word = said[0]
        lemma = word.lemma_.lower()
        if word.dep_ == "compound" and word.pos_ == "NOUN" and self.gaz.organisation_head(lemma) is not None:
            return self.the_body(token, lemma)
        return []

    def other_side(self, token: Token) -> list[Actor]:
        """ "The Chinese side urged the other side to ...": the country of the pair in focus that is
        not the one speaking (the subjects before it in its sentence)."""
        pair = self.context.pair(token)
        if len(pair) < 2:
            return []
        speaking = {a.country for t in token.sent if t.i < token.i and t.dep_ in NOMINAL_SUBJECT_DEPS
                    for a in self._resolve(t) if a.country}
        others = [c for c in pair if c not in speaking]
        if len(others) != 1:
            return []
        return [make_actor(self.words.span_text(token), others[0], "GOV")]

    def _leaders_met(self, token: Token, role: Role) -> list[Actor]:
        """ "Merz met Macron in Paris. The leaders agreed ...": "the leaders", "the ministers" with
        nothing else to say whose are the last two office holders of two countries named before."""
        lefts = list(token.lefts)
        if len(lefts) != 1 or lefts[0].lower_ != "the" or any(c.dep_ == "prep" for c in children(token)):
            return []
        pair = self.people.last_two_holders(token, role.sector)
        if len(pair) != 2:
            return []
        text = self.words.span_text(token)
        return [make_actor(text, country, role.sector) for country in pair]

    def _two_people(self, token: Token) -> list[Actor]:
        """ "The Iranian foreign minister met his Saudi counterpart. [The two] discussed security":
        the last two people of two countries named before, each as what they are; else the pair of
        countries in focus."""
        found: dict[str, Actor] = {}
        for index, person in reversed(self.people.mentions()):
            if index < token.i and person.country and person.country not in found:
                found[person.country] = make_actor(self.words.span_text(token), person.country, person.sector)
                if len(found) == 2:
                    return list(found.values())[::-1]
        pair = self.context.pair(token)  # officials met unnamed: the two countries in focus
        return [make_actor(self.words.span_text(token), country, None) for country in pair] if len(pair) == 2 else []

    def _says_whose(self, word: Token) -> bool:
        """A modifier naming an organisation or a country ("Hamas", "Russian"), not a region ("Asian")."""
        place = self.words.place(word)
        return (place is not None and place.country is not None) or self.gaz.organisation(word.text) is not None

    def pair(self, token: Token) -> list[Actor]:
        """ "The two countries", "both sides", "both governments", "each side": the pair in focus."""
        if token.lower_ in PAIR_QUANTIFIERS and token.pos_ in BARE_PAIR_POS and token.dep_ in NOMINAL_SUBJECT_DEPS \
                and not any(c.dep_ == "prep" for c in children(token)):
            return self._two_people(token)  # "The two discussed regional security": the two just met
        role = self.gaz.role(token.lower_)
        titled = role is not None and role.kind == "title"  # "the two presidents", "both foreign ministers"
        each = not token.tag_.endswith("S") and any(t.lower_ in PAIR_DISTRIBUTIVES for t in token.lefts)
        related = token.tag_.endswith("S") and token.lemma_.lower() in PAIR_RELATION_NOUNS \
            and [t.lower_ for t in token.lefts] == ["the"]  # "the neighbours", "the allies": the pair in focus
        if (token.lemma_.lower() not in PAIR_NOUNS and not titled and not related) \
                or not (token.tag_.endswith("S") or each):
            return []
        if not each and not related and not any(t.lower_ in PAIR_QUANTIFIERS for t in token.lefts):
            return self._leaders_met(token, role) if titled and role is not None else []
        if any(self._says_whose(t) for t in token.lefts if t.dep_ in NOUN_MODIFIER_DEPS):
            return []  # "two Hamas commanders", "two Russian generals": the phrase says whose they are
        sector = role.sector if role is not None else None
        if sector is None and token.lemma_.lower() in SIDE_NOUNS:
            sector = "GOV"  # "the two sides": the two governments at the table
        pair = self.people.last_two_holders(token, sector) if role is not None else []
        if len(pair) != 2:
            pair = _paired_before(token, self._resolve) if related else self.context.pair(token)
        if len(pair) < 2:
            return []
        text = self.words.span_text(token)
        return [make_actor(text, country, sector) for country in pair]


def _name_words(text: str, gaz: Gazetteer) -> list[str]:
    """The words of a name as written, and of the full name its acronym stands for."""
    organisation = gaz.organisation(text)
    full = organisation.name if organisation is not None and organisation.code.startswith(IGO_PREFIX) else ""
    return f"{text} {full}".lower().split()


def _paired_before(token: Token, resolve: Callable[[Token], list[Actor]]) -> list[str]:
    """ "Armenia and Azerbaijan met in Washington. [The neighbours] signed ...": the two countries
    the sentence before coordinates as its subject, else none (no guess among the story's)."""
    start = g.sentences_back(token, 1)
    if start >= token.sent.start:
        return []
    for subject in (t for t in token.doc[start: token.sent.start] if t.dep_ in NOMINAL_SUBJECT_DEPS):
        members = g.expand_conjuncts(subject)
        members += [c for m in members for t in m.lefts if t.dep_ in NOUN_MODIFIER_DEPS
                    if len(pair := g.expand_conjuncts(t)) > 1 for c in pair]
        countries = list(dict.fromkeys(a.country for m in members for a in resolve(m) if a.country))
        if len(countries) == 2:
            return countries
    return []


def _a_group(actor: Actor) -> bool:
    """A named organisation or group (its code names it: AFGGOVTAL, NGOAMN, IMGISS), not a person."""
    code = actor.code or ""
    return len(code) > 6 or is_organisation_code(code)


def _armed(actor: Actor) -> bool:
    """An armed group by its sector, or by its code's sector ("PAKSEPBLA")."""
    return actor.sector in ARMED_GROUP_SECTORS or (actor.code or "")[:3] in ARMED_GROUP_SECTORS


def _introduces(earlier: Token, definite: Token) -> bool:
    """ "[A group] of settlers attacked ...": an indefinite mention of the definite's own noun, in
    the same number, as a party (not "designated the BLA as [a terrorist group]")."""
    return earlier.pos_ == "NOUN" and earlier.lemma_.lower() == definite.lemma_.lower() \
        and (earlier.tag_ in PLURAL_NOUN_TAGS) == (definite.tag_ in PLURAL_NOUN_TAGS) \
        and earlier.dep_ in NOMINAL_SUBJECT_DEPS | {"dobj"} \
        and any(c.dep_ == "det" and c.lower_ in INDEFINITE_DETERMINERS for c in children(earlier))
