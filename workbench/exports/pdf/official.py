"""GB/T 9704-2012 《党政机关公文格式》 text for the bulletin and the notices (reportlab platypus).

A4; top margin 37 mm, binding margin 28 mm, text block 156 × 225 mm; body 三号 (16 pt) 仿宋 on a grid
of 22 lines × 28 characters. 28 characters of 16 pt are 158 mm wide, so body text is set 0.2 pt
tighter per character (PDF character spacing), as Word's document grid does. Page numbers "— N —" in
四号 sit 7 mm under the text block, odd pages right and even pages left, one character in.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.colors import black
from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table
from reportlab.platypus.tables import TableStyle

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
from workbench.exports.pdf.official_page import SMALL_SIZE, TABLE_SIZE, TITLE_SIZE, Signature
from workbench.exports.pdf.official_page import paragraph_style as _style
from workbench.exports.title_breaks import balanced_lines, natural_breaks


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


def title(text: str, st: Styles, *, breaks: Sequence[int] = ()) -> Paragraph:
    """标题 in 二号小标宋, centred; several lines are balanced and broken between words."""
    per_line = int(BLOCK_WIDTH // TITLE_SIZE)
    lines = balanced_lines(text, per_line, [*breaks, *natural_breaks(text)])
    return Paragraph("<br/>".join(markup(line, st.fonts.title, st.fonts) for line in lines), st.title)


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
