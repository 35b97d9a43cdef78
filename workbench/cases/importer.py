"""Import a case register (案件台账): read every row, report every problem, then write all or nothing.

The file is parsed without the database (`read_cases`, also the preview), then `import_cases` checks 案号
against the register and inserts everything in one transaction. A file with any problem imports nothing.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import attrgetter, itemgetter
from pathlib import Path

from sqlite_utils import Database

from db.keys import clean_all, identity_key, identity_keys
from db.records import audit
from db.repos import cases, departments
from workbench.accounts import require
from workbench.cases.columns import FIELDS, LABELS, ROW_FIELDS, Header, find_header, looked_for, parse_columns
from workbench.cases.values import texts
from workbench.common.errors import ImportProblem, UserErrors, where
from workbench.common.jobs import Progress, check_cancel, steps
from workbench.common.kinds import Role
from workbench.common.spreadsheet import file_error, hidden_names, read_sheets

CHUNK = 1000  # rows parsed at a time, column by column; Cancel is checked between chunks
MAX_PROBLEMS = 500  # past this the file is clearly the wrong one; stop rather than list every row
# Rows offices add under a register: totals, and who filled it in and checked it. Skipped and listed.
SUMMARY_WORDS = ("合计", "总计", "小计", "共计", "累计")
FOOTER_WORDS = ("填表人", "制表人", "审核人", "填报人", "统计人", "负责人", "审批人", "填表日期", "制表日期")
_SUMS = frozenset(SUMMARY_WORDS)
_FOLD_NOTE = "只差全角半角、括号写法、空格或看不见的字符"
_UPDATE_HINT = "（用更新后的台账更新已有案件：命令行加 --update，导入窗口勾选“更新已有案件”）"


@dataclass(frozen=True, slots=True)  # slots: 10,000 rows, one object each rather than two for the GC
class CaseRow:
    """One parsed register row, ready to insert; `row` is the spreadsheet's own 1-based number."""

    sheet: str  # "" for CSV
    row: int
    case_number: str
    department: str
    title: str
    cause: str
    party: str
    officers: str
    case_type: str
    procedure: str
    filed_on: str | None
    closed_on: str | None
    amount_fen: int | None


@dataclass(frozen=True)
class ReadInfo:
    """How the file was read: which sheets were used, where their headers were, what was skipped."""

    sheets: list[str]
    skipped_sheets: list[str]  # sheets with no recognisable header
    header_rows: dict[str, int]
    columns: dict[str, dict[str, str]]  # sheet → field → header text
    blank_rows: int
    hidden_sheets: list[str] = field(default_factory=list)  # hidden in Excel: not read
    skipped_rows: list[tuple[str, int, str]] = field(default_factory=list)  # (sheet, row, text): 合计, 填表人


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


