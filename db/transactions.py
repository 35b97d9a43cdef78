"""Writes under contention: every write transaction takes the write lock first (BEGIN IMMEDIATE).

SQLite's busy wait only helps a transaction that has not read yet: one that reads, then writes after
another process committed, fails at once with "database is locked". So every write starts with
`BEGIN IMMEDIATE` (sqlite-utils' `atomic()` starts with a plain, deferred BEGIN), waits for the lock
with the busy timeout, retries the BEGIN while `write_wait` lasts (nothing was done yet, so that is
safe), and otherwise says in Chinese that another window or program is writing. Checks that guard a
write (is the sheet submitted? has the department a notice?) then run inside the transaction and see
the last committed state.
"""

from __future__ import annotations

import functools
import sqlite3
import time
from collections.abc import Callable, Generator
from concurrent.futures import Future
from contextlib import contextmanager
from pathlib import Path
from typing import Concatenate, ParamSpec, TypeVar

from sqlite_utils import Database

from db.errors import StorageError, WriterBusy

BUSY_TIMEOUT_MS = 5000  # one wait for the write lock; a score edit waits no longer than this
_USER_FIXABLE = {
    "SQLITE_BUSY": "另一个窗口或程序正在写入该文件，请稍后再试",
    "SQLITE_LOCKED": "文件被锁定，请关闭其他正在使用它的程序",
    "SQLITE_READONLY": "文件或其所在文件夹只读，无法写入，请检查权限",
    "SQLITE_IOERR": "读写文件时出错（磁盘可能已满或已断开）",
    "SQLITE_CORRUPT": "文件已损坏，请用备份（同一文件夹中的 .bak 文件）恢复",
    "SQLITE_FULL": "磁盘空间不足",
    "SQLITE_CANTOPEN": "无法打开文件，请检查路径和权限",
    "SQLITE_NOTADB": "这不是工作台的数据库文件",
    "SQLITE_PERM": "没有写入权限",
}


def storage_error(exc: BaseException, path: Path | str = "") -> StorageError | None:
    """Map a sqlite failure the user can act on to a StorageError; None for bugs (and non-sqlite errors)."""
    if not isinstance(exc, sqlite3.Error):
        return None
    name = getattr(exc, "sqlite_errorname", "") or ""
    if not name and "database is locked" in str(exc):
        name = "SQLITE_BUSY"
    if "Could not decode to UTF-8" in str(exc):  # we store only valid text: the bytes were damaged
        name = "SQLITE_CORRUPT"
    if name.startswith("SQLITE_BUSY"):
        return WriterBusy(path=str(path) or "（当前数据库）")
    for prefix, reason in _USER_FIXABLE.items():
        if name.startswith(prefix):
            return StorageError(path=str(path) or "（当前数据库）", reason=reason)
    return None


_READS = ("SELECT", "PRAGMA", "WITH")  # statements that may run before the integrity verdict


class WorkbenchDatabase(Database):
    """A sqlite-utils Database whose outermost `atomic()` begins IMMEDIATE and speaks Chinese on failure."""

    write_wait: float = BUSY_TIMEOUT_MS / 1000  # seconds to keep asking for the write lock
    integrity: Future[None] | None = None  # the file's check while it runs (db/integrity.py)

    def __init__(self, target: Path | str | sqlite3.Connection, *, path: Path | str | None = None) -> None:
        # sqlite-utils plugins installed on this machine do not get to hook the connection holding case
        # data (and looking them up scans every installed package's entry points: 20 ms at start-up)
        super().__init__(target, execute_plugins=False)
        self.path = str(path if path is not None else target)
        # the driver's own implicit transactions (a bare INSERT via db.execute) take the lock first too
        self.conn.isolation_level = "IMMEDIATE"

    def await_integrity(self) -> None:
        """Wait for the file's background integrity check; DatabaseDamaged if it failed. Every write
        passes here first, so nothing is written to a damaged file."""
        if self.integrity is not None:
            self.integrity.result()  # raises DatabaseDamaged
            self.integrity = None

    def execute(self, sql: str, parameters: object = None) -> sqlite3.Cursor:
        """sqlite-utils' execute; a locked, read-only, full or damaged file becomes a StorageError."""
        if self.integrity is not None and not sql.lstrip()[:6].upper().startswith(_READS):
            self.await_integrity()
        try:
            return super().execute(sql, parameters)  # type: ignore[arg-type]
        except sqlite3.Error as exc:
            mapped = storage_error(exc, self.path)
            if mapped is None or self.conn.in_transaction:  # inside atomic(): mapped once, at its end
                raise
            raise mapped from exc

    @contextmanager
    def atomic(self) -> Generator[Database, None, None]:
        if self.conn.in_transaction:  # nested: a savepoint inside the outer write transaction
            with super().atomic():
                yield self
            return
        self.await_integrity()
        self._begin_immediate()
        try:
            yield self
        except BaseException as exc:
            self.rollback()
            mapped = storage_error(exc, self.path)
            if mapped is not None:
                raise mapped from exc
            raise
        try:
            self.conn.execute("COMMIT")
        except sqlite3.Error as exc:
            self.rollback()
            mapped = storage_error(exc, self.path)
            if mapped is None:
                raise
            raise mapped from exc

    def _begin_immediate(self) -> None:
        deadline = time.monotonic() + self.write_wait
        while True:
            try:
                self.conn.execute("BEGIN IMMEDIATE")  # waits up to the busy timeout for the lock
                return
            except sqlite3.OperationalError as exc:
                mapped = storage_error(exc, self.path)
                if isinstance(mapped, WriterBusy) and time.monotonic() < deadline:
                    time.sleep(0.05)
                    continue
                if mapped is None:
                    raise
                raise mapped from exc


P = ParamSpec("P")
R = TypeVar("R")


def in_write_transaction(fn: Callable[Concatenate[Database, P], R]) -> Callable[Concatenate[Database, P], R]:
    """Run a whole service (its checks, then its writes) in one write transaction on its first argument."""

    @functools.wraps(fn)
    def run(db: Database, /, *args: P.args, **kwargs: P.kwargs) -> R:
        with db.atomic():
            return fn(db, *args, **kwargs)

    return run
