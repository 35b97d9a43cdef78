"""Records found by their name, created when missing: departments and reviewers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from db.records import stamp


def ensure_named(
    db: Database,
    table: str,
    known: dict[str, str],
    names: Iterable[str],
    author: str,
    defaults: dict[str, Any],
) -> dict[str, str]:
    """`known` (name → id) plus new `table` rows for the names it lacks (caller holds the transaction)."""
    missing = sorted({n for n in names if n and n not in known})
    if missing:
        rows = [stamp({"name": n, **defaults}, author) for n in missing]
        db.table(table).insert_all(rows)
        known.update({r["name"]: r["id"] for r in rows})
    return known