def read_cases(
    path: Path,
    *,
    department: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> tuple[list[CaseRow], ReadInfo]:
    """Parse and check a register without touching the database; raises UserErrors naming every problem."""
    register, info = _parse(Path(path), department, progress, cancel)
    register.problems.raise_if_any(Path(path))
    return register.rows, info


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
) -> CaseImportResult:
    """Check a register against itself and the database, then insert all its cases or none of them.

    With `update`, a 案号 already stored is not an error: its changed fields are listed (the preview) and
    written, each change audited; cases the register no longer lists are kept."""
    path = Path(path)
    register, info = _parse(path, department, progress, cancel)
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
                problem = f"案号“{typed}”与案件库中的“{number}”{_FOLD_NOTE}，是同一案号，不能重复导入"
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
    return CaseImportResult(
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


def _parse(
    path: Path, department: str | None, progress: Progress | None, cancel: threading.Event | None
) -> tuple[_Register, ReadInfo]:
    check_cancel(cancel)
    sheets = read_sheets(path)
    check_cancel(cancel)
    headers = {sheet.name: header for sheet in sheets if (header := find_header(sheet.rows))}
    if not headers:
        hidden = hidden_names(sheets)
        also = f"（隐藏的工作表“{'、'.join(hidden)}”未读取，如需导入请在 Excel 中取消隐藏）" if hidden else ""
        raise file_error(path, f"未找到表头：{looked_for()}{also}")
    register = _Register(list(headers), (department or "").strip())
    used = [(sheet, headers[sheet.name]) for sheet in sheets if sheet.name in headers]
    for sheet, header in used:
        if "department" not in header.columns and not register.default:
            names = "、".join(FIELDS["department"])
            register.problems.add(
                sheet.name, None, None, f"表中没有执法部门列（{names}），导入时也没有指定执法部门"
            )
    chunks = [(s.name, h, s.rows, start) for s, h in used for start in range(h.row, len(s.rows), CHUNK)]
    for n in steps(len(chunks), progress, cancel):
        name, header, rows, start = chunks[n]
        register.add(name, header, rows[start : start + CHUNK], start + 1)
        if register.problems.stopped:
            break
    if not register.rows and not register.problems:
        raise file_error(path, "表头下面没有案件数据：请检查是否选错了文件或工作表")
    info = ReadInfo(
        sheets=list(headers),
        skipped_sheets=[sheet.name for sheet in sheets if sheet.name not in headers and not sheet.hidden],
        header_rows={name: header.row for name, header in headers.items()},
        columns={name: header.texts for name, header in headers.items()},
        blank_rows=register.blank,
        hidden_sheets=hidden_names(sheets),
        skipped_rows=register.skipped,
    )
    return register, info


class _Problems:
    """Every problem of one file, kept in sheet and row order whatever order they were found in."""

    def __init__(self, sheets: list[str]) -> None:
        self._order = {name: n for n, name in enumerate(sheets)}
        self._found: list[tuple[int, int, ImportProblem]] = []
        self.stopped = False  # MAX_PROBLEMS reached: the parser stops, later problems are dropped

    def __len__(self) -> int:
        return len(self._found)

    def add(self, sheet: str, row: int | None, column: str | None, problem: str) -> None:
        if len(self._found) >= MAX_PROBLEMS:
            self.stopped = True
            return
        found = ImportProblem(where=where(sheet or None, row, column), problem=problem)
        self._found.append((self._order[sheet], row or 0, found))

    def raise_if_any(self, path: Path) -> None:
        if self._found:
            errors = [p for *_, p in sorted(self._found, key=lambda f: f[:2])]
            if self.stopped:
                errors.append(
                    ImportProblem(where="", problem=f"错误超过 {MAX_PROBLEMS} 处，其余的行没有检查。")
                )
            raise UserErrors(errors, source=f"文件“{path.name}”")


class _Register:
    """The rows and problems gathered from one file so far, and where each 案号 first appeared."""

    def __init__(self, sheets: list[str], default: str) -> None:
        self.default = default  # the department of rows that name none
        self.rows: list[CaseRow] = []
        self.problems = _Problems(sheets)
        self.seen: dict[str, tuple[str, int, str]] = {}  # 案号's identity key → (sheet, row, 案号 as typed)
        self.blank = 0
        self.skipped: list[tuple[str, int, str]] = []  # 合计 and 填表人 rows: (sheet, row, what they say)

    def add(self, sheet: str, header: Header, chunk: list[list[object]], first_row: int) -> None:
        """Parse some consecutive data rows of a sheet, keep the good ones and note every problem."""
        width = max(header.columns.values()) + 1
        if any(len(cells) < width for cells in chunk):  # short CSV lines
            chunk = [[*cells, *[""] * (width - len(cells))] for cells in chunk]
        bad: set[int] = set()  # chunk indexes of rows with a problem
        skip = self._summary_rows(sheet, header, chunk, first_row)

        def bad_cell(i: int, field: str, reason: str) -> None:
            if i in skip:
                return
            bad.add(i)
            self.problems.add(sheet, first_row + i, header.texts[field], reason)

        values = parse_columns(header, chunk, bad_cell)
        numbers = values["case_number"] = clean_all(values["case_number"])  # a BOM stuck to a 案号 goes
        keys = identity_keys(numbers)
        blank = {i for i, number in enumerate(numbers) if not number and not any(texts(chunk[i]))}
        self.blank += len(blank)
        bad |= skip
        for i, number in enumerate(numbers):
            if not number:
                if i not in blank:
                    bad_cell(i, "case_number", "缺少案号")
            elif (first := self.seen.setdefault(keys[i], at := (sheet, first_row + i, number))) is not at:
                other = f"工作表“{first[0]}”" if first[0] != sheet else ""
                if first[2] == number:
                    bad_cell(i, "case_number", f"案号“{number}”与{other}第 {first[1]} 行重复")
                else:
                    bad_cell(
                        i,
                        "case_number",
                        f"案号“{number}”与{other}第 {first[1]} 行的“{first[2]}”{_FOLD_NOTE}，是同一案号",
                    )
        values["department"] = [d or self.default for d in clean_all(values["department"])]
        for i, department in enumerate(values["department"]):
            if not department and i not in blank:
                bad.add(i)
                if "department" in header.columns:  # otherwise the whole sheet was reported once
                    bad_cell(i, "department", "缺少执法部门，导入时也没有指定执法部门")
        for i, (filed, closed) in enumerate(zip(values["filed_on"], values["closed_on"], strict=True)):
            if filed and closed and closed < filed:
                bad_cell(i, "closed_on", f"结案日期 {closed} 早于立案日期 {filed}")
        keep = [i not in bad and i not in blank for i in range(len(chunk))]
        rows = compress(range(first_row, first_row + len(chunk)), keep)
        kept = (compress(values[field], keep) for field in ROW_FIELDS)
        self.rows.extend(map(CaseRow, repeat(sheet), rows, *kept))  # map: no Python loop per row

    def _summary_rows(
        self, sheet: str, header: Header, chunk: list[list[object]], first_row: int
    ) -> set[int]:
        """Chunk indexes of 合计 rows and 填表人/审核人 footers, noted in `skipped`."""
        found: set[int] = set()
        numbers = map(itemgetter(header.columns["case_number"]), chunk)
        for i in [i for i, n in enumerate(numbers) if not n or (type(n) is str and n.lstrip()[:2] in _SUMS)]:
            for text in texts(chunk[i]):  # a row without a 案号 (or 合计 in its place): what does it say?
                compact = "".join(text.split())
                if compact.startswith(SUMMARY_WORDS) or any(compact.startswith(w) for w in FOOTER_WORDS):
                    found.add(i)
                    self.skipped.append((sheet, first_row + i, compact))
                    break
        return found
