"""Paper score sheets imported in the GUI: previewed, bad rows named, all or nothing."""

from __future__ import annotations

from openpyxl import Workbook
from PySide6.QtCore import QSettings

from tests.ui.test_main_window import demo_path  # noqa: F401 (fixture)
from ui.errors import messages
from ui.main_window import MainWindow
from ui.settings import UiSettings
from workbench.common.workspace import Workspace


def sheet(path, rows):
    book = Workbook()
    for row in [["案号", "评查项目", "扣分", "理由", "页码", "评查人"], *rows]:
        book.active.append(row)
    book.save(path)
    return path


def test_preview_names_bad_rows_and_the_import_is_all_or_nothing(qtbot, demo_path, tmp_path):  # noqa: F811
    workspace = Workspace.open(demo_path, author="录入员")
    window = MainWindow(
        workspace, UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    )
    qtbot.addWidget(window)
    db = workspace.db
    unscored = db.execute(
        "SELECT c.case_number FROM case_file c WHERE NOT EXISTS"
        " (SELECT 1 FROM score_sheet s WHERE s.subject_id = c.id) ORDER BY c.case_number LIMIT 1"
    ).fetchone()[0]
    sheets_before = db.execute("SELECT count(*) FROM score_sheet").fetchone()[0]
    with messages.recording([True] * 5) as shown:
        dialog = window.campaign_menu.import_paper_scores()
        bad = sheet(
            tmp_path / "bad.xlsx",
            [
                [unscored, "文书填写规范、完整", 2, "漏填两项", 3, "周评"],
                [unscored, "没有这个评查项目", 1, "?", None, "周评"],
            ],
        )
        dialog.set_path(bad)
        dialog.preview()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
        assert dialog.problems.isVisible() or not dialog.problems.isHidden()
        assert any("3" in line for line in dialog.problems.lines())  # the bad row is named (row 3)
        assert not dialog.import_button.isEnabled()
        assert db.execute("SELECT count(*) FROM score_sheet").fetchone()[0] == sheets_before

        good = sheet(tmp_path / "good.xlsx", [[unscored, "文书填写规范、完整", 2, "漏填两项", 3, "周评"]])
        dialog.set_path(good)
        dialog.preview()
        qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=10_000)
        assert dialog.import_button.isEnabled()
        with qtbot.waitSignal(dialog.imported, timeout=10_000):
            dialog.import_button.click()
    assert db.execute("SELECT count(*) FROM score_sheet").fetchone()[0] == sheets_before + 1
    assert shown[-1].text == "Imported 1 score sheet(s)."
