"""The CAMEO event ontology with Goldstein weights, QuadClass and PLOVER types."""

from detente.ontology.cameo import CameoCode, Ontology

__all__ = ["CameoCode", "Ontology"]
