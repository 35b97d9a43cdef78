"""Undoable edits of a score sheet: each calls the same services as the edit, with the old values."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workbench.common.changes import Changes
from workbench.common.errors import UserError
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.workspace import Workspace
from workbench.review.sheets import delete_entry, record_entry, set_remarks, start_sheet, update_entry
from workbench.scoring import Entry
from workbench.standards.model import Standard


class Host(Protocol):
    """The panel: told after every run so it reloads from the database, or shows why a run failed."""

    def edit_done(self, item_key: str | None, changes: Changes, *, replayed: bool = False) -> None: ...

    def edit_failed(self, exc: UserError) -> None: ...

    def replay_started(self) -> None: ...


class SheetSlot:
    """The sheet a panel shows: its id once stored. Opening a file writes nothing; the first recorded edit
    creates the sheet (and the person's reviewer record when they are not one yet)."""

    __slots__ = ("campaign_id", "id", "new_reviewer", "reviewer_id", "subject_id")

    def __init__(
        self,
        campaign_id: str,
        subject_id: str,
        reviewer_id: str | None,
        sheet_id: str | None,
        new_reviewer: str | None = None,
    ) -> None:
        self.campaign_id, self.subject_id = campaign_id, subject_id
        self.reviewer_id, self.id, self.new_reviewer = reviewer_id, sheet_id, new_reviewer

    def ensure(self, workspace: Workspace) -> tuple[str, Changes]:
        """The sheet's id, storing the sheet first if it is not yet; with what storing it changed."""
        if self.id is not None:
            return self.id, Changes()
        done = start_sheet(
            workspace.db,
            self.campaign_id,
            self.subject_id,
            self.reviewer_id,
            author=workspace.author,
            new_reviewer=self.new_reviewer,
        )
        self.id = done.value
        return self.id, done.changes


@dataclass(frozen=True)
class SheetTarget:
    """Where a command writes: one sheet of one workspace, scored against one standard."""

    workspace: Workspace
    standard: Standard
    slot: SheetSlot


class EntryHandle:
    """The current id of one entry: undoing a delete records it again under a new id."""

    __slots__ = ("id",)

    def __init__(self, entry_id: str | None = None) -> None:
        self.id = entry_id


def _changes(old: Entry, new: Entry) -> dict[str, object]:
    return {
        f.name: getattr(new, f.name)
        for f in fields(Entry)
        if f.name != "item_key" and getattr(old, f.name) != getattr(new, f.name)
    }


class _Command(QUndoCommand):
    """Run once by the panel before it is pushed (so a refused edit never reaches the stack)."""

    def __init__(self, host: Host, target: SheetTarget, text: str) -> None:
        super().__init__(text)
        self._host, self._target = host, target
        self._pushed_after_run = False
        self.item_key: str | None = None
        self.changes = Changes()  # what the last run, redo or undo changed

    def run(self) -> None:
        """The first redo, outside the stack: raises UserError when the services refuse."""
        self.changes = self._forward()
        self._pushed_after_run = True

    def redo(self) -> None:
        if self._pushed_after_run:  # pushed right after run(): only show the result
            self._pushed_after_run = False
            self._host.edit_done(self.item_key, self.changes)
        else:
            self._replay(self._forward)

    def undo(self) -> None:
        self._replay(self._backward)

    def _replay(self, step: Callable[[], Changes]) -> None:
        self._host.replay_started()
        try:
            self.changes = step()
        except KNOWN_ERRORS as exc:  # e.g. the sheet was submitted or the entry deleted elsewhere
            self.setObsolete(True)  # the stack drops a command it cannot replay
            self._host.edit_done(self.item_key, Changes(), replayed=True)
            self._host.edit_failed(exc)
        else:
            self._host.edit_done(self.item_key, self.changes, replayed=True)

    def _forward(self) -> Changes:
        raise NotImplementedError

    def _backward(self) -> Changes:
        raise NotImplementedError


class EntryCommand(_Command):
    """Record (old is None), delete (new is None) or change one entry."""

    def __init__(
        self, host: Host, target: SheetTarget, handle: EntryHandle, old: Entry | None, new: Entry | None
    ) -> None:
        entry = new or old
        assert entry is not None
        item = target.standard.item(entry.item_key)
        if old is None:
            text = QCoreApplication.translate("EntryCommand", "Record on “{item}”")
        elif new is None:
            text = QCoreApplication.translate("EntryCommand", "Delete from “{item}”")
        else:
            text = QCoreApplication.translate("EntryCommand", "Change “{item}”")
        super().__init__(host, target, text.format(item=item.text))
        self.item_key = entry.item_key
        self.handle, self._old, self._new = handle, old, new

    def _forward(self) -> Changes:
        return self._apply(self._old, self._new, reason="")

    def _backward(self) -> Changes:
        return self._apply(self._new, self._old, reason=QCoreApplication.translate("EntryCommand", "undo"))

    def _apply(self, before: Entry | None, after: Entry | None, *, reason: str) -> Changes:
        t = self._target
        db, author = t.workspace.db, t.workspace.author
        if before is None:
            assert after is not None
            sheet_id, created = t.slot.ensure(t.workspace)
            done = record_entry(db, t.standard, sheet_id, after, author=author)
            self.handle.id = done.value
            return created | done.changes
        assert self.handle.id is not None
        if after is None:
            return delete_entry(db, self.handle.id, author=author, reason=reason)
        return update_entry(
            db, t.standard, self.handle.id, author=author, audit_reason=reason, **_changes(before, after)
        )


class RemarksCommand(_Command):
    """Change the remarks on the whole file."""

    def __init__(self, host: Host, target: SheetTarget, old: str, new: str) -> None:
        super().__init__(host, target, QCoreApplication.translate("EntryCommand", "Change the remarks"))
        self._old, self._new = old, new

    def _forward(self) -> Changes:
        return self._set(self._new)

    def _backward(self) -> Changes:
        return self._set(self._old)

    def _set(self, text: str) -> Changes:
        t = self._target
        sheet_id, created = t.slot.ensure(t.workspace)
        return created | set_remarks(t.workspace.db, sheet_id, text, author=t.workspace.author)
