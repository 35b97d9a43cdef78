"""The running total, maximum, grade and category subtotals, exactly as score_sheet() gives them."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from ui.scoring.score_tree_model import fmt
from workbench.scoring import ScoreResult


class ScoreHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.total = QLabel()
        self.total.setStyleSheet("font-size: 20px; font-weight: bold")
        self.grade = QLabel()
        self.grade.setStyleSheet("font-size: 16px")
        self.subtotals = QLabel()
        self.subtotals.setWordWrap(True)
        self.vetoes = QLabel()
        self.vetoes.setWordWrap(True)
        self.vetoes.setStyleSheet("color: #b00020")
        self.vetoes.hide()
        self.banner = QLabel(self.tr("Submitted — locked"))
        self.banner.setStyleSheet("background: #fff3cd; color: #664d03; padding: 4px; font-weight: bold")
        self.banner.hide()
        self.submit_button = QPushButton(self.tr("Submit…"))
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.total, 0, 0)
        layout.addWidget(self.grade, 0, 1)
        layout.addWidget(self.subtotals, 0, 2)
        layout.addWidget(self.submit_button, 0, 3)
        layout.addWidget(self.vetoes, 1, 0, 1, 4)
        layout.addWidget(self.banner, 2, 0, 1, 4)
        layout.setColumnStretch(2, 1)

    def show_result(self, result: ScoreResult, *, locked: bool) -> None:
        self.total.setText(
            self.tr("Total {total} / {maximum}").format(total=fmt(result.total), maximum=fmt(result.maximum))
        )
        self.grade.setText(result.grade)
        tops = [c for path, c in result.categories.items() if " > " not in path]
        self.subtotals.setText("   ".join(f"{c.path} {fmt(c.score)}/{fmt(c.maximum)}" for c in tops))
        texts = "、".join(item.text for item in result.vetoes)
        self.vetoes.setText(self.tr("Veto: {items}").format(items=texts) if texts else "")
        self.vetoes.setVisible(bool(texts))
        self.banner.setVisible(locked)
        self.submit_button.setEnabled(not locked)
