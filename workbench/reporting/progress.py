"""How far a campaign has come, per department: files, assigned to a reviewer, scored (a sheet exists),
submitted."""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from db.connection import worker_database
from db.repos import campaigns as repo
from workbench.campaigns.service import Campaign
from workbench.common.jobs import Progress, check_cancel


@dataclass(frozen=True)
class DepartmentProgress:
    department: str
    files: int  # in the campaign's scope
    assigned: int  # with at least one reviewer assigned
    scored: int
    submitted: int


def campaign_progress(db: Database, campaign: Campaign) -> list[DepartmentProgress]:
    return [DepartmentProgress(*row) for row in repo.progress_by_department(db, campaign.id)]


def progress_of_campaigns(
    path: Path,
    campaigns: Sequence[Campaign],
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> dict[str, list[DepartmentProgress]]:
    """campaign id → its departments' counts, on a connection of its own (a job)."""
    counts = {}
    with worker_database(path) as db:
        for n, campaign in enumerate(campaigns):
            check_cancel(cancel)
            counts[campaign.id] = campaign_progress(db, campaign)
            if progress is not None:
                progress(n + 1, len(campaigns))
    return counts


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
