"""交叉评查分配 in the database: assign, reassign and import a campaign's reviewers, audited.

The pure algorithm (hard rules, balanced loads) lives in
``workbench.assignment.solver``; this module reads the
campaign's files, reviewers and conflicts, applies the result in one transaction and records it.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from db.records import audit
from db.repos import assignments as assignment_repo
from db.repos import campaigns as campaign_repo
from db.transactions import in_write_transaction
from workbench.accounts import require
from workbench.assignment.solver import FileSlot, ReviewerSlot, assign, loads
from workbench.campaigns.service import Campaign
from workbench.common.changes import NOTHING, Changes, Done
from workbench.common.errors import QT_TRANSLATE_NOOP, ImportProblem, NotFound, UserError, UserErrors, where
from workbench.common.kinds import Role, SubjectKind
from workbench.common.spreadsheet import read_sheets
from workbench.common.tables import cell_text, find_header
from workbench.draw import service as draw_service


class AssignmentRefused(UserError):
    code = "assignment_refused"
    template = QT_TRANSLATE_NOOP("UserError", "{where}{problem}")


@dataclass
class AssignmentResult:
    files: int
    reviewers: int
    per_file: int
    min_load: int
    max_load: int
    drawn: bool
    replaced: int = 0
    kept: int = 0  # files whose reviewers with a score sheet were kept
    units: bool = False  # a supervision round: the subjects are units, scored by 督察人员

    def summary(self) -> list[str]:
        scope = "抽取的" if self.drawn else "全部"
        what, each, who = ("个单位", "个", "督察人员") if self.units else ("件案卷", "件", "评查人员")
        lines = [
            f"已为{scope} {self.files} {what}分配{who}，每{each} {self.per_file} 名，"
            f"共 {self.reviewers} 名{who}参与。",
            f"每人承担 {self.min_load}–{self.max_load} {each}"
            f"（最多与最少相差 {self.max_load - self.min_load} {each}）。",
        ]
        if self.replaced:
            lines.append(f"替换了原有的 {self.replaced} 条分配。")
        if self.kept:
            sheet = "督察评分表" if self.units else "评查表"
            lines.append(f"{self.kept} {what}已有{sheet}，其{who}保持不变。")
        return lines


def _campaign_files(db: Database, campaign: Campaign) -> tuple[list[campaign_repo.CaseSubject], bool]:
    subjects = campaign_repo.case_subjects(db, campaign.id)
    drawn = draw_service.drawn_subject_ids(db, campaign)
    if drawn is None:
        return subjects, False
    wanted = set(drawn)
    return [s for s in subjects if s.id in wanted], True


def _dept_ids(db: Database) -> dict[str, str | None]:
    """case_file id → department id."""
    units = db.execute("SELECT id, id FROM department").fetchall()  # a unit is its own department
    return {**dict(units), **dict(db.execute("SELECT id, department_id FROM case_file").fetchall())}


def _conflict_pairs(db: Database, subject_dept: Mapping[str, str | None]) -> set[tuple[str, str]]:
    """Declared conflicts as (reviewer, subject) pairs; department conflicts cover all its files."""
    by_dept: dict[str | None, list[str]] = defaultdict(list)
    for s, d in subject_dept.items():
        by_dept[d].append(s)
    pairs: set[tuple[str, str]] = set()
    for c in assignment_repo.conflicts(db):
        if c.subject_id:
            pairs.add((c.reviewer_id, c.subject_id))
        if c.department_id:
            pairs.update((c.reviewer_id, s) for s in by_dept.get(c.department_id, ()))
    return pairs


@in_write_transaction
def assign_campaign(
    db: Database, campaign: Campaign, *, per_file: int, author: str
) -> Done[AssignmentResult]:
    """Assign reviewers to the campaign's drawn files (or all of them), in one transaction; audited.

    Earlier assignments are replaced; a reviewer who already has a review sheet for a file keeps it.
    Changes: the campaign (reloaded whole, not file by file) and every reviewer who gained or lost a seat.
    """
    files, drawn = _campaign_files(db, campaign)
    people = assignment_repo.reviewers_with_departments(db)
    reviewers = [ReviewerSlot(r.id, r.name, r.department_id) for r in people if r.role == Role.REVIEWER]
    sheets = assignment_repo.review_sheet_reviewers(db, campaign.id)
    reviewer_ids = {r.id for r in reviewers}
    names = {r.id: r.name for r in people}
    pinned: dict[str, list[str]] = {}
    for f in files:
        having = sorted(sheets.get(f.id, ()))
        stray = [r for r in having if r not in reviewer_ids]
        if stray:
            problem = (
                f"已有“{names.get(stray[0], stray[0])}”的评查表，但其角色不是评查人员，"
                "重新分配会使其失去该案卷。请先处理该评查表。"
            )
            raise AssignmentRefused(where=f"案卷“{f.case_number}”：", problem=problem)
        if having:
            pinned[f.id] = having
    dept_of = _dept_ids(db)
    subject_dept = {f.id: dept_of.get(f.id) for f in files}
    slots = [
        FileSlot(f.id, subject_dept[f.id] or "", f.case_number or "", f.department or "（未知部门）")
        for f in files
    ]
    result = assign(
        slots,
        reviewers,
        per_file=per_file,
        conflicts=_conflict_pairs(db, subject_dept),
        seed=campaign.id,
        pinned=pinned,
    )
    pairs = [(s, r) for s, rs in result.items() for r in rs]
    counts = loads(result, [r.id for r in reviewers])
    replaced, changes = _replace_assignments(
        db, campaign, result, pairs, author=author, action="assign", details={"per_file": per_file}
    )
    outcome = AssignmentResult(
        files=len(result),
        reviewers=len(reviewers),
        per_file=per_file,
        min_load=min(counts.values(), default=0),
        max_load=max(counts.values(), default=0),
        drawn=drawn,
        replaced=replaced,
        kept=len(pinned),
        units=campaign.subject_kind == SubjectKind.UNIT,
    )
    return Done(outcome, changes)


def assignments(db: Database, campaign: Campaign) -> list[assignment_repo.AssignmentLine]:
    """Every seat (案号, department, reviewer, reviewer's department), by 案号 then reviewer."""
    return assignment_repo.rows(db, campaign.id)


def _check_pair(
    db: Database,
    subject: campaign_repo.CaseSubject,
    reviewer: assignment_repo.ReviewerRow,
    subject_dept: str | None,
    conflict_pairs: set[tuple[str, str]],
) -> str | None:
    """Why this reviewer may not review this file, or None."""
    if reviewer.role != Role.REVIEWER:
        return f"“{reviewer.name}”的角色不是评查人员。"
    if reviewer.department_id is not None and reviewer.department_id == subject_dept:
        return f"“{reviewer.name}”来自 {reviewer.department or '本部门'}，不能评查本部门的案卷（交叉评查）。"
    if (reviewer.id, subject.id) in conflict_pairs:
        return f"“{reviewer.name}”已声明回避该案卷。"
    return None


@in_write_transaction
def reassign(
    db: Database,
    campaign: Campaign,
    subject_id: str,
    old_reviewer_id: str,
    new_reviewer_id: str,
    *,
    author: str,
    reason: str,
) -> Changes:
    """Give one file's seat from one reviewer to another, under the same hard rules; audited.

    Changes: the file (its row) and the two reviewers."""
    subjects = {s.id: s for s in campaign_repo.case_subjects(db, campaign.id)}
    subject = subjects.get(subject_id)
    if subject is None:
        raise NotFound(what="本评查活动中的案卷", key=subject_id)
    people = {r.id: r for r in assignment_repo.reviewers_with_departments(db)}
    if new_reviewer_id not in people:
        raise NotFound(what="评查人员", key=new_reviewer_id)
    at = f"案卷“{subject.case_number}”："
    current = {r for s, r in assignment_repo.of_campaign(db, campaign.id) if s == subject_id}
    old_name = people[old_reviewer_id].name if old_reviewer_id in people else old_reviewer_id
    if old_reviewer_id not in current:
        raise AssignmentRefused(where=at, problem=f"“{old_name}”并未分配到该案卷。")
    if new_reviewer_id in current:
        new_name = people[new_reviewer_id].name
        raise AssignmentRefused(where=at, problem=f"“{new_name}”已分配到该案卷。")
    if old_reviewer_id in assignment_repo.review_sheet_reviewers(db, campaign.id).get(subject_id, set()):
        raise AssignmentRefused(where=at, problem=f"“{old_name}”已有该案卷的评查表，不能改派。")
    subject_dept = _dept_ids(db).get(subject_id)
    why = _check_pair(
        db, subject, people[new_reviewer_id], subject_dept, _conflict_pairs(db, {subject_id: subject_dept})
    )
    if why:
        raise AssignmentRefused(where=at, problem=why)
    with db.atomic():
        require(db, author, Role.ADMIN)
        assignment_repo.delete_one(db, campaign.id, subject_id, old_reviewer_id, author=author, reason=reason)
        assignment_repo.insert_many(db, campaign.id, [(subject_id, new_reviewer_id)], author, reason=reason)
        audit(
            db,
            author=author,
            table="campaign_subject",  # the file's seat; the assignment rows are audited as they change
            record_id=subject_id,
            action="reassign",
            old={"campaign_id": campaign.id, "reviewer_id": old_reviewer_id},
            new={"campaign_id": campaign.id, "reviewer_id": new_reviewer_id},
            reason=reason,
        )
    return Changes.of(subjects=[subject_id], reviewers=[old_reviewer_id, new_reviewer_id])


ASSIGNMENT_COLUMNS = {
    "case_number": ("案号", "案件编号", "立案号", "文号"),
    "reviewer": ("评查人", "评查人员", "评查员", "姓名"),
}


@dataclass
class AssignmentsImportResult:
    path: Path
    dry_run: bool
    files: int = 0
    pairs: int = 0
    replaced: int = 0
    units: bool = False  # a supervision round

    def summary(self) -> list[str]:
        verb = "预览（未写入）：将为" if self.dry_run else "已为"
        what, who, these = (
            ("个单位", "督察人员", "这些单位") if self.units else ("件案卷", "评查人员", "这些案卷")
        )
        lines = [f"{verb} {self.files} {what}分配 {self.pairs} 人次{who}。"]
        if self.replaced and not self.dry_run:
            lines.append(f"{these}原有的 {self.replaced} 条分配已被替换。")
        return lines


@in_write_transaction
def import_assignments(
    db: Database, campaign: Campaign, path: Path, *, author: str, dry_run: bool = False
) -> Done[AssignmentsImportResult]:
    """Bulk assignment (columns 案号, 评查人): the files named get exactly the reviewers listed.

    All or nothing: any bad row is reported by number and nothing changes. Changes: the campaign (reloaded
    whole, not file by file) and every reviewer who gained or lost a seat (none for a dry run).
    """
    subjects = {s.case_number: s for s in campaign_repo.case_subjects(db, campaign.id)}
    people = assignment_repo.reviewers_with_departments(db)
    by_name: dict[str, list[assignment_repo.ReviewerRow]] = defaultdict(list)
    for r in people:
        by_name[r.name].append(r)
        by_name[f"{r.name}（{r.department}）"].append(r)
    dept_of = _dept_ids(db)
    conflict_pairs = _conflict_pairs(db, {s.id: dept_of.get(s.id) for s in subjects.values()})
    sheets = assignment_repo.review_sheet_reviewers(db, campaign.id)
    errors: list[UserError] = []
    planned: dict[str, dict[str, int]] = {}  # subject id -> reviewer id -> row
    used = 0
    for sheet in read_sheets(path):
        head = find_header(sheet.rows, ASSIGNMENT_COLUMNS, tuple(ASSIGNMENT_COLUMNS))
        if head is None:
            continue
        used += 1
        start, cols = head
        for index in range(start + 1, len(sheet.rows)):
            cells = sheet.rows[index]
            if not any(cell_text(c) for c in cells):
                continue
            number = index + 1

            def get(key: str, cells: list[object] = cells, cols: dict[str, int] = cols) -> str:
                col = cols[key]
                return cell_text(cells[col]) if col < len(cells) else ""

            def fail(column: str, problem: str, number: int = number, name: str = sheet.name) -> None:
                errors.append(ImportProblem(where=where(name, number, column), problem=problem))

            case_number, name = get("case_number"), get("reviewer")
            subject = subjects.get(case_number)
            if not case_number:
                fail("案号", "案号为空。")
            elif subject is None:
                fail("案号", f"案号“{case_number}”不在本评查活动中。")
            matches = by_name.get(name, []) if name else []
            if not name:
                fail("评查人", "评查人为空。")
            elif not matches:
                fail("评查人", f"找不到评查人员“{name}”，请先导入评查人员名单。")
            elif len(matches) > 1:
                fail("评查人", f"有多名评查人员叫“{name}”，请写成“姓名（所在单位）”。")
            if subject is None or len(matches) != 1:
                continue
            reviewer = matches[0]
            why = _check_pair(db, subject, reviewer, dept_of.get(subject.id), conflict_pairs)
            if why:
                fail("评查人", why)
                continue
            seats = planned.setdefault(subject.id, {})
            if reviewer.id in seats:
                fail("评查人", f"与第 {seats[reviewer.id]} 行重复：“{name}”已分配到案卷“{case_number}”。")
                continue
            seats[reviewer.id] = number
    if not used:
        problem = "找不到表头：需要“案号”“评查人”列。"
        raise UserErrors([ImportProblem(where="", problem=problem)], source=f"文件“{path.name}”")
    names = {r.id: r.name for r in people}
    case_numbers = {s.id: n for n, s in subjects.items()}
    for subject_id, seats in planned.items():
        for lost in sorted(sheets.get(subject_id, set()) - set(seats)):
            problem = (
                f"案卷“{case_numbers[subject_id]}”已有“{names.get(lost, lost)}”的评查表，"
                "文件中未列出此人，导入会使其失去该案卷。"
            )
            errors.append(ImportProblem(where=where(None, min(seats.values()), "评查人"), problem=problem))
    if errors:
        raise UserErrors(errors, source=f"文件“{path.name}”")
    pairs = [(s, r) for s, seats in planned.items() for r in sorted(seats)]
    units = campaign.subject_kind == SubjectKind.UNIT
    result = AssignmentsImportResult(path, dry_run, files=len(planned), pairs=len(pairs), units=units)
    if dry_run:
        return Done(result, NOTHING)
    result.replaced, changes = _replace_assignments(
        db, campaign, planned, pairs, author=author, action="import_assignments", details={"file": path.name}
    )
    return Done(result, changes)


def _replace_assignments(
    db: Database,
    campaign: Campaign,
    subjects: Collection[str],
    pairs: list[tuple[str, str]],
    *,
    author: str,
    action: str,
    details: dict[str, object],
) -> tuple[int, Changes]:
    """Give these files exactly these (file, reviewer) pairs, audited, in one transaction; the rows
    replaced and what changed (the campaign, the reviewers who gained or lost a seat)."""
    with db.atomic():
        require(db, author, Role.ADMIN)
        chosen = set(subjects)
        before = [r for s, r in assignment_repo.of_campaign(db, campaign.id) if s in chosen]
        replaced = assignment_repo.delete_for_subjects(db, campaign.id, subjects, author=author)
        assignment_repo.insert_many(db, campaign.id, pairs, author)
        audit(
            db,
            author=author,
            table="campaign",
            record_id=campaign.id,
            action=action,
            new={**details, "files": len(subjects), "pairs": len(pairs), "replaced": replaced},
        )
    reviewers = set(before) | {r for _, r in pairs}
    return replaced, Changes.of(campaigns=[campaign.id], reviewers=reviewers)
