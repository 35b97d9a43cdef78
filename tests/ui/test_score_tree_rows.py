"""The score tree's rows: item texts wrap to the column's width (rows grow, never elide), cached size
hints follow a resize, a hidden column is never measured, and the model's worked-out cells follow edits."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt

from ui.scoring import ScoringPanel
from ui.scoring.item_tree_view import TEXT_MARGIN, ItemTreeView, WrappingDelegate
from ui.scoring.score_tree_model import DEDUCTED, ScoreTreeModel
from workbench.campaigns.service import list_campaigns
from workbench.common.workspace import Workspace
from workbench.demo.generator import generate_demo
from workbench.review.results import FileStatus, campaign_results

PER_DEFECT = "I002"  # 文书填写规范、完整: max 4, 1 per defect


@pytest.fixture
def demo(tmp_path):
    ws = Workspace.open(tmp_path / "demo.sqlite", author="测试")
    generate_demo(ws.db, files=20, seed=5)
    campaign = list_campaigns(ws.db)[0]
    _, results = campaign_results(ws.db, campaign)
    unscored = next(r for r in results if r.status is FileStatus.UNSCORED)
    yield ws, campaign, unscored.subject_id
    ws.close()


@pytest.fixture
def panel(qtbot, demo):
    ws, campaign, subject_id = demo
    widget = ScoringPanel(ws)
    qtbot.addWidget(widget)
    widget.resize(900, 700)  # the editor beside the tree; the longer item texts take two lines
    widget.show()
    qtbot.waitExposed(widget)
    widget.load(campaign, subject_id, None)
    return widget


def item_indexes(model: ScoreTreeModel, parent: QModelIndex = QModelIndex()) -> list[QModelIndex]:
    out = []
    for row in range(model.rowCount(parent)):
        index = model.index(row, ScoreTreeModel.TEXT, parent)
        if model.item_at(index) is not None:
            out.append(index)
        out += item_indexes(model, index)
    return out


def needed_height(tree: ItemTreeView, index: QModelIndex) -> int:
    """The height the item's whole text takes wrapped to its cell, measured here rather than by the view."""
    width = tree.visualRect(index).width() - TEXT_MARGIN
    bounds = QRect(0, 0, width, 100_000)
    return tree.fontMetrics().boundingRect(bounds, Qt.TextFlag.TextWordWrap, str(index.data())).height()


def longest(tree: ItemTreeView) -> QModelIndex:
    return max(item_indexes(tree.scoring_model()), key=lambda i: len(str(i.data())))


def settle(qtbot, tree: ItemTreeView) -> None:
    """Let the view's deferred relayout (started by a column resize) run."""
    qtbot.waitUntil(lambda: not tree._relayout.isActive(), timeout=2000)
    qtbot.wait(20)


def test_every_item_row_is_tall_enough_for_its_whole_text(qtbot, panel):
    tree = panel.tree
    settle(qtbot, tree)
    items = item_indexes(tree.scoring_model())
    assert items
    short = [
        str(i.data()) for i in items if tree.visualRect(i).height() < needed_height(tree, i)
    ]  # a row cut short shows its text elided or clipped
    assert short == []
    line = tree.fontMetrics().lineSpacing()
    assert any(tree.visualRect(i).height() >= 2 * line for i in items)  # some texts do wrap at this width


def test_rows_wrap_again_after_the_text_column_is_resized(qtbot, panel):
    tree = panel.tree
    width = tree.header().sectionSize
    panel.resize(1100, 700)
    settle(qtbot, tree)
    index = longest(tree)
    wide_width, wide_height = width(ScoreTreeModel.TEXT), tree.visualRect(index).height()
    assert wide_height < 2 * tree.fontMetrics().lineSpacing()  # one line at this width

    panel.resize(900, 700)  # the text column stretches: narrower, so the long text needs more lines
    qtbot.waitUntil(lambda: width(ScoreTreeModel.TEXT) < wide_width, timeout=2000)
    settle(qtbot, tree)
    narrow_width, narrow_height = width(ScoreTreeModel.TEXT), tree.visualRect(index).height()
    assert narrow_height > wide_height
    assert narrow_height >= needed_height(tree, index)

    panel.resize(1300, 700)  # and wider: the row shrinks again, not kept from the narrow width
    qtbot.waitUntil(lambda: width(ScoreTreeModel.TEXT) > narrow_width, timeout=2000)
    settle(qtbot, tree)
    assert tree.visualRect(index).height() < narrow_height
    assert tree.visualRect(index).height() >= needed_height(tree, index)


def test_new_figures_and_a_new_file_keep_the_rows_heights(qtbot, panel, demo):
    """An edit or another file moves figures on every row (dataChanged everywhere): rows keep fitting."""
    ws, campaign, subject_id = demo
    tree = panel.tree
    settle(qtbot, tree)
    items = item_indexes(tree.scoring_model())
    heights = [tree.visualRect(i).height() for i in items]
    panel.select_item(PER_DEFECT)
    panel.editor.amount.count.setValue(2)
    settle(qtbot, tree)
    assert [tree.visualRect(i).height() for i in items] == heights
    _, results = campaign_results(ws.db, campaign)
    other = next(r for r in results if r.status is FileStatus.UNSCORED and r.subject_id != subject_id)
    panel.load(campaign, other.subject_id, None)
    settle(qtbot, tree)
    assert [tree.visualRect(i).height() for i in items] == heights


def test_the_hidden_rule_column_is_never_measured(qtbot, demo, monkeypatch):
    ws, campaign, subject_id = demo
    asked: list[int] = []
    hint = WrappingDelegate.sizeHint

    def recording(self, option, index):
        asked.append(index.column())
        return hint(self, option, index)

    monkeypatch.setattr(WrappingDelegate, "sizeHint", recording)
    widget = ScoringPanel(ws)
    qtbot.addWidget(widget)
    widget.resize(900, 700)
    widget.show()
    widget.load(campaign, subject_id, None)
    settle(qtbot, widget.tree)
    assert widget.tree.isColumnHidden(ScoreTreeModel.RULE)
    assert ScoreTreeModel.MAX in asked  # the figure column was sized from its cells
    assert ScoreTreeModel.RULE not in asked


def test_the_model_cells_follow_an_edit_and_its_undo(panel):
    model = panel.model
    panel.select_item(PER_DEFECT)
    recorded = model.index_of(PER_DEFECT, ScoreTreeModel.RECORDED)
    score = model.index_of(PER_DEFECT, ScoreTreeModel.SCORE)
    assert recorded.data() == ""
    assert recorded.data(Qt.ItemDataRole.ForegroundRole) is None
    assert score.data() == ""  # nothing recorded yet: not scored

    panel.editor.amount.count.setValue(2)
    assert recorded.data() == "−2 (×2)"  # points in all, then the count
    assert recorded.data(Qt.ItemDataRole.ForegroundRole) == DEDUCTED
    assert Decimal(score.data()) == panel.result.items[PER_DEFECT].score == Decimal(2)

    panel.undo_stack.undo()
    assert recorded.data() == ""
    assert recorded.data(Qt.ItemDataRole.ForegroundRole) is None
