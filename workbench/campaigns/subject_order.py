"""A campaign's files in natural 案号 order, read from the stored ranks (db step 0012) when they are
known, so the case list can open on ids alone; ranked again when files were added or renumbered."""

from __future__ import annotations

import threading
from pathlib import Path

from sqlite_utils import Database

from db.connection import worker_database
from db.repos import subject_order as repo
from workbench.common.changes import NOTHING, Changes
from workbench.common.jobs import Progress, check_cancel
from workbench.common.text_order import natural_key


def ordered_subjects(db: Database, campaign_id: str) -> tuple[list[str], bool]:
    """(the ids of the files under review in natural 案号 order, whether that came from stored ranks).

    Without stored ranks the order is worked out here (about a second per 100,000 files) and not
    stored: a reader does not write; `rank_subjects` (a writer or a background job) stores it."""
    stored = repo.ordered_ids(db, campaign_id)
    if stored is not None:
        return stored, True
    return [r.subject_id for r in _ranked(repo.names(db, campaign_id)) if r.in_scope], False


def rank_subjects(db: Database, campaign_id: str) -> None:
    """Store the natural order of every file of the campaign (call inside a write transaction)."""
    repo.store(db, _ranked(repo.names(db, campaign_id)))


def store_subject_order(
    path: Path, campaign_id: str, *, progress: Progress | None = None, cancel: threading.Event | None = None
) -> Changes:
    """Rank a campaign whose order had to be worked out at opening (a job: its own connection), so that
    the next opening reads it. Nothing a screen shows changes."""
    check_cancel(cancel)
    with worker_database(path) as db, db.atomic():
        rank_subjects(db, campaign_id)
    return NOTHING


def _ranked(rows: list[repo.Named]) -> list[repo.Named]:
    return sorted(rows, key=lambda r: (natural_key(r.name), r.name, r.subject_id))
