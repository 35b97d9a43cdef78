"""Undoable edits of a score sheet: each calls the same services as the edit, with the old values."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields
from typing import Protocol

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from workbench.common.errors import UserError
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.workspace import Workspace
from workbench.review.sheets import delete_entry, record_entry, set_remarks, update_entry
from workbench.scoring import Entry
from workbench.standards.model import Standard


class Host(Protocol):
    """The panel: told after every run so it reloads from the database, or shows why a run failed."""

    def edit_done(self, item_key: str | None, *, replayed: bool = False) -> None: ...

    def edit_failed(self, exc: UserError) -> None: ...

    def replay_started(self) -> None: ...


@dataclass(frozen=True)
class SheetTarget:
    """Where a command writes: one sheet of one workspace, scored against one standard."""

    workspace: Workspace
    standard: Standard
    sheet_id: str


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

    def run(self) -> None:
        """The first redo, outside the stack: raises UserError when the services refuse."""
        self._forward()
        self._pushed_after_run = True

    def redo(self) -> None:
        if self._pushed_after_run:  # pushed right after run(): only show the result
            self._pushed_after_run = False
            self._host.edit_done(self.item_key)
        else:
            self._replay(self._forward)

    def undo(self) -> None:
        self._replay(self._backward)

    def _replay(self, step: Callable[[], None]) -> None:
        self._host.replay_started()
        try:
            step()
        except KNOWN_ERRORS as exc:  # e.g. the sheet was submitted or the entry deleted elsewhere
            self.setObsolete(True)  # the stack drops a command it cannot replay
            self._host.edit_done(self.item_key, replayed=True)
            self._host.edit_failed(exc)
        else:
            self._host.edit_done(self.item_key, replayed=True)

    def _forward(self) -> None:
        raise NotImplementedError

    def _backward(self) -> None:
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

    def _forward(self) -> None:
        self._apply(self._old, self._new, reason="")

    def _backward(self) -> None:
        self._apply(self._new, self._old, reason=QCoreApplication.translate("EntryCommand", "undo"))

    def _apply(self, before: Entry | None, after: Entry | None, *, reason: str) -> None:
        t = self._target
        db, author = t.workspace.db, t.workspace.author
        if before is None:
            assert after is not None
            self.handle.id = record_entry(db, t.standard, t.sheet_id, after, author=author)
        elif after is None:
            assert self.handle.id is not None
            delete_entry(db, self.handle.id, author=author, reason=reason)
        else:
            assert self.handle.id is not None
            update_entry(
                db, t.standard, self.handle.id, author=author, audit_reason=reason, **_changes(before, after)
            )


class RemarksCommand(_Command):
    """Change the remarks on the whole file."""

    def __init__(self, host: Host, target: SheetTarget, old: str, new: str) -> None:
        super().__init__(host, target, QCoreApplication.translate("EntryCommand", "Change the remarks"))
        self._old, self._new = old, new

    def _forward(self) -> None:
        t = self._target
        set_remarks(t.workspace.db, t.sheet_id, self._new, author=t.workspace.author)

    def _backward(self) -> None:
        t = self._target
        set_remarks(t.workspace.db, t.sheet_id, self._old, author=t.workspace.author)
