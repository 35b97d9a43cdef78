"""The item list: Up and Down step from item to item, Space and digits go to the item's editor."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTreeView, QWidget

from ui.scoring.score_tree_model import ScoreTreeModel

Index = QModelIndex | QPersistentModelIndex


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
        self.setUniformRowHeights(True)
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

    def fit_columns(self) -> None:
        """Size the figure columns once per standard; the item text takes the rest."""
        for column in (ScoreTreeModel.MAX, ScoreTreeModel.RULE):
            self.resizeColumnToContents(column)
        metrics = self.fontMetrics()
        for column, sample in (
            (ScoreTreeModel.SCORE, "100.25"),  # subtotals with halves are wider than any item's score
            (ScoreTreeModel.RECORDED, "−10 (×10), −10"),
            (ScoreTreeModel.NOTE, "扣完为止 "),
        ):
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
