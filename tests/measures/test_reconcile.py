"""detente.reconcile: measures and events tell one story (codes written back, implied events added)."""

from __future__ import annotations

from detente.model import Actor, Event, Measure
from detente.reconcile import implied_event, implied_event_agreement, reconcile_with_events


def _measure(**changes: object) -> Measure:
    fields: dict[str, object] = dict(doc_id="d", sentence_index=0, sentence="China imposed tariffs on Canada.",
                                     instrument="import_tariff", action="impose", trigger="imposed", rule="impose/r",
                                     cameo="163", imposer="CHN", affected="CAN", trigger_start=6, trigger_end=13,
                                     evidence_start=6, evidence_end=31, measure_id="m1", affected_said=True)
    fields.update(changes)
    return Measure(**fields)  # type: ignore[arg-type]


def _event(**changes: object) -> Event:
    fields: dict[str, object] = dict(doc_id="d", sentence_index=0, sentence="s", cameo="163", trigger="imposed",
                                     rule="x", root="16", trigger_start=6)
    fields.update(changes)
    return Event(**fields)  # type: ignore[arg-type]


def test_implied_event_agreement_pairs_measures_with_events() -> None:
    measure = Measure(doc_id="d", sentence_index=0, sentence="s", instrument="import_tariff", action="impose",
                      trigger="imposed", rule="r", cameo="163")
    same = Event(doc_id="d", sentence_index=0, sentence="s", cameo="163", trigger="imposed", rule="x")
    other = Event(doc_id="d", sentence_index=1, sentence="t", cameo="163", trigger="imposed", rule="x")
    assert implied_event_agreement([measure], [other, same]) == [(measure, same)]
    assert implied_event_agreement([measure], [other]) == [(measure, None)]


def test_the_coders_event_on_the_trigger_wins_and_nothing_is_added() -> None:
    measure = _measure()
    assert reconcile_with_events([measure], [_event(cameo="1312", root="13")]) == []
    assert measure.cameo == "1312"


def test_an_event_inside_the_evidence_is_the_same_act() -> None:
    measure = _measure()
    assert reconcile_with_events([measure], [_event(cameo="0831", root="08", trigger_start=20)]) == []
    assert measure.cameo == "0831"


def test_an_event_of_another_kind_is_not_the_measures_partner() -> None:
    measure = _measure()
    added = reconcile_with_events([measure], [_event(cameo="042", root="04")])
    assert measure.cameo == "163" and [e.rule for e in added] == ["measure:impose/r"]


def test_a_measure_acted_on_without_an_event_implies_one() -> None:
    (event,) = reconcile_with_events([_measure()], [])
    assert (event.cameo, event.root, event.trigger) == ("163", "16", "imposed")
    assert (event.source.code, event.target.code) == ("CHN", "CAN")  # type: ignore[union-attr]
    assert (event.trigger_start, event.trigger_end) == (6, 13)
    assert event.event_id and event.event_id == implied_event(_measure()).event_id


def test_threatened_or_announced_measures_imply_no_event() -> None:
    assert reconcile_with_events([_measure(action="threaten", cameo="138")], []) == []
    assert reconcile_with_events([_measure(action="announce")], []) == []
    assert reconcile_with_events([_measure(cameo=None)], []) == []


def test_the_european_union_as_a_jurisdiction_is_coded_as_the_igo() -> None:
    event = implied_event(_measure(imposer="EU", affected=None))
    assert event.source is not None and event.source.code == "IGOEEC"
    assert event.target is None


def test_a_target_taken_from_the_story_gives_way_to_the_measures_affected_party() -> None:
    story_target = Actor(text="Washington", code="USAGOV", country="USA", sector="GOV")
    event = _event(rule="reduce.impose+implied:target_previous+intent", target=story_target,
                   source=Actor(text="Beijing", code="CHNGOV", country="CHN", sector="GOV"))
    assert reconcile_with_events([_measure()], [event]) == []
    assert event.target is not None and event.target.code == "CAN"
    assert event.rule == "reduce.impose+intent+measure:affected"


