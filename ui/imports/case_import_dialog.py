"""Import a case register (案件台账): preview what will be read, see every bad row, import all or none."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.errors import messages
from ui.jobs import Job
from ui.widgets.import_dialog import ImportDialog
from workbench.cases.importer import CaseImportResult
from workbench.cases.jobs import department_names, import_case_file, preview_cases
from workbench.cases.reading import CaseRow
from workbench.common.workspace import Workspace

PREVIEW_ROWS = 200  # the table shows the first rows only; the summary counts them all

_ALIGN_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _yuan(fen: int | None) -> str:
    return "" if fen is None else f"{Decimal(fen).scaleb(-2):,.2f}"


def _cells(row: CaseRow) -> list[str]:
    return [
        row.case_number,
        row.department,
        row.title,
        row.party,
        row.filed_on or "",
        row.closed_on or "",
        _yuan(row.amount_fen),
    ]


class CaseImportDialog(ImportDialog):
    """Choose a register, preview it off the UI thread, and import it in one transaction."""

    imported = Signal(int)  # how many case files were added

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.file.caption = self.tr("Choose a case register")
        self.file.file_filter = self.tr("Spreadsheets (*.xlsx *.xls *.csv)")
        self.setWindowTitle(self.tr("Import cases"))
        self.department = QComboBox()
        self.department.setEditable(True)
        self.department.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.department.addItems(["", *department_names(workspace.db)])
        self.department.lineEdit().setPlaceholderText(self.tr("Use the department named in each row"))
        self.update_existing = QCheckBox(
            self.tr("Update cases already stored (list each change; delete nothing)")
        )
        self.update_existing.setToolTip(
            self.tr("For an updated register of a department: its stored case numbers take the new values.")
        )
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 7)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Case number"),
                self.tr("Department"),
                self.tr("Case title"),
                self.tr("Party"),
                self.tr("Filed on"),
                self.tr("Closed on"),
                self.tr("Amount (yuan)"),
            ]
        )
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.hide()

        form = QFormLayout()
        form.addRow(self.tr("File:"), self.file)
        form.addRow(self.tr("Department for rows without one:"), self.department)
        form.addRow("", self.update_existing)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(960, 600)
        self.department.editTextChanged.connect(self.invalidate)
        self.update_existing.toggled.connect(self.invalidate)

    def chosen_department(self) -> str | None:
        return self.department.currentText().strip() or None

    # --- preview ----------------------------------------------------------------------------------------

    def preview(self) -> None:
        path = self.require_path()
        if path is None:
            return
        self.invalidate()
        job = Job(
            preview_cases,
            self.workspace.path,
            path,
            department=self.chosen_department(),
            update=self.update_existing.isChecked(),
        )
        self.run_job(
            job,
            self.tr("Reading {name}…").format(name=path.name),
            writes=False,
            after=self._show_preview,
            cancelled=self.tr("Preview cancelled."),
        )

    def _show_preview(self, result: CaseImportResult) -> None:
        rows = result.rows[:PREVIEW_ROWS]
        lines = result.summary()
        if len(result.rows) > len(rows):
            lines.append(
                self.tr("The table shows the first {shown} of {total} cases.").format(
                    shown=len(rows), total=len(result.rows)
                )
            )
        self.summary.setText("\n".join(lines))
        self.table.setRowCount(len(rows))
        self.table.setVerticalHeaderLabels([str(r.row) for r in rows])  # the spreadsheet's row numbers
        for r, row in enumerate(rows):
            for c, text in enumerate(_cells(row)):
                cell = QTableWidgetItem(text)
                if c == 6:
                    cell.setTextAlignment(_ALIGN_RIGHT)
                self.table.setItem(r, c, cell)
        self.table.resizeColumnsToContents()
        self.table.show()
        self.set_ready(bool(result.rows))

    def clear_preview(self) -> None:
        self.summary.clear()
        self.table.setRowCount(0)
        self.table.hide()

    # --- import -----------------------------------------------------------------------------------------

    def start_import(self) -> None:
        path = self.require_path()
        if path is None:
            return
        job = Job(
            import_case_file,
            self.workspace.path,
            path,
            author=self.workspace.author,
            department=self.chosen_department(),
            update=self.update_existing.isChecked(),
        )
        self.run_job(
            job,
            self.tr("Importing {name}…").format(name=path.name),
            writes=True,
            after=self._imported,
            cancelled=self.tr("Import cancelled; nothing was written."),
        )

    def _imported(self, result: CaseImportResult) -> None:
        count = result.imported
        messages.inform(self, self.tr("Import cases"), self.tr("Imported %n case(s).", "", count))
        self.imported.emit(count)
        self.accept()
