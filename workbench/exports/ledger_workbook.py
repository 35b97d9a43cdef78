"""The 整改台账 as one Excel sheet: a line per problem, frozen header, autofilter, A4 landscape.

Text typed by people (replies, reasons) is always stored as text, so "=..." never becomes a formula.
The file appears under its name only when complete.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from workbench.common.atomic_file import atomic_path, file_error, save_workbook
from workbench.exports.cells import set_text
from workbench.rectification.ledger import DUE_LABELS, OVERDUE, LedgerLine

SHEET = "整改台账"

# (header, width in characters, value of a line)
COLUMNS: tuple[tuple[str, float, Callable[[LedgerLine], object]], ...] = (
    ("序号", 6, lambda line: None),  # filled with the row number
    ("通知文号", 20, lambda line: line.notice_number),
    ("项号", 6, lambda line: line.line),
    ("单位", 16, lambda line: line.department),
    ("案号", 20, lambda line: line.case_number),
    ("评查项目", 28, lambda line: line.item),
    ("问题", 30, lambda line: line.problem),
    ("扣分", 7, lambda line: float(line.points)),
    ("下发日期", 11, lambda line: line.issued_on),
    ("整改期限", 11, lambda line: line.deadline),
    ("状态", 9, lambda line: line.status_label),
    ("时限", 6, lambda line: DUE_LABELS.get(line.due, "")),
    ("反馈日期", 11, lambda line: line.reported_on),
    ("反馈情况", 30, lambda line: line.report),
    ("审核日期", 11, lambda line: line.verified_on),
    ("审核人", 9, lambda line: line.verifier),
    ("审核意见", 24, lambda line: line.verification),
    ("销号日期", 11, lambda line: line.closed_on),
    ("销号人", 9, lambda line: line.closed_by),
    ("退回或销号说明", 24, lambda line: line.reason),
)
_OVERDUE_FILL = PatternFill("solid", fgColor="FDE2E1")


def write_ledger(lines: Sequence[LedgerLine], path: Path | str) -> Path:
    """Write the lines in the order given; returns the path written."""
    path = Path(path)
    book = Workbook()
    ws = book.active
    ws.title = SHEET
    ws.append([title for title, _, _ in COLUMNS])
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    for n, line in enumerate(lines, start=1):
        row = n + 1
        for col, (_, _, value) in enumerate(COLUMNS, start=1):
            cell = ws.cell(row=row, column=col)
            v = n if col == 1 else value(line)
            if isinstance(v, str):
                set_text(cell, v)  # the results workbook's guard: "=..." and "#N/A" stay text
                cell.alignment = Alignment(vertical="top", wrap_text=len(v) > 12)
            else:
                cell.value = v
                cell.alignment = Alignment(vertical="top")
                if isinstance(v, date):
                    cell.number_format = "yyyy-mm-dd"
                elif isinstance(v, float):
                    cell.number_format = "0.0#"
            if line.due == OVERDUE:
                cell.fill = _OVERDUE_FILL
    for col, (_, width, _) in enumerate(COLUMNS, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width
    last = get_column_letter(len(COLUMNS))
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{last}{max(len(lines) + 1, 1)}"
    ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.oddFooter.center.text = "第 &P 页 共 &N 页"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise file_error(exc, path.parent) from exc
    with atomic_path(path) as temporary:
        save_workbook(book, temporary)
    return path
