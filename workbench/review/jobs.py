"""Review jobs for the screens: the paper score import, off the UI thread (its own connection)."""

from __future__ import annotations

import threading
from pathlib import Path

from db.connection import worker_database
from workbench.campaigns.service import get_campaign
from workbench.common.changes import Done
from workbench.common.jobs import Progress, check_cancel
from workbench.review.paper_import import ScoresImportResult, import_scores


def import_paper_scores(
    db_path: Path,
    campaign_id: str,
    file: Path,
    *,
    author: str,
    dry_run: bool,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Done[ScoresImportResult]:
    """Read (dry_run) or import paper score sheets, all or nothing; bad rows are named."""
    check_cancel(cancel)
    with worker_database(db_path) as db:
        campaign = get_campaign(db, campaign_id)
        done = import_scores(db, campaign, Path(file), author=author, dry_run=dry_run, cancel=cancel)
    if progress is not None:
        progress(1, 1)
    return done
