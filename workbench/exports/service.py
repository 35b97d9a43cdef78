"""The export service the CLI and the export dialog share: the results workbook and the PDF documents.

All or nothing: every file is written under a temporary name in the target folder (`.~<name>.<random>.part`,
made by workbench.common.atomic_file) and
the whole set is renamed into place with os.replace only once every file is complete. On Cancelled or
any error the temporary files of the run are removed and the folder is left as it was (files an earlier
export left there included; only a failure while renaming, such as a file held open by another program,
can leave the files renamed before it in place). Rectification notices are the one thing recorded in
the database: they are issued (numbered) after every other file is written, and a notice already in
force is written again from its record rather than issued twice, so an export run again after a cancel
gives the same numbers.
"""

from __future__ import annotations

import os
import re
import threading
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from db.connection import worker_database
from workbench.accounts import require
from workbench.campaigns.office import require_office
from workbench.campaigns.service import Campaign, UnknownDepartment, get_campaign
from workbench.common.atomic_file import commit_temporary, discard_temporary, file_error, new_temporary
from workbench.common.errors import QT_TRANSLATE_NOOP, UserError
from workbench.common.jobs import Progress, check_cancel, no_progress
from workbench.common.kinds import Role
from workbench.exports.workbook import write_workbook
from workbench.reporting.figures import CampaignFigures, campaign_figures
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
_UNSAFE = re.compile(r'[\\/:*?"<>|\x00-\x1f]')  # not allowed in Windows file names
MAX_NAME = 120  # characters of a file name, well inside Windows' 255 and its 260-character paths


class NothingToExport(UserError):
    code = "nothing_to_export"
    template = QT_TRANSLATE_NOOP("UserError", "请至少选择一种要导出的文件。")


class UnknownExportKind(UserError):
    code = "unknown_export_kind"
    template = QT_TRANSLATE_NOOP("UserError", "无法导出“{kind}”：可导出的类型为 {known}。")


class ExportFolderError(UserError):
    code = "export_folder"
    template = QT_TRANSLATE_NOOP("UserError", "无法写入 {path}：{reason}")


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


class ExportResult(list[Path]):
    """The files written, in order, and notes for the user (fonts substituted, departments skipped)."""

    def __init__(self, paths: Sequence[Path] = (), notes: Sequence[str] = ()) -> None:
        super().__init__(paths)
        self.notes: tuple[str, ...] = tuple(notes)


