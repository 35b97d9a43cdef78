"""Write-only sheet plumbing every exported workbook shares: typed columns, text cells that never become
formulas and wrap when wider than their column, A4 landscape page set-up with the header row repeated,
the named styles, the printed text size, and progress with a cancel check every TICK rows.

What goes on the sheets is the business of each workbook (workbench.exports.workbook for the results,
audit_workbook for the audit log); openpyxl is imported inside the functions: it costs startup time.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

from workbench.common.jobs import Progress, check_cancel
from workbench.exports.cells import GUARDED_STARTS, set_text

if TYPE_CHECKING:
    from openpyxl import Workbook
    from openpyxl.worksheet._write_only import WriteOnlyWorksheet

FOOTER = "第 &P 页 共 &N 页"
TICK = 1000  # rows between progress reports and cancel checks
LINE_HEIGHT = 14.5  # points per line of wrapped 11 pt text (Excel; LibreOffice needs a little less)
HEADER_STYLE, FIXED2_STYLE, TITLE_STYLE, WRAP_STYLE = "评查表头", "两位小数", "评查标题", "自动换行"


class Kind(Enum):
    TEXT = "text"  # user text: guarded (= + - @ #) and wrapped when wider than the column
    NUMBER = "number"  # a Decimal shown as it is (87.5, 90)
    FIXED2 = "fixed2"  # a mean or a share, shown with two decimals (R15)
    PLAIN = "plain"  # our own values (ints, labels): written as they are


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    kind: Kind = Kind.PLAIN
    wrap: bool = True  # TEXT: a value wider than the column wraps (a styled cell, so only where it helps)


def number(value: Decimal | None) -> int | float | None:
    """A Decimal as a cell number: integral values as ints, others as floats (87.5 stays 87.5)."""
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def write_table(
    book: Workbook,
    title: str,
    columns: Sequence[Column],
    rows: Iterable[list[Any]],
    ticker: Ticker,
    campaign: str = "",
) -> None:
    """A header row, the rows, and an autofilter over them."""
    from openpyxl.utils import get_column_letter

    ws = new_sheet(book, title, columns, campaign=campaign)
    ws.append([text_cell(ws, column.header, style=HEADER_STYLE) for column in columns])
    cells = Cells(ws, columns)
    heights = ws.row_dimensions
    count = 0
    tick = ticker.tick
    append = ws.append
    for values in rows:
        count += 1
        values = cells.convert(values)
        if cells.lines > 1:  # spreadsheets do not grow a row for wrapped text on opening
            heights[count + 1].height = LINE_HEIGHT * cells.lines
            append(values)
            del heights[count + 1]  # written: keep none of the 400,000 rows' dimensions in memory
        else:
            append(values)
        tick()
    ws.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{count + 1}"


class Cells:
    """Turns a row of values into cells: numbers from Decimals, guarded and wrapped text, formats."""

    def __init__(self, ws: WriteOnlyWorksheet, columns: Sequence[Column]) -> None:
        self.ws = ws
        self.lines = 1  # of the row last converted
        kinds = {Kind.NUMBER: number, Kind.FIXED2: self.fixed2, Kind.PLAIN: None}
        self.converters = [
            self.text(c.width if c.wrap else float("inf")) if c.kind is Kind.TEXT else kinds[c.kind]
            for c in columns
        ]
        self.plain = all(c is None for c in self.converters)

    def convert(self, values: list[Any]) -> list[Any]:
        self.lines = 1
        if self.plain:
            return values
        return [v if c is None else c(v) for c, v in zip(self.converters, values, strict=True)]

    def text(self, width: float) -> Callable[[Any], Any]:
        shortest = width / 2  # no string this short is wider than the column

        def convert(value: Any) -> Any:
            if value.__class__ is not str:
                return value
            wrap = False
            if len(value) > shortest and (wide := display_width(value)) > width:
                wrap = True
                self.lines = max(self.lines, math.ceil(wide / (width - 1)))
            if wrap or value.startswith(GUARDED_STARTS):
                return text_cell(self.ws, value, wrap=wrap)
            return value

        return convert

    def fixed2(self, value: Any) -> Any:
        from openpyxl.cell import WriteOnlyCell

        if value is None:
            return None
        c = WriteOnlyCell(self.ws, value=number(value))
        c.style = FIXED2_STYLE
        return c


def display_width(text: str) -> float:
    """About how many column-width units a string takes: a Chinese character two, ASCII one."""
    return (len(text) + len(text.encode("utf-8"))) / 2


def text_cell(ws: WriteOnlyWorksheet, value: str, *, wrap: bool = False, style: str | None = None) -> Any:
    """A text cell that spreadsheets show as typed: string type, Excel's quote prefix when it looks like a
    formula; long text wraps inside its column."""
    from openpyxl.cell import WriteOnlyCell

    c = WriteOnlyCell(ws)
    if style is not None or wrap:
        c.style = style or WRAP_STYLE
    return set_text(c, value)


def new_sheet(
    book: Workbook, title: str, columns: Sequence[Column], *, table: bool = True, campaign: str = ""
) -> WriteOnlyWorksheet:
    """A sheet set up before its first row (write-only mode writes views and widths first).

    A table sheet keeps its header row on screen and on every printed page.
    """
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.properties import PageSetupProperties

    ws = book.create_sheet(title)
    for n, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(n)].width = column.width
    if table:
        ws.freeze_panes = "A2"
        ws.print_title_rows = "1:1"
    ws.page_setup.orientation = "landscape"
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.fitToWidth = 1  # as wide as the page, as many pages long as needed
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = PageSetupProperties(fitToPage=True)
    ws.print_options.gridLines = True  # lines on paper without a border style on every cell
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.6
    ws.oddFooter.center.text = FOOTER
    ws.oddHeader.center.text = f"{campaign.replace('&', '&&')}　&A"  # the campaign and the sheet's name
    return ws


# --- print size: LibreOffice and Excel scale a fit-to-width sheet to the page -------------------------

PRINTABLE_MM = 297 - 2 * 0.4 * 25.4  # A4 landscape less the 0.4 in side margins
BASE_POINTS = 11  # the default font of the cells
MIN_PRINTED_POINTS = 9  # issue 14: nothing printed smaller


def printed_points(widths: Sequence[float]) -> float:
    """The size the 11 pt text prints at when the columns are scaled to the page width (a column of
    width w is 7w + 5 pixels at 96 dpi; sheets narrower than the page print at 100 %)."""
    pixels = sum(7 * w + 5 for w in widths)
    page = PRINTABLE_MM / 25.4 * 96
    return BASE_POINTS * min(1.0, page / pixels)


def add_styles(book: Workbook) -> None:
    """Three named styles shared by every styled cell (one style record each, not one per cell)."""
    from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side

    thin = Side(style="thin", color="808080")
    header = NamedStyle(HEADER_STYLE)
    header.font = Font(bold=True)
    header.fill = PatternFill("solid", fgColor="DDE4EE")
    header.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    header.border = Border(left=thin, right=thin, top=thin, bottom=thin)
    fixed2 = NamedStyle(FIXED2_STYLE, number_format="0.00")
    title = NamedStyle(TITLE_STYLE, font=Font(bold=True, size=14))
    wrap = NamedStyle(WRAP_STYLE, alignment=Alignment(wrap_text=True, vertical="top"))
    for style in (header, fixed2, title, wrap):
        book.add_named_style(style)


class Ticker:
    """Progress about every TICK rows, with a cancel check; the save counts as the last tenth."""

    def __init__(self, rows: int, progress: Progress, cancel: threading.Event | None) -> None:
        self.total = rows + max(1, rows // 10)
        self.done = 0
        self.next = 0
        self.progress = progress
        self.cancel = cancel

    def tick(self) -> None:
        self.done += 1
        if self.done >= self.next:
            self.next = self.done + TICK
            check_cancel(self.cancel)
            self.progress(self.done, self.total)

    def finish(self) -> None:
        self.progress(self.total, self.total)


def discard(book: Workbook) -> None:
    """Close and delete the sheets' temporary files (openpyxl would keep them until the process ends)."""
    for ws in book.worksheets:
        writer = getattr(ws, "_writer", None)
        if writer is None:
            continue
        rows = getattr(ws, "_rows", None)
        for close in (rows.close if rows is not None else None, writer.close, writer.cleanup):
            if close is None:
                continue
            try:
                close()
            except Exception:  # best effort: the error that brought us here is what matters
                continue
