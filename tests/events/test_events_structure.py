"""The events stage's shape: the coder holds its collaborators, frame nouns name real frames."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from detente.errors import ConfigError
from detente.events import modality as modality_module
from detente.events.arguments import ArgumentReader
from detente.events.coder import EventCoder
from detente.events.matching import PatternMatcher
from detente.events.modality import Modality, ModalityReader
from detente.events.schema import Frame

CODER = Path(modality_module.__file__).with_name("coder.py")


def test_the_coder_holds_its_collaborators_instead_of_inheriting_them():
    assert EventCoder.__bases__ == (object,)
    coder = EventCoder()
    assert isinstance(coder.matcher, PatternMatcher)
    assert isinstance(coder.modality_reader, ModalityReader)
    assert isinstance(coder.arguments, ArgumentReader)


def test_the_flow_of_a_sentence_reads_in_one_file_of_at_most_250_lines():
    assert len(CODER.read_text(encoding="utf-8").splitlines()) <= 250
    tree = ast.parse(CODER.read_text(encoding="utf-8"))
    methods = [n.name for c in tree.body if isinstance(c, ast.ClassDef) for n in c.body
               if isinstance(n, ast.FunctionDef)]
    assert methods == ["__init__", "code_doc", "code_sentence", "_event"]


def test_modality_stays_importable_from_patterns():
    from detente.events.patterns import Modality as Reexported

    assert Reexported is Modality


def test_frame_nouns_are_frames():
    loaded = Modality.load()
    assert loaded.frame_nouns["threat"] is Frame.THREAT
    assert set(loaded.frame_nouns.values()) <= set(Frame)


def test_an_unknown_frame_noun_is_a_config_error():
    with pytest.raises(ConfigError, match=r"\[E016\].*modality.yaml.*unknown frames \['hope'\]"):
        modality_module._frames({"plan": "intent", "wish": "hope"})
