"""The login dialog (name with completion, password, errors inline) and the new-account dialog."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ui.errors import user_message
from workbench.accounts import Account, add_account, authenticate, list_accounts
from workbench.common.errors import UserError
from workbench.common.kinds import Role
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.workspace import Workspace


def role_label(role: Role) -> str:
    labels = {
        Role.ADMIN: QCoreApplication.translate("Roles", "Administrator"),
        Role.LEAD: QCoreApplication.translate("Roles", "Lead"),
        Role.REVIEWER: QCoreApplication.translate("Roles", "Reviewer"),
    }
    return labels[role]


def role_labels(roles: frozenset[Role]) -> str:
    return QCoreApplication.translate("Roles", ", ").join(role_label(r) for r in Role if r in roles)


def _error_label() -> QLabel:
    label = QLabel()
    label.setObjectName("error")
    label.setStyleSheet("color: #b3261e;")
    label.setWordWrap(True)
    label.hide()
    return label


def _show(label: QLabel, exc: BaseException) -> None:
    label.setText(user_message(exc) if isinstance(exc, UserError) else str(exc))
    label.show()


class LoginDialog(QDialog):
    """Who is working: an account's name (completed from the active accounts) and its password."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.account: Account | None = None
        self.setWindowTitle(self.tr("Sign in — {name}").format(name=workspace.path.name))
        names = [a.name for a in list_accounts(workspace.db) if not a.disabled]
        self.name = QLineEdit()
        completer = QCompleter(names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.name.setCompleter(completer)
        if workspace.author in names:
            self.name.setText(workspace.author)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        intro = QLabel(self.tr("This database has accounts. Sign in to work in it."))
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Password:"), self.password)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(380)
        (self.password if self.name.text() else self.name).setFocus()

    def accept(self) -> None:
        try:
            self.account = authenticate(self.workspace.db, self.name.text(), self.password.text())
        except KNOWN_ERRORS as exc:
            self.password.clear()
            self.password.setFocus()
            _show(self.error, exc)
            return
        super().accept()


class NewAccountDialog(QDialog):
    """A new account: name, department, roles, the password twice. The first account of a database is
    its 管理员; the dialog then explains why it is offered, and Cancel means "not now"."""

    def __init__(self, workspace: Workspace, *, first: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.created: str | None = None  # the name of the account made
        self.setWindowTitle(self.tr("Create the administrator account") if first else self.tr("New account"))
        self.name = QLineEdit()
        self.department = QLineEdit()
        self.roles = {role: QCheckBox(role_label(role)) for role in Role}
        if first:
            self.name.setText(workspace.author)
            self.roles[Role.ADMIN].setChecked(True)
            self.roles[Role.ADMIN].setEnabled(False)  # the first account must be able to manage the rest
        else:
            self.roles[Role.REVIEWER].setChecked(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create account"))
        if first:
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Not now"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        if first:
            intro = QLabel(
                self.tr(
                    "This database has no accounts: whoever opens it may do everything. Create the "
                    "administrator account now to have everyone sign in and work in their role "
                    "(administrator, lead, reviewer). You will not be asked again for this database."
                )
            )
            intro.setWordWrap(True)
            layout.addWidget(intro)
        roles = QHBoxLayout()
        for box in self.roles.values():
            roles.addWidget(box)
        roles.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Department:"), self.department)
        form.addRow(self.tr("Roles:"), roles)
        form.addRow(self.tr("Password (8 characters or more):"), self.password)
        form.addRow(self.tr("Password again:"), self.repeat)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(460)

    def accept(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords differ."))
            self.error.show()
            return
        roles = [role for role, box in self.roles.items() if box.isChecked()]
        try:
            add_account(
                self.workspace.db,
                self.name.text(),
                roles,
                self.password.text(),
                actor=self.workspace.author,
                department=self.department.text().strip() or None,
            )
        except KNOWN_ERRORS as exc:
            _show(self.error, exc)
            return
        self.created = self.name.text().strip()
        super().accept()
