"""Opening a database from the GUI: an encrypted one asks for its password until it is right or the user
cancels; once open, today's backup is kept beside it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QWidget

from workbench.common.database_files import DatabaseKeyRequired, WrongDatabaseKey, keep_daily_backups
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.workspace import Workspace

AskPassword = Callable[[Path, str, "QWidget | None"], "str | None"]


class PasswordDialog(QDialog):
    """数据库口令: the password of an encrypted database, with what went wrong the last time."""

    def __init__(self, path: Path, error: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database password"))
        self.setMinimumWidth(380)
        self.prompt = QLabel(
            self.tr("The database {name} is encrypted. Enter its password:").format(name=path.name)
        )
        self.prompt.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = QLabel(error)
        self.error.setStyleSheet("color: #b00020")
        self.error.setVisible(bool(error))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QFormLayout(self)
        layout.addRow(self.prompt)
        layout.addRow(self.tr("Password:"), self.password)
        layout.addRow(self.error)
        layout.addRow(buttons)


def ask_password(path: Path, error: str, parent: QWidget | None) -> str | None:
    dialog = PasswordDialog(path, error, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.password.text()


def open_workspace(
    path: Path, author: str | None = None, parent: QWidget | None = None, ask: AskPassword = ask_password
) -> Workspace | None:
    """The workspace on `path`, asking for the password of an encrypted file (again after a wrong one);
    None when the user cancels. Other errors (locked, damaged, too new) are raised."""
    key, error = None, ""
    while True:
        try:
            return Workspace.open(path, author, key=key, check_later=True)  # the window shows at once
        except DatabaseKeyRequired:
            pass
        except WrongDatabaseKey:
            error = QCoreApplication.translate("OpenDatabase", "Wrong password. Try again.")
        key = ask(path, error, parent)
        if key is None:
            return None


def keep_backups(workspace: Workspace, keep: int) -> str:
    """Today's backup beside the database; a line for the status bar (empty when nothing was made)."""
    try:
        made = keep_daily_backups(workspace, keep)
    except (*KNOWN_ERRORS, OSError) as exc:
        message = getattr(exc, "message", None) or str(exc)
        return QCoreApplication.translate("OpenDatabase", "Daily backup failed: {why}").format(why=message)
    return (
        QCoreApplication.translate("OpenDatabase", "Daily backup saved: {path}").format(path=made)
        if made
        else ""
    )
