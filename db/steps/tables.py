"""The columns every user-made record carries, and the one way a step creates such a table."""

from __future__ import annotations

from sqlite_utils import Database

# Columns every record a user creates carries, so that work from several laptops merges cleanly.
RECORD = {"id": str, "created_at": str, "updated_at": str, "author": str}


def record_table(db: Database, name: str, columns: dict, **kwargs) -> None:
    db.table(name).create(
        {**RECORD, **columns}, pk="id", not_null={"id", "created_at", "updated_at"}, **kwargs
    )
