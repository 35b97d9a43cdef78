"""The per-file evaluation sheet PDF (行政执法案卷评查表 / 督察评分表): one sheet per file (per unit in a
supervision round), pages numbered per sheet."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, PageBreak, Paragraph

from workbench.common.jobs import Cancelled
from workbench.exports.pdf.fonts import FontSet, load_fonts
from workbench.exports.pdf.sheet_parts import SheetParts
from workbench.exports.pdf.styles import XIAO_WU, form_document, form_styles
from workbench.reporting.figures import CampaignFigures
from workbench.reporting.wording import wording_for
from workbench.review.results import FileResult


def write_evaluation_sheets(
    figures: CampaignFigures,
    files: Sequence[FileResult],
    path: str | Path,
    *,
    fonts: FontSet | None = None,
    cancel: threading.Event | None = None,
    reviewed_on: date | None = None,
) -> int:
    """Write one sheet per file (each starts a new page) to `path`; returns the number of pages.

    The 评查日期 of a sheet is the day its final score was settled; `reviewed_on` (today when not given)
    stands in for a file that does not know it.
    """
    fonts = fonts or load_fonts()
    w = wording_for(figures.campaign)
    parts = SheetParts(figures.standard, fonts, figures.campaign.name, reviewed_on or date.today(), w)
    pages = _Pages(fonts.body, w.subject_id_label)
    story: list[Flowable] = []
    for n, file in enumerate(files):
        if cancel is not None and cancel.is_set():
            raise Cancelled
        if n:
            story.append(PageBreak())
        story.append(_FileStart(pages, file.case_number, cancel))
        story += parts.sheet(file)
    if not story:
        story.append(Paragraph(f"（没有{w.subject}）", form_styles(fonts).body))
    doc = form_document(path, fonts, title=w.sheet_title, on_page=_nothing)
    doc.pageTemplates[0].onPageEnd = pages.footer
    doc.build(story)
    return pages.count


def _nothing(canvas: Canvas, doc: BaseDocTemplate) -> None:
    """Pages are decorated at their end, once the file they belong to is known."""


class _Pages:
    """Page numbers within the current file, and the count of all pages written."""

    def __init__(self, font: str, label: str) -> None:
        self.font, self.label = font, label
        self.case_number = ""
        self.first = 1
        self.count = 0

    def footer(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        """第 N 页 of the file, with its 案号 (or unit), so a loose page still finds its sheet."""
        number = canvas.getPageNumber()
        self.count = number
        canvas.saveState()
        canvas.setFont(self.font, XIAO_WU)
        canvas.drawCentredString(doc.pagesize[0] / 2, 10 * mm, f"第 {number - self.first + 1} 页")
        if self.case_number:
            canvas.drawString(doc.leftMargin, 10 * mm, f"{self.label}：{self.case_number}")
        canvas.restoreState()


class _FileStart(Flowable):
    """Zero-size marker drawn where a file's sheet begins; checks Cancel while reportlab lays out."""

    def __init__(self, pages: _Pages, case_number: str, cancel: threading.Event | None) -> None:
        super().__init__()
        self.pages, self.case_number, self.cancel = pages, case_number, cancel

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        if self.cancel is not None and self.cancel.is_set():
            raise Cancelled
        self.pages.case_number = self.case_number
        self.pages.first = self.canv.getPageNumber()
