"""A database that fails its integrity check still opens at once, then is closed with the way out."""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QSettings

from db.connection import open_database
from ui.settings import UiSettings
from ui.start.launcher import Launcher
from ui.start.opening import release_all
from workbench.demo.generator import generate_demo


def test_a_damaged_database_closes_its_window_and_returns_to_the_start_page(qtbot, tmp_path, shown):
    path = tmp_path / "评查.sqlite"
    db = open_database(path)
    generate_demo(db, files=30, seed=2)
    db.close()
    raw = sqlite3.connect(path)
    raw.execute("UPDATE score_sheet SET reviewer_id = 'nobody' WHERE rowid = 1")
    raw.commit()
    raw.close()
    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    settings.decline_admin_offer(str(path.resolve()))  # no accounts, and no first-account offer
    launcher = Launcher(settings)
    try:
        window = launcher.open(path)
        assert window is not None  # the window did not wait for the check
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
        assert launcher.start_page is not None
        assert launcher.start_page.isVisible()
        assert "已损坏" in shown[-1].text
        assert "引用了不存在的 reviewer 记录" in shown[-1].text
    finally:
        if launcher.start_page is not None:
            launcher.start_page.close()
        release_all()
