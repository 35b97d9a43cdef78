"""The issuing office's profile (发文机关): one row, id "office"."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from db.records import now

ROW_ID = "office"


@dataclass(frozen=True, slots=True)
class OfficeRow:
    """The stored profile; a field never filled in is None."""

    name: str | None
    contact: str | None
    address: str | None


def get(db: Database) -> OfficeRow | None:
    row = db.execute("SELECT name, contact, address FROM office_profile WHERE id = ?", [ROW_ID]).fetchone()
    return OfficeRow(*row) if row else None


def put(db: Database, values: dict[str, str], *, author: str) -> None:
    at = now()
    if get(db) is None:
        db.table("office_profile").insert(
            {"id": ROW_ID, "created_at": at, "updated_at": at, "author": author, **values}
        )
    else:
        db.table("office_profile").update(ROW_ID, {**values, "author": author, "updated_at": at})
