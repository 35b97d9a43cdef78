"""交叉评查分配 and 回避: who scores which file of a campaign, and declared conflicts."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from db.records import audit_many, new_ids, now, stamp


def _dicts(db: Database, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cur = db.execute(sql, params)
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur]


@dataclass(frozen=True, slots=True)
class AssignmentLine:
    """One seat as `assignments --json` shows it: the file's 案号 and department, the reviewer's."""

    case_number: str | None
    department: str
    reviewer: str
    reviewer_department: str


@dataclass(frozen=True, slots=True)
class ConflictRow:
    """A declared 回避: the reviewer stays off one file (subject_id) or a whole department's files."""

    id: str
    reviewer_id: str
    department_id: str | None
    subject_id: str | None
    reason: str | None


@dataclass(frozen=True, slots=True)
class ReviewerRow:
    """A person who may hold seats, with their department's name ('' when none) and role ('' when none)."""

    id: str
    name: str
    department_id: str | None
    department: str
    role: str


def of_campaign(db: Database, campaign_id: str) -> list[tuple[str, str]]:
    """(subject_id, reviewer_id) pairs."""
    sql = (
        "SELECT subject_id, reviewer_id FROM assignment WHERE campaign_id = ?"
        " ORDER BY subject_id, reviewer_id"
    )
    return [tuple(r) for r in db.execute(sql, [campaign_id])]


def rows(db: Database, campaign_id: str) -> list[AssignmentLine]:
    """What `assignments --json` shows, by 案号 then reviewer name."""
    sql = """
        SELECT coalesce(c.case_number, u.name) AS case_number, coalesce(d.name, '') AS department,
               r.name AS reviewer, coalesce(rd.name, '') AS reviewer_department
        FROM assignment a
        LEFT JOIN case_file c ON c.id = a.subject_id
        LEFT JOIN department u ON u.id = a.subject_id AND c.id IS NULL  -- a unit under a checklist
        LEFT JOIN department d ON d.id = coalesce(c.department_id, u.id)
        JOIN reviewer r ON r.id = a.reviewer_id
        LEFT JOIN department rd ON rd.id = r.department_id
        WHERE a.campaign_id = ?
        ORDER BY 1, r.name, rd.name
    """
    return [AssignmentLine(*r) for r in db.execute(sql, [campaign_id])]


def _delete(db: Database, where: str, params: list[Any], *, author: str, reason: str) -> int:
    """Delete the matching assignments, each recorded as deleted in the audit log."""
    sql = f"SELECT id, campaign_id, subject_id, reviewer_id FROM assignment WHERE {where}"  # noqa: S608
    gone = _dicts(db, sql, params)
    db.execute(f"DELETE FROM assignment WHERE {where}", params)  # noqa: S608
    changes = [(g["id"], g, None) for g in gone]
    audit_many(db, author=author, table="assignment", action="delete", changes=changes, reason=reason)
    return len(gone)


def delete_for_subjects(
    db: Database, campaign_id: str, subject_ids: Iterable[str], *, author: str, reason: str = ""
) -> int:
    ids = list(subject_ids)
    removed = 0
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        marks = ",".join("?" * len(chunk))
        where = f"campaign_id = ? AND subject_id IN ({marks})"
        removed += _delete(db, where, [campaign_id, *chunk], author=author, reason=reason)
    return removed


def delete_one(
    db: Database, campaign_id: str, subject_id: str, reviewer_id: str, *, author: str, reason: str = ""
) -> int:
    where = "campaign_id = ? AND subject_id = ? AND reviewer_id = ?"
    return _delete(db, where, [campaign_id, subject_id, reviewer_id], author=author, reason=reason)


def insert_many(
    db: Database, campaign_id: str, pairs: list[tuple[str, str]], author: str, *, reason: str = ""
) -> None:
    at = now()
    rows = [
        (i, at, at, author, campaign_id, s, r) for i, (s, r) in zip(new_ids(len(pairs)), pairs, strict=True)
    ]
    db.conn.executemany(
        "INSERT INTO assignment (id, created_at, updated_at, author, campaign_id, subject_id, reviewer_id)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
    changes = [
        (i, None, {"campaign_id": c, "subject_id": s, "reviewer_id": r}) for i, _, _, _, c, s, r in rows
    ]
    audit_many(db, author=author, table="assignment", action="create", changes=changes, reason=reason)


def review_sheet_reviewers(db: Database, campaign_id: str) -> dict[str, set[str]]:
    """subject_id → reviewers who already have a review sheet for it in this campaign."""
    sql = (
        "SELECT subject_id, reviewer_id FROM score_sheet WHERE campaign_id = ? AND role = 'review'"
        " AND reviewer_id IS NOT NULL"
    )
    out: dict[str, set[str]] = {}
    for s, r in db.execute(sql, [campaign_id]):
        out.setdefault(s, set()).add(r)
    return out


def conflicts(db: Database) -> list[ConflictRow]:
    sql = "SELECT id, reviewer_id, department_id, subject_id, reason FROM conflict"
    return [ConflictRow(*r) for r in db.execute(sql)]


def insert_conflict(db: Database, row: dict[str, Any], author: str) -> str:
    stamped = stamp(row, author)
    db.table("conflict").insert(stamped)
    return stamped["id"]


def reviewers_with_departments(db: Database) -> list[ReviewerRow]:
    sql = """
        SELECT r.id, r.name, r.department_id, coalesce(d.name, '') AS department, coalesce(r.role, '') AS role
        FROM reviewer r LEFT JOIN department d ON d.id = r.department_id
        ORDER BY r.name, d.name, r.id
    """
    return [ReviewerRow(*r) for r in db.execute(sql)]


def reviewers_of(db: Database, campaign_id: str, subject_id: str) -> list[str]:
    """The reviewer ids assigned to one file of a campaign."""
    sql = "SELECT reviewer_id FROM assignment WHERE campaign_id = ? AND subject_id = ? ORDER BY reviewer_id"
    return [r[0] for r in db.execute(sql, [campaign_id, subject_id])]


def files_of_reviewer(db: Database, campaign_id: str, name: str) -> dict[str, bool]:
    """subject id → whether the person's review sheet is submitted, for every file assigned to them or
    that they keep a review sheet of."""
    sql = """
        SELECT a.subject_id, EXISTS(SELECT 1 FROM score_sheet s
                                    WHERE s.campaign_id = a.campaign_id AND s.subject_id = a.subject_id
                                      AND s.reviewer_id = a.reviewer_id AND s.role = 'review'
                                      AND s.status = 'submitted')
        FROM reviewer r CROSS JOIN assignment a ON a.reviewer_id = r.id
        WHERE +a.campaign_id = ? AND r.name = ?
        UNION
        SELECT s.subject_id, s.status = 'submitted'
        FROM reviewer r CROSS JOIN score_sheet s ON s.reviewer_id = r.id
        WHERE s.campaign_id = ? AND r.name = ? AND s.role = 'review'
    """  # from the person's own rows (CROSS JOIN fixes the order), not every file of the campaign
    out: dict[str, bool] = {}
    for subject_id, done in db.execute(sql, [campaign_id, name, campaign_id, name]):
        out[subject_id] = out.get(subject_id, False) or bool(done)
    return out
