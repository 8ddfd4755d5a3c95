"""Datelines: the place a story was filed from, kept on the document though text hygiene drops it."""

from __future__ import annotations

from detente.geo.dateline import dateline_place
from detente.ingest import IngestOptions
from detente.ingest.documents import make_document


def test_datelines_are_read():
    assert dateline_place("Carney visits China\n\nBEIJING — Prime Minister Mark Carney arrived.") == "BEIJING"
    assert dateline_place("WASHINGTON (Reuters) - The United States said.") == "WASHINGTON"
    assert dateline_place("PARIS, Texas (AP) — A tornado struck.") == "PARIS, Texas"
    assert dateline_place("China imposed tariffs on Canadian canola on Thursday.") is None


def test_the_document_keeps_its_dateline_and_its_identity():
    options = IngestOptions(check_language=False)
    with_dateline = make_document("KYIV, Ukraine — Russia launched drones at the capital overnight.", "a", options)
    without = make_document("Russia launched drones at the capital overnight.", "b", options)
    assert with_dateline.dateline == "KYIV, Ukraine"
    assert "KYIV" not in with_dateline.text  # text hygiene still drops it
    assert with_dateline.content_hash == without.content_hash and without.dateline is None
