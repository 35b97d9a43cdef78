"""Import a case register (案件台账): read every row, report every problem, then write all or nothing.

The file is parsed without the database (cases/reading.py: `read_cases`, also the preview), then
`import_cases` checks 案号 against the register and inserts everything in one transaction. A file with any
problem imports nothing.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from operator import attrgetter
from pathlib import Path

from sqlite_utils import Database

from db.keys import identity_key
from db.records import audit
from db.repos import cases, departments
from workbench.accounts import require
from workbench.cases.columns import LABELS
from workbench.cases.reading import FOLD_NOTE, CaseRow, parse_register
from workbench.common.changes import NOTHING, Changes, Done
from workbench.common.jobs import Progress, check_cancel
from workbench.common.kinds import Role

_UPDATE_HINT = "（用更新后的台账更新已有案件：命令行加 --update，导入窗口勾选“更新已有案件”）"


@dataclass(frozen=True)
class CaseImportResult:
    """What an import (or its preview) found and did."""

    path: Path
    rows: list[CaseRow]
    sheets: list[str]
    skipped_sheets: list[str]
    header_rows: dict[str, int]
    columns: dict[str, dict[str, str]]
    blank_rows: int
    imported: int  # 0 on a dry run
    dry_run: bool
    hidden_sheets: list[str] = field(default_factory=list)
    skipped_rows: list[tuple[str, int, str]] = field(default_factory=list)
    updates: list[CaseUpdate] = field(default_factory=list)  # --update: stored cases whose fields change
    unchanged: int = 0  # --update: rows equal to the stored case

    def summary(self) -> list[str]:
        """Chinese lines for the CLI and the preview dialog."""
        counts = dict.fromkeys(self.sheets, 0)
        for r in self.rows:
            counts[r.sheet] += 1
        lines = []
        for name in self.sheets:
            place = f"工作表“{name}”：" if name else ""
            headers = self.columns[name]
            found = "、".join(f"{label}←{headers[f]}" for f, label in LABELS.items() if f in headers)
            lines.append(
                f"{place}表头在第 {self.header_rows[name]} 行，{counts[name]} 条案件，识别列：{found}"
            )
        if self.skipped_sheets:
            lines.append(f"跳过未找到表头的工作表：{'、'.join(self.skipped_sheets)}")
        if self.hidden_sheets:
            names = "、".join(self.hidden_sheets)
            lines.append(f"未导入隐藏的工作表：{names}（如需导入，请在 Excel 中取消隐藏后重新导入）")
        if self.skipped_rows:
            shown = "、".join(
                f"{f'工作表“{sheet}”' if sheet else ''}第 {row} 行（{text[:20]}）"
                for sheet, row, text in self.skipped_rows[:20]
            )
            more = f"等 {len(self.skipped_rows)} 行" if len(self.skipped_rows) > 20 else ""
            lines.append(f"跳过合计行和落款行：{shown}{more}")
        blank = f"，跳过空行 {self.blank_rows} 行" if self.blank_rows else ""
        new = len(self.rows) - len(self.updates) - self.unchanged
        if self.updates or self.unchanged:
            lines.append(f"共 {len(self.rows)} 条案件{blank}：新案件 {new} 条，更新 {len(self.updates)} 条，")
            lines[-1] += f"与案件库相同 {self.unchanged} 条（不删除台账中没有的案件）"
            for update in self.updates[:200]:
                changes = "；".join(
                    f"{LABELS.get(f, f)}：{old or '（空）'} → {new or '（空）'}"
                    for f, old, new in update.changes
                )
                lines.append(f"  {update.case_number}：{changes}")
            if len(self.updates) > 200:
                lines.append(f"  ……另有 {len(self.updates) - 200} 条更新未列出")
        else:
            lines.append(f"共 {len(self.rows)} 条案件{blank}")
        done = f"已导入 {new} 条案件" + (f"，更新 {len(self.updates)} 条" if self.updates else "")
        lines.append("预览（未写入）" if self.dry_run else done)
        return lines


@dataclass(frozen=True)
class CaseUpdate:
    """A stored case whose fields an updated register changes: (field, old as shown, new as shown)."""

    case_id: str
    case_number: str
    changes: list[tuple[str, str, str]]
    fields: dict[str, object]  # column → new stored value


# CASE_COLUMNS is case_number, department_id, <the rest, all on CaseRow>, source_file
assert cases.CASE_COLUMNS[:2] == ("case_number", "department_id")
assert cases.CASE_COLUMNS[-1] == "source_file"
_middle = attrgetter(*cases.CASE_COLUMNS[2:-1])


def import_cases(
    db: Database,
    path: Path,
    *,
    author: str,
    department: str | None = None,
    dry_run: bool = False,
    update: bool = False,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Done[CaseImportResult]:
    """Check a register against itself and the database, then insert all its cases or none of them.

    With `update`, a 案号 already stored is not an error: its changed fields are listed (the preview) and
    written, each change audited; cases the register no longer lists are kept. Changes: `everything`
    once anything was written (a register is a bulk change; naming its thousands of files helps no one),
    nothing for a preview."""
    path = Path(path)
    register, info = parse_register(path, department, progress, cancel)
    rows, problems = register.rows, register.problems
    updates: list[CaseUpdate] = []
    unchanged = 0
    with db.atomic():
        require(db, author, Role.ADMIN)
        known = cases.by_key(db, register.seen)
        stored = cases.stored(db, [id_ for _, id_ in known.values()]) if update and known else {}
        dept_names = {id_: name for name, id_ in departments.all_by_name(db).items()} if stored else {}
        existing: dict[str, tuple[str, str]] = {}  # key → (stored 案号, id) of rows that update
        for key, (number, case_id) in known.items():
            sheet, row, typed = register.seen[key]
            column = info.columns[sheet]["case_number"]
            if update:
                existing[key] = (number, case_id)
                continue
            if typed == number:
                problem = f"案号“{number}”已在案件库中，不能重复导入{_UPDATE_HINT}"
            else:
                problem = f"案号“{typed}”与案件库中的“{number}”{FOLD_NOTE}，是同一案号，不能重复导入"
            problems.add(sheet, row, column, problem)
        problems.raise_if_any(path)
        check_cancel(cancel)
        new_rows = rows
        if existing:
            new_rows = []
            for r in rows:
                hit = existing.get(identity_key(r.case_number))
                if hit is None:
                    new_rows.append(r)
                    continue
                change = _changes(r, stored[hit[1]], dept_names)
                if change is None:
                    unchanged += 1
                else:
                    updates.append(CaseUpdate(hit[1], hit[0], *change))
        if not dry_run:
            ids = departments.ensure(db, {r.department for r in rows}, author)
            source = path.name
            records = [(r.case_number, ids[r.department], *_middle(r), source) for r in new_rows]
            cases.insert_rows(db, records, author)
            for u in updates:
                fields = {f: ids[str(v)] if f == "department_id" else v for f, v in u.fields.items()}
                old = {f: stored[u.case_id][f] for f in fields}
                cases.update_fields(db, u.case_id, {**fields, "source_file": source})
                audit(
                    db,
                    author=author,
                    table="case_file",
                    record_id=u.case_id,
                    action="update_from_register",
                    old=old,
                    new={**fields, "source_file": source},
                )
    result = CaseImportResult(
        path=path,
        rows=rows,
        sheets=info.sheets,
        skipped_sheets=info.skipped_sheets,
        header_rows=info.header_rows,
        columns=info.columns,
        blank_rows=info.blank_rows,
        imported=0 if dry_run else len(rows) - unchanged,
        dry_run=dry_run,
        hidden_sheets=info.hidden_sheets,
        skipped_rows=info.skipped_rows,
        updates=updates,
        unchanged=unchanged,
    )
    return Done(result, Changes(everything=True) if result.imported else NOTHING)


_SHOWN = {"amount_fen": "amount", "department_id": "department"}


def _changes(row: CaseRow, stored: dict, dept_names: dict[str, str]) -> tuple[list, dict] | None:
    """(changes as shown, column → new value) of a register row against its stored case; None if equal."""
    shown: list[tuple[str, str, str]] = []
    fields: dict[str, object] = {}
    if dept_names.get(stored["department_id"]) != row.department and identity_key(
        dept_names.get(stored["department_id"], "")
    ) != identity_key(row.department):
        shown.append(("department", dept_names.get(stored["department_id"], ""), row.department))
        fields["department_id"] = row.department  # a name here; the id once the department exists
    for column, new in zip(cases.CASE_COLUMNS[2:-1], _middle(row), strict=True):
        if stored[column] != new:
            old = stored[column]
            if column == "amount_fen":
                old, new_shown = _yuan(old), _yuan(new)
            else:
                new_shown = new
            shown.append(
                (
                    _SHOWN.get(column, column),
                    "" if old is None else str(old),
                    "" if new_shown is None else str(new_shown),
                )
            )
            fields[column] = new
    return (shown, fields) if fields else None


def _yuan(fen: object) -> str | None:
    return None if fen is None else f"{int(fen) / 100:,.2f} 元"  # type: ignore[call-overload]
