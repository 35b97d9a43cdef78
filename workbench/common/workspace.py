"""The object the UI holds: one open database and the person working in it."""

from __future__ import annotations

import getpass
import os
from concurrent.futures import Future
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from db.connection import open_database


def current_user() -> str:
    """Who is recorded as the author of edits: WORKBENCH_USER, else the login name."""
    try:
        return os.environ.get("WORKBENCH_USER") or getpass.getuser()
    except OSError:  # no login name in a bare container
        return "unknown"


@dataclass
class Workspace:
    path: Path
    db: Database
    author: str

    @classmethod
    def open(
        cls, path: Path | str, author: str | None = None, *, key: str | None = None, check_later: bool = False
    ) -> Workspace:
        """`key`: the database password of an encrypted file; `check_later`: the window's way, the
        integrity check in the background with writes waiting for it (db/integrity.py)."""
        db = open_database(path, key=key, check_later=check_later)
        return cls(Path(path), db, author or current_user())

    def integrity_check(self) -> Future[None] | None:
        """The database's background integrity check while it runs (Workspace.open(check_later=True))."""
        return getattr(self.db, "integrity", None)

    def close(self) -> None:
        self.db.close()
