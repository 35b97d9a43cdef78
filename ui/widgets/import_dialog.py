"""What both import dialogs share: a file, a preview job, an import job, and problems shown inline.

Import stays disabled until a preview of exactly the current inputs has succeeded. One job runs at a
time; closing the dialog cancels it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPushButton, QWidget

from ui.jobs import Job, JobRunner, ProgressDialog
from ui.widgets.file_field import FileField
from ui.widgets.problem_list import ProblemList
from workbench.common.workspace import Workspace


class ImportDialog(QDialog):
    """Base of CaseImportDialog and StandardImportDialog; subclasses lay out the widgets made here."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.file = FileField()
        self.problems = ProblemList()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.preview_button = self._add_button(QCoreApplication.translate("ImportDialog", "Preview"))
        self.import_button = self._add_button(QCoreApplication.translate("ImportDialog", "Import"))
        self.preview_button.setDefault(True)
        self.jobs = JobRunner(self)
        self.jobs.user_error.connect(self._user_error)
        self.jobs.cancelled.connect(self.status.setText)
        self.jobs.busy_changed.connect(self._update_buttons)
        self._ready = False  # the current inputs have been previewed without problems
        self.buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(self.preview)
        self.import_button.clicked.connect(self.start_import)
        self.file.changed.connect(self.invalidate)
        self._update_buttons()

    def _add_button(self, text: str) -> QPushButton:
        return self.buttons.addButton(text, QDialogButtonBox.ButtonRole.ActionRole)

    # --- for subclasses ---------------------------------------------------------------------------------

    def preview(self) -> None:
        raise NotImplementedError

    def start_import(self) -> None:
        raise NotImplementedError

    def clear_preview(self) -> None:
        """Forget what the last preview showed."""

    # --- shared -----------------------------------------------------------------------------------------

    def path(self) -> Path | None:
        return self.file.path()

    def set_path(self, path: Path | str | None) -> None:
        """Choose the file without the file dialog (tests, drag and drop, recent files)."""
        self.file.set_path(path)

    @property
    def job(self) -> Job | None:
        return self.jobs.job

    @property
    def progress_dialog(self) -> ProgressDialog | None:
        return self.jobs.progress_dialog

    def is_busy(self) -> bool:
        return self.jobs.is_busy()

    def invalidate(self) -> None:
        """An input changed: what was previewed is no longer what would be imported."""
        self._ready = False
        self.clear_preview()
        self.problems.clear()
        self.status.clear()
        self._update_buttons()

    def set_ready(self, ready: bool) -> None:
        self._ready = ready
        self._update_buttons()

    def require_path(self) -> Path | None:
        """The chosen file, or None after saying that one is needed."""
        path = self.path()
        if path is None:
            self.status.setText(QCoreApplication.translate("ImportDialog", "Choose a file first."))
        return path

    def run_job(
        self,
        job: Job,
        label: str,
        *,
        writes: bool,
        after: Callable[[Any], None],
        cancelled: str,
    ) -> None:
        """Start a job under a progress dialog; `after` gets its result, problems are shown inline."""
        self.status.clear()
        self.jobs.run(job, label, writes=writes, after=after, cancelled=cancelled)

    def _user_error(self, exc: Exception) -> None:
        self.clear_preview()
        self.set_ready(False)
        self.problems.show_problems(exc)

    def _update_buttons(self, *_busy: object) -> None:
        idle = self.job is None
        self.file.setEnabled(idle)
        self.preview_button.setEnabled(idle)
        self.import_button.setEnabled(idle and self._ready)

    def done(self, result: int) -> None:
        self.jobs.cancel()  # closed while working: stop the job; nothing is written
        super().done(result)
