"""The main window's menu commands that open a dialog on its campaign or file: imports, export, recheck,
change history, reopening a sheet, the office's documents, language and help. The window keeps its
layout and navigation; ui/files/database_commands.py has the commands about the database itself."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QDialog

from ui.changes import publish
from ui.errors import messages, show_error
from ui.shortcuts import help_rows
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.review.sheets import reopen_sheet

if TYPE_CHECKING:
    from ui.main_window import MainWindow
    from ui.recheck.recheck_dialog import ArbitrationDialog


class WindowCommands(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def import_cases(self) -> None:
        from ui.imports.case_import_dialog import CaseImportDialog  # dialogs load on first use

        dialog = CaseImportDialog(self.window.workspace, self.window)
        dialog.open()  # the import's changes reach the hub: the navigator and the campaign shown reload

    def import_standard(self) -> None:
        from ui.imports.standard_import_dialog import StandardImportDialog

        StandardImportDialog(self.window.workspace, self.window).open()

    def export_results(self) -> None:
        """The export dialog for the campaign in view (workbook and PDF documents)."""
        from ui.exports import ExportDialog  # loaded on first use: it is not needed to start

        if (campaign := self.window.campaign_menu.current()) is None:  # says how to pick or make one
            return
        ExportDialog(self.window.workspace, campaign, self.window.settings, self.window).open()

    def reopen_sheet(self) -> None:
        """The lead sends a submitted sheet back to draft; the reason goes into the audit log."""
        sheet_id = self.window.scoring.sheet_id
        if sheet_id is None:
            messages.inform(
                self.window,
                self.tr("Reopen submitted sheet"),
                self.tr("Open a submitted sheet from the case list first."),
            )
            return
        reason = messages.ask_text(
            self.window, self.tr("Reopen submitted sheet"), self.tr("Reason (kept in the audit log):")
        )
        if reason is None:
            return
        try:
            workspace = self.window.workspace
            changes = reopen_sheet(workspace.db, sheet_id, author=workspace.author, reason=reason)
        except KNOWN_ERRORS as exc:
            show_error(self.window, exc)
            return
        publish(changes, self.window)  # the scoring panel reads its sheet again through on_changed

    def show_history(self) -> QDialog | None:
        """修改记录 of the file in view: who changed what on its sheets, when, and why."""
        from ui.audit.history_dialog import HistoryDialog  # loaded on first use

        subject = self.window.case_list.current_subject()
        if self.window.campaign is None or subject is None:
            messages.inform(
                self.window, self.tr("Change history"), self.tr("Choose a file in the list first.")
            )
            return None
        dialog = HistoryDialog(self.window.workspace, self.window.campaign, subject, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def edit_office(self):
        from ui.documents.office_dialog import OfficeDialog  # loaded on first use

        dialog = OfficeDialog(self.window.workspace, self.window)
        dialog.open()
        return dialog

    def edit_templates(self) -> None:
        from ui.documents.template_dialog import TemplateDialog  # loaded on first use

        TemplateDialog(self.window.workspace, self.window).open()

    def open_arbitration(self) -> ArbitrationDialog | None:
        """复核定分 for the current campaign, beside the main window (non-modal)."""
        from ui.recheck.recheck_dialog import ArbitrationDialog  # loaded on first use

        if (campaign := self.window.campaign_menu.current()) is None:  # says how to pick or make one
            return None
        try:
            dialog = ArbitrationDialog(self.window.workspace, campaign, self.window)
        except KNOWN_ERRORS as exc:
            show_error(self.window, exc)
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.page_requested.connect(self.window.show_scan_page)
        dialog.show()
        return dialog

    def set_language(self, code: str) -> None:
        self.window.settings.language = code
        messages.inform(
            self.window, self.tr("Language"), self.tr("The new language applies when the workbench restarts.")
        )

    def show_about(self) -> None:
        from ui.start.about_dialog import AboutDialog

        AboutDialog(self.window.workspace.path, self.window).open()

    def show_shortcuts(self) -> None:
        from ui.help_dialog import ShortcutsDialog

        ShortcutsDialog(help_rows(), self.window).open()
