"""Records found by their name, created when missing: departments and reviewers."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlite_utils import Database

from db.keys import clean, identity_key
from db.records import stamp


def ensure_named(
    db: Database,
    table: str,
    known: dict[str, str],
    names: Iterable[str],
    author: str,
    defaults: dict[str, Any],
) -> dict[str, str]:
    """`known` (name → id) plus new `table` rows for the names it lacks (caller holds the transaction).

    A name that differs from a known one only in look-alike characters (db/keys.py) maps to that one."""
    by_key = {identity_key(name): id_ for name, id_ in known.items()}
    missing: dict[str, str] = {}  # key → the name to store
    for name in sorted({n for n in names if n and n not in known}):
        key = identity_key(name)
        if key in by_key:
            known[name] = by_key[key]
        else:
            missing.setdefault(key, clean(name))
    if missing:
        rows = [stamp({"name": n, "name_key": k, **defaults}, author) for k, n in missing.items()]
        db.table(table).insert_all(rows)
        by_key.update({r["name_key"]: r["id"] for r in rows})
        known.update({n: by_key[identity_key(n)] for n in names if n and n not in known})
    return known
