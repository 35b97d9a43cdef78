"""公文模板: an office's own wording of a document template, overriding the shipped text."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from db.records import now, stamp


def get(db: Database, name: str) -> dict[str, Any] | None:
    rows = list(db["document_template"].rows_where("name = ?", [name]))
    return rows[0] if rows else None


def all_bodies(db: Database) -> dict[str, str]:
    """Template name → the office's stored body."""
    return dict(db.execute("SELECT name, body FROM document_template").fetchall())


def put(db: Database, name: str, body: str, *, author: str) -> str:
    """Store (or replace) the office's body of `name`; returns the row id."""
    row = get(db, name)
    if row is None:
        new = stamp({"name": name, "body": body}, author)
        db.table("document_template").insert(new)
        return new["id"]
    db.table("document_template").update(row["id"], {"body": body, "author": author, "updated_at": now()})
    return row["id"]


def delete(db: Database, name: str) -> None:
    db.execute("DELETE FROM document_template WHERE name = ?", [name])
