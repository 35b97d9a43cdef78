"""Submitting the sheet the panel shows (draft → submitted): refused before the question, not after the
yes, when a deduction has no reason (the user lands in that reason); then asked, naming the file, its
total and grade; then locked here and everywhere."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.changes import publish
from ui.errors import error_text
from ui.scoring.commands import SheetSlot
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.review.sheets import ReasonsMissing, check_reasons, submit_sheet

if TYPE_CHECKING:
    from ui.scoring.scoring_panel import ScoringPanel


def submit_shown_sheet(panel: ScoringPanel, slot: SheetSlot) -> None:
    panel.flush()
    if not reasons_given(panel) or not panel.confirm(panel.submit_question()):
        return
    workspace = panel.workspace
    try:
        sheet_id, created = slot.ensure(workspace)
        changes = created | submit_sheet(workspace.db, sheet_id, author=workspace.author)
    except KNOWN_ERRORS as exc:
        panel.edit_failed(exc)
        return
    panel.undo_stack.clear()
    panel.reload()
    publish(changes, panel)


def reasons_given(panel: ScoringPanel) -> bool:
    """False, with the reason of the first deduction that has none open in the editor, when the
    campaign would refuse the sheet (a campaign may let reasons be left out)."""
    if panel.view is None or not panel.view.stored:  # nothing recorded yet: nothing to give a reason for
        return True
    try:
        check_reasons(panel.workspace.db, panel.view.id)
    except ReasonsMissing as exc:
        panel.select_item(str(exc.params["item_key"]))
        panel.editor.focus_reason()
        panel.editor.show_error(error_text(exc))
        return False
    return True
