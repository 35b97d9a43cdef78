"""The export service the CLI and the export dialog share: the results workbook, the PDF documents and
their Word twins, written all or nothing (workbench.exports.staging) after every check has passed
(workbench.exports.checks); the bulletin and the notices take their numbers last
(workbench.exports.numbered), so a cancelled run takes none and a run again gives the same numbers.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from db.connection import worker_database
from workbench.accounts import require
from workbench.campaigns.service import Campaign, get_campaign
from workbench.common.changes import NOTHING, Done
from workbench.common.jobs import Progress, check_cancel, no_progress
from workbench.common.kinds import Role
from workbench.exports.checks import (
    BULLETIN,
    DOCX,
    FEEDBACK,
    NOTICES,
    PDF,
    PDF_KINDS,
    SHEETS,
    XLSX,
    check_finished,
    check_formats,
    check_kinds,
    checked_fonts,
    departments_of,
    word_templates,
)
from workbench.exports.numbered import write_bulletin, write_notices
from workbench.exports.staging import Steps, output_folder, safe_file_name, staging
from workbench.exports.workbook import write_workbook
from workbench.reporting.figures import CampaignFigures, campaign_figures
from workbench.reporting.wording import wording_for

if TYPE_CHECKING:  # the PDF modules import reportlab: loaded only when a PDF is asked for
    from workbench.exports.pdf.fonts import FontSet


class ExportResult(list[Path]):
    """The files written, in order, and notes for the user (fonts substituted, departments skipped)."""

    def __init__(self, paths: Sequence[Path] = (), notes: Sequence[str] = ()) -> None:
        super().__init__(paths)
        self.notes: tuple[str, ...] = tuple(notes)


def workbook_name(campaign: Campaign) -> str:
    return safe_file_name(f"{campaign.name}-{wording_for(campaign).results_file}.xlsx")


def export_outputs(
    db: Database,
    campaign: Campaign,
    out_dir: str | os.PathLike[str],
    kinds: Sequence[str],
    *,
    departments: Sequence[str] | None = None,
    author: str,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    font_files: Mapping[str, str] | None = None,
    issued_on: date | None = None,
    formats: Sequence[str] = (PDF,),
    allow_unfinished: bool = False,
) -> Done[ExportResult]:
    """Write the chosen outputs of a campaign into `out_dir`; returns the paths written, in order, and the
    notices it issued (the one thing an export records besides the bulletin's number).

    kinds ⊆ KINDS; `departments` limits the per-department documents (None: every department with final
    scores); `font_files` are the font files chosen in settings (role → path); `issued_on` dates the
    bulletin and the notices (today when not given); `formats` ⊆ FORMATS: the documents as PDF, as
    Word (.docx, for DOCX_KINDS) or both. A notice in both formats is issued once and carries one number.
    Numbered documents (bulletin, notices) are refused while a file in their scope is not final, unless
    `allow_unfinished` (the organiser confirmed); the bulletin then says how many files were not final.
    """
    wanted = check_kinds(kinds)
    require(db, author, *((Role.ADMIN,) if NOTICES in wanted else (Role.ADMIN, Role.LEAD)))
    shapes = check_formats(formats)
    folder = output_folder(out_dir)
    check_cancel(cancel)
    figures = campaign_figures(db, campaign)
    units = departments_of(figures, departments)
    today = issued_on or date.today()
    pdf = PDF in shapes
    fonts = checked_fonts(
        db, campaign, wanted if pdf else [k for k in wanted if k not in PDF_KINDS], font_files
    )
    words = word_templates(db, campaign, wanted if DOCX in shapes else [])
    check_finished(figures, wanted, units, allow_unfinished=allow_unfinished)
    notes: list[str] = list(fonts.notes) if fonts is not None else []
    plan = _plan(figures, wanted if pdf else [k for k in wanted if k not in PDF_KINDS], units)
    plan += _docx_plan(figures, words, units, today)
    per_notice = pdf + (NOTICES in words)
    outputs = len(plan) + (BULLETIN in wanted) + (len(units) * per_notice if NOTICES in wanted else 0)
    steps = Steps(outputs, progress or no_progress)
    changes = NOTHING
    with staging(folder) as stage:
        for name, write in plan:
            check_cancel(cancel)
            write(stage.part(name), fonts, steps.sub(), cancel)
            steps.advance()
        if BULLETIN in wanted:
            check_cancel(cancel)
            write_bulletin(
                db, figures, stage, fonts, cancel, today, author, pdf=pdf, word=words.get(BULLETIN)
            )
            steps.advance()
        if NOTICES in wanted and (pdf or NOTICES in words):
            check_cancel(cancel)
            issued = write_notices(
                db,
                campaign,
                figures,
                units,
                stage,
                fonts,
                cancel,
                today,
                author,
                steps,
                pdf=pdf,
                word=words.get(NOTICES),
            )
            notes += issued.value
            changes = issued.changes
        stage.commit()
    steps.finish()
    return Done(ExportResult(stage.written, notes), changes)


def export_workbook(
    db: Database,
    campaign: Campaign,
    path: str | os.PathLike[str],
    *,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
) -> Path:
    """The results workbook alone, to a file name of the caller's choice (CLI `export xlsx --out`)."""
    target = Path(path)
    folder = output_folder(target.parent if str(target.parent) else Path("."))
    figures = campaign_figures(db, campaign)
    with staging(folder) as stage:
        write_workbook(figures, stage.part(target.name), progress=progress, cancel=cancel)
        stage.commit()
    return stage.written[0]


def export_job(
    db_path: Path,
    campaign_id: str,
    out_dir: Path,
    kinds: Sequence[str],
    *,
    departments: Sequence[str] | None = None,
    author: str,
    font_files: Mapping[str, str] | None = None,
    formats: Sequence[str] = (PDF,),
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    allow_unfinished: bool = False,
) -> Done[ExportResult]:
    """export_outputs on a worker thread: its own connection (a sqlite connection keeps to its thread)."""
    check_cancel(cancel)
    with worker_database(db_path) as db:
        return export_outputs(
            db,
            get_campaign(db, campaign_id),
            out_dir,
            kinds,
            departments=departments,
            author=author,
            progress=progress,
            cancel=cancel,
            font_files=font_files,
            formats=formats,
            allow_unfinished=allow_unfinished,
        )


# --- what to write --------------------------------------------------------------------------------


Writer = Callable[[Path, "FontSet | None", Progress, threading.Event | None], object]


def _plan(figures: CampaignFigures, wanted: list[str], units: list[str]) -> list[tuple[str, Writer]]:
    """(file name, writer) of every output that needs no database: workbook, sheets, feedback."""
    plan: list[tuple[str, Writer]] = []
    w = wording_for(figures.campaign)
    if XLSX in wanted:
        plan.append((workbook_name(figures.campaign), _workbook_writer(figures)))
    if SHEETS in wanted:
        plan += [(safe_file_name(f"{w.sheet_file}-{u}.pdf"), _sheets_writer(figures, u)) for u in units]
    if FEEDBACK in wanted:
        plan += [(safe_file_name(f"{w.feedback_file}-{u}.pdf"), _feedback_writer(figures, u)) for u in units]
    return plan


def _docx_plan(
    figures: CampaignFigures, words: dict[str, Path], units: list[str], dated: date
) -> list[tuple[str, Writer]]:
    """(file name, writer) of the Word feedback, one per department."""
    if FEEDBACK not in words:
        return []
    w = wording_for(figures.campaign)
    template = words[FEEDBACK]

    def writer(department: str) -> Writer:
        def write(
            path: Path, fonts: FontSet | None, progress: Progress, cancel: threading.Event | None
        ) -> None:
            from workbench.exports.docx.writer import write_feedback_docx

            write_feedback_docx(figures, department, path, template=template, dated=dated)

        return write

    return [(safe_file_name(f"{w.feedback_file}-{u}.docx"), writer(u)) for u in units]


def _workbook_writer(figures: CampaignFigures) -> Writer:
    def write(path: Path, fonts: FontSet | None, progress: Progress, cancel: threading.Event | None) -> None:
        write_workbook(figures, path, progress=progress, cancel=cancel)

    return write


def _sheets_writer(figures: CampaignFigures, department: str) -> Writer:
    def write(path: Path, fonts: FontSet | None, progress: Progress, cancel: threading.Event | None) -> int:
        from workbench.exports.pdf.sheets import write_evaluation_sheets

        files = [f for f in figures.final if f.department == department]
        return write_evaluation_sheets(figures, files, path, fonts=fonts, cancel=cancel)

    return write


def _feedback_writer(figures: CampaignFigures, department: str) -> Writer:
    def write(path: Path, fonts: FontSet | None, progress: Progress, cancel: threading.Event | None) -> int:
        from workbench.exports.pdf.feedback import write_feedback

        return write_feedback(figures, department, path, fonts=fonts, cancel=cancel)

    return write
