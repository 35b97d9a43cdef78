"""The body text grid of GB/T 9704-2012: 22 lines × 28 characters of 三号 (16 pt) in a 156 × 225 mm block.

28 characters of 16 pt are 158 mm wide, so a GridParagraph breaks lines at 16 pt widths over a block
widened to 28 × 16 pt and draws them with negative character spacing (PDF Tc), as Word's document
grid does; lines other than the last are justified by spreading what is left over their characters.
Chinese line-start and line-end rules (避头尾) are applied, which reportlab's Japanese lists miss.
"""

from __future__ import annotations

from copy import copy, deepcopy

from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib.rl_accel import sameFrag
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.textobject import PDFTextObject
from reportlab.platypus import Paragraph
from reportlab.platypus.paragraph import ParaLines, cjkFragSplit

BLOCK_WIDTH, BLOCK_HEIGHT = 156 * mm, 225 * mm
LINES, CHARS = 22, 28
BODY_SIZE = 16  # 三号
LINE = BLOCK_HEIGHT / LINES * (1 - 1e-9)  # ≈ 28.99 pt; a hair less so that 22 lines always fit
CELL = BLOCK_WIDTH / CHARS  # ≈ 15.79 pt: one character of the grid
CHAR_SPACE = CELL - BODY_SIZE  # ≈ -0.21 pt


class _GridText(PDFTextObject):
    """A text object that sets each line's character spacing before the line's first string."""

    def __init__(self, canvas, x: float, y: float, spacings: list[float]) -> None:
        super().__init__(canvas, x, y)
        self._spacings, self._line, self._line_start = spacings, 0, True

    def _textOut(self, text, TStar=0):  # noqa: N802, N803 (reportlab's names)
        if self._line_start and self._line < len(self._spacings):
            self.setCharSpace(self._spacings[self._line])
        self._line_start = False
        super()._textOut(text, TStar)
        if TStar:
            self._line, self._line_start = self._line + 1, True


class GridParagraph(Paragraph):
    """A body paragraph on the 28-character grid.

    Lines are broken at 16 pt character widths over a block widened to 28 × 16 pt, then drawn with
    negative character spacing so that 28 characters span 156 mm; lines other than the last are
    justified by spreading what is left over their characters, as Word does for Chinese text.
    """

    _stretch = BODY_SIZE / CELL

    def wrap(self, availWidth, availHeight):  # noqa: N803 (reportlab's names)
        _, height = super().wrap(availWidth * self._stretch, availHeight)
        self.width = availWidth
        return availWidth, height

    def split(self, availWidth, availHeight):  # noqa: N803
        """Split between lines, the way Paragraph does but without the spaces it adds at the joins."""
        if not hasattr(self, "blPara"):
            self.wrap(availWidth, availHeight)
        lines = self.blPara.lines
        if self.blPara.kind != 1:
            return super().split(availWidth * self._stretch, availHeight)
        fit = int(availHeight / self.style.leading)
        if fit <= 1:  # a lone first line at the foot of a page: move the paragraph on
            del self.blPara
            return []
        if len(lines) <= fit:
            return [self]
        head = GridParagraph(None, self.style, frags=[w for line in lines[:fit] for w in line.words])
        head.blPara = ParaLines(kind=1, lines=lines[:fit], aH=availHeight, aW=availWidth * self._stretch)
        head._splitpara, head._JustifyLast = 1, True
        head.height, head.width = fit * self.style.leading, availWidth
        rest_style = deepcopy(self.style)
        rest_style.firstLineIndent = 0
        rest = GridParagraph(None, rest_style, frags=[w.clone() for line in lines[fit:] for w in line.words])
        return [head, rest]

    def breakLinesCJK(self, maxWidths):  # noqa: N802, N803
        """Always the per-character breaker (reportlab takes another path for one-font text), then
        Chinese line-start and line-end rules, which reportlab's Japanese-centred lists miss."""
        if hasattr(self, "blPara") and getattr(self, "_splitpara", 0):
            return self.blPara
        if not self.frags or any(hasattr(f, "cbDefn") for f in self.frags):
            return super().breakLinesCJK(maxWidths)
        self.height = 0
        para = cjkFragSplit(
            self.frags, maxWidths if isinstance(maxWidths, list | tuple) else [maxWidths], False
        )
        _apply_line_rules(para.lines)
        return para

    def beginText(self, x, y):  # noqa: N802
        return _GridText(self.canv, x, y, self._spacings())

    def _spacings(self) -> list[float]:
        style = self.style
        base = CHAR_SPACE * style.fontSize / BODY_SIZE
        lines = self.blPara.lines
        out = []
        for i, line in enumerate(lines):
            chars = sum(len(getattr(w, "text", "")) for w in getattr(line, "words", ()))
            last = i == len(lines) - 1 and not getattr(self, "_JustifyLast", False)
            spacing = base
            room = (
                self.width - style.leftIndent - style.rightIndent - (style.firstLineIndent if i == 0 else 0)
            )
            spread = (room - (line.maxWidth - line.extraSpace)) / (chars - 1) if chars > 1 else base
            if (
                style.alignment == TA_JUSTIFY
                and not last
                and not getattr(line, "lineBreak", False)
                and chars > 1
            ):
                if base - 1.5 <= spread <= base + style.fontSize / 4:
                    spacing = spread
            elif chars > 1 and base - 1.5 <= spread < base:
                # a last (or broken) line that holds a hung punctuation mark is compressed to the block
                # too, or it ends a character past it (issue 14: 防止同类问题再次发生。 6 mm outside)
                spacing = spread
            out.append(spacing)
        return out


