"""整改通知书: issued notices with their numbers; one counter per issuer code and year."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from db.records import audit, now, stamp, tracked

_SELECT = """
    SELECT n.*, d.name AS department
    FROM notice n LEFT JOIN department d ON d.id = n.department_id
"""


def next_serial(db: Database, issuer: str, year: int) -> int:
    """The next unused serial of (issuer, year), voided numbers included, across all campaigns; notices
    and bulletins share the counter."""
    sql = """
        SELECT COALESCE(MAX(serial), 0) + 1 FROM (
            SELECT serial FROM notice WHERE issuer = :issuer AND year = :year
            UNION ALL SELECT serial FROM bulletin WHERE issuer = :issuer AND year = :year
        )
    """
    return db.execute(sql, {"issuer": issuer, "year": year}).fetchone()[0]


def bulletin_in_force(db: Database, campaign_id: str) -> dict[str, Any] | None:
    rows = list(db["bulletin"].rows_where("campaign_id = ? AND status = 'issued'", [campaign_id], limit=1))
    return rows[0] if rows else None


def insert_bulletin(db: Database, row: dict[str, Any], *, author: str) -> str:
    record = stamp(row, author)
    db.table("bulletin").insert(record)
    return record["id"]


def insert(db: Database, row: dict[str, Any], *, author: str) -> str:
    record = stamp(row, author)
    db.table("notice").insert(record)
    audit(
        db,
        author=author,
        table="notice",
        record_id=record["id"],
        action="create",
        new=tracked("notice", record),
    )
    return record["id"]


def get(db: Database, notice_id: str) -> dict[str, Any] | None:
    rows = _rows(db, "WHERE n.id = ?", [notice_id])
    return rows[0] if rows else None


def for_campaign(db: Database, campaign_id: str) -> list[dict[str, Any]]:
    return _rows(db, "WHERE n.campaign_id = ? ORDER BY n.year, n.issuer, n.serial", [campaign_id])


def issued_by_department(db: Database, campaign_id: str) -> dict[str, dict[str, Any]]:
    """Department name → its notice in force (status issued) in this campaign."""
    rows = _rows(db, "WHERE n.campaign_id = ? AND n.status = 'issued'", [campaign_id])
    return {r["department"]: r for r in rows}


def set_status(db: Database, notice_id: str, status: str, *, author: str) -> None:
    db.table("notice").update(notice_id, {"status": status, "author": author, "updated_at": now()})


def _rows(db: Database, where: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = db.execute(f"{_SELECT} {where}", params)
    names = [c[0] for c in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]
