"""The flowables of one evaluation sheet (评查表): header, vetoes, every item, total, remarks, signatures
(the item table itself is workbench.exports.pdf.sheet_items').

Built once per standard (styles, item wording, column layout) and then once per file, so a thousand
sheets cost little more than reportlab drawing the same tables. A supervision round's sheet (督察评分表)
has the same layout; its words come from the Wording, its header names the unit, its indicators show
the evidence a unit must produce, and its bonus items what they added.
"""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from workbench.exports.pdf.fonts import FontSet
from workbench.exports.pdf.grid import CellParagraph
from workbench.exports.pdf.sheet_items import ItemTable, entry_notes
from workbench.exports.pdf.styles import (
    MARK,
    SHADE,
    CellNotes,
    form_styles,
    para_markup,
    ruled_table,
    table_style,
)
from workbench.exports.sentences import chinese_date, num_text
from workbench.reporting.wording import CASE_WORDING, Wording
from workbench.review.results import STATUS_LABELS, FileResult
from workbench.scoring import Entry, EntryKind, ScoreResult
from workbench.standards.model import Item, Standard, VetoEffect
from workbench.standards.validate import CASE_TYPES

TITLE = CASE_WORDING.sheet_title
WIDTH = 174 * mm  # A4 less 18 mm each side
HEADER_COLUMNS = [22 * mm, 65 * mm, 22 * mm, 65 * mm]
VETO_COLUMNS = [76 * mm, 20 * mm, 78 * mm]
VETO_HEAD = ["否决项", "结论", "说明（页码）"]
FAILING = (VetoEffect.ZERO_TOTAL, VetoEffect.DEDUCT_ALL, VetoEffect.FAIL_REVIEW)


