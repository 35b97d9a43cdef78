"""Reading the audit trail: the chain in order, the rows it vouches for, and one file's history."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from db.records import TRACKED

_CHAIN = "seq, id, at, author, table_name, record_id, action, old_value, new_value, reason, prev_hash, hash"


@dataclass(frozen=True, slots=True)
class AuditRow:
    """One row of the audit chain as stored. Another tool may have written any field but `id` as NULL;
    `old_value` and `new_value` are JSON text (or a plain word, from an old version)."""

    seq: int | None
    id: str
    at: str | None
    author: str | None
    table_name: str | None
    record_id: str | None
    action: str | None
    old_value: str | None
    new_value: str | None
    reason: str | None
    prev_hash: str | None
    hash: str | None

    def chained(self) -> dict[str, Any]:
        """The fields its hash covers (db.records.CHAINED), for chain_hash()."""
        return {
            "seq": self.seq,
            "id": self.id,
            "at": self.at,
            "author": self.author,
            "table_name": self.table_name,
            "record_id": self.record_id,
            "action": self.action,
            "old_value": self.old_value,
            "new_value": self.new_value,
            "reason": self.reason,
        }


@dataclass(frozen=True, slots=True)
class TrackedRow:
    """A row of a table `audit verify` checks: its id and its audited fields (TRACKED[table]) by name."""

    id: str
    values: dict[str, Any]


@dataclass(frozen=True, slots=True)
class Whereabouts:
    """What names a checked row in a message: 案号 (or unit) and reviewer, or a notice's 文号; None when
    unknown or not applicable."""

    case_number: str | None = None
    reviewer: str | None = None
    number: str | None = None


def _audit_rows(db: Database, sql: str, params: list[Any]) -> list[AuditRow]:
    return [AuditRow(*r) for r in db.execute(sql, params).fetchall()]


def chain(db: Database) -> Iterator[AuditRow]:
    """Every audit row in chain order (a row without a number, written by another tool, comes first)."""
    cur = db.execute(f"SELECT {_CHAIN} FROM audit_log ORDER BY seq")  # noqa: S608
    while batch := cur.fetchmany(2000):
        for r in batch:
            yield AuditRow(*r)


def tracked_rows(db: Database, table: str) -> list[TrackedRow]:
    """id and the audited fields of every row of a table `audit verify` checks."""
    fields = TRACKED[table]
    cur = db.execute(f"SELECT id, {', '.join(fields)} FROM {table} ORDER BY id")  # noqa: S608
    return [TrackedRow(r[0], dict(zip(fields, r[1:], strict=True))) for r in cur.fetchall()]


def where_is(db: Database, table: str, record_id: str) -> Whereabouts:
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
        row = db.execute(subject_sql, [found[0]]).fetchone() if found else None
        return Whereabouts(*row) if row else Whereabouts()
    if table == "assignment":
        sql = """
            SELECT coalesce(c.case_number, d.name) AS case_number, r.name AS reviewer
            FROM assignment a LEFT JOIN case_file c ON c.id = a.subject_id
            LEFT JOIN department d ON d.id = a.subject_id LEFT JOIN reviewer r ON r.id = a.reviewer_id
            WHERE a.id = ?
        """
        row = db.execute(sql, [record_id]).fetchone()
        return Whereabouts(*row) if row else Whereabouts()
    if table == "notice":
        row = db.execute("SELECT number FROM notice WHERE id = ?", [record_id]).fetchone()
        return Whereabouts(number=row[0]) if row else Whereabouts()
    return Whereabouts()


def subject_history(db: Database, campaign_id: str, subject_id: str) -> list[AuditRow]:
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
    return _audit_rows(db, sql, [*sheets, *sheets, subject_id, subject_id, campaign_id, like])


def subject_name(db: Database, subject_id: str) -> str:
    """A file's 案号, or a unit's name under a supervision round."""
    sql = """
        SELECT coalesce((SELECT case_number FROM case_file WHERE id = ?),
                        (SELECT name FROM department WHERE id = ?), '')
    """
    return db.execute(sql, [subject_id, subject_id]).fetchone()[0]
