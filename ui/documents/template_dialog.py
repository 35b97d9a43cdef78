"""Settings → Document templates: the office edits the fixed wording of bulletins and notices.

Each template lists the placeholders it may use (double-click one to insert it). Save checks the
text in the core; a bad one is explained in Chinese and nothing is stored. Reset brings back the text
shipped with the workbench. Below, the Word templates (.docx) the office opens in its word processor
(ui/documents/word_templates.py).
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.changes import hub, publish
from ui.documents.word_templates import WordTemplatesBox
from ui.errors import messages, show_error
from workbench.common.changes import Changes
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.workspace import Workspace
from workbench.exports.template_catalogue import TEMPLATES, placeholders
from workbench.exports.templates import is_customised, reset_template, save_template, template_text

NAME = Qt.ItemDataRole.UserRole


class TemplateDialog(QDialog):
    """One list of templates, the text of the chosen one, its placeholders, Save and Reset."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Document templates"))
        self._name: str | None = None

        self.templates = QListWidget()
        for name, spec in TEMPLATES.items():
            item = QListWidgetItem(QCoreApplication.translate("DocumentTemplates", spec.label))
            item.setData(NAME, name)
            self.templates.addItem(item)
        self.editor = QPlainTextEdit()
        self.editor.setTabChangesFocus(True)
        self.state = QLabel()
        self.placeholders = QListWidget()
        self.placeholders.setMaximumHeight(110)
        self.placeholders.itemDoubleClicked.connect(self.insert_placeholder)
        hint = QLabel(self.tr("One paragraph per line. Double-click a placeholder to insert it."))
        hint.setWordWrap(True)

        self.save_button = QPushButton(self.tr("Save"))
        self.reset_button = QPushButton(self.tr("Reset to shipped text"))
        self.save_button.clicked.connect(self.save)
        self.reset_button.clicked.connect(self.reset)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.reset_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.rejected.connect(self.reject)

        right = QVBoxLayout()
        right.addWidget(self.state)
        right.addWidget(self.editor, 1)
        right.addWidget(hint)
        right.addWidget(QLabel(self.tr("Placeholders you can use:")))
        right.addWidget(self.placeholders)
        top = QHBoxLayout()
        top.addWidget(self.templates, 1)
        top.addLayout(right, 3)
        self.word = WordTemplatesBox(workspace, self)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.word)
        layout.addWidget(buttons)
        self.resize(860, 660)

        self.templates.currentItemChanged.connect(self._on_current_changed)
        self.templates.setCurrentRow(0)
        hub().changed.connect(self.on_changed)
        self._listening = True

    # --- choosing ---------------------------------------------------------------------------------

    @property
    def current_name(self) -> str | None:
        return self._name

    def select(self, name: str) -> None:
        """Show template `name` (tests and callers that know the key)."""
        for row in range(self.templates.count()):
            if self.templates.item(row).data(NAME) == name:
                self.templates.setCurrentRow(row)
                return
        raise KeyError(name)

    def _on_current_changed(self, current: QListWidgetItem | None, previous: QListWidgetItem | None) -> None:
        if current is None:
            return
        if previous is not None and self.editor.document().isModified() and not self._discard_edits():
            self.templates.blockSignals(True)
            self.templates.setCurrentItem(previous)
            self.templates.blockSignals(False)
            return
        self._load(current.data(NAME))

    def _discard_edits(self) -> bool:
        return messages.ask(
            self, self.tr("Document templates"), self.tr("Discard the changes to this template?")
        )

    def _load(self, name: str) -> None:
        self._name = name
        self.editor.setPlainText(template_text(self.workspace.db, name))
        self.editor.document().setModified(False)
        self.placeholders.clear()
        self.placeholders.addItems([f"{{{p}}}" for p in placeholders(name)])
        if not placeholders(name):
            self.placeholders.addItem(self.tr("(none)"))
            self.placeholders.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        own = is_customised(self.workspace.db, name)
        self.state.setText(
            self.tr("This office's own text") if own else self.tr("Text shipped with the workbench")
        )
        self.reset_button.setEnabled(own)

    def insert_placeholder(self, item: QListWidgetItem) -> None:
        if item.text().startswith("{"):
            self.editor.insertPlainText(item.text())
            self.editor.setFocus()

    # --- saving -----------------------------------------------------------------------------------

    def save(self) -> bool:
        """Store the text; a bad one is explained and nothing is stored."""
        if self._name is None:
            return False
        try:
            done = save_template(
                self.workspace.db, self._name, self.editor.toPlainText(), author=self.workspace.author
            )
        except KNOWN_ERRORS as exc:
            show_error(self, exc)
            return False
        self.editor.document().setModified(False)  # stored: on_changed may read it back
        publish(done, self)
        return True

    def reset(self) -> None:
        if self._name is None:
            return
        question = self.tr("Replace this office's text with the text shipped with the workbench?")
        if not messages.ask(self, self.tr("Document templates"), question):
            return
        self.editor.document().setModified(False)  # the user chose to drop this text
        publish(reset_template(self.workspace.db, self._name, author=self.workspace.author), self)

    def on_changed(self, changes: Changes) -> None:
        """From the hub: the template shown was saved or reset (here or by another screen): read it
        again, unless the user is editing it."""
        name = self._name
        if name is None or not (changes.everything or name in changes.settings):
            return
        if not self.editor.document().isModified():
            self._load(name)

    def done(self, result: int) -> None:
        if self._listening:  # a closed dialog stops listening (once: a second disconnect warns)
            self._listening = False
            with contextlib.suppress(RuntimeError, TypeError):
                hub().changed.disconnect(self.on_changed)
        super().done(result)

    def reject(self) -> None:
        if self.editor.document().isModified():
            if not self._discard_edits():
                return
            self.editor.document().setModified(False)
        super().reject()
