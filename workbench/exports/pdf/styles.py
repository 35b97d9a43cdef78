"""What every generated PDF shares: Chinese type sizes, paragraph styles, numbers, the page template."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate, Paragraph, Table, TableStyle

from workbench.exports.pdf.fonts import FontSet, covers, markup
from workbench.exports.sentences import num_text

# 字号 → points (the usual typesetting convention; domain README §5.6)
CHU_HAO, ER_HAO, XIAO_ER, SAN_HAO, XIAO_SAN, SI_HAO, XIAO_SI, WU_HAO, XIAO_WU = (
    42,
    22,
    18,
    16,
    15,
    14,
    12,
    10.5,
    9,
)
GRID = colors.HexColor("#444444")
SHADE = colors.HexColor("#EEEEEE")
MARK = colors.HexColor("#C00000")  # the red of a 不合格卷 stamp


def fmt_percent(value: Decimal | None) -> str:
    return "" if value is None else f"{num_text(value)}%"


def para_markup(text: str, font: str, fonts: FontSet) -> str:
    """Markup for a Paragraph whose style is already in `font`: plain escaped text unless a character
    needs the fallback font (then `markup`), which keeps reportlab's parser on its fast path."""
    if covers(font, text):
        return escape(text).replace("\n", "<br/>")
    return markup(text, font, fonts)


