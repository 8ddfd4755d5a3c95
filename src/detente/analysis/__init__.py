"""Analyses over the store: summaries, dyad series, turning points."""

from detente.analysis.summary import Summary, summarise

__all__ = ["Summary", "summarise"]
