"""评查人员名单: import reviewers (姓名, 所在单位, 角色, 回避单位) and declare conflicts (回避).

Any bad row is reported by sheet, row and column, and nothing is imported. A reviewer already present
with the same name and department is reported, not added again. Departments named are created. 回避单位
lists departments (、-separated) whose files the reviewer must not score, beyond their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from db.keys import clean, identity_key
from db.records import audit
from db.repos import assignments as assignment_repo
from db.repos import departments as department_repo
from db.repos import reviewers as reviewer_repo
from db.transactions import in_write_transaction
from workbench.accounts import require
from workbench.common.changes import NOTHING, Changes, Done
from workbench.common.errors import QT_TRANSLATE_NOOP, ImportProblem, NotFound, UserError, UserErrors, where
from workbench.common.kinds import Role
from workbench.common.spreadsheet import read_sheets
from workbench.common.tables import cell_text, find_header

COLUMNS = {
    "name": ("姓名", "评查人", "评查人员", "评查员"),
    "department": ("所在单位", "单位", "部门", "所在部门", "工作单位"),
    "role": ("角色", "职责", "身份"),
    "conflicts": ("回避单位", "回避部门", "申报回避"),
}
_SEPARATORS = re.compile(r"[、,，;；/\s]+")
REQUIRED = ("name", "department")
LEAD, REVIEWER = Role.LEAD, Role.REVIEWER
ROLE_WORDS = {  # the words offices print in a 评查组 list
    LEAD: ("组长", "副组长", "牵头", "牵头人", "评查组长", "organiser", "organizer", "lead"),
    REVIEWER: ("评查人员", "评查人", "评查员", "成员", "组员", "专家", "评查专家", "reviewer", ""),
}


class ConflictInvalid(UserError):
    code = "conflict_invalid"
    template = QT_TRANSLATE_NOOP("UserError", "无法登记回避：{why}")


@dataclass
class ReviewersImportResult:
    path: Path
    dry_run: bool
    added: list[tuple[str, str, str]] = field(default_factory=list)  # (name, department, role)
    existing: list[tuple[str, str]] = field(default_factory=list)  # (name, department) already present
    new_departments: list[str] = field(default_factory=list)
    hidden_sheets: list[str] = field(default_factory=list)
    conflicts: list[tuple[str, str]] = field(default_factory=list)  # (name, department to avoid), new ones

    def summary(self) -> list[str]:
        verb = "预览（未写入）：将导入" if self.dry_run else "已导入"
        leads = sum(1 for _, _, role in self.added if role == LEAD)
        lines = [f"{verb} {len(self.added)} 名评查人员（其中组长 {leads} 名）。"]
        if self.new_departments:
            lines.append(f"新建单位 {len(self.new_departments)} 个：{'、'.join(self.new_departments)}。")
        if self.conflicts:
            verb = "将登记" if self.dry_run else "已登记"
            lines.append(f"{verb}回避 {len(self.conflicts)} 项。")
        if self.existing:
            shown = "、".join(f"{n}（{d}）" for n, d in self.existing[:20])
            more = f"等 {len(self.existing)} 名" if len(self.existing) > 20 else ""
            lines.append(f"已存在、未重复导入：{shown}{more}。")
        if self.hidden_sheets:
            lines.append(
                f"未导入隐藏的工作表：{'、'.join(self.hidden_sheets)}（如需导入，请在 Excel 中取消隐藏）。"
            )
        return lines


def parse_role(text: str) -> str | None:
    word = "".join(text.split()).lower()
    for role, words in ROLE_WORDS.items():
        if word in words:
            return role
    return None


@in_write_transaction
def import_reviewers(
    db: Database, path: Path, *, author: str, dry_run: bool = False
) -> Done[ReviewersImportResult]:
    """Import a reviewer list (姓名, 所在单位, 角色, 回避单位), all or nothing.

    Changes: the reviewers added and those who declared a new conflict (none for a dry run)."""
    result = ReviewersImportResult(path, dry_run)
    errors: list[UserError] = []
    planned: dict[tuple[str, str], tuple[str, int, str]] = {}  # (name, dept) -> (role, row, sheet)
    keys: dict[
        tuple[str, str], tuple[str, str]
    ] = {}  # identity keys of (name, dept) -> (name, dept) first seen
    hidden: list[str] = []
    avoid: list[tuple[str, str, str, int, str]] = []  # (name, dept, department avoided, row, sheet)
    used = 0
    for sheet in read_sheets(path):
        if sheet.hidden:
            hidden.append(sheet.name)
            continue
        header = find_header(sheet.rows, COLUMNS, REQUIRED)
        if header is None:
            continue
        used += 1
        head, cols = header

        def cell(cells: list[object], key: str, cols: dict[str, int] = cols) -> str:
            col = cols.get(key)
            return cell_text(cells[col]) if col is not None and col < len(cells) else ""

        for index in range(head + 1, len(sheet.rows)):
            cells = sheet.rows[index]
            if not any(cell_text(c) for c in cells):
                continue
            number = index + 1
            name, dept, raw_role = (
                clean(cell(cells, "name")),
                clean(cell(cells, "department")),
                cell(cells, "role"),
            )
            ok = True
            if not name:
                errors.append(ImportProblem(where=where(sheet.name, number, "姓名"), problem="姓名为空。"))
                ok = False
            if not dept:
                errors.append(
                    ImportProblem(where=where(sheet.name, number, "所在单位"), problem="所在单位为空。")
                )
                ok = False
            role = parse_role(raw_role)
            if role is None:
                problem = (
                    f"角色“{raw_role}”无法识别：应为“组长”“副组长”“牵头”，"
                    "或“评查人员”“评查人”“评查员”“组员”“成员”“专家”（可留空）。"
                )
                errors.append(ImportProblem(where=where(sheet.name, number, "角色"), problem=problem))
                ok = False
            if not ok:
                continue
            key = (name, dept)
            if (first_key := keys.setdefault((identity_key(name), identity_key(dept)), key)) in planned:
                first, (was, was_dept) = planned[first_key][1], first_key
                same = (
                    "" if first_key == key else f"的“{was}（{was_dept}）”（只差全角半角、空格或看不见的字符）"
                )
                problem = f"“{name}（{dept}）”与第 {first} 行{same}重复。"
                errors.append(ImportProblem(where=where(sheet.name, number, "姓名"), problem=problem))
                continue
            planned[key] = (role or REVIEWER, number, sheet.name)
            for other in filter(None, _SEPARATORS.split(cell(cells, "conflicts"))):
                avoid.append((name, dept, other, number, sheet.name))
    if not used:
        problem = "找不到表头：需要“姓名”“所在单位”列（可选“角色”）。"
        raise UserErrors([ImportProblem(where="", problem=problem)], source=f"文件“{path.name}”")
    known_depts = department_repo.all_by_name(db)
    named = set(known_depts) | {d for _, d in planned}
    for _name, _dept, other, number, sheet_name in avoid:
        if other not in named:
            problem = f"回避单位“{other}”不是已知的单位（也不在名单的所在单位中）。"
            errors.append(ImportProblem(where=where(sheet_name, number, "回避单位"), problem=problem))
    if errors:
        raise UserErrors(errors, source=f"文件“{path.name}”")
    result.hidden_sheets = hidden
    dept_ids_by_name = department_repo.all_by_name(db)
    declared = {(c.reviewer_id, c.department_id) for c in assignment_repo.conflicts(db)}
    by_name = reviewer_repo.all_by_name(db)
    result.conflicts = [
        (name, other)
        for name, _dept, other, _n, _s in avoid
        if (by_name.get(name), dept_ids_by_name.get(other)) not in declared
    ]
    known_keys = {identity_key(name) for name in dept_ids_by_name}
    people = assignment_repo.reviewers_with_departments(db)
    present = {(identity_key(r.name), identity_key(r.department)) for r in people}
    result.new_departments = sorted({d for _, d in planned if identity_key(d) not in known_keys})
    for (name, dept), (role, _, _) in planned.items():
        if (identity_key(name), identity_key(dept)) in present:
            result.existing.append((name, dept))
        else:
            result.added.append((name, dept, role))
    if dry_run or not (result.added or result.conflicts):
        return Done(result, NOTHING)
    changes = NOTHING
    with db.atomic():
        require(db, author, Role.ADMIN)
        dept_ids = department_repo.ensure(db, {d for _, d in planned}, author)
        rows = [{"name": n, "department_id": dept_ids[d], "role": role} for n, d, role in result.added]
        ids = reviewer_repo.insert_many(db, rows, author) if rows else []
        changes = Changes.of(reviewers=ids)
        if ids:
            audit(
                db,
                author=author,
                table="reviewer",
                record_id=ids[0],
                action="import",
                new={"file": path.name, "reviewers": len(ids), "ids": ids},
            )
        reviewer_ids = reviewer_repo.all_by_name(db)
        for name, other in result.conflicts:
            changes |= declare_conflict(
                db,
                reviewer_ids[name],
                department_id=dept_ids.get(other) or dept_ids_by_name[other],
                reason=f"评查人员名单“{path.name}”申报回避",
                author=author,
            ).changes
    return Done(result, changes)


@in_write_transaction
def declare_conflict(
    db: Database,
    reviewer_id: str,
    *,
    department_id: str | None = None,
    subject_id: str | None = None,
    reason: str,
    author: str,
) -> Done[str]:
    """Record that a reviewer must not review a department's files, or one file (回避); audited.

    Returns the conflict's id; changes: the reviewer."""
    if not list(db["reviewer"].rows_where("id = ?", [reviewer_id])):
        raise NotFound(what="评查人员", key=reviewer_id)
    if (department_id is None) == (subject_id is None):
        raise ConflictInvalid(why="请指定一个部门或一件案卷（二选一）。")
    if not reason.strip():
        raise ConflictInvalid(why="请填写回避理由。")
    if department_id is not None and not list(db["department"].rows_where("id = ?", [department_id])):
        raise NotFound(what="执法部门", key=department_id)
    if subject_id is not None and not list(db["case_file"].rows_where("id = ?", [subject_id])):
        raise NotFound(what="案卷", key=subject_id)
    row = {
        "reviewer_id": reviewer_id,
        "department_id": department_id,
        "subject_id": subject_id,
        "reason": reason.strip(),
    }
    with db.atomic():
        require(db, author, Role.ADMIN)
        conflict_id = assignment_repo.insert_conflict(db, row, author)
        audit(
            db,
            author=author,
            table="conflict",
            record_id=conflict_id,
            action="create",
            new=row,
            reason=reason,
        )
    return Done(conflict_id, Changes.of(reviewers=[reviewer_id]))
