"""The item list: Up and Down step from item to item, Space and digits go to the item's editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from ui.scoring.score_tree_model import ScoreTreeModel

Index = QModelIndex | QPersistentModelIndex


TEXT_MARGIN = 8  # the style's padding around an item's text, both sides together


class WrappingDelegate(QStyledItemDelegate):
    """Item texts wrap: a row is as tall as its text needs at the column's width (never elided).

    The view asks for a row's size hints on every dataChanged, and each score edit or file change moves
    every row's figures; measuring wrapped text each time made a file change several times slower than
    painting. So hints are kept per cell, keyed by what they depend on: the row (its depth and font),
    the column, the text and the column's width. The view empties the cache when the shape or the item
    texts change and when a column is resized (then every key of that width is dead anyway).
    """

    def __init__(self, view: ItemTreeView) -> None:
        super().__init__(view)
        self._view = view
        self._hints: dict[tuple[int, int, str, int, int], QSize] = {}

    def forget(self) -> None:
        self._hints.clear()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        column = index.column()
        key = (
            index.internalId(),
            column,
            str(index.data() or ""),
            self._view.header().sectionSize(column),
            option.rect.width() if option.rect.isValid() else -1,
        )
        hint = self._hints.get(key)
        if hint is None:
            hint = super().sizeHint(option, index)
            if column == ScoreTreeModel.TEXT:
                hint = QSize(hint.width(), max(hint.height(), self._view.text_height(index)))
            self._hints[key] = hint
        return QSize(hint)  # a copy: the caller may change it


class ItemTreeView(QTreeView):
    def __init__(
        self,
        model: ScoreTreeModel,
        *,
        on_space: Callable[[], bool],
        on_digit: Callable[[str], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._on_space, self._on_digit = on_space, on_digit
        self.setModel(model)
        self.setUniformRowHeights(False)  # rows grow to show the whole item text
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self._delegate = WrappingDelegate(self)
        self.setItemDelegate(self._delegate)
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.rowsRemoved):
            signal.connect(self._delegate.forget)
        model.dataChanged.connect(self._on_data_changed)
        self._relayout = QTimer(self, singleShot=True, interval=0)
        self._relayout.timeout.connect(self.doItemsLayout)
        self.setAlternatingRowColors(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.header()
        header.setStretchLastSection(False)
        # Not ResizeToContents: that re-measures every row on each edit's dataChanged (~150 ms a time).
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(ScoreTreeModel.TEXT, QHeaderView.ResizeMode.Stretch)
        # the rule in words is in the editor beside the tree and in the item's tooltip; the item's own
        # wording needs the width more (a Chinese item text is long)
        self.setColumnHidden(ScoreTreeModel.RULE, True)
        header.sectionResized.connect(self._on_section_resized)

    def _on_section_resized(self, column: int, _old: int, _new: int) -> None:
        self._delegate.forget()
        if column == ScoreTreeModel.TEXT:
            self._relayout.start()  # the rows' heights depend on the text column's width

    def _on_data_changed(self, top_left: QModelIndex, bottom_right: QModelIndex, *_roles: object) -> None:
        # new scores leave the item texts alone (and a figure's hint is keyed by its text): keep the cache
        if top_left.column() <= ScoreTreeModel.TEXT <= bottom_right.column():
            self._delegate.forget()

    def text_width(self, index: Index) -> int:
        """The width the item text has in its cell: the column less indentation, branch and padding."""
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = self.indentation() * (depth + (1 if self.rootIsDecorated() else 0))
        return max(20, self.header().sectionSize(ScoreTreeModel.TEXT) - indent - TEXT_MARGIN)

    def text_height(self, index: Index) -> int:
        """The height the whole item text needs, wrapped to its cell's width."""
        text = str(index.data() or "")
        font = index.data(Qt.ItemDataRole.FontRole) or self.font()
        metrics = self.fontMetrics() if font is None else type(self.fontMetrics())(font)
        flags = Qt.TextFlag.TextWordWrap
        rect = metrics.boundingRect(QRect(0, 0, self.text_width(index), 100_000), flags, text)
        frame = self.style().pixelMetric(QStyle.PixelMetric.PM_FocusFrameVMargin, None, self) * 2
        return rect.height() + frame + 2

    def lay_out_standard(self) -> None:
        """After a new standard: every category open, the figure columns sized once (the item text takes
        the rest). A hidden column is not measured: the rule column would cost a pass over every row."""
        self.expandAll()
        for column in (ScoreTreeModel.MAX, ScoreTreeModel.RULE):
            if not self.isColumnHidden(column):
                self.resizeColumnToContents(column)
        metrics = self.fontMetrics()
        for column, sample in (
            (ScoreTreeModel.SCORE, "100.25"),  # subtotals with halves are wider than any item's score
            (ScoreTreeModel.RECORDED, "−10 (×10), −10"),
            (ScoreTreeModel.NOTE, "扣完为止 "),
        ):
            if self.isColumnHidden(column):
                continue
            heading = str(self.model().headerData(column, Qt.Orientation.Horizontal))
            width = max(metrics.horizontalAdvance(sample), metrics.horizontalAdvance(heading)) + 16
            self.header().resizeSection(column, width)

    def scoring_model(self) -> ScoreTreeModel:
        model = self.model()
        assert isinstance(model, ScoreTreeModel)
        return model

    def neighbour_item(self, index: Index, down: bool) -> QModelIndex:
        """The next (or previous) item row in display order, skipping group and category rows."""
        model = self.scoring_model()
        step = self.indexBelow if down else self.indexAbove
        here = index.siblingAtColumn(0) if index.isValid() else QModelIndex()
        if not here.isValid():  # nothing current yet: the first (or last) item
            keys = model.item_keys()
            return model.index_of(keys[0 if down else -1]) if keys else QModelIndex()
        there = step(QModelIndex(here))
        while there.isValid() and model.item_at(there) is None:
            there = step(there)
        return there

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        Move = QAbstractItemView.CursorAction  # noqa: N806
        if action in (Move.MoveDown, Move.MoveUp):
            current = self.currentIndex()
            found = self.neighbour_item(current, action == Move.MoveDown)
            if found.isValid():
                return found.siblingAtColumn(max(current.column(), 0))
            return current
        return super().moveCursor(action, modifiers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if plain and event.key() == Qt.Key.Key_Space and self._on_space():
            return
        text = event.text()
        if plain and len(text) == 1 and text.isdigit() and text.isascii() and self._on_digit(text):
            return
        super().keyPressEvent(event)
