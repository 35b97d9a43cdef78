"""The object the UI holds: one open database and the person working in it."""

from __future__ import annotations

import getpass
import os
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
    def open(cls, path: Path | str, author: str | None = None, *, key: str | None = None) -> Workspace:
        """`key`: the database password of an encrypted file."""
        return cls(Path(path), open_database(path, key=key), author or current_user())

    def close(self) -> None:
        self.db.close()
