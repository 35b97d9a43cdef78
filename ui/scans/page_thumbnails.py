"""Page thumbnails beside a multi-page scan: a strip to see where one is and jump to a page.

A 200-page PDF must open at once, so nothing is rendered up front: the strip asks the model only for the
pages it paints (uniform item sizes: the view never measures every row), and the model hands those pages
to a multi-threaded `QPdfPageRenderer`, showing a blank card until the picture arrives.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QIcon, QImage, QKeyEvent, QPixmap
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions, QPdfPageRenderer
from PySide6.QtWidgets import QAbstractItemView, QListView, QWidget

THUMB = QSize(72, 100)  # px: a portrait A4 page at about a tenth of its size

ModelIndex = QModelIndex | QPersistentModelIndex


class PageThumbnails(QAbstractListModel):
    """One row per page of the PDF; a page's picture is rendered the first time a view asks for it."""

    def __init__(self, document: QPdfDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.pages = 0
        self.renders = 0  # pages sent to the renderer since the last reset (tests count them)
        self._icons: dict[int, QIcon] = {}
        self._waiting: dict[int, int] = {}  # renderer request id -> page
        self._requested: set[int] = set()
        self.renderer = QPdfPageRenderer(self)
        self.renderer.setRenderMode(QPdfPageRenderer.RenderMode.MultiThreaded)
        self.renderer.setDocument(document)
        self.renderer.pageRendered.connect(self._on_rendered)
        blank = QPixmap(THUMB)
        blank.fill(QColor("#eeeeee"))
        self._blank = QIcon(blank)

    def reset(self, pages: int) -> None:
        """A new document (or none: 0 pages); pictures of the last one still on their way are dropped."""
        self.beginResetModel()
        self.pages = pages
        self.renders = 0
        self._icons.clear()
        self._waiting.clear()
        self._requested.clear()
        self.endResetModel()

    def rendered(self) -> set[int]:
        """The 0-based pages whose pictures have arrived."""
        return set(self._icons)

    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self.pages

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self.pages:
            return None
        page = index.row()
        if role == Qt.ItemDataRole.DisplayRole:
            return str(page + 1)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("Page {page}").format(page=page + 1)
        if role == Qt.ItemDataRole.DecorationRole:
            icon = self._icons.get(page)
            if icon is None:
                self._request(page)
                return self._blank
            return icon
        return None

    def _request(self, page: int) -> None:
        if page in self._requested:
            return
        self._requested.add(page)
        size = self.document.pagePointSize(page).toSize()
        if size.isEmpty():
            size = THUMB
        size = size.scaled(THUMB * 2, Qt.AspectRatioMode.KeepAspectRatio)  # sharp on a 2× screen too
        self._waiting[self.renderer.requestPage(page, size, QPdfDocumentRenderOptions())] = page
        self.renders += 1

    def _on_rendered(
        self, page: int, _size: QSize, image: QImage, _options: QPdfDocumentRenderOptions, request: int
    ) -> None:
        if self._waiting.pop(request, None) != page:
            return  # asked for a document since closed
        picture = QPixmap.fromImage(image)
        picture.setDevicePixelRatio(2)
        self._icons[page] = QIcon(picture)
        index = self.index(page)
        self.dataChanged.emit(index, index, [Qt.ItemDataRole.DecorationRole])


class PageStrip(QListView):
    """The thumbnails in a column; the current page is selected. Click, arrows, Page Up/Down or Enter
    choose a page (`page_chosen`, 1-based); the viewer moves the selection when its page changes."""

    page_chosen = Signal(int)

    def __init__(self, model: PageThumbnails, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("page_strip")
        self.setModel(model)
        self.setViewMode(QListView.ViewMode.IconMode)
        self.setFlow(QListView.Flow.TopToBottom)
        self.setWrapping(False)
        self.setMovement(QListView.Movement.Static)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(True)  # measure one row, not 200: no render before paint
        self.setIconSize(THUMB)
        self.setSpacing(4)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFixedWidth(THUMB.width() + 2 * self.spacing() + 24)  # room for the scroll bar
        self.setAccessibleName(self.tr("Page thumbnails"))
        self._syncing = False
        self.selectionModel().currentChanged.connect(self._on_current)
        self.activated.connect(self._on_current)

    def set_current(self, page: int) -> None:
        """Select the 1-based page the viewer shows, without choosing it again."""
        index = self.model().index(page - 1, 0)
        if not index.isValid() or index == self.currentIndex():
            return
        self._syncing = True
        try:
            self.selectionModel().setCurrentIndex(index, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            self.scrollTo(index)
        finally:
            self._syncing = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Page Up / Page Down turn one page, as in the page view, not a screenful of thumbnails."""
        steps = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}
        step = steps.get(Qt.Key(event.key())) if event.modifiers() == Qt.KeyboardModifier.NoModifier else None
        there = self.model().index(self.currentIndex().row() + step, 0) if step else QModelIndex()
        if step and there.isValid():
            self.setCurrentIndex(there)
        elif not step:
            super().keyPressEvent(event)

    def _on_current(self, index: QModelIndex, *_: object) -> None:
        if not self._syncing and index.isValid():
            self.page_chosen.emit(index.row() + 1)
