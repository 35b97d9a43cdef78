"""整改台账: one row per problem of a notice, with its notice's number and the department's name."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, fields
from typing import Any

from sqlite_utils import Database

from db.records import now, stamp


@dataclass(frozen=True, slots=True)
class LineRow:
    """A stored ledger line with its notice's number and issue date and its department's name ("" once
    gone); dates are ISO text, `points` a Decimal as text, a step not yet taken leaves its fields None."""

    id: str
    notice_id: str
    campaign_id: str
    department_id: str | None
    line: int
    case_number: str | None
    item: str | None
    problem: str | None
    points: str | None
    deadline: str
    status: str  # issued | reported | returned | verified | closed_out | void
    reported_on: str | None
    report: str | None
    verified_on: str | None
    verifier: str | None
    verification: str | None
    closed_on: str | None
    closed_by: str | None
    reason: str | None
    notice_number: str
    issuer: str
    year: int
    serial: int
    issued_on: str
    department: str


_FROM_NOTICE = {"notice_number": "n.number AS notice_number", "issuer": "n.issuer", "year": "n.year"}
_FROM_NOTICE |= {"serial": "n.serial", "issued_on": "n.issued_on"}
_COLUMNS = ", ".join(
    _FROM_NOTICE.get(
        f.name, "coalesce(d.name, '') AS department" if f.name == "department" else f"r.{f.name}"
    )
    for f in fields(LineRow)
)
_SELECT = f"""
    SELECT {_COLUMNS}
    FROM rectification r
    JOIN notice n ON n.id = r.notice_id
    LEFT JOIN department d ON d.id = r.department_id
"""  # noqa: S608 (column names from the dataclass)
_ORDER = "ORDER BY n.year, n.issuer, n.serial, r.line"


def insert_lines(db: Database, rows: Sequence[dict[str, Any]], *, author: str) -> list[str]:
    """Store new lines (call inside the notice's transaction); their ids in order."""
    at = now()
    records = [stamp(row, author, at=at) for row in rows]
    db.table("rectification").insert_all(records)
    return [r["id"] for r in records]


def for_campaign(db: Database, campaign_id: str, *, include_void: bool = False) -> list[LineRow]:
    where = "WHERE r.campaign_id = ?" + ("" if include_void else " AND r.status != 'void'")
    return _rows(db, f"{where} {_ORDER}", [campaign_id])


def for_notice(db: Database, notice_id: str) -> list[LineRow]:
    return _rows(db, f"WHERE r.notice_id = ? {_ORDER}", [notice_id])


def by_ids(db: Database, line_ids: Sequence[str]) -> dict[str, LineRow]:
    """Line id → row, for the ids that exist."""
    if not line_ids:
        return {}
    marks = ", ".join("?" for _ in line_ids)
    return {r.id: r for r in _rows(db, f"WHERE r.id IN ({marks})", list(line_ids))}


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


def _rows(db: Database, where: str, params: list[Any]) -> list[LineRow]:
    return [LineRow(*r) for r in db.execute(f"{_SELECT} {where}", params)]
