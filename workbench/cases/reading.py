"""Reading a case register (案件台账) without the database: find each sheet's header, parse every row
column by column, and note every problem by sheet, row and column (the preview shows them all).

What the rows do to the case table (new 案号 inserted, known ones refused or updated) is in
cases/importer.py.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from itertools import compress, repeat
from operator import itemgetter
from pathlib import Path

from db.keys import clean_all, identity_keys
from workbench.cases.columns import FIELDS, ROW_FIELDS, Header, find_header, looked_for, parse_columns
from workbench.cases.values import texts
from workbench.common.errors import ImportProblem, UserErrors, where
from workbench.common.jobs import Progress, check_cancel, steps
from workbench.common.spreadsheet import file_error, hidden_names, read_sheets

CHUNK = 1000  # rows parsed at a time, column by column; Cancel is checked between chunks
MAX_PROBLEMS = 500  # past this the file is clearly the wrong one; stop rather than list every row
# Rows offices add under a register: totals, and who filled it in and checked it. Skipped and listed.
SUMMARY_WORDS = ("合计", "总计", "小计", "共计", "累计")
FOOTER_WORDS = ("填表人", "制表人", "审核人", "填报人", "统计人", "负责人", "审批人", "填表日期", "制表日期")
_SUMS = frozenset(SUMMARY_WORDS)
FOLD_NOTE = "只差全角半角、括号写法、空格或看不见的字符"


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


def read_cases(
    path: Path,
    *,
    department: str | None = None,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> tuple[list[CaseRow], ReadInfo]:
    """Parse and check a register without touching the database; raises UserErrors naming every problem."""
    register, info = parse_register(Path(path), department, progress, cancel)
    register.problems.raise_if_any(Path(path))
    return register.rows, info


def parse_register(
    path: Path, department: str | None, progress: Progress | None, cancel: threading.Event | None
) -> tuple[Register, ReadInfo]:
    """The rows and problems (not raised yet) and how the file was read; `department`: rows naming none."""
    check_cancel(cancel)
    sheets = read_sheets(path)
    check_cancel(cancel)
    headers = {sheet.name: header for sheet in sheets if (header := find_header(sheet.rows))}
    if not headers:
        hidden = hidden_names(sheets)
        also = f"（隐藏的工作表“{'、'.join(hidden)}”未读取，如需导入请在 Excel 中取消隐藏）" if hidden else ""
        raise file_error(path, f"未找到表头：{looked_for()}{also}")
    register = Register(list(headers), (department or "").strip())
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


class Register:
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
                        f"案号“{number}”与{other}第 {first[1]} 行的“{first[2]}”{FOLD_NOTE}，是同一案号",
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
