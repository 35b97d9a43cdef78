"""The reviewer's desk at 1366×768: every item's text is readable in full, with or without the scan."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QModelIndex

from tests.ui.test_main_window import demo_path, open_window, settings  # noqa: F401 (fixtures)
from ui.scoring.score_tree_model import ScoreTreeModel


def item_indexes(model: ScoreTreeModel, parent: QModelIndex = QModelIndex()):
    for row in range(model.rowCount(parent)):
        index = model.index(row, ScoreTreeModel.TEXT, parent)
        if model.item_at(index) is not None:
            yield index
        yield from item_indexes(model, index)


def elided(tree) -> list[str]:
    """Item texts that do not fit their cell: wider than one line and not given the lines they need."""
    metrics = tree.fontMetrics()
    out = []
    for index in item_indexes(tree.scoring_model()):
        rect = tree.visualRect(index)
        text = index.data()
        width = rect.width() - 8  # the style's padding (the rect starts after the branch)
        lines = math.ceil(metrics.horizontalAdvance(text) / max(1, width))
        if width < 6 * metrics.horizontalAdvance("中") or rect.height() < lines * metrics.lineSpacing():
            out.append(text)
    return out


@pytest.mark.parametrize("scan", [False, True], ids=["no scan", "scan pane open"])
def test_no_item_text_is_elided_at_1366x768(qtbot, demo_path, settings, scan):  # noqa: F811
    window = open_window(qtbot, demo_path, settings)
    window.resize(1366, 768)
    window.case_list.select_next()
    window.set_scan_shown(scan)
    qtbot.wait(50)  # the rows are laid out again after the column width settles
    tree = window.scoring.tree
    assert tree.scoring_model().item_keys()
    assert elided(tree) == []
    assert window.case_list.slim  # the case list gives the sheet the width: 案号 and status only


def test_submit_is_disabled_until_a_file_is_open(qtbot, demo_path, settings):  # noqa: F811
    window = open_window(qtbot, demo_path, settings)
    assert window.case_list.current_subject() is None
    assert not window.submit_action.isEnabled()
    assert not window.scoring.header.submit_button.isEnabled()
    window.case_list.select_next()
    assert window.submit_action.isEnabled() == window.scoring.header.submit_button.isEnabled()
