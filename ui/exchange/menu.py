"""The exchange's menu entries in the main window, and what a reviewer copy switches off.

On a reviewer copy the window says whose copy it is, every edit is recorded as that reviewer's, and
the organiser's and the lead's commands (set-up, draw, assignment, recheck, packages, merging) are
disabled: the copy only scores that reviewer's own files.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from ui.errors import messages
from ui.jobs import Job, start_job
from workbench.exchange.binding import Binding, binding_of

if TYPE_CHECKING:
    from ui.exchange.conflicts_dialog import ConflictsDialog
    from ui.exchange.issue_dialog import IssueDialog
    from ui.exchange.merge_dialog import MergeDialog
    from ui.exchange.open_dialog import OpenTaskDialog
    from ui.main_window import MainWindow
    from workbench.exchange.copy import ReturnedPackage


class ExchangeMenu(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.binding: Binding | None = binding_of(window.workspace.db)
        self.open_action = self._action(self.tr("Open task package…"), self.open_package)
        self.return_action = self._action(self.tr("Export result package…"), self.return_package)
        self.issue_action = self._action(self.tr("Issue task packages…"), self.issue)
        self.merge_action = self._action(self.tr("Merge result package…"), self.merge)
        self.conflicts_action = self._action(self.tr("Merge conflicts…"), self.conflicts)
        first = window.file_menu.actions()[1] if len(window.file_menu.actions()) > 1 else None
        window.file_menu.insertActions(first, [self.open_action, self.return_action])
        window.file_menu.insertSeparator(first)
        menu = window.campaign_menu.menu
        menu.addSeparator()
        for action in (self.issue_action, self.merge_action, self.conflicts_action):
            menu.addAction(action)
        self.return_action.setEnabled(self.binding is not None)
        if self.binding is not None:
            self._bind(window, self.binding)

    @property
    def window(self) -> MainWindow:
        return self.parent()  # type: ignore[return-value]

    def _action(self, text: str, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.window)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _bind(self, window: MainWindow, binding: Binding) -> None:
        window.workspace.author = binding.reviewer_name
        window.setWindowTitle(
            self.tr("Reviewer copy of {reviewer} — {name}").format(
                reviewer=binding.reviewer_name, name=window.workspace.path.name
            )
        )

    def apply_roles(self, admin: bool) -> None:
        """After the window has offered what the person's roles allow: the exchange's own commands are
        the organiser's, and a reviewer copy offers none of the organiser's or the lead's."""
        for action in (self.issue_action, self.merge_action, self.conflicts_action):
            action.setEnabled(admin and self.binding is None)
        if self.binding is None:
            return
        window, campaign = self.window, self.window.campaign_menu
        for action in (
            campaign.new_action,
            campaign.settings_action,
            campaign.draw_action,
            campaign.assign_action,
            campaign.ledger_action,
            campaign.conflicts_action,  # declared on the master, where assignment reads them
            campaign.paper_action,
            campaign.close_action,
            campaign.reopen_action,
            window.templates_action,
            window.arbitrate_action,
            window.reopen_action,
            window.export_action,
            window.import_cases_action,
            window.import_standard_action,
            self.issue_action,
            self.merge_action,
            self.conflicts_action,
        ):
            action.setEnabled(False)
            action.setToolTip(self.tr("Not on a reviewer copy: the organiser does this on the master."))
        window.who.setText(
            self.tr("Reviewer copy: {name} scores their own files here").format(
                name=self.binding.reviewer_name
            )
        )

    # --- commands ----------------------------------------------------------------------------------

    def open_package(self) -> OpenTaskDialog:
        from ui.exchange.open_dialog import OpenTaskDialog

        dialog = OpenTaskDialog(self.window, self.window.workspace.path if self.binding else None)
        dialog.opened.connect(lambda path: self._switch(Path(path)))
        dialog.open()
        return dialog

    def _switch(self, path: Path) -> None:
        window = self.window
        if path.resolve() == window.workspace.path.resolve():
            window.campaign_menu.reload(self.binding.campaign_id if self.binding else "")
            return
        window.files.switch_to(path)

    def return_package(self, folder: Path | None = None) -> Job | None:
        from workbench.exchange.jobs import return_results  # packaging loads on first use

        if folder is None:
            chosen = QFileDialog.getExistingDirectory(
                self.window, self.tr("Folder for the result package (e.g. the USB stick)"), str(Path.home())
            )
            if not chosen:
                return None
            folder = Path(chosen)
        job = Job(return_results, self.window.workspace.path, folder)
        job.signals.finished.connect(self._returned)
        job.signals.failed.connect(self._failed)
        return start_job(job, writes=True)

    def _returned(self, returned: ReturnedPackage) -> None:
        messages.inform(
            self.window,
            self.tr("Result package"),
            self.tr("{sheets} sheet(s), {submitted} submitted, written to:\n{path}").format(
                sheets=returned.sheets, submitted=returned.submitted, path=returned.path
            ),
        )

    def _failed(self, exc: BaseException) -> None:
        from ui.errors import show_error

        show_error(self.window, exc)

    def issue(self) -> IssueDialog | None:
        if (campaign := self.window.campaign_menu.current()) is None:
            return None
        from ui.exchange.issue_dialog import IssueDialog

        dialog = IssueDialog(self.window.workspace, campaign, self.window)
        dialog.open()
        return dialog

    def merge(self) -> MergeDialog:
        from ui.exchange.merge_dialog import MergeDialog

        dialog = MergeDialog(self.window.workspace, self.window)
        dialog.open()
        return dialog

    def conflicts(self) -> ConflictsDialog | None:
        if (campaign := self.window.campaign_menu.current()) is None:
            return None
        from ui.exchange.conflicts_dialog import ConflictsDialog

        dialog = ConflictsDialog(self.window.workspace, campaign, self.window)
        dialog.open()
        return dialog