def safe_file_name(name: str) -> str:
    """A file name Windows accepts: no \\ / : * ? " < > | or control characters, no trailing dot or space."""
    cleaned = _UNSAFE.sub("_", name).strip().rstrip(". ")
    if len(cleaned) > MAX_NAME:
        stem, dot, suffix = cleaned.rpartition(".")
        cleaned = f"{stem[: MAX_NAME - len(suffix) - 1]}.{suffix}" if dot else cleaned[:MAX_NAME]
    return cleaned or "_"


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
) -> ExportResult:
    """Write the chosen outputs of a campaign into `out_dir`; returns the paths written, in order.

    kinds ⊆ KINDS; `departments` limits the per-department documents (None: every department with final
    scores); `font_files` are the font files chosen in settings (role → path); `issued_on` dates the
    bulletin and the notices (today when not given); `formats` ⊆ FORMATS: the documents as PDF, as
    Word (.docx, for DOCX_KINDS) or both. A notice in both formats is issued once and carries one number.
    Numbered documents (bulletin, notices) are refused while a file in their scope is not final, unless
    `allow_unfinished` (the organiser confirmed); the bulletin then says how many files were not final.
    """
    wanted = _check_kinds(kinds)
    require(db, author, *((Role.ADMIN,) if NOTICES in wanted else (Role.ADMIN, Role.LEAD)))
    shapes = _check_formats(formats)
    folder = _folder(out_dir)
    check_cancel(cancel)
    figures = campaign_figures(db, campaign)
    units = _departments(figures, departments)
    today = issued_on or date.today()
    pdf = PDF in shapes
    fonts = _fonts(db, campaign, wanted if pdf else [k for k in wanted if k not in PDF_KINDS], font_files)
    words = _word_templates(db, campaign, wanted if DOCX in shapes else [])
    check_finished(figures, wanted, units, allow_unfinished=allow_unfinished)
    notes: list[str] = list(fonts.notes) if fonts is not None else []
    plan = _plan(figures, wanted if pdf else [k for k in wanted if k not in PDF_KINDS], units)
    plan += _docx_plan(figures, words, units, today)
    per_notice = pdf + (NOTICES in words)
    outputs = len(plan) + (BULLETIN in wanted) + (len(units) * per_notice if NOTICES in wanted else 0)
    steps = _Steps(outputs, progress or no_progress)
    with _staging(folder) as stage:
        for name, write in plan:
            check_cancel(cancel)
            write(stage.part(name), fonts, steps.sub(), cancel)
            steps.advance()
        if BULLETIN in wanted:
            check_cancel(cancel)
            _write_bulletin(
                db, figures, stage, fonts, cancel, today, author, pdf=pdf, word=words.get(BULLETIN)
            )
            steps.advance()
        if NOTICES in wanted and (pdf or NOTICES in words):
            check_cancel(cancel)
            notes += _write_notices(
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
        stage.commit()
    steps.finish()
    return ExportResult(stage.written, notes)


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
    folder = _folder(target.parent if str(target.parent) else Path("."))
    figures = campaign_figures(db, campaign)
    with _staging(folder) as stage:
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
) -> ExportResult:
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


def _check_kinds(kinds: Sequence[str]) -> list[str]:
    wanted = list(dict.fromkeys(kinds))
    if not wanted:
        raise NothingToExport()
    for kind in wanted:
        if kind not in KINDS:
            raise UnknownExportKind(kind=kind, known="、".join(KINDS))
    return wanted


def _check_formats(formats: Sequence[str]) -> list[str]:
    shapes = list(dict.fromkeys(formats))
    if not shapes:
        raise NothingToExport()
    for shape in shapes:
        if shape not in FORMATS:
            raise UnknownExportFormat(format=shape, known="、".join(FORMATS))
    return shapes


def _word_templates(db: Database, campaign: Campaign, wanted: list[str]) -> dict[str, Path]:
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


def _departments(figures: CampaignFigures, wanted: Sequence[str] | None) -> list[str]:
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


