from detente.ontology import Ontology


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
    assert onto["100"].plover == "DEMAND"
    assert onto["112"].plover == "DISAPPROVE"
    assert onto["190"].plover == "FIGHT"
    assert onto["173"].plover == "COERCE"


def test_nearest_falls_back_to_parent():
    onto = Ontology.load()
    assert onto.nearest("0459").code == "045"
