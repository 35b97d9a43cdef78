"""The case file's scan beside the score sheet: page through it, pin a deduction to the page on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QPointF, Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.shortcuts import sequence
from workbench.common.known_errors import KNOWN_ERRORS
from workbench.common.workspace import Workspace
from workbench.review.scans import Scan, attach_scan, scans_for


class ScanViewer(QWidget):
    page_changed = Signal(int)  # 1-based page now on screen
    pin_requested = Signal(int)  # the user pins the current deduction to this page
    error_raised = Signal(object)  # a UserError the window should show

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace: Workspace | None = None
        self.subject_id: str | None = None
        self.scans: list[Scan] = []
        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.image = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        image_scroll = QScrollArea(widgetResizable=True)
        image_scroll.setWidget(self.image)
        self.empty = QLabel(self.tr("No scan attached. Attach a PDF or images of the case file."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        for widget in (self.empty, self.pdf_view, image_scroll):
            self.stack.addWidget(widget)

        self.choice = QComboBox()
        self.choice.currentIndexChanged.connect(self.on_scan_chosen)
        self.page = QSpinBox(minimum=1, maximum=1)
        self.page.setPrefix(self.tr("Page "))
        self.page.valueChanged.connect(self.show_page)
        self.page_count = QLabel()
        self.attach_button = QPushButton(self.tr("Attach scan…"))
        self.attach_button.clicked.connect(self.choose_file)
        self.pin_button = QPushButton(self.tr("Pin to this page"))
        self.pin_button.setShortcut(sequence("pin_page"))
        self.pin_button.setToolTip(self.tr("Record the page on screen for the current deduction (Ctrl+P)"))
        self.pin_button.clicked.connect(lambda: self.pin_requested.emit(self.current_page()))
        bar = QHBoxLayout()
        bar.addWidget(self.choice, 1)
        bar.addWidget(self.page)
        bar.addWidget(self.page_count)
        bar.addWidget(self.pin_button)
        bar.addWidget(self.attach_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.stack, 1)
        self.pdf_view.pageNavigator().currentPageChanged.connect(self.on_navigator_page)
        self._set_controls(False)

    def set_units(self, units: bool) -> None:
        """A supervision round shows a unit's evidence (佐证材料), not a case file's scan: word it so."""
        if units:
            self.empty.setText(
                self.tr("No evidence attached. Attach the unit's evidence files (PDF or images).")
            )
            self.attach_button.setText(self.tr("Attach evidence…"))
        else:
            self.empty.setText(self.tr("No scan attached. Attach a PDF or images of the case file."))
            self.attach_button.setText(self.tr("Attach scan…"))

    def load(self, workspace: Workspace, subject_id: str) -> None:
        """Show the scans attached to this subject (the first one), or the empty state."""
        self.workspace, self.subject_id = workspace, subject_id
        self.scans = scans_for(workspace, subject_id)
        self.choice.blockSignals(True)
        self.choice.clear()
        for scan in self.scans:
            self.choice.addItem(scan.original_name)
        self.choice.blockSignals(False)
        self.attach_button.setEnabled(True)
        if self.scans:
            self.choice.setCurrentIndex(0)
            self.on_scan_chosen(0)
        else:
            self.document.close()
            self.stack.setCurrentWidget(self.empty)
            self._set_controls(False)

    def _set_controls(self, has_scan: bool) -> None:
        for widget in (self.choice, self.page, self.pin_button):
            widget.setEnabled(has_scan)
        if not has_scan:
            self.page_count.clear()

    def on_scan_chosen(self, index: int) -> None:
        if not 0 <= index < len(self.scans):
            return
        scan = self.scans[index]
        if scan.kind == "pdf":
            self.document.load(str(scan.path))
            pages = max(1, self.document.pageCount())
            self.stack.setCurrentWidget(self.pdf_view)
        else:
            self.image.setPixmap(QPixmap(str(scan.path)))
            pages = 1
            self.stack.setCurrentIndex(2)
        self.page.blockSignals(True)
        self.page.setMaximum(pages)
        self.page.setValue(1)
        self.page.blockSignals(False)
        self.page_count.setText(self.tr("of {pages}").format(pages=pages))
        self._set_controls(True)

    def page_total(self) -> int:
        return self.page.maximum() if self.scans else 0

    def current_page(self) -> int:
        return self.page.value()

    def show_page(self, page: int) -> None:
        """Jump to a 1-based page (from a pinned deduction, or the page box)."""
        if not self.scans:
            return
        page = max(1, min(page, self.page.maximum()))
        if self.stack.currentWidget() is self.pdf_view:
            self.pdf_view.pageNavigator().jump(page - 1, QPointF(), 0)
        if self.page.value() != page:
            self.page.blockSignals(True)
            self.page.setValue(page)
            self.page.blockSignals(False)
        self.page_changed.emit(page)

    def on_navigator_page(self, index: int) -> None:
        if self.page.value() != index + 1:
            self.page.blockSignals(True)
            self.page.setValue(index + 1)
            self.page.blockSignals(False)
            self.page_changed.emit(index + 1)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach scan"), "", self.tr("Scans (*.pdf *.png *.jpg *.jpeg)")
        )
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        if self.workspace is None or self.subject_id is None:
            return
        try:
            scan = attach_scan(self.workspace, self.subject_id, path)
        except KNOWN_ERRORS as exc:
            self.error_raised.emit(exc)
            return
        self.load(self.workspace, self.subject_id)
        self.choice.setCurrentIndex(next(i for i, s in enumerate(self.scans) if s.id == scan.id))
