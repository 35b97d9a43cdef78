"""Whole-file operations on a database: encrypt, decrypt, back up (SQLite's backup API), check.

Each writes a temporary beside its target and renames it into place only once it is complete and opens,
so a failure leaves every existing file as it was.
"""

from __future__ import annotations

import os
import re
import secrets
import sqlite3
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from db.connection import connect, is_encrypted, sqlcipher
from db.errors import DatabaseFileError

BACKUP_DAYS = 5  # daily backups kept beside a database unless the user says otherwise


def _partial(target: Path) -> Path:
    return target.with_name(f".{target.name}.{secrets.token_hex(4)}.part")


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _place(partial: Path, target: Path) -> None:
    """Rename a complete temporary over the target; a stale -wal/-shm of the old file goes with it."""
    _fsync(partial)
    os.replace(partial, target)
    for suffix in ("-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)


IN_USE = "数据库正被其他程序使用，请先关闭工作台再操作"


def _settle(path: Path, key: str | None, *, alone: bool) -> int:
    """Checkpoint the file's WAL into it so that it stands alone; its user_version. With `alone`, refused
    while another connection holds the file open: the last connection to close removes -wal and -shm,
    so if they remain after ours closes, someone else is still writing to this file."""
    conn = connect(path, key)
    try:
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        if busy:
            raise DatabaseFileError(path=str(path), reason=IN_USE)
        version = conn.execute("PRAGMA user_version").fetchone()[0]
    finally:
        conn.close()
    if alone and any(path.with_name(path.name + s).exists() for s in ("-wal", "-shm")):
        raise DatabaseFileError(path=str(path), reason=IN_USE)
    return version


def _check_target(source: Path, target: Path | None) -> Path:
    if not source.is_file():
        raise DatabaseFileError(path=str(source), reason="文件不存在")
    if target is None:
        return source
    if target.exists():
        raise DatabaseFileError(path=str(target), reason="目标文件已存在，请换一个文件名")
    return target


def _export(source: Path, source_key: str | None, target: Path, target_key: str) -> None:
    """SQLCipher's sqlcipher_export(): every table, index and row into a file under `target_key`
    ('' = plain), then the schema version, which the export leaves out."""
    version = _settle(source, source_key, alone=target == source)
    partial = _partial(target)
    conn = sqlcipher().connect(str(source))
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if source_key is not None:
            conn.execute("PRAGMA key = '{}'".format(source_key.replace("'", "''")))
        conn.execute("ATTACH DATABASE ? AS target KEY ?", [str(partial), target_key])
        conn.execute("SELECT sqlcipher_export('target')").fetchall()
        conn.execute(f"PRAGMA target.user_version = {int(version)}")
        conn.commit()
        conn.execute("DETACH DATABASE target")
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    finally:
        conn.close()
    try:
        check = connect(partial, target_key or None)
        try:
            problems = integrity(check)
        finally:
            check.close()
        if problems:
            raise DatabaseFileError(path=str(target), reason="生成的文件未通过完整性检查：" + problems[0])
        _place(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def encrypt_file(source: Path, key: str, target: Path | None = None) -> Path:
    """A plain database as an encrypted one under `key`: into `target`, or in place."""
    if not key:
        raise DatabaseFileError(path=str(source), reason="数据库口令不能为空")
    if is_encrypted(source):
        raise DatabaseFileError(path=str(source), reason="该数据库已经加密")
    out = _check_target(source, target)
    _export(source, None, out, key)
    return out


def decrypt_file(source: Path, key: str, target: Path | None = None) -> Path:
    """An encrypted database as a plain one: into `target`, or in place. A wrong key changes nothing."""
    if not is_encrypted(source):
        raise DatabaseFileError(path=str(source), reason="该数据库没有加密")
    out = _check_target(source, target)
    _export(source, key, out, "")
    return out


def backup_to(db: Database, target: Path, key: str | None = None) -> Path:
    """A consistent snapshot of an open database (SQLite's online backup API: the latest edits in the
    WAL included, the app may stay open); an encrypted database backs up encrypted under the same key."""
    partial = _partial(target)
    try:
        dest = connect(partial, key)
        try:
            db.conn.backup(dest)
        finally:
            dest.close()
        _place(partial, target)
    except OSError as exc:
        raise DatabaseFileError(path=str(target), reason=f"无法写入备份（{exc.strerror or exc}）") from exc
    finally:
        partial.unlink(missing_ok=True)
    return target


def integrity(conn: sqlite3.Connection | Database) -> list[str]:
    """What PRAGMA integrity_check finds wrong; empty when the file is sound."""
    rows = [r[0] for r in conn.execute("PRAGMA integrity_check").fetchall()]
    return [] if rows == ["ok"] else rows


def backups_folder(path: Path) -> Path:
    return path.with_name(path.name + ".backups")


def daily_backup(
    db: Database, path: Path, *, key: str | None, keep: int = BACKUP_DAYS, today: date | None = None
) -> Path | None:
    """Today's backup beside the database unless it exists (`<db>.backups/<name>-YYYY-MM-DD.sqlite`),
    then only the newest `keep` of them stay. Returns the backup made, or None."""
    if keep <= 0:
        return None
    folder = backups_folder(path)
    folder.mkdir(exist_ok=True)
    target = folder / f"{path.stem}-{(today or date.today()).isoformat()}.sqlite"
    made = None if target.exists() else backup_to(db, target, key)
    pattern = re.compile(re.escape(path.stem) + r"-\d{4}-\d{2}-\d{2}\.sqlite")
    dated = sorted(p for p in folder.iterdir() if pattern.fullmatch(p.name))
    for old in dated[:-keep]:
        old.unlink()
    return made
