"""`package`: task packages out to reviewers' laptops, result packages back into the master."""

from __future__ import annotations

import argparse
import json
import os
from getpass import getpass
from pathlib import Path

from sqlite_utils import Database

from workbench.campaigns.service import resolve_campaign
from workbench.common.kinds import SubjectKind
from workbench.exchange.copy import make_result_package, open_task_package
from workbench.exchange.issue import issue_task_package
from workbench.exchange.merge import apply_merge, plan_merge
from workbench.exchange.status import package_status
from workbench.review.scans import folder_for


def add_parsers(sub: argparse._SubParsersAction) -> None:
    pkg = sub.add_parser("package", help="分发任务包、回收结果包（多台电脑评查）").add_subparsers(
        dest="action", required=True
    )
    issue = pkg.add_parser("issue", help="为一名评查人员制作任务包（组织者工作库）")
    issue.add_argument("--campaign", required=True)
    issue.add_argument("--reviewer", required=True, help="评查人员姓名")
    issue.add_argument("--out", required=True, type=Path, help="输出文件夹或 .wbtask 文件")
    issue.add_argument("--passphrase", default=None, help="指定口令（默认随机生成并显示）")
    issue.add_argument("--no-scans", action="store_true", help="不附带案卷扫描件")
    issue.set_defaults(run=issue_package)
    opn = pkg.add_parser("open", help="打开任务包，建立或更新评查人员副本（--db 为副本）")
    opn.add_argument("file", type=Path)
    opn.add_argument(
        "--passphrase", default=None, help="任务包口令（默认取 WORKBENCH_PASSPHRASE 或提示输入）"
    )
    opn.set_defaults(run=open_package, opens_itself=True)
    ret = pkg.add_parser("return", help="从评查人员副本导出回收包")
    ret.add_argument("--out", required=True, type=Path, help="输出文件夹或 .wbresult 文件")
    ret.set_defaults(run=return_package)
    mrg = pkg.add_parser("merge", help="把回收包合并到组织者工作库")
    mrg.add_argument("file", type=Path)
    mrg.add_argument("--dry-run", action="store_true", help="只预览，不写入数据库")
    mrg.set_defaults(run=merge_package)
    lst = pkg.add_parser("list", help="列出各评查人员任务包的分发与回收情况")
    lst.add_argument("--campaign", required=True)
    lst.add_argument("--json", action="store_true", help="输出 JSON")
    lst.set_defaults(run=list_packages)


def issue_package(db: Database, args: argparse.Namespace) -> int:
    campaign = resolve_campaign(db, args.campaign)
    issued = issue_task_package(
        db,
        campaign,
        args.reviewer,
        args.out,
        author=args.author,
        scans_folder=None if args.no_scans else folder_for(args.db) / "scans",
        passphrase=args.passphrase,
    ).value
    what = "督察单位" if campaign.subject_kind == SubjectKind.UNIT else "件案卷"
    print(
        f"已为“{issued.reviewer}”制作第 {issued.sequence} 号任务包："
        f"{issued.subjects} {what}，{issued.scans} 个扫描件。"
    )
    if args.passphrase is None:
        print(f"口令：{issued.passphrase}")
        print("请把口令另行交给评查人员（不要与任务包放在同一个 U 盘或同一封邮件里）。")
    print(issued.path)
    return 0


def open_package(_db: Database | None, args: argparse.Namespace) -> int:
    passphrase = args.passphrase or os.environ.get("WORKBENCH_PASSPHRASE") or getpass("任务包口令：")
    opened = open_task_package(args.db, args.file, passphrase)
    if opened.unchanged:
        print(f"该任务包已经打开过，副本没有变化（评查人员：{opened.reviewer}）。")
        return 0
    verb = "已建立" if opened.created else "已更新"
    print(f"{verb}“{opened.reviewer}”的评查人员副本：{opened.campaign}，{opened.subjects} 项评查任务。")
    if opened.kept_local:
        print(f"其中 {opened.kept_local} 份评查表在本机已有修改，保留本机版本。")
    return 0


def return_package(db: Database, args: argparse.Namespace) -> int:
    returned = make_result_package(db, args.db, args.out)
    print(
        f"已导出“{returned.reviewer}”的第 {returned.sequence} 号回收包："
        f"{returned.sheets} 份评查表，其中 {returned.submitted} 份已提交。"
    )
    print(returned.path)
    return 0


def merge_package(db: Database, args: argparse.Namespace) -> int:
    if args.dry_run:
        plan = plan_merge(db, args.file)
        print("预览（未写入数据库）：")
    else:
        plan, _ = apply_merge(db, args.file, author=args.author)
    for line in plan.summary_lines():
        print(line)
    return 0


def list_packages(db: Database, args: argparse.Namespace) -> int:
    campaign = resolve_campaign(db, args.campaign)
    rows = package_status(db, campaign)
    if args.json:
        print(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2))
        return 0
    if not rows:
        print("尚未分发任务包。")
        return 0
    for r in rows:
        returned = r.last_merged or "尚未回收"
        print(
            f"{r.reviewer}\t任务包 {r.issued} 次（最近 {r.last_issued or '—'}）"
            f"\t回收 {r.merged} 次（最近 {returned}）"
        )
    return 0
