"""Submitting the sheet on screen (draft → submitted): refused before the question, not after the yes,
when a deduction has no reason; then asked, naming the file, its total and grade; then locked here and
everywhere."""

from __future__ import annotations

from typing import Protocol

from ui.scoring.commands import SheetSlot
from workbench.common.changes import Changes
from workbench.common.errors import UserError
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.workspace import Workspace
from workbench.review.sheets import ReasonsMissing, check_reasons, submit_sheet


class Submitter(Protocol):
    """The panel: asks the user, and shows what came of it."""

    workspace: Workspace

    def confirm(self, text: str) -> bool: ...

    def submit_question(self) -> str: ...

    def reason_wanted(self, missing: ReasonsMissing) -> None: ...

    def edit_failed(self, exc: UserError) -> None: ...

    def submitted(self, changes: Changes) -> None: ...


def submit_shown_sheet(screen: Submitter, slot: SheetSlot) -> None:
    """`slot.id` None: nothing recorded yet, so no deduction wants a reason (an empty sheet may be sent)."""
    try:
        if slot.id is not None:
            check_reasons(screen.workspace.db, slot.id)
    except ReasonsMissing as missing:
        screen.reason_wanted(missing)
        return
    if not screen.confirm(screen.submit_question()):
        return
    workspace = screen.workspace
    try:
        sheet_id, created = slot.ensure(workspace)
        changes = created | submit_sheet(workspace.db, sheet_id, author=workspace.author)
    except KNOWN_ERRORS as exc:
        screen.edit_failed(exc)
        return
    screen.submitted(changes)
