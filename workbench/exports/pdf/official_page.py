"""The GB/T 9704-2012 page of the bulletin and the notices: its geometry, the blocks drawn by hand
(版头 with the red mark and separator, the signature, the 版记 at the foot of the last page), page
numbers "— N —", and the build that lays a story out on it. The paragraphs and tables that fill the
text block are workbench.exports.pdf.official's.
"""

from __future__ import annotations

import threading
from pathlib import Path

from reportlab.lib.colors import CMYKColor, black
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate, Paragraph

from workbench.common.jobs import check_cancel
from workbench.exports.pdf.fonts import FontSet, markup
from workbench.exports.pdf.grid import BLOCK_HEIGHT, BLOCK_WIDTH, BODY_SIZE, CELL, LINE

PAGE_WIDTH, PAGE_HEIGHT = A4
TOP, LEFT = 37 * mm, 28 * mm
BOTTOM = PAGE_HEIGHT - TOP - BLOCK_HEIGHT  # 35 mm
TITLE_SIZE, SMALL_SIZE, TABLE_SIZE = 22, 14, 12  # 二号, 四号, 小四
PAGE_NUMBER_GAP = 7 * mm
MARK_OFFSET = 35 * mm  # 发文机关标志: top edge 35 mm under the top of the text block
RED = CMYKColor(0, 0.8, 0.8, 0)  # GB/T 9704 5.2: red ink Y80% M80%
THICK, THIN = 0.35 * mm, 0.25 * mm


def paragraph_style(name: str, font: str, size: float, **kw) -> ParagraphStyle:
    kw.setdefault("leading", LINE)
    return ParagraphStyle(name, fontName=font, fontSize=size, wordWrap="CJK", **kw)


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
        style = paragraph_style(
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
