"""The case file's scan beside the score sheet: page through it (thumbnails for a multi-page PDF in
ui/scans/page_thumbnails.py), zoom and turn it, pin a deduction to the page on screen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt, Signal
from PySide6.QtGui import QPixmap, QShortcut, QTransform, QWheelEvent
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
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
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.changes import publish
from ui.errors import messages
from ui.scans.page_thumbnails import PageStrip, PageThumbnails
from ui.settings import UiSettings
from ui.shortcuts import sequence, sequences
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
        self._pixmap: QPixmap | None = None  # an image scan as loaded (None: a PDF)
        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.image = QLabel(alignment=Qt.AlignmentFlag.AlignCenter)
        self.image_scroll = image_scroll = QScrollArea(widgetResizable=True)
        image_scroll.setWidget(self.image)
        self.settings: UiSettings | None = None  # where each scan's zoom and rotation are remembered
        self.zoom_mode, self.factor, self.rotation = "width", 1.0, 0
        self.empty = QLabel(self.tr("No scan attached. Attach a PDF or images of the case file."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.stack = QStackedWidget()
        for widget in (self.empty, self.pdf_view, image_scroll):
            self.stack.addWidget(widget)
        self.thumbnails = PageThumbnails(self.document, self)
        self.strip = PageStrip(self.thumbnails)
        self.strip.page_chosen.connect(self.show_page)
        self.strip.hide()

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
        view_bar = QHBoxLayout()
        self.view_buttons = []
        for name, text, tip, slot in (
            ("zoom_out", "−", self.tr("Zoom out"), lambda: self.zoom_by(1 / 1.25)),
            ("zoom_in", "+", self.tr("Zoom in (Ctrl+wheel)"), lambda: self.zoom_by(1.25)),
            (
                "fit_width",
                self.tr("Fit width"),
                self.tr("Fit the page to the width"),
                lambda: self.fit("width"),
            ),
            ("fit_page", self.tr("Fit page"), self.tr("Show the whole page"), lambda: self.fit("page")),
            ("rotate", "⟳", self.tr("Rotate a quarter turn"), self.rotate),
        ):
            button = QToolButton(text=text, toolTip=tip)
            button.setObjectName(name)
            button.clicked.connect(slot)
            view_bar.addWidget(button)
            self.view_buttons.append(button)
            for key in sequences(name):
                shortcut = QShortcut(key, self)
                shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                shortcut.activated.connect(slot)
        self.strip_button = QToolButton(text=self.tr("Pages"), checkable=True, checked=True)
        self.strip_button.setObjectName("thumbnails")
        self.strip_button.setToolTip(self.tr("Show or hide the page thumbnails (F7)"))
        self.strip_button.toggled.connect(self.on_strip_toggled)
        view_bar.addWidget(self.strip_button)
        for key in sequences("thumbnails"):
            shortcut = QShortcut(key, self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(self.toggle_strip)
        self.zoom_label = QLabel()
        view_bar.addWidget(self.zoom_label)
        view_bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(view_bar)
        body = QHBoxLayout()
        body.setSpacing(2)
        body.addWidget(self.strip)
        body.addWidget(self.stack, 1)
        layout.addLayout(body, 1)
        self.pdf_view.pageNavigator().currentPageChanged.connect(self.on_navigator_page)
        for view in (self.pdf_view, self.image_scroll):
            view.viewport().installEventFilter(self)
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
            self.thumbnails.reset(0)
            self.stack.setCurrentWidget(self.empty)
            self._set_controls(False)
            self._show_strip()

    def _set_controls(self, has_scan: bool) -> None:
        for widget in (self.choice, self.page, self.pin_button, *self.view_buttons, self.strip_button):
            widget.setEnabled(has_scan)
        if not has_scan:
            self.page_count.clear()

    def on_scan_chosen(self, index: int) -> None:
        if not 0 <= index < len(self.scans):
            return
        scan = self.scans[index]
        if self.settings is not None:
            self.zoom_mode, self.factor, self.rotation = self.settings.scan_view(scan.id)
        if scan.kind == "pdf":
            self.document.load(str(scan.path))
            pages = max(1, self.document.pageCount())
            self._pixmap = None
        else:
            self.document.close()
            self._pixmap = QPixmap(str(scan.path))
            pages = 1
        self.thumbnails.reset(pages if self._pixmap is None and pages > 1 else 0)
        self.page.blockSignals(True)
        self.page.setMaximum(pages)
        self.page.setValue(1)
        self.page.blockSignals(False)
        self.page_count.setText(self.tr("of {pages}").format(pages=pages))
        self._set_controls(True)
        self._show_strip()
        self._apply_view()

    # --- page thumbnails (shown or hidden for every scan, remembered) -----------------------------------

    def toggle_strip(self) -> None:
        """F7: hide the thumbnails, or show them again (only a multi-page PDF has them)."""
        if self.strip_button.isEnabled():
            self.strip_button.toggle()

    def on_strip_toggled(self, shown: bool) -> None:
        if self.settings is not None:
            self.settings.set_scan_thumbnails(shown)
        self._show_strip()
        if not shown and self.strip.hasFocus():
            self.stack.currentWidget().setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_strip(self) -> None:
        """The strip shows for a PDF of more than one page unless the user hid it."""
        if self.settings is not None and self.strip_button.isChecked() != self.settings.scan_thumbnails():
            self.strip_button.blockSignals(True)
            self.strip_button.setChecked(self.settings.scan_thumbnails())
            self.strip_button.blockSignals(False)
        self.strip_button.setEnabled(self.thumbnails.pages > 1)
        self.strip.setVisible(self.thumbnails.pages > 1 and self.strip_button.isChecked())
        if self.strip.isVisible():
            self.strip.set_current(self.current_page())

    # --- zoom and rotation (remembered per scan) ---------------------------------------------------------

    def current_scan(self) -> Scan | None:
        index = self.choice.currentIndex()
        return self.scans[index] if 0 <= index < len(self.scans) else None

    def zoom_by(self, step: float) -> None:
        if self.current_scan() is None:
            return
        if self.zoom_mode != "custom":
            self.factor = self._shown_factor()
        self.zoom_mode, self.factor = "custom", max(0.1, min(8.0, self.factor * step))
        self._apply_view()

    def fit_width(self) -> None:
        self.fit("width")

    def fit(self, mode: str) -> None:
        if self.current_scan() is not None:
            self.zoom_mode = mode
            self._apply_view()

    def rotate(self) -> None:
        if self.current_scan() is not None:
            self.rotation = (self.rotation + 90) % 360
            self._apply_view()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+wheel zooms the scan."""
        wheel = event.type() == QEvent.Type.Wheel and isinstance(event, QWheelEvent)
        if wheel and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.zoom_by(1.15 if event.angleDelta().y() > 0 else 1 / 1.15)
            return True
        return super().eventFilter(watched, event)

    def _shown_factor(self) -> float:
        if self.stack.currentWidget() is self.pdf_view:
            return float(self.pdf_view.zoomFactor())
        return self.factor

    def _apply_view(self) -> None:
        """Show the current scan as zoomed and rotated; a PDF upright in the page view, else rendered."""
        scan = self.current_scan()
        if scan is None:
            return
        if self.settings is not None:
            self.settings.set_scan_view(scan.id, self.zoom_mode, self.factor, self.rotation)
        if scan.kind == "pdf" and self.rotation == 0:
            modes = {"width": QPdfView.ZoomMode.FitToWidth, "page": QPdfView.ZoomMode.FitInView}
            self.pdf_view.setZoomMode(modes.get(self.zoom_mode, QPdfView.ZoomMode.Custom))
            if self.zoom_mode == "custom":
                self.pdf_view.setZoomFactor(self.factor)
            self.stack.setCurrentWidget(self.pdf_view)
            self.show_page(self.current_page())
        else:
            self.image.setPixmap(self._rendered())
            self.stack.setCurrentWidget(self.image_scroll)
        zoom = self.tr("Fit width") if self.zoom_mode == "width" else self.tr("Fit page")
        shown = zoom if self.zoom_mode != "custom" else f"{round(self.factor * 100)}%"
        self.zoom_label.setText(f"{shown}  {self.rotation}°" if self.rotation else shown)

    def _rendered(self) -> QPixmap:
        """The page (or image) turned by `rotation` and sized for the zoom mode."""
        if self._pixmap is None:  # a PDF page, rendered turned
            natural = self.document.pagePointSize(self.current_page() - 1).toSize() * 1.4
            options = QPdfDocumentRenderOptions()
            rotations = {
                90: QPdfDocumentRenderOptions.Rotation.Clockwise90,
                180: QPdfDocumentRenderOptions.Rotation.Clockwise180,
                270: QPdfDocumentRenderOptions.Rotation.Clockwise270,
            }
            options.setRotation(rotations.get(self.rotation, QPdfDocumentRenderOptions.Rotation.None_))
            if self.rotation in (90, 270):
                natural = natural.transposed()
            base = QPixmap.fromImage(self.document.render(self.current_page() - 1, natural * 2, options))
            base.setDevicePixelRatio(2)
        else:
            base = self._pixmap.transformed(QTransform().rotate(self.rotation))
        room = self.image_scroll.viewport().size() - QSize(4, 4)
        size = base.deviceIndependentSize().toSize()
        if self.zoom_mode == "width":
            target = size.scaled(room.width(), 10**6, Qt.AspectRatioMode.KeepAspectRatio)
        elif self.zoom_mode == "page":
            target = size.scaled(room, Qt.AspectRatioMode.KeepAspectRatio)
        else:
            target = size * self.factor
        scaled = base.scaled(
            target * base.devicePixelRatio(),
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        scaled.setDevicePixelRatio(base.devicePixelRatio())
        return scaled

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
        elif self._pixmap is None and self.page.value() != page:  # a turned PDF page: render the new one
            self.page.blockSignals(True)
            self.page.setValue(page)
            self.page.blockSignals(False)
            self.image.setPixmap(self._rendered())
        if self.page.value() != page:
            self.page.blockSignals(True)
            self.page.setValue(page)
            self.page.blockSignals(False)
        self.strip.set_current(page)
        self.page_changed.emit(page)

    def on_navigator_page(self, index: int) -> None:
        if self.page.value() != index + 1:
            self.page.blockSignals(True)
            self.page.setValue(index + 1)
            self.page.blockSignals(False)
            self.strip.set_current(index + 1)
            self.page_changed.emit(index + 1)

    def choose_file(self) -> None:
        if self.workspace is None or self.subject_id is None:  # a scan belongs to a file: say so first
            messages.inform(
                self,
                self.tr("Attach scan"),
                self.tr("Open a file from the case list first, then attach its scan."),
            )
            return
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Attach scan"), "", self.tr("Scans (*.pdf *.png *.jpg *.jpeg)")
        )
        if path:
            self.attach(Path(path))

    def attach(self, path: Path) -> None:
        if self.workspace is None or self.subject_id is None:
            return
        try:
            done = attach_scan(self.workspace, self.subject_id, path)
        except KNOWN_ERRORS as exc:
            self.error_raised.emit(exc)
            return
        publish(done, self)  # the file's row (and its department's counts) are read again
        scan = done.value
        self.load(self.workspace, self.subject_id)
        self.choice.setCurrentIndex(next(i for i, s in enumerate(self.scans) if s.id == scan.id))
