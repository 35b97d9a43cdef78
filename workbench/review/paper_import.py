"""Scores typed from paper score sheets: one row per deduction, bonus, veto finding or N/A mark.

Columns: 案号 (被督察单位 in a supervision round), 评查项目 (the item's text as in the standard), 扣分, 理由,
and optionally 页码 and 评查人. A veto finding names the veto item and leaves 扣分 empty; 扣分 “不适用”
marks the item N/A. Checklist items (督察清单) take what the paper says: a bonus item (加分项) its bonus
(3, +3, 加3分); a yes/no item (是否达标) “未达标” or its whole maximum, “达标” records nothing; a levels item
(分档计分) the level's label (兼管) or its deduction, the top level records nothing. A file with no
deduction at all is one row whose 评查项目 is 无扣分 (or any item with 扣分 0): a submitted sheet without
entries.
Any bad row is reported by number and nothing is imported.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from sqlite_utils import Database

from db.records import audit
from db.repos import campaigns as campaign_repo
from db.repos import reviewers as reviewer_repo
from db.repos import scores as repo
from workbench.accounts import require
from workbench.campaigns.closing import check_open
from workbench.campaigns.service import Campaign, campaign_standard
from workbench.common.changes import NOTHING, Changes, Done
from workbench.common.errors import ImportProblem, UserError, UserErrors, where
from workbench.common.jobs import Progress, check_cancel
from workbench.common.kinds import Role, SubjectKind
from workbench.common.spreadsheet import read_sheets
from workbench.common.tables import cell_text, find_header
from workbench.review.entries import entry_to_row
from workbench.review.sheets import SUBMITTED, check_against_sheet
from workbench.scoring import Entry, EntryKind
from workbench.standards.model import Item, RuleKind, Standard

COLUMNS = {
    "case_number": ("案号", "案件编号", "立案号", "文号", "被督察单位", "被考核单位"),
    "item": ("评查项目", "评查内容", "项目", "扣分项目", "督察内容", "考核内容"),
    "points": ("扣分", "扣分值", "扣分数", "扣分/加分", "扣分（加分）", "加分/扣分", "评定"),
    "reason": ("理由", "扣分理由", "原因", "扣分原因", "问题描述"),
    "page": ("页码", "页", "页号"),
    "reviewer": ("评查人", "评查人员", "评查员"),
}
REQUIRED = ("case_number", "item", "points", "reason")
NOT_APPLICABLE_WORDS = {"不适用", "N/A", "NA", "n/a"}
NOT_MET_WORDS = {"未达标", "不达标", "否", "×"}  # 是否达标: the whole item is lost
MET_WORDS = {"达标", "是", "√"}  # 是否达标: nothing to record
NO_DEDUCTION_WORDS = {"无扣分", "未扣分", "无扣分项", "无问题"}  # 评查项目 of a clean file's one row


@dataclass
class ScoresImportResult:
    path: Path
    dry_run: bool
    deductions: int = 0
    vetoes: int = 0
    not_applicable: int = 0
    files: set[str] = field(default_factory=set)
    sheets: int = 0
    bonuses: int = 0
    units: bool = False  # a supervision round: the subjects are units (被督察单位)

    def summary(self) -> list[str]:
        verb = "预览（未写入）：将导入" if self.dry_run else "已导入"
        bonuses = f"{self.bonuses} 条加分、" if self.bonuses else ""
        subjects = f"{len(self.files)} 个单位" if self.units else f"{len(self.files)} 件案卷"
        return [
            f"{verb} {self.deductions} 条扣分、{bonuses}{self.vetoes} 条否决情形、"
            f"{self.not_applicable} 个不适用标记，涉及 {subjects}、{self.sheets} 份评查表。"
        ]


MAX_POINTS = Decimal(1000)  # no standard has items worth more; also keeps numbers exact and storable
MAX_PAGE = 100_000


def _parse_points(raw: str) -> Decimal | None:
    """Points as typed (3, 0.5, 3分), or None when not a number a sheet could hold (inf, 1e308)."""
    try:
        value = Decimal(raw.replace("分", "").strip())
    except InvalidOperation:
        return None
    return value if value.is_finite() and abs(value) <= MAX_POINTS else None


def import_scores(
    db: Database,
    campaign: Campaign,
    path: Path,
    *,
    author: str,
    dry_run: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Done[ScoresImportResult]:
    """Read (dry_run) or import paper score sheets, all or nothing; bad rows are named.

    Changes: the campaign (reloaded whole, not file by file), the sheets created and their reviewers;
    nothing for a dry run."""
    check_open(db, campaign.id)  # a closed campaign takes no scores
    standard = campaign_standard(db, campaign)
    in_campaign = {s.case_number: s.id for s in campaign_repo.case_subjects(db, campaign.id) if s.case_number}
    errors: list[UserError] = []
    planned: dict[tuple[str, str], list[tuple[Entry, int]]] = {}  # (case id, reviewer) -> entries with rows
    first_row: dict[tuple[str, str], int] = {}  # where each sheet first appears, for its problems
    units = campaign.subject_kind == SubjectKind.UNIT
    result = ScoresImportResult(path, dry_run, units=units)
    used_sheets = 0
    for sheet in read_sheets(path):
        sheet_name, rows = sheet.name, sheet.rows
        check_cancel(cancel)
        header = find_header(rows, COLUMNS, REQUIRED)
        if header is None:
            continue
        used_sheets += 1
        head, cols = header
        for index in range(head + 1, len(rows)):
            if not any(cell_text(c) for c in rows[index]):
                continue
            line = _Row(sheet_name, index + 1, rows[index], cols, errors, units)
            entry = _row_entry(standard, in_campaign, line)
            if entry is None:
                continue
            case_id, item_entry = entry
            key = (case_id, line.cell("reviewer"))
            first_row.setdefault(key, line.number)
            if item_entry is None:  # met, or the top level: the sheet exists, the row records nothing
                planned.setdefault(key, [])
                continue
            existing = [e for e, _ in planned.get(key, [])]
            try:
                check_against_sheet(standard, existing, item_entry, where=where(sheet_name, line.number))
            except UserError as exc:
                errors.append(exc)
                continue
            planned.setdefault(key, []).append((item_entry, line.number))
    if not used_sheets:
        subject = "被督察单位" if units else "案号"
        problem = f"找不到表头：需要“{subject}”“评查项目”“扣分”“理由”列（可选“页码”“评查人”）。"
        raise UserErrors([ImportProblem(where="", problem=problem)], source=f"文件“{path.name}”")
    errors += _already_scored(db, campaign, planned, first_row, units)
    if errors:
        raise UserErrors(errors, source=f"文件“{path.name}”")
    for items in planned.values():
        for e, _ in items:
            result.deductions += e.kind is EntryKind.DEDUCTION
            result.bonuses += e.kind is EntryKind.BONUS
            result.vetoes += e.kind is EntryKind.VETO
            result.not_applicable += e.kind is EntryKind.NOT_APPLICABLE
    result.files = {case_id for case_id, _ in planned}
    result.sheets = len(planned)
    if dry_run:
        return Done(result, NOTHING)
    check_cancel(cancel)
    sheet_ids: list[str] = []
    with db.atomic():
        require(db, author, Role.ADMIN)
        if clash := _already_scored(db, campaign, planned, first_row, units):  # checked again under the lock
            raise UserErrors(clash, source=f"文件“{path.name}”")
        reviewer_ids = reviewer_repo.ensure(db, {r for _, r in planned if r}, author)
        for (case_id, reviewer), items in planned.items():
            sheet_id = repo.insert_sheet(
                db,
                campaign_id=campaign.id,
                subject_id=case_id,
                reviewer_id=reviewer_ids.get(reviewer),
                author=author,
                status=SUBMITTED,
            )
            sheet_ids.append(sheet_id)
            if items:
                repo.insert_entries(db, [entry_to_row(e, sheet_id) for e, _ in items], author)
            audit(
                db,
                author=author,
                table="score_sheet",
                record_id=sheet_id,
                action="import",
                new={"file": path.name, "rows": [n for _, n in items] or [first_row[(case_id, reviewer)]]},
            )
    reviewers = {reviewer_ids[r] for _, r in planned if r}
    return Done(result, Changes.of(campaigns=[campaign.id], sheets=sheet_ids, reviewers=reviewers))


def _already_scored(
    db: Database,
    campaign: Campaign,
    planned: dict[tuple[str, str], list[tuple[Entry, int]]],
    first_row: dict[tuple[str, str], int],
    units: bool,
) -> list[UserError]:
    """A sheet this file would create that another import (or a reviewer) has created already."""
    reviewer_ids = reviewer_repo.all_by_name(db)
    problems: list[UserError] = []
    for case_id, reviewer in planned:
        if repo.find_sheet(db, campaign.id, case_id, reviewer_ids.get(reviewer), "review"):
            whose = f"评查人“{reviewer}”的" if reviewer else ""
            problem = f"该{'单位' if units else '案卷'}{whose}评查表已存在，不能重复导入。"
            problems.append(ImportProblem(where=where(None, first_row[(case_id, reviewer)]), problem=problem))
    return problems


@dataclass
class _Row:
    """One data row of the sheet, and where its problems are reported."""

    sheet: str
    number: int
    cells: list[object]
    columns: dict[str, int]
    errors: list[UserError]
    units: bool = False  # the subject column is 被督察单位, not 案号

    def cell(self, key: str) -> str:
        col = self.columns.get(key)
        return cell_text(self.cells[col]) if col is not None and col < len(self.cells) else ""

    def fail(self, column: str, problem: str) -> None:
        self.errors.append(ImportProblem(where=where(self.sheet, self.number, column), problem=problem))


def _row_entry(standard: Standard, in_campaign: dict[str, str], row: _Row) -> tuple[str, Entry | None] | None:
    """Turn one row into (subject id, entry or None when it records nothing), or report what is wrong with
    it and return None."""
    cell, fail = row.cell, row.fail
    number, text, raw_points, reason = cell("case_number"), cell("item"), cell("points"), cell("reason")
    subject = "被督察单位" if row.units else "案号"
    ok = True
    if not number:
        fail(subject, f"{subject}为空。")
        ok = False
    elif number not in in_campaign:
        where_ = "本督察轮次" if row.units else "本评查活动"
        fail(subject, f"{subject}“{number}”不在{where_}中。")
        ok = False
    if "".join(text.split()) in NO_DEDUCTION_WORDS:  # a clean file: a submitted sheet without entries
        if raw_points and _parse_points(raw_points) != 0:
            fail("扣分", f"“{text}”一行的扣分应留空或为 0，现为“{raw_points}”。")
            return None
        return (in_campaign[number], None) if ok else None
    item = standard.item_by_text(text) if text else None
    if item is None:
        fail("评查项目", f"评分标准“{standard.name}”中没有评查项目“{text}”。" if text else "评查项目为空。")
        return None
    page = None
    if cell("page"):
        try:
            number_ = Decimal(cell("page"))
            if (
                not number_.is_finite()
                or number_ != number_.to_integral_value()
                or not 1 <= number_ <= MAX_PAGE
            ):
                raise ValueError
            page = int(number_)
        except (InvalidOperation, ValueError):
            fail("页码", f"页码“{cell('page')}”不是 1 至 {MAX_PAGE} 之间的整数。")
            ok = False
    if item.veto:
        if raw_points:
            fail("扣分", f"“{item.text}”是否决项，扣分应留空。")
            return None
        entry = Entry(item.key, EntryKind.VETO, reason=reason, page=page)
    elif raw_points in NOT_APPLICABLE_WORDS:
        entry = Entry(item.key, EntryKind.NOT_APPLICABLE, reason=reason, page=page)
    elif item.bonus:
        points = _parse_points(raw_points.replace("加", "")) if raw_points else None
        if points is None:
            fail(
                "扣分",
                f"加分“{raw_points}”不是数字（应在 0 至 {MAX_POINTS} 分之间）。"
                if raw_points
                else "加分为空。",
            )
            return None
        unit = item.rule.points
        count = int(points / unit) if unit and points > 0 and points % unit == 0 else None
        entry = Entry(item.key, EntryKind.BONUS, points=points, count=count, reason=reason, page=page)
    else:
        points = _checklist_deduction(item, raw_points)
        if points == 0:  # met, or the top level: nothing to record
            return (in_campaign[number], None) if ok else None
        if points is None:
            points = _parse_points(raw_points) if raw_points else None
        if points is None:
            fail(
                "扣分",
                f"扣分“{raw_points}”不是数字（应在 0 至 {MAX_POINTS} 分之间）。"
                if raw_points
                else "扣分为空。",
            )
            return None
        if points == 0:  # 扣分 0: the item was checked and nothing was deducted
            return (in_campaign[number], None) if ok else None
        count = None
        unit = item.rule.points
        if item.rule.kind is RuleKind.PER_DEFECT and unit and points % unit == 0:
            count = int(points / unit)
        entry = Entry(item.key, points=points, count=count, reason=reason, page=page)
    return (in_campaign[number], entry) if ok else None


def _checklist_deduction(item: Item, raw: str) -> Decimal | None:
    """A yes/no or levels item written as the paper says it (未达标, 兼管): its deduction, 0 for nothing."""
    if item.rule.kind is RuleKind.BINARY:
        if raw in NOT_MET_WORDS:
            return item.max_points
        if raw in MET_WORDS:
            return Decimal(0)
    elif item.rule.kind is RuleKind.LEVELS:
        wanted = "".join(raw.split())
        for label, awarded in item.rule.levels:
            if "".join(label.split()) == wanted:
                return item.max_points - awarded
    return None
