"""The scan pane's page thumbnails: a click or a key shows the page, a long PDF opens without rendering
every page, the strip follows the page on screen, and hiding it is remembered."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from ui.scans.scan_viewer import ScanViewer
from ui.settings import UiSettings
from workbench.common.workspace import Workspace
from workbench.review.scans import attach_scan


def long_pdf(path, pages: int) -> None:
    canvas = Canvas(str(path), pagesize=A4)
    for n in range(pages):
        canvas.setFont("Helvetica", 48)
        canvas.drawString(200, 400, f"Page {n + 1}")
        canvas.showPage()
    canvas.save()


@pytest.fixture
def workspace(tmp_path):
    ws = Workspace.open(tmp_path / "w.sqlite", author="王评")
    yield ws
    ws.close()


@pytest.fixture
def settings(tmp_path):
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


def open_viewer(qtbot, workspace, settings, subject="case-1") -> ScanViewer:
    viewer = ScanViewer()
    viewer.settings = settings
    qtbot.addWidget(viewer)
    viewer.resize(420, 700)
    viewer.show()
    viewer.load(workspace, subject)
    return viewer


def test_clicking_a_thumbnail_shows_that_page(qtbot, workspace, settings, tmp_path):
    pdf = tmp_path / "卷宗.pdf"
    long_pdf(pdf, 6)
    attach_scan(workspace, "case-1", pdf)
    viewer = open_viewer(qtbot, workspace, settings)
    assert viewer.strip.isVisible()
    assert viewer.strip.currentIndex().row() == 0  # page 1 is highlighted
    fourth = viewer.strip.model().index(3, 0)
    with qtbot.waitSignal(viewer.page_changed) as shown:
        qtbot.mouseClick(
            viewer.strip.viewport(), Qt.MouseButton.LeftButton, pos=viewer.strip.visualRect(fourth).center()
        )
    assert shown.args == [4]
    assert viewer.current_page() == 4
    assert viewer.pdf_view.pageNavigator().currentPage() == 3

    viewer.strip.setFocus()  # the keyboard too: Down moves on a page, and the view follows
    with qtbot.waitSignal(viewer.page_changed) as shown:
        qtbot.keyClick(viewer.strip, Qt.Key.Key_Down)
    assert shown.args == [5]

    qtbot.keyClick(viewer.strip, Qt.Key.Key_PageUp)  # Page Up / Down turn one page, as in the page view
    assert viewer.current_page() == 4
    viewer.pdf_view.setFocus()
    qtbot.keyClick(viewer.pdf_view, Qt.Key.Key_PageDown)  # scrolling the page view moves the highlight
    qtbot.waitUntil(lambda: viewer.current_page() > 4)
    assert viewer.strip.currentIndex().row() == viewer.current_page() - 1

    viewer.show_page(2)  # the page changes elsewhere (a pinned deduction): the highlight follows
    assert viewer.strip.currentIndex().row() == 1
    assert viewer.strip.selectionModel().isSelected(viewer.strip.model().index(1, 0))


def test_a_200_page_pdf_opens_without_rendering_every_thumbnail(qtbot, workspace, settings, tmp_path):
    pdf = tmp_path / "厚卷.pdf"
    long_pdf(pdf, 200)
    attach_scan(workspace, "case-1", pdf)
    viewer = open_viewer(qtbot, workspace, settings)
    assert viewer.thumbnails.rowCount() == 200
    qtbot.waitUntil(lambda: viewer.thumbnails.renders > 0)  # the visible pages are drawn
    qtbot.wait(100)  # let the view paint and ask for whatever it wants
    first = viewer.thumbnails.renders
    assert first <= 20  # a handful on screen, not 200

    viewer.show_page(150)  # jumping far renders the pages around it, still not the whole document
    qtbot.waitUntil(lambda: viewer.thumbnails.renders > first)
    qtbot.wait(100)
    assert viewer.thumbnails.renders <= 40
    assert viewer.strip.currentIndex().row() == 149


def test_hiding_the_strip_is_remembered(qtbot, workspace, settings, tmp_path):
    pdf = tmp_path / "卷宗.pdf"
    long_pdf(pdf, 3)
    attach_scan(workspace, "case-1", pdf)
    viewer = open_viewer(qtbot, workspace, settings)
    assert viewer.strip.isVisible()
    viewer.toggle_strip()  # F7
    assert not viewer.strip.isVisible()

    again = open_viewer(qtbot, workspace, settings)
    assert not again.strip.isVisible()
    assert not again.strip_button.isChecked()
    again.strip_button.click()
    assert again.strip.isVisible()
    assert settings.scan_thumbnails()


def test_a_one_page_scan_has_no_strip(qtbot, workspace, settings, tmp_path):
    pdf = tmp_path / "单页.pdf"
    long_pdf(pdf, 1)
    attach_scan(workspace, "case-1", pdf)
    viewer = open_viewer(qtbot, workspace, settings)
    assert not viewer.strip.isVisible()
    assert not viewer.strip_button.isEnabled()


def test_switching_scans_mid_render_keeps_only_the_new_pictures(qtbot, workspace, settings, tmp_path):
    long_pdf(tmp_path / "甲.pdf", 60)
    long_pdf(tmp_path / "乙.pdf", 3)
    attach_scan(workspace, "case-1", tmp_path / "甲.pdf")
    attach_scan(workspace, "case-1", tmp_path / "乙.pdf")
    viewer = open_viewer(qtbot, workspace, settings)
    for _ in range(5):  # back and forth before the pictures of the last one have arrived
        viewer.choice.setCurrentIndex(1)
        viewer.choice.setCurrentIndex(0)
    viewer.choice.setCurrentIndex(1)
    assert viewer.thumbnails.rowCount() == 3
    qtbot.waitUntil(lambda: len(viewer.thumbnails.rendered()) == 3)
    qtbot.wait(200)  # late pictures of the 60-page scan must not land on these rows
    assert viewer.thumbnails.rendered() == {0, 1, 2}
    assert viewer.strip.currentIndex().row() == 0
    viewer.strip.setFocus()
    qtbot.keyClick(viewer.strip, Qt.Key.Key_End)  # the keyboard reaches the last page
    assert viewer.current_page() == 3
