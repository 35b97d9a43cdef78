"""Argument parsing and the one place that turns errors into exit codes: 0 ok, 2 bad input, 1 bug."""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
import traceback
from collections.abc import Sequence
from contextlib import closing
from datetime import datetime
from pathlib import Path

from workbench.cli import (
    assign_commands,
    commands,
    db_commands,
    draw_commands,
    export_commands,
    ledger_commands,
    office_commands,
    package_commands,
    recheck_commands,
    round_commands,
    user_commands,
)
from workbench.cli.argparse_zh import install as install_chinese_argparse
from workbench.cli.setup_args import add_setup_arguments
from workbench.common.about import version_line
from workbench.common.jobs import Cancelled
from workbench.common.known_errors import KNOWN_ERRORS, as_known
from workbench.common.places import Places
from workbench.exchange.binding import copy_owner, refuse_on_copy


def build_parser() -> argparse.ArgumentParser:
    install_chinese_argparse()
    p = argparse.ArgumentParser(prog="workbench", description="案卷评查工作台 命令行")
    p.add_argument("--version", action="version", version=version_line())
    p.add_argument("--db", required=True, type=Path, help="数据库文件路径（不存在时新建）")
    p.add_argument(
        "--user",
        default=None,
        help="操作人姓名（默认取 WORKBENCH_USER 或系统用户名）；"
        "已建账户时须登录，口令取自 WORKBENCH_PASSWORD 或提示输入（不回显）",
    )
    sub = p.add_subparsers(dest="command", required=True, metavar="COMMAND")

    demo = sub.add_parser("demo", help="生成演示评查活动")
    demo.add_argument("--files", type=int, default=3000, help="案卷数量（默认 3000）")
    demo.add_argument("--seed", type=int, default=2026, help="随机种子（相同种子生成相同数据）")
    demo.set_defaults(run=commands.demo)

    std = sub.add_parser("standard", help="评分标准：导入、导出、列表").add_subparsers(
        dest="action", required=True
    )
    imp = std.add_parser("import", help="导入评分标准（.xlsx 工作台格式，或公布的 .csv 格式）")
    imp.add_argument("file", type=Path)
    imp.add_argument("--name", default=None, help="标准名称（默认取文件中的名称或文件名）")
    imp.set_defaults(run=commands.standard_import)
    exp = std.add_parser("export", help="把评分标准导出为可编辑的 Excel 工作簿")
    exp.add_argument("id")
    exp.add_argument("file", type=Path)
    exp.set_defaults(run=commands.standard_export)
    std.add_parser("list", help="列出评分标准").set_defaults(run=commands.standard_list)

    cases = sub.add_parser("cases", help="案件台账").add_subparsers(dest="action", required=True)
    cimp = cases.add_parser("import", help="导入案件台账（.xlsx / .xls / .csv）")
    cimp.add_argument("file", type=Path)
    cimp.add_argument("--department", default=None, help="台账中没有“执法部门”列时使用的部门名称")
    cimp.add_argument("--dry-run", action="store_true", help="只预览，不写入数据库")
    cimp.add_argument(
        "--update", action="store_true", help="台账中已有的案号：更新其字段（列出每项改动，不删除案件）"
    )
    cimp.set_defaults(run=commands.cases_import)

    camp = sub.add_parser("campaign", help="评查活动").add_subparsers(dest="action", required=True)
    create = camp.add_parser("create", help="新建评查活动，输出其编号")
    create.add_argument("name")
    create.add_argument("--standard", required=True, help="评分标准编号（或其前缀、名称）")
    create.add_argument("--year", type=int, default=None)
    scope = create.add_mutually_exclusive_group()
    scope.add_argument("--all-cases", action="store_true", help="纳入全部案卷（默认）")
    scope.add_argument("--department", action="append", default=None, help="只纳入该部门的案卷，可重复")
    add_setup_arguments(create, reviewer="评查人", per_subject="每件案卷")
    create.set_defaults(run=commands.campaign_create)
    camp.add_parser("list", help="列出评查活动").set_defaults(run=commands.campaign_list)
    recheck_commands.add_parsers(sub, camp)  # `recheck list|decide|finalize`, `campaign set`
    round_commands.add_parsers(sub)

    scores = sub.add_parser("scores", help="评查得分").add_subparsers(dest="action", required=True)
    simp = scores.add_parser("import", help="导入纸质评查表录入的扣分（每行一条扣分或否决情形）")
    simp.add_argument("file", type=Path)
    simp.add_argument("--campaign", required=True)
    simp.add_argument("--dry-run", action="store_true", help="只检查，不写入数据库")
    simp.set_defaults(run=commands.scores_import)

    smp = sub.add_parser("sample", help="双随机抽取案卷：按公开种子抽取，逐行输出抽中的案号")
    smp.add_argument("--campaign", required=True)
    smp.add_argument("--seed", required=True, help="公开的随机种子")
    quota = smp.add_mutually_exclusive_group()
    quota.add_argument("--per-department", type=int, default=None, help="每个部门抽取的件数")
    quota.add_argument("--share", default=None, help="每个部门抽取的比例，如 0.1 或 10%%")
    smp.add_argument("--minimum", type=int, default=None, help="每个部门最少抽取的件数")
    smp.add_argument("--maximum", type=int, default=None, help="每个部门最多抽取的件数")
    smp.add_argument("--departments", type=int, default=None, help="同时随机抽取的部门数（双随机）")
    smp.add_argument("--unit-chosen", nargs="+", default=None, metavar="案号", help="单位自选的案卷")
    smp.set_defaults(run=draw_commands.sample)
    ver = sub.add_parser("verify-sample", help="按记录的种子和参数重新抽取，核验抽取结果")
    ver.add_argument("--campaign", required=True)
    ver.set_defaults(run=draw_commands.verify_sample)

    rv = sub.add_parser("reviewers", help="评查人员名单").add_subparsers(dest="action", required=True)
    rimp = rv.add_parser("import", help="导入评查人员（列：姓名、所在单位、角色）")
    rimp.add_argument("file", type=Path)
    rimp.add_argument("--dry-run", action="store_true", help="只预览，不写入数据库")
    rimp.set_defaults(run=assign_commands.reviewers_import)
    rcon = rv.add_parser("conflict", help="回避").add_subparsers(dest="conflict", required=True)
    radd = rcon.add_parser("add", help="申报回避：评查人员不评某部门的案卷或某件案卷")
    radd.add_argument("--reviewer", required=True, help="评查人员姓名")
    radd.add_argument("--department", default="", help="回避的部门（与 --case 二选一）")
    radd.add_argument("--case", default="", help="回避的案号（与 --department 二选一）")
    radd.add_argument("--reason", required=True, help="回避理由")
    radd.set_defaults(run=assign_commands.conflict_add)
    rcon.add_parser("list", help="列出已申报的回避").set_defaults(run=assign_commands.conflict_list)
    asg = sub.add_parser("assign", help="交叉评查：为抽取的（或全部）案卷分配评查人员")
    asg.add_argument("--campaign", required=True)
    asg.add_argument(
        "--reviewers-per-file", type=int, default=None, help="每件案卷的评查人数（1–3，默认按评查活动设置）"
    )
    asg.set_defaults(run=assign_commands.assign)
    asl = sub.add_parser("assignments", help="列出评查活动的分配")
    asl.add_argument("--campaign", required=True)
    asl.add_argument("--json", action="store_true", help="输出 JSON")
    asl.set_defaults(run=assign_commands.assignments_list)

    rep = sub.add_parser("report", help="评查结果：案卷得分与单位排名")
    rep.add_argument("--campaign", required=True)
    rep.add_argument("--json", action="store_true", help="输出 JSON")
    rep.set_defaults(run=commands.report)
    export_commands.add_parsers(sub)
    ledger_commands.add_parsers(sub)
    package_commands.add_parsers(sub)
    db_commands.add_parsers(sub)  # `audit …` and `db encrypt|decrypt|backup|check`
    user_commands.add_parsers(sub)
    office_commands.add_parsers(sub)
    return p


