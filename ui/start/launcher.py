"""Which window the app shows: the start page, or the main window on a database."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject

from ui.errors import messages
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
        self.window.show()
        if self.start_page is not None:
            self.start_page.close()
        return self.window

    def explain_package(self, path: Path) -> None:
        """A task or result package double-clicked in the file manager: not readable yet, say so."""
        page = self.show_start()
        messages.inform(
            page,
            self.tr("Open task package"),
            self.tr(
                "{name} is a task or result package; opening packages will come in a later version."
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
