"""`audit verify|export` and `db encrypt|decrypt|backup|check`: the record and the file that holds it."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from sqlite_utils import Database

from db.connection import database_key as opened_with
from db.connection import is_encrypted, open_database
from db.errors import DatabaseFileError
from db.files import backup_to, decrypt_file, encrypt_file, integrity
from workbench.audit.verify import verify
from workbench.cli import storage_commands
from workbench.exports.audit_workbook import write_audit_workbook

KEY_VARIABLE = "WORKBENCH_DB_KEY"


def add_parsers(sub: argparse._SubParsersAction) -> None:
    audit = sub.add_parser("audit", help="审计日志：核验、导出").add_subparsers(dest="action", required=True)
    audit.add_parser(
        "verify", help="核验审计日志的哈希链，以及评查表、扣分、分配、通知书编号与审计日志是否一致"
    ).set_defaults(run=audit_verify)
    exp = audit.add_parser("export", help="把审计日志导出为 Excel 工作簿，供检查使用")
    exp.add_argument("--out", required=True, type=Path, help="工作簿文件路径（.xlsx）")
    exp.set_defaults(run=audit_export)

    dbp = sub.add_parser("db", help="数据库文件：加密、解密、备份、检查").add_subparsers(
        dest="action", required=True
    )
    enc = dbp.add_parser("encrypt", help=f"加密数据库（口令取自 {KEY_VARIABLE}，否则提示输入两次）")
    enc.add_argument("--out", type=Path, default=None, help="写入新文件（默认原地加密）")
    enc.set_defaults(run=db_encrypt, raw_file=True)
    dec = dbp.add_parser("decrypt", help=f"解密数据库（口令取自 {KEY_VARIABLE}，否则提示输入）")
    dec.add_argument("--out", type=Path, default=None, help="写入新文件（默认原地解密）")
    dec.set_defaults(run=db_decrypt, raw_file=True)
    bak = dbp.add_parser(
        "backup", help="备份数据库（一致的快照，工作台打开时也可备份；加密数据库备份仍加密）"
    )
    bak.add_argument("--out", required=True, type=Path, help="备份文件路径")
    bak.set_defaults(run=db_backup)
    dbp.add_parser("check", help="检查数据库文件是否完好（逐页、逐索引、逐引用）").set_defaults(
        run=storage_commands.check
    )


def database_key(path: Path) -> str | None:
    """The password of an encrypted database: WORKBENCH_DB_KEY, else asked without echo at a terminal."""
    key = os.environ.get(KEY_VARIABLE)
    if key:
        return key
    if is_encrypted(path) and sys.stdin.isatty():
        return getpass.getpass("数据库口令：")
    return None


def _new_key(path: Path) -> str:
    key = os.environ.get(KEY_VARIABLE)
    if key:
        return key
    if not sys.stdin.isatty():
        raise DatabaseFileError(path=str(path), reason=f"请在环境变量 {KEY_VARIABLE} 中给出数据库口令")
    first = getpass.getpass("新的数据库口令：")
    if first != getpass.getpass("再次输入数据库口令："):
        raise DatabaseFileError(path=str(path), reason="两次输入的口令不一致，数据库未改动")
    return first


def audit_verify(db: Database, args: argparse.Namespace) -> int:
    verdict = verify(db)
    if not verdict.ok:
        print(f"审计核验未通过：{verdict.problem}。", file=sys.stderr)
        return 1
    print(
        f"审计核验通过：{verdict.audit_rows} 条审计记录的哈希链完整，"
        f"{verdict.table_rows} 条表记录与审计日志一致。链尾哈希 {verdict.head}"
    )
    return 0


def audit_export(db: Database, args: argparse.Namespace) -> int:
    if args.out.suffix.lower() != ".xlsx":
        raise DatabaseFileError(path=str(args.out), reason="审计日志导出为 .xlsx 工作簿，请使用 .xlsx 文件名")
    path, rows = write_audit_workbook(db, args.out)
    print(f"已导出 {rows} 条审计记录。", file=sys.stderr)
    print(path)
    return 0


def db_encrypt(_: None, args: argparse.Namespace) -> int:
    if is_encrypted(args.db):
        raise DatabaseFileError(path=str(args.db), reason="该数据库已经加密")
    out = encrypt_file(args.db, _new_key(args.db), args.out)
    print(out)
    return 0


def db_decrypt(_: None, args: argparse.Namespace) -> int:
    key = database_key(args.db)
    if key is None:
        raise DatabaseFileError(path=str(args.db), reason=f"请在环境变量 {KEY_VARIABLE} 中给出数据库口令")
    print(decrypt_file(args.db, key, args.out))
    return 0


def db_backup(db: Database, args: argparse.Namespace) -> int:
    if args.out.exists():
        raise DatabaseFileError(path=str(args.out), reason="目标文件已存在，请换一个文件名")
    print(backup_to(db, args.out, opened_with(args.db)))  # encrypted only if the database is
    return 0


def db_check(db: Database, args: argparse.Namespace) -> int:
    problems = integrity(db)
    if problems:
        print(f"数据库 {args.db} 未通过完整性检查（{len(problems)} 处问题）：", file=sys.stderr)
        for p in problems[:20]:
            print(f"  {p}", file=sys.stderr)
        return 1
    print(f"数据库 {args.db} 完整性检查通过。")
    return 0


def open_for_command(args: argparse.Namespace) -> Database:
    """The database a command works on, under its password when it is encrypted."""
    return open_database(args.db, key=database_key(args.db))
