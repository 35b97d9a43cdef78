"""Standard import jobs for the screens: read a file for the preview, then store the version."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from db.connection import worker_database
from workbench.common.jobs import Progress, check_cancel
from workbench.standards.model import Standard
from workbench.standards.service import ImportedStandard, import_standard_file, save_standard


def read_standard_file(
    file: Path,
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> ImportedStandard:
    """Read a standard (.xlsx or .csv) for the preview; nothing is stored."""
    check_cancel(cancel)
    imported = import_standard_file(Path(file))
    check_cancel(cancel)
    if progress is not None:
        progress(1, 1)
    return imported


def store_standard(
    db_path: Path,
    standard: Standard,
    *,
    author: str,
    name: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Standard:
    """Save a previewed standard as version 1 of a new standard, renamed if `name` is given."""
    if name and name != standard.name:
        standard = replace(standard, name=name)
    with worker_database(db_path) as db:
        check_cancel(cancel)
        stored = save_standard(db, standard, author=author)
    if progress is not None:
        progress(1, 1)
    return stored
