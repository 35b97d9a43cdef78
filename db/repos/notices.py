"""整改通知书: issued notices with their numbers; one counter per issuer code and year."""

from __future__ import annotations

from dataclasses import dataclass, fields
from typing import Any

from sqlite_utils import Database

from db.records import audit, now, stamp, tracked


@dataclass(frozen=True, slots=True)
class NoticeRow:
    """A stored notice with its department's name ("" once the department is gone); `body` is the JSON
    snapshot of what it lists, dates are ISO text."""

    id: str
    campaign_id: str
    department_id: str | None
    department: str
    issuer: str
    year: int
    serial: int
    number: str
    title: str
    issued_on: str
    deadline: str
    status: str  # issued | void
    body: str | None


@dataclass(frozen=True, slots=True)
class BulletinRow:
    """A campaign's stored bulletin number (通报); `issued_on` is ISO text."""

    id: str
    campaign_id: str
    issuer: str
    year: int
    serial: int
    number: str
    issued_on: str
    status: str  # issued | void


_NOTICE = ", ".join(
    "coalesce(d.name, '') AS department" if f.name == "department" else f"n.{f.name}"
    for f in fields(NoticeRow)
)
_SELECT = f"""
    SELECT {_NOTICE}
    FROM notice n LEFT JOIN department d ON d.id = n.department_id
"""  # noqa: S608 (column names from the dataclass)
_BULLETIN = ", ".join(f.name for f in fields(BulletinRow))


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


def bulletin_in_force(db: Database, campaign_id: str) -> BulletinRow | None:
    sql = f"SELECT {_BULLETIN} FROM bulletin WHERE campaign_id = ? AND status = 'issued' LIMIT 1"  # noqa: S608
    row = db.execute(sql, [campaign_id]).fetchone()
    return BulletinRow(*row) if row else None


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


def get(db: Database, notice_id: str) -> NoticeRow | None:
    rows = _rows(db, "WHERE n.id = ?", [notice_id])
    return rows[0] if rows else None


def for_campaign(db: Database, campaign_id: str) -> list[NoticeRow]:
    return _rows(db, "WHERE n.campaign_id = ? ORDER BY n.year, n.issuer, n.serial", [campaign_id])


def issued_by_department(db: Database, campaign_id: str) -> dict[str, NoticeRow]:
    """Department name → its notice in force (status issued) in this campaign."""
    rows = _rows(db, "WHERE n.campaign_id = ? AND n.status = 'issued'", [campaign_id])
    return {r.department: r for r in rows}


def set_status(db: Database, notice_id: str, status: str, *, author: str) -> None:
    db.table("notice").update(notice_id, {"status": status, "author": author, "updated_at": now()})


def _rows(db: Database, where: str, params: list[Any]) -> list[NoticeRow]:
    return [NoticeRow(*r) for r in db.execute(f"{_SELECT} {where}", params)]