@dataclass(frozen=True)
class Styles:
    """Paragraph styles of the form documents (evaluation sheet, feedback); built once per font set."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    body: ParagraphStyle
    cell: ParagraphStyle
    cell_center: ParagraphStyle
    cell_head: ParagraphStyle
    small: ParagraphStyle
    note: ParagraphStyle  # 注N below a table: the full text of a cell too long to print in it
    mark: ParagraphStyle
    signature: ParagraphStyle


@cache
def form_styles(fonts: FontSet) -> Styles:
    def style(name: str, font: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **kw)

    return Styles(
        title=style("title", fonts.title, XIAO_ER, 26, alignment=TA_CENTER, spaceAfter=4),
        subtitle=style("subtitle", fonts.body, WU_HAO, 15, alignment=TA_CENTER, spaceAfter=8),
        heading=style("heading", fonts.heading, XIAO_SI, 18, spaceBefore=8, spaceAfter=4),
        body=style("body", fonts.body, XIAO_SI, 20, firstLineIndent=2 * XIAO_SI),
        cell=style("cell", fonts.body, WU_HAO, 13.5, alignment=TA_LEFT),
        cell_center=style("cell_center", fonts.body, WU_HAO, 13.5, alignment=TA_CENTER),
        cell_head=style("cell_head", fonts.heading, WU_HAO, 13.5, alignment=TA_CENTER),
        small=style("small", fonts.body, XIAO_WU, 12, alignment=TA_RIGHT),
        note=style("note", fonts.body, WU_HAO, 15, spaceBefore=2),
        mark=style("mark", fonts.heading, SAN_HAO, 22, alignment=TA_CENTER, textColor=MARK),
        signature=style("signature", fonts.body, XIAO_SI, 20),
    )


@dataclass(frozen=True)
class LetterStyles:
    """Paragraph styles of a letter to a department (评查反馈意见): 四号 body, 黑体/楷体 headings."""

    title: ParagraphStyle
    addressee: ParagraphStyle
    body: ParagraphStyle
    h1: ParagraphStyle
    h2: ParagraphStyle
    lead_in: ParagraphStyle  # a body paragraph that introduces what follows (kept with it)
    closing: ParagraphStyle


@cache
def letter_styles(fonts: FontSet) -> LetterStyles:
    def style(name: str, font: str, size: float, leading: float, **kw: object) -> ParagraphStyle:
        return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading, wordWrap="CJK", **kw)

    indent = 2 * SI_HAO
    return LetterStyles(
        title=style("l_title", fonts.title, ER_HAO, 34, alignment=TA_CENTER, spaceAfter=14),
        addressee=style("l_addressee", fonts.body, SI_HAO, 26),
        body=style("l_body", fonts.body, SI_HAO, 26, firstLineIndent=indent),
        h1=style("l_h1", fonts.heading, SI_HAO, 26, firstLineIndent=indent, spaceBefore=4, keepWithNext=1),
        h2=style("l_h2", fonts.kai, SI_HAO, 26, firstLineIndent=indent, spaceBefore=2, keepWithNext=1),
        lead_in=style("l_lead_in", fonts.body, SI_HAO, 26, firstLineIndent=indent, keepWithNext=1),
        closing=style("l_closing", fonts.body, SI_HAO, 26, alignment=TA_RIGHT, rightIndent=indent),
    )


def table_style(font: str, rules: Iterable[tuple] = ()) -> TableStyle:
    """A ruled table in 五号 `font`: every table names its font, else reportlab writes Helvetica,
    which is never embedded (pdffonts shows emb "no")."""
    return TableStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), font),
            ("GRID", (0, 0), (-1, -1), 0.5, GRID),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("FONTSIZE", (0, 0), (-1, -1), WU_HAO),
            ("LEADING", (0, 0), (-1, -1), 13.5),
            ("TOPPADDING", (0, 0), (-1, -1), 1.5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 3),
            ("RIGHTPADDING", (0, 0), (-1, -1), 3),
            *rules,
        ]
    )


LONG_CELL = 400  # characters: past this a cell shows the start and the full text follows the table
EXCERPT = 60


class CellNotes:
    """Texts too long for a table cell (a reviewer's essay of a reason or remark). A table row never
    splits across pages, so a row taller than a page would stop the export: the cell shows the start
    and "（全文见注N）", and the full text follows the table as 注N, flowing over pages as it must."""

    def __init__(self, make: Callable[[str], Paragraph], note: Callable[[str], Paragraph]) -> None:
        self.make, self.note = make, note
        self.count = 0
        self.pending: list[Paragraph] = []

    def cell(self, text: str) -> Paragraph:
        if len(text) <= LONG_CELL:
            return self.make(text)
        self.count += 1
        self.pending.append(self.note(f"注{self.count}：{text}"))
        return self.make(f"{text[:EXCERPT]}……（全文见注{self.count}）")

    def flush(self) -> list[Paragraph]:
        """The notes collected since the last flush, to follow the table they belong to."""
        out, self.pending = self.pending, []
        return out


def ruled_table(
    data: list[list[object]],
    widths: list[float],
    font: str,
    rules: Iterable[tuple] = (),
    *,
    repeat_rows: int = 0,
    min_heights: list[float] | None = None,
) -> Table:
    """A table in table_style; rows stay whole (see CellNotes for texts too long for a row)."""
    style = table_style(font, rules)
    return Table(data, colWidths=widths, style=style, repeatRows=repeat_rows, minRowHeights=min_heights)


PageDecorator = Callable[[Canvas, BaseDocTemplate], None]


def form_document(
    path: str | Path,
    fonts: FontSet,
    *,
    title: str,
    on_page: PageDecorator,
    margins: tuple[float, float, float, float] = (18 * mm, 18 * mm, 20 * mm, 18 * mm),
) -> BaseDocTemplate:
    """An A4 portrait document whose only fonts are our embedded ones (top, right, bottom, left margins)."""
    top, right, bottom, left = margins
    doc = BaseDocTemplate(
        str(path),
        pagesize=A4,
        topMargin=top,
        rightMargin=right,
        bottomMargin=bottom,
        leftMargin=left,
        title=title,
        author="案卷评查工作台",
        creator="案卷评查工作台",
        initialFontName=fonts.body,  # otherwise every page names Helvetica, which is never embedded
        initialFontSize=WU_HAO,
    )
    frame = Frame(left, bottom, A4[0] - left - right, A4[1] - top - bottom, id="body", showBoundary=0)
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=on_page)])
    return doc
