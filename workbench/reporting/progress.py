"""How far a campaign has come, per department: files assigned, scored (a sheet exists), submitted."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from db.repos import campaigns as repo
from workbench.campaigns.service import Campaign


@dataclass(frozen=True)
class DepartmentProgress:
    department: str
    assigned: int
    scored: int
    submitted: int


def campaign_progress(db: Database, campaign: Campaign) -> list[DepartmentProgress]:
    return [DepartmentProgress(*row) for row in repo.progress_by_department(db, campaign.id)]


def total_progress(rows: list[DepartmentProgress]) -> DepartmentProgress:
    return DepartmentProgress(
        "", sum(r.assigned for r in rows), sum(r.scored for r in rows), sum(r.submitted for r in rows)
    )
