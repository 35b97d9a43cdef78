"""open_database(): version guard, backup before upgrade, migrations in one transaction, pragmas."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlite_utils import Database

from db.errors import DatabaseKeyRequired, DatabaseTooNew, StorageError, WrongDatabaseKey
from db.migrations import SCHEMA_VERSION, migrations

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


def sqlcipher() -> object:
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
    read-only or full file becomes a StorageError the job can show. An encrypted file opens with the
    password it was opened with before."""
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


def open_database(path: Path | str, key: str | None = None) -> Database:
    """Open (creating if needed) and upgrade a workbench database. `key` is the database password of an
    encrypted file (a new file given one is created encrypted; a plain file opens plain)."""
    path = Path(path)
    key = key if key is not None else database_key(path)
    if key is not None and path.exists() and not is_encrypted(path):
        key = None
    if key is None and is_encrypted(path):
        raise DatabaseKeyRequired(path=str(path))
    try:
        db = _open(path, key)
    except sqlite3.Error as exc:
        mapped = storage_error(exc, path)
        if mapped is None:
            raise
        raise mapped from exc
    if key is not None:
        _KEYS[path.resolve()] = key
    return db


def _open(path: Path, key: str | None = None) -> Database:
    db = Database(connect(path, key))
    found = db.execute("PRAGMA user_version").fetchone()[0]
    if found > SCHEMA_VERSION:
        db.close()
        raise DatabaseTooNew(path=str(path), found=found, supported=SCHEMA_VERSION)
    db.execute("PRAGMA foreign_keys = ON")
    if migrations.pending(db):
        if found:
            _backup(db, path.with_name(f"{path.name}.bak-v{found}"), key)
        with db.atomic():  # every pending step in one transaction: all land or none does
            migrations.apply(db)
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
    db.enable_wal()
    db.execute("PRAGMA synchronous = FULL")  # a score edit is on disk when the call returns
    db.execute("PRAGMA busy_timeout = 5000")
    # random UUID keys scatter inserts over the whole index: keep it in memory (64 MiB, default 2)
    db.execute("PRAGMA cache_size = -65536")
    return db


def _backup(db: Database, target: Path, key: str | None = None) -> None:
    dest = connect(target, key)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
