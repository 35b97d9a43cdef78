"""Exchange jobs for the screens: plain functions of paths, each with its own database connection."""

from __future__ import annotations

import threading
from pathlib import Path

from db.connection import worker_database
from workbench.common.changes import Changes
from workbench.common.jobs import Progress, check_cancel
from workbench.exchange.copy import ReturnedPackage, make_result_package
from workbench.exchange.merge import MergePlan, apply_merge, plan_merge


def preview_merge(
    db_path: Path, file: Path, *, progress: Progress | None = None, cancel: threading.Event | None = None
) -> MergePlan:
    with worker_database(db_path) as db:
        check_cancel(cancel)
        plan = plan_merge(db, file)
    if progress is not None:
        progress(1, 1)
    return plan


def merge(
    db_path: Path,
    file: Path,
    *,
    author: str,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> tuple[MergePlan, Changes]:
    with worker_database(db_path) as db:
        return apply_merge(db, file, author=author, progress=progress, cancel=cancel)


def return_results(
    db_path: Path, out: Path, *, progress: Progress | None = None, cancel: threading.Event | None = None
) -> ReturnedPackage:
    with worker_database(db_path) as db:
        return make_result_package(db, db_path, out, progress=progress, cancel=cancel)
