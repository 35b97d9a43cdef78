"""Reading the audit trail: the chain in order, the rows it vouches for, and one file's history."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlite_utils import Database

from db.records import TRACKED

_CHAIN = "seq, id, at, author, table_name, record_id, action, old_value, new_value, reason, prev_hash, hash"


def _dicts(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = db.execute(sql, params)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


def chain(db: Database) -> Iterator[dict[str, Any]]:
    """Every audit row in chain order (a row without a number, written by another tool, comes first)."""
    cur = db.execute(f"SELECT {_CHAIN} FROM audit_log ORDER BY seq")  # noqa: S608
    cols = [c[0] for c in cur.description]
    while batch := cur.fetchmany(2000):
        for r in batch:
            yield dict(zip(cols, r, strict=True))


def tracked_rows(db: Database, table: str) -> list[dict[str, Any]]:
    """id and the audited fields of every row of a table `audit verify` checks."""
    return _dicts(db, f"SELECT id, {', '.join(TRACKED[table])} FROM {table} ORDER BY id", [])  # noqa: S608


def where_is(db: Database, table: str, record_id: str) -> dict[str, Any]:
    """案号 (or unit) and reviewer of a checked row, to name it in a message; empty when unknown."""
    sheet = {
        "score_entry": "SELECT sheet_id FROM score_entry WHERE id = ?",
        "score_sheet": "SELECT ?",
    }.get(table)
    subject_sql = """
        SELECT coalesce(c.case_number, d.name) AS case_number, r.name AS reviewer
        FROM score_sheet s LEFT JOIN case_file c ON c.id = s.subject_id
        LEFT JOIN department d ON d.id = s.subject_id LEFT JOIN reviewer r ON r.id = s.reviewer_id
        WHERE s.id = ?
    """
    if sheet:
        found = db.execute(sheet, [record_id]).fetchone()
        rows = _dicts(db, subject_sql, [found[0]]) if found else []
        return rows[0] if rows else {}
    if table == "assignment":
        sql = """
            SELECT coalesce(c.case_number, d.name) AS case_number, r.name AS reviewer
            FROM assignment a LEFT JOIN case_file c ON c.id = a.subject_id
            LEFT JOIN department d ON d.id = a.subject_id LEFT JOIN reviewer r ON r.id = a.reviewer_id
            WHERE a.id = ?
        """
        rows = _dicts(db, sql, [record_id])
        return rows[0] if rows else {}
    if table == "notice":
        rows = _dicts(db, "SELECT number FROM notice WHERE id = ?", [record_id])
        return rows[0] if rows else {}
    return {}


def subject_history(db: Database, campaign_id: str, subject_id: str) -> list[dict[str, Any]]:
    """Audit rows about one file of a campaign: its sheets, their entries, its assignments and recheck."""
    sheets = [
        r[0]
        for r in db.execute(
            "SELECT id FROM score_sheet WHERE campaign_id = ? AND subject_id = ?", [campaign_id, subject_id]
        )
    ]
    marks = ",".join("?" * len(sheets)) or "NULL"
    value = "(CASE WHEN json_valid(coalesce(new_value, old_value)) THEN coalesce(new_value, old_value) END)"
    sql = f"""
        SELECT {_CHAIN} FROM audit_log
        WHERE (table_name = 'score_sheet' AND record_id IN ({marks}))
           OR (table_name = 'score_entry'
               AND json_extract({value}, '$.sheet_id') IN ({marks}))
           OR (table_name IN ('assignment', 'campaign_subject') AND (record_id = ?
               OR (json_extract({value}, '$.subject_id') = ?
                   AND json_extract({value}, '$.campaign_id') = ?)))
           OR (table_name = 'arbitration' AND record_id LIKE ? ESCAPE '\\')
        ORDER BY seq
    """  # noqa: S608
    like = subject_id.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ":%"
    return _dicts(db, sql, [*sheets, *sheets, subject_id, subject_id, campaign_id, like])


def whole_log(db: Database) -> list[dict[str, Any]]:
    return _dicts(db, f"SELECT {_CHAIN} FROM audit_log ORDER BY seq", [])  # noqa: S608


def subject_name(db: Database, subject_id: str) -> str:
    """A file's 案号, or a unit's name under a supervision round."""
    sql = """
        SELECT coalesce((SELECT case_number FROM case_file WHERE id = ?),
                        (SELECT name FROM department WHERE id = ?), '')
    """
    return db.execute(sql, [subject_id, subject_id]).fetchone()[0]