CANNOT_START = "，。、；：？！）」』》〕】…—”’·%,.;:?!)]"  # 避头: may not begin a line
CANNOT_END = "（「『《〔【“‘([<"  # 避尾: may not end a line


def _apply_line_rules(lines: list) -> None:
    """Hang a line-start punctuation mark on the line before; carry an opening one to the next line."""
    i = 1
    while i < len(lines):
        before, line = lines[i - 1], lines[i]
        if line.words and line.words[0].text[:1] in CANNOT_START and _chars(before) > 1:
            _move(line, before, first=True)
        elif before.words and before.words[-1].text[-1:] in CANNOT_END and _chars(before) > 1:
            _move(before, line, first=False)
        if not line.words:
            del lines[i]
            continue
        i += 1


def _chars(line) -> int:
    return sum(len(w.text) for w in line.words)


def _move(source, target, *, first: bool) -> None:
    """Move one character from the start (first) or the end of `source` to the other line."""
    word = source.words[0] if first else source.words[-1]
    char = word.text[0] if first else word.text[-1]
    word.text = word.text[1:] if first else word.text[:-1]
    if not word.text:
        source.words.remove(word)
    width = stringWidth(char, word.fontName, word.fontSize)
    source.extraSpace += width
    source.currentWidth -= width
    target.extraSpace -= width
    target.currentWidth += width
    if first:
        last = target.words[-1] if target.words else None
        if last is not None and sameFrag(last, word):
            last.text += char
        else:
            target.words.append(word.clone(text=char))
    else:
        head = target.words[0] if target.words else None
        if head is not None and sameFrag(head, word):
            head.text = char + head.text
        else:
            target.words.insert(0, word.clone(text=char))


class Heading(GridParagraph):
    """A heading that moves to the next page rather than end one: it needs two more lines below it."""

    def wrap(self, availWidth, availHeight):  # noqa: N803
        width, height = super().wrap(availWidth, availHeight)
        if availHeight + 1e-6 < height + 2 * LINE and availHeight < BLOCK_HEIGHT - 1:
            return width, availHeight + 1  # "does not fit": the frame tries split(), which declines
        return width, height

    def split(self, availWidth, availHeight):  # noqa: N803
        return []


class CellParagraph(Paragraph):
    """A table cell's paragraph that never runs past its cell.

    reportlab's CJK breaker lets a closing punctuation mark hang past the line's end, and keeps the
    character before it with it, so a cell's line ran up to a few millimetres past the rule (issue 14,
    item 5). Here a line wider than the cell gives characters from its end to the next line until it
    fits, and never leaves a line starting with a closing mark (避头)."""

    def breakLinesCJK(self, maxWidths):  # noqa: N802, N803
        """reportlab's breaker; where a line came out wider than the cell, the per-character breaker
        (reportlab takes another path for one-font text) and the fit. Most cells fit at once."""
        para = super().breakLinesCJK(maxWidths)
        if not self.frags or any(hasattr(f, "cbDefn") for f in self.frags):
            return para
        if all(_extra(line) >= -0.01 for line in para.lines):
            return para
        self.height = 0
        para = cjkFragSplit(
            self.frags, maxWidths if isinstance(maxWidths, list | tuple) else [maxWidths], False
        )
        _fit_lines(para.lines)
        return para


def _extra(line) -> float:
    """A line's room left: kind-0 lines are (extraSpace, words) tuples, kind-1 lines objects."""
    return line[0] if isinstance(line, tuple) else line.extraSpace


def _fit_lines(lines: list) -> None:
    i = 0
    while i < len(lines):
        line = lines[i]
        moved = False
        while line.extraSpace < -0.01 and _chars(line) > 1:
            if i + 1 == len(lines):
                extra = copy(line)
                extra.words, extra.extraSpace, extra.currentWidth = [], line.maxWidth, 0
                extra.lineBreak = getattr(line, "lineBreak", False)
                line.lineBreak = False
                lines.append(extra)
            _move(line, lines[i + 1], first=False)
            moved = True
        if moved:  # a closing mark may not start the next line: take the character before it along
            following = lines[i + 1]
            while following.words and following.words[0].text[:1] in CANNOT_START and _chars(line) > 1:
                _move(line, following, first=False)
        i += 1
