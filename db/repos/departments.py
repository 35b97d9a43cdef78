"""执法部门: the enforcement departments whose files are reviewed."""

from __future__ import annotations

from collections.abc import Iterable

from sqlite_utils import Database

from db.repos.named import ensure_named


def all_by_name(db: Database) -> dict[str, str]:
    """Department name → id."""
    return {name: id_ for id_, name in db.execute("SELECT id, name FROM department")}


def ensure(db: Database, names: Iterable[str], author: str) -> dict[str, str]:
    """Ids for these department names, creating the missing ones (call inside a transaction)."""
    return ensure_named(db, "department", all_by_name(db), names, author, {"code": ""})
