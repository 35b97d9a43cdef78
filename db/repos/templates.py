"""公文模板: an office's own wording of a document template, overriding the shipped text."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from db.records import now, stamp


@dataclass(frozen=True, slots=True)
class TemplateRow:
    """One stored template: its row id, the template's name and the office's body."""

    id: str
    name: str
    body: str


def get(db: Database, name: str) -> TemplateRow | None:
    row = db.execute("SELECT id, name, body FROM document_template WHERE name = ?", [name]).fetchone()
    return TemplateRow(*row) if row else None


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
    db.table("document_template").update(row.id, {"body": body, "author": author, "updated_at": now()})
    return row.id


def delete(db: Database, name: str) -> None:
    db.execute("DELETE FROM document_template WHERE name = ?", [name])
