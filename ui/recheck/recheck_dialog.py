"""复核定分: the lead's screen. Files to recheck on the left (flagged first), the comparison on the right.

For the selected disputed item the lead takes one reviewer's value or records their own, always with a
reason; when every disputed item is settled, 定分 submits the final sheet and the file's score is final.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDoubleSpinBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.changes import hub, publish
from ui.errors import messages, show_error
from ui.recheck.comparison_table import ComparisonTable, fmt
from ui.shortcuts import sequences
from workbench.campaigns.service import Campaign, campaign_standard
from workbench.common.changes import Changes
from workbench.common.kinds import SubjectKind
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.workspace import Workspace
from workbench.review.recheck import Comparison, compare_file, decide_item, finalize_file
from workbench.review.recheck_queue import QueueRow, arbitration_queue, queue_row
from workbench.scoring import Entry, EntryKind

SUBJECT_ROLE = Qt.ItemDataRole.UserRole
DONE = QColor("#8a8a8a")


class ArbitrationDialog(QDialog):
    """Non-modal: the lead can keep it open beside the main window."""

    page_requested = Signal(str, int)  # subject id, page

    def __init__(self, workspace: Workspace, campaign: Campaign, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.campaign = campaign
        self.standard = campaign_standard(workspace.db, campaign)
        self.comparison: Comparison | None = None
        self.setWindowTitle(self.tr("Recheck and final scores — {name}").format(name=campaign.name))
        self.resize(1280, 760)

        self.queue = QTableWidget(0, 4)
        self.queue.setHorizontalHeaderLabels(
            [
                self.tr("Unit") if campaign.subject_kind == SubjectKind.UNIT else self.tr("Case number"),
                self.tr("Department"),
                self.tr("Reviewers' totals"),
                self.tr("Why"),
            ]
        )
        self.queue.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queue.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queue.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queue.verticalHeader().setVisible(False)
        self.queue.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.queue.currentCellChanged.connect(lambda row, *_: self._open_row(row))

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.show_agreed = QCheckBox(self.tr("Show agreed items too"))
        self.show_agreed.toggled.connect(self._toggle_agreed)
        self.table = ComparisonTable()
        self.table.page_requested.connect(self._page)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason for the decision (required)"))
        self.own_amount = QDoubleSpinBox()
        self.own_amount.setDecimals(1)
        self.own_amount.setSingleStep(0.5)
        self.own_amount.setToolTip(self.tr("The lead's own deduction on this item (0: no deduction)"))
        self.own_veto = QCheckBox(self.tr("Veto found"))
        self.own_button = QPushButton(self.tr("Record own value"))
        self.own_button.clicked.connect(self.record_own)
        self.take_buttons = QHBoxLayout()
        self.finalize_button = QPushButton(self.tr("Fix final score"))
        self.finalize_button.clicked.connect(self.finalize)
        self.table.currentCellChanged.connect(lambda *_: self._item_changed())

        decide = QHBoxLayout()
        decide.addLayout(self.take_buttons)
        decide.addStretch(1)
        decide.addWidget(QLabel(self.tr("Lead's own deduction:")))
        decide.addWidget(self.own_amount)
        decide.addWidget(self.own_veto)
        decide.addWidget(self.own_button)
        right = QWidget()
        column = QVBoxLayout(right)
        column.addWidget(self.summary)
        column.addWidget(self.show_agreed)
        column.addWidget(self.table, 1)
        column.addWidget(self.reason)
        column.addLayout(decide)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.finalize_button)
        column.addLayout(bottom)
        split = QSplitter()
        split.addWidget(self.queue)
        split.addWidget(right)
        split.setSizes([560, 840])
        layout = QVBoxLayout(self)
        layout.addWidget(split)
        QShortcut(QKeySequence("F5"), self, activated=self.reload)
        for key in sequences("next_undecided"):
            QShortcut(key, self, activated=self.next_undecided)
        hub().changed.connect(self.on_changed)
        self.reload()

    # --- loading ------------------------------------------------------------------------------------

    def reload(self) -> None:
        keep = self.current_subject()
        self.rows = arbitration_queue(self.workspace.db, self.campaign)
        self.queue.blockSignals(True)
        self.queue.setRowCount(len(self.rows))
        for row, q in enumerate(self.rows):
            self._fill_queue_row(row, q)
        self.queue.resizeColumnsToContents()
        target = next((i for i, q in enumerate(self.rows) if q.subject_id == keep), 0 if self.rows else -1)
        if target >= 0:
            self.queue.setCurrentCell(target, 0)
        self.queue.blockSignals(False)
        self._open_row(target)

    def on_changed(self, changes: Changes) -> None:
        """From the hub: re-read only the queue rows of the files that changed."""
        for subject_id in changes.subjects:
            self.refresh_row(subject_id)

    def refresh_row(self, subject_id: str) -> bool:
        """One queue row read again and redrawn in place (it keeps its place until the next F5)."""
        position = next((i for i, q in enumerate(self.rows) if q.subject_id == subject_id), -1)
        if position < 0:
            return False
        found = queue_row(self.workspace.db, self.campaign, subject_id)
        if found is None:
            return False
        self.rows[position] = found
        self._fill_queue_row(position, found)
        return True

    def _fill_queue_row(self, row: int, q: QueueRow) -> None:
        totals = " / ".join(f"{name} {fmt(r.total)}" for name, r in q.reviewers)
        if q.decided:
            why = self.tr("final score fixed")
        else:
            parts = list(q.recheck)
            if q.disputed:
                parts.append(self.tr("%n item(s) differ", "", q.disputed))
            why = "；".join(parts)
        cells = [q.case_number, q.department, totals, why]
        for col, text in enumerate(cells):
            cell = QTableWidgetItem(text)
            cell.setData(SUBJECT_ROLE, q.subject_id)
            if q.decided:  # done: greyed, so the files still to decide stand out
                cell.setForeground(QBrush(DONE))
            self.queue.setItem(row, col, cell)

    def current_subject(self) -> str | None:
        item = self.queue.item(self.queue.currentRow(), 0)
        return item.data(SUBJECT_ROLE) if item else None

    def _open_row(self, row: int) -> None:
        subject = self.rows[row].subject_id if 0 <= row < len(self.rows) else None
        try:
            self.comparison = compare_file(self.workspace.db, self.campaign, subject) if subject else None
        except KNOWN_ERRORS as exc:
            self.comparison = None
            show_error(self, exc)
        self._show()

    def _show(self) -> None:
        c = self.comparison
        self.table.show_comparison(c)
        while self.take_buttons.count():
            widget = self.take_buttons.takeAt(0).widget()
            if widget is not None:
                widget.hide()  # gone at once, not only when the deferred delete runs
                widget.setParent(None)
                widget.deleteLater()
        if c is None:
            if self.campaign.subject_kind == SubjectKind.UNIT:
                self.summary.setText(self.tr("No unit needs a recheck."))
            else:
                self.summary.setText(self.tr("No file needs a recheck."))
            if not self.rows:  # an empty queue: say when a file will come into it
                self.summary.setText(
                    self.summary.text()
                    + "\n"
                    + self.tr(
                        "It comes here once all its sheets are submitted and they differ, or the recheck "
                        "rule flags its score."
                    )
                )
            self._enable(False)
            return
        row = self.rows[self.queue.currentRow()]
        lines = [
            self.tr("{case} · {department}").format(case=row.case_number, department=row.department),
            "  ".join(
                self.tr("{name}: {total} ({grade})").format(
                    name=r.reviewer, total=fmt(r.result.total), grade=r.result.grade
                )
                for r in c.reviewers
            ),
        ]
        if c.recheck:
            lines.append(self.tr("Recheck rule: {why}").format(why="；".join(c.recheck)))
        if c.final_result is not None:
            lines.append(
                self.tr("Decided so far: {total} ({grade})").format(
                    total=fmt(c.final_result.total), grade=c.final_result.grade
                )
            )
        lines.append(self.tr("%n disputed item(s) still to decide", "", len(c.open_items)))
        self.summary.setText("\n".join(lines))
        for r in c.reviewers:
            button = QPushButton(self.tr("Take {name}'s value").format(name=r.reviewer))
            button.clicked.connect(lambda _=False, rid=r.reviewer_id: self.take(rid))
            self.take_buttons.addWidget(button)
        self._enable(not c.final_submitted)
        self.finalize_button.setEnabled(not c.final_submitted and not c.open_items)
        self._item_changed()

    def _enable(self, on: bool) -> None:
        for w in (self.reason, self.own_amount, self.own_veto, self.own_button, self.finalize_button):
            w.setEnabled(on)
        for i in range(self.take_buttons.count()):
            self.take_buttons.itemAt(i).widget().setEnabled(on)

    def _item_changed(self) -> None:
        key = self.table.current_item_key()
        item = self.standard.items_by_key.get(key) if key else None
        is_veto = bool(item and item.veto)
        self.own_veto.setVisible(is_veto)
        self.own_amount.setVisible(not is_veto)
        if item is not None and not is_veto:
            self.own_amount.setMaximum(float(item.max_points))
            self.own_amount.setSingleStep(float(item.rule.step or Decimal("0.5")))

    def _toggle_agreed(self, on: bool) -> None:
        self.table.show_agreed = on
        self.table.show_comparison(self.comparison)

    def _page(self, page: int) -> None:
        if self.comparison is not None:
            self.page_requested.emit(self.comparison.subject_id, page)

    # --- decisions ----------------------------------------------------------------------------------

    def _decide(self, **choice) -> None:
        key = self.table.current_item_key()
        if self.comparison is None or key is None:
            return
        try:
            done = decide_item(
                self.workspace.db,
                self.campaign,
                self.comparison.subject_id,
                key,
                author=self.workspace.author,
                reason=self.reason.text(),
                **choice,
            )
        except KNOWN_ERRORS as exc:
            show_error(self, exc)
            return
        self.comparison = done.value
        self._show()
        publish(done.changes, self)
        self.next_undecided(files=False)  # the reason stays in its field, ready for the next item
        self.reason.selectAll()

    def take(self, reviewer_id: str) -> None:
        self._decide(reviewer_id=reviewer_id)

    def record_own(self) -> None:
        key = self.table.current_item_key()
        if key is None:
            return
        item = self.standard.items_by_key[key]
        reason = self.reason.text().strip()
        if item.veto:
            entries = [Entry(key, kind=EntryKind.VETO, reason=reason)] if self.own_veto.isChecked() else []
        else:
            amount = Decimal(str(round(self.own_amount.value(), 2))).normalize()
            entries = [Entry(key, points=amount, reason=reason)] if amount > 0 else []
        self._decide(entries=entries)

    def finalize(self) -> None:
        if self.comparison is None:
            return
        if not messages.ask(self, self.tr("Fix final score"), self.finalize_question()):
            return
        try:
            done = finalize_file(
                self.workspace.db, self.campaign, self.comparison.subject_id, author=self.workspace.author
            )
        except KNOWN_ERRORS as exc:
            show_error(self, exc)
            return
        publish(done.changes, self)  # on_changed redraws this file's queue row, and only it
        self.next_file()

    def finalize_question(self) -> str:
        """Names the file and the score being fixed."""
        c = self.comparison
        row = next((q for q in self.rows if c is not None and q.subject_id == c.subject_id), None)
        if c is None or c.final_result is None or row is None:
            return self.tr(
                "Fix this file's final score? It can only be changed by reopening the final sheet."
            )
        return self.tr(
            "Fix the final score of {case}: total {total}, grade {grade}?\n"
            "It can only be changed by reopening the final sheet."
        ).format(case=row.case_number, total=fmt(c.final_result.total), grade=c.final_result.grade)

    def next_undecided(self, *, files: bool = True) -> None:
        """F8: the next item still to decide; when none is left, the 定分 button (or the next file)."""
        if self.comparison is not None and self.table.select_next_open(self.comparison):
            self.reason.setFocus()
        elif self.finalize_button.isEnabled():
            self.finalize_button.setFocus()
        elif files:
            self.next_file()

    def next_file(self) -> None:
        """Select the next file still to decide after the current one (wrapping), or stay."""
        start = self.queue.currentRow()
        count = len(self.rows)
        for step in range(1, count + 1):
            row = (start + step) % count
            if not self.rows[row].decided:
                self.queue.setCurrentCell(row, 0)
                return
        self._open_row(start)
