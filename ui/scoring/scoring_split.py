"""Where the item editor goes: beside the score tree when the panel is wide enough, under it otherwise.

Split from the scoring panel because it is layout alone: the panel hands it the tree, the editor and the
remarks, and tells it its size on every resize.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QVBoxLayout, QWidget

from ui.scoring.item_editor import ItemEditor
from ui.scoring.item_tree_view import ItemTreeView
from ui.widgets.field_edit import RemarksEdit

SIDE_BY_SIDE = 860  # px: below this the item editor goes under the tree


class ScoringSplit(QSplitter):
    """The tree, then the editor with the file's remarks under it."""

    def __init__(self, tree: ItemTreeView, editor: ItemEditor, remarks: RemarksEdit) -> None:
        super().__init__()
        self.remarks = remarks
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(editor, 1)
        side_layout.addWidget(QLabel(self.tr("Remarks")))
        side_layout.addWidget(remarks)
        self._split_length = 0
        self.setObjectName("scoring_split")
        self.addWidget(tree)
        self.addWidget(side)
        self.setStretchFactor(0, 3)
        self.setStretchFactor(1, 2)
        self.setChildrenCollapsible(False)

    def fit(self, size: QSize) -> None:
        """The editor beside the tree when there is width for both, under it otherwise; the split is
        shared out again when the orientation or the size changes much (a window resize, not a drag)."""
        wide = size.width() >= SIDE_BY_SIDE
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        length = size.width() if wide else size.height()
        if self.orientation() != orientation or abs(length - self._split_length) > length // 5:
            self.setOrientation(orientation)
            self.remarks.setMaximumHeight(90 if wide else 52)  # under the tree, height is scarce
            self.setSizes([int(length * (0.6 if wide else 0.66)), int(length * (0.4 if wide else 0.34))])
            self._split_length = length
