"""The Word templates (.docx) in Settings → Document templates: open the office's copy in the system's word
processor, check it, or go back to the shipped one.

The office's copy lives beside the database (workbench.exports.docx.templates.office_copy); Open makes it
the first time. Check reads its placeholders as an export would, and says what is wrong with the
placeholder named; an export refuses a bad template the same way before any notice number is taken.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.errors import messages, show_error
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.workspace import Workspace
from workbench.exports.docx.templates import (
    WORD_TEMPLATES,
    check_docx_template,
    is_office_copy,
    office_copy,
    restore_shipped,
    template_path,
)

KIND = Qt.ItemDataRole.UserRole


class WordTemplatesBox(QGroupBox):
    """The three .docx templates, each marked shipped or this office's own, with Open, Check and Restore."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setTitle(self.tr("Word templates (.docx)"))
        self.files = QListWidget()
        self.files.setMaximumHeight(90)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open in word processor"))
        self.check_button = QPushButton(self.tr("Check"))
        self.restore_button = QPushButton(self.tr("Restore shipped template"))
        for button, slot in (
            (self.open_button, self.open_selected),
            (self.check_button, self.check_selected),
            (self.restore_button, self.restore_selected),
        ):
            button.setAutoDefault(False)
            button.clicked.connect(slot)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.files)
        layout.addWidget(self.where)
        layout.addLayout(buttons)
        self.files.currentItemChanged.connect(lambda *_: self._update())
        self.refresh()
        self.files.setCurrentRow(0)

    def refresh(self) -> None:
        current = self.current_kind
        self.files.clear()
        for kind, spec in WORD_TEMPLATES.items():
            own = is_office_copy(self.workspace.db, kind)
            state = self.tr("this office's copy") if own else self.tr("shipped")
            item = QListWidgetItem(f"{spec.file} — {state}")
            item.setData(KIND, kind)
            self.files.addItem(item)
            if kind == current:
                self.files.setCurrentItem(item)
        self._update()

    @property
    def current_kind(self) -> str | None:
        item = self.files.currentItem() if hasattr(self, "files") else None
        return None if item is None else item.data(KIND)

    def select(self, kind: str) -> None:
        for row in range(self.files.count()):
            if self.files.item(row).data(KIND) == kind:
                self.files.setCurrentRow(row)
                return
        raise KeyError(kind)

    def _update(self) -> None:
        kind = self.current_kind
        own = kind is not None and is_office_copy(self.workspace.db, kind)
        self.restore_button.setEnabled(own)
        self.check_button.setEnabled(kind is not None)
        self.open_button.setEnabled(kind is not None)
        if kind is not None:
            self.where.setText(str(template_path(self.workspace.db, kind)))

    def open_selected(self) -> None:
        """Open the office's copy (made from the shipped one the first time) in the word processor."""
        kind = self.current_kind
        if kind is None:
            return
        try:
            path = office_copy(self.workspace.db, kind)
        except KNOWN_ERRORS as exc:
            show_error(self, exc)
            return
        self.refresh()
        self.open_file(path)

    def open_file(self, path: Path) -> None:
        """Hand the file to the system's word processor (tests replace this)."""
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

    def check_selected(self) -> bool:
        kind = self.current_kind
        if kind is None:
            return False
        try:
            path = check_docx_template(self.workspace.db, kind)
        except KNOWN_ERRORS as exc:
            show_error(self, exc)
            return False
        messages.inform(
            self, self.tr("Word templates"), self.tr("{file} can be used.").format(file=path.name), str(path)
        )
        return True

    def restore_selected(self) -> None:
        kind = self.current_kind
        if kind is None or not is_office_copy(self.workspace.db, kind):
            return
        question = self.tr("Delete this office's copy and use the template shipped with the workbench?")
        if not messages.ask(self, self.tr("Word templates"), question):
            return
        try:
            restore_shipped(self.workspace.db, kind)
        except KNOWN_ERRORS as exc:
            show_error(self, exc)
        self.refresh()
