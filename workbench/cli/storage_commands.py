"""`db check`: the full integrity check of the database file (every page, every index against its table,
every reference), for files too large to be checked in full each time they are opened."""

from __future__ import annotations

import argparse

from sqlite_utils import Database

from db.connection import way_out
from db.errors import DatabaseDamaged


def add_parsers(sub: argparse._SubParsersAction) -> None:
    db = sub.add_parser("db", help="数据库文件：完整性检查").add_subparsers(dest="action", required=True)
    db.add_parser("check", help="检查数据库文件是否完好（逐页、逐索引、逐引用）").set_defaults(run=check)


def check(db: Database, args: argparse.Namespace) -> int:
    problems = [r[0] for r in db.execute("PRAGMA integrity_check(20)").fetchall()]
    if problems == ["ok"]:
        problems = []
    dangling = db.execute("PRAGMA foreign_key_check").fetchall()
    problems += [
        f"表 {table} 第 {rowid} 行引用了不存在的 {parent} 记录" for table, rowid, parent, _ in dangling[:20]
    ]
    if problems:
        detail = "；".join(problems)[:500]
        raise DatabaseDamaged(path=str(args.db), detail=detail, way_out=way_out(args.db))
    print(f"数据库 {args.db} 完好：完整性检查与引用检查均通过。")
    return 0