class SheetParts:
    """Everything a sheet needs that does not depend on the file, and `sheet(file)` for the rest."""

    def __init__(
        self,
        standard: Standard,
        fonts: FontSet,
        campaign: str,
        reviewed_on: date,
        wording: Wording = CASE_WORDING,
    ) -> None:
        self.standard, self.fonts, self.reviewed_on, self.w = standard, fonts, reviewed_on, wording
        self.styles = form_styles(fonts)
        self._paragraphs: dict[tuple[str, str], Paragraph] = {}
        self.notes = CellNotes(self._p, lambda text: self._fresh(text, "note"))  # renewed per sheet
        body, heading = fonts.body, fonts.heading
        cell = self.styles.cell
        self.title_markup = para_markup(wording.sheet_title, fonts.title, fonts)
        named = f"{wording.standard_label}：{standard.name}"
        self.subtitle_markup = para_markup(f"{campaign}　{named}" if campaign else named, body, fonts)
        self.veto_head = [self._label(t, heading) for t in VETO_HEAD]
        self.head_rules = [
            ("FONTNAME", (0, 0), (-1, 0), heading),
            ("BACKGROUND", (0, 0), (-1, 0), SHADE),
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
        ]
        self.items = ItemTable(standard, fonts, cell, wording, self._label, self.head_rules)
        self.item_texts = self.items.item_texts
        self.cell = cell

    # --- per standard -------------------------------------------------------------------------------

    def _label(self, text: str, font: str) -> str | Paragraph:
        """Fixed wording as a plain cell string (fast) when the font has every glyph."""
        if para_markup(text, font, self.fonts) == text:
            return text
        return CellParagraph(para_markup(text, font, self.fonts), self.styles.cell_center)

    # --- per file -----------------------------------------------------------------------------------

    def sheet(self, file: FileResult) -> list[Flowable]:
        result = file.result
        entries: dict[str, list[Entry]] = {}
        for e in file.entries:
            entries.setdefault(e.item_key, []).append(e)
        self.notes = CellNotes(self._p, lambda text: self._fresh(text, "note"))
        out: list[Flowable] = [
            Paragraph(self.title_markup, self.styles.title),
            Paragraph(self.subtitle_markup, self.styles.subtitle),
            self._header(file),
            *self.notes.flush(),
        ]
        if self.standard.veto_items:
            out += [self._heading("一、否决项"), self._vetoes(result, entries), *self.notes.flush()]
            if result is not None and result.veto:
                out.append(self._veto_mark(result))
        out += [self._heading(f"{'二' if self.standard.veto_items else '一'}、{self.w.items_heading}")]
        out += [
            self.items.table(result, entries, self._p, self.notes),
            *self.notes.flush(),
            Spacer(0, 3 * mm),
        ]
        ending = [self._total(file), Spacer(0, 3 * mm), self._remarks(file), *self.notes.flush()]
        out.append(KeepTogether([*ending, *self._signatures(file)]))
        return out

    def _fresh(self, text: str, style: str) -> Paragraph:
        """A Paragraph that flows on the page by itself: never shared, since reportlab marks a flowable
        it had to move to the next page (`_postponed`) and refuses to move the same object twice."""
        chosen = getattr(self.styles, style)
        return Paragraph(para_markup(text, chosen.fontName, self.fonts), chosen)

    def _p(self, text: str, style: str = "cell") -> Paragraph:
        """A table cell's Paragraph, shared by every sheet that shows the same text: a table wraps each
        cell again just before drawing it, so one instance serves many tables, parsed once. Only for
        cells: a table never hands its cells to the page on their own."""
        key = (text, style)
        found = self._paragraphs.get(key)
        if found is None:
            if len(self._paragraphs) > 20_000:
                self._paragraphs.clear()
            chosen = getattr(self.styles, style)
            found = self._paragraphs[key] = CellParagraph(
                para_markup(text, chosen.fontName, self.fonts), chosen
            )
        return found

    def _heading(self, text: str) -> Paragraph:
        return self._fresh(text, "heading")

    def _header(self, file: FileResult) -> Table:
        cell = self.notes.cell
        reviewers = "、".join(file.reviewers)
        if file.decided_by and file.decided_by not in file.reviewers:
            reviewers = (
                f"{reviewers}（复核：{file.decided_by}）" if reviewers else f"{file.decided_by}（复核）"
            )
        if self.w.unit_subjects:
            return self._unit_header(file, reviewers)
        rows = [
            ["被评单位", cell(file.department), "案号", cell(file.case_number)],
            ["案件名称", cell(file.title), "", ""],
            [
                "当事人",
                cell(file.party),
                "案件类型",
                self._p(CASE_TYPES.get(file.case_type, file.case_type)),
            ],
            ["评查人", cell(reviewers), "评查日期", chinese_date(file.scored_on or self.reviewed_on)],
        ]
        rules = [
            ("SPAN", (1, 1), (3, 1)),
            ("FONTNAME", (0, 0), (0, -1), self.fonts.heading),
            ("FONTNAME", (2, 0), (2, -1), self.fonts.heading),
            ("BACKGROUND", (0, 0), (0, -1), SHADE),
            ("BACKGROUND", (2, 0), (2, 0), SHADE),
            ("BACKGROUND", (2, 2), (2, -1), SHADE),  # row 1 spans 案件名称 across columns 1 to 3
            ("ALIGN", (0, 0), (0, -1), "CENTER"),
            ("ALIGN", (2, 0), (2, -1), "CENTER"),
        ]
        return ruled_table(rows, HEADER_COLUMNS, self.fonts.body, rules)

    def _unit_header(self, file: FileResult, reviewers: str) -> Table:
        """被督察单位 across the sheet; the inspectors and the date below it."""
        w = self.w
        rows = [
            [w.unit_label, self.notes.cell(file.department), "", ""],
            [
                w.reviewer,
                self.notes.cell(reviewers),
                f"{w.review}日期",
                chinese_date(file.scored_on or self.reviewed_on),
            ],
        ]
        rules = [
            ("SPAN", (1, 0), (3, 0)),
            ("FONTNAME", (0, 0), (0, -1), self.fonts.heading),
            ("FONTNAME", (2, 1), (2, 1), self.fonts.heading),
            ("BACKGROUND", (0, 0), (0, -1), SHADE),
            ("BACKGROUND", (2, 1), (2, 1), SHADE),
            ("ALIGN", (0, 0), (0, -1), "CENTER"),
            ("ALIGN", (2, 1), (2, 1), "CENTER"),
        ]
        return ruled_table(rows, HEADER_COLUMNS, self.fonts.body, rules)

    def _vetoes(self, result: ScoreResult | None, entries: dict[str, list[Entry]]) -> Table:
        vetoed = {it.key for it in result.vetoes} if result is not None else set()
        rows: list[list[object]] = [self.veto_head]
        rules: list[tuple] = []
        for n, item in enumerate(self.standard.veto_items, start=1):
            found = [e for e in entries.get(item.key, ()) if e.kind is EntryKind.VETO]
            if result is None:
                verdict = ""
            elif item.key in vetoed:
                verdict = "成立"
                rules += [
                    ("TEXTCOLOR", (1, n), (1, n), MARK),
                    ("FONTNAME", (1, n), (1, n), self.fonts.heading),
                ]
            else:
                verdict = "未发现"
            rows.append([self.item_texts[item.key], verdict, self.notes.cell(entry_notes(found))])
        rules.append(("ALIGN", (1, 1), (1, -1), "CENTER"))
        return ruled_table(rows, VETO_COLUMNS, self.fonts.body, [*self.head_rules, *rules], repeat_rows=1)

    def _veto_mark(self, result: ScoreResult) -> Table:
        effects = [self.standard.effect_of(it) for it in result.vetoes]
        label = self.w.failed_label if any(e in FAILING for e in effects) else "否决项成立"
        why = "；".join(f"“{it.text}”{self._effect_text(it)}" for it in result.vetoes)
        mark = Table(
            [[self._p(label, "mark")], [self._p(why, "cell_center")]],
            colWidths=[WIDTH],
            style=TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.fonts.body),  # else Helvetica, never embedded
                    ("BOX", (0, 0), (-1, -1), 1.5, MARK),
                    ("TOPPADDING", (0, 0), (-1, -1), 4),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            ),
        )
        mark.spaceBefore = 3 * mm
        return mark

    def _effect_text(self, item: Item) -> str:
        effect = self.standard.effect_of(item)
        if effect is VetoEffect.ZERO_TOTAL:
            return "，总分计为 0 分"
        if effect is VetoEffect.DEDUCT_ALL:
            return "，扣除全部分数"
        if effect is VetoEffect.FAIL_REVIEW:
            return f"，等次评为{self.standard.bands[-1].label}"
        if effect is VetoEffect.CAP_GRADE:
            return f"，等次不高于{item.cap_grade}"
        return f"，扣 {num_text(item.veto_points)} 分"

    def _total(self, file: FileResult) -> Table:
        result = file.result
        if result is None:
            rows = [["总分", "", "等次", "", "状态", STATUS_LABELS[file.status]]]
            widths = [22 * mm, 36 * mm, 22 * mm, 36 * mm, 22 * mm, 36 * mm]
        else:
            rows = [["总分", num_text(result.total), "等次", result.grade]]
            widths = [22 * mm, 65 * mm, 22 * mm, 65 * mm]
            if result.bonus:
                rows[0][1] = f"{num_text(result.total)}（含加分 {num_text(result.bonus)}）"
        rules = [
            ("FONTNAME", (0, 0), (0, -1), self.fonts.heading),
            ("FONTNAME", (2, 0), (2, -1), self.fonts.heading),
            ("BACKGROUND", (0, 0), (0, -1), SHADE),
            ("BACKGROUND", (2, 0), (2, -1), SHADE),
            ("ALIGN", (0, 0), (-1, -1), "CENTER"),
            ("FONTSIZE", (1, 0), (1, 0), 12),
            ("FONTSIZE", (3, 0), (3, 0), 12),
        ]
        return Table(rows, colWidths=widths, style=table_style(self.fonts.body, rules))

    def _remarks(self, file: FileResult) -> Table:
        text = self.notes.cell(file.remarks) if file.remarks else ""
        rules = [
            ("FONTNAME", (0, 0), (0, 0), self.fonts.heading),
            ("BACKGROUND", (0, 0), (0, 0), SHADE),
            ("ALIGN", (0, 0), (0, 0), "CENTER"),
            ("VALIGN", (1, 0), (1, 0), "TOP"),
        ]
        return ruled_table(
            [[self.w.remarks_label, text]],
            [22 * mm, WIDTH - 22 * mm],
            self.fonts.body,
            rules,
            min_heights=[18 * mm],
        )

    def _signatures(self, file: FileResult) -> list[Flowable]:
        reviewer = self.w.reviewer
        people = [(reviewer, name) for name in file.reviewers]
        if file.decided_by and file.decided_by not in file.reviewers:
            people.append(("复核人", file.decided_by))
        if not people:
            people = [(reviewer, ""), (reviewer, "")]
        out: list[Flowable] = [Spacer(0, 5 * mm)]
        for role, name in people:
            who = f"（{name}）" if name else ""
            line = f"{role}签名：____________{who}　　　日期：______年____月____日"
            out += [self._fresh(line, "signature"), Spacer(0, 3 * mm)]
        return out
