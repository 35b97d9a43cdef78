"""Settings → Issuing office: the name, contact and address every numbered document is signed with.

A first-run step: nothing is numbered until it is filled in, and the export dialog opens it when a
bulletin or notice is asked for without it. Save checks the fields in the core (no ×× placeholders);
a bad one is explained in Chinese and nothing is stored.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from ui.changes import publish
from ui.errors import show_error
from workbench.campaigns.office import OfficeProfile, get_office, set_office
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.workspace import Workspace


class OfficeDialog(QDialog):
    saved = Signal(object)  # the OfficeProfile stored

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Issuing office"))
        office = get_office(workspace.db)
        self.name = QLineEdit(office.name if office else "")
        self.name.setPlaceholderText(self.tr("Full name, e.g. 鄂州市司法局"))
        self.contact = QLineEdit(office.contact if office else "")
        self.contact.setPlaceholderText(self.tr("Contact person and phone"))
        self.address = QLineEdit(office.address if office else "")
        for field in (self.name, self.contact, self.address):
            field.setMinimumWidth(320)
        hint = QLabel(
            self.tr(
                "Bulletins and rectification notices are signed with this name and carry the contact "
                "as a note. Nothing is numbered until it is filled in."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Issuing office:"), self.name)
        form.addRow(self.tr("Contact:"), self.contact)
        form.addRow(self.tr("Address:"), self.address)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> OfficeProfile | None:
        try:
            done = set_office(
                self.workspace.db,
                name=self.name.text(),
                contact=self.contact.text(),
                address=self.address.text(),
                author=self.workspace.author,
            )
        except KNOWN_ERRORS as exc:
            show_error(self, exc)
            return None
        publish(done, self)
        office = done.value
        self.saved.emit(office)
        self.accept()
        return office
