"""The scoring panel (评查打分): one file's sheet against the campaign's frozen standard.

Every edit goes straight to the workbench services (validated, durable, audited) as an undoable command;
the header and the tree then show what `score_sheet` makes of the stored entries. No Save button.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QResizeEvent, QShortcut, QUndoStack
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ui.changes import publish
from ui.errors import error_text, messages
from ui.scoring.commands import EntryCommand, EntryHandle, RemarksCommand, SheetSlot, SheetTarget
from ui.scoring.form_entries import target_entry, wanted_entry
from ui.scoring.item_editor import ItemEditor
from ui.scoring.item_tree_view import ItemTreeView
from ui.scoring.score_header import ScoreHeader
from ui.scoring.score_tree_model import ScoreTreeModel
from ui.scoring.scoring_split import ScoringSplit
from ui.scoring.submitting import submit_shown_sheet
from ui.shortcuts import sequences
from ui.widgets.field_edit import RemarksEdit
from workbench.campaigns.service import Campaign, campaign_standard
from workbench.common.changes import Changes
from workbench.common.errors import NotFound, UserError
from workbench.common.kinds import SubjectKind
from workbench.common.known_errors import KNOWN_ERRORS, is_storage_error
from workbench.common.workspace import Workspace
from workbench.review.sheets import (
    ReasonsMissing,
    SheetLocked,
    SheetView,
    StoredEntry,
    find_sheet,
    sheet_view,
)
from workbench.review.whose_sheet import SheetHeading, sheet_heading
from workbench.scoring import EntryKind, ScoreResult, score_sheet
from workbench.standards.model import Item, Standard


class ScoringPanel(QWidget):
    """Publishes every stored edit to the change hub (ui/changes.py)."""

    page_requested = Signal(int)  # the user clicked a deduction that cites a page of the file

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.undo_stack = QUndoStack(self)
        self.campaign: Campaign | None = None
        self.standard: Standard | None = None
        self.slot: SheetSlot | None = None
        self.heading: SheetHeading | None = None
        self.view: SheetView | None = None
        self.result: ScoreResult | None = None
        self._form_key: str | None = None
        self._chosen_id: str | None = None  # the entry of the current item the editor works on
        self._adding = False  # "New deduction": the next value starts another entry
        self._failed = False
        self._replaying = False  # an undo or redo is running: typed-but-unfinished input is dropped
        self._handles: list[EntryHandle] = []

        self.model = ScoreTreeModel(self)
        self.tree = ItemTreeView(self.model, on_space=self.toggle_defect, on_digit=self._type_digit)
        self.editor = ItemEditor()
        self.remarks = RemarksEdit()
        self.remarks.setPlaceholderText(self.tr("Remarks on the whole file"))
        self.remarks.setMaximumHeight(90)
        self.header = ScoreHeader()
        self._build_layout()
        self._connect()

    def _build_layout(self) -> None:
        self.split = ScoringSplit(self.tree, self.editor, self.remarks)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.split, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.split.fit(event.size())

    def _connect(self) -> None:
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.clicked.connect(self._on_tree_clicked)
        self.editor.edited.connect(self._commit_form)
        self.editor.entry_clicked.connect(self._on_entry_clicked)
        self.editor.new_requested.connect(self._on_new)
        self.editor.delete_requested.connect(self._on_delete)
        self.remarks.editing_finished.connect(self.commit_remarks)
        self.header.submit_button.clicked.connect(self.submit)
        keys = [
            ("next_item", lambda: self.next_item(into_editor=True)),
            ("previous_item", lambda: self.previous_item(into_editor=True)),
            ("reason", self.editor.focus_reason),
            ("page", self.editor.focus_page),
            ("not_applicable", self.toggle_not_applicable),
            ("new_deduction", self._on_new),
            ("back_to_list", self.focus_items),
        ]
        for name, slot in keys:
            for key in sequences(name):
                shortcut = QShortcut(key, self)
                shortcut.setObjectName(name)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)

    # --- public API ---------------------------------------------------------------------------------

    @property
    def sheet_id(self) -> str | None:
        """The stored sheet shown, or None while nothing has been recorded on it."""
        return self.slot.id if self.slot is not None else None

    def load(
        self,
        campaign: Campaign,
        subject_id: str,
        reviewer_id: str | None = None,
        *,
        new_reviewer: str | None = None,
    ) -> None:
        """Show this reviewer's sheet for the file. Reading writes nothing: a sheet not yet stored (and
        `new_reviewer`, a person who is not yet a reviewer) is stored at the first recorded edit."""
        self.flush()
        db = self.workspace.db
        pending = reviewer_id is None and new_reviewer
        sheet_id = None if pending else find_sheet(db, campaign.id, subject_id, reviewer_id)
        slot = SheetSlot(campaign.id, subject_id, reviewer_id, sheet_id, new_reviewer if pending else None)
        keep = self.current_item_key()
        if (
            self.standard is None
            or self.campaign is None
            or self.campaign.standard_id != campaign.standard_id
        ):
            self.standard = campaign_standard(db, campaign)
            self.model.set_standard(self.standard)
            self.tree.lay_out_standard()
            keep = None
        self.campaign, self.slot = campaign, slot
        self.heading = sheet_heading(db, campaign, subject_id, reviewer_id or new_reviewer)
        self.header.show_heading(
            self.heading.case_number,
            self.heading.party,
            self.heading.reviewer,
            units=campaign.subject_kind == SubjectKind.UNIT,
        )
        unit = campaign.subject_kind == SubjectKind.UNIT  # a supervision round scores a unit, not a file
        whole = self.tr("Remarks on the whole unit") if unit else self.tr("Remarks on the whole file")
        self.remarks.setPlaceholderText(whole)
        self._chosen_id, self._adding = None, False
        self.remarks.document().setModified(False)  # a refused edit of the last file's remarks is dropped
        self.undo_stack.clear()  # commands belong to the sheet they edited
        self._handles = []
        self.reload()
        keys = self.model.item_keys()
        if keys:
            self.select_item(keep if keep in keys else keys[0])

    def focus_items(self) -> None:
        """Into the item list, on the item last worked on (from the editor, or from the case list)."""
        self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def current_item_key(self) -> str | None:
        item = self.model.item_at(self.tree.currentIndex())
        return item.key if item else None

    def select_item(self, key: str) -> None:
        index = self.model.index_of(key)
        if index.isValid():
            self.flush()
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def set_current_page(self, page: int) -> None:
        """Pin to page: the scan viewer's page goes into the page field (and into the entry, if any)."""
        if self.view is not None and not self.view.locked:
            self.editor.page.setValue(max(0, page))

    def flush(self) -> None:
        """Store what is typed but not yet finished: a count, an amount, a reason, the remarks."""
        if self.view is not None and not self.view.locked:
            self.editor.flush()
            self.commit_remarks()

    def confirm(self, text: str) -> bool:
        """The one place the panel asks; tests replace it to answer for the user."""
        return messages.ask(self, self.tr("Submit"), text)

    def submit(self) -> None:
        """draft → submitted, after confirmation; the sheet is then locked here and everywhere."""
        if self.view is None or self.slot is None:
            messages.inform(self, self.tr("Submit"), self.tr("Open a file from the case list first."))
        elif not self.view.locked:
            self.flush()
            submit_shown_sheet(self, self.slot)

    def submit_question(self) -> str:
        return self.header.submit_question(self.result)

    def reason_wanted(self, missing: ReasonsMissing) -> None:
        """Submit was refused: the user lands in the reason of the first deduction that has none."""
        self.select_item(str(missing.params["item_key"]))
        self.editor.focus_reason()
        self.editor.show_error(error_text(missing))

    def submitted(self, changes: Changes) -> None:
        self.undo_stack.clear()
        self.reload()
        publish(changes, self)

    def next_item(self, *, into_editor: bool = False) -> None:
        self._step(down=True, into_editor=into_editor)

    def previous_item(self, *, into_editor: bool = False) -> None:
        self._step(down=False, into_editor=into_editor)

    def toggle_defect(self) -> bool:
        return self.editor.toggle_defect()

    def toggle_not_applicable(self) -> None:
        """Alt+N: the item is not applicable (with the reason typed so far), or no longer."""
        if self.view is None or self.view.locked or not self.editor.na.isVisible():
            return
        self.editor.na.toggle()

    # --- reading the sheet --------------------------------------------------------------------------

    def reload(self) -> None:
        """Read the sheet back from the database and show what the engine makes of it."""
        slot = self.slot
        if slot is None or self.standard is None:
            return
        if slot.id is None:
            self.view = SheetView.unsaved(slot.campaign_id, slot.subject_id, slot.reviewer_id)
        else:
            self.view = sheet_view(self.workspace.db, slot.id, reader=self.workspace.author)
        entries = self.view.plain_entries()
        self.result = score_sheet(self.standard, entries)
        scored = self.view.locked or bool(entries)  # a draft with nothing recorded has no score yet: 未评
        self.model.set_scores(self.result, entries, scored=scored)
        self.header.show_result(self.result, locked=self.view.locked, scored=scored)
        remarks = self.remarks.document()
        if self._replaying or not remarks.isModified():  # keep what the reviewer is still typing
            if self.remarks.toPlainText() != self.view.remarks:
                self.remarks.setPlainText(self.view.remarks)
            remarks.setModified(False)
        self.remarks.setReadOnly(self.view.locked)
        self._fill_form()

    def _fill_form(self, *, keep_error: bool = False) -> None:
        key = self.current_item_key()
        item = self.standard.item(key) if key and self.standard else None
        stored = self.view.of_item(key) if key and self.view else []
        target = self._target(item, stored)
        self.editor.show_item(item, stored, target, locked=self.view is None or self.view.locked)
        self._form_key = key
        if not keep_error:
            self.editor.clear_error()

    def _target(self, item: Item | None, stored: list[StoredEntry]) -> StoredEntry | None:
        return target_entry(item, stored, adding=self._adding, chosen_id=self._chosen_id)

    # --- editing ------------------------------------------------------------------------------------

    def _commit_form(self) -> None:
        """The editor changed: turn its state into one record, update or delete of one entry."""
        if self._replaying or self.view is None or self.standard is None or self._form_key is None:
            return
        item = self.standard.item(self._form_key)
        stored = self.view.of_item(item.key)
        state = self.editor.state()
        target, desired = wanted_entry(item, stored, state, self._target(item, stored))
        if (desired is None and target is None) or (target is not None and target.entry == desired):
            self._failed = False
            self.editor.clear_error()
            return
        handle = self._handle(target.id if target else None)
        command = EntryCommand(self, self._sheet_target(), handle, target.entry if target else None, desired)
        if self._run(command) and target is None:  # a new entry: the editor now works on it
            self._chosen_id, self._adding = handle.id, False
            self._fill_form()

    def commit_remarks(self) -> None:
        if self._replaying or self.view is None or self.view.locked:
            return
        text = self.remarks.toPlainText().strip()
        if text != self.view.remarks:
            self._run(RemarksCommand(self, self._sheet_target(), self.view.remarks, text))
        if self.view.remarks == text:
            self.remarks.document().setModified(False)

    def _run(self, command: EntryCommand | RemarksCommand) -> bool:
        """Apply the edit now; only an edit the services accepted goes onto the undo stack."""
        self._failed = False
        try:
            command.run()
        except KNOWN_ERRORS as exc:
            self.edit_failed(exc)
            return False
        self.undo_stack.push(command)  # its first redo() only reloads
        return True

    def edit_done(self, item_key: str | None, changes: Changes, *, replayed: bool = False) -> None:
        """After every edit, undo and redo: reload, show the edited item, tell the hub what changed."""
        self.reload()
        if replayed and item_key and item_key != self.current_item_key():
            self.tree.setCurrentIndex(self.model.index_of(item_key))
        self._replaying = False
        publish(changes, self)

    def replay_started(self) -> None:
        self._replaying = True

    def edit_failed(self, exc: UserError) -> None:
        self._failed = True
        # another window wrote or locked the sheet, or the file is busy: show what is stored, not the tick
        if is_storage_error(exc) or isinstance(exc, (SheetLocked, NotFound)):
            try:
                self.reload()
            except KNOWN_ERRORS:
                self._fill_form()  # the sheet as last read, which is what the database still holds
        self.editor.show_error(error_text(exc))

    def _sheet_target(self) -> SheetTarget:
        assert self.standard is not None
        assert self.slot is not None
        return SheetTarget(self.workspace, self.standard, self.slot)

    def _handle(self, entry_id: str | None) -> EntryHandle:
        """One handle per entry, shared by all its commands, so undo and redo follow it across ids."""
        found = next((h for h in self._handles if h.id == entry_id), None) if entry_id else None
        if found is None:
            found = EntryHandle(entry_id)
            self._handles.append(found)
        return found

    # --- navigation and clicks ----------------------------------------------------------------------

    def _on_current_changed(self, _current: QModelIndex, _previous: QModelIndex) -> None:
        refused, self._failed = self._failed, False  # a refusal stays in sight for one more item
        if self._form_key is not None and self._form_key != self.current_item_key():
            self.editor.flush()  # still for the item the form shows
        self._chosen_id, self._adding = None, False
        self._fill_form(keep_error=refused or self._failed)

    def _step(self, *, down: bool, into_editor: bool) -> None:
        self.flush()
        there = self.tree.neighbour_item(self.tree.currentIndex(), down)
        if there.isValid():
            self.tree.setCurrentIndex(there)
            self.tree.scrollTo(there)
        if not (into_editor and self.editor.focus_value()):
            self.tree.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _type_digit(self, text: str) -> bool:
        return self.editor.type_digit(text)

    def _on_tree_clicked(self, index: QModelIndex) -> None:
        item = self.model.item_at(index)
        if item is None or index.column() != ScoreTreeModel.RECORDED:
            return
        page = next((e.page for e in self.model.entries_of(item.key) if e.page), None)
        if page:
            self.page_requested.emit(page)

    def _on_entry_clicked(self, entry_id: str) -> None:
        found = next((s for s in self.view.entries if s.id == entry_id), None) if self.view else None
        if found is None:
            return
        self.editor.flush()
        if found.entry.kind is EntryKind.DEDUCTION:
            self._chosen_id, self._adding = entry_id, False
            self._fill_form()
        if found.entry.page:
            self.page_requested.emit(found.entry.page)

    def _on_new(self) -> None:
        self.editor.flush()
        self._chosen_id, self._adding = None, True
        self._fill_form()
        self.editor.focus_value()

    def _on_delete(self, entry_id: str) -> None:
        found = next((s for s in self.view.entries if s.id == entry_id), None) if self.view else None
        if found is not None:
            self._run(EntryCommand(self, self._sheet_target(), self._handle(entry_id), found.entry, None))
