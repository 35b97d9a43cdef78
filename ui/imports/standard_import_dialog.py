"""Import a scoring standard (评查标准) from .xlsx or .csv: see what was read and guessed, then save it."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QListWidget, QVBoxLayout, QWidget

from ui.errors import messages
from ui.jobs import Job
from ui.widgets.import_dialog import ImportDialog
from workbench.common.workspace import Workspace
from workbench.standards.jobs import read_standard_file, store_standard
from workbench.standards.model import Standard
from workbench.standards.service import ImportedStandard, report_lines


class StandardImportDialog(ImportDialog):
    """Preview a standard file (counts, total check, items read as free deduction) and save it."""

    imported = Signal(str)  # the id of the stored standard

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.file.caption = self.tr("Choose a scoring standard")
        self.file.file_filter = self.tr("Scoring standards (*.xlsx *.csv)")
        self.setWindowTitle(self.tr("Import a scoring standard"))
        self.name = QLineEdit()
        self.name.setEnabled(False)
        self.items_count = QLabel()
        self.vetoes_count = QLabel()
        self.report = QListWidget()
        self.report.setWordWrap(True)
        self.report.hide()
        self._standard: Standard | None = None

        form = QFormLayout()
        form.addRow(self.tr("File:"), self.file)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Items:"), self.items_count)
        form.addRow(self.tr("Veto items:"), self.vetoes_count)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.problems, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(760, 520)

    # --- preview ----------------------------------------------------------------------------------------

    def preview(self) -> None:
        path = self.require_path()
        if path is None:
            return
        self.invalidate()
        self.run_job(
            Job(read_standard_file, path),
            self.tr("Reading {name}…").format(name=path.name),
            writes=False,
            after=self._show_preview,
            cancelled=self.tr("Preview cancelled."),
        )

    def _show_preview(self, result: ImportedStandard) -> None:
        standard = self._standard = result.standard
        self.name.setText(standard.name)
        self.name.setEnabled(True)
        self.items_count.setText(str(len(standard.items)))
        self.vetoes_count.setText(str(len(standard.veto_items)))
        self.report.clear()
        self.report.addItems(report_lines(result))  # the core's Chinese lines, warnings and fallbacks
        self.report.show()
        self.set_ready(True)

    def clear_preview(self) -> None:
        self._standard = None
        self.name.clear()
        self.name.setEnabled(False)
        self.items_count.clear()
        self.vetoes_count.clear()
        self.report.clear()
        self.report.hide()

    # --- import -----------------------------------------------------------------------------------------

    def start_import(self) -> None:
        if self._standard is None:
            return
        job = Job(
            store_standard,
            self.workspace.path,
            self._standard,  # frozen: safe to hand to the worker thread
            author=self.workspace.author,
            name=self.name.text().strip() or None,
        )
        self.run_job(
            job,
            self.tr("Saving the standard…"),
            writes=True,
            after=self._stored,
            cancelled=self.tr("Import cancelled; nothing was written."),
        )

    def _stored(self, result: Standard) -> None:
        messages.inform(
            self,
            self.tr("Import a scoring standard"),
            self.tr("Saved “{name}” as version {version}.").format(name=result.name, version=result.version),
        )
        self.imported.emit(result.id or "")
        self.accept()
