"""整改台账: one row per problem of a notice, with its notice's number and the department's name."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from db.records import now, stamp

_SELECT = """
    SELECT r.*, n.number AS notice_number, n.issuer, n.year, n.serial, n.issued_on,
        coalesce(d.name, '') AS department
    FROM rectification r
    JOIN notice n ON n.id = r.notice_id
    LEFT JOIN department d ON d.id = r.department_id
"""
_ORDER = "ORDER BY n.year, n.issuer, n.serial, r.line"


def insert_lines(db: Database, rows: Sequence[dict[str, Any]], *, author: str) -> list[str]:
    """Store new lines (call inside the notice's transaction); their ids in order."""
    at = now()
    records = [stamp(row, author, at=at) for row in rows]
    db.table("rectification").insert_all(records)
    return [r["id"] for r in records]


def for_campaign(db: Database, campaign_id: str, *, include_void: bool = False) -> list[dict[str, Any]]:
    where = "WHERE r.campaign_id = ?" + ("" if include_void else " AND r.status != 'void'")
    return _rows(db, f"{where} {_ORDER}", [campaign_id])


def for_notice(db: Database, notice_id: str) -> list[dict[str, Any]]:
    return _rows(db, f"WHERE r.notice_id = ? {_ORDER}", [notice_id])


def by_ids(db: Database, line_ids: Sequence[str]) -> dict[str, dict[str, Any]]:
    """Line id → row, for the ids that exist."""
    if not line_ids:
        return {}
    marks = ", ".join("?" for _ in line_ids)
    return {r["id"]: r for r in _rows(db, f"WHERE r.id IN ({marks})", list(line_ids))}


def ids_by_number(db: Database, number: str, line: int) -> list[str]:
    """The line `line` of the notice numbered `number` (at most one: numbers are never reused)."""
    sql = """
        SELECT r.id FROM rectification r JOIN notice n ON n.id = r.notice_id
        WHERE n.number = ? AND r.line = ?
    """
    return [r[0] for r in db.execute(sql, [number, line])]


def ids_by_prefix(db: Database, prefix: str) -> list[str]:
    """Ids starting with `prefix` (taken literally: no LIKE wildcards), at most 11."""
    sql = "SELECT id FROM rectification WHERE substr(id, 1, length(?)) = ? ORDER BY id LIMIT 11"
    return [r[0] for r in db.execute(sql, [prefix, prefix])]


def update(db: Database, line_id: str, values: dict[str, Any], *, author: str) -> None:
    db.table("rectification").update(line_id, {**values, "author": author, "updated_at": now()})


def _rows(db: Database, where: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(f"{_SELECT} {where}", params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
