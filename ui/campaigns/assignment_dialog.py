"""Cross assignment (交叉评查分配): assign all files at once (all or nothing), see each file's reviewers and
each reviewer's load, hand one seat to someone else, or import assignments and reviewers from a sheet."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.campaigns.list_imports import AssignmentImportDialog, ReviewerImportDialog
from ui.changes import publish
from ui.jobs import Job, JobRunner
from ui.widgets.message_line import MessageLine
from ui.widgets.rows_model import Column, RowsModel
from ui.widgets.table_view import table_view
from workbench.assignment.board import (
    OWN_DEPARTMENT,
    AssignedFile,
    assignment_board,
    reviewer_loads,
    seat_candidates,
)
from workbench.assignment.jobs import assign_reviewers
from workbench.assignment.service import AssignmentResult, reassign
from workbench.campaigns.service import Campaign
from workbench.common.kinds import SubjectKind
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.text_order import natural_key
from workbench.common.workspace import Workspace


class AssignmentDialog(QDialog):
    changed = Signal()  # assignments or reviewers were written

    def __init__(self, workspace: Workspace, campaign: Campaign, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.campaign = workspace, campaign
        self.units = campaign.subject_kind == SubjectKind.UNIT  # a supervision round assigns units
        self.setWindowTitle(self.tr("Assign reviewers — {name}").format(name=campaign.name))
        self.per_file = QSpinBox()
        self.per_file.setRange(1, 3)
        self.per_file.setValue(campaign.reviewers_per_file)
        self.assign_button = QPushButton(self.tr("Assign"))
        self.assign_button.setToolTip(
            self.tr("Replaces the current assignment; sheets already begun are kept")
        )
        self.import_assignments_button = QPushButton(self.tr("Import assignments…"))
        self.import_reviewers_button = QPushButton(self.tr("Import reviewers…"))
        self.message = MessageLine()
        self.files_model = RowsModel(
            [
                Column(
                    self.tr("Unit inspected") if self.units else self.tr("Case number"),
                    lambda f: f.case_number,
                    sort_key=lambda f: natural_key(f.case_number),  # 10号 before 100号
                ),
                Column(self.tr("Department"), lambda f: f.department),
                Column(self.tr("Reviewers"), lambda f: f.reviewer_names, tooltip=True),
            ]
        )
        self.files_view = table_view(self.files_model)
        self.files_view.setColumnHidden(1, self.units)  # a unit is its own department
        self.loads_model = RowsModel(
            [
                Column(self.tr("Reviewer"), lambda r: r.name),
                Column(self.tr("Department"), lambda r: r.department),
                Column(self.tr("Units") if self.units else self.tr("Files"), lambda r: r.files),
            ]
        )
        self.loads_view = table_view(self.loads_model)
        self.seat = QComboBox()  # the selected file's reviewer to replace
        self.candidate = QComboBox()  # who takes the seat
        self.show_all = QCheckBox(self.tr("Show reviewers the rules exclude"))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Reason (kept in the audit log)"))
        self.reassign_button = QPushButton(self.tr("Reassign"))
        self.jobs = JobRunner(self, self.message)
        self._hint = ""  # what the message line says while the board is empty
        self._lay_out()

        self.assign_button.clicked.connect(self.assign)
        self.import_assignments_button.clicked.connect(self.import_assignments)
        self.import_reviewers_button.clicked.connect(self.import_reviewers)
        self.files_view.selectionModel().selectionChanged.connect(self._file_selected)
        self.show_all.toggled.connect(self._fill_candidates)
        for signal in (
            self.seat.currentIndexChanged,
            self.candidate.currentIndexChanged,
            self.reason.textChanged,
        ):
            signal.connect(self._update_enabled)
        self.reassign_button.clicked.connect(self.reassign_selected)
        self.jobs.busy_changed.connect(self._update_enabled)
        self.reload()

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(
            QLabel(self.tr("Inspectors per unit:") if self.units else self.tr("Reviewers per file:"))
        )
        top.addWidget(self.per_file)
        top.addWidget(self.assign_button)
        top.addStretch(1)
        top.addWidget(self.import_assignments_button)
        top.addWidget(self.import_reviewers_button)
        tables = QSplitter()
        tables.addWidget(self.files_view)
        tables.addWidget(self.loads_view)
        tables.setSizes([620, 320])
        manual = QHBoxLayout()
        manual.addWidget(QLabel(self.tr("Replace")))
        manual.addWidget(self.seat, 1)
        manual.addWidget(QLabel(self.tr("with")))
        manual.addWidget(self.candidate, 1)
        manual.addWidget(self.reason, 1)
        manual.addWidget(self.reassign_button)
        box = QGroupBox(
            self.tr("Reassign the selected unit") if self.units else self.tr("Reassign the selected file")
        )
        inner = QVBoxLayout(box)
        inner.addLayout(manual)
        inner.addWidget(self.show_all)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(tables, 1)
        layout.addWidget(box)
        layout.addWidget(buttons)
        self.resize(1000, 680)

    # --- showing ---------------------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the board; the selected file stays selected."""
        current = self.selected_file()
        board = assignment_board(self.workspace.db, self.campaign)
        self.files_model.set_rows(board)
        self.loads_model.set_rows(reviewer_loads(self.workspace.db, board))
        self.files_view.resizeColumnsToContents()
        self.loads_view.resizeColumnsToContents()
        if current is not None:
            self.select_file(current.subject_id)
        self._file_selected()
        self._say_what_comes_first(board)

    def _say_what_comes_first(self, board: list[AssignedFile]) -> None:
        """An empty board says what to do next (import reviewers, then assign), until it is not empty."""
        if not self.loads_model.rowCount():
            hint = self.tr("No reviewers yet: import the reviewer list first (Import reviewers…).")
        elif not any(f.seats for f in board):
            hint = self.tr(
                "Nothing is assigned yet: choose how many reviewers each needs and press Assign, "
                "or import an assignment sheet."
            )
        else:
            hint = ""
        if self.message.text() in ("", self._hint):  # never over a result or an error the user must read
            self.message.news(hint)
        self._hint = hint

    def selected_file(self) -> AssignedFile | None:
        rows = self.files_view.selectionModel().selectedRows()
        return self.files_model.row_at(rows[0]) if rows else None

    def select_file(self, subject_id: str) -> bool:
        position = self.files_model.find(lambda f: f.subject_id == subject_id)
        if position < 0:
            return False
        self.files_view.selectRow(position)
        return True

    def _file_selected(self, *_: QItemSelection) -> None:
        file = self.selected_file()
        self.seat.clear()
        for s in file.seats if file else ():
            label = f"{s.name}（{s.department}）" if s.department else s.name
            if s.has_sheet:
                label += self.tr(" — scoring begun")
            self.seat.addItem(label, s.reviewer_id)
        self._fill_candidates()

    def _fill_candidates(self) -> None:
        file = self.selected_file()
        self.candidate.clear()
        for c in seat_candidates(self.workspace.db, file) if file else ():
            if not (c.eligible or self.show_all.isChecked()):
                continue
            label = f"{c.name}（{c.department}）" if c.department else c.name
            if c.why_not == OWN_DEPARTMENT:
                label += self.tr(" — own department")
            elif c.why_not:
                label += self.tr(" — declared conflict")
            self.candidate.addItem(label, c.reviewer_id)
        self._update_enabled()

    def _update_enabled(self) -> None:
        idle = not self.jobs.is_busy()
        for button in (self.assign_button, self.import_assignments_button, self.import_reviewers_button):
            button.setEnabled(idle)
        ready = self.seat.currentData() is not None and self.candidate.currentData() is not None
        self.reassign_button.setEnabled(idle and ready and bool(self.reason.text().strip()))

    # --- writing ---------------------------------------------------------------------------------------

    def assign(self) -> None:
        job = Job(
            assign_reviewers,
            self.workspace.path,
            self.campaign.id,
            per_file=self.per_file.value(),
            author=self.workspace.author,
        )
        self.jobs.run(
            job,
            self.tr("Assigning reviewers…"),
            writes=True,
            after=self._assigned,
            cancelled=self.tr("Assignment cancelled; nothing was written."),
        )

    def _assigned(self, result: AssignmentResult) -> None:
        self.reload()
        self.message.good("\n".join(result.summary()))
        self.changed.emit()

    def reassign_selected(self) -> None:
        file = self.selected_file()
        old, new = self.seat.currentData(), self.candidate.currentData()
        if file is None or old is None or new is None:
            return
        try:
            changes = reassign(
                self.workspace.db,
                self.campaign,
                file.subject_id,
                old,
                new,
                author=self.workspace.author,
                reason=self.reason.text().strip(),
            )
        except KNOWN_ERRORS as exc:
            self.message.user_error(exc)
            return
        publish(changes, self)  # the file's row in the case list shows its new reviewers
        self.reason.clear()
        self.reload()
        self.message.good(self.tr("Reassigned {case}.").format(case=file.case_number))
        self.changed.emit()

    def import_assignments(self) -> None:
        dialog = AssignmentImportDialog(self.workspace, self.campaign, self)
        dialog.imported.connect(self._imported)
        dialog.open()

    def import_reviewers(self) -> None:
        dialog = ReviewerImportDialog(self.workspace, self)
        dialog.imported.connect(self._imported)
        dialog.open()

    def _imported(self) -> None:
        self.reload()
        self.changed.emit()

    def done(self, result: int) -> None:
        self.jobs.cancel()
        super().done(result)
