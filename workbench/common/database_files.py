"""What screens need of the database file itself: its password errors, a backup now, daily backups kept
beside it. (The UI reaches db/ only through workbench.)"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from db.connection import database_key
from db.errors import DatabaseKeyRequired, WrongDatabaseKey
from db.files import BACKUP_DAYS, backup_to, daily_backup
from workbench.common.workspace import Workspace

__all__ = ["BACKUP_DAYS", "DatabaseKeyRequired", "WrongDatabaseKey", "back_up", "keep_daily_backups"]


def back_up(workspace: Workspace, target: Path) -> Path:
    """A consistent copy of the open database (encrypted under the same password if it is encrypted)."""
    return backup_to(workspace.db, target, database_key(workspace.path))


def keep_daily_backups(
    workspace: Workspace, keep: int = BACKUP_DAYS, today: date | None = None
) -> Path | None:
    """Today's backup in `<db>.backups/` unless one exists, keeping the newest `keep`; the one made."""
    return daily_backup(
        workspace.db, workspace.path, key=database_key(workspace.path), keep=keep, today=today
    )
