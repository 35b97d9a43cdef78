"""Checks before SQLite touches a path: the folder, the file's kind, free space, another app's database.

SQLite alone would report most of these late or vaguely ("unable to open database file"), or, for a
SQLite file of another program, happily add the workbench's tables to it. Each check raises a
StorageError naming the file and what to do; nothing has been written when one fails.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from pathlib import Path

from db.errors import StorageError

MIN_FREE_BYTES = 20 * 1024 * 1024  # a migration, the WAL and a backup of a small database fit in this
OUR_TABLES = {"_sqlite_migrations", "case_file", "standard", "campaign"}  # any one marks our database


def check_database_path(path: Path) -> None:
    """Raise StorageError if `path` cannot be (or should not be) opened as a workbench database."""
    folder = path.parent
    if path.is_dir():
        raise StorageError(path=str(path), reason="这是一个文件夹，不是数据库文件")
    if not folder.is_dir():
        raise StorageError(path=str(path), reason=f"文件夹 {folder} 不存在（是否移动了文件夹或拔出了U盘？）")
    exists = path.is_file() and path.stat().st_size > 0
    # no header check here: an encrypted database has none, and SQLite itself says SQLITE_NOTADB
    if exists and _foreign(path):
        raise StorageError(path=str(path), reason="这是其他程序的 SQLite 数据库，不是工作台的数据库文件")
    if not os.access(folder, os.W_OK):  # SQLite writes its journal beside the file, even to open it
        raise StorageError(
            path=str(path), reason=f"文件夹 {folder} 只读，请把数据库复制到可写的文件夹后再打开"
        )
    if exists and not os.access(path, os.W_OK):
        raise StorageError(path=str(path), reason="文件只读，请在文件属性中取消“只读”后再打开")
    free = shutil.disk_usage(folder).free
    if free < MIN_FREE_BYTES:
        raise StorageError(
            path=str(path),
            reason=f"磁盘空间不足（{folder} 所在磁盘仅剩 {free / 1024 / 1024:.1f} MB），请清理磁盘后再试",
        )


def _foreign(path: Path) -> bool:
    """A plain SQLite file with tables, none of them ours, and no schema version: another program's data.
    (An encrypted or non-SQLite file fails to open here and is left to open_database.)"""
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            con.close()
    except sqlite3.Error:
        return False  # let open_database report what SQLite says about it
    return version == 0 and bool(tables) and not tables & OUR_TABLES
