"""Registry people as rows and text, for `detente actors list | show`."""

from __future__ import annotations

from datetime import date
from typing import Any

from detente.actors.codes import actor_code
from detente.actors.registry import ORIGINS, Office, RegistryPerson

COLUMNS = (("name", 28), ("code", 10), ("role", 30), ("documents", 9), ("last_seen", 10))


def person_row(person: RegistryPerson, day: date) -> dict[str, Any]:
    """One person as a flat record: who they are on ``day``."""
    who = person.identity(day)
    origins = sorted({o.origin for o in person.offices})
    return {
        "name": person.name,
        "code": actor_code(who.country, who.sector, who.organisation) or "",
        "country": who.country,
        "organisation": who.organisation,
        "sector": who.sector,
        "role": who.role or "",
        "origin": "+".join(origins),
        "aliases": sorted(person.aliases),
        "documents": person.documents,
        "first_seen": person.first_seen.isoformat() if person.first_seen else None,
        "last_seen": person.last_seen.isoformat() if person.last_seen else None,
    }


def rows_table(rows: list[dict[str, Any]]) -> str:
    """Aligned columns with a header; "(no people)" for an empty registry."""
    if not rows:
        return "(no people)"
    table = [[str(row[name] if row[name] is not None else "-") for name, _ in COLUMNS] for row in rows]
    widths = [max([width] + [len(cells[i]) for cells in table]) for i, (_, width) in enumerate(COLUMNS)]
    header = [name.replace("_", " ") for name, _ in COLUMNS]
    return "\n".join(" ".join(f"{cell:<{width}}" for cell, width in zip(cells, widths, strict=True)).rstrip()
                     for cells in [header, *table])


def office_text(office: Office) -> str:
    """ "CANGOV prime minister, 2025-03-14 to open (manual)"."""
    code = actor_code(office.country, office.sector) or "-"
    start = office.valid_from.isoformat() if office.valid_from else "?"
    end = office.valid_to.isoformat() if office.valid_to else "open"
    role = f" {office.role}" if office.role else ""
    seen = f", last seen {office.last_seen.isoformat()}" if office.origin == "learned" and office.last_seen else ""
    return f"{code}{role}, {start} to {end} ({office.origin}{seen})"


def describe_person(person: RegistryPerson, day: date, documents: list[dict[str, Any]]) -> str:
    """Everything known about one person, as lines of text."""
    row = person_row(person, day)
    lines = [person.name, f"  on {day.isoformat()}: {row['code'] or '-'} {row['role']}".rstrip()]
    if person.aliases:
        lines.append("  aliases: " + ", ".join(f"{a} ({o})" for a, o in sorted(person.aliases.items())))
    lines.append("  roles:")
    lines.extend(f"    {office_text(o)}" for o in sorted(person.offices, key=_office_order))
    if not person.offices:
        lines.append("    (none)")
    seen = [f"first seen {row['first_seen']}" if row["first_seen"] else "",
            f"last seen {row['last_seen']}" if row["last_seen"] else "", f"{len(documents)} documents"]
    lines.append("  " + ", ".join(part for part in seen if part))
    for doc in documents:
        published = doc["published"].isoformat() if doc["published"] else "undated"
        taught = ""
        if doc["taught"]:
            taught = f"  taught: {actor_code(doc['country'], doc['sector']) or '-'} {doc['role'] or ''}".rstrip()
        lines.append(f"    {published} {doc['doc_id']}{taught}")
    return "\n".join(lines)


def _office_order(office: Office) -> tuple[int, date]:
    return (ORIGINS.index(office.origin), office.valid_from or date.min)
