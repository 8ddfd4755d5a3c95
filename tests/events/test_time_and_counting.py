"""Time and counting (issue 12, item 9): a recalled past act keeps its own past date or none,
never the article's; "earlier this week" is that week; a trip someone will make is an
intention; one act reported twice in an article is one event."""

from __future__ import annotations

from datetime import date

PUB = date(2025, 11, 20)  # a Thursday


def events(code, text):
    return [((e["source"] or {}).get("code"), e["cameo"], (e["target"] or {}).get("code"),
             e["date"], e["date_precision"]) for e in code(text, published=PUB)]


def test_an_act_recalled_in_the_past_perfect_takes_no_article_date(code):
    found = events(code, "Authorities in Minsk had arrested the Lithuanian reporter.")
    assert found and all(e[3] is None for e in found if e[1] == "173"), found


def test_a_dated_recalled_act_keeps_its_year(code):
    found = events(code, "Police in Tehran arrested the French teacher in 2022.")
    assert [e[3:] for e in found if e[1] == "173"] == [("2022-01-01", "year")], found


def test_a_time_clause_shares_the_date_of_the_act_it_follows(code):
    text = "The quarrel recalled 2019, when Iran seized a British tanker days after Gibraltar detained an Iranian one."
    found = [e for e in events(code, text) if e[1].startswith("17")]
    assert found and all(e[3] == "2019-01-01" for e in found), found


def test_earlier_this_week_is_that_week(code):
    found = events(code, "The Danish foreign minister visited Oslo earlier this week.")
    assert [e[3:] for e in found if e[1] == "042"] == [("2025-11-17", "week")], found


def test_a_trip_someone_will_make_is_an_intention(code):
    found = events(code, "The Mexican president will meet Lula on Friday before he travels to Lima.")
    codes = [e[1] for e in found]
    assert "036" in codes and "042" not in codes, found


def test_a_trip_someone_made_before_is_a_visit(code):
    found = events(code, "The Mexican president met Lula on Monday before he traveled to Lima.")
    assert "042" in [e[1] for e in found], found


def test_one_detention_reported_twice_is_one_event(code):
    text = ("A Dutch engineer has been detained by Iranian intelligence officers in Tabriz, the Dutch foreign "
            "ministry said. Pieter Smit was detained on Monday during a work trip.")
    found = [e for e in events(code, text) if e[1] == "173"]
    assert len({e for e in found}) == 1 and found[0][3:] == ("2025-11-17", "day"), found


def test_two_detentions_stay_two(code):
    text = ("Iran detained a Dutch engineer in 2019. Iranian police detained a French tourist on Monday.")
    found = [e for e in events(code, text) if e[1] == "173"]
    assert len({e[3] for e in found}) == 2, found


def test_a_measure_with_no_date_of_its_own_is_undated(code):
    found = events(code, "The easing of Chinese duties on Canadian peas had helped farmers.")
    assert found and all(e[3] is None for e in found), found
