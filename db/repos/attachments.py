"""附件: scans attached to a subject (a case file), stored by content hash in the data folder."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from db.records import stamp


def insert(db: Database, row: dict[str, Any], author: str) -> str:
    stamped = stamp(row, author)
    db.table("attachment").insert(stamped)
    return stamped["id"]


def for_subject(db: Database, subject_id: str) -> list[dict[str, Any]]:
    return list(db["attachment"].rows_where("subject_id = ?", [subject_id], order_by="created_at"))


def find(db: Database, subject_id: str, sha256: str) -> dict[str, Any] | None:
    rows = list(db["attachment"].rows_where("subject_id = ? AND sha256 = ?", [subject_id, sha256]))
    return rows[0] if rows else None
