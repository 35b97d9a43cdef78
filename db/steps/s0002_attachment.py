"""Scans (PDF or image) of a subject's file, copied into the data folder under their SHA-256.

Step 0002_attachment, shipped: never edit it (a change is the next step).
"""

from __future__ import annotations

from sqlite_utils import Database

from db.steps.tables import record_table


def attachment(db: Database) -> None:
    # A scan (PDF or image) of a subject's file, copied into the data folder under its SHA-256.
    record_table(
        db,
        "attachment",
        {
            "subject_id": str,
            "kind": str,
            "original_name": str,
            "stored_name": str,
            "sha256": str,
            "size": int,
            "pages": int,
        },
    )
    db.table("attachment").create_index(["subject_id"])
