"""执法部门: the enforcement departments whose files are reviewed."""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from db.records import stamp


def all_by_name(db: Database) -> dict[str, str]:
    """Department name → id."""
    return {name: id_ for id_, name in db.execute("SELECT id, name FROM department")}


def ensure(db: Database, names: Iterable[str], author: str) -> dict[str, str]:
    """Ids for these department names, creating the missing ones (call inside a transaction)."""
    known = all_by_name(db)
    missing = sorted({n for n in names if n and n not in known})
    if missing:
        rows = [stamp({"name": n, "code": ""}, author) for n in missing]
        db["department"].insert_all(rows)
        known.update({r["name"]: r["id"] for r in rows})
    return known
