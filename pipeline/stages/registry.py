"""Registry: one row per official across all documents of a run."""
from __future__ import annotations

import hashlib

from pipeline.records import DocumentResult


def person_id(name: str) -> str:
    """A stable id for a name (homonyms share it: names are not disambiguated)."""
    return hashlib.sha1(name.encode("utf-8")).hexdigest()[:12]


def build_officials(results: list[DocumentResult]) -> list[dict]:
    """Officials who attended at least one event, with their titles and date range."""
    rows: dict[str, dict] = {}
    for result in results:
        for event in result.events:
            for part in event.participants:
                row = rows.setdefault(part.person, {
                    "person_id": person_id(part.person), "name": part.person, "titles": [],
                    "meetings": set(), "dates": [],
                })
                if part.title and part.title not in row["titles"]:
                    row["titles"].append(part.title)
                row["meetings"].add(event.meeting_id)
                if event.date is not None:
                    row["dates"].append(event.date)
    out = []
    for name in sorted(rows):
        row = rows[name]
        out.append({
            "person_id": row["person_id"],
            "name": name,
            "titles": row["titles"],
            "n_meetings": len(row["meetings"]),
            "first_date": min(row["dates"]) if row["dates"] else None,
            "last_date": max(row["dates"]) if row["dates"] else None,
        })
    return out
