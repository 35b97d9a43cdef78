"""Case list column widths from the longest texts of a sample, capped: never resizeColumnsToContents over
100,000 rows."""

from __future__ import annotations

import heapq
from collections.abc import Callable
from operator import attrgetter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from ui.cases.case_list_model import CaseListModel
from workbench.reporting.case_list import CaseListRow
from workbench.review.results import STATUS_LABELS

SLIM = (CaseListModel.CASE_NUMBER, CaseListModel.STATUS)  # what the list shows beside a score sheet
# Column width caps, in widths of "中", so one long party name does not push the rest off screen
CAPS = {
    CaseListModel.CASE_NUMBER: 16,
    CaseListModel.DEPARTMENT: 12,
    CaseListModel.TITLE: 26,
    CaseListModel.PARTY: 14,
    CaseListModel.REVIEWERS: 10,
}


def fitted_widths(table: QTableView, m: CaseListModel, rows: list[CaseListRow]) -> dict[int, int]:
    """column → width for its content (a sample of rows) and its heading."""
    fm = table.fontMetrics()
    em = fm.horizontalAdvance("中")
    header_fm = table.horizontalHeader().fontMetrics()
    text_of: dict[int, Callable[[CaseListRow], str]] = {
        m.CASE_NUMBER: attrgetter("case_number"),
        m.DEPARTMENT: attrgetter("department"),
        m.TITLE: attrgetter("title"),
        m.PARTY: attrgetter("party"),
        m.CASE_TYPE: attrgetter("case_type"),
        m.REVIEWERS: attrgetter("reviewers"),
    }
    fixed = {m.TOTAL: ["100.00"], m.GRADE: list(m.grades), m.STATUS: list(STATUS_LABELS.values())}
    sample = rows[:: max(1, len(rows) // 5000)]
    widths = {}
    for column in range(m.columnCount()):
        texts = set(fixed.get(column, ()))
        if column in text_of:
            texts |= set(map(text_of[column], sample))
        widest = max((fm.horizontalAdvance(t) for t in heapq.nlargest(20, texts, key=len)), default=4 * em)
        content = min(widest, CAPS.get(column, 8) * em) + em
        heading = m.headerData(column, Qt.Orientation.Horizontal)
        title = header_fm.horizontalAdvance(heading) + 2 * em  # and the sort arrow
        widths[column] = max(content, title)
    return widths


def slim_width(table: QTableView, fitted: dict[int, int]) -> int:
    """The width the slim list needs: its two columns, the frame and a scroll bar (and room for the
    navigator's counts above it)."""
    columns = sum(fitted.get(c, table.columnWidth(c)) for c in SLIM)
    scroll = table.verticalScrollBar().sizeHint().width()
    return max(300, columns + scroll + 2 * table.frameWidth() + 4)
