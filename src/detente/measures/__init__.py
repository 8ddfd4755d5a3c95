"""Trade measures (tariffs, duties, bans, sanctions) as structured records.

mentions (with cues and status) -> arguments (parties, goods, timing) -> linking, run by
``MeasureExtractor``. Exporting measures is ``detente.export.measures``; reconciling them
with coded events is ``detente.reconcile``.
"""

from __future__ import annotations

from detente.measures.extractor import MeasureExtractor
from detente.measures.lexicon import MeasureLexicon

__all__ = ["MeasureExtractor", "MeasureLexicon"]
