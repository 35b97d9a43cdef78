"""The window's commands about which database is open and who works in it: open, new, switch user,
accounts, own password, backups. The window keeps its layout and the campaign's work."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog, QInputDialog

from ui.errors import messages, show_error
from ui.files.open_database import keep_backups
from ui.start.opening import open_workspace, release
from workbench.accounts import has_accounts
from workbench.common.database_files import back_up
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.places import Places

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class DatabaseCommands(QObject):
    """File → open, new, back up, switch user; Settings → accounts, backups to keep."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def open_database(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open database"),
            str(self.window.workspace.path.parent),
            self.tr("Workbench database (*.sqlite)"),
        )
        if path:
            self.switch_to(Path(path))

    def switch_user(self) -> MainWindow | None:
        """Sign out and show the login again; the window reopens for whoever signs in, or closes."""
        self.window.hide()
        successor = self.switch_to(self.window.workspace.path)
        if successor is None:
            self.window.close()
        return successor

    def manage_accounts(self) -> QDialog:
        """The 管理员's accounts list; in a database without accounts, the first (管理员) account, which
        the person at the keyboard then works as."""
        from ui.accounts.dialogs import AccountsDialog, NewAccountDialog  # loaded on first use

        if has_accounts(self.window.workspace.db):
            dialog: QDialog = AccountsDialog(self.window.workspace, self.window)
        else:
            first = NewAccountDialog(self.window.workspace, first=True, parent=self.window)
            first.accepted.connect(lambda: self.work_as(first.created or self.window.workspace.author))
            dialog = first
        dialog.finished.connect(lambda _result: self.window.apply_roles())
        dialog.open()
        return dialog

    def work_as(self, name: str) -> None:
        self.window.workspace.author = name
        self.window.apply_roles()

    def change_password(self) -> None:
        from ui.accounts.dialogs import PasswordDialog  # loaded on first use

        PasswordDialog(self.window.workspace, self.window.workspace.author, self.window).open()

    def new_database(self) -> None:
        from ui.start.start_page import choose_new_database  # loaded on first use

        if (path := choose_new_database(self.window, Places.for_user())) is not None:
            self.switch_to(path)

    def switch_to(self, path: Path) -> MainWindow | None:
        """Open another database in a new window once someone may work in it (its password given and
        signed in, if it has accounts), and close this one (its edits are already stored)."""
        from ui.main_window import MainWindow  # the window module imports this one

        workspace = open_workspace(path, self.window, self.window.settings, self.window.workspace.author)
        if workspace is None:
            return None
        self.window.successor = MainWindow(workspace, self.window.settings)
        self.window.successor.report_backup(keep_backups(workspace, self.window.settings.backup_days))
        self.window.successor.resize(self.window.size())
        self.window.successor.show()
        self.window.close()
        if Path(path).resolve() != self.window.workspace.path.resolve():  # switching user keeps the lock
            release(self.window.workspace.path)
        return self.window.successor

    def back_up_database(self, target: Path | None = None) -> Path | None:
        """A consistent copy of the open database, taken while it stays open (encrypted if it is)."""
        if target is None:
            suggested = self.window.workspace.path.with_name(
                f"{self.window.workspace.path.stem}-{date.today().isoformat()}.sqlite"
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Back up database"),
                str(suggested),
                self.tr("Workbench database (*.sqlite)"),
            )
            if not chosen:
                return None
            target = Path(chosen)
        if target.resolve() == self.window.workspace.path.resolve():
            messages.warn(
                self.window, self.tr("Back up database"), self.tr("Choose a file other than the database.")
            )
            return None
        try:
            made = back_up(self.window.workspace, target)
        except (*KNOWN_ERRORS, OSError) as exc:
            show_error(self.window, exc)
            return None
        self.window.statusBar().showMessage(self.tr("Backup saved: {path}").format(path=made), 10000)
        return made

    def set_backup_days(self) -> None:
        days, ok = QInputDialog.getInt(
            self.window,
            self.tr("Daily backups"),
            self.tr("Daily backups to keep beside the database (0: none):"),
            self.window.settings.backup_days,
            0,
            365,
        )
        if ok:
            self.window.settings.backup_days = days
