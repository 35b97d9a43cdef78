"""The numbered documents of an export: the bulletin and the rectification notices.

They are the one thing an export records in the database: the bulletin takes its 发文字号 and the notices
are issued (numbered) after every other file is written, and a notice already in force is written again
from its record rather than issued twice, so an export run again after a cancel gives the same numbers.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from workbench.campaigns.service import Campaign
from workbench.common.changes import NOTHING, Done
from workbench.common.jobs import check_cancel
from workbench.exports.staging import Stage, Steps, safe_file_name
from workbench.reporting.figures import CampaignFigures
from workbench.reporting.wording import wording_for

if TYPE_CHECKING:  # the PDF modules import reportlab: loaded only when a PDF is asked for
    from workbench.exports.pdf.fonts import FontSet


def write_bulletin(
    db: Database,
    figures: CampaignFigures,
    stage: Stage,
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
    # the number's record changes no screen's figures: the export's own changes are its notices
    number = bulletin_number(db, figures.campaign, issued_on=dated, author=author).value
    texts = bulletin_texts(db, figures, dated=number.issued_on, number=number.number)
    stem = wording_for(figures.campaign).bulletin_file
    if pdf:
        from workbench.exports.pdf.bulletin import write_bulletin

        write_bulletin(figures, texts, stage.part(safe_file_name(f"{stem}.pdf")), fonts=fonts, cancel=cancel)
    if word is not None:
        from workbench.exports.docx.writer import write_bulletin_docx

        write_bulletin_docx(figures, texts, stage.part(safe_file_name(f"{stem}.docx")), template=word)


def write_notices(
    db: Database,
    campaign: Campaign,
    figures: CampaignFigures,
    units: list[str],
    stage: Stage,
    fonts: FontSet | None,
    cancel: threading.Event | None,
    issued_on: date,
    author: str,
    steps: Steps,
    *,
    pdf: bool = True,
    word: Path | None = None,
) -> Done[list[str]]:
    """Issue notices to the departments that have none in force (and supplementary notices for files
    finalised after theirs), then write every one of theirs: as PDF and/or .docx from the same record, so
    both formats carry the notice's one number. Returns the notes for the user and the notices issued."""
    from workbench.exports.templates import deadline_days
    from workbench.exports.texts import notice_texts
    from workbench.rectification.issuing import issue_notices
    from workbench.rectification.notices import campaign_notices

    notes = []
    changes = NOTHING
    if units:
        done = issue_notices(
            db,
            campaign,
            units,
            author=author,
            issued_on=issued_on,
            figures=figures,
            deadline_days=deadline_days(db),
            pass_over_existing=True,
        )
        if message := done.value.skipped_message(already=False):
            notes.append(message)
        changes = done.changes  # the notices issued and their ledger lines
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
    return Done(notes, changes)
