"""A path box with a Browse button, opening the platform's own file dialog."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QLineEdit, QPushButton, QWidget


class FileField(QWidget):
    """The file to import; typed, pasted or chosen. `changed` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = ""  # the file dialog's title and filter, set by the owner in its own words
        self.file_filter = ""
        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.browse_button = QPushButton(self.tr("Browse…"))
        self.browse_button.setAutoDefault(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.browse_button)
        self.edit.textChanged.connect(self.changed)
        self.browse_button.clicked.connect(self.browse)

    def path(self) -> Path | None:
        text = self.edit.text().strip().strip('"')
        return Path(text) if text else None

    def set_path(self, path: Path | str | None) -> None:
        self.edit.setText("" if path is None else str(path))

    def browse(self) -> None:
        current = self.path()
        start = str(current.parent if current else Path.home())
        chosen, _ = QFileDialog.getOpenFileName(self, self.caption, start, self.file_filter)
        if chosen:
            self.set_path(chosen)
