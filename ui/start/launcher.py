"""Which window the app shows: the start page, or the main window on a database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from ui.errors import messages
from ui.files.open_database import keep_backups
from ui.main_window import MainWindow
from ui.settings import UiSettings
from ui.start.opening import open_workspace, release_all
from ui.start.start_page import StartPage, app_icon


class Launcher(QObject):
    """Owns the start page and the first main window; a window may hand over to a successor."""

    def __init__(self, settings: UiSettings) -> None:
        super().__init__()
        self.settings = settings
        self.start_page: StartPage | None = None
        self.window: MainWindow | None = None

    def show_start(self) -> StartPage:
        if self.start_page is None:
            self.start_page = StartPage(self.settings)
            self.start_page.database_chosen.connect(self.open)
        self.start_page.load_recent()
        self.start_page.show()
        return self.start_page

    def open(self, path: Path) -> MainWindow | None:
        """The main window on `path`; None (the start page stays) when it cannot be opened."""
        workspace = open_workspace(path, self.start_page, self.settings)
        if workspace is None:
            return None
        self.window = MainWindow(workspace, self.settings)
        self.window.setWindowIcon(app_icon())
        self.window.refused.connect(self.show_start)
        self.window.report_backup(keep_backups(workspace, self.settings.backup_days))
        self.window.show()
        if self.start_page is not None:
            self.start_page.close()
        return self.window

    def explain_package(self, path: Path) -> None:
        """A package double-clicked in the file manager: a task package opens into the reviewer's copy;
        a result package is merged by the organiser from their database (活动 → 合并回收包)."""
        page = self.show_start()
        if path.suffix.lower() == ".wbtask":
            page.open_package(path)
            return
        messages.inform(
            page,
            self.tr("Result package"),
            self.tr(
                "{name} is a result package: open the campaign's database, then Campaign → Merge result "
                "package…"
            ).format(name=path.name),
        )

    def last_window(self) -> MainWindow | None:
        window = self.window
        while window is not None and window.successor is not None:  # File → Open database
            window = window.successor
        return window

    def close(self) -> None:
        """After the event loop: close the last database and give up the locks."""
        if (window := self.last_window()) is not None:
            window.workspace.close()
        release_all()
