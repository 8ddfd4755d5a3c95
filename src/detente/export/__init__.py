"""Writing events out: JSON Lines, CSV, Parquet and GDELT 2.0's event table layout."""

from detente.export.formats import EXPORT_FORMATS, event_flat_row, export_events, write_event_csv_header

__all__ = ["EXPORT_FORMATS", "event_flat_row", "export_events", "write_event_csv_header"]
