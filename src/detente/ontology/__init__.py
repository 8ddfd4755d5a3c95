"""The CAMEO event ontology with Goldstein weights, QuadClass and PLOVER types."""

from detente.ontology.cameo import QUAD_CLASS_NAMES, CameoCode, Ontology

__all__ = ["QUAD_CLASS_NAMES", "CameoCode", "Ontology"]
