"""整改台账: the campaign's rectification lines, filtered by unit, status or lateness, and the steps taken
on a selection of them (reply, verification, return, close-out). The core refuses an illegal step for
the whole selection; the refusal is shown and nothing changes."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDir
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.changes import hub, publish
from ui.errors import messages, show_error
from ui.rectification.step_dialog import CLOSE, REPLY, RETURN, VERIFY, StepDialog
from ui.widgets.rows_model import Column, RowsModel
from ui.widgets.table_view import table_view
from workbench.campaigns.service import Campaign
from workbench.common.changes import Changes, Done
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.workspace import Workspace
from workbench.rectification.ledger import (
    CLOSED_OUT,
    DUE_SOON,
    ISSUED,
    OVERDUE,
    REPORTED,
    RETURNED,
    VERIFIED,
    VOID,
    LedgerLine,
    ledger,
    ledger_lines,
    summarize,
)
from workbench.rectification.ledger_steps import NoLinesChosen, close_out, record_report, verify

OVERDUE_COLOUR = QColor("#b00020")
DUE_SOON_COLOUR = QColor("#b35c00")
STATUS_ORDER = (ISSUED, REPORTED, RETURNED, VERIFIED, CLOSED_OUT, VOID)


# Module functions, not methods: a model holding a bound method of its dialog would make a cycle.
def status_name(status: str) -> str:
    names = {
        ISSUED: QCoreApplication.translate("LedgerDialog", "Issued"),
        REPORTED: QCoreApplication.translate("LedgerDialog", "Reported"),
        RETURNED: QCoreApplication.translate("LedgerDialog", "Returned"),
        VERIFIED: QCoreApplication.translate("LedgerDialog", "Verified"),
        CLOSED_OUT: QCoreApplication.translate("LedgerDialog", "Closed out"),
        VOID: QCoreApplication.translate("LedgerDialog", "Void"),
    }
    return names.get(status, status)


def _status_text(line: LedgerLine) -> str:
    if line.due == OVERDUE:
        return QCoreApplication.translate("LedgerDialog", "{status} · overdue").format(
            status=status_name(line.status)
        )
    if line.due == DUE_SOON:
        return QCoreApplication.translate("LedgerDialog", "{status} · due soon").format(
            status=status_name(line.status)
        )
    return status_name(line.status)


def _due_colour(line: LedgerLine) -> QColor | None:
    return {OVERDUE: OVERDUE_COLOUR, DUE_SOON: DUE_SOON_COLOUR}.get(line.due)


def _columns() -> list[Column]:
    return [
        Column(
            QCoreApplication.translate("LedgerDialog", "Notice number"),
            lambda r: r.notice_number,
            sort_key=lambda r: (r.order, r.line),
        ),
        Column(QCoreApplication.translate("LedgerDialog", "Line"), lambda r: r.line),
        Column(QCoreApplication.translate("LedgerDialog", "Unit"), lambda r: r.department),
        Column(QCoreApplication.translate("LedgerDialog", "Case number"), lambda r: r.case_number),
        Column(QCoreApplication.translate("LedgerDialog", "Item"), lambda r: r.item, tooltip=True),
        Column(QCoreApplication.translate("LedgerDialog", "Problem"), lambda r: r.problem, tooltip=True),
        Column(QCoreApplication.translate("LedgerDialog", "Points"), lambda r: r.points),
        Column(
            QCoreApplication.translate("LedgerDialog", "Deadline"),
            lambda r: r.deadline.isoformat(),
            foreground=_due_colour,
        ),
        Column(QCoreApplication.translate("LedgerDialog", "Status"), _status_text, foreground=_due_colour),
        Column(
            QCoreApplication.translate("LedgerDialog", "Reply received"),
            lambda r: r.reported_on and r.reported_on.isoformat(),
        ),
        Column(QCoreApplication.translate("LedgerDialog", "Reply"), lambda r: r.report, tooltip=True),
        Column(
            QCoreApplication.translate("LedgerDialog", "Verification"),
            lambda r: r.verification or r.reason,
            tooltip=True,
        ),
    ]


class LedgerDialog(QDialog):
    """Opened window-modal from the Campaign menu; `today` (for tests) fixes the day timers count from.
    A step's changes go to the hub (ui/changes.py); this dialog hears them there like any other screen."""

    def __init__(
        self,
        workspace: Workspace,
        campaign: Campaign,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace, self.campaign = workspace, campaign
        self._today = today
        self.lines: list[LedgerLine] = []
        self.setWindowTitle(self.tr("Rectification ledger — {name}").format(name=campaign.name))

        self.unit = QComboBox()
        self.unit.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), "")
        for status in STATUS_ORDER:
            self.status.addItem(status_name(status), status)
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("Unit:")))
        filters.addWidget(self.unit)
        filters.addSpacing(12)
        filters.addWidget(QLabel(self.tr("Status:")))
        filters.addWidget(self.status)
        filters.addSpacing(12)
        filters.addWidget(self.overdue_only)
        filters.addStretch(1)

        self.model = RowsModel(_columns())
        self.view = table_view(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.reply_button = QPushButton(self.tr("Record reply…"))
        self.verify_button = QPushButton(self.tr("Verify…"))
        self.return_button = QPushButton(self.tr("Return…"))
        self.close_out_button = QPushButton(self.tr("Close out…"))
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setToolTip(self.tr("Save the lines shown as an Excel ledger"))
        steps = QHBoxLayout()
        for button in (self.reply_button, self.verify_button, self.return_button, self.close_out_button):
            steps.addWidget(button)
        steps.addStretch(1)
        steps.addWidget(self.export_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.refresh_button = buttons.addButton(self.tr("Refresh"), QDialogButtonBox.ButtonRole.ActionRole)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.summary)
        layout.addLayout(steps)
        layout.addWidget(buttons)
        self.resize(1200, 640)

        buttons.rejected.connect(self.reject)
        self.refresh_button.clicked.connect(self.reload)
        QShortcut(QKeySequence("F5"), self, activated=self.reload)
        self.unit.currentIndexChanged.connect(self.apply_filters)
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.overdue_only.toggled.connect(self.apply_filters)
        self.reply_button.clicked.connect(self.record_reply)
        self.verify_button.clicked.connect(self.verify_lines)
        self.return_button.clicked.connect(self.return_lines)
        self.close_out_button.clicked.connect(self.close_lines)
        self.export_button.clicked.connect(self.export)
        hub().changed.connect(self.on_changed)
        self.finished.connect(self._stop_listening)
        self.reload()

    @property
    def today(self) -> date:
        return self._today or date.today()

    # --- loading and filtering -----------------------------------------------------------------------

    def reload(self) -> None:
        """Read the ledger again, keeping the filters and the selected lines."""
        keep = self.selected_ids()
        self.lines = ledger(self.workspace.db, self.campaign, today=self.today, include_void=True)
        chosen = self.unit.currentData()
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItem(self.tr("All units"), "")
        for name in dict.fromkeys(line.department for line in self.lines):
            self.unit.addItem(name, name)
        self.unit.setCurrentIndex(max(self.unit.findData(chosen or ""), 0))
        self.unit.blockSignals(False)
        self.apply_filters()
        self.select_ids(keep)

    def on_changed(self, changes: Changes) -> None:
        """From the hub: a notice issued or voided adds or voids a set of lines, so the ledger is read
        again; a step on some lines redraws only those of them this campaign shows."""
        if changes.everything or changes.notices:
            self.reload()
            return
        position = {line.id: n for n, line in enumerate(self.lines)}
        ids = [i for i in changes.ledger_lines if i in position]
        if not ids:
            return
        keep = self.selected_ids()
        for line in ledger_lines(self.workspace.db, ids, today=self.today):
            self.lines[position[line.id]] = line
        self.apply_filters()
        self.select_ids(keep)

    def _stop_listening(self) -> None:
        """A closed ledger hears no more changes (its database may be closed next)."""
        with contextlib.suppress(RuntimeError, TypeError):
            hub().changed.disconnect(self.on_changed)

    def apply_filters(self) -> None:
        unit, status = self.unit.currentData() or "", self.status.currentData() or ""
        overdue = self.overdue_only.isChecked()
        shown = [
            line
            for line in self.lines
            if (not unit or line.department == unit)
            and (line.status == status if status else line.status != VOID)
            and (not overdue or line.due == OVERDUE)
        ]
        self.model.set_rows(shown)
        self.view.resizeColumnsToContents()
        for column in (4, 5, 10, 11):  # long texts: elide, the tooltip has them whole
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 220))
        total = summarize("", self.lines)
        self.summary.setText(
            self.tr(
                "{shown} of {lines} lines shown. {reported} reported, {verified} verified, "
                "{closed} closed out; {due_soon} due soon, {overdue} overdue (as of {today})."
            ).format(
                shown=len(shown),
                lines=total.lines,
                reported=total.reported,
                verified=total.verified,
                closed=total.closed,
                due_soon=total.due_soon,
                overdue=total.overdue,
                today=self.today.isoformat(),
            )
        )
        if not self.lines:  # an empty ledger says where its lines come from
            self.summary.setText(
                self.tr(
                    "No rectification lines yet. Each rectification notice issued for this campaign "
                    "(File → Export results… → Rectification notices) adds one line per problem it lists."
                )
            )

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.rows[r].id for r in rows]

    def select_ids(self, ids: list[str]) -> None:
        wanted = set(ids)
        selection = self.view.selectionModel()
        selection.clearSelection()
        flags = selection.SelectionFlag.Select | selection.SelectionFlag.Rows
        for n, line in enumerate(self.model.rows):
            if line.id in wanted:
                selection.select(self.model.index(n, 0), flags)

    # --- the steps -------------------------------------------------------------------------------------

    def record_reply(self) -> StepDialog | None:
        def take(d: StepDialog, ids: list[str]) -> Done[list[LedgerLine]]:
            author = self.workspace.author
            return record_report(
                self.workspace.db, ids, reported_on=d.when, report=d.text_value, author=author
            )

        return self._step(REPLY, take)

    def verify_lines(self) -> StepDialog | None:
        return self._step(VERIFY, self._verifier(passed=True))

    def return_lines(self) -> StepDialog | None:
        return self._step(RETURN, self._verifier(passed=False))

    def close_lines(self) -> StepDialog | None:
        def take(d: StepDialog, ids: list[str]) -> Done[list[LedgerLine]]:
            author = self.workspace.author
            return close_out(self.workspace.db, ids, author=author, reason=d.text_value, on=d.when)

        return self._step(CLOSE, take)

    def _verifier(self, *, passed: bool) -> Callable[[StepDialog, list[str]], Done[list[LedgerLine]]]:
        def take(d: StepDialog, ids: list[str]) -> Done[list[LedgerLine]]:
            return verify(
                self.workspace.db,
                ids,
                passed=passed,
                verification=d.text_value,
                verifier=d.verifier_name or self.workspace.author,
                author=self.workspace.author,
                on=d.when,
            )

        return take

    def _step(
        self, kind: str, take: Callable[[StepDialog, list[str]], Done[list[LedgerLine]]]
    ) -> StepDialog | None:
        """Ask for the step's date and text, then let the core take it for every selected line or none."""
        ids = self.selected_ids()
        if not ids:
            show_error(self, NoLinesChosen())
            return None
        dialog = StepDialog(kind, len(ids), today=self.today, verifier=self.workspace.author, parent=self)

        def accepted() -> None:
            try:
                done = take(dialog, ids)
            except KNOWN_ERRORS as exc:
                show_error(self, exc)
                return
            finally:
                dialog.deleteLater()
            publish(done, self)  # on_changed redraws these lines, and only them

        dialog.accepted.connect(accepted)
        dialog.rejected.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    # --- export ---------------------------------------------------------------------------------------

    def export(self) -> None:
        suggested = QDir.home().filePath(f"整改台账-{self.campaign.name}.xlsx")
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the rectification ledger"), suggested, self.tr("Excel workbook (*.xlsx)")
        )
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> Path | None:
        """Write the lines shown, in view order; say where they went."""
        if path.suffix.lower() != ".xlsx":
            path = path.with_name(path.name + ".xlsx")
        try:
            from workbench.exports.ledger_workbook import write_ledger  # openpyxl only when exporting

            written = write_ledger(self.model.rows, path)
        except OSError as exc:
            messages.warn(
                self,
                self.tr("Export the rectification ledger"),
                self.tr("The ledger could not be saved: {error}").format(error=exc.strerror or exc),
            )
            return None
        messages.inform(
            self,
            self.tr("Export the rectification ledger"),
            self.tr("%n line(s) saved to {path}.", "", len(self.model.rows)).format(path=written),
        )
        return written
