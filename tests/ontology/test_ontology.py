import pytest

from detente.ontology import Ontology, plover_name, plover_types


def test_all_311_codes_with_weights_and_quad_class():
    onto = Ontology.load()
    assert len(onto) == 311
    assert "106" in onto
    assert onto["0311"].goldstein == 5.2 or isinstance(onto["0311"].goldstein, float)
    assert onto["190"].quad_class == 4
    assert onto["057"].quad_class == 1
    assert onto["085"].quad_class == 2
    assert onto["111"].quad_class == 3


def test_goldstein_values_follow_gdelt():
    onto = Ontology.load()
    assert onto["010"].goldstein == 0.0
    assert onto["163"].goldstein == -8.0
    assert onto["057"].goldstein == 8.0


def test_plover_types():
    onto = Ontology.load()
    assert onto["010"].plover is None
    assert onto["042"].plover == "CONSULT"
    assert onto["163"].plover == "COERCE"
    assert onto["100"].plover == "REQUEST"
    assert onto["020"].plover == "REQUEST"
    assert onto["112"].plover == "ACCUSE"
    assert (onto["091"].plover, onto["091"].plover_mode) == ("ACCUSE", "investigate")
    assert onto["190"].plover == "ASSAULT"
    assert onto["173"].plover == "COERCE"


def test_nearest_falls_back_to_parent():
    onto = Ontology.load()
    assert onto.nearest("0459").code == "045"


def test_every_code_has_a_plover_1_0_type_or_none():
    """The CAMEO -> PLOVER column holds only the 16 PLOVER 1.0 types (statements have none)."""
    onto = Ontology.load()
    assert plover_types() == ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
                              "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE",
                              "ASSAULT")
    used = {c.plover for c in onto.codes.values()}
    assert used - {None} == set(plover_types())
    assert {c.code for c in onto.codes.values() if c.plover is None} == {c for c in onto.codes if c[:2] == "01"}


@pytest.mark.parametrize(("written", "current"), [
    ("DEMAND", "REQUEST"), ("disapprove", "ACCUSE"), ("INVESTIGATE", "ACCUSE"), ("Fight", "ASSAULT"),
    ("REQUEST", "REQUEST"), ("ASSAULT", "ASSAULT"), ("DOCUMENT", None), ("CRIME", None),
])
def test_older_plover_names_map_to_1_0(written: str, current: str | None):
    assert plover_name(written) == current
