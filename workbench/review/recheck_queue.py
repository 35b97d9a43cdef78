"""The lead's recheck list: which files await 复核定分, and one file's row of it re-read after a decision.

Kept apart from the decisions themselves (review/recheck.py) because the list is read for a whole campaign
at once (10,000 files) and must stay a cheap bulk read, while deciding works on one file.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from db.repos import campaigns as campaign_repo
from db.repos import reviewers as reviewer_repo
from db.repos import scores as score_repo
from db.repos.scores import Sheet
from workbench.campaigns.recheck_rule import recheck_reasons, rule_from_dict
from workbench.campaigns.service import Campaign, campaign_standard
from workbench.common.kinds import SheetState
from workbench.review.entries import entry_from_row
from workbench.review.results import final_sheet, signature
from workbench.review.sheets import sheet_entries
from workbench.scoring import Entry, ScoreResult, score_sheet


@dataclass(frozen=True)
class QueueRow:
    """A file for the lead's recheck list."""

    subject_id: str
    case_number: str
    department: str
    reviewers: tuple[tuple[str, ScoreResult], ...]  # (name, that reviewer's result)
    disputed: int  # items on which the reviewers differ
    recheck: tuple[str, ...]  # why the recheck rule flags it
    decided: bool  # the lead's final sheet is submitted

    @property
    def flagged(self) -> bool:
        return bool(self.recheck)


def arbitration_queue(db: Database, campaign: Campaign) -> list[QueueRow]:
    """Files whose reviewers have all submitted and that differ or that the recheck rule flags.

    Flagged files come first, then the other disputed ones, then those already decided, each by 案号.
    """
    sheets: dict[str, list[Sheet]] = {}
    for sheet in score_repo.campaign_sheets(db, campaign.id):
        sheets.setdefault(sheet.subject_id, []).append(sheet)
    entries: dict[str, list[Entry]] = {}
    for row in score_repo.campaign_entries(db, campaign.id):
        entries.setdefault(row[0], []).append(entry_from_row(row))
    build = _QueueRows(db, campaign)
    out = [
        queued
        for subject in campaign_repo.case_subjects(db, campaign.id)
        if (queued := build(subject, sheets.get(subject.id, []), entries)) is not None
    ]
    out.sort(key=queue_order)
    return out


def queue_order(q: QueueRow) -> tuple[bool, bool, str]:
    return (q.decided, not q.flagged, q.case_number)


def queue_row(db: Database, campaign: Campaign, subject_id: str) -> QueueRow | None:
    """One file's row of the queue as it is now (None: it has no place in the queue): what a screen
    re-reads after a decision instead of the whole queue."""
    subjects = campaign_repo.case_subjects(db, campaign.id, subject_id)
    if not subjects:
        return None
    of_file = score_repo.campaign_sheets_of_subject(db, campaign.id, subject_id)
    entries = {s.id: sheet_entries(db, s.id) for s in of_file if s.role == "review"}
    return _QueueRows(db, campaign)(subjects[0], of_file, entries)


class _QueueRows:
    """Builds queue rows for one campaign: its standard, recheck rule and reviewer names read once."""

    def __init__(self, db: Database, campaign: Campaign) -> None:
        self.standard = campaign_standard(db, campaign)
        self.rule = rule_from_dict(campaign.recheck_rule)
        self.names = reviewer_repo.names_by_id(db)

    def __call__(
        self, subject: campaign_repo.CaseSubject, of_file: list[Sheet], entries: dict[str, list[Entry]]
    ) -> QueueRow | None:
        reviews = [s for s in of_file if s.role == "review"]
        if not reviews or any(s.status != SheetState.SUBMITTED for s in reviews):
            return None
        per = [entries.get(s.id, []) for s in reviews]
        results = [score_sheet(self.standard, es) for es in per]
        keys = {e.item_key for es in per for e in es}
        disputed = sum(
            1 for k in keys if len({tuple(signature([e for e in es if e.item_key == k])) for es in per}) > 1
        )
        reasons = tuple(recheck_reasons(self.rule, results)) if len(reviews) > 1 else ()
        decided = final_sheet(of_file) is not None
        if not (disputed or reasons or decided):
            return None
        return QueueRow(
            subject_id=subject.id,
            case_number=subject.case_number or "",
            department=subject.department or "",
            reviewers=tuple(
                (self.names.get(s.reviewer_id or "", ""), r) for s, r in zip(reviews, results, strict=True)
            ),
            disputed=disputed,
            recheck=reasons,
            decided=decided,
        )
