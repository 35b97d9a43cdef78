"""Campaign jobs for the screens: the draw, its verification, the assignment and the two list imports.

Each is a plain function of the database path and ids, opening its own connection (a sqlite connection
belongs to the thread that opened it), taking `progress` and `cancel` as ui.jobs.Job passes them. The
services they call do not report progress; Cancel is honoured up to the moment they start writing.
Each returns `Done(result, changes)` (a preview changes nothing).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from db.connection import worker_database
from workbench.assignment.reviewers import ReviewersImportResult, import_reviewers
from workbench.assignment.service import (
    AssignmentResult,
    AssignmentsImportResult,
    assign_campaign,
    import_assignments,
)
from workbench.campaigns.service import get_campaign
from workbench.common.changes import Done
from workbench.common.jobs import Progress, check_cancel
from workbench.draw.algorithm import DrawPlan
from workbench.draw.service import DrawRecord, VerifyReport, sample_campaign, verify_campaign

__all__ = [
    "assign_reviewers",
    "draw_files",
    "import_assignment_file",
    "import_reviewer_file",
    "verify_draw",
]


@contextmanager
def _database(db_path: Path, cancel: threading.Event | None) -> Iterator[Database]:
    """This thread's own connection, unless the user has cancelled already."""
    check_cancel(cancel)
    with worker_database(db_path) as db:
        yield db


def _done(progress: Progress | None) -> None:
    if progress is not None:
        progress(1, 1)


def draw_files(
    db_path: Path,
    campaign_id: str,
    plan: DrawPlan,
    *,
    author: str,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Done[DrawRecord]:
    """Draw and record the campaign's files (双随机)."""
    with _database(db_path, cancel) as db:
        campaign = get_campaign(db, campaign_id)
        check_cancel(cancel)
        done = sample_campaign(db, campaign, plan, author=author)
    _done(progress)
    return done


def verify_draw(
    db_path: Path,
    campaign_id: str,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> VerifyReport:
    """Re-derive the campaign's latest draw from its seed and the current case list; writes nothing."""
    with _database(db_path, cancel) as db:
        report = verify_campaign(db, get_campaign(db, campaign_id))
    _done(progress)
    return report


def assign_reviewers(
    db_path: Path,
    campaign_id: str,
    *,
    per_file: int,
    author: str,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Done[AssignmentResult]:
    """Assign reviewers to the campaign's files, all or nothing."""
    with _database(db_path, cancel) as db:
        campaign = get_campaign(db, campaign_id)
        check_cancel(cancel)
        done = assign_campaign(db, campaign, per_file=per_file, author=author)
    _done(progress)
    return done


def import_assignment_file(
    db_path: Path,
    campaign_id: str,
    file: Path,
    *,
    author: str,
    dry_run: bool,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Done[AssignmentsImportResult]:
    """Read (dry_run) or apply an assignment sheet (案号, 评查人), all or nothing."""
    with _database(db_path, cancel) as db:
        campaign = get_campaign(db, campaign_id)
        check_cancel(cancel)
        done = import_assignments(db, campaign, Path(file), author=author, dry_run=dry_run)
    _done(progress)
    return done


def import_reviewer_file(
    db_path: Path,
    file: Path,
    *,
    author: str,
    dry_run: bool,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Done[ReviewersImportResult]:
    """Read (dry_run) or import a reviewer list (姓名, 所在单位, 角色), all or nothing."""
    with _database(db_path, cancel) as db:
        check_cancel(cancel)
        done = import_reviewers(db, Path(file), author=author, dry_run=dry_run)
    _done(progress)
    return done
