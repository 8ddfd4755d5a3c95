"""The pattern schema: one documented field list, every bundled file valid, bad entries named."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from detente.data import data_path, load_yaml
from detente.errors import ConfigError
from detente.events.patterns import DEFAULT_PATTERN_FILES, PatternBook, read_pattern_file
from detente.events.schema import (
    PATTERN_FRAMES,
    Frame,
    Outcome,
    Pattern,
    WordClass,
    field_reference,
    parse_pattern,
    pattern_fields,
)


@pytest.mark.parametrize("relative", DEFAULT_PATTERN_FILES)
def test_every_bundled_pattern_file_is_valid(relative):
    patterns = read_pattern_file(data_path(relative))
    entries = load_yaml(data_path(relative).read_text(encoding="utf-8"))
    assert len(patterns) == len(entries) > 0
    assert all(isinstance(p, Pattern) and p.origin == str(data_path(relative)) for p in patterns)


def test_every_field_is_documented_once():
    keys = [f.metadata["key"] for f in pattern_fields()]
    assert len(keys) == len(set(keys))
    assert all(f.metadata["doc"].strip() for f in pattern_fields())
    reference = field_reference()
    assert all(f"{key}: " in reference for key in keys)


def test_the_yaml_header_points_to_the_schema():
    header = data_path("patterns/01_statement.yaml").read_text(encoding="utf-8").split("\n- ", 1)[0]
    assert "events/schema.py" in header
    assert "requires_modifier" not in header  # the field reference lives in the schema only


def test_values_become_members_and_defaults_follow_other_fields():
    verb = parse_pattern({"id": "t.kill", "code": "190", "lemma": "Kill", "outcome": True}, "t.yaml")
    assert verb.lemmas == ("kill",) and verb.pos is WordClass.VERB and verb.outcome is Outcome.TAKES_MEANS
    assert verb.source == ("subj", "agent") and verb.requires_actor
    noun = parse_pattern({"id": "t.offer", "code": "030", "lemma": ["offer"], "pos": "noun", "frame": "intent",
                          "fallback": True}, "t.yaml")
    assert noun.frame is Frame.INTENT and "governor" in noun.source and "between" in noun.target
    assert not noun.requires_actor  # a fallback wording needs no actor unless it says so


def test_speech_is_no_frame_a_pattern_can_declare():
    assert Frame.SPEECH not in PATTERN_FRAMES
    with pytest.raises(ConfigError, match="frame must be one of"):
        parse_pattern({"id": "t.say", "code": "010", "lemma": "say", "frame": "speech"}, "t.yaml")


@pytest.mark.parametrize(("field", "value", "message"), [
    ("frame", "maybe", "frame must be one of"),
    ("pos", "adverb", "pos must be one of"),
    ("outcome", "sometimes", "outcome must be true or 'only'"),
    ("symmetric", "yes", "symmetric must be true or false"),
    ("object", [1, 2], "object must be a word or a list of words"),
    ("target", ["obj", "behind"], "target has unknown slots"),
    ("intent", "9999", "unknown CAMEO code"),
    ("complement_object", ["deal"], "complement_object needs a complement"),
])
def test_a_bad_pattern_names_its_file_and_id(tmp_path: Path, field, value, message):
    bad = tmp_path / "mine.yaml"
    entry = {"id": "mine.meet", "code": "040", "lemma": "meet", field: value}
    bad.write_text(yaml.safe_dump([entry]), encoding="utf-8")
    with pytest.raises(ConfigError) as caught:
        PatternBook.load([bad])
    text = str(caught.value)
    assert text.startswith("[E016]") and str(bad) in text and "pattern mine.meet" in text and message in text
