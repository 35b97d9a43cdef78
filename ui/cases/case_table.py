"""The case table's fixed behaviour, set once when the panel is built."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ui.cases.case_list_model import CaseListModel


def set_up_table(t: QTableView, model: CaseListModel) -> None:
    """Whole rows, one selected, read-only, rows of one height (the view never measures 100,000 rows),
    sorted by 案号 at first by the model's own sort."""
    t.setModel(model)
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setAlternatingRowColors(True)
    t.setWordWrap(False)
    t.setShowGrid(False)
    t.setTabKeyNavigation(False)  # Tab leaves the table, arrows move within it
    rows = t.verticalHeader()
    rows.hide()
    height = t.fontMetrics().height() + 10
    rows.setMinimumSectionSize(height)
    rows.setDefaultSectionSize(height)  # uniform heights: the view never measures 100k rows
    rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header = t.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSortIndicator(CaseListModel.CASE_NUMBER, Qt.SortOrder.AscendingOrder)
    t.setSortingEnabled(True)  # calls model.sort(): ours, in Python
