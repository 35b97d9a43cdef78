"""How far a campaign has come, per department: files, assigned to a reviewer, scored (a sheet exists),
submitted."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from db.repos import campaigns as repo
from workbench.campaigns.service import Campaign


@dataclass(frozen=True)
class DepartmentProgress:
    department: str
    files: int  # in the campaign's scope
    assigned: int  # with at least one reviewer assigned
    scored: int
    submitted: int


def campaign_progress(db: Database, campaign: Campaign) -> list[DepartmentProgress]:
    return [DepartmentProgress(*row) for row in repo.progress_by_department(db, campaign.id)]


def departments_progress(
    db: Database, campaign: Campaign, subject_ids: Iterable[str]
) -> list[DepartmentProgress]:
    """The counts of only the departments these files belong to (one small query after an edit)."""
    return [
        DepartmentProgress(*row) for row in repo.progress_by_department(db, campaign.id, list(subject_ids))
    ]


def total_progress(rows: list[DepartmentProgress]) -> DepartmentProgress:
    return DepartmentProgress(
        "",
        sum(r.files for r in rows),
        sum(r.assigned for r in rows),
        sum(r.scored for r in rows),
        sum(r.submitted for r in rows),
    )
