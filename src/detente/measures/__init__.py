"""Trade measures (tariffs, duties, bans, sanctions) as structured records."""

from __future__ import annotations

from detente.measures.extractor import MeasureExtractor
from detente.measures.lexicon import MeasureLexicon

__all__ = ["MeasureExtractor", "MeasureLexicon"]
