"""spaCy, loaded once per process, with detente's own components."""

from detente.nlp.pipeline import DEFAULT_MODEL, load_nlp

__all__ = ["DEFAULT_MODEL", "load_nlp"]
