"""QApplication set-up: language, font, crash handling, then the start page or a database's window."""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from ui.errors import install_excepthook
from ui.main_window import MainWindow
from ui.settings import UiSettings
from ui.start.launcher import Launcher
from ui.start.start_page import StartPage, app_icon
from workbench.common.about import version_line
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.resources import resource_path
from workbench.common.workspace import Workspace

TRANSLATIONS = resource_path("translations")
PACKAGE_SUFFIXES = {".wbtask", ".wbresult"}  # task and result packages (the desktop entry's MIME types)
# One CJK family first, so screens look the same on every laptop and in CI (STYLE §6: Qt's own
# fallback pick among several CJK fonts is unpredictable).
FONT_FAMILIES = ["Microsoft YaHei UI", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "PingFang SC"]


def install_translators(app: QApplication, lang: str) -> list[QTranslator]:
    """Chinese first; English from the same catalogues. Qt's own strings from its shipped catalogue."""
    QLocale.setDefault(QLocale(lang))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    installed = []
    for name, folder in (("qtbase", qt_dir), ("workbench", str(TRANSLATIONS))):
        translator = QTranslator(app)  # parented to app: an unreferenced translator is collected
        if translator.load(QLocale(lang), name, "_", folder):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def _scratch_settings() -> Path:
    return Path(tempfile.mkdtemp(prefix="workbench-shot-")) / "settings.ini"


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="workbench-gui")
    p.add_argument("--version", action="version", version=version_line())
    p.add_argument("file", type=Path, nargs="?", default=None, help="a database (what the desktop passes)")
    p.add_argument("--db", type=Path, default=None, help="open this database (without it: the start page)")
    p.add_argument("--lang", default=None, help="zh_CN (default) or en; remembered in settings otherwise")
    p.add_argument(
        "--screenshot",
        type=Path,
        default=None,
        help="save a PNG (start page, or with --db a scored file) and exit",
    )
    p.add_argument("--size", type=_size, default=None, help="window size as WIDTHxHEIGHT, e.g. 1366x768")
    p.add_argument("--no-crash-dialog", action="store_true", help="log unexpected errors without a dialog")
    return p.parse_args(argv)


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    try:
        return int(width), int(height)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not WIDTHxHEIGHT: {text}") from None


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    args.db = args.db or args.file
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("案卷评查工作台")
    app.setOrganizationName("CaseReviewWorkbench")
    app.setWindowIcon(app_icon())
    font = QFont(app.font())
    font.setFamilies(FONT_FAMILIES)
    app.setFont(font)
    # a screenshot is taken with default layout and settings, and leaves the user's settings alone
    settings = UiSettings(
        QSettings(str(_scratch_settings()), QSettings.Format.IniFormat) if args.screenshot else None
    )
    install_translators(app, args.lang or settings.language)
    install_excepthook(dialog=not (args.no_crash_dialog or args.screenshot))
    if args.screenshot:
        return _screenshot(app, args.db, args.screenshot, settings, args.size)
    launcher = Launcher(settings)
    if args.db is not None and args.db.suffix.lower() in PACKAGE_SUFFIXES:
        launcher.explain_package(args.db)
    elif args.db is None or launcher.open(args.db) is None:  # a bad --db was explained: offer the rest
        launcher.show_start()
    code = app.exec()
    launcher.close()
    return code


def _screenshot(
    app: QApplication, db: Path | None, out: Path, settings: UiSettings, size: tuple[int, int] | None = None
) -> int:
    """Render the start page (no --db) or the main window on a scored file to `out`, then exit."""
    if db is None:
        page = StartPage(settings)
        page.resize(1000, 620)
        page.show()
        QTimer.singleShot(300, lambda: (page.grab().save(str(out)), app.quit()))
        return app.exec()
    try:
        workspace = Workspace.open(db)
    except KNOWN_ERRORS as exc:
        print(exc.message, file=sys.stderr)
        return 2
    window = MainWindow(workspace, settings)
    window.resize(*(size or (1600, 900)))
    window.show()

    def shoot() -> None:
        window.select_first_file()
        QTimer.singleShot(400, lambda: (window.grab().save(str(out)), app.quit()))

    def when_settled() -> None:  # the totals and the navigator's counts belong in the picture
        if window.busy():
            QTimer.singleShot(50, when_settled)
        else:
            shoot()

    when_settled()
    code = app.exec()
    workspace.close()
    return code
