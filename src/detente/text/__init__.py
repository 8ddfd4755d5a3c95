"""Text hygiene: paragraphs kept, page furniture dropped."""

from detente.text.hygiene import clean_text, normalise_for_hash

__all__ = ["clean_text", "normalise_for_hash"]
