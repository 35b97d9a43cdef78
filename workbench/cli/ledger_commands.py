"""`ledger`: the 整改台账 of a campaign, and the steps of its lines (reply, verification, close-out).

A line is named "<notice number>#<line>" (鄂州司函〔2026〕3号#2) or by a prefix of its id. A step over
several lines takes all of them or none; each changed line goes to stdout with its new state.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict
from datetime import date
from pathlib import Path

from sqlite_utils import Database

from workbench.campaigns.service import Campaign, resolve_campaign
from workbench.common.changes import Done
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.rectification.ledger import (
    DUE_LABELS,
    OVERDUE,
    STATUS_LABELS,
    LedgerLine,
    ledger,
    ledger_summary,
    resolve_lines,
    summarize,
)
from workbench.rectification.ledger_steps import close_out, record_report, verify


class CampaignRequired(UserError):
    code = "campaign_required"
    template = QT_TRANSLATE_NOOP("UserError", "请用 --campaign 指定评查活动。")


def iso_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"日期“{text}”应写作 YYYY-MM-DD，如 2026-12-01") from None


def add_parsers(sub: argparse._SubParsersAction) -> None:
    """Register `ledger` and its actions under the main parser's subcommands."""
    led = sub.add_parser("ledger", help="整改台账：列出整改事项，登记反馈、审核、销号，导出台账")
    _selection(led, None, False)
    led.add_argument("--json", action="store_true", help="输出 JSON")
    led.set_defaults(run=list_command)
    actions = led.add_subparsers(dest="action", required=False, metavar="ACTION")
    lines_help = "整改事项：通知文号#项号（如 鄂州司函〔2026〕3号#2）或事项编号前缀，可多个"

    rep = actions.add_parser("report", help="登记单位的书面反馈（事项变为“已反馈”）")
    rep.add_argument("lines", nargs="+", metavar="LINE", help=lines_help)
    rep.add_argument("--date", required=True, type=iso_date, help="反馈日期 YYYY-MM-DD")
    rep.add_argument("--text", required=True, help="反馈情况摘要")
    rep.set_defaults(run=report_command)

    ver = actions.add_parser("verify", help="审核反馈：通过（审核通过）或退回（须写明理由）")
    ver.add_argument("lines", nargs="+", metavar="LINE", help=lines_help)
    verdict = ver.add_mutually_exclusive_group(required=True)
    verdict.add_argument("--pass", dest="passed", action="store_true", help="审核通过")
    verdict.add_argument("--return", dest="returned", action="store_true", help="退回重新整改")
    ver.add_argument("--text", default="", help="审核意见；退回时为必填的理由")
    ver.add_argument("--verifier", default=None, help="审核人（默认为操作人）")
    ver.add_argument("--date", type=iso_date, default=None, help="审核日期（默认今天）")
    ver.set_defaults(run=verify_command)

    close = actions.add_parser("close", help="销号：只有审核通过的事项才能销号")
    close.add_argument("lines", nargs="+", metavar="LINE", help=lines_help)
    close.add_argument("--reason", default="", help="销号说明")
    close.add_argument("--date", type=iso_date, default=None, help="销号日期（默认今天）")
    close.set_defaults(run=close_command)

    exp = actions.add_parser("export", help="导出整改台账（Excel 工作簿，工作表“整改台账”）")
    _selection(exp, argparse.SUPPRESS, argparse.SUPPRESS)  # given before or after `export`
    exp.add_argument("--out", required=True, type=Path, help="工作簿文件路径（.xlsx）")
    exp.set_defaults(run=export_command)


def _selection(parser: argparse.ArgumentParser, default: object, flag_default: object) -> None:
    """Which lines a listing or an export takes; SUPPRESS defaults keep what `ledger` itself was given."""
    parser.add_argument("--campaign", default=default, help="评查活动编号（或其前缀、名称）")
    parser.add_argument("--overdue", action="store_true", default=flag_default, help="只列出逾期的事项")
    parser.add_argument("--void", action="store_true", default=flag_default, help="同时列出已作废通知的事项")
    parser.add_argument("--today", type=iso_date, default=default, help="按此日期计算临期、逾期（默认今天）")


def _campaign_lines(db: Database, args: argparse.Namespace) -> tuple[Campaign, list[LedgerLine], date]:
    if not args.campaign:
        raise CampaignRequired()
    campaign = resolve_campaign(db, args.campaign)
    today = args.today or date.today()
    lines = ledger(db, campaign, today=today, include_void=args.void)
    if args.overdue:
        lines = [line for line in lines if line.due == OVERDUE]
    return campaign, lines, today


def list_command(db: Database, args: argparse.Namespace) -> int:
    campaign, lines, today = _campaign_lines(db, args)
    if args.json:
        data = {
            "campaign": {"id": campaign.id, "name": campaign.name},
            "today": today.isoformat(),
            "lines": [_line_json(line) for line in lines],
            "summary": [asdict(s) for s in ledger_summary(lines)],
        }
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        print()
        return 0
    print("事项\t单位\t案号\t评查项目\t问题\t扣分\t整改期限\t状态\t时限")
    for line in lines:
        print(
            f"{line.key}\t{line.department}\t{line.case_number}\t{line.item}\t{line.problem}\t"
            f"{line.points}\t{line.deadline}\t{line.status_label}\t{DUE_LABELS[line.due]}"
        )
    total = summarize("合计", lines)
    print(
        f"共 {total.lines} 项：已反馈 {total.reported}，审核通过 {total.verified}，已销号 {total.closed}，"
        f"临期 {total.due_soon}，逾期 {total.overdue}（截至 {today}）",
        file=sys.stderr,
    )
    return 0


def _line_json(line: LedgerLine) -> dict:
    data = asdict(line)
    data.pop("order")
    data.update(
        key=line.key,
        points=str(line.points),
        status_label=STATUS_LABELS.get(line.status, line.status),
        due_label=DUE_LABELS[line.due],
    )
    return {k: v.isoformat() if isinstance(v, date) else v for k, v in data.items()}


def _print_changed(done: Done[list[LedgerLine]]) -> int:
    for line in done.value:
        print(f"{line.key}\t{line.status_label}")
    return 0


def report_command(db: Database, args: argparse.Namespace) -> int:
    ids = resolve_lines(db, args.lines)
    return _print_changed(record_report(db, ids, reported_on=args.date, report=args.text, author=args.author))


def verify_command(db: Database, args: argparse.Namespace) -> int:
    ids = resolve_lines(db, args.lines)
    changed = verify(
        db,
        ids,
        passed=args.passed,
        verification=args.text,
        verifier=args.verifier or args.author,
        author=args.author,
        on=args.date,
    )
    return _print_changed(changed)


def close_command(db: Database, args: argparse.Namespace) -> int:
    ids = resolve_lines(db, args.lines)
    return _print_changed(close_out(db, ids, author=args.author, reason=args.reason, on=args.date))


def export_command(db: Database, args: argparse.Namespace) -> int:
    _, lines, _ = _campaign_lines(db, args)
    from workbench.exports.ledger_workbook import write_ledger  # openpyxl only when exporting

    print(write_ledger(lines, args.out))
    return 0
