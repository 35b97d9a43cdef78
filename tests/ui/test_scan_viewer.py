"""The scan viewer pages through an attached PDF, jumps to a pinned page and offers it for pinning."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter

from ui.scans.scan_viewer import ScanViewer
from workbench.common.workspace import Workspace
from workbench.review.scans import attach_scan


def write_pdf(path, pages: int) -> None:
    writer = QPdfWriter(str(path))
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait, QMarginsF())
    )
    painter = QPainter(writer)
    for n in range(pages):
        if n:
            writer.newPage()
        painter.drawText(200, 200, f"第 {n + 1} 页")
    painter.end()


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "w.sqlite", author="王评")
    yield ws
    ws.close()


def test_viewer_shows_pages_jumps_and_pins(qtbot, workspace, tmp_path):
    pdf = tmp_path / "卷宗.pdf"
    write_pdf(pdf, 3)
    attach_scan(workspace, "case-1", pdf)
    viewer = ScanViewer()
    qtbot.addWidget(viewer)
    viewer.resize(600, 800)
    viewer.show()
    viewer.load(workspace, "case-1")
    assert viewer.page_total() == 3
    with qtbot.waitSignal(viewer.page_changed) as jumped:
        viewer.show_page(3)
    assert jumped.args == [3]
    assert viewer.current_page() == 3
    with qtbot.waitSignal(viewer.pin_requested) as pinned:
        viewer.pin_button.click()
    assert pinned.args == [3]


def test_a_file_without_a_scan_shows_the_empty_state_and_can_attach(qtbot, workspace, tmp_path):
    viewer = ScanViewer()
    qtbot.addWidget(viewer)
    viewer.load(workspace, "case-2")
    assert viewer.stack.currentWidget() is viewer.empty
    assert not viewer.pin_button.isEnabled()
    pdf = tmp_path / "后补.pdf"
    write_pdf(pdf, 2)
    viewer.attach(pdf)
    assert viewer.page_total() == 2
    assert viewer.pin_button.isEnabled()


def test_a_refused_file_is_reported_not_raised(qtbot, workspace, tmp_path):
    viewer = ScanViewer()
    qtbot.addWidget(viewer)
    viewer.load(workspace, "case-3")
    bad = tmp_path / "x.pdf"
    bad.write_bytes(b"not a pdf")
    with qtbot.waitSignal(viewer.error_raised) as raised:
        viewer.attach(bad)
    assert "与扩展名不符" in raised.args[0].message


def test_zoom_and_rotation_are_remembered_per_scan(qtbot, workspace, tmp_path):
    from PySide6.QtCore import QSettings

    from ui.settings import UiSettings

    settings = UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))
    pdf = tmp_path / "卷宗.pdf"
    write_pdf(pdf, 2)
    attach_scan(workspace, "case-1", pdf)
    viewer = ScanViewer()
    viewer.settings = settings
    qtbot.addWidget(viewer)
    viewer.resize(600, 800)
    viewer.show()
    viewer.load(workspace, "case-1")
    assert viewer.stack.currentWidget() is viewer.pdf_view  # upright: the page view, fit to width
    viewer.rotate()
    assert viewer.stack.currentWidget() is viewer.image_scroll  # turned: the rendered page
    turned = viewer.image.pixmap().deviceIndependentSize()
    assert turned.width() > turned.height()  # an A4 page on its side
    viewer.zoom_by(2)
    assert viewer.zoom_label.text().endswith("90°")

    again = ScanViewer()
    again.settings = settings
    qtbot.addWidget(again)
    again.load(workspace, "case-1")
    assert (again.zoom_mode, again.rotation) == ("custom", 90)
    assert abs(again.factor - viewer.factor) < 0.01
