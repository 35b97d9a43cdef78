"""open_database(): version guard, backup before upgrade, migrations in one transaction, pragmas."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from db.errors import DatabaseTooNew, StorageError
from db.migrations import SCHEMA_VERSION, migrations
from db.preflight import check_database_path

_USER_FIXABLE = {
    "SQLITE_BUSY": "文件正被其他程序使用，请稍后再试",
    "SQLITE_LOCKED": "文件被锁定，请关闭其他正在使用它的程序",
    "SQLITE_READONLY": "文件只读，请检查文件权限",
    "SQLITE_IOERR": "读写文件时出错",
    "SQLITE_CORRUPT": "文件已损坏",
    "SQLITE_FULL": "磁盘空间不足",
    "SQLITE_CANTOPEN": "无法打开文件，请检查路径和权限",
    "SQLITE_NOTADB": "这不是工作台的数据库文件",
}


def storage_error(exc: sqlite3.Error, path: Path | str) -> StorageError | None:
    """Map a sqlite failure the user can act on to a StorageError; None for bugs."""
    name = getattr(exc, "sqlite_errorname", "")
    for prefix, reason in _USER_FIXABLE.items():
        if name.startswith(prefix):
            return StorageError(path=str(path), reason=reason)
    return None


@contextmanager
def worker_database(path: Path | str) -> Iterator[Database]:
    """A background job's own connection (SQLite connections stay on their thread); a locked,
    read-only or full file becomes a StorageError the job can show."""
    db = open_database(path)
    try:
        yield db
    except sqlite3.Error as exc:
        mapped = storage_error(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
    finally:
        db.close()


def open_database(path: Path | str) -> Database:
    """Open (creating if needed) and upgrade a workbench database."""
    path = Path(path)
    check_database_path(path)
    try:
        return _open(path)
    except sqlite3.Error as exc:
        mapped = storage_error(exc, path)
        if mapped is None:
            raise
        raise mapped from exc


def _open(path: Path) -> Database:
    db = Database(path)
    found = db.execute("PRAGMA user_version").fetchone()[0]
    if found > SCHEMA_VERSION:
        db.close()
        raise DatabaseTooNew(path=str(path), found=found, supported=SCHEMA_VERSION)
    db.execute("PRAGMA foreign_keys = ON")
    if migrations.pending(db):
        if found:
            _backup(db, path.with_name(f"{path.name}.bak-v{found}"))
        with db.atomic():  # every pending step in one transaction: all land or none does
            migrations.apply(db)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.enable_wal()
    db.execute("PRAGMA synchronous = FULL")  # a score edit is on disk when the call returns
    db.execute("PRAGMA busy_timeout = 5000")
    # random UUID keys scatter inserts over the whole index: keep it in memory (64 MiB, default 2)
    db.execute("PRAGMA cache_size = -65536")
    return db


def _backup(db: Database, target: Path) -> None:
    dest = sqlite3.connect(target)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
