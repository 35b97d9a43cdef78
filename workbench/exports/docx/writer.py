"""Render a Word template with a document's context and save it: the .docx twins of the PDFs.

The writers take the same inputs as the PDF writers (figures, rendered texts, the issued notice) and a
checked template path (workbench.exports.docx.templates.check_docx_template); they touch no database.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from workbench.exports.docx.bulletin_context import bulletin_context
from workbench.exports.docx.feedback_context import feedback_context
from workbench.exports.docx.notice_context import notice_context
from workbench.exports.docx.templates import render_bytes, template_bytes
from workbench.rectification.notices import Notice
from workbench.reporting.figures import CampaignFigures


def render_docx(template: Path, context: dict, path: Path | str) -> Path:
    """Fill `template` with `context` and save the document to `path`."""
    document = render_bytes(template_bytes(template), context)
    document.docx.core_properties.title = str(context.get("标题", "")).replace("\n", "")
    document.save(path)
    return Path(path)


def write_notice_docx(
    notice: Notice, figures: CampaignFigures, texts: Mapping[str, str], path: Path | str, *, template: Path
) -> Path:
    return render_docx(template, notice_context(notice, figures, texts), path)


def write_bulletin_docx(
    figures: CampaignFigures, texts: Mapping[str, str], path: Path | str, *, template: Path
) -> Path:
    return render_docx(template, bulletin_context(figures, texts), path)


def write_feedback_docx(
    figures: CampaignFigures, department: str, path: Path | str, *, template: Path, dated: date
) -> Path:
    return render_docx(template, feedback_context(figures, department, dated), path)
