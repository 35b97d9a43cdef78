"""Render the README's screenshots: the main window with a scan (at 1920×1080 and 1366×768), the case-list
import, the recheck screen and the progress dashboard.

Usage: QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [OUT_DIR]
Uses a fresh demo database and a generated scan in a temporary folder; touches no user settings.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from openpyxl import Workbook
from PySide6.QtCore import QMarginsF, QSettings
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from ui.app import FONT_FAMILIES, install_translators
from ui.campaigns.dashboard_dialog import DashboardDialog
from ui.imports.case_import_dialog import CaseImportDialog
from ui.main_window import MainWindow
from ui.recheck.recheck_dialog import ArbitrationDialog
from ui.settings import UiSettings
from workbench.common.workspace import Workspace
from workbench.demo.generator import generate_demo
from workbench.review.scans import attach_scan

PAGE_TEXT = [
    "行政处罚决定书",
    "当事人：东城鑫达建材有限公司",
    "统一社会信用代码：91110101MA01XXXX0X",
    "经查，当事人于2025年3月5日在其经营场所销售过期食品……",
    "以上事实有现场检查笔录、询问笔录、产品照片等证据为证。",
    "依据《中华人民共和国食品安全法》第一百二十四条第一款，决定：",
    "一、没收违法经营的食品；二、罚款人民币伍万元整。",
]


def write_scan(path: Path, pages: int = 4) -> None:
    writer = QPdfWriter(str(path))
    writer.setResolution(96)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF())
    )
    painter = QPainter(writer)
    font = QFont()
    font.setFamilies(FONT_FAMILIES)
    for n in range(pages):
        if n:
            writer.newPage()
        font.setPointSize(20)
        painter.setFont(font)
        painter.drawText(260, 140, PAGE_TEXT[0] if n == 2 else f"卷内材料 第 {n + 1} 页")
        font.setPointSize(11)
        painter.setFont(font)
        for i, line in enumerate(PAGE_TEXT[1:]):
            painter.drawText(90, 230 + i * 34, line)
    painter.end()


def write_register(path: Path) -> None:
    book = Workbook()
    sheet = book.active
    sheet.title = "案件台账"
    sheet.append(["2026年市场监管行政处罚案件台账"])
    sheet.append(
        ["案号", "案件名称", "当事人", "承办人", "立案日期", "结案日期", "罚没金额（元）", "执法部门"]
    )
    for n in range(1, 13):
        sheet.append(
            [
                f"市监罚〔2026〕{n}号",
                f"某某商贸有限公司销售过期食品案{n}",
                "某某商贸有限公司",
                "张三、李四",
                f"2026-03-{n:02d}",
                f"2026年4月{n}日",
                f"{n * 1000:,}",
                "市市场监督管理局",
            ]
        )
    book.save(path)


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    font = QFont(app.font())
    font.setFamilies(FONT_FAMILIES)
    app.setFont(font)
    install_translators(app, "zh_CN")
    tmp = Path(tempfile.mkdtemp(prefix="workbench-shots-"))
    workspace = Workspace.open(tmp / "demo.sqlite", author="演示")
    generate_demo(workspace.db, files=3000, seed=2026)
    settings = UiSettings(QSettings(str(tmp / "ui.ini"), QSettings.Format.IniFormat))
    window = MainWindow(workspace, settings)
    window.resize(1920, 1080)
    window.show()
    while window.busy():
        app.processEvents()
    window.case_list.select_first_scored()
    scan = tmp / "卷宗扫描件.pdf"
    write_scan(scan)
    attach_scan(workspace, window.case_list.current_subject(), scan)
    window.on_file_selected(window.case_list.current_subject())
    window.scan.show_page(3)
    # the laptop most offices have, and a common desktop: the same desk, laid out for each
    for name, size in (("main-window.png", (1920, 1080)), ("main-window-1366.png", (1366, 768))):
        window.resize(*size)
        for _ in range(10):
            app.processEvents()
        window.set_full_list(False)
        window.set_scan_shown(True)
        for _ in range(20):
            app.processEvents()
        window.grab().save(str(out / name))

    register = tmp / "台账.xlsx"
    write_register(register)
    dialog = CaseImportDialog(workspace, window)
    dialog.resize(980, 620)
    dialog.show()
    dialog.set_path(register)
    dialog.preview()
    while dialog.is_busy():
        app.processEvents()
    for _ in range(10):
        app.processEvents()
    dialog.grab().save(str(out / "case-import.png"))
    dialog.close()

    for name, cls, size in (
        ("arbitration.png", ArbitrationDialog, (1400, 720)),
        ("dashboard.png", DashboardDialog, (1100, 700)),
    ):
        shown = cls(workspace, window.campaign, window)
        shown.resize(*size)
        shown.show()
        for _ in range(20):
            app.processEvents()
        shown.grab().save(str(out / name))
        shown.close()
    window.close()
    workspace.close()


if __name__ == "__main__":
    main(
        Path(sys.argv[1])
        if len(sys.argv) > 1
        else Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    )
