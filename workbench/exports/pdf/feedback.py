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
from workbench.exports.pdf.fonts import FontSet, load_fonts
from workbench.exports.pdf.grid import CellParagraph
from workbench.exports.pdf.styles import (
    SHADE,
    XIAO_SI,
    CellNotes,
    chinese_number,
    fmt_number,
    fmt_percent,
    form_document,
    form_styles,
    letter_styles,
    long_date,
    para_markup,
    ruled_table,
)
from workbench.exports.texts import feedback_closing, feedback_opening, veto_sentence
from workbench.reporting.bonuses import file_bonuses
from workbench.reporting.case_list import natural_key
from workbench.reporting.figures import CampaignFigures, CommonProblem, Deduction
from workbench.reporting.wording import CASE_WORDING, Wording, wording_for
from workbench.review.results import STATUS_LABELS, FileResult
from workbench.scoring import EntryKind

TITLE = CASE_WORDING.feedback_title
WIDTH = 156 * mm  # A4 less 28 mm left and 26 mm right
FILE_COLUMNS = [10 * mm, 42 * mm, 62 * mm, 14 * mm, 14 * mm, 14 * mm]
PROBLEM_COLUMNS = [42 * mm, 14 * mm, 100 * mm]
CATEGORY_COLUMNS = [12 * mm, 88 * mm, 28 * mm, 28 * mm]  # a unit's score per 一级指标
INDICATOR_COLUMNS = [10 * mm, 40 * mm, 44 * mm, 12 * mm, 50 * mm]  # a unit's problems
COMMON_TOP = 10  # the campaign's common problems a feedback quotes: those ranked 1 to 10


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
            KeepTogether([self._p(self.w.team, "closing"), self._p(long_date(issued_on), "closing")]),
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
        final = len(self.mine.final)
        if self.unit is None or not final:
            return f"你单位被评查案卷{len(self.mine.files)}卷，尚无已定分的案卷，暂不参加排名。"
        u = self.unit
        grades = "、".join(f"{label}{n}卷" for label, n in u.grades.items())
        pending = len(self.mine.files) - final
        text = (
            f"你单位已定分案卷{u.files}卷，平均分{fmt_number(u.mean)}分，等次为{u.grade}，"
            f"在{len(self.all.units)}个被评查单位中排名第{u.rank}位；最高分{fmt_number(u.highest)}分，"
            f"最低分{fmt_number(u.lowest)}分；其中{grades}。"
        )
        text += veto_sentence(self.mine, self.w)
        if pending:
            text += f"另有{pending}卷尚未定分，不计入平均分。"
        return text + "各案卷得分见下表。"

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
        return [fmt_number(f.result.total), f.result.grade, note]

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
            title = (
                f"（{chinese_number(number)}）{problem.item.text}"
                f"（{problem.files}卷，共扣{fmt_number(problem.points)}分）"
            )
            data.append([self._cell(title), "", ""])
            for d in sorted(by_item[problem.item.key], key=lambda d: natural_key(d.case_number)):
                data.append(
                    [
                        self._cell(d.case_number),
                        fmt_number(d.points),
                        self.notes.cell(_where(d.reason, d.page)),
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
                    rows.append((f.case_number, f"“{vetoed[e.item_key].text}”{_where(e.reason, e.page)}"))
        return rows

    def _common(self) -> list[Flowable]:
        """The campaign's most frequent problems (its top ranks) that this department shares."""
        here = {p.item.key: p for p in self.mine.problems}
        shared: list[tuple[CommonProblem, CommonProblem]] = [
            (p, here[p.item.key]) for p in self.all.problems if p.rank <= COMMON_TOP and p.item.key in here
        ]
        if not shared:
            return []
        out: list[Flowable] = [
            self._p(f"本次评查中全部{len(self.all.final)}卷已定分案卷出现较多的问题，你单位同样存在的有：")
        ]
        for n, (campaign, mine) in enumerate(shared, start=1):
            out.append(
                self._p(
                    f"{n}. {campaign.item.text}：全部案卷中{campaign.files}卷存在此问题，"
                    f"占{fmt_percent(campaign.share)}，在常见问题中排第{campaign.rank}位；"
                    f"你单位{mine.files}卷。"
                )
            )
        return out


class _UnitFeedback(_Feedback):
    """A supervision round's feedback to one unit (督察反馈意见): the unit is the one subject scored."""

    def __init__(self, figures: CampaignFigures, department: str, fonts: FontSet, wording: Wording) -> None:
        super().__init__(figures, department, fonts, wording)
        self.subject = next((f for f in self.mine.final if f.result is not None), None)

    def _standing(self) -> str:
        subject, unit = self.subject, self.unit
        if subject is None or subject.result is None or unit is None:
            return "你单位的督察评分尚未完成，暂不参加排名。"
        result = subject.result
        bonus = f"（含加分{fmt_number(result.bonus)}分）" if result.bonus else ""
        veto = ""
        if result.vetoes:
            veto = f"因存在{'、'.join(f'“{it.text}”' for it in result.vetoes)}情形实行一票否决，"
        return (
            f"你单位督察得分{fmt_number(result.total)}分{bonus}，{veto}等次为{result.grade}，"
            f"在{len(self.all.units)}个{self.w.unit_label}中排名第{unit.rank}位。各一级指标得分见下表。"
        )

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
            rows.append([str(n), self._cell(top), fmt_number(category.maximum), fmt_number(category.score)])
        if standard.bonus_items:
            rows.append(
                ["", self._cell("加分"), f"≤{fmt_number(standard.bonus_max)}", fmt_number(result.bonus)]
            )
        rows.append(["", self._cell("总分"), fmt_number(result.maximum), fmt_number(result.total)])
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
                    why = _where(e.reason, e.page).rstrip("。")
                    out.append(self._p(f"存在一票否决情形：“{vetoed[e.item_key].text}”，{why}。"))
        if not self.mine.deductions:
            return out or [self._p("本次督察未发现扣分问题。")]
        items = self.all.standard.items_by_key
        data: list[list[object]] = [["序号", self.w.category_label, self.w.item_label, "扣分", "问题及页码"]]
        for n, d in enumerate(self.mine.deductions, start=1):
            why = _where(d.reason, d.page)
            if d.counted != d.points:
                why += f"（扣完为止，计{fmt_number(d.counted)}分）"
            data.append(
                [
                    str(n),
                    self._cell(self.w.category_of(items[d.item_key])),
                    self._cell(d.item_text),
                    fmt_number(d.points),
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
        lead = f"督察发现你单位 {len({d.item_key for d in self.mine.deductions})} 项指标存在问题，具体如下："
        table = ruled_table(data, INDICATOR_COLUMNS, self.fonts.body, rules, repeat_rows=1)
        return [*out, self._p(lead), Spacer(0, 1 * mm), table, *self.notes.flush()]

    def _more_sections(self) -> list[tuple[str, list[Flowable]]]:
        """加分情况: each bonus the unit earned and the part of it that counts."""
        if self.subject is None or self.subject.result is None or not self.subject.result.bonus:
            return []
        bonuses = file_bonuses(self.all.standard, self.subject)
        out: list[Flowable] = [self._p(f"你单位获得加分{fmt_number(self.subject.result.bonus)}分：")]
        for n, b in enumerate(bonuses, start=1):
            counted = f"加{fmt_number(b.counted)}分"
            if b.counted != b.points:
                counted = f"记录{fmt_number(b.points)}分，受加分上限所限计{fmt_number(b.counted)}分"
            out.append(self._p(f"{n}. {b.item_text}（{counted}）：{_where(b.reason, b.page)}。"))
        return [("加分情况", out)]

    def _common(self) -> list[Flowable]:
        here = {p.item.key for p in self.mine.problems}
        shared = [p for p in self.all.problems if p.rank <= COMMON_TOP and p.item.key in here and p.files > 1]
        if not shared:
            return []
        out: list[Flowable] = [
            self._p(
                f"本次督察全部 {len(self.all.final)} 个已评分单位中问题较为集中的指标，你单位同样存在的有："
            )
        ]
        for n, p in enumerate(shared, start=1):
            out.append(
                self._p(
                    f"{n}. {p.item.text}：{p.files} 个单位存在此问题，占 {fmt_percent(p.share)}，"
                    f"在常见问题中排第 {p.rank} 位。"
                )
            )
        return out


def _where(reason: str, page: int | None) -> str:
    text = reason.strip() or "（未填写理由）"
    return f"{text}（第{page}页）" if page is not None else text
