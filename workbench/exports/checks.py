"""What an export may be asked for, and the checks that refuse a request before anything is written.

The kinds and formats a caller chooses from; the refusals (nothing chosen, an unknown kind, no notice
prefix, nothing final, files not yet final) that the export service runs before it writes a file or
takes a number; the fonts and the Word templates, loaded only once every check has passed.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from workbench.campaigns.office import require_office
from workbench.campaigns.service import Campaign, UnknownDepartment
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.reporting.figures import CampaignFigures
from workbench.reporting.wording import wording_for
from workbench.review.results import FileStatus

if TYPE_CHECKING:  # the PDF modules import reportlab: loaded only when a PDF is asked for
    from workbench.exports.pdf.fonts import FontSet

XLSX, SHEETS, FEEDBACK, BULLETIN, NOTICES = "xlsx", "sheets", "feedback", "bulletin", "notices"
KINDS = (XLSX, SHEETS, FEEDBACK, BULLETIN, NOTICES)
PDF_KINDS = (SHEETS, FEEDBACK, BULLETIN, NOTICES)
PDF, DOCX = "pdf", "docx"  # the formats of the documents: PDF, and the Word twins a clerk finishes
FORMATS = (PDF, DOCX)
DOCX_KINDS = (FEEDBACK, BULLETIN, NOTICES)  # the documents that have a Word twin


class NothingToExport(UserError):
    code = "nothing_to_export"
    template = QT_TRANSLATE_NOOP("UserError", "请至少选择一种要导出的文件。")


class UnknownExportKind(UserError):
    code = "unknown_export_kind"
    template = QT_TRANSLATE_NOOP("UserError", "无法导出“{kind}”：可导出的类型为 {known}。")


class NoticePrefixMissing(UserError):
    code = "notice_prefix_missing"
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "{what}“{campaign}”尚未设置发文机关代字，无法为通报和整改通知书编号。请先在活动设置中填写。",
    )


class NothingFinal(UserError):
    code = "nothing_final"
    template = QT_TRANSLATE_NOOP(
        "UserError", "{what}“{campaign}”还没有已定分的{subject}，无法制发{document}：没有可以通报的结果。"
    )


class UnfinishedFiles(UserError):
    code = "unfinished_files"
    template = QT_TRANSLATE_NOOP(
        "UserError",
        "{what}“{campaign}”尚有 {count} {measure}{subject}未定分（其中待复核 {awaiting} {measure}），"
        "不能制发编号公文（{documents}）。请先完成评查和复核；确需先行制发的，请确认后再导出"
        "（命令行加 --allow-unfinished），通报将写明未定分的数量。",
    )


class UnknownExportFormat(UserError):
    code = "unknown_export_format"
    template = QT_TRANSLATE_NOOP("UserError", "无法导出为“{format}”：可用的格式为 {known}。")


def check_kinds(kinds: Sequence[str]) -> list[str]:
    wanted = list(dict.fromkeys(kinds))
    if not wanted:
        raise NothingToExport()
    for kind in wanted:
        if kind not in KINDS:
            raise UnknownExportKind(kind=kind, known="、".join(KINDS))
    return wanted


def check_formats(formats: Sequence[str]) -> list[str]:
    shapes = list(dict.fromkeys(formats))
    if not shapes:
        raise NothingToExport()
    for shape in shapes:
        if shape not in FORMATS:
            raise UnknownExportFormat(format=shape, known="、".join(FORMATS))
    return shapes


def check_finished(
    figures: CampaignFigures, wanted: Sequence[str], units: Sequence[str], *, allow_unfinished: bool = False
) -> None:
    """Refuse a bulletin with nothing final, and numbered documents while files in their scope are not
    final (the bulletin's scope is every file, a notice's its department's), unless allowed."""
    w = wording_for(figures.campaign)
    what = w.campaign_label
    if BULLETIN in wanted and not figures.final:
        raise NothingFinal(what=what, campaign=figures.campaign.name, subject=w.subject, document="通报")
    if allow_unfinished:
        return
    scope = {f.department for f in figures.files} if BULLETIN in wanted else set()
    if NOTICES in wanted:
        scope |= set(units)
    open_files = [f for f in figures.files if f.department in scope and f.status is not FileStatus.FINAL]
    if open_files:
        documents = "、".join(d for k, d in ((BULLETIN, "通报"), (NOTICES, "整改通知书")) if k in wanted)
        raise UnfinishedFiles(
            what=what,
            campaign=figures.campaign.name,
            count=len(open_files),
            measure=w.measure,
            subject=w.subject,
            awaiting=sum(1 for f in open_files if f.status is FileStatus.AWAITING_ARBITRATION),
            documents=documents,
        )


def departments_of(figures: CampaignFigures, wanted: Sequence[str] | None) -> list[str]:
    """The departments to write per-department PDFs for: those with final scores, in ranking order."""
    ranked = [u.unit for u in figures.units]
    if wanted is None:
        return ranked
    known = dict.fromkeys(sorted({f.department for f in figures.files}))
    for name in wanted:
        if name not in known:
            raise UnknownDepartment(name=name, known="、".join(known) or "（无）")
    chosen = set(wanted)
    return [u for u in ranked if u in chosen]


def checked_fonts(
    db: Database, campaign: Campaign, wanted: list[str], files: Mapping[str, str] | None
) -> FontSet | None:
    """The PDFs' fonts, once everything they need has been checked, before anything is written."""
    if not any(k in wanted for k in PDF_KINDS):
        return None  # the workbook alone: reportlab is not even imported
    from workbench.exports.pdf.fonts import load_fonts

    if BULLETIN in wanted or NOTICES in wanted:
        from workbench.exports.templates import check_templates

        require_office(db, "通报和整改通知书")  # the issuer every numbered document is signed with
        check_templates(db)  # a bad template is refused before anything is generated
    if (NOTICES in wanted or BULLETIN in wanted) and not campaign.doc_prefix.strip():
        raise NoticePrefixMissing(what=wording_for(campaign).campaign_label, campaign=campaign.name)
    return load_fonts(files)


def word_templates(db: Database, campaign: Campaign, wanted: list[str]) -> dict[str, Path]:
    """kind → the checked Word template of each document wanted as .docx; a bad template (unknown or
    missing placeholder) is refused here, before anything is written and before any number is taken."""
    kinds = [k for k in wanted if k in DOCX_KINDS]
    if not kinds:
        return {}
    from workbench.exports.docx.templates import BULLETIN as WORD_BULLETIN
    from workbench.exports.docx.templates import FEEDBACK as WORD_FEEDBACK
    from workbench.exports.docx.templates import NOTICE as WORD_NOTICE
    from workbench.exports.docx.templates import check_docx_template
    from workbench.exports.templates import check_templates

    if BULLETIN in kinds or NOTICES in kinds:
        check_templates(db)
    if NOTICES in kinds and not campaign.doc_prefix.strip():
        raise NoticePrefixMissing(what=wording_for(campaign).campaign_label, campaign=campaign.name)
    word = {FEEDBACK: WORD_FEEDBACK, BULLETIN: WORD_BULLETIN, NOTICES: WORD_NOTICE}
    return {kind: check_docx_template(db, word[kind]) for kind in kinds}
