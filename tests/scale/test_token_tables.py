"""The per-document table the rules read instead of asking spaCy again (the same answers), and
the collector paused while dictionaries load."""

from __future__ import annotations

import copy
import gc
import pickle

from detente.heap import loading
from detente.nlp.tree import children

TEXT = ('"We will never accept this," said Kallas, the EU\'s foreign policy chief. "Russia must withdraw." '
        "Canada and China held talks on tariffs, and Beijing pulled out of the deal \u201cfor now\u201d.")


def test_children_are_spacys_in_order_and_listed_once(nlp) -> None:
    doc = nlp(TEXT)
    for token in doc:
        assert list(children(token)) == list(token.children)
        assert children(token) is children(token)  # listed once


def test_a_copied_or_pickled_doc_lists_its_own_children(nlp) -> None:
    doc = nlp(TEXT)
    for token in doc:
        children(token)
    for other in (pickle.loads(pickle.dumps(doc)), doc.copy(), copy.deepcopy(doc)):
        for token in other:
            found = children(token)
            assert [t.i for t in found] == [t.i for t in token.children]
            assert all(t.doc is other for t in found)


def test_loading_restores_the_collector_thresholds() -> None:
    thresholds = gc.get_threshold()
    with loading():
        assert gc.get_threshold()[0] in (0, thresholds[0])  # paused, unless the process is settled already
    assert gc.get_threshold() == thresholds
    with loading():  # settled: nothing to do
        assert gc.get_threshold() == thresholds
