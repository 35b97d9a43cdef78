"""评查活动: campaigns, the frozen standard version they use, and the subjects they score."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlite_utils import Database

from db.records import new_ids, now, stamp

CASE_FILE = "case_file"


@dataclass(frozen=True, slots=True)
class CampaignRow:
    """A campaign as stored; the columns added by later migrations are None on an older row."""

    id: str
    created_at: str
    name: str
    year: int
    standard_id: str
    status: str
    doc_prefix: str | None
    reviewers_per_file: int | None
    recheck_rule: str | None  # JSON, see workbench.campaigns.recheck_rule
    subject_kind: str | None
    reasons_optional: int | None
    closed_at: str | None
    closed_by: str | None


_SELECT_CAMPAIGN = (
    "SELECT id, created_at, name, year, standard_id, status, doc_prefix, reviewers_per_file, recheck_rule,"
    " subject_kind, reasons_optional, closed_at, closed_by FROM campaign"
)


class CaseSubject(NamedTuple):
    """A file of a campaign with what reports show of it; a unit under a checklist gives its name as 案号
    and title, and itself as department. A named tuple: every listing reads one per file (10,000), and it
    is built from the cursor's tuple faster than a dict or a frozen dataclass."""

    id: str
    case_number: str | None
    title: str | None
    party: str | None
    case_type: str | None
    department: str | None
    officers: str | None


def insert(db: Database, *, name: str, year: int, standard_id: str, author: str) -> str:
    row = stamp({"name": name, "year": year, "standard_id": standard_id, "status": "reviewing"}, author)
    db.table("campaign").insert(row)
    return row["id"]


def update_settings(db: Database, campaign_id: str, **values: Any) -> None:
    db.table("campaign").update(campaign_id, {**values, "updated_at": now()})


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


def get(db: Database, campaign_id: str) -> CampaignRow | None:
    row = db.execute(_SELECT_CAMPAIGN + " WHERE id = ?", [campaign_id]).fetchone()
    return CampaignRow(*row) if row else None


def all_campaigns(db: Database) -> list[CampaignRow]:
    return [CampaignRow(*r) for r in db.execute(_SELECT_CAMPAIGN + " ORDER BY created_at")]


def find_ids(db: Database, text: str, *, min_prefix: int = 6) -> list[str]:
    """Campaign ids matching a full id, an id prefix of at least `min_prefix` characters (compared
    literally: LIKE would take % and _ as wildcards) or an exact name."""
    sql = """SELECT id FROM campaign
             WHERE id = :t OR name = :t OR (length(:t) >= :n AND substr(id, 1, length(:t)) = :t)
             ORDER BY created_at"""
    return [r[0] for r in db.execute(sql, {"t": text, "n": min_prefix})]


def ids_with_prefix(db: Database, prefix: str) -> list[str]:
    """Ids starting with `prefix`, compared literally, whatever its length."""
    sql = "SELECT id FROM campaign WHERE substr(id, 1, length(?)) = ? ORDER BY created_at"
    return [r[0] for r in db.execute(sql, [prefix, prefix])]


def case_subjects(db: Database, campaign_id: str, subject_id: str | None = None) -> list[CaseSubject]:
    """The case files in a campaign (or the one `subject_id`), with what reports show, in 案号 order."""
    one = "AND cs.subject_id = ?" if subject_id is not None else ""
    sql = f"""
        SELECT cs.subject_id AS id, coalesce(c.case_number, u.name) AS case_number,
            coalesce(c.title, u.name) AS title, c.party, c.case_type, d.name AS department, c.officers
        FROM campaign_subject cs
        LEFT JOIN case_file c ON c.id = cs.subject_id
        LEFT JOIN department u ON u.id = cs.subject_id AND c.id IS NULL  -- a unit under a checklist
        LEFT JOIN department d ON d.id = coalesce(c.department_id, u.id)
        WHERE cs.campaign_id = ? {one}
        ORDER BY 2
    """  # noqa: S608 (a fixed fragment)
    cur = db.execute(sql, [campaign_id] if subject_id is None else [campaign_id, subject_id])
    return list(map(CaseSubject._make, cur))


def progress_by_department(
    db: Database, campaign_id: str, subject_ids: Sequence[str] | None = None
) -> list[tuple[str, int, int, int, int]]:
    """(department, files, files assigned to a reviewer, files with a sheet, files whose review sheets are
    all submitted), by department name; once the campaign has a draw, its drawn files only (the files
    under review); with `subject_ids`, only the departments those files belong to."""
    only = ""
    params: list[str] = [campaign_id]
    if subject_ids is not None:
        marks = ", ".join("?" * len(subject_ids))
        only = f"""AND coalesce(d.name, '') IN (
            SELECT coalesce(d2.name, '') FROM campaign_subject cs2
            LEFT JOIN case_file c2 ON c2.id = cs2.subject_id
            LEFT JOIN department d2 ON d2.id = coalesce(c2.department_id, cs2.subject_id)
            WHERE cs2.campaign_id = ? AND cs2.subject_id IN ({marks}))"""  # noqa: S608 (? marks)
        params += [campaign_id, *subject_ids]
    sql = f"""
        SELECT coalesce(d.name, ''), count(*),
               sum(EXISTS(SELECT 1 FROM assignment a
                          WHERE a.campaign_id = cs.campaign_id AND a.subject_id = cs.subject_id)),
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
        WHERE cs.campaign_id = ? {only}
          AND (cs.draw_id IS NOT NULL OR NOT EXISTS (
                SELECT 1 FROM campaign_subject x
                WHERE x.campaign_id = cs.campaign_id AND x.draw_id IS NOT NULL))
        GROUP BY d.name
        ORDER BY d.name
    """  # noqa: S608 (a fixed fragment)
    return [tuple(r) for r in db.execute(sql, params)]
