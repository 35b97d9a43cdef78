"""`export xlsx` and `export pdf`: the written paths go to stdout one per line, notes to stderr."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from sqlite_utils import Database

from workbench.campaigns.service import resolve_campaign
from workbench.exports.service import PDF_KINDS, export_outputs, export_workbook, workbook_name


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Register `export xlsx` and `export pdf` under the main parser's subcommands."""
    export = sub.add_parser("export", help="导出评查结果：Excel 工作簿或 PDF 文书").add_subparsers(
        dest="action", required=True
    )
    xlsx = export.add_parser("xlsx", help="导出评查结果工作簿（汇总、排名、得分、扣分明细、常见问题）")
    xlsx.add_argument("--campaign", required=True, help="评查活动编号（或其前缀、名称）")
    xlsx.add_argument("--out", required=True, type=Path, help="工作簿文件路径（给出文件夹时使用默认文件名）")
    xlsx.set_defaults(run=xlsx_command)
    pdf = export.add_parser("pdf", help="导出 PDF 文书：评查表、反馈意见、通报、整改通知书")
    pdf.add_argument("--campaign", required=True, help="评查活动编号（或其前缀、名称）")
    pdf.add_argument("--out", required=True, type=Path, help="输出文件夹（不存在时新建）")
    pdf.add_argument(
        "--kind",
        choices=PDF_KINDS,
        default=None,
        help="只导出一种：sheets 评查表、feedback 反馈意见、bulletin 通报、notices 整改通知书（默认全部）",
    )
    pdf.add_argument(
        "--department", action="append", default=None, metavar="单位", help="只导出该单位的文书，可重复"
    )
    pdf.add_argument(
        "--allow-unfinished",
        action="store_true",
        help="尚有未定分案卷时仍制发通报和整改通知书（通报写明未定分的数量）",
    )
    pdf.set_defaults(run=pdf_command)


def xlsx_command(db: Database, args: argparse.Namespace) -> int:
    campaign = resolve_campaign(db, args.campaign)
    out = args.out / workbook_name(campaign) if args.out.is_dir() else args.out
    print(export_workbook(db, campaign, out))
    return 0


def pdf_command(db: Database, args: argparse.Namespace) -> int:
    campaign = resolve_campaign(db, args.campaign)
    kinds = [args.kind] if args.kind else list(PDF_KINDS)
    result = export_outputs(
        db,
        campaign,
        args.out,
        kinds,
        departments=args.department,
        author=args.author,
        allow_unfinished=args.allow_unfinished,
    )
    for path in result:
        print(path)
    for note in result.notes:
        print(note, file=sys.stderr)
    if not result:
        print("没有可导出的文书：所选单位尚无已定分的案卷。", file=sys.stderr)
    return 0
