"""帮助 → 关于: the version, the database schema, and where this user's files are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from workbench.common.about import SCHEMA_VERSION, __version__
from workbench.common.places import Places


class AboutDialog(QDialog):
    def __init__(self, database: Path | None, parent: QWidget | None = None, places: Places | None = None):
        super().__init__(parent)
        places = places or Places.for_user()
        self.setWindowTitle(self.tr("About the Case Review Workbench"))
        form = QFormLayout()
        self.fields: dict[str, str] = {}
        rows = [
            ("version", self.tr("Version"), __version__),
            ("schema", self.tr("Database schema version"), str(SCHEMA_VERSION)),
            ("database", self.tr("Open database"), str(database) if database else self.tr("none")),
            ("documents", self.tr("Data folder"), str(places.documents)),
            ("settings", self.tr("Settings"), str(places.settings_file)),
            ("logs", self.tr("Log folder"), str(places.logs)),
        ]
        for key, label, value in rows:
            field = QLabel(value)
            field.setObjectName(key)
            field.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(label, field)
            self.fields[key] = value
        heading = QLabel(self.tr("<b>Case Review Workbench</b> — offline case-file reviews and supervision"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.logs_button = buttons.addButton(
            self.tr("Open log folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.logs_button.clicked.connect(lambda: self._reveal(places.logs))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @staticmethod
    def _reveal(folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))  # the platform's file manager
