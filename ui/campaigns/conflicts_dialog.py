"""Declared conflicts (回避): per reviewer, the departments or single files they must not score, with why.

The assignment honours them; the list shows every declaration, the form adds one (audited).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.changes import publish
from ui.widgets.message_line import MessageLine
from ui.widgets.rows_model import Column, RowsModel
from ui.widgets.table_view import table_view
from workbench.assignment.conflicts import add_conflict, declared_conflicts, department_names, reviewer_names
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.workspace import Workspace


class ConflictsDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Declared conflicts"))
        self.model = RowsModel(
            [
                Column(self.tr("Reviewer"), lambda c: c.reviewer),
                Column(self.tr("Avoids"), lambda c: c.department or c.case_number),
                Column(self.tr("Reason"), lambda c: c.reason, tooltip=True),
            ]
        )
        self.view = table_view(self.model)
        self.reviewer = QComboBox()
        self.by_department = QRadioButton(self.tr("A department"))
        self.by_file = QRadioButton(self.tr("One file (case number)"))
        self.by_department.setChecked(True)
        self.department = QComboBox()
        self.case_number = QLineEdit()
        self.case_number.setPlaceholderText(self.tr("Case number, e.g. 交罚〔2026〕12号"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why (kept in the audit log)"))
        self.add_button = QPushButton(self.tr("Declare"))
        self.message = MessageLine()
        form = QFormLayout()
        form.addRow(self.tr("Reviewer"), self.reviewer)
        form.addRow(self.by_department, self.department)
        form.addRow(self.by_file, self.case_number)
        form.addRow(self.tr("Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(form)
        layout.addWidget(self.add_button)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.add_button.clicked.connect(self.declare)
        self.by_department.toggled.connect(self._update)
        self.resize(640, 480)
        self.reload()

    def reload(self) -> None:
        db = self.workspace.db
        self.model.set_rows(declared_conflicts(db))
        for combo, names in ((self.reviewer, reviewer_names(db)), (self.department, department_names(db))):
            kept = combo.currentText()
            combo.clear()
            combo.addItems(names)
            if kept:
                combo.setCurrentText(kept)
        if not self.reviewer.count():
            self.message.news(
                self.tr("No reviewers yet: import the reviewer list first (Assign reviewers…).")
            )
        self._update()

    def _update(self, *_args: object) -> None:
        department = self.by_department.isChecked()
        self.department.setEnabled(department)
        self.case_number.setEnabled(not department)
        self.add_button.setEnabled(self.reviewer.count() > 0)

    def declare(self) -> None:
        department = self.by_department.isChecked()
        try:
            done = add_conflict(
                self.workspace.db,
                self.reviewer.currentText(),
                department=self.department.currentText() if department else "",
                case_number="" if department else self.case_number.text(),
                reason=self.reason.text(),
                author=self.workspace.author,
            )
        except KNOWN_ERRORS as exc:
            self.message.user_error(exc)
            return
        publish(done, self)
        self.message.good(self.tr("Declared. The next assignment honours it."))
        self.reason.clear()
        self.reload()
