"""The login dialog (name with completion, password, errors inline) and the new-account dialog."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.accounts.roles import role_label, role_labels
from ui.changes import publish
from ui.errors import user_message
from workbench.accounts import (
    Account,
    add_account,
    authenticate,
    disable_account,
    list_accounts,
    set_password,
    set_roles,
)
from workbench.common.changes import Changes
from workbench.common.errors import UserError
from workbench.common.kinds import Role
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.workspace import Workspace


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
            done = add_account(
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
        publish(done, self)
        self.created = self.name.text().strip()
        super().accept()


class PasswordDialog(QDialog):
    """A new password for one account, typed twice: one's own, or anyone's for a 管理员."""

    def __init__(self, workspace: Workspace, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.account_name = workspace, name
        self.setWindowTitle(self.tr("New password for {name}").format(name=name))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.error = _error_label()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Password (8 characters or more):"), self.password)
        form.addRow(self.tr("Password again:"), self.repeat)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)

    def accept(self) -> None:
        if self.password.text() != self.repeat.text():
            self.error.setText(self.tr("The two passwords differ."))
            self.error.show()
            return
        try:
            changes = set_password(
                self.workspace.db, self.account_name, self.password.text(), actor=self.workspace.author
            )
        except KNOWN_ERRORS as exc:
            _show(self.error, exc)
            return
        publish(changes, self)
        super().accept()


class AccountsDialog(QDialog):
    """The 管理员's list of accounts: add one, set a password, change roles, disable."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Accounts"))
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Name"), self.tr("Department"), self.tr("Roles"), self.tr("State")]
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.roles = {role: QCheckBox(role_label(role)) for role in Role}
        self.error = _error_label()
        buttons = QHBoxLayout()
        for text, slot in (
            (self.tr("New account…"), self.add),
            (self.tr("Set password…"), self.set_password),
            (self.tr("Save roles"), self.save_roles),
            (self.tr("Disable"), self.disable),
        ):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        roles = QHBoxLayout()
        roles.addWidget(QLabel(self.tr("Roles of the selected account:")))
        for box in self.roles.values():
            roles.addWidget(box)
        roles.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addLayout(roles)
        layout.addLayout(buttons)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.table.itemSelectionChanged.connect(self._show_roles)
        self.resize(640, 400)
        self.reload()

    def reload(self) -> None:
        self.accounts = list_accounts(self.workspace.db)
        self.table.setRowCount(len(self.accounts))
        for row, account in enumerate(self.accounts):
            state = self.tr("Disabled") if account.disabled else self.tr("Active")
            cells = (account.name, account.department, role_labels(account.roles), state)
            for column, text in enumerate(cells):
                self.table.setItem(row, column, QTableWidgetItem(text))
        self.table.resizeColumnsToContents()

    def selected(self) -> Account | None:
        rows = self.table.selectionModel().selectedRows()
        return self.accounts[rows[0].row()] if rows else None

    def _show_roles(self) -> None:
        account = self.selected()
        for role, box in self.roles.items():
            box.setChecked(account is not None and account.has(role))

    def _run(self, action: Callable[[], Changes]) -> bool:
        try:
            changes = action()
        except KNOWN_ERRORS as exc:
            _show(self.error, exc)
            return False
        publish(changes, self)
        self.error.hide()
        self.reload()
        return True

    def add(self) -> None:
        dialog = NewAccountDialog(self.workspace, parent=self)
        dialog.accepted.connect(self.reload)
        dialog.open()

    def set_password(self) -> None:
        if (account := self.selected()) is not None:
            PasswordDialog(self.workspace, account.name, self).open()

    def save_roles(self) -> None:
        if (account := self.selected()) is None:
            return
        chosen = [role for role, box in self.roles.items() if box.isChecked()]
        self._run(lambda: set_roles(self.workspace.db, account.name, chosen, actor=self.workspace.author))

    def disable(self) -> None:
        if (account := self.selected()) is not None:
            self._run(lambda: disable_account(self.workspace.db, account.name, actor=self.workspace.author))
