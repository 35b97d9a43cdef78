"""The main window: navigator and case list on the left, the score sheet and the scan on the right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QSplitter, QStackedWidget, QToolBar

from ui.campaigns.menu import CampaignMenu
from ui.cases.case_list_view import CaseListPanel
from ui.errors import messages, show_error
from ui.help_dialog import ShortcutsDialog
from ui.imports.case_import_dialog import CaseImportDialog
from ui.imports.standard_import_dialog import StandardImportDialog
from ui.navigator import Navigator
from ui.scans.scan_viewer import ScanViewer
from ui.scoring.scoring_panel import SHORTCUTS, ScoringPanel
from ui.settings import UiSettings
from workbench.campaigns.office import get_office
from workbench.campaigns.service import Campaign
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.workspace import Workspace
from workbench.review.sheets import reopen_sheet
from workbench.review.whose_sheet import reviewer_for_file

if TYPE_CHECKING:
    from ui.recheck.recheck_dialog import ArbitrationDialog

LANGUAGES = (("zh_CN", "中文"), ("en", "English"))


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, settings: UiSettings | None = None) -> None:
        super().__init__()
        self.workspace = workspace
        self.settings = settings or UiSettings()
        self.campaign: Campaign | None = None
        self.successor: MainWindow | None = None  # the window of another database opened from this one
        self.setWindowTitle(self.tr("Case Review Workbench — {name}").format(name=workspace.path.name))

        self.navigator = Navigator()
        self.case_list = CaseListPanel()
        self.scoring = ScoringPanel(workspace)
        self.scan = ScanViewer()
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
        self.setCentralWidget(self.main)

        self._build_actions()
        self.navigator.campaign_selected.connect(self.on_campaign_selected)
        self.case_list.file_selected.connect(self.on_file_selected)
        self.scoring.sheet_changed.connect(self.on_sheet_changed)
        self.scoring.page_requested.connect(self.scan.show_page)
        self.scan.pin_requested.connect(self.scoring.set_current_page)
        self.scan.error_raised.connect(lambda exc: show_error(self, exc))
        self.navigator.load(workspace)
        if not self.navigator.topLevelItemCount():
            self.statusBar().showMessage(
                self.tr("No campaign yet. Import a case list (File menu), then create one (Campaign → New).")
            )
        elif get_office(workspace.db) is None:  # first run: documents need the issuing office
            self.statusBar().showMessage(
                self.tr("Fill in the issuing office (Settings → Issuing office) before issuing documents.")
            )
        self._restore()

    # --- actions ----------------------------------------------------------------------------------

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_actions(self) -> None:
        undo = self.scoring.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.scoring.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.import_cases_action = self._action(self.tr("Import case list…"), self.import_cases, "Ctrl+I")
        self.import_standard_action = self._action(self.tr("Import standard…"), self.import_standard)
        open_db = self._action(self.tr("Open database…"), self.open_database, QKeySequence.StandardKey.Open)
        quit_ = self._action(self.tr("Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.next_action = self._action(self.tr("Next file"), self.case_list.select_next, "Ctrl+Down")
        self.previous_action = self._action(
            self.tr("Previous file"), self.case_list.select_previous, "Ctrl+Up"
        )
        self.submit_action = self._action(self.tr("Submit score sheet…"), self.scoring.submit, "Ctrl+Return")
        self.reopen_action = self._action(self.tr("Reopen submitted sheet…"), self.reopen_sheet)
        shortcuts = self._action(
            self.tr("Keyboard shortcuts"), self.show_shortcuts, QKeySequence.StandardKey.HelpContents
        )

        menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (open_db, self.import_cases_action, self.import_standard_action):
            menu.addAction(action)
        menu.addSeparator()
        self.export_action = menu.addAction(self.tr("Export results…"), self.export_results)
        menu.addSeparator()
        menu.addAction(quit_)
        menu = self.menuBar().addMenu(self.tr("&Edit"))
        menu.addAction(undo)
        menu.addAction(redo)
        menu = self.menuBar().addMenu(self.tr("&Go"))
        menu.addAction(self.previous_action)
        menu.addAction(self.next_action)
        menu = self.menuBar().addMenu(self.tr("&Review"))
        menu.addAction(self.submit_action)
        menu.addAction(self.reopen_action)
        self.arbitrate_action = self._action(
            self.tr("Recheck and final scores…"), self.open_arbitration, "Ctrl+R"
        )
        menu.addSeparator()
        menu.addAction(self.arbitrate_action)
        self.campaign_menu = CampaignMenu(self)  # 活动: set-up, draw, assignment, progress
        menu = self.menuBar().addMenu(self.tr("&Settings"))
        language = menu.addMenu(self.tr("Language"))
        for code, label in LANGUAGES:
            action = language.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == self.settings.language)
            action.triggered.connect(lambda _=False, code=code: self.set_language(code))
        self.office_action = menu.addAction(self.tr("Issuing office…"))
        self.office_action.triggered.connect(self.edit_office)
        self.templates_action = menu.addAction(self.tr("Document templates…"))
        self.templates_action.triggered.connect(self.edit_templates)
        menu = self.menuBar().addMenu(self.tr("&Help"))
        menu.addAction(shortcuts)

        bar = QToolBar(self.tr("Main toolbar"))
        bar.setObjectName("main_toolbar")
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.import_cases_action, undo, redo, self.previous_action, self.next_action):
            bar.addAction(action)
        self.addToolBar(bar)

    # --- navigation -------------------------------------------------------------------------------

    def on_campaign_selected(self, campaign: Campaign, department: str | None) -> None:
        if self.campaign is None or campaign.id != self.campaign.id:
            self.campaign = campaign
            units = campaign.subject_kind == "unit"  # a supervision round steps through units
            self.previous_action.setText(self.tr("Previous unit") if units else self.tr("Previous file"))
            self.next_action.setText(self.tr("Next unit") if units else self.tr("Next file"))
            self.scan.set_units(units)
            self.case_list.load(self.workspace, campaign, background=True)
        self.case_list.set_department(department)

    def on_file_selected(self, subject_id: str) -> None:
        if self.campaign is None:
            return
        reviewer = reviewer_for_file(self.workspace.db, self.campaign, subject_id, self.workspace.author)
        if reviewer is None:
            self.scoring.flush()
            self.sheet_stack.setCurrentWidget(self.not_yours)
        else:
            self.scoring.load(self.campaign, subject_id, reviewer)
            self.sheet_stack.setCurrentWidget(self.scoring)
        for action in (self.submit_action, self.reopen_action):  # they act on the sheet shown
            action.setEnabled(reviewer is not None)
        self.scan.load(self.workspace, subject_id)

    def on_sheet_changed(self, subject_id: str) -> None:
        self.case_list.refresh_subject(subject_id)
        self.navigator.refresh_counts()

    def select_scored_file(self) -> None:
        """For screenshots: the first file that has a final score, once the scores have arrived."""
        if self.case_list.scores_pending:
            self.case_list.scores_loaded.connect(self.case_list.select_first_scored)
        else:
            self.case_list.select_first_scored()

    # --- commands ---------------------------------------------------------------------------------

    def import_cases(self) -> None:
        dialog = CaseImportDialog(self.workspace, self)
        dialog.imported.connect(lambda _n: self.navigator.load(self.workspace))
        dialog.open()

    def import_standard(self) -> None:
        StandardImportDialog(self.workspace, self).open()

    def export_results(self) -> None:
        """The export dialog for the campaign in view (workbook and PDF documents)."""
        from ui.exports import ExportDialog  # loaded on first use: it is not needed to start

        if self.campaign is None:
            messages.inform(
                self, self.tr("Export results"), self.tr("Choose a campaign in the navigator first.")
            )
            return
        ExportDialog(self.workspace, self.campaign, self.settings, self).open()

    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open database"),
            str(self.workspace.path.parent),
            self.tr("Workbench database (*.sqlite)"),
        )
        if path:
            self.switch_to(Path(path))

    def switch_to(self, path: Path) -> MainWindow | None:
        """Open another database in a new window and close this one (its edits are already stored)."""
        try:
            workspace = Workspace.open(path, self.workspace.author)
        except KNOWN_ERRORS as exc:
            show_error(self, exc)
            return None
        self.successor = MainWindow(workspace, self.settings)
        self.successor.resize(self.size())
        self.successor.show()
        self.close()
        return self.successor

    def reopen_sheet(self) -> None:
        """The lead sends a submitted sheet back to draft; the reason goes into the audit log."""
        sheet_id = self.scoring.sheet_id
        if sheet_id is None:
            return
        reason = messages.ask_text(
            self, self.tr("Reopen submitted sheet"), self.tr("Reason (kept in the audit log):")
        )
        if reason is None:
            return
        try:
            reopen_sheet(self.workspace.db, sheet_id, author=self.workspace.author, reason=reason)
        except KNOWN_ERRORS as exc:
            show_error(self, exc)
            return
        self.scoring.reload()
        if (subject := self.case_list.current_subject()) is not None:
            self.on_sheet_changed(subject)

    def edit_office(self):
        from ui.documents.office_dialog import OfficeDialog  # loaded on first use

        dialog = OfficeDialog(self.workspace, self)
        dialog.open()
        return dialog

    def edit_templates(self) -> None:
        from ui.documents.template_dialog import TemplateDialog  # loaded on first use

        TemplateDialog(self.workspace, self).open()

    def open_arbitration(self) -> ArbitrationDialog | None:
        """复核定分 for the current campaign, beside the main window (non-modal)."""
        from ui.recheck.recheck_dialog import ArbitrationDialog  # loaded on first use

        if self.campaign is None:
            messages.inform(self, self.tr("Recheck"), self.tr("Choose a campaign in the navigator first."))
            return None
        try:
            dialog = ArbitrationDialog(self.workspace, self.campaign, self)
        except KNOWN_ERRORS as exc:
            show_error(self, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decided.connect(self.on_sheet_changed)
        dialog.page_requested.connect(self.show_scan_page)
        dialog.show()
        return dialog

    def show_scan_page(self, subject_id: str, page: int) -> None:
        self.scan.load(self.workspace, subject_id)
        self.scan.show_page(page)

    def set_language(self, code: str) -> None:
        self.settings.language = code
        messages.inform(
            self, self.tr("Language"), self.tr("The new language applies when the workbench restarts.")
        )

    def show_shortcuts(self) -> None:
        own = [
            ("Ctrl+Down / Ctrl+Up", self.tr("Next / previous file")),
            ("Ctrl+Z / Ctrl+Shift+Z", self.tr("Undo / redo the last edit")),
            ("Ctrl+P", self.tr("Pin the current deduction to the page on screen")),
            ("Ctrl+I", self.tr("Import a case list")),
        ]
        translated = [(k, QCoreApplication.translate("ScoringPanel", text)) for k, text in SHORTCUTS]
        ShortcutsDialog(own + translated, self).open()

    # --- layout and place -------------------------------------------------------------------------

    def _restore(self) -> None:
        if (geometry := self.settings.bytes("geometry")) is not None:
            self.restoreGeometry(geometry)
        if (state := self.settings.bytes("state")) is not None:
            self.restoreState(state)
        for splitter in (self.left, self.right, self.main):
            if (saved := self.settings.bytes(splitter.objectName())) is not None:
                splitter.restoreState(saved)
        place = self.settings.place(str(self.workspace.path.resolve()))
        restored = bool(place["campaign"]) and self.navigator.select_campaign(place["campaign"])
        if not restored and self.navigator.topLevelItemCount():
            self.navigator.setCurrentItem(self.navigator.topLevelItem(0))
        if place["subject"] and self.case_list.select_subject(place["subject"]) and place["item"]:
            self.scoring.select_item(place["item"])

    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.set_bytes("geometry", self.saveGeometry())
        self.settings.set_bytes("state", self.saveState())
        for splitter in (self.left, self.right, self.main):
            self.settings.set_bytes(splitter.objectName(), splitter.saveState())
        self.settings.set_place(
            str(self.workspace.path.resolve()),
            campaign=self.campaign.id if self.campaign else "",
            subject=self.case_list.current_subject() or "",
            item=self.scoring.current_item_key() or "",
        )
        super().closeEvent(event)
        if self.successor is not None:
            self.workspace.close()  # replaced by another database; app.py closes the last one
