"""GB/T 9704-2012 《党政机关公文格式》 page layout for the bulletin and the notices (reportlab platypus).

A4; top margin 37 mm, binding margin 28 mm, text block 156 × 225 mm; body 三号 (16 pt) 仿宋 on a grid
of 22 lines × 28 characters. 28 characters of 16 pt are 158 mm wide, so body text is set 0.2 pt
tighter per character (PDF character spacing), as Word's document grid does. Page numbers "— N —" in
四号 sit 7 mm under the text block, odd pages right and even pages left, one character in.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from pathlib import Path

from reportlab.lib.colors import CMYKColor, black
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
)
from reportlab.platypus.tables import TableStyle

from workbench.common.jobs import check_cancel
from workbench.exports.pdf.fonts import FontSet, markup
from workbench.exports.pdf.grid import (  # noqa: F401 (part of this module's interface)
    BLOCK_HEIGHT,
    BLOCK_WIDTH,
    BODY_SIZE,
    CANNOT_END,
    CANNOT_START,
    CELL,
    CHAR_SPACE,
    CHARS,
    LINE,
    LINES,
    CellParagraph,
    GridParagraph,
    Heading,
)

PAGE_WIDTH, PAGE_HEIGHT = A4
TOP, LEFT = 37 * mm, 28 * mm
BOTTOM = PAGE_HEIGHT - TOP - BLOCK_HEIGHT  # 35 mm
TITLE_SIZE, SMALL_SIZE, TABLE_SIZE = 22, 14, 12  # 二号, 四号, 小四
PAGE_NUMBER_GAP = 7 * mm
MARK_OFFSET = 35 * mm  # 发文机关标志: top edge 35 mm under the top of the text block
RED = CMYKColor(0, 0.8, 0.8, 0)  # GB/T 9704 5.2: red ink Y80% M80%
THICK, THIN = 0.35 * mm, 0.25 * mm


def _style(name: str, font: str, size: float, **kw) -> ParagraphStyle:
    kw.setdefault("leading", LINE)
    return ParagraphStyle(name, fontName=font, fontSize=size, wordWrap="CJK", **kw)


class Styles:
    """The paragraph styles of an official document in one font set."""

    def __init__(self, fonts: FontSet) -> None:
        self.fonts = fonts
        indent = 2 * CELL
        self.body = _style("body", fonts.body, BODY_SIZE, firstLineIndent=indent, alignment=TA_JUSTIFY)
        self.heading1 = _style("heading1", fonts.heading, BODY_SIZE, firstLineIndent=indent)
        self.flush = _style("flush", fonts.body, BODY_SIZE, alignment=TA_LEFT)
        self.centred = _style("centred", fonts.body, BODY_SIZE, alignment=TA_CENTER)
        self.title = _style("title", fonts.title, TITLE_SIZE, alignment=TA_CENTER, leading=TITLE_SIZE * 1.6)
        self.cell = _style("cell", fonts.body, TABLE_SIZE, leading=TABLE_SIZE * 1.35)
        self.cell_centred = _style(
            "cell_centred", fonts.body, TABLE_SIZE, leading=TABLE_SIZE * 1.35, alignment=TA_CENTER
        )
        self.head_cell = _style(
            "head_cell", fonts.heading, TABLE_SIZE, leading=TABLE_SIZE * 1.35, alignment=TA_CENTER
        )
        self.small = _style("small", fonts.body, SMALL_SIZE, leading=SMALL_SIZE * 1.3)
        self.caption = _style("caption", fonts.body, SMALL_SIZE, leading=LINE, alignment=TA_CENTER)


# --- pieces of text -----------------------------------------------------------------------------


def body(text: str, st: Styles) -> Paragraph:
    """A 正文 paragraph indented two characters; a lead-in "（一）…。" is set in 楷体 (level 2)."""
    lead, rest = _lead_in(text)
    if lead:
        return GridParagraph(
            markup(lead, st.fonts.kai, st.fonts) + markup(rest, st.fonts.body, st.fonts), st.body
        )
    return GridParagraph(markup(text, st.fonts.body, st.fonts), st.body)


def _lead_in(text: str) -> tuple[str, str]:
    if text.startswith("（") and "）" in text[:5]:
        end = text.find("。")
        if 0 < end <= 30:
            return text[: end + 1], text[end + 1 :]
    return "", text


def heading1(text: str, st: Styles) -> Paragraph:
    """一级标题 "一、…" in 黑体."""
    return Heading(markup(text, st.fonts.heading, st.fonts), st.heading1)


def heading2(text: str, st: Styles) -> Paragraph:
    """二级标题 "（一）…" in 楷体."""
    return Heading(markup(text, st.fonts.kai, st.fonts), st.heading1)


def addressee(text: str, st: Styles) -> Paragraph:
    """主送机关: flush left, ending with a full-width colon."""
    text = text.rstrip("：:") + "："
    return GridParagraph(markup(text, st.fonts.body, st.fonts), st.flush)


# Where a title may break without splitting a word: after these, or before those.
_BREAK_AFTER = ("关于", "年度", "全市", "全区", "全县", "行政执法", "案卷评查", "评查", "问题")
_BREAK_BEFORE = ("情况", "整改", "的通报", "的通知", "行政执法")


def title(text: str, st: Styles, *, breaks: Sequence[int] = ()) -> Paragraph:
    """标题 in 二号小标宋, centred; several lines are balanced and broken between words."""
    per_line = int(BLOCK_WIDTH // TITLE_SIZE)
    lines = balanced_lines(text, per_line, [*breaks, *_natural_breaks(text)])
    return Paragraph("<br/>".join(markup(line, st.fonts.title, st.fonts) for line in lines), st.title)


def _natural_breaks(text: str) -> list[int]:
    out = []
    for word in _BREAK_AFTER:
        out += [i + len(word) for i in range(len(text)) if text.startswith(word, i)]
    for word in _BREAK_BEFORE:
        out += [i for i in range(1, len(text)) if text.startswith(word, i)]
    return out


def balanced_lines(text: str, per_line: int, breaks: Sequence[int] = ()) -> list[str]:
    """The fewest lines of at most `per_line` characters, of even length, broken at `breaks` when near."""
    count = math.ceil(len(text) / per_line)
    if count <= 1:
        return [text]
    out, start = [], 0
    for n in range(count - 1, 0, -1):
        target = start + math.ceil((len(text) - start) / (n + 1))
        near = [
            b
            for b in breaks
            if start < b <= start + per_line and abs(b - target) <= 6 and len(text) - b <= n * per_line
        ]
        cut = min(near, key=lambda b: abs(b - target)) if near else target
        out.append(text[start:cut])
        start = cut
    out.append(text[start:])
    return out


def table(
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    st: Styles,
    *,
    centred: Sequence[int] = (),
    extra: Sequence[tuple] = (),
) -> Table:
    """A ruled table in 小四 across the text block; the first row is the header, repeated on each page.

    `widths` are relative; `extra` adds TableStyle commands (spans, shading)."""
    cells = [[CellParagraph(markup(str(v), st.fonts.heading, st.fonts), st.head_cell) for v in rows[0]]]
    for row in rows[1:]:
        cells.append(
            [
                CellParagraph(
                    markup(str(v), st.fonts.body, st.fonts), st.cell_centred if i in centred else st.cell
                )
                for i, v in enumerate(row)
            ]
        )
    scale = BLOCK_WIDTH / sum(widths)
    out = Table(cells, colWidths=[w * scale for w in widths], repeatRows=1, spaceAfter=LINE / 3)
    out.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), st.fonts.body, TABLE_SIZE),  # never the default Helvetica
                ("GRID", (0, 0), (-1, -1), 0.5, black),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                *extra,
            ]
        )
    )
    return out


def closing(last: Sequence[Flowable], issuer: str, dated: str, fonts: FontSet) -> KeepTogether:
    """The last paragraph(s), one blank line (the seal overlaps it) and the signature, kept on one page."""
    return KeepTogether([*last, blank(1), Signature(issuer, dated, fonts)])


def attachment_mark(text: str, st: Styles) -> Paragraph:
    """ "附件" flush top left of an attachment page, in 黑体 (GB/T 9704 8: 附件)."""
    return GridParagraph(markup(text, st.fonts.heading, st.fonts), st.flush)


def blank(lines: float = 1) -> Spacer:
    return Spacer(BLOCK_WIDTH, lines * LINE)


# --- blocks drawn by hand -----------------------------------------------------------------------


def _draw(
    canv,
    text: str,
    fonts: FontSet,
    font: str,
    size: float,
    x: float,
    baseline: float,
    width: float,
    *,
    align: int = TA_LEFT,
    color=black,
) -> None:
    """Draw one line of text in a box from x of `width`, its baseline at `baseline`."""
    style = ParagraphStyle(
        "line", fontName=font, fontSize=size, leading=size, alignment=align, textColor=color
    )
    para = Paragraph(markup(text, font, fonts), style)
    _, height = para.wrap(width, 10 * size)
    para.drawOn(canv, x, baseline - height + size)


class RedHeader(Flowable):
    """版头: the red issuer mark, the 文号 under two blank lines (三 line pitches, GB/T 9704 7.2.4
    下空二行), and the red separator line 4 mm under the number."""

    def __init__(self, mark: str, number: str, fonts: FontSet) -> None:
        super().__init__()
        self.mark, self.number, self.fonts = mark, number, fonts
        self.mark_size = min(36.0, BLOCK_WIDTH / max(len(mark), 1) * 0.92)
        self.height = MARK_OFFSET + self.mark_size + 3 * LINE + BODY_SIZE + 4 * mm + 1.5

    def wrap(self, availWidth, availHeight):  # noqa: N803
        return BLOCK_WIDTH, self.height

    def draw(self) -> None:
        canv, fonts = self.canv, self.fonts
        baseline = self.height - MARK_OFFSET - self.mark_size * 0.86
        _draw(
            canv,
            self.mark,
            fonts,
            fonts.title,
            self.mark_size,
            0,
            baseline,
            BLOCK_WIDTH,
            align=TA_CENTER,
            color=RED,
        )
        baseline -= 3 * LINE
        _draw(canv, self.number, fonts, fonts.body, BODY_SIZE, 0, baseline, BLOCK_WIDTH, align=TA_CENTER)
        canv.saveState()
        canv.setStrokeColor(RED)
        canv.setLineWidth(1.5)
        y = baseline - 0.2 * BODY_SIZE - 4 * mm
        canv.line(0, y, BLOCK_WIDTH, y)
        canv.restoreState()


class Signature(Flowable):
    """发文机关署名 and 成文日期: the date 4 characters in from the right, the name centred above it."""

    def __init__(self, issuer: str, dated: str, fonts: FontSet) -> None:
        super().__init__()
        self.issuer, self.dated, self.fonts = issuer, dated, fonts
        self.height = 2 * LINE

    def wrap(self, availWidth, availHeight):  # noqa: N803
        return BLOCK_WIDTH, self.height

    def draw(self) -> None:
        fonts, size = self.fonts, BODY_SIZE
        right = BLOCK_WIDTH - 4 * CELL
        date_width = stringWidth(self.dated, fonts.body, size) + 2
        name_width = stringWidth(self.issuer, fonts.body, size) + 2
        name_x = min(right - date_width / 2 - name_width / 2, BLOCK_WIDTH - name_width)
        first = self.height - size
        _draw(self.canv, self.issuer, fonts, fonts.body, size, name_x, first, name_width)
        _draw(self.canv, self.dated, fonts, fonts.body, size, right - date_width, first - LINE, date_width)


class EndBlock(Flowable):
    """版记 at the foot of the last page: 抄送 and 印发机关/印发日期 between full-width rules."""

    def __init__(self, copies_to: str, printer: str, printed_on: str, fonts: FontSet) -> None:
        super().__init__()
        self.fonts, self.printer, self.printed_on = fonts, printer, printed_on
        copies = copies_to.strip()
        label = "抄送："
        hang = stringWidth(label, fonts.body, SMALL_SIZE)
        style = _style(
            "copies",
            fonts.body,
            SMALL_SIZE,
            leading=SMALL_SIZE * 1.5,
            leftIndent=SMALL_SIZE + hang,  # one 四号 character in; wrapped lines align after the colon
            firstLineIndent=-hang,
            rightIndent=SMALL_SIZE,
        )
        self.copies = Paragraph(markup(label + copies, fonts.body, fonts), style) if copies else None
        self.row = LINE * 0.9
        self.need = self.row + self._copies_height()
        self.alone = False

    def _copies_height(self) -> float:
        if self.copies is None:
            return 0
        _, height = self.copies.wrap(BLOCK_WIDTH, BLOCK_HEIGHT)
        return max(self.row, height + SMALL_SIZE * 0.6)

    def wrap(self, availWidth, availHeight):  # noqa: N803
        if availHeight + 1e-6 < self.need:
            return BLOCK_WIDTH, self.need  # does not fit: the frame moves it to a new page
        self.alone = availHeight >= BLOCK_HEIGHT - 1
        self.height = availHeight
        return BLOCK_WIDTH, availHeight

    def draw(self) -> None:
        canv, fonts = self.canv, self.fonts
        if self.alone:  # a 版记 page on its own carries no page number
            canv._wb_unnumbered = {*getattr(canv, "_wb_unnumbered", ()), canv.getPageNumber()}
        canv.saveState()
        canv.setLineWidth(THICK)
        canv.line(0, 0, BLOCK_WIDTH, 0)
        baseline = (self.row - SMALL_SIZE) / 2 + 2
        _draw(canv, self.printer, fonts, fonts.body, SMALL_SIZE, SMALL_SIZE, baseline, BLOCK_WIDTH / 2)
        dated = f"{self.printed_on}印发"
        width = stringWidth(dated, fonts.body, SMALL_SIZE) + 2
        _draw(canv, dated, fonts, fonts.body, SMALL_SIZE, BLOCK_WIDTH - SMALL_SIZE - width, baseline, width)
        top = self.row
        if self.copies is not None:
            canv.setLineWidth(THIN)
            canv.line(0, top, BLOCK_WIDTH, top)
            height = self._copies_height()
            _, para_height = self.copies.wrap(BLOCK_WIDTH, BLOCK_HEIGHT)
            self.copies.drawOn(canv, 0, top + (height - para_height) / 2 + 2)
            top += height
        canv.setLineWidth(THICK)
        canv.line(0, top, BLOCK_WIDTH, top)
        canv.restoreState()


# --- the document -------------------------------------------------------------------------------


class OfficialDocTemplate(BaseDocTemplate):
    """One frame the size of the text block; page numbers drawn when each page is done."""

    def __init__(self, path: str, fonts: FontSet, *, cancel: threading.Event | None = None, **kw) -> None:
        super().__init__(
            path,
            pagesize=A4,
            leftMargin=LEFT,
            rightMargin=PAGE_WIDTH - LEFT - BLOCK_WIDTH,
            topMargin=TOP,
            bottomMargin=BOTTOM,
            creator="案卷评查工作台",
            initialFontName=fonts.body,  # else every page declares Helvetica, which is never embedded
            initialFontSize=BODY_SIZE,
            **kw,
        )
        self.fonts, self.cancel = fonts, cancel
        frame = Frame(LEFT, BOTTOM, BLOCK_WIDTH, BLOCK_HEIGHT, 0, 0, 0, 0, id="block")
        self.addPageTemplates([PageTemplate("page", [frame], onPageEnd=self._page_number)])

    def afterFlowable(self, flowable) -> None:  # noqa: N802
        check_cancel(self.cancel)

    def _page_number(self, canv, doc) -> None:
        number = canv.getPageNumber()
        if number in getattr(canv, "_wb_unnumbered", ()):
            return
        text = f"— {number} —"
        fonts = self.fonts
        width = stringWidth(text, fonts.body, SMALL_SIZE) + 2
        x = LEFT + BLOCK_WIDTH - SMALL_SIZE - width if number % 2 else LEFT + SMALL_SIZE
        baseline = BOTTOM - PAGE_NUMBER_GAP - SMALL_SIZE * 0.7
        _draw(
            canv,
            text,
            fonts,
            fonts.body,
            SMALL_SIZE,
            x,
            baseline,
            width,
            align=TA_RIGHT if number % 2 else TA_LEFT,
        )


def build(
    path: Path | str,
    story: list[Flowable],
    fonts: FontSet,
    *,
    title: str,
    author: str,
    cancel: threading.Event | None = None,
) -> int:
    """Lay out `story` on GB/T 9704 pages into `path`; returns the number of pages."""
    check_cancel(cancel)
    doc = OfficialDocTemplate(str(path), fonts, cancel=cancel, title=title, author=author)
    doc.build(story)
    return doc.page
