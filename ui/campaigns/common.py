"""What the campaign screens share: an inline message line, a read-only sortable table, and one job at a
time run under a progress dialog with its user errors shown inline."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from ui.errors import explain, show_error
from ui.jobs import Job, ProgressDialog, start_job
from ui.widgets.rows_model import RowsModel
from workbench.common.errors import UserError
from workbench.common.jobs import Cancelled
from workbench.common.known_errors import KNOWN_ERRORS

ERROR_STYLE = "color: #b00020;"
GOOD_STYLE = "color: #1b7f3b;"


class MessageLine(QLabel):
    """One inline message under a form: an error in red, or plain news; selectable so it can be copied."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    def error(self, text: str) -> None:
        self.setStyleSheet(ERROR_STYLE)
        self.setText(text)

    def good(self, text: str) -> None:
        self.setStyleSheet(GOOD_STYLE)
        self.setText(text)

    def news(self, text: str) -> None:
        self.setStyleSheet("")
        self.setText(text)

    @property
    def is_error(self) -> bool:
        return self.styleSheet() == ERROR_STYLE and bool(self.text())


def error_text(exc: UserError) -> str:
    """The core's Chinese message, with one line per row-named problem when there are several."""
    summary, problems = explain(exc)
    return "\n".join([summary, *problems])


def table_view(model: RowsModel, parent: QWidget | None = None) -> QTableView:
    """A read-only, row-selecting table that sorts through the model (never a proxy)."""
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setStretchLastSection(True)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)  # Qt's default would be descending
    view.setSortingEnabled(True)
    return view


class JobRunner(QObject):
    """Runs one job at a time for a dialog: progress and Cancel, the result to `after`, user errors to the
    dialog's message line, bugs to the crash dialog.

    It holds no Python reference to its dialog (only Qt's parent link): a cycle between Qt wrappers can be
    collected by a garbage collection that happens to run on a worker thread, which crashes Qt.
    """

    busy_changed = Signal(bool)

    def __init__(self, owner: QWidget, message: MessageLine) -> None:
        super().__init__(owner)
        self._message = message
        self.job: Job | None = None
        self.progress_dialog: ProgressDialog | None = None
        self._after: Callable[[Any], None] | None = None
        self._cancelled = ""

    def _owner(self) -> QWidget:
        return self.parent()  # type: ignore[return-value]  (always the dialog given at creation)

    def is_busy(self) -> bool:
        return self.job is not None

    def run(
        self, job: Job, label: str, *, writes: bool, after: Callable[[Any], None], cancelled: str
    ) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.deleteLater()
        self.job, self._after, self._cancelled = job, after, cancelled
        self.progress_dialog = ProgressDialog(label, job, self._owner())
        job.signals.finished.connect(self._finished)
        job.signals.failed.connect(self._failed)
        self._message.clear()
        self.busy_changed.emit(True)
        start_job(job, writes=writes)

    def cancel(self) -> None:
        if self.job is not None:
            self.job.cancel.set()

    def _end(self) -> Callable[[Any], None] | None:
        after, self._after, self.job = self._after, None, None
        self.busy_changed.emit(False)
        return after

    def _finished(self, result: object) -> None:
        after = self._end()
        if after is not None:
            after(result)

    def _failed(self, exc: BaseException) -> None:
        self._end()
        if isinstance(exc, Cancelled):
            self._message.news(self._cancelled)
        elif isinstance(exc, KNOWN_ERRORS):
            self._message.error(error_text(exc))
        else:
            show_error(self._owner(), exc)