def test_a_target_the_sentence_names_is_kept() -> None:
    named = Actor(text="Ottawa", code="CANGOV", country="CAN", sector="GOV")
    event = _event(rule="reduce.impose", target=named)
    reconcile_with_events([_measure(affected="MEX")], [event])
    assert event.target is named and event.rule == "reduce.impose"


def test_no_target_is_filled_with_the_source_itself() -> None:
    event = _event(rule="reduce.impose", source=Actor(text="China", code="CHN", country="CHN"))
    reconcile_with_events([_measure(affected="CHN")], [event])
    assert event.target is None


def test_a_story_target_of_the_affected_country_keeps_its_words() -> None:
    canada = Actor(text="Canada", code="CAN", country="CAN")
    event = _event(rule="reduce.impose+implied:target_previous", target=canada)
    reconcile_with_events([_measure()], [event])
    assert event.target is canada and event.rule == "reduce.impose+implied:target_previous"


def test_an_affected_party_guessed_from_other_sentences_does_not_replace_the_coders_target() -> None:
    story_target = Actor(text="Washington", code="USAGOV", country="USA", sector="GOV")
    event = _event(rule="reduce.impose+implied:target_previous", target=story_target)
    reconcile_with_events([_measure(affected="MEX", affected_said=False)], [event])
    assert event.target is story_target


def test_whom_the_measure_hits_in_its_own_sentence_is_the_events_target(code) -> None:
    text = ("Canadian farmers are worried. Washington criticized China's trade policy on Monday. Canadian canola "
            "exports to China fell sharply last year after Beijing imposed a 100 per cent duty on canola oil.")
    found = [(e["source"]["country"] if e["source"] else None, e["cameo"], e["target"]["country"] if e["target"]
              else None, e["rule"]) for e in code(text) if e["cameo"] == "163"]
    assert [f[:3] for f in found] == [("CHN", "163", "CAN")], found
    assert found[0][3].endswith(("+measure:affected", "+implied:target_sentence"))  # said in its own sentence


def test_the_imposers_statement_on_the_announcing_word_is_the_measures_act() -> None:
    said = _event(cameo="010", root="01", rule="statement.say+implied:target_previous",
                  source=Actor(text="Beijing", code="CHNGOV", country="CHN", sector="GOV"),
                  target=Actor(text="Washington", code="USAGOV", country="USA", sector="GOV"))
    assert reconcile_with_events([_measure(action="announce")], [said]) == []
    assert (said.cameo, said.root, said.plover) == ("163", "16", "COERCE")
    assert said.target is not None and said.target.code == "CAN"  # whom the measure hits, not the story's party
    assert said.rule == "statement.say+measure:announced+measure:affected"


def test_another_speakers_statement_or_an_unannounced_measure_stays_a_statement() -> None:
    other = _event(cameo="010", root="01", rule="statement.say", source=Actor(text="Ottawa", code="CANGOV", country="CAN"))
    assert reconcile_with_events([_measure(action="announce")], [other]) == [] and other.cameo == "010"
    moved = _event(cameo="010", root="01", rule="statement.say", trigger_start=0,
                   source=Actor(text="China", code="CHN", country="CHN"))
    reconcile_with_events([_measure(action="announce")], [moved])
    assert moved.cameo == "010"


def test_a_ban_on_goods_announced_is_coded_as_a_sanction_and_a_ban_at_home_is_not(code) -> None:
    found = [(e["sentence_index"], e["source"]["country"], e["target"]["country"] if e["target"] else None)
             for e in code("Brazil announced a ban on Argentine beef on Tuesday. The mayor announced a ban on "
                           "fireworks in the old town.") if e["cameo"] == "163"]
    assert found == [(0, "BRA", "ARG")], found
