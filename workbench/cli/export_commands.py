"""`export xlsx`, `export pdf` and `export docx`: written paths to stdout one per line, notes to stderr."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from sqlite_utils import Database

from workbench.campaigns.service import resolve_campaign
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.exports.checks import BULLETIN, DOCX, FEEDBACK, NOTICES, PDF, PDF_KINDS
from workbench.exports.service import export_outputs, export_workbook, workbook_name

DOCX_CHOICES = {"bulletin": BULLETIN, "notice": NOTICES, "feedback": FEEDBACK}


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Register `export xlsx` and `export pdf` under the main parser's subcommands."""
    export = sub.add_parser("export", help="导出评查结果：Excel 工作簿或 PDF 文书").add_subparsers(
        dest="action", required=True
    )
    xlsx = export.add_parser("xlsx", help="导出评查结果工作簿（汇总、排名、得分、扣分明细、常见问题）")
    xlsx.add_argument("--campaign", required=True, help="评查活动编号（或其前缀、名称）")
    xlsx.add_argument(
        "--out",
        required=True,
        help="工作簿路径（.xlsx）；以 / 结尾或不带扩展名时为文件夹，用默认文件名",
    )
    xlsx.set_defaults(run=xlsx_command)
    pdf = export.add_parser("pdf", help="导出 PDF 文书：评查表、反馈意见、通报、整改通知书")
    pdf.add_argument("--campaign", required=True, help="评查活动编号（或其前缀、名称）")
    pdf.add_argument("--out", required=True, help="输出文件夹（不存在时新建）")
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
    docx = export.add_parser(
        "docx", help="导出 Word 文书（.docx，可在 Word/WPS 中修改）：通报、整改通知书、反馈意见"
    )
    docx.add_argument("--campaign", required=True, help="评查活动编号（或其前缀、名称）")
    docx.add_argument("--out", required=True, help="输出文件夹（不存在时新建）")
    docx.add_argument(
        "--kind",
        choices=tuple(DOCX_CHOICES),
        default=None,
        help="只导出一种：bulletin 通报、notice 整改通知书、feedback 反馈意见（默认全部）；"
        "已发出的整改通知书沿用原文号",
    )
    docx.add_argument(
        "--department", action="append", default=None, metavar="单位", help="只导出该单位的文书，可重复"
    )
    docx.add_argument(
        "--allow-unfinished",
        action="store_true",
        help="尚有未定分案卷时仍制发通报和整改通知书（通报写明未定分的数量）",
    )
    docx.set_defaults(run=docx_command)


class OutSuffixMismatch(UserError):
    code = "out_suffix_mismatch"
    template = QT_TRANSLATE_NOOP("UserError", "--out {path}：{why}")


FILE_SUFFIXES = {".xlsx", ".xls", ".xlsm", ".csv", ".pdf", ".docx", ".doc", ".zip", ".json", ".txt"}


def xlsx_target(raw: str, default_name: str) -> Path:
    """The workbook's path: a folder (ends with /, exists, or has no suffix) gets the default name inside;
    a file must end in .xlsx."""
    out = Path(raw)
    if raw.endswith(("/", os.sep)) or out.is_dir() or not out.suffix:
        return out / default_name  # export_workbook creates the folder
    if out.suffix.lower() != ".xlsx":
        why = f"Excel 工作簿的扩展名应为 .xlsx，现为“{out.suffix}”；要导出到文件夹请在路径末尾加 /。"
        raise OutSuffixMismatch(path=raw, why=why)
    return out


def pdf_folder(raw: str) -> Path:
    """PDF documents go into a folder: a path that names a file (out.pdf, out.xlsx) is refused."""
    out = Path(raw)
    if not out.is_dir() and out.suffix.lower() in FILE_SUFFIXES:
        why = f"PDF 文书导出到文件夹，不能是“{out.suffix}”文件；请给出文件夹路径（不存在时新建）。"
        raise OutSuffixMismatch(path=raw, why=why)
    return out


def xlsx_command(db: Database, args: argparse.Namespace) -> int:
    campaign = resolve_campaign(db, args.campaign)
    print(export_workbook(db, campaign, xlsx_target(args.out, workbook_name(campaign))))
    return 0


def pdf_command(db: Database, args: argparse.Namespace) -> int:
    kinds = [args.kind] if args.kind else list(PDF_KINDS)
    return _documents(db, args, kinds, (PDF,))


def docx_command(db: Database, args: argparse.Namespace) -> int:
    kinds = [DOCX_CHOICES[args.kind]] if args.kind else list(DOCX_CHOICES.values())
    return _documents(db, args, kinds, (DOCX,))


def _documents(db: Database, args: argparse.Namespace, kinds: list[str], formats: tuple[str, ...]) -> int:
    campaign = resolve_campaign(db, args.campaign)
    out = pdf_folder(args.out)
    result = export_outputs(
        db,
        campaign,
        out,
        kinds,
        departments=args.department,
        author=args.author,
        formats=formats,
        allow_unfinished=args.allow_unfinished,
    ).value
    for path in result:
        print(path)
    for note in result.notes:
        print(note, file=sys.stderr)
    if not result:
        print("没有可导出的文书：所选单位尚无已定分的案卷。", file=sys.stderr)
    return 0
