"""Import jobs for the screens: plain functions of paths, each opening its own database connection.

A sqlite connection belongs to the thread that opened it, so a job is handed the workspace path, never the
UI's Database. Every function takes `progress` and `cancel` as ui.jobs.Job passes them.
"""

from __future__ import annotations

import threading
from pathlib import Path

from sqlite_utils import Database

from db.connection import worker_database
from db.repos import cases, departments
from workbench.cases.importer import CaseImportResult, import_cases
from workbench.common.changes import Done
from workbench.common.jobs import Progress

__all__ = [
    "case_count",
    "department_names",
    "import_case_file",
    "preview_cases",
]


def department_names(db: Database) -> list[str]:
    """The departments already in the register, for the import dialog's suggestions."""
    return sorted(departments.all_by_name(db))


def case_count(db: Database) -> int:
    """How many case files the register holds."""
    return cases.count(db)


def preview_cases(
    db_path: Path,
    file: Path,
    *,
    department: str | None = None,
    update: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> CaseImportResult:
    """Parse a register and check its 案号 against the database (`update`: list changes); writes nothing."""
    with worker_database(db_path) as db:
        return import_cases(
            db,
            file,
            author="",
            department=department,
            dry_run=True,
            update=update,
            progress=progress,
            cancel=cancel,
        ).value


def import_case_file(
    db_path: Path,
    file: Path,
    *,
    author: str,
    department: str | None = None,
    update: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Done[CaseImportResult]:
    """Import a register: all of its cases in one transaction, or none of them (`update`: and the changes
    to cases already stored, audited)."""
    with worker_database(db_path) as db:
        return import_cases(
            db, file, author=author, department=department, update=update, progress=progress, cancel=cancel
        )
