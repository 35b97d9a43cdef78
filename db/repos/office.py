"""The issuing office's profile (发文机关): one row, id "office"."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from db.records import now

ROW_ID = "office"


def get(db: Database) -> dict[str, Any] | None:
    rows = list(db["office_profile"].rows_where("id = ?", [ROW_ID]))
    return rows[0] if rows else None


def put(db: Database, values: dict[str, str], *, author: str) -> None:
    at = now()
    if get(db) is None:
        db.table("office_profile").insert(
            {"id": ROW_ID, "created_at": at, "updated_at": at, "author": author, **values}
        )
    else:
        db.table("office_profile").update(ROW_ID, {**values, "author": author, "updated_at": at})
