"""The case list's columns over CaseListRow: titles, sort keys, alignment and grade colours."""

from __future__ import annotations

from collections.abc import Sequence
from operator import attrgetter
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor

from ui.widgets import CENTER, LEFT, RIGHT, Column, RowsModel
from workbench.reporting.case_list import SORT_KEYS, CaseListRow, grade_key

TOP_GRADE = QColor("#2e7d32")  # a muted green for 优秀 (the highest band), readable on white and grey
FAIL_GRADE = QColor("#c62828")  # a muted red for 不合格 (the lowest band)


_subject_of = attrgetter("subject_id")


class CaseListModel(RowsModel):
    """One row per file of a campaign; sorts itself, so no proxy sits between it and the view."""

    CASE_NUMBER, DEPARTMENT, TITLE, PARTY, CASE_TYPE, STATUS, TOTAL, GRADE, REVIEWERS = range(9)

    def __init__(self, parent: Any = None) -> None:
        t = [  # QCoreApplication.translate spelled out with literals: what pyside6-lupdate recognises
            QCoreApplication.translate("CaseList", "Case number"),
            QCoreApplication.translate("CaseList", "Department"),
            QCoreApplication.translate("CaseList", "Case name"),
            QCoreApplication.translate("CaseList", "Party"),
            QCoreApplication.translate("CaseList", "Type"),
            QCoreApplication.translate("CaseList", "Status"),
            QCoreApplication.translate("CaseList", "Total"),
            QCoreApplication.translate("CaseList", "Grade"),
            QCoreApplication.translate("CaseList", "Reviewers"),
        ]
        columns = [
            Column(t[0], attrgetter("case_number"), SORT_KEYS["case_number"], LEFT),
            Column(t[1], attrgetter("department"), SORT_KEYS["department"], tooltip=True),
            Column(t[2], attrgetter("title"), SORT_KEYS["title"], tooltip=True),
            Column(t[3], attrgetter("party"), SORT_KEYS["party"], tooltip=True),
            Column(t[4], attrgetter("case_type"), SORT_KEYS["case_type"], CENTER),
            Column(t[5], attrgetter("status_label"), SORT_KEYS["status"], CENTER),
            Column(t[6], attrgetter("total"), SORT_KEYS["total"], RIGHT),
            Column(
                t[7],
                attrgetter("grade"),
                lambda row: self._grade_key(row),
                CENTER,
                foreground=lambda row: self._grade_colours.get(row.grade),
            ),
            Column(t[8], attrgetter("reviewers"), SORT_KEYS["reviewers"], tooltip=True),
        ]
        super().__init__(columns, parent=parent)
        self.arrival_order = (self.CASE_NUMBER, Qt.SortOrder.AscendingOrder)  # listings come in 案号 order
        self.units = False  # a supervision round: each row is a unit (被督察单位), not a case file
        self.grades: tuple[str, ...] = ()
        self._grade_key = grade_key(())
        self._grade_colours: dict[str | None, QColor] = {}

    def set_units(self, units: bool) -> None:
        """Rows are units of a supervision round: the first column is headed "Unit inspected"."""
        if units != self.units:
            self.units = units
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.CASE_NUMBER, self.CASE_NUMBER)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            self.units
            and section == self.CASE_NUMBER
            and orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return QCoreApplication.translate("CaseList", "Unit inspected")
        return super().headerData(section, orientation, role)

    def find_subject(self, subject_id: str) -> int:
        """The position of this file's row, or -1."""
        return self.find_key(subject_id, _subject_of)

    def subject_at(self, position: int) -> str:
        return self.key_at(position, _subject_of)

    def set_case_list(self, rows: Sequence[CaseListRow], grades: Sequence[str]) -> None:
        """A campaign's rows, and its standard's bands (highest first) for the grade order and colours."""
        self.grades = tuple(grades)
        self._grade_key = grade_key(self.grades)
        self._grade_colours = {}
        if len(self.grades) > 1:
            self._grade_colours = {self.grades[0]: TOP_GRADE, self.grades[-1]: FAIL_GRADE}
        self.set_rows(rows)
