"""评查人员: reviewers, matched by name."""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from db.keys import identity_key
from db.records import stamp
from db.repos.named import ensure_named


def all_by_name(db: Database) -> dict[str, str]:
    return {name: id_ for id_, name in db.execute("SELECT id, name FROM reviewer ORDER BY created_at DESC")}


def ensure(db: Database, names: Iterable[str], author: str) -> dict[str, str]:
    """Reviewer name → id, creating reviewers not yet known (without a department)."""
    return ensure_named(
        db, "reviewer", all_by_name(db), names, author, {"department_id": None, "role": "reviewer"}
    )


def insert_many(db: Database, rows: list[dict], author: str) -> list[str]:
    stamped = [stamp({**r, "name_key": identity_key(r["name"])}, author) for r in rows]
    db.table("reviewer").insert_all(stamped)
    return [r["id"] for r in stamped]


def names_by_id(db: Database) -> dict[str, str]:
    return dict(db.execute("SELECT id, name FROM reviewer").fetchall())


def lead_names(db: Database) -> set[str]:
    """Names of the reviewers whose role is lead (组长/牵头人)."""
    return {r[0] for r in db.execute("SELECT name FROM reviewer WHERE role = 'lead'")}