def _log_bug() -> Path | None:
    """Append the traceback to today's crash log in the user's log folder (not beside the database)."""
    log = Places.for_user().crash_log(datetime.now().date())
    try:
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as f:
            f.write(f"--- {datetime.now().isoformat()} {' '.join(sys.argv)}\n{traceback.format_exc()}\n")
    except OSError:
        return None
    return log


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        if getattr(args, "opens_itself", False) or getattr(args, "raw_file", False):
            return args.run(None, args) or 0  # `package open`, `db encrypt|decrypt`: they open the file
        with closing(db_commands.open_for_command(args)) as db:
            refuse_on_copy(db, " ".join(filter(None, [args.command, getattr(args, "action", None)])))
            args.author = user_commands.sign_in(db, args.user or copy_owner(db))
            return args.run(db, args) or 0
    except KNOWN_ERRORS as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:  # `workbench ... sample | head`: the reader left; what was done is saved
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except (sqlite3.Error, OSError) as exc:  # a full disk, a read-only folder, a damaged file after open
        known = as_known(exc, str(args.db))
        if not isinstance(known, KNOWN_ERRORS):
            return _bug(exc)
        print(f"错误：{known}", file=sys.stderr)
        return 2
    except Cancelled:
        print("已取消，未写入任何数据。", file=sys.stderr)
        return 130
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130
    except Exception as exc:
        return _bug(exc)


def _bug(exc: BaseException) -> int:
    log = _log_bug()
    where = f"详细信息已写入 {log}，请反馈给开发人员。" if log else "详细信息未能写入日志文件。"
    print(f"内部错误：{type(exc).__name__}: {exc}\n{where}", file=sys.stderr)
    return 1
