"""The case list panel: search as you type, three filters, and a table that stays smooth at 100k files."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.cases.case_list_model import CaseListModel
from ui.cases.case_table import set_up_table
from ui.cases.column_widths import SLIM, fitted_widths, slim_width
from ui.changes import hub
from ui.errors import show_error
from ui.jobs import Job, start_job
from ui.widgets.filter_combo import filter_combo, refill
from workbench.campaigns.service import Campaign
from workbench.campaigns.subject_order import store_subject_order
from workbench.common.changes import Changes
from workbench.common.kinds import SubjectKind
from workbench.common.lazy_rows import LazyRows
from workbench.common.workspace import Workspace
from workbench.reporting.case_list import (
    CaseList,
    CaseListRow,
    case_list,
    filter_rows,
    keep_files,
    refresh_row,
    scored_case_list,
)
from workbench.reporting.quick_list import quick_case_list
from workbench.review.results import STATUS_LABELS, FileStatus

WIDTH_SAMPLE = 200  # rows whose texts size the columns at first paint (the scored listing has them all)
DEBOUNCE_MS = 150  # typing pauses longer than this refilter; a burst of keys filters once
# What a unit of a supervision round does not have: it is its own department, and has no party or type
CASE_ONLY = (CaseListModel.DEPARTMENT, CaseListModel.TITLE, CaseListModel.PARTY, CaseListModel.CASE_TYPE)


class CaseListPanel(QWidget):
    """A campaign's files. Emits file_selected(subject_id) when the current row moves to another file."""

    file_selected = Signal(str)
    scores_loaded = Signal()  # totals and grades arrived from the background job
    entered = Signal()  # Enter (or a double-click) on a file: the user goes on to score it

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.campaign: Campaign | None = None
        self._all: Sequence[CaseListRow] = []  # LazyRows at first: read as the table paints them
        self._positions: dict[str, int] | None = None  # subject id → position in a listed self._all
        self._current: str | None = None  # the file last announced, kept while a filter hides it
        self.scores_pending = False
        self.hidden: frozenset[str] = (
            frozenset()
        )  # files assigned only to others: a reviewer's list lacks them
        self.slim = False
        self._fitted: dict[int, int] = {}  # column → width from its contents (before any stretch)
        hub().changed.connect(self.on_changed)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search case number, name, party, officer"))
        self.search.setClearButtonEnabled(True)
        self.department = filter_combo(self.tr("Filter by department"))
        self.status = filter_combo(self.tr("Filter by status"))
        self.grade = filter_combo(self.tr("Filter by grade"))
        self.count = QLabel()
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self._mine: dict[str, bool] = {}  # my files: subject id → my sheet is submitted
        self.mine = QCheckBox(self.tr("My files"))
        self.mine.setToolTip(self.tr("Only the files assigned to me (Ctrl+M shows all files)"))
        self.mine.hide()
        self.mine_count = QLabel()
        self.mine_count.hide()

        self.model = CaseListModel(self)
        self.table = QTableView()
        set_up_table(self.table, self.model)
        self.table.activated.connect(lambda _index: self.entered.emit())
        self._fit_columns([])

        mine = QHBoxLayout()
        mine.addWidget(self.mine)
        mine.addWidget(self.mine_count, 1)
        bar = QHBoxLayout()  # the search box gets a line of its own: narrow left panes squeeze it first
        for widget in (self.department, self.status, self.grade):
            bar.addWidget(widget)
        bar.addStretch(1)
        bar.addWidget(self.count)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(mine)
        layout.addLayout(bar)
        layout.addWidget(self.table)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filters)
        self.search.textChanged.connect(self.on_text_changed)
        self.search.returnPressed.connect(self.on_return_pressed)
        for combo in (self.department, self.status, self.grade):
            combo.currentIndexChanged.connect(self.apply_filters)
        self.mine.toggled.connect(self.apply_filters)
        self.table.selectionModel().currentRowChanged.connect(self.on_current_row_changed)
        self._fill_combos(CaseList([], (), ()))

    # --- loading ---------------------------------------------------------------------------------------

    def load(self, workspace: Workspace, campaign: Campaign, *, background: bool = False) -> None:
        """Show a campaign's files; filters whose choice the new campaign also has stay set.

        background=True opens on the ordered ids (quick_case_list: rows read as painted, statuses, no
        totals, grades or reviewers) and fills those in from a job; scores_loaded follows."""
        listing = quick_case_list(workspace.db, campaign) if background else case_list(workspace.db, campaign)
        self.workspace, self.campaign = workspace, campaign
        self._current = None
        self._debounce.stop()
        self._show_units(campaign.subject_kind == SubjectKind.UNIT)
        self._show_listing(listing)
        self._fit_columns(self._all[:WIDTH_SAMPLE] if isinstance(self._all, LazyRows) else self._all)
        self.scores_pending = background
        if not background:
            return
        job = Job(scored_case_list, workspace.path, campaign)
        job.signals.finished.connect(lambda scored, campaign=campaign: self._scores_arrived(campaign, scored))
        job.signals.failed.connect(lambda exc: show_error(self, exc))
        start_job(job, after_paint=True)
        if not listing.ranked:  # the order was worked out now: stored for the next opening
            start_job(Job(store_subject_order, workspace.path, campaign.id), writes=True, after_paint=True)

    def _show_units(self, units: bool) -> None:
        """A round lists units: a unit column, no case columns, and wording to match."""
        self.model.set_units(units)
        self._show_columns()
        if units:
            self.search.setPlaceholderText(self.tr("Search unit"))
        else:
            self.search.setPlaceholderText(self.tr("Search case number, name, party, officer"))

    def set_slim(self, slim: bool) -> None:
        """Slim: only 案号 and status (the score sheet needs the width); otherwise every column."""
        self.slim = slim
        self._show_columns()
        for combo in (self.department, self.grade):
            combo.setVisible(not slim)

    def slim_width(self) -> int:
        return slim_width(self.table, self._fitted)

    def _show_columns(self) -> None:
        for column in range(self.model.columnCount()):
            hidden = (self.slim and column not in SLIM) or (self.model.units and column in CASE_ONLY)
            self.table.setColumnHidden(column, hidden)

    def _show_listing(self, listing: CaseList) -> None:
        self._all, self._positions = listing.rows, None
        self._fill_combos(listing)
        self.model.set_case_list(self._filtered(), listing.grades)
        self._show_count()

    def _scores_arrived(self, campaign: Campaign, listing: CaseList) -> None:
        """Swap in the scored rows, keeping filters, sort order and the current file."""
        if self.campaign is None or campaign.id != self.campaign.id:
            return  # the user moved on to another campaign meanwhile
        current = self._current
        header = self.table.horizontalHeader()
        self._show_listing(listing)
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        if current is not None:
            position = self.model.find_subject(current)
            if position >= 0:  # the same file: on_current_row_changed announces nothing
                self._select_position(position)
        self.scores_pending = False
        self.scores_loaded.emit()

    def _fill_combos(self, listing: CaseList) -> None:
        refill(self.department, self._all_departments(), ((d, d) for d in listing.departments))
        refill(self.status, self.tr("All statuses"), ((STATUS_LABELS[s], s) for s in FileStatus))
        refill(self.grade, self.tr("All grades"), ((g, g) for g in listing.grades))

    def _all_departments(self) -> str:
        return self.tr("All units") if self.model.units else self.tr("All departments")

    def _fit_columns(self, rows: Sequence[CaseListRow]) -> None:
        self._fitted = fitted_widths(self.table, self.model, rows)
        for column, width in self._fitted.items():
            self.table.setColumnWidth(column, width)

    # --- filtering -------------------------------------------------------------------------------------

    def set_mine(self, files: dict[str, bool]) -> None:
        """The user's own files (subject id → done). With any, "My files" shows and is on by default."""
        had = bool(self._mine)
        self.mine.setVisible(bool(files))
        self.mine_count.setVisible(bool(files))
        self.update_mine(files)
        if files and not had:
            self.mine.blockSignals(True)
            self.mine.setChecked(True)
            self.mine.blockSignals(False)
        self.apply_filters()

    def update_mine(self, files: dict[str, bool]) -> None:
        """Done states changed (a submit): new counts, the rows stay as they are."""
        self._mine = dict(files)
        done = sum(self._mine.values())
        text = self.tr("to do {todo} · done {done}").format(todo=len(self._mine) - done, done=done)
        self.mine_count.setText(text)

    def mine_only(self) -> bool:
        return bool(self._mine) and self.mine.isChecked()

    def select_unfinished(self, *, down: bool) -> bool:
        """Ctrl+Down/Up: the next (previous) of my files not yet submitted; any file when I have none."""
        if not self._mine:
            return self.select_next() if down else self.select_previous()
        current = self.table.currentIndex()
        rows = self.model.rowCount()
        start = current.row() if current.isValid() else (-1 if down else rows)
        positions = range(start + 1, rows) if down else range(start - 1, -1, -1)
        for position in positions:
            subject = self.model.subject_at(position)
            if subject in self._mine and not self._mine[subject]:
                self._select_position(position)
                return True
        return False

    def _filtered(self) -> Sequence[CaseListRow]:
        """The rows the filters let through; choosing among files by id alone reads no row."""
        rows = self._all
        if self.hidden:
            rows = keep_files(rows, lambda subject: subject not in self.hidden)
        if self.mine_only():
            rows = keep_files(rows, self._mine.__contains__)
        if not (self.search.text().strip() or any(c.currentData() for c in self._filters())):
            return rows
        return filter_rows(
            rows,
            text=self.search.text(),
            department=self.department.currentData(),
            status=self.status.currentData(),
            grade=self.grade.currentData(),
        )

    def apply_filters(self) -> None:
        """Refilter now; the file being worked on stays selected if it still shows."""
        self._debounce.stop()
        self.model.set_rows(self._filtered())
        if self._current is not None:
            self.select_subject(self._current)
        self._show_count()

    def set_department(self, name: str | None) -> None:
        """Show one department's files (None: all), as when the navigator picks one (before the scored
        listing has brought the departments to the filter, it offers the one picked)."""
        if name and self.department.findData(name) < 0:
            self.department.addItem(name, name)
        self.department.setCurrentIndex(max(0, self.department.findData(name)) if name else 0)

    def _filters(self) -> tuple[QComboBox, ...]:
        return (self.department, self.status, self.grade)

    def on_text_changed(self, _text: str) -> None:
        self._debounce.start()  # restarts: the filter runs once typing pauses

    def on_return_pressed(self) -> None:
        """Enter in the search box: filter at once and go to the list."""
        self.apply_filters()
        if not self.table.currentIndex().isValid():
            self.select_next()
        self.table.setFocus()

    def _show_count(self) -> None:
        total = len(self._all) - len(self.hidden)
        if self.model.units:
            text = self.tr("Showing {shown} of %n unit(s)", "", total)
        else:
            text = self.tr("Showing {shown} of %n file(s)", "", total)
        # as wide as it can get, so the search box does not jump while typing narrows the list
        widest = self.count.fontMetrics().horizontalAdvance(text.format(shown=total))
        self.count.setMinimumWidth(widest + self.count.fontMetrics().horizontalAdvance("0"))
        self.count.setText(text.format(shown=self.model.rowCount()))

    # --- selection -------------------------------------------------------------------------------------

    def current_subject(self) -> str | None:
        """The file last selected, even while a filter hides it."""
        return self._current

    def on_current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.model.row_at(current)
        if row is None or row.subject_id == self._current:
            return
        self._current = row.subject_id
        self.file_selected.emit(row.subject_id)

    def _select_position(self, position: int) -> None:
        column = max(0, self.table.currentIndex().column())
        index = self.model.index(position, column)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def select_subject(self, subject_id: str) -> bool:
        """Make this file the current row; False when it is not in the campaign or a filter hides it."""
        position = self.model.find_subject(subject_id)
        if position < 0:
            return False
        self._select_position(position)
        return True

    def select_subject_at(self, position: int) -> bool:
        if not 0 <= position < self.model.rowCount():
            return False
        self._select_position(position)
        return True

    def select_first_scored(self) -> bool:
        """The first row, in view order, whose file has a final score; False when none shows."""
        position = self.model.find(lambda r: r.status is FileStatus.FINAL)
        if position < 0:
            return False
        self._select_position(position)
        return True

    def select_next(self) -> bool:
        """The next row (the first if none is current); False at the end."""
        current = self.table.currentIndex()
        position = current.row() + 1 if current.isValid() else 0
        if position >= self.model.rowCount():
            return False
        self._select_position(position)
        return True

    def select_previous(self) -> bool:
        """The previous row (the last if none is current); False at the start."""
        current = self.table.currentIndex()
        position = current.row() - 1 if current.isValid() else self.model.rowCount() - 1
        if position < 0:
            return False
        self._select_position(position)
        return True

    # --- after an edit ---------------------------------------------------------------------------------

    def on_changed(self, changes: Changes) -> None:
        """From the hub: re-read only the rows of the files that changed (campaign-wide changes reload the
        list through the main window)."""
        if self.campaign is None:
            return
        for subject_id in changes.subjects:
            self.refresh_subject(subject_id)

    def _position_in_all(self, subject_id: str) -> int:
        if isinstance(self._all, LazyRows):
            return self._all.position_of(subject_id)
        if self._positions is None:  # once per listing, at the first edit
            self._positions = {r.subject_id: n for n, r in enumerate(self._all)}
        return self._positions.get(subject_id, -1)

    def refresh_subject(self, subject_id: str) -> bool:
        """Re-read one file's status, total, grade and reviewers after a score edit: one dataChanged.

        The row keeps its place even if it no longer matches the filters, so it does not vanish under
        the user's hand; the next filter change applies them again.
        """
        n = self._position_in_all(subject_id)
        if n < 0 or self.workspace is None or self.campaign is None:
            return False
        row = refresh_row(self.workspace.db, self.campaign, self._all[n])
        self._all[n] = row
        position = self.model.find_subject(subject_id)
        if position >= 0:
            self.model.replace_row(position, row)
        return True
