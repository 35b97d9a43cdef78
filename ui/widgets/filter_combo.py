"""A filter's drop-down: "all" first, then the choices; a choice still offered after a refill stays chosen."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from PySide6.QtWidgets import QComboBox


def filter_combo(tip: str) -> QComboBox:
    combo = QComboBox()
    combo.setToolTip(tip)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


def refill(combo: QComboBox, everything: str, choices: Iterable[tuple[str, Any]]) -> None:
    """New choices (text, data) under `everything` (data None), without announcing a change."""
    kept = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, None)
    for text, data in choices:
        combo.addItem(text, data)
    combo.setCurrentIndex(max(0, combo.findData(kept)) if kept is not None else 0)
    combo.blockSignals(False)
