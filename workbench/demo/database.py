"""A demo database built for the start page's 试用演示数据, complete or not at all."""

from __future__ import annotations

import contextlib
import os
import threading
from pathlib import Path

from db.connection import open_database
from workbench.common.jobs import Progress, no_progress
from workbench.demo.generator import DemoSummary, generate_demo


def create_demo_database(
    path: Path,
    *,
    files: int = 3000,
    seed: int = 2026,
    author: str = "演示数据",
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> DemoSummary:
    """Write the demo campaign to `path` (a new file): built beside it under a temporary name and moved
    into place only when complete, so a cancelled or failed run leaves no half-filled database."""
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(f".{path.name}.part")
    _remove(partial)
    try:
        db = open_database(partial)
        try:
            summary = generate_demo(
                db, files=files, seed=seed, author=author, progress=progress or no_progress, cancel=cancel
            )
            db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            db.close()
        os.replace(partial, path)
    finally:
        _remove(partial)
    return summary


def _remove(database: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            database.with_name(database.name + suffix).unlink()
