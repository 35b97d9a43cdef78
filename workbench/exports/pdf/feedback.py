"""The feedback to one department (行政执法案卷评查反馈意见): its files, its standing, its problems by item.

Every figure comes from CampaignFigures (the department's mean, grade and rank from the campaign's
ranking; files deducted and points lost per item from its deductions); nothing here adds up points.
A supervision round's unit gets 督察反馈意见 in the same letter form: its score, grade and rank, its
score per 一级指标, the problems indicator by indicator, the bonus it earned, and the round's
common problems it shares.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, KeepTogether, Paragraph, Spacer, Table

from workbench.common.jobs import check_cancel
from workbench.exports.feedback_texts import (
    bonus_lines,
    common_lines,
    feedback_closing,
    feedback_opening,
    indicator_reason,
    problem_heading,
    standing,
    unit_common_lines,
    unit_problems_lead,
    unit_standing,
    where,
)
from workbench.exports.pdf.fonts import FontSet, load_fonts
from workbench.exports.pdf.grid import CellParagraph
from workbench.exports.pdf.styles import (
    SHADE,
    XIAO_SI,
    CellNotes,
    form_document,
    form_styles,
    letter_styles,
    para_markup,
    ruled_table,
)
from workbench.exports.sentences import chinese_date, chinese_number, num_text
from workbench.reporting.case_list import natural_key
from workbench.reporting.figures import CampaignFigures
from workbench.reporting.findings import Deduction
from workbench.reporting.wording import CASE_WORDING, Wording, wording_for
from workbench.review.results import STATUS_LABELS, FileResult
from workbench.scoring import EntryKind

TITLE = CASE_WORDING.feedback_title
WIDTH = 156 * mm  # A4 less 28 mm left and 26 mm right
FILE_COLUMNS = [10 * mm, 42 * mm, 62 * mm, 14 * mm, 14 * mm, 14 * mm]
PROBLEM_COLUMNS = [42 * mm, 14 * mm, 100 * mm]
CATEGORY_COLUMNS = [12 * mm, 88 * mm, 28 * mm, 28 * mm]  # a unit's score per 一级指标
INDICATOR_COLUMNS = [10 * mm, 40 * mm, 44 * mm, 12 * mm, 50 * mm]  # a unit's problems


def write_feedback(
    figures: CampaignFigures,
    department: str,
    path: str | Path,
    *,
    fonts: FontSet | None = None,
    cancel: threading.Event | None = None,
    issued_on: date | None = None,
) -> int:
    """Write the department's feedback to `path`; returns the number of pages."""
    fonts = fonts or load_fonts()
    check_cancel(cancel)
    w = wording_for(figures.campaign)
    writer = (_UnitFeedback if w.unit_subjects else _Feedback)(figures, department, fonts, w)
    story = writer.story(issued_on or date.today())
    check_cancel(cancel)
    pages = _PageNumbers(fonts.body)
    doc = form_document(
        path,
        fonts,
        title=f"{w.feedback_title}（{department}）",
        on_page=pages.draw,
        margins=(30 * mm, 26 * mm, 28 * mm, 28 * mm),
    )
    doc.build(story)
    return pages.count


