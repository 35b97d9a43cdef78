"""The main window: navigator and case list on the left, the score sheet and the scan on the right."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QToolBar,
)

from ui.accounts.roles import role_labels
from ui.campaigns.menu import CampaignMenu
from ui.cases.case_list_view import CaseListPanel
from ui.changes import hub
from ui.errors import show_error
from ui.exchange.menu import ExchangeMenu
from ui.files.database_commands import DatabaseCommands
from ui.files.integrity_watch import IntegrityWatch
from ui.navigator import Navigator
from ui.scans.scan_viewer import ScanViewer
from ui.scoring.scoring_panel import ScoringPanel
from ui.settings import UiSettings
from ui.shortcuts import sequences
from ui.start.opening import release
from ui.window_commands import WindowCommands
from ui.window_place import restore_place, save_place
from workbench.accounts import has_accounts, roles_of
from workbench.campaigns.office import get_office
from workbench.campaigns.service import Campaign
from workbench.common.changes import Changes
from workbench.common.kinds import Role, SubjectKind
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.workspace import Workspace
from workbench.review.whose_sheet import hidden_files, my_files, sheet_owner

LANGUAGES = (("zh_CN", "中文"), ("en", "English"))


class MainWindow(QMainWindow):
    refused = Signal()  # the database failed its integrity check: the window closed

    def __init__(self, workspace: Workspace, settings: UiSettings | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.settings = settings or UiSettings()
        self.campaign: Campaign | None = None
        self.successor: MainWindow | None = None  # the window of another database opened from this one
        self._laid_out = False  # the slim list and scan pane are sized once the window has its size
        self._deaf = False  # no longer listening to the change hub (closed)
        self.setWindowTitle(self.tr("Case Review Workbench — {name}").format(name=workspace.path.name))

        self.navigator = Navigator()
        self.case_list = CaseListPanel()
        self.scoring = ScoringPanel(workspace)
        self.scan = ScanViewer()
        self.scan.settings = self.settings  # each scan's zoom and rotation are remembered
        self.left = QSplitter(Qt.Orientation.Vertical)
        self.left.addWidget(self.navigator)
        self.left.addWidget(self.case_list)
        self.left.setSizes([220, 540])
        self.not_yours = QLabel(
            self.tr("This file is assigned to other reviewers. Scoring is blind: only they see their sheets.")
        )
        self.not_yours.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.not_yours.setWordWrap(True)
        self.sheet_stack = QStackedWidget()  # the score sheet, or why there is none for this user
        self.sheet_stack.addWidget(self.scoring)
        self.sheet_stack.addWidget(self.not_yours)
        self.right = QSplitter(Qt.Orientation.Horizontal)
        self.right.addWidget(self.sheet_stack)
        self.right.addWidget(self.scan)
        self.right.setSizes([820, 380])
        self.main = QSplitter(Qt.Orientation.Horizontal)
        self.main.addWidget(self.left)
        self.main.addWidget(self.right)
        self.main.setSizes([460, 1140])
        for splitter, name in ((self.left, "left"), (self.right, "right"), (self.main, "main")):
            splitter.setObjectName(f"splitter_{name}")
            splitter.setChildrenCollapsible(False)
        self.right.setCollapsible(1, True)  # the scan pane folds away for a file without a scan
        self.setCentralWidget(self.main)
        self.case_list.set_slim(True)  # the score sheet is the main thing: the list shows 案号 + status

        self.files = DatabaseCommands(self)  # open, new, switch user, accounts, backups
        self.commands = WindowCommands(self)  # the dialogs the menus open on the campaign or file
        self._build_actions()
        self.who = QLabel()
        self.statusBar().addPermanentWidget(self.who)
        self.apply_roles()
        self.navigator.campaign_selected.connect(self.on_campaign_selected)
        self.case_list.file_selected.connect(self.on_file_selected)
        self.case_list.entered.connect(self.scoring.focus_items)
        hub().changed.connect(self.on_changed)
        self.scoring.page_requested.connect(self.scan.show_page)
        self.scan.pin_requested.connect(self.scoring.set_current_page)
        self.scan.error_raised.connect(lambda exc: show_error(self, exc))
        self.navigator.load(workspace, background=True)
        if not self.navigator.topLevelItemCount():
            self.statusBar().showMessage(
                self.tr("No campaign yet. Import a case list (File menu), then create one (Campaign → New).")
            )
        elif self.exchange_menu.binding is None and get_office(workspace.db) is None:
            # an organiser's first run: documents need the issuing office (a reviewer copy issues none)
            self.statusBar().showMessage(
                self.tr("Fill in the issuing office (Settings → Issuing office) before issuing documents.")
            )
        self._restore()
        if (check := workspace.integrity_check()) is not None:  # runs while the window shows
            self.integrity = IntegrityWatch(check, self)
            self.integrity.damaged.connect(self.refuse_damaged)

    def refuse_damaged(self, error: Exception) -> None:
        """The background check found the file damaged: say so with the way out, and close it (nothing
        was written to it: writes wait for the check)."""
        show_error(self, error)
        self.close()
        self.workspace.close()
        release(self.workspace.path)
        self.refused.emit()

    # --- actions ----------------------------------------------------------------------------------

    def _action(self, text: str, slot, key: str | None = None) -> QAction:
        """An action; `key` names its keys in the one shortcut map (ui/shortcuts.py)."""
        action = QAction(text, self)
        if key is not None:
            action.setShortcuts(sequences(key))
            action.setObjectName(key)
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        undo = self.scoring.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcuts(sequences("undo"))
        redo = self.scoring.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts(sequences("redo"))
        self.import_cases_action = self._action(
            self.tr("Import case list…"), self.commands.import_cases, "import_cases"
        )
        self.import_standard_action = self._action(self.tr("Import standard…"), self.commands.import_standard)
        open_db = self._action(self.tr("Open database…"), self.files.open_database, "open")
        quit_ = self._action(self.tr("Quit"), self.close, "quit")
        self.next_action = self._action(self.tr("Next file"), self.next_file, "next_file")
        self.previous_action = self._action(self.tr("Previous file"), self.previous_file, "previous_file")
        self.submit_action = self._action(self.tr("Submit score sheet…"), self.scoring.submit, "submit")
        self.submit_action.setEnabled(False)  # no file open yet
        self.switch_user_action = self._action(self.tr("Switch user…"), self.files.switch_user)
        self.password_action = self._action(self.tr("Change my password…"), self.files.change_password)
        new_db = self._action(self.tr("New database…"), self.files.new_database, "new_database")
        self.reopen_action = self._action(self.tr("Reopen submitted sheet…"), self.commands.reopen_sheet)
        self.full_list_action = self._action(self.tr("Full case list"), self.set_full_list, "full_list")
        self.full_list_action.setCheckable(True)
        self.scan_action = self._action(self.tr("Show scan"), self.set_scan_shown, "scan")
        self.scan_action.setCheckable(True)
        self.attach_action = self._action(self.tr("Attach scan…"), self.scan.choose_file)
        self.mine_action = self._action(self.tr("My files only"), self.toggle_mine, "mine")
        self.search_action = self._action(self.tr("Search the case list"), self.focus_search, "search")
        shortcuts = self._action(self.tr("Keyboard shortcuts"), self.commands.show_shortcuts, "help")

        menu = self.file_menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (new_db, open_db, self.import_cases_action, self.import_standard_action):
            menu.addAction(action)
        menu.addSeparator()
        self.export_action = menu.addAction(self.tr("Export results…"), self.commands.export_results)
        self.backup_action = menu.addAction(self.tr("Back up database…"))
        self.backup_action.triggered.connect(lambda: self.files.back_up_database())
        menu.addSeparator()
        menu.addAction(self.switch_user_action)
        menu.addAction(self.password_action)
        menu.addAction(quit_)
        menu = self.menuBar().addMenu(self.tr("&Edit"))
        menu.addAction(undo)
        menu.addAction(redo)
        menu = self.menuBar().addMenu(self.tr("&View"))
        menu.addAction(self.full_list_action)
        menu.addAction(self.scan_action)
        menu.addAction(self.mine_action)
        menu.addAction(self.search_action)
        menu = self.menuBar().addMenu(self.tr("&Go"))
        menu.addAction(self.previous_action)
        menu.addAction(self.next_action)
        menu = self.menuBar().addMenu(self.tr("&Review"))
        menu.addAction(self.submit_action)
        menu.addAction(self.reopen_action)
        self.history_action = self._action(self.tr("Change history…"), self.commands.show_history, "history")
        menu.addAction(self.history_action)
        menu.addAction(self.attach_action)
        self.arbitrate_action = self._action(
            self.tr("Recheck and final scores…"), self.commands.open_arbitration, "recheck"
        )
        menu.addSeparator()
        menu.addAction(self.arbitrate_action)
        self.campaign_menu = CampaignMenu(self)  # 活动: set-up, draw, assignment, progress
        self.exchange_menu = ExchangeMenu(self)  # packages between laptops; a reviewer copy's limits
        menu = self.menuBar().addMenu(self.tr("&Settings"))
        language = menu.addMenu(self.tr("Language"))
        for code, label in LANGUAGES:
            action = language.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == self.settings.language)
            action.triggered.connect(lambda _=False, code=code: self.commands.set_language(code))
        self.office_action = menu.addAction(self.tr("Issuing office…"))
        self.office_action.triggered.connect(self.commands.edit_office)
        self.templates_action = menu.addAction(self.tr("Document templates…"))
        self.templates_action.triggered.connect(self.commands.edit_templates)
        menu.addAction(self.tr("Daily backups to keep…"), self.files.set_backup_days)
        self.accounts_action = menu.addAction(self.tr("Accounts…"))
        self.accounts_action.triggered.connect(self.files.manage_accounts)
        menu = self.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(shortcuts)
        self.about_action = menu.addAction(self.tr("About…"))
        self.about_action.triggered.connect(self.commands.show_about)

        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("main_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.import_cases_action, undo, redo, self.previous_action, self.next_action):
            bar.addAction(action)
        self.addToolBar(bar)

    def apply_roles(self) -> None:
        """Offer what the signed-in person's roles allow (the services refuse the rest anyway), and say
        in the status bar who is signed in."""
        self.roles = roles_of(self.workspace.db, self.workspace.author)
        admin, lead = Role.ADMIN in self.roles, Role.LEAD in self.roles
        menu = self.campaign_menu
        for action in (
            self.import_cases_action,
            self.import_standard_action,
            self.templates_action,
            menu.new_action,
            menu.settings_action,
            menu.draw_action,
            menu.assign_action,
            menu.ledger_action,
            menu.close_action,
            menu.reopen_action,
        ):
            action.setEnabled(admin)
        for action in (self.export_action, menu.dashboard_action):
            action.setEnabled(admin or lead)
        self.arbitrate_action.setEnabled(lead)
        self.reopen_action.setEnabled(lead)
        accounts = has_accounts(self.workspace.db)
        self.accounts_action.setEnabled(admin)
        self.switch_user_action.setEnabled(accounts)
        self.password_action.setEnabled(accounts)
        if accounts:
            self.who.setText(
                self.tr("Signed in: {name} ({roles})").format(
                    name=self.workspace.author, roles=role_labels(self.roles)
                )
            )
        else:
            self.who.setText(
                self.tr("No accounts: {name} may do everything").format(name=self.workspace.author)
            )
        self.exchange_menu.apply_roles(admin)

    # --- navigation -------------------------------------------------------------------------------

    def on_campaign_selected(self, campaign: Campaign, department: str | None) -> None:
        if self.campaign is None or campaign.id != self.campaign.id:
            self.campaign = campaign
            units = campaign.subject_kind == SubjectKind.UNIT  # a supervision round steps through units
            self.previous_action.setText(self.tr("Previous unit") if units else self.tr("Previous file"))
            self.next_action.setText(self.tr("Next unit") if units else self.tr("Next file"))
            self.scan.set_units(units)
            self.case_list.hidden = hidden_files(self.workspace.db, campaign, self.workspace.author)
            self.case_list.load(self.workspace, campaign, background=True)
            self.case_list.set_mine(my_files(self.workspace.db, campaign, self.workspace.author))
        self.case_list.set_department(department)

    def on_file_selected(self, subject_id: str) -> None:
        if self.campaign is None:
            return
        owner = sheet_owner(self.workspace.db, self.campaign, subject_id, self.workspace.author)
        if owner is not None:
            try:  # refused when the account was disabled meanwhile (the core checks every read)
                self.scoring.load(
                    self.campaign, subject_id, owner.reviewer_id, new_reviewer=owner.new_reviewer
                )
            except KNOWN_ERRORS as exc:
                show_error(self, exc)
                owner = None
        if owner is None:
            self.scoring.flush()
            self.sheet_stack.setCurrentWidget(self.not_yours)
        else:
            self.sheet_stack.setCurrentWidget(self.scoring)
        self.submit_action.setEnabled(owner is not None)  # they act on the sheet shown
        self.reopen_action.setEnabled(owner is not None and Role.LEAD in self.roles)
        self.scan.load(self.workspace, subject_id)
        self.set_scan_shown(bool(self.scan.scans))

    # --- layout -----------------------------------------------------------------------------------

    def set_full_list(self, full: bool) -> None:
        """Every column of the case list (and the width for them), or the slim list beside the sheet."""
        self.full_list_action.setChecked(full)
        self.case_list.set_slim(not full)
        total = sum(self.main.sizes())
        left = int(total * 0.62) if full else min(self.case_list.slim_width(), total // 3)
        self.main.setSizes([left, total - left])

    def set_scan_shown(self, shown: bool) -> None:
        """The scan pane beside the sheet, or folded away (a file without a scan)."""
        self.scan_action.setChecked(shown)
        total = sum(self.right.sizes())
        scan = int(total * 0.42) if shown else 0
        self.right.setSizes([total - scan, scan])

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._laid_out:
            self._laid_out = True
            self.set_full_list(self.full_list_action.isChecked())
            self.set_scan_shown(bool(self.scan.scans))

    def next_file(self) -> None:
        """Ctrl+Down: the next of my unfinished files (any file when I have none)."""
        self.case_list.select_unfinished(down=True)

    def previous_file(self) -> None:
        self.case_list.select_unfinished(down=False)

    def focus_search(self) -> None:
        self.case_list.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.case_list.search.selectAll()

    def toggle_mine(self) -> None:
        self.case_list.mine.setChecked(not self.case_list.mine.isChecked())

    def on_changed(self, changes: Changes) -> None:
        """From the hub. Files' rows and department counts refresh themselves; a changed campaign (draw,
        assignment, set-up) is shown afresh; a sheet changed elsewhere (recheck, reopen) is read again."""
        if self.campaign is None:
            return
        if changes.everything or self.campaign.id in changes.campaigns:
            self.campaign_menu.reload(self.campaign.id)
            return
        if changes.sheets:  # a submit or reopen changes my to-do and done counts
            self.case_list.update_mine(my_files(self.workspace.db, self.campaign, self.workspace.author))
        if (
            hub().last_source is not self.scoring
            and self.scoring.sheet_id is not None
            and self.scoring.sheet_id in changes.sheets
        ):
            self.scoring.reload()

    def select_first_file(self) -> None:
        """For screenshots: the first file of the list, opened."""
        self.case_list.select_subject_at(0)

    def busy(self) -> bool:
        """Still reading in the background what the first paint left out (totals, navigator counts)."""
        return self.case_list.scores_pending or self.navigator.counts_pending

    def select_scored_file(self) -> None:
        """For screenshots: the first file that has a final score, once the scores have arrived."""
        if self.case_list.scores_pending:
            self.case_list.scores_loaded.connect(self.case_list.select_first_scored)
        else:
            self.case_list.select_first_scored()

    # --- commands ---------------------------------------------------------------------------------

    def report_backup(self, line: str) -> None:
        if line:
            self.statusBar().showMessage(line, 10000)

    def show_scan_page(self, subject_id: str, page: int) -> None:
        self.scan.load(self.workspace, subject_id)
        self.scan.show_page(page)

    # --- layout and place -------------------------------------------------------------------------

    def _restore(self) -> None:
        restore_place(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        save_place(self)
        super().closeEvent(event)
        # a closed window stops listening: another window's changes must not reach its closed database
        # (once: a window closed twice, by a switch and again by the app, has nothing left to disconnect)
        if not self._deaf:
            self._deaf = True
            for slot in (self.on_changed, self.navigator.on_changed, self.case_list.on_changed):
                with contextlib.suppress(RuntimeError, TypeError):
                    hub().changed.disconnect(slot)
        if self.successor is not None:
            self.workspace.close()  # replaced by another database; app.py closes the last one
