"""Who works in a database the GUI opens: a signed-in account, or the one user of a database without."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from ui.accounts.dialogs import LoginDialog, NewAccountDialog
from ui.settings import UiSettings
from workbench.accounts import has_accounts
from workbench.common.workspace import Workspace


def sign_in(workspace: Workspace, settings: UiSettings, parent: QWidget | None = None) -> bool:
    """True when the user may go on. With accounts, the login dialog decides and its account becomes
    the workspace's user. Without, the first open offers once to create the 管理员 account."""
    if has_accounts(workspace.db):
        login = LoginDialog(workspace, parent)
        if login.exec() != QDialog.DialogCode.Accepted or login.account is None:
            return False
        workspace.author = login.account.name
        return True
    database = str(workspace.path.resolve())
    if settings.admin_offer_declined(database):
        return True
    offer = NewAccountDialog(workspace, first=True, parent=parent)
    if offer.exec() == QDialog.DialogCode.Accepted and offer.created:
        workspace.author = offer.created
    else:
        settings.decline_admin_offer(database)
    return True
