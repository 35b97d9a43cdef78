"""Import a case register (案件台账): read every row, report every problem, then write all or nothing.

The file is parsed without the database (`read_cases`, also the preview), then `import_cases` checks 案号
against the register and inserts everything in one transaction. A file with any problem imports nothing.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from itertools import compress, repeat
from operator import attrgetter
from pathlib import Path

from sqlite_utils import Database

from db.repos import cases, departments
from workbench.accounts import require
from workbench.cases.columns import FIELDS, LABELS, ROW_FIELDS, Header, find_header, looked_for, parse_columns
from workbench.cases.values import texts
from workbench.common.errors import ImportProblem, UserErrors, where
from workbench.common.jobs import Progress, check_cancel, steps
from workbench.common.kinds import Role
from workbench.common.spreadsheet import file_error, read_sheets

CHUNK = 1000  # rows parsed at a time, column by column; Cancel is checked between chunks
MAX_PROBLEMS = 500  # past this the file is clearly the wrong one; stop rather than list every row


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
        blank = f"，跳过空行 {self.blank_rows} 行" if self.blank_rows else ""
        lines.append(f"共 {len(self.rows)} 条案件{blank}")
        lines.append("预览（未写入）" if self.dry_run else f"已导入 {self.imported} 条案件")
        return lines


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
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> CaseImportResult:
    """Check a register against itself and the database, then insert all its cases or none of them."""
    path = Path(path)
    register, info = _parse(path, department, progress, cancel)
    rows, problems = register.rows, register.problems
    with db.atomic():
        require(db, author, Role.ADMIN)
        for number in cases.existing_numbers(db, register.seen):
            sheet, row = register.seen[number]
            column = info.columns[sheet]["case_number"]
            problems.add(sheet, row, column, f"案号“{number}”已在案件库中，不能重复导入")
        problems.raise_if_any(path)
        check_cancel(cancel)
        if not dry_run:
            ids = departments.ensure(db, {r.department for r in rows}, author)
            source = path.name
            records = [(r.case_number, ids[r.department], *_middle(r), source) for r in rows]
            cases.insert_rows(db, records, author)
    return CaseImportResult(
        path=path,
        rows=rows,
        sheets=info.sheets,
        skipped_sheets=info.skipped_sheets,
        header_rows=info.header_rows,
        columns=info.columns,
        blank_rows=info.blank_rows,
        imported=0 if dry_run else len(rows),
        dry_run=dry_run,
    )


def _parse(
    path: Path, department: str | None, progress: Progress | None, cancel: threading.Event | None
) -> tuple[_Register, ReadInfo]:
    check_cancel(cancel)
    sheets = read_sheets(path)
    check_cancel(cancel)
    headers = {sheet.name: header for sheet in sheets if (header := find_header(sheet.rows))}
    if not headers:
        raise file_error(path, f"未找到表头：{looked_for()}")
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
        skipped_sheets=[sheet.name for sheet in sheets if sheet.name not in headers],
        header_rows={name: header.row for name, header in headers.items()},
        columns={name: header.texts for name, header in headers.items()},
        blank_rows=register.blank,
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
        self.seen: dict[str, tuple[str, int]] = {}  # 案号 → (sheet, row)
        self.blank = 0

    def add(self, sheet: str, header: Header, chunk: list[list[object]], first_row: int) -> None:
        """Parse some consecutive data rows of a sheet, keep the good ones and note every problem."""
        width = max(header.columns.values()) + 1
        if any(len(cells) < width for cells in chunk):  # short CSV lines
            chunk = [[*cells, *[""] * (width - len(cells))] for cells in chunk]
        bad: set[int] = set()  # chunk indexes of rows with a problem

        def bad_cell(i: int, field: str, reason: str) -> None:
            bad.add(i)
            self.problems.add(sheet, first_row + i, header.texts[field], reason)

        values = parse_columns(header, chunk, bad_cell)
        numbers = values["case_number"]
        blank = {i for i, number in enumerate(numbers) if not number and not any(texts(chunk[i]))}
        self.blank += len(blank)
        for i, number in enumerate(numbers):
            if not number:
                if i not in blank:
                    bad_cell(i, "case_number", "缺少案号")
            elif (first := self.seen.setdefault(number, key := (sheet, first_row + i))) is not key:
                other = f"工作表“{first[0]}”" if first[0] != sheet else ""
                bad_cell(i, "case_number", f"案号“{number}”与{other}第 {first[1]} 行重复")
        values["department"] = [department or self.default for department in values["department"]]
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
