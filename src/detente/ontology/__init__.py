"""The CAMEO event ontology with Goldstein weights, QuadClass and PLOVER types."""

from detente.ontology.cameo import QUAD_CLASS_NAMES, CameoCode, Ontology, recode
from detente.ontology.plover import plover_name, plover_types

__all__ = ["QUAD_CLASS_NAMES", "CameoCode", "Ontology", "plover_name", "plover_types", "recode"]
