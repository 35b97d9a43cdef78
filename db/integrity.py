"""The integrity check of a database file: before anything is read (the CLI), or off the start-up path
(the window), with every write waiting for its verdict.

A damaged file would give wrong figures silently, so it is refused. Checking 100 MB takes about 0.6 s,
which the window does not wait for: it starts the check on its own connection in a background thread
and shows the campaign meanwhile; a write (the first score edit) waits for the verdict, so nothing is
ever written to a damaged file, and the window closes with the same message the CLI gives.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from sqlite_utils import Database

from db.errors import DatabaseDamaged

FULL_CHECK_UP_TO = 256 * 1024 * 1024  # bytes; integrity_check reads ~350 MB/s here, quick_check 3× faster

# References the schema does not declare but every figure relies on: a drawn file names its draw, a
# sheet its reviewer. A flipped bit in such an id passes integrity_check and would quietly drop the file
# from the campaign.
_UNDECLARED = (("campaign_subject", "draw_id", "draw"), ("score_sheet", "reviewer_id", "reviewer"))

# The closed vocabularies every count reads (a sheet's state and role, an entry's kind, what a campaign
# scores; workbench.common.kinds and the engine's EntryKind, held equal by a test). A flipped bit in such
# a word ("submitted" read as "submytted") passes integrity_check and would quietly turn a submitted
# sheet into a draft in every figure.
CLOSED_VOCABULARIES = (
    ("score_sheet", "status", ("draft", "submitted")),
    ("score_sheet", "role", ("review", "final")),
    ("score_entry", "kind", ("deduction", "veto", "na", "bonus")),
    ("campaign_subject", "subject_kind", ("case_file", "unit")),
)

_POOL = ThreadPoolExecutor(max_workers=1, thread_name_prefix="database-check")
_CHECKS: dict[Path, Future[None]] = {}  # one check per file and process: a job's connection reuses it


def check_integrity(db: Database, path: Path, way_out: Callable[[Path], str]) -> None:
    """Raise DatabaseDamaged when the file fails the check (`way_out` names the backups).

    integrity_check also compares every index with its table; quick_check does not, and of 120
    databases with one flipped bit (the demo, 200 files) 8 then reported different figures with exit 0
    against none with integrity_check (20 ms for a 7 MB file). Very large files get quick_check.
    """
    try:
        size = path.stat().st_size
    except OSError:
        size = 0
    pragma = "integrity_check" if size <= FULL_CHECK_UP_TO else "quick_check"
    rows = [r[0] for r in db.execute(f"PRAGMA {pragma}(5)").fetchall()]
    if rows == ["ok"]:
        rows = broken_references(db) + unknown_words(db)
    if rows:
        raise DatabaseDamaged(path=str(path), detail="；".join(rows)[:200], way_out=way_out(path))


def broken_references(db: Database) -> list[str]:
    """Rows that name a record that is not there, for the undeclared references above (declared foreign
    keys are `db check`'s, so that `audit verify` can still name a tampered row)."""
    found: list[str] = []
    tables = set(db.table_names())
    for table, column, parent in _UNDECLARED:
        if table in tables and parent in tables:
            sql = (
                f"SELECT rowid FROM [{table}] WHERE [{column}] IS NOT NULL"  # noqa: S608 (constant names)
                f" AND [{column}] NOT IN (SELECT id FROM [{parent}]) LIMIT 5"
            )
            found += [f"表 {table} 第 {r[0]} 行引用了不存在的 {parent} 记录" for r in db.execute(sql)]
    return found


def check_in_background(
    path: Path, connect: Callable[[], sqlite3.Connection], way_out: Callable[[Path], str]
) -> Future[None]:
    """The file's check, started now on its own connection (made by `connect`) unless one already ran
    or runs in this process; its result is None, or it raises DatabaseDamaged."""
    path = path.resolve()
    if (known := _CHECKS.get(path)) is not None and not (known.done() and known.exception()):
        return known

    def run() -> None:
        conn = connect()
        try:
            check_integrity(Database(conn, execute_plugins=False), path, way_out)
        finally:
            conn.close()

    _CHECKS[path] = future = _POOL.submit(run)
    return future


def check_of(path: Path) -> Future[None] | None:
    """The check this process started for the file, if any (a job's connection waits on the same one)."""
    return _CHECKS.get(path.resolve())


def unknown_words(db: Database) -> list[str]:
    """Rows whose closed-vocabulary column holds a word the workbench never writes."""
    found: list[str] = []
    tables = set(db.table_names())
    for table, column, words in CLOSED_VOCABULARIES:
        if table in tables:
            marks = ", ".join("?" * len(words))
            sql = f"SELECT rowid, [{column}] FROM [{table}] WHERE [{column}] NOT IN ({marks}) LIMIT 5"  # noqa: S608
            found += [
                f"表 {table} 第 {r[0]} 行的 {column} 为未知值 {str(r[1])[:20]!r}"
                for r in db.execute(sql, words)
            ]
    return found
