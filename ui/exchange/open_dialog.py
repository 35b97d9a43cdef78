"""文件 → 打开任务包…: the reviewer opens the package from the USB stick with the passphrase; the copy
is made (or refreshed) on this laptop, never on the stick."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.jobs import Job, JobRunner
from ui.widgets.file_field import FileField
from ui.widgets.message_line import MessageLine
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.exchange.copy import OpenedTask, open_task_package
from workbench.exchange.sealing import read_header


def copies_folder() -> Path:
    documents = Path.home() / "Documents"
    return (documents if documents.is_dir() else Path.home()) / "案卷评查"


class OpenTaskDialog(QDialog):
    opened = Signal(object)  # the copy's path

    def __init__(self, parent: QWidget | None = None, copy_path: Path | None = None) -> None:
        super().__init__(parent)
        self.result: OpenedTask | None = None
        self.setWindowTitle(self.tr("Open a task package"))
        self.file = FileField()
        self.file.caption = self.tr("Choose a task package")
        self.file.file_filter = self.tr("Task package (*.wbtask)")
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX")
        self.copy = QLineEdit("" if copy_path is None else str(copy_path))
        browse = QPushButton(self.tr("Browse…"))
        browse.setAutoDefault(False)
        browse.clicked.connect(self.choose_copy)
        copy_row = QHBoxLayout()
        copy_row.addWidget(self.copy, 1)
        copy_row.addWidget(browse)
        self.message = MessageLine()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        self.open_button = buttons.button(QDialogButtonBox.StandardButton.Open)
        self.runner = JobRunner(self, self.message)
        form = QFormLayout()
        form.addRow(self.tr("Task package:"), self.file)
        form.addRow(self.tr("Passphrase:"), self.passphrase)
        form.addRow(self.tr("Your copy on this computer:"), copy_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(640, 200)
        buttons.accepted.connect(self.start)
        buttons.rejected.connect(self.reject)
        self.file.changed.connect(self.suggest_copy)

    def suggest_copy(self) -> None:
        """Name the copy after the campaign and reviewer the package's clear header names."""
        path = self.file.path()
        if path is None or not path.is_file() or self.copy.isModified():
            return
        try:
            header, _, _ = read_header(path)
        except KNOWN_ERRORS as exc:
            self.message.error(str(exc))
            return
        self.message.clear()
        safe = "".join(
            "_" if c in '\\/:*?"<>|' else c for c in f"{header.campaign_name}-{header.reviewer_name}"
        )
        self.copy.setText(str(copies_folder() / f"{safe}-评查副本.sqlite"))

    def choose_copy(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Your copy"), self.copy.text(), self.tr("Workbench database (*.sqlite)")
        )
        if chosen:
            self.copy.setText(chosen)
            self.copy.setModified(True)

    def start(self) -> None:
        package, copy = self.file.path(), self.copy.text().strip()
        if package is None or not copy:
            self.message.error(self.tr("Choose the package and where your copy goes."))
            return
        if not self.passphrase.text().strip():
            self.message.error(self.tr("Type the passphrase the organiser gave you."))
            return
        Path(copy).parent.mkdir(parents=True, exist_ok=True)
        job = Job(open_task_package, Path(copy), package, self.passphrase.text())
        self.runner.run(
            job,
            self.tr("Opening the task package…"),
            writes=True,
            after=self.copy_ready,
            cancelled=self.tr("Cancelled."),
        )

    def copy_ready(self, result: OpenedTask) -> None:
        self.result = result
        self.opened.emit(Path(self.copy.text().strip()))
        self.accept()
