"""Tone as GDELT scores it: -100 (all negative) to +100 (all positive), from the VADER lexicon.

GDELT's tone is the percentage of a text's words that are positive minus the percentage
that are negative. detente reads the words with VADER (``vaderSentiment``, the lexicon and
rules of Hutto and Gilbert 2014, MIT), which also weighs how strongly a word is meant and
reads negation ("not good"), boosters ("very") and contrast ("but"). VADER splits a text's
sentiment into the shares that are positive, negative and neutral (neutral words count one
each), so ``100 * (pos - neg)`` is GDELT's measure with VADER's weighting: a neutral news
sentence scores near 0 and typical sentences fall between -30 and +30; a document's tone is
the mean of its sentences' tones weighted by their words, as GDELT counts words over the
whole document.
"""

from __future__ import annotations

from collections.abc import Sequence

from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer

SCALE = 100.0  # GDELT's tone runs from -100 to +100
DIGITS = 2


class ToneScorer:
    """VADER's analyzer, loaded once: tone of a sentence and of a document."""

    def __init__(self) -> None:
        self.analyzer = SentimentIntensityAnalyzer()

    def tone(self, text: str) -> float:
        """The tone of one sentence, -100..+100 (0 for a text without words)."""
        scores: dict[str, float] = self.analyzer.polarity_scores(text)
        return round(SCALE * (scores["pos"] - scores["neg"]), DIGITS)

    def tones(self, sentences: Sequence[str]) -> list[float]:
        return [self.tone(s) for s in sentences]

    @staticmethod
    def document_tone(sentences: Sequence[str], tones: Sequence[float]) -> float | None:
        """The word-weighted mean of the sentences' tones; None for a document without words."""
        weights = [len(s.split()) for s in sentences]
        total = sum(weights)
        if not total:
            return None
        return round(sum(w * t for w, t in zip(weights, tones, strict=True)) / total, DIGITS)
