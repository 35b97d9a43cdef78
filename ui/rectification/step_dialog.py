"""The small form behind each ledger step: a date, a text and, for verification, who verified.

It only collects values; the ledger dialog hands them to the core, which decides what is allowed.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

REPLY, VERIFY, RETURN, CLOSE = "reply", "verify", "return", "close"


class StepDialog(QDialog):
    """Window-modal; read `when`, `text` and `verifier_name` after `accepted`."""

    def __init__(
        self, kind: str, count: int, *, today: date, verifier: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        titles = {
            REPLY: self.tr("Record the unit's reply"),
            VERIFY: self.tr("Verify the reply"),
            RETURN: self.tr("Return for new rectification"),
            CLOSE: self.tr("Close out"),
        }
        text_labels = {
            REPLY: self.tr("Summary of the written reply:"),
            VERIFY: self.tr("Verification notes:"),
            RETURN: self.tr("Why it goes back (required):"),
            CLOSE: self.tr("Close-out note:"),
        }
        date_labels = {
            REPLY: self.tr("Reply received on:"),
            VERIFY: self.tr("Verified on:"),
            RETURN: self.tr("Returned on:"),
            CLOSE: self.tr("Closed out on:"),
        }
        self.setWindowTitle(titles[kind])
        self.required = kind in (REPLY, RETURN)
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        self.verifier = QLineEdit(verifier)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setMinimumHeight(90)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)

        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("%n line(s) selected.", "", count)))
        form.addRow(date_labels[kind], self.date_edit)
        if kind in (VERIFY, RETURN):
            form.addRow(self.tr("Verifier:"), self.verifier)
        form.addRow(text_labels[kind], self.text)
        form.addRow(buttons)
        self.resize(460, 260)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.ok_button.setEnabled(not self.required or bool(self.text_value))

    @property
    def when(self) -> date:
        d = self.date_edit.date()
        return date(d.year(), d.month(), d.day())

    @property
    def text_value(self) -> str:
        return self.text.toPlainText().strip()

    @property
    def verifier_name(self) -> str:
        return self.verifier.text().strip()
