"""open_database(): version guard, integrity check, backup before upgrade, migrations in one transaction,
pragmas; writes begin IMMEDIATE (db/transactions.py)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from db.errors import (
    DatabaseDamaged,
    DatabaseKeyRequired,
    DatabaseTooNew,
    EmptyDatabaseFile,
    StorageError,
    WrongDatabaseKey,
)
from db.integrity import check_in_background, check_integrity, check_of
from db.migrations import SCHEMA_VERSION, migrations
from db.preflight import check_database_path
from db.transactions import BUSY_TIMEOUT_MS, WorkbenchDatabase, storage_error

__all__ = ["connect", "database_key", "is_encrypted", "open_database", "storage_error", "worker_database"]


# --- the raw connection: stdlib sqlite3 for a plain file, SQLCipher's under a database password ----------

SQLITE_HEADER = b"SQLite format 3\x00"
_KEYS: dict[Path, str] = {}  # database passwords that opened a file in this process, for jobs' connections


def is_encrypted(path: Path | str) -> bool:
    """Not a plain SQLite file but whole pages (SQLCipher writes nothing else): an encrypted database,
    unless it is noise that happens to be a multiple of 512 bytes long."""
    try:
        with open(path, "rb") as f:
            head = f.read(len(SQLITE_HEADER))
            size = f.seek(0, 2)
    except FileNotFoundError:
        return False
    return bool(head) and head != SQLITE_HEADER and size % 512 == 0


def sqlcipher() -> Any:
    """sqlcipher3's dbapi module, its errors made catchable as the matching sqlite3 errors (once)."""
    from sqlcipher3 import dbapi2

    if not issubclass(dbapi2.DatabaseError, sqlite3.DatabaseError):
        # Its errors are a separate family; code here and in sqlite-utils catches sqlite3's.
        for name in (
            "InterfaceError",
            "DatabaseError",
            "DataError",
            "OperationalError",
            "IntegrityError",
            "InternalError",
            "ProgrammingError",
            "NotSupportedError",
        ):
            cls = getattr(dbapi2, name)
            cls.__bases__ = (*cls.__bases__, getattr(sqlite3, name))
    return dbapi2


def connect(path: Path | str, key: str | None = None) -> sqlite3.Connection:
    """A raw connection: plain sqlite3 without a key, SQLCipher keyed with `key` (a new file is created
    encrypted). A wrong key raises WrongDatabaseKey; a damaged encrypted file a StorageError."""
    if key is None:
        return sqlite3.connect(path)
    conn = sqlcipher().connect(str(path))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")  # a wrong key is our message, not a stderr line
        conn.execute("PRAGMA key = '{}'".format(key.replace("'", "''")))
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()  # decrypts page 1 or fails here
    except sqlite3.DatabaseError as exc:
        conn.close()
        if getattr(exc, "sqlite_errorname", "") == "SQLITE_NOTADB":
            raise WrongDatabaseKey(path=str(path)) from exc
        raise StorageError(
            path=str(path), reason="加密数据库文件已损坏或不完整（可能被截断），请从备份恢复"
        ) from exc
    return conn


def database_key(path: Path | str) -> str | None:
    """The password that opened this file earlier in this process, if any."""
    return _KEYS.get(Path(path).resolve())


@contextmanager
def worker_database(path: Path | str) -> Iterator[Database]:
    """A background job's own connection (SQLite connections stay on their thread); a locked,
    read-only or full file becomes a StorageError the job can show."""
    db = open_database(path, check_later=check_of(Path(path)) is not None)  # the window's check, shared
    try:
        yield db
    except sqlite3.Error as exc:
        mapped = storage_error(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
    finally:
        db.close()


def open_database(path: Path | str, key: str | None = None, *, check_later: bool = False) -> Database:
    """Open (creating if needed) and upgrade a workbench database. `key` is the database password of an
    encrypted file (a new file given one is created encrypted; a plain file opens plain).

    The file's integrity is checked before anything is read, or with check_later in a background thread
    (db/integrity.py) whose verdict every write waits for: the window shows at once. A file that needs an
    upgrade is always checked first."""
    path = Path(path)
    check_database_path(path)
    _refuse_empty_file(path)
    key = key if key is not None else database_key(path)
    if key is not None and path.exists() and not is_encrypted(path):
        key = None
    if key is None and is_encrypted(path):
        raise DatabaseKeyRequired(path=str(path))
    try:
        db = _open(path, key, check_later)
    except sqlite3.Error as exc:
        mapped = storage_error(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
    if key is not None:
        _KEYS[path.resolve()] = key
    return db


def _open(path: Path, key: str | None, check_later: bool = False) -> WorkbenchDatabase:
    db = WorkbenchDatabase(connect(path, key), path=path)
    try:
        return _prepare(db, path, key, check_later)
    except BaseException:
        db.close()
        raise


def _prepare(db: WorkbenchDatabase, path: Path, key: str | None, check_later: bool) -> WorkbenchDatabase:
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    found = db.execute("PRAGMA user_version").fetchone()[0]
    if found > SCHEMA_VERSION:
        db.close()
        raise DatabaseTooNew(path=str(path), found=found, supported=SCHEMA_VERSION)
    db.execute("PRAGMA foreign_keys = ON")
    pending = migrations.pending(db)
    if found and check_later and not pending:
        db.integrity = check_in_background(path, lambda: connect(path, key), way_out)
    elif found:
        try:
            check_integrity(db, path, way_out)
        except DatabaseDamaged:
            db.close()
            raise
    if pending:
        if found:
            _backup(db, path.with_name(f"{path.name}.bak-v{found}"), key)
        with db.atomic():  # every pending step in one transaction: all land or none does
            migrations.apply(db)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.enable_wal()
    db.execute("PRAGMA synchronous = FULL")  # a score edit is on disk when the call returns
    # random UUID keys scatter inserts over the whole index: keep it in memory (64 MiB, default 2)
    db.execute("PRAGMA cache_size = -65536")
    return db


def _backup(db: Database, target: Path, key: str | None = None) -> None:
    dest = connect(target, key)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()


def backups_of(path: Path) -> list[Path]:
    """The copies the workbench keeps beside a database (one before each upgrade), newest first."""
    found = [p for p in path.parent.glob(f"{path.name}.bak*") if p.is_file() and p.stat().st_size]
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


def way_out(path: Path) -> str:
    """The sentence naming the backups a damaged or emptied database can be restored from."""
    found = backups_of(path)
    if found:
        names = "、".join(p.name for p in found[:3])
        return f"可用的备份：{names}（在同一文件夹中；先复制一份，再把备份改名为 {path.name} 后打开）。"
    return "同一文件夹中没有工作台的备份（.bak 文件），请用您另存的副本恢复。"


def _refuse_empty_file(path: Path) -> None:
    try:
        empty = path.is_file() and path.stat().st_size == 0
    except OSError:
        return  # sqlite says what is wrong with the path
    if empty:
        raise EmptyDatabaseFile(path=str(path), way_out=way_out(path))
