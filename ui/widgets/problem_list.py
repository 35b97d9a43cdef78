"""The problems found in a file, shown inline under a summary line, one row-named message a line."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from ui.errors import explain
from workbench.common.errors import UserError


class ProblemList(QWidget):
    """Hidden until a file has problems; the messages are the core's, in Chinese as written."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QListWidget.SelectionMode.ExtendedSelection)  # to copy from
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        self.hide()

    def show_problems(self, exc: UserError) -> None:
        summary, problems = explain(exc)
        if not problems:  # one problem with the whole file: say so above it
            summary, problems = self.tr("This file cannot be imported:"), [summary]
        self.summary.setText(summary)
        self.list.clear()
        self.list.addItems(problems)
        self.show()

    def lines(self) -> list[str]:
        return [self.list.item(n).text() for n in range(self.list.count())]

    def clear(self) -> None:
        self.summary.clear()
        self.list.clear()
        self.hide()
