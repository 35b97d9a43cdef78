"""The running total, maximum, grade and category subtotals, exactly as score_sheet() gives them."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLabel, QPushButton, QWidget

from ui.scoring.score_tree_model import fmt
from workbench.scoring import ScoreResult


class ScoreHeader(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.case_number = ""
        self.title = QLabel()  # 案号 · 当事人 · whose sheet
        self.title.setStyleSheet("font-weight: bold")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.title.setText(self.tr("No file open: choose one in the case list to score it."))
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
        self.submit_button.setEnabled(False)  # until a sheet is shown
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title, 0, 0, 1, 3)
        layout.addWidget(self.submit_button, 0, 3)
        layout.addWidget(self.total, 1, 0)
        layout.addWidget(self.grade, 1, 1)
        layout.addWidget(self.subtotals, 1, 2, 1, 2)
        layout.addWidget(self.vetoes, 2, 0, 1, 4)
        layout.addWidget(self.banner, 3, 0, 1, 4)
        layout.setColumnStretch(2, 1)

    def show_heading(self, case_number: str, party: str, reviewer: str, *, units: bool = False) -> None:
        self.case_number = case_number
        parts = [case_number, party] if party and not units else [case_number]
        whose = self.tr("{name}'s sheet").format(name=reviewer) if reviewer else self.tr("Unsigned sheet")
        self.title.setText("  ·  ".join([*filter(None, parts), whose]))

    def submit_question(self, result: ScoreResult | None) -> str:
        """What Submit asks: it names the file, its total and grade."""
        if result is None:
            return self.tr("Submit this score sheet? It is then locked; only the lead can reopen it.")
        return self.tr(
            "Submit the score sheet of {case}: total {total}, grade {grade}?\n"
            "It is then locked; only the lead can reopen it."
        ).format(case=self.case_number, total=fmt(result.total), grade=result.grade)

    def show_result(self, result: ScoreResult, *, locked: bool, scored: bool = True) -> None:
        """`scored` False: nothing is recorded on a draft yet, so there is no total and no grade (未评)."""
        self.banner.setVisible(locked)
        self.submit_button.setEnabled(not locked)
        if not scored:
            self.total.setText(self.tr("Not scored"))
            self.grade.setText("")
            self.subtotals.setText("")
            self.vetoes.hide()
            return
        total, maximum = fmt(result.total), fmt(result.maximum)
        if result.bonus:  # the total may pass the maximum: say how much of it is bonus (加分)
            text = self.tr("Total {total} / {maximum} (incl. +{bonus} bonus)").format(
                total=total, maximum=maximum, bonus=fmt(result.bonus)
            )
        else:
            text = self.tr("Total {total} / {maximum}").format(total=total, maximum=maximum)
        self.total.setText(text)
        self.grade.setText(result.grade)
        self.subtotals.setText("   ".join(_unbreakable(t) for t in subtotal_texts(result)))
        texts = "、".join(item.text for item in result.vetoes)
        self.vetoes.setText(self.tr("Veto: {items}").format(items=texts) if texts else "")
        self.vetoes.setVisible(bool(texts))


def subtotal_texts(result: ScoreResult) -> list[str]:
    """Per top category 案卷卷面 18/20; a category of bonus items (加分项) reads 加分项 +3, never 3/0."""
    bonus_only: dict[str, bool] = {}
    for score in result.items.values():
        top = score.item.category[0] if score.item.category else ""
        bonus_only[top] = bonus_only.get(top, True) and score.item.bonus
    texts = []
    for path, category in result.categories.items():
        if " > " in path:
            continue
        if bonus_only.get(path):
            added = min(category.score, result.bonus)  # the standard's bonus cap may take some back
            texts.append(f"{path} +{fmt(added)}")
        else:
            texts.append(f"{path} {fmt(category.score)}/{fmt(category.maximum)}")
    return texts


def _unbreakable(text: str) -> str:
    """Qt may wrap between any two Chinese characters: word joiners keep "行政执法 25/25" on one line."""
    return "\u2060".join(text.replace(" ", "\u00a0"))
