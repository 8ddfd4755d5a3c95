"""The API's record models are generated from the JSONL contract's own types and cannot drift from it."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

import pytest

from detente.model import Event, Measure
from detente.server.models import EventRecord, MeasureRecord, contract_model

TEXT = ("China imposed additional duties of 25 per cent on Canadian pork and seafood on Thursday, "
        "the commerce ministry said. Canada's trade minister criticised the decision.")


def test_records_round_trip_exactly_what_the_library_writes(pipeline):
    from detente.ingest.readers import IngestOptions, make_document

    document = make_document(TEXT, "<t>", IngestOptions(check_language=False), published=date(2026, 3, 20))
    coded = next(pipeline.run([document]))
    assert coded.events and coded.measures
    for event in coded.events:
        record = event.to_dict()
        assert EventRecord.model_validate(record).model_dump(mode="json") == record
        assert list(EventRecord.model_fields) == list(record)  # same keys, same order
    for measure in coded.measures:
        record = measure.to_dict()
        assert MeasureRecord.model_validate(record).model_dump(mode="json") == record
        assert list(MeasureRecord.model_fields) == list(record)


def test_a_new_field_of_the_record_type_appears_in_its_model():
    @dataclass(slots=True)
    class Located:
        """An event with a place (as a later stage might add)."""

        name: str
        places: list[str] = field(default_factory=list)
        when: date | None = None

        def to_dict(self) -> dict[str, object]:
            return {"kind": "located", "name": self.name, "places": self.places,
                    "when": self.when.isoformat() if self.when else None}

    model = contract_model(Located)
    assert list(model.model_fields) == ["kind", "name", "places", "when"]
    parsed = model.model_validate({"kind": "located", "name": "x", "places": ["Ottawa"], "when": "2026-01-02"})
    assert parsed.when == date(2026, 1, 2)


def test_a_key_the_generator_cannot_type_stops_it():
    @dataclass(slots=True)
    class Odd:
        name: str

        def to_dict(self) -> dict[str, object]:
            return {"name": self.name, "mystery": 1}

    with pytest.raises(TypeError, match="'mystery'"):
        contract_model(Odd)


def test_event_and_measure_types_are_the_library_s():
    assert EventRecord.__doc__ == (Event.__doc__ or "").strip()
    assert MeasureRecord.__doc__ == (Measure.__doc__ or "").strip()
