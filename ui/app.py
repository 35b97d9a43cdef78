"""QApplication set-up: language, fonts, crash handling, and the main window on one database."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow
from workbench.errors import UserError
from workbench.workspace import Workspace

TRANSLATIONS = Path(__file__).resolve().parents[1] / "resources" / "translations"


def install_translators(app: QApplication, lang: str) -> None:
    """Chinese first; English from the same catalogues. Qt's own strings from its shipped catalogue."""
    QLocale.setDefault(QLocale(lang))
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in (("qtbase", qt_dir), ("workbench", str(TRANSLATIONS))):
        translator = QTranslator(app)  # parented to app: an unreferenced translator is collected
        if translator.load(QLocale(lang), name, "_", folder):
            app.installTranslator(translator)


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    p = argparse.ArgumentParser(prog="workbench-gui")
    p.add_argument("--db", type=Path, default=Path("demo.sqlite"), help="database file")
    p.add_argument("--lang", default="zh_CN", help="zh_CN (default) or en")
    p.add_argument("--screenshot", type=Path, default=None, help="render the window to a PNG and exit")
    return p.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("案卷评查工作台")
    app.setOrganizationName("CaseReviewWorkbench")
    install_translators(app, args.lang)
    try:
        workspace = Workspace.open(args.db)
    except UserError as exc:
        print(exc.message, file=sys.stderr)
        return 2
    window = MainWindow(workspace)
    window.resize(1200, 760)
    window.show()
    if args.screenshot:
        QTimer.singleShot(300, lambda: (window.grab().save(str(args.screenshot)), app.quit()))
    code = app.exec()
    workspace.close()
    return code