def _fonts(
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


def _write_bulletin(
    db: Database,
    figures: CampaignFigures,
    stage: _Stage,
    fonts: FontSet | None,
    cancel: threading.Event | None,
    dated: date,
    author: str,
    *,
    pdf: bool = True,
    word: Path | None = None,
) -> None:
    from workbench.exports.texts import bulletin_texts
    from workbench.rectification.numbers import bulletin_number

    bulletin_texts(db, figures, dated=dated)  # a bad text is refused before a number is taken
    number = bulletin_number(db, figures.campaign, issued_on=dated, author=author).value
    texts = bulletin_texts(db, figures, dated=number.issued_on, number=number.number)
    stem = wording_for(figures.campaign).bulletin_file
    if pdf:
        from workbench.exports.pdf.bulletin import write_bulletin

        write_bulletin(figures, texts, stage.part(safe_file_name(f"{stem}.pdf")), fonts=fonts, cancel=cancel)
    if word is not None:
        from workbench.exports.docx.writer import write_bulletin_docx

        write_bulletin_docx(figures, texts, stage.part(safe_file_name(f"{stem}.docx")), template=word)


def _write_notices(
    db: Database,
    campaign: Campaign,
    figures: CampaignFigures,
    units: list[str],
    stage: _Stage,
    fonts: FontSet | None,
    cancel: threading.Event | None,
    issued_on: date,
    author: str,
    steps: _Steps,
    *,
    pdf: bool = True,
    word: Path | None = None,
) -> list[str]:
    """Issue notices to the departments that have none in force (and supplementary notices for files
    finalised after theirs), then write every one of theirs: as PDF and/or .docx from the same record, so
    both formats carry the notice's one number."""
    from workbench.exports.templates import deadline_days
    from workbench.exports.texts import notice_texts
    from workbench.rectification.issuing import issue_notices
    from workbench.rectification.notices import campaign_notices

    notes = []
    if units:
        issued = issue_notices(
            db,
            campaign,
            units,
            author=author,
            issued_on=issued_on,
            figures=figures,
            deadline_days=deadline_days(db),
            pass_over_existing=True,
        ).value
        if message := issued.skipped_message(already=False):
            notes.append(message)
    chosen = set(units)
    for notice in campaign_notices(db, campaign):
        if notice.status != "issued" or notice.department not in chosen:
            continue
        check_cancel(cancel)
        kind = "补充整改通知书" if notice.supplement_of else "整改通知书"
        own = figures.of_department(notice.department)
        texts = notice_texts(db, notice)
        if pdf:
            from workbench.exports.pdf.notice import write_notice

            path = stage.part(safe_file_name(f"{kind}-{notice.department}.pdf"))
            write_notice(notice, own, texts, path, fonts=fonts, cancel=cancel)
            steps.advance()
        if word is not None:
            from workbench.exports.docx.writer import write_notice_docx

            path = stage.part(safe_file_name(f"{kind}-{notice.department}.docx"))
            write_notice_docx(notice, own, texts, path, template=word)
            steps.advance()
    return notes


# --- staging --------------------------------------------------------------------------------------


def _folder(out_dir: str | os.PathLike[str]) -> Path:
    folder = Path(out_dir)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ExportFolderError(path=str(folder), reason=exc.strerror or str(exc)) from exc
    if not folder.is_dir():
        raise ExportFolderError(path=str(folder), reason="不是文件夹")
    return folder


@dataclass
class _Stage:
    """The run's files under temporary names (workbench.common.atomic_file); commit() renames them all."""

    folder: Path
    names: list[str] = field(default_factory=list)
    temporaries: list[Path] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)

    def part(self, name: str) -> Path:
        """The temporary path to write `name` to (a name already used in this run gets a number)."""
        final = name
        stem, dot, suffix = name.rpartition(".")
        n = 1
        while final in self.names:
            n += 1
            final = f"{stem}({n}).{suffix}" if dot else f"{name}({n})"
        temporary = new_temporary(self.folder / final)  # exclusive, random: a planted link is never used
        self.names.append(final)
        self.temporaries.append(temporary)
        return temporary

    def commit(self) -> None:
        for name, temporary in zip(self.names, self.temporaries, strict=True):
            # fsync, rename, fsync the folder; a file held open elsewhere (Windows) or a full disk says so
            self.written.append(commit_temporary(temporary, self.folder / name))

    def discard(self) -> None:
        for temporary in self.temporaries:
            discard_temporary(temporary)


@contextmanager
def _staging(folder: Path) -> Iterator[_Stage]:
    stage = _Stage(folder)
    try:
        yield stage
    except OSError as exc:  # a writer hit a full disk or a read-only folder
        stage.discard()
        raise file_error(exc, folder) from exc
    except BaseException:
        stage.discard()
        raise


class _Steps:
    """Overall progress over a known number of outputs; the workbook reports within its own step."""

    SCALE = 1000

    def __init__(self, outputs: int, progress: Progress) -> None:
        self.total = max(1, outputs) * self.SCALE
        self.done = 0
        self.progress = progress

    def sub(self) -> Progress:
        start = self.done

        def report(done: int, total: int) -> None:
            self.progress(min(self.total, start + self.SCALE * done // max(1, total)), self.total)

        return report

    def advance(self) -> None:
        self.done = min(self.total, self.done + self.SCALE)
        self.progress(self.done, self.total)

    def finish(self) -> None:
        """Departments that got no notice leave steps unused: the export is done all the same."""
        self.progress(self.total, self.total)
