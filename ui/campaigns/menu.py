"""The main window's Campaign menu (活动): set-up, draw, assignment and progress, each in its own dialog.

After a dialog writes, the navigator is reloaded and the campaign selected again, so the case list
re-reads its files (the drawn ones, their reviewers) as it does when a campaign is first chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction

from ui.changes import publish
from ui.errors import messages, show_error
from workbench.campaigns.closing import close_campaign, reopen_campaign
from workbench.campaigns.service import Campaign, get_campaign
from workbench.common.changes import Done
from workbench.common.known_errors import KNOWN_ERRORS

if TYPE_CHECKING:  # the dialogs load on first use: none is needed to start the window
    from ui.campaigns.assignment_dialog import AssignmentDialog
    from ui.campaigns.conflicts_dialog import ConflictsDialog
    from ui.campaigns.dashboard_dialog import DashboardDialog
    from ui.campaigns.draw_dialog import DrawDialog
    from ui.campaigns.list_imports import PaperScoreImportDialog
    from ui.campaigns.setup_dialog import CampaignSetupDialog
    from ui.main_window import MainWindow
    from ui.rectification import LedgerDialog


class CampaignMenu(QObject):
    """Owned by the main window through Qt only: a Python reference back to it would make a cycle of Qt
    wrappers, which a garbage collection on a worker thread may free there and crash."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.new_action = self._action(self.tr("New campaign or round…"), self.new_campaign)
        self.settings_action = self._action(self.tr("Campaign settings…"), self.edit_settings)
        self.draw_action = self._action(self.tr("Draw files…"), self.draw)
        self.assign_action = self._action(self.tr("Assign reviewers…"), self.assign)
        self.dashboard_action = self._action(self.tr("Progress dashboard…"), self.show_dashboard)
        self.ledger_action = self._action(self.tr("Rectification ledger…"), self.show_ledger)
        self.paper_action = self._action(self.tr("Import paper score sheets…"), self.import_paper_scores)
        self.conflicts_action = self._action(self.tr("Declared conflicts…"), self.show_conflicts)
        self.close_action = self._action(self.tr("Close campaign…"), self.close_campaign)
        self.reopen_action = self._action(self.tr("Reopen campaign…"), self.reopen_campaign)
        self.menu = window.menuBar().addMenu(self.tr("&Campaign"))
        self.menu.addAction(self.new_action)
        self.menu.addAction(self.settings_action)
        self.menu.addSeparator()
        for action in (self.draw_action, self.assign_action, self.dashboard_action, self.ledger_action):
            self.menu.addAction(action)
        self.menu.addAction(self.conflicts_action)
        self.menu.addAction(self.paper_action)
        self.menu.addSeparator()
        self.menu.addAction(self.close_action)
        self.menu.addAction(self.reopen_action)

    @property
    def window(self) -> MainWindow:
        return self.parent()  # type: ignore[return-value]

    def _action(self, text: str, slot: Callable[[], None]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def current(self) -> Campaign | None:
        """The campaign selected in the navigator, freshly read; None after telling the user to pick one."""
        chosen = self.window.campaign
        if chosen is None:
            if self.window.navigator.topLevelItemCount():
                text = self.tr("Choose a campaign in the navigator first.")
            else:  # nothing to choose: say how to make one
                text = self.tr(
                    "There is no campaign yet. Import a case list (File → Import case list…), then create "
                    "a campaign (Campaign → New campaign or round…)."
                )
            messages.inform(self.window, self.tr("Campaign"), text)
            return None
        try:
            return get_campaign(self.window.workspace.db, chosen.id)
        except KNOWN_ERRORS as exc:
            show_error(self.window, exc)
            return None

    # --- the dialogs -----------------------------------------------------------------------------------

    def new_campaign(self) -> CampaignSetupDialog:
        from ui.campaigns.setup_dialog import CampaignSetupDialog

        dialog = CampaignSetupDialog(self.window.workspace, None, self.window)
        dialog.saved.connect(lambda campaign: self.reload(campaign.id))
        dialog.open()
        return dialog

    def edit_settings(self) -> CampaignSetupDialog | None:
        if (campaign := self.current()) is None:
            return None
        from ui.campaigns.setup_dialog import CampaignSetupDialog

        dialog = CampaignSetupDialog(self.window.workspace, campaign, self.window)
        dialog.open()  # its changes reach the hub, and the main window shows the campaign afresh
        return dialog

    def draw(self) -> DrawDialog | None:
        if (campaign := self.current()) is None:
            return None
        from ui.campaigns.draw_dialog import DrawDialog

        dialog = DrawDialog(self.window.workspace, campaign, self.window)
        dialog.open()
        return dialog

    def assign(self) -> AssignmentDialog | None:
        if (campaign := self.current()) is None:
            return None
        from ui.campaigns.assignment_dialog import AssignmentDialog

        dialog = AssignmentDialog(self.window.workspace, campaign, self.window)
        dialog.open()
        return dialog

    def show_dashboard(self) -> DashboardDialog | None:
        if (campaign := self.current()) is None:
            return None
        from ui.campaigns.dashboard_dialog import DashboardDialog

        dialog = DashboardDialog(self.window.workspace, campaign, self.window)
        dialog.open()
        return dialog

    def show_ledger(self) -> LedgerDialog | None:
        """整改台账, imported here: it uses ui.campaigns.common, so a top-level import would be a cycle."""
        from ui.rectification import LedgerDialog

        if (campaign := self.current()) is None:
            return None
        dialog = LedgerDialog(self.window.workspace, campaign, self.window)
        dialog.open()
        return dialog

    def show_conflicts(self) -> ConflictsDialog:
        """回避: open without a campaign too (conflicts belong to reviewers, not to one campaign)."""
        from ui.campaigns.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.window.workspace, self.window)
        dialog.open()
        return dialog

    def import_paper_scores(self) -> PaperScoreImportDialog | None:
        if (campaign := self.current()) is None:
            return None
        from ui.campaigns.list_imports import PaperScoreImportDialog

        dialog = PaperScoreImportDialog(self.window.workspace, campaign, self.window)
        dialog.open()
        return dialog

    def close_campaign(self) -> Campaign | None:
        """Lock a finished campaign (the organiser only): no more score edits, submits or decisions."""
        if (campaign := self.current()) is None:
            return None
        question = self.tr(
            "Close “{name}”? It is then locked: no score can be changed until the organiser reopens it."
        ).format(name=campaign.name)
        if not messages.ask(self.window, self.tr("Close campaign"), question):
            return None
        return self._run(lambda: close_campaign(self.window.workspace.db, campaign, author=self._author()))

    def reopen_campaign(self) -> Campaign | None:
        """Open a closed campaign again: the organiser, with a reason for the audit log."""
        if (campaign := self.current()) is None:
            return None
        reason = messages.ask_text(
            self.window, self.tr("Reopen campaign"), self.tr("Why is it reopened? (kept in the audit log)")
        )
        if reason is None:
            return None
        return self._run(
            lambda: reopen_campaign(self.window.workspace.db, campaign, author=self._author(), reason=reason)
        )

    def _author(self) -> str:
        return self.window.workspace.author

    def _run(self, operation: Callable[[], Done[Campaign]]) -> Campaign | None:
        try:
            done = operation()
        except KNOWN_ERRORS as exc:
            show_error(self.window, exc)
            return None
        return publish(done, self)  # type: ignore[return-value]  (the main window reloads the campaign)

    def reload(self, campaign_id: str) -> None:
        """Campaigns or their files changed: refill the navigator and show that campaign afresh."""
        window = self.window
        window.navigator.load(window.workspace)
        window.campaign = None  # so selecting it again reloads the case list
        window.statusBar().clearMessage()
        if not window.navigator.select_campaign(campaign_id) and window.navigator.topLevelItemCount():
            window.navigator.setCurrentItem(window.navigator.topLevelItem(0))
