"""A small coded corpus for the GDELT and PLOVER exports: reports of one meeting in two articles
(the earlier one without a URL), a seizure at sea, a domestic arrest with a city."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pytest

from detente.export import export_events
from detente.ingest import IngestOptions
from detente.ingest.documents import make_document
from detente.store import Store

SHARED_GDELT = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "gdelt"

ARTICLES = [
    ("first-report", None, date(2026, 3, 12), "Harbour Daily",
     "BEIJING — Chinese and Canadian trade officials met in Beijing on Tuesday to discuss canola.\n\n"
     "China imposed new duties on Canadian canola on Wednesday, the commerce ministry said."),
    ("second-report", "https://prairie.example/canola-talks", date(2026, 3, 13), None,
     "Chinese and Canadian trade officials met in Beijing on Tuesday, officials in Ottawa said.\n\n"
     "Canadian farmers welcomed the talks."),
    ("at-sea", "https://wire.example/tanker", date(2026, 3, 14), None,
     "Iranian forces seized a British tanker in the Strait of Hormuz on Thursday.\n\n"
     "Britain condemned the seizure of the tanker."),
    ("domestic", "https://wire.example/kirkuk", date(2026, 3, 15), None,
     "KIRKUK, Iraq — Iraqi police arrested a Turkish journalist in Kirkuk on Saturday, the interior ministry said."),
]


@pytest.fixture(scope="session")
def coded_store(pipeline, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The articles coded (places and tone included) into a database, once per session."""
    path = tmp_path_factory.mktemp("exports") / "exports.duckdb"
    options = IngestOptions(check_language=False)
    documents = [make_document(text, doc_id, options, doc_id=doc_id, url=url, published=published, source=source)
                 for doc_id, url, published, source, text in ARTICLES]
    with Store(path) as store:
        results = list(pipeline.run(documents, store))
    assert all(r.ok and r.stored for r in results)
    return path


def export(path: Path, fmt: str) -> str:
    out = io.StringIO()
    with Store(path, read_only=True) as store:
        export_events(store, fmt, out)
    return out.getvalue()


def field_list(name: str) -> list[tuple[str, str]]:
    """(column, dataType) of a GDELT codebook header file, in order."""
    path = next(SHARED_GDELT.glob(name))
    delimiter = "\t" if path.suffix == ".tsv" else ","
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter=delimiter))
    return [(row["tableId"], row["dataType"]) for row in rows]


def check_type(value: str, data_type: str) -> bool:
    """A GDELT field's text holds its declared type (empty is NULL, which every column allows)."""
    if value == "":
        return True
    if data_type == "INTEGER":
        return value.lstrip("-").isdigit()
    if data_type == "FLOAT":
        try:
            float(value)
        except ValueError:
            return False
        return True
    return data_type == "STRING"