class _PageNumbers:
    """— N — under the text block, as official letters are numbered."""

    def __init__(self, font: str) -> None:
        self.font, self.count = font, 0

    def draw(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        self.count = canvas.getPageNumber()
        canvas.saveState()
        canvas.setFont(self.font, XIAO_SI)
        canvas.drawCentredString(doc.pagesize[0] / 2, 16 * mm, f"— {self.count} —")
        canvas.restoreState()


class _Feedback:
    """A department's feedback on its case files."""

    def __init__(self, figures: CampaignFigures, department: str, fonts: FontSet, wording: Wording) -> None:
        self.all, self.department, self.fonts, self.w = figures, department, fonts, wording
        self.mine = figures.of_department(department)
        self.unit = figures.unit(department)
        self.styles = letter_styles(fonts)
        self.cells = form_styles(fonts)
        self.notes = CellNotes(
            self._cell, lambda text: Paragraph(para_markup(text, fonts.body, fonts), self.cells.note)
        )

    def _p(self, text: str, style: str = "body") -> Paragraph:
        chosen = getattr(self.styles, style)
        return CellParagraph(para_markup(text, chosen.fontName, self.fonts), chosen)

    def _cell(self, text: str, *, center: bool = False) -> Paragraph:
        chosen = self.cells.cell_center if center else self.cells.cell
        return CellParagraph(para_markup(text, chosen.fontName, self.fonts), chosen)

    def story(self, issued_on: date) -> list[Flowable]:
        headings = iter(range(1, 10))
        title = self.w.feedback_title
        out: list[Flowable] = [self._p(title, "title"), self._p(f"{self.department}：", "addressee")]
        out.append(self._p(self._opening()))
        out += [self._p(f"{chinese_number(next(headings))}、总体情况", "h1"), self._p(self._standing())]
        if table := self._results_table():
            out += [Spacer(0, 2 * mm), table, *self.notes.flush(), Spacer(0, 2 * mm)]
        out.append(self._p(f"{chinese_number(next(headings))}、发现的主要问题", "h1"))
        out += self._problems()
        for heading, section in self._more_sections():
            out.append(self._p(f"{chinese_number(next(headings))}、{heading}", "h1"))
            out += section
        if common := self._common():
            out.append(self._p(f"{chinese_number(next(headings))}、共性问题", "h1"))
            out += common
        out.append(self._p(f"{chinese_number(next(headings))}、整改要求", "h1"))
        out.append(self._p(self._closing()))
        out += [
            Spacer(0, 8 * mm),
            KeepTogether([self._p(self.w.team, "closing"), self._p(chinese_date(issued_on), "closing")]),
        ]
        return out

    def _results_table(self) -> Table | None:
        return self._files_table() if self.mine.files else None

    def _more_sections(self) -> list[tuple[str, list[Flowable]]]:
        """(heading, flowables) of sections between the problems and the common problems."""
        return []

    # --- text ---------------------------------------------------------------------------------------

    def _opening(self) -> str:
        return feedback_opening(self.all, self.mine, self.w)

    def _standing(self) -> str:
        return standing(self.all, self.mine, self.department, self.w)

    def _closing(self) -> str:
        return feedback_closing(self.w)

    # --- tables -------------------------------------------------------------------------------------

    def _files_table(self) -> Table:
        head: list[object] = ["序号", "案号", "案件名称", "得分", "等次", "备注"]
        rows: list[list[object]] = [head]
        for n, f in enumerate(sorted(self.mine.files, key=lambda f: natural_key(f.case_number)), start=1):
            rows.append(
                [str(n), self.notes.cell(f.case_number), self.notes.cell(f.title), *self._score_cells(f)]
            )
        rules = [
            ("FONTNAME", (0, 0), (-1, 0), self.fonts.heading),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ("ALIGN", (3, 1), (5, -1), "CENTER"),
        ]
        return ruled_table(rows, FILE_COLUMNS, self.fonts.body, rules, repeat_rows=1)

    def _score_cells(self, f: FileResult) -> list[object]:
        if f.result is None:
            return ["", "", STATUS_LABELS[f.status]]
        note = "否决" if f.result.veto else ""
        return [num_text(f.result.total), f.result.grade, note]

    def _problems(self) -> list[Flowable]:
        """One table: a shaded row per item (files, points lost), then each deduction under it."""
        vetoes = self._vetoes()
        by_item: dict[str, list[Deduction]] = {}
        for d in self.mine.deductions:
            by_item.setdefault(d.item_key, []).append(d)
        if not by_item and not vetoes:
            return [self._p("本次评查未发现扣分问题。")]
        data: list[list[object]] = [["案号", "扣分", "问题及页码"]]
        groups: list[int] = []
        number = 0
        if vetoes:
            number += 1
            groups.append(len(data))
            data.append([self._cell(f"（{chinese_number(number)}）否决项（{len(vetoes)} 项）"), "", ""])
            data += [[self._cell(case), "否决", self.notes.cell(text)] for case, text in vetoes]
        for problem in self.mine.problems:
            number += 1
            groups.append(len(data))
            title = problem_heading(number, problem)
            data.append([self._cell(title), "", ""])
            for d in sorted(by_item[problem.item.key], key=lambda d: natural_key(d.case_number)):
                data.append(
                    [
                        self._cell(d.case_number),
                        num_text(d.points),
                        self.notes.cell(where(d.reason, d.page)),
                    ]
                )
        rules: list[tuple] = [
            ("FONTNAME", (0, 0), (-1, 0), self.fonts.heading),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("ALIGN", (1, 1), (1, -1), "CENTER"),
        ]
        for row in groups:
            rules += [("SPAN", (0, row), (-1, row)), ("BACKGROUND", (0, row), (-1, row), SHADE)]
        table = ruled_table(data, PROBLEM_COLUMNS, self.fonts.body, rules, repeat_rows=1)
        return [Spacer(0, 1 * mm), table, *self.notes.flush()]

    def _vetoes(self) -> list[tuple[str, str]]:
        rows = []
        for f in sorted(self.mine.final, key=lambda f: natural_key(f.case_number)):
            if f.result is None or not f.result.veto:
                continue
            vetoed = {it.key: it for it in f.result.vetoes}
            for e in f.entries:
                if e.kind is EntryKind.VETO and e.item_key in vetoed:
                    rows.append((f.case_number, f"“{vetoed[e.item_key].text}”{where(e.reason, e.page)}"))
        return rows

    def _common(self) -> list[Flowable]:
        """The campaign's most frequent problems (its top ranks) that this department shares."""
        return [self._p(line) for line in common_lines(self.all, self.mine)]


class _UnitFeedback(_Feedback):
    """A supervision round's feedback to one unit (督察反馈意见): the unit is the one subject scored."""

    def __init__(self, figures: CampaignFigures, department: str, fonts: FontSet, wording: Wording) -> None:
        super().__init__(figures, department, fonts, wording)
        self.subject = next((f for f in self.mine.final if f.result is not None), None)

    def _standing(self) -> str:
        return unit_standing(self.all, self.subject, self.unit, self.w)

    def _results_table(self) -> Table | None:
        """The score of each 一级指标 against its points, the bonus, and the total."""
        if self.subject is None or self.subject.result is None:
            return None
        result = self.subject.result
        standard = self.all.standard
        rows: list[list[object]] = [["序号", self.w.category_label, "分值", "得分"]]
        bonus_top = {it.category[0] for it in standard.bonus_items if it.category}
        n = 0
        for top in dict.fromkeys(it.category[0] for it in standard.point_items if it.category):
            category = result.categories.get(top)
            if category is None or top in bonus_top:
                continue
            n += 1
            rows.append([str(n), self._cell(top), num_text(category.maximum), num_text(category.score)])
        if standard.bonus_items:
            rows.append(["", self._cell("加分"), f"≤{num_text(standard.bonus_max)}", num_text(result.bonus)])
        rows.append(["", self._cell("总分"), num_text(result.maximum), num_text(result.total)])
        rules = [
            ("FONTNAME", (0, 0), (-1, 0), self.fonts.heading),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("BACKGROUND", (0, -1), (-1, -1), SHADE),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
        ]
        return ruled_table(rows, CATEGORY_COLUMNS, self.fonts.body, rules, repeat_rows=1)

    def _problems(self) -> list[Flowable]:
        """The vetoes in words, then one row per deduction in checklist order."""
        out: list[Flowable] = []
        subject = self.subject
        if subject is not None and subject.result is not None and subject.result.vetoes:
            vetoed = {it.key: it for it in subject.result.vetoes}
            for e in subject.entries:
                if e.kind is EntryKind.VETO and e.item_key in vetoed:
                    why = where(e.reason, e.page).rstrip("。")
                    out.append(self._p(f"存在一票否决情形：“{vetoed[e.item_key].text}”，{why}。"))
        if not self.mine.deductions:
            return out or [self._p("本次督察未发现扣分问题。")]
        items = self.all.standard.items_by_key
        data: list[list[object]] = [["序号", self.w.category_label, self.w.item_label, "扣分", "问题及页码"]]
        for n, d in enumerate(self.mine.deductions, start=1):
            why = indicator_reason(d)
            data.append(
                [
                    str(n),
                    self._cell(self.w.category_of(items[d.item_key])),
                    self._cell(d.item_text),
                    num_text(d.points),
                    self.notes.cell(why),
                ]
            )
        rules = [
            ("FONTNAME", (0, 0), (-1, 0), self.fonts.heading),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("ALIGN", (0, 1), (0, -1), "CENTER"),
            ("ALIGN", (3, 1), (3, -1), "CENTER"),
        ]
        lead = unit_problems_lead(self.mine)
        table = ruled_table(data, INDICATOR_COLUMNS, self.fonts.body, rules, repeat_rows=1)
        return [*out, self._p(lead), Spacer(0, 1 * mm), table, *self.notes.flush()]

    def _more_sections(self) -> list[tuple[str, list[Flowable]]]:
        """加分情况: each bonus the unit earned and the part of it that counts."""
        if self.subject is None or self.subject.result is None or not self.subject.result.bonus:
            return []
        out: list[Flowable] = [self._p(line) for line in bonus_lines(self.all, self.subject)]
        return [("加分情况", out)]

    def _common(self) -> list[Flowable]:
        return [self._p(line) for line in unit_common_lines(self.all, self.mine)]
