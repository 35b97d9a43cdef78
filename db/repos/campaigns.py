"""评查活动: campaigns, the frozen standard version they use, and the subjects they score."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlite_utils import Database

from db.records import new_ids, now, stamp

CASE_FILE = "case_file"


def insert(db: Database, *, name: str, year: int, standard_id: str, author: str) -> str:
    row = stamp({"name": name, "year": year, "standard_id": standard_id, "status": "reviewing"}, author)
    db["campaign"].insert(row)
    return row["id"]


def update_settings(db: Database, campaign_id: str, **values: Any) -> None:
    db["campaign"].update(campaign_id, {**values, "updated_at": now()})


def add_subjects(
    db: Database, campaign_id: str, subject_ids: Sequence[str], *, author: str, kind: str = CASE_FILE
) -> None:
    at = now()
    db.conn.executemany(
        "INSERT INTO campaign_subject (id, created_at, updated_at, author, campaign_id, subject_kind,"
        " subject_id, selection) VALUES (?, ?, ?, ?, ?, ?, ?, 'all')",
        (
            (i, at, at, author, campaign_id, kind, s)
            for i, s in zip(new_ids(len(subject_ids)), subject_ids, strict=True)
        ),
    )


def get(db: Database, campaign_id: str) -> dict[str, Any] | None:
    rows = list(db["campaign"].rows_where("id = ?", [campaign_id]))
    return rows[0] if rows else None


def all_campaigns(db: Database) -> list[dict[str, Any]]:
    return list(db["campaign"].rows_where(order_by="created_at"))


def find_ids(db: Database, text: str) -> list[str]:
    """Campaign ids matching a full id, an id prefix or an exact name."""
    sql = "SELECT id FROM campaign WHERE id = ? OR id LIKE ? || '%' OR name = ? ORDER BY created_at"
    return [r[0] for r in db.execute(sql, [text, text, text])]


def case_subjects(db: Database, campaign_id: str) -> list[dict[str, Any]]:
    """The case files in a campaign, with what reports show about them, in 案号 order."""
    sql = """
        SELECT cs.subject_id AS id, coalesce(c.case_number, u.name) AS case_number,
            coalesce(c.title, u.name) AS title, c.party, c.case_type, d.name AS department, c.officers
        FROM campaign_subject cs
        LEFT JOIN case_file c ON c.id = cs.subject_id
        LEFT JOIN department u ON u.id = cs.subject_id AND c.id IS NULL  -- a unit under a checklist
        LEFT JOIN department d ON d.id = coalesce(c.department_id, u.id)
        WHERE cs.campaign_id = ?
        ORDER BY 2
    """
    cur = db.execute(sql, [campaign_id])
    cols = [c[0] for c in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur]


def progress_by_department(db: Database, campaign_id: str) -> list[tuple[str, int, int, int]]:
    """(department, files, files with a sheet, files whose review sheets are all submitted), by department
    name; once
    the campaign has a draw, its drawn files only (the files under review)."""
    sql = """
        SELECT coalesce(d.name, ''), count(*),
               sum(EXISTS(SELECT 1 FROM score_sheet s
                          WHERE s.campaign_id = cs.campaign_id AND s.subject_id = cs.subject_id)),
               sum(EXISTS(SELECT 1 FROM score_sheet s
                          WHERE s.campaign_id = cs.campaign_id AND s.subject_id = cs.subject_id
                            AND s.status = 'submitted')
                   AND NOT EXISTS(SELECT 1 FROM score_sheet s
                          WHERE s.campaign_id = cs.campaign_id AND s.subject_id = cs.subject_id
                            AND s.role = 'review' AND s.status != 'submitted'))
        FROM campaign_subject cs
        LEFT JOIN case_file c ON c.id = cs.subject_id
        LEFT JOIN department u ON u.id = cs.subject_id AND c.id IS NULL  -- a unit under a checklist
        LEFT JOIN department d ON d.id = coalesce(c.department_id, u.id)
        WHERE cs.campaign_id = ?
          AND (cs.draw_id IS NOT NULL OR NOT EXISTS (
                SELECT 1 FROM campaign_subject x
                WHERE x.campaign_id = cs.campaign_id AND x.draw_id IS NOT NULL))
        GROUP BY d.name
        ORDER BY d.name
    """
    return [tuple(r) for r in db.execute(sql, [campaign_id])]
