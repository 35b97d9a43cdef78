"""The start page (the desktop way in): new database, open one, task package, demo data, recent files."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.errors import messages, show_error
from ui.jobs import Job, ProgressDialog, start_job
from ui.settings import UiSettings
from workbench.common.about import __version__
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.places import DATABASE_SUFFIX, Places, database_file_name
from workbench.common.resources import resource_path

DEMO_FILES = 3000


def app_icon() -> QIcon:
    return QIcon(str(resource_path("icons", "workbench.svg")))


def ask_new_path(parent: QWidget, places: Places) -> Path | None:
    """Where the new database goes: a save dialog in the documents folder (tests replace this)."""
    places.documents.mkdir(parents=True, exist_ok=True)
    name, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("StartPage", "New database"),
        str(
            places.documents / (QCoreApplication.translate("StartPage", "Review campaign") + DATABASE_SUFFIX)
        ),
        QCoreApplication.translate("StartPage", "Workbench database (*.sqlite)"),
        options=QFileDialog.Option.DontConfirmOverwrite,  # we refuse existing files ourselves
    )
    return Path(name) if name else None


def choose_new_database(parent: QWidget, places: Places) -> Path | None:
    """A path for a new database the user named, valid on Windows too, never an existing file."""
    path = ask_new_path(parent, places)
    if path is None:
        return None
    try:
        path = path.with_name(database_file_name(path.name))  # adds .sqlite
    except KNOWN_ERRORS as exc:
        show_error(parent, exc)
        return None
    if path.exists():  # never over an existing file: it may be someone's work
        messages.warn(
            parent,
            QCoreApplication.translate("StartPage", "New database"),
            QCoreApplication.translate(
                "StartPage", "{path} already exists: choose another name, or open it."
            ).format(path=path),
        )
        return None
    return path


class StartPage(QWidget):
    """Shown when the app starts without a database; emits the database the user chose."""

    database_chosen = Signal(Path)

    def __init__(self, settings: UiSettings, places: Places | None = None) -> None:
        super().__init__()
        self.settings = settings
        self.places = places or Places.for_user()
        self.demo_job: Job | None = None
        self.setWindowTitle(self.tr("Case Review Workbench"))
        self.setWindowIcon(app_icon())

        title = QLabel(self.tr("Case Review Workbench"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        subtitle = QLabel(self.tr("Version {version}").format(version=__version__))
        subtitle.setObjectName("version")

        self.new_button = self._button(
            self.tr("New database…"), self.tr("Start an empty database for a new review campaign.")
        )
        self.open_button = self._button(self.tr("Open database…"), self.tr("Continue with a database file."))
        self.package_button = self._button(
            self.tr("Open task package…"), self.tr("Work on files a lead sent you.")
        )
        self.demo_button = self._button(
            self.tr("Try the demo data"),
            self.tr("A made-up campaign of {n} files, to look around safely.").format(n=DEMO_FILES),
        )
        self.new_button.clicked.connect(self.new_database)
        self.open_button.clicked.connect(self.open_database)
        self.demo_button.clicked.connect(self.open_demo)
        self.package_button.clicked.connect(lambda: self.open_package())

        actions = QVBoxLayout()
        for button in (self.new_button, self.open_button, self.package_button, self.demo_button):
            actions.addWidget(button)
        actions.addStretch(1)

        self.recent_list = QListWidget()
        self.recent_list.setObjectName("recent_files")
        self.recent_list.setSpacing(3)  # each entry is two lines: the name, then its folder
        self.recent_list.setAlternatingRowColors(True)
        self.recent_list.itemActivated.connect(self._open_recent)
        self.no_recent = QLabel(self.tr("Databases you open will be listed here."))
        self.no_recent.setWordWrap(True)
        heading = QLabel(self.tr("Recent databases"))
        bold = QFont(heading.font())
        bold.setBold(True)
        heading.setFont(bold)
        recent = QVBoxLayout()
        recent.addWidget(heading)
        recent.addWidget(self.no_recent)
        recent.addWidget(self.recent_list, 1)
        recent.addStretch()  # keeps the heading at the top while the list is hidden
        self.folder_label = QLabel(
            self.tr("New databases are proposed in {folder}").format(folder=self.places.documents)
        )
        self.folder_label.setWordWrap(True)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        columns = QHBoxLayout()
        columns.addLayout(actions, 2)
        columns.addSpacing(24)
        columns.addLayout(recent, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(title)
        layout.addWidget(subtitle)
        layout.addSpacing(16)
        layout.addLayout(columns, 1)
        layout.addWidget(self.folder_label)
        self.load_recent()
        self.resize(960, 600)

    @staticmethod
    def _button(title: str, description: str) -> QCommandLinkButton:
        button = QCommandLinkButton(title, description)
        button.setMinimumWidth(320)
        return button

    # --- recent files -----------------------------------------------------------------------------

    def load_recent(self) -> None:
        self.recent_list.clear()
        for name in self.settings.recent():
            path = Path(name)
            item = QListWidgetItem(f"{path.name}\n{path.parent}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(name)
            if not path.is_file():
                item.setText(self.tr("{name} (not found)").format(name=path.name) + f"\n{path.parent}")
                item.setForeground(self.palette().placeholderText())
            self.recent_list.addItem(item)
        self.no_recent.setVisible(self.recent_list.count() == 0)
        self.recent_list.setVisible(self.recent_list.count() > 0)

    def _open_recent(self, item: QListWidgetItem) -> None:
        name = str(item.data(Qt.ItemDataRole.UserRole))
        if not Path(name).is_file():
            messages.warn(
                self,
                self.tr("Open database"),
                self.tr("{path} no longer exists (moved, renamed or on a drive not connected).").format(
                    path=name
                ),
            )
            self.settings.remove_recent(name)
            self.load_recent()
            return
        self.database_chosen.emit(Path(name))

    # --- the four ways in -------------------------------------------------------------------------

    def ask_open_path(self) -> Path | None:
        folder = self.places.documents if self.places.documents.is_dir() else Path.home()
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(folder), self.tr("Workbench database (*.sqlite);;*")
        )
        return Path(name) if name else None

    def new_database(self) -> None:
        if (path := choose_new_database(self, self.places)) is not None:
            self.database_chosen.emit(path)

    def open_package(self, package: Path | None = None) -> QDialog:
        """A reviewer's way in: the task package from the stick and its passphrase make their copy, which
        then opens like any database."""
        from ui.exchange.open_dialog import OpenTaskDialog

        dialog = OpenTaskDialog(self)
        if package is not None:
            dialog.file.set_path(package)
        dialog.opened.connect(lambda path: self.database_chosen.emit(Path(path)))
        dialog.open()
        return dialog

    def open_database(self) -> None:
        if (path := self.ask_open_path()) is not None:
            self.database_chosen.emit(path)

    def open_demo(self) -> None:
        """Open the demo database, creating it first (in the background, with progress) if needed."""
        path = self.places.demo_database
        if path.is_file():
            self.database_chosen.emit(path)
            return
        from workbench.demo.database import create_demo_database  # the generator: not at every start

        job = Job(create_demo_database, path, files=DEMO_FILES)
        self.demo_progress = ProgressDialog(self.tr("Creating the demo data…"), job, self)
        self.demo_progress.setMaximum(4)
        job.signals.finished.connect(lambda _summary: self._demo_done(path, None))
        job.signals.failed.connect(lambda exc: self._demo_done(path, exc))
        self.demo_button.setEnabled(False)
        self.demo_job = start_job(job, writes=True)

    def _demo_done(self, path: Path, error: BaseException | None) -> None:
        self.demo_button.setEnabled(True)
        self.demo_job = None
        if error is None:
            self.database_chosen.emit(path)
        else:
            show_error(self, error)  # Cancelled says nothing; the partial file is already gone
