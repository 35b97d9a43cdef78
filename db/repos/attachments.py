"""附件: scans attached to a subject (a case file), stored by content hash in the data folder."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from db.records import stamp

_SELECT = "SELECT id, subject_id, kind, original_name, stored_name, sha256, size, pages FROM attachment"


@dataclass(frozen=True, slots=True)
class AttachmentRow:
    """One attached scan: `stored_name` is its file in the data folder's scans/, named by its hash."""

    id: str
    subject_id: str
    kind: str  # "pdf" or "image"
    original_name: str
    stored_name: str
    sha256: str
    size: int | None
    pages: int | None


def insert(db: Database, row: dict[str, Any], author: str) -> str:
    stamped = stamp(row, author)
    db.table("attachment").insert(stamped)
    return stamped["id"]


def for_subject(db: Database, subject_id: str) -> list[AttachmentRow]:
    cur = db.execute(_SELECT + " WHERE subject_id = ? ORDER BY created_at", [subject_id])
    return [AttachmentRow(*r) for r in cur]


def find(db: Database, subject_id: str, sha256: str) -> AttachmentRow | None:
    row = db.execute(_SELECT + " WHERE subject_id = ? AND sha256 = ?", [subject_id, sha256]).fetchone()
    return AttachmentRow(*row) if row else None
