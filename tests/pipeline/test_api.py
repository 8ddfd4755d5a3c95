"""The public API: detente.code, detente.Store, detente.read_documents, and the component pipeline."""

from __future__ import annotations

from datetime import date

import pytest

import detente
from detente.components import REGISTRY, DocState, build
from detente.errors import ConfigError
from detente.pipeline import CodingOptions, default_config


def test_every_public_name_is_importable():
    for name in detente.__all__:
        assert getattr(detente, name) is not None, name


def test_code_texts_yields_one_coded_document_per_input_in_order(pipeline):
    texts = ["China imposed tariffs on Canadian canola on Thursday.", "", "Canada and China held talks."]
    coded = list(detente.code(texts, published=date(2026, 1, 16), pipeline=pipeline))
    assert len(coded) == 3
    first, empty, third = coded
    assert first.ok and [(e.cameo, e.source.code, e.target.code, e.date) for e in first.events] == [
        ("163", "CHN", "CAN", date(2026, 1, 15))]
    assert [m.instrument for m in first.measures] == ["import_tariff"]
    assert not empty.ok and str(empty.error) == "<text 2>: [E001] Empty input: there is no text to code."
    assert third.ok and {e.root for e in third.events} == {"04"}


def test_code_json_records_as_a_jsonl_line_would_be(pipeline):
    records = [{"id": "r1", "text": "Japan expelled two Russian diplomats on Monday.", "published": "2026-03-04",
                "url": "https://example.org/r1"},
               {"id": "r2", "title": "no text"}]
    first, second = detente.code(records, pipeline=pipeline)
    assert first.ok and first.document.doc_id == "r1" and first.document.url == "https://example.org/r1"
    assert [(e.root, e.source.country, e.target.country, e.date) for e in first.events] == [
        ("16", "JPN", "RUS", date(2026, 3, 2))]
    assert not second.ok and str(second.error).startswith("<record 2>: [E004]")


def test_code_refuses_what_is_neither_text_nor_record(pipeline):
    with pytest.raises(TypeError, match=r"not int \(input 2\)"):
        list(detente.code(["Canada and China held talks.", 42], pipeline=pipeline))  # type: ignore[list-item]


def test_code_a_single_string_into_a_store(pipeline, db_path):
    with detente.Store(db_path) as store:
        coded = list(detente.code("Japan expelled two Russian diplomats on Monday.", store=store,
                                  published=date(2026, 3, 4), pipeline=pipeline))
        assert coded[0].stored and coded[0].events
        assert store.count("documents") == 1
        assert store.count("mentions") == len(coded[0].events)


def test_read_documents_reports_bad_records_and_keeps_the_rest(tmp_path, pipeline):
    (tmp_path / "good.txt").write_text("Germany and France signed a defence agreement on Friday.")
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02binary")
    coded = list(detente.code(detente.read_documents([str(tmp_path)]), pipeline=pipeline))
    errors = [c for c in coded if not c.ok]
    assert len(coded) == 2 and len(errors) == 1 and "[E002]" in str(errors[0].error)


def test_the_default_pipeline_is_the_configured_one():
    config = default_config()
    assert CodingOptions().components == tuple(config["components"].split())
    assert set(CodingOptions().components) <= set(REGISTRY)


def test_unknown_component_is_a_config_error():
    with pytest.raises(ConfigError, match="Unknown pipeline component 'spell'"):
        build(["parse", "spell"], CodingOptions())


def test_a_component_before_what_it_reads_is_a_config_error():
    with pytest.raises(ConfigError, match="'events' reads actors"):
        build(["parse", "events", "actors"], CodingOptions())


def test_components_declare_what_they_read_and_write(pipeline):
    names = [c.name for c in pipeline.components]
    assert names == list(CodingOptions().components)
    for component in pipeline.components:
        assert component.reads and component.writes
        assert set(component.reads) | set(component.writes) <= set(DocState.__slots__)
