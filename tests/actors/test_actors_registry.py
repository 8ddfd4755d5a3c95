"""The actor registry: time-aware roles, what learning remembers, and corrections winning."""

from __future__ import annotations

from datetime import date

from detente.actors.registry import (
    LEARNED_HORIZON,
    ActorRegistry,
    Office,
    Sighting,
    person_key,
    seed_registry,
    short_aliases,
)


def who(registry: ActorRegistry, name: str, day: date | None):
    found = registry.lookup(name, day)
    return None if found is None else (found.country, found.sector, found.role)


def test_seed_roles_follow_the_calendar():
    seed = seed_registry()
    assert who(seed, "Justin Trudeau", date(2024, 6, 1)) == ("CAN", "GOV", "prime minister")
    assert who(seed, "Trudeau", date(2026, 1, 5)) == ("CAN", "ELI", "former prime minister")
    assert who(seed, "Mark Carney", date(2026, 1, 5)) == ("CAN", "GOV", "prime minister")
    assert who(seed, "Carney", date(2020, 1, 5)) == ("CAN", None, None)  # not yet in office


def test_without_a_date_only_current_office_holders_count():
    assert who(seed_registry(), "Carney", None) == ("CAN", "GOV", "prime minister")


def test_organisation_officials_carry_the_organisation_code():
    found = seed_registry().lookup("Guterres", date(2026, 1, 5))
    # the sector is the UN's function (GOV), no longer a repeat of the code's IGO prefix
    assert (found.organisation, found.country, found.sector) == ("IGOUNO", None, "GOV")


def test_namesakes_of_one_country_resolve_to_the_latest_before_the_day():
    found = seed_registry().lookup("Bush", date(2000, 1, 1))
    assert (found.name, found.country, found.sector) == ("George H. W. Bush", "USA", "ELI")


def test_short_aliases_know_family_name_first_countries():
    assert short_aliases("Mark Carney", "CAN") == ["Carney"]
    assert short_aliases("Li Qiang", "CHN") == ["Qiang", "Li"]
    assert short_aliases("Carney", "CAN") == []


def test_person_key_ignores_case_accents_and_periods():
    assert person_key("António Guterres") == person_key("antonio guterres")
    assert person_key("George H.W. Bush") == person_key("George HW Bush")


def learned(name="Jonas Whitcombe", day=date(2025, 5, 1), **kw) -> Sighting:
    facts = {"country": "NOR", "sector": "GOV", "role": "prime minister"} | kw
    return Sighting(name, "d1", day, aliases=("Whitcombe",), **facts)


def test_learning_remembers_aliases_roles_and_dates():
    registry = seed_registry().copy()
    registry.learn(learned())
    registry.learn(learned(day=date(2025, 9, 1)))
    person = registry.find("Whitcombe")
    assert (person.first_seen, person.last_seen, person.documents) == (date(2025, 5, 1), date(2025, 9, 1), 2)
    assert person.offices == [Office("NOR", "GOV", "prime minister", date(2025, 5, 1), None, "learned",
                                     date(2025, 9, 1))]
    assert who(registry, "Whitcombe", date(2026, 1, 5)) == ("NOR", "GOV", "prime minister")
    assert "jonas whitcombe" not in seed_registry().people  # the shared seed is untouched


def test_learned_roles_go_stale_after_the_horizon():
    registry = ActorRegistry()
    registry.learn(learned())
    late = date(2025, 5, 1) + LEARNED_HORIZON + LEARNED_HORIZON
    assert who(registry, "Jonas Whitcombe", late) == ("NOR", None, None)


def test_a_bare_surname_or_an_undescribed_stranger_is_not_learned():
    registry = ActorRegistry()
    assert registry.learn(learned(name="Whitcombe")) is None
    assert registry.learn(Sighting("Pat Example", "d1", date(2025, 1, 1), described=False)) is None
    assert len(registry) == 0


def test_learning_after_a_curated_term_ended_does_not_revive_it():
    registry = seed_registry().copy()
    # An article of 2024 still called him prime minister; in 2026 he is a former one.
    registry.learn(Sighting("Justin Trudeau", "d1", date(2024, 3, 1), "CAN", "GOV", "prime minister"))
    assert who(registry, "Trudeau", date(2026, 1, 5)) == ("CAN", "ELI", "former prime minister")


def test_manual_roles_win_over_everything_else():
    registry = ActorRegistry()
    registry.learn(learned())
    person = registry.find("Jonas Whitcombe")
    person.offices.append(Office("DNK", "GOV", "ambassador", date(2025, 1, 1), None, "manual"))
    assert who(registry, "Whitcombe", date(2025, 6, 1)) == ("DNK", "GOV", "ambassador")


def test_a_manual_alias_settles_an_ambiguous_name():
    registry = ActorRegistry()
    registry.learn(learned())
    registry.learn(learned(name="Eva Whitcombe", country="SWE", role="foreign minister"))
    assert registry.lookup("Whitcombe", date(2025, 6, 1)) is None  # two people, two countries
    registry.add_alias(registry.find("Eva Whitcombe"), "Whitcombe", "manual")
    assert who(registry, "Whitcombe", date(2025, 6, 1)) == ("SWE", "GOV", "foreign minister")


def test_merge_folds_one_person_into_another():
    registry = ActorRegistry()
    registry.learn(learned(name="J. Whitcombe"))
    registry.learn(learned())
    registry.merge("J. Whitcombe", "Jonas Whitcombe")
    assert registry.find("J. Whitcombe").name == "Jonas Whitcombe"
    assert registry.find("Jonas Whitcombe").documents == 2
    assert len(registry) == 1
