"""Select a file in the case list and paint its score sheet, against a plain QTreeView of the same rows.

Builds a demo database (`python -m workbench --db X demo --files N`), opens the main window offscreen at
1366×768 as a reviewer's desk, and times, for R files in turn: select the file in the case list (the
scoring panel reads the sheet, scores it and refills the tree; the scan pane loads) and process events
until the window has painted. Also, in F fresh windows, the first file: the tree is built from the
standard, expanded and its columns sized. The baseline, measured in the same run and interleaved with
both, fills a plain QTreeView of the tree's size from a QStandardItemModel holding the same rows and
texts (six columns), expands it and paints it the same way. Machines here are noisy, so read the ratio.
Usage: python bench/bench_sheet_load.py [--files N] [--repeat R] [--first F] [--db FILE]
"""

from __future__ import annotations

import argparse
import itertools
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"  # before anything creates a QApplication
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from demo_campaign import demo_database  # bench/ is the script's folder, first on sys.path
from PySide6.QtCore import QModelIndex, QSettings
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QApplication, QTreeView

from ui.app import install_translators
from ui.main_window import MainWindow
from ui.settings import UiSettings
from workbench.common.workspace import Workspace

Rows = list[tuple[list[str], "Rows"]]
WINDOWS = itertools.count()


def shown_rows(model, parent: QModelIndex = QModelIndex()) -> Rows:
    """Every row of the window's tree as (its six texts, its children): what the baseline shows."""
    out: Rows = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        texts = [str(model.index(row, c, parent).data() or "") for c in range(model.columnCount(parent))]
        out.append((texts, shown_rows(model, index)))
    return out


def fill(parent: QStandardItem, rows: Rows) -> None:
    for texts, children in rows:
        items = [QStandardItem(t) for t in texts]
        fill(items[0], children)
        parent.appendRow(items)


def count(rows: Rows) -> int:
    return sum(1 + count(children) for _, children in rows)


def plain_paint(app: QApplication, view: QTreeView, rows: Rows, columns: int) -> float:
    """Seconds to fill a plain tree with the rows, expand it and paint it."""
    started = time.perf_counter()
    model = QStandardItemModel(0, columns, view)
    fill(model.invisibleRootItem(), rows)
    old = view.model()
    view.setModel(model)
    view.expandAll()
    app.processEvents()
    elapsed = time.perf_counter() - started
    if old is not None:
        old.deleteLater()
    return elapsed


def select_and_paint(app: QApplication, window: MainWindow, position: int) -> float:
    """Seconds to select the file at `position` in the case list and paint the window."""
    started = time.perf_counter()
    assert window.case_list.select_subject_at(position)
    app.processEvents()
    return time.perf_counter() - started


def open_window(app: QApplication, db: Path, folder: Path) -> MainWindow:
    """The main window as the app opens it, shown at 1366×768, its case list filled; no file chosen
    (settings of its own: a window reopens the file the last one showed)."""
    ini = folder / f"settings-{next(WINDOWS)}.ini"
    settings = UiSettings(QSettings(str(ini), QSettings.Format.IniFormat))
    window = MainWindow(Workspace.open(db, check_later=True), settings)
    window.resize(1366, 768)
    window.show()
    while window.busy():
        app.processEvents()
    return window


def close_window(app: QApplication, window: MainWindow) -> None:
    window.close()
    window.workspace.close()
    window.deleteLater()
    app.processEvents()


def main() -> None:
    p = argparse.ArgumentParser()
    p.add_argument("--files", type=int, default=300)
    p.add_argument("--repeat", type=int, default=40, help="files selected in one window")
    p.add_argument("--first", type=int, default=8, help="fresh windows, each timed on its first file")
    p.add_argument("--db", type=Path, help="an existing demo database instead of a new one")
    args = p.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    install_translators(app, "zh_CN")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or demo_database(Path(tmp), args.files)
        window = open_window(app, db, Path(tmp))
        files = window.case_list.model.rowCount()
        assert files > 1, "the demo campaign lists no files"
        select_and_paint(app, window, 0)  # the first load builds the tree; later ones refill it
        tree = window.scoring.tree
        rows = shown_rows(tree.model())
        plain = QTreeView()
        plain.resize(tree.viewport().size())
        plain.show()
        plain_paint(app, plain, rows, tree.model().columnCount())

        columns = tree.model().columnCount()

        sheet, baseline = [], []
        for n in range(args.repeat):  # interleaved, so both see the same machine
            sheet.append(select_and_paint(app, window, 1 + n % (files - 1)))
            baseline.append(plain_paint(app, plain, rows, columns))
        close_window(app, window)
        first = []
        for _ in range(args.first):
            fresh = open_window(app, db, Path(tmp))
            assert fresh.case_list.current_subject() is None
            first.append(select_and_paint(app, fresh, 0))
            close_window(app, fresh)
            baseline.append(plain_paint(app, plain, rows, columns))
        s, f, b = (statistics.median(t) for t in (sheet, first, baseline))
        print(f"score tree: {count(rows)} rows; {files} files in the case list")
        print(f"select a file + paint:                  median {s * 1000:.1f} ms over {len(sheet)}")
        print(f"first file of a window + paint:         median {f * 1000:.1f} ms over {len(first)}")
        print(f"plain QTreeView fill + expand + paint:  median {b * 1000:.1f} ms over {len(baseline)}")
        print(f"ratio select+paint / plain tree: {s / b:.2f}x")
        print(f"ratio first file / plain tree:   {f / b:.2f}x")
        plain.close()


if __name__ == "__main__":
    main()
