"""Text hygiene: paragraphs kept, page furniture dropped, unencodable and control characters removed."""

from detente.text.hygiene import clean_text, normalise_for_hash, scrub_text

__all__ = ["clean_text", "normalise_for_hash", "scrub_text"]
