"""Each file's final result, from its submitted sheets through the one scoring engine."""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from sqlite_utils import Database

from db.repos import assignments as assignment_repo
from db.repos import campaigns as campaign_repo
from db.repos import reviewers as reviewer_repo
from db.repos import scores as repo
from db.repos.scores import Sheet
from workbench.campaigns.service import Campaign, campaign_standard
from workbench.common.kinds import SheetState
from workbench.common.text_order import natural_key
from workbench.draw.service import drawn_subject_ids
from workbench.review.entries import entry_from_row
from workbench.scoring import Entry, ScoreResult, score_sheet
from workbench.standards.model import Standard

SUBMITTED = SheetState.SUBMITTED


class FileStatus(StrEnum):
    UNSCORED = "unscored"  # no sheet yet
    IN_PROGRESS = "in_progress"  # sheets exist, not all submitted
    AWAITING_ARBITRATION = "awaiting_arbitration"  # reviewers submitted and disagree
    FINAL = "final"


STATUS_LABELS = {
    FileStatus.UNSCORED: "未评查",
    FileStatus.IN_PROGRESS: "评查中",
    FileStatus.AWAITING_ARBITRATION: "待复核",
    FileStatus.FINAL: "已定分",
}


@dataclass(frozen=True)
class FileResult:
    subject_id: str
    case_number: str
    department: str
    title: str
    party: str
    case_type: str
    officers: str
    status: FileStatus
    reviewers: tuple[str, ...]
    result: ScoreResult | None  # set when FINAL
    entries: tuple[Entry, ...] = ()  # the entries the final score comes from
    decided_by: str = ""  # the lead, when the score comes from an arbitration (final sheet)
    remarks: str = ""  # 评语: the final sheet's remarks, else the reviewers' remarks joined
    scored_on: date | None = None  # when the final score was settled: the last submission it rests on


def signature(entries: Iterable[Entry]) -> list[tuple]:
    """What two reviewers must both have recorded to agree: kinds and amounts per item, in any order."""
    return sorted((e.item_key, e.kind.value, e.points) for e in entries)


def final_sheet(sheets: list[Sheet]) -> Sheet | None:
    """The lead's submitted final sheet (复核定分), if the file has one."""
    finals = [s for s in sheets if s.role == "final" and s.status == SUBMITTED]
    return finals[-1] if finals else None


def _waiting(reviews: list[Sheet], assigned: Collection[str]) -> bool:
    """Some reviewer has not submitted: a draft, or an assigned reviewer with no sheet yet."""
    submitted = {s.reviewer_id for s in reviews if s.status == SUBMITTED}
    return any(s.status != SUBMITTED for s in reviews) or not submitted.issuperset(assigned)


def final_entries(
    sheets: list[Sheet], entries: dict[str, list[Entry]], assigned: Collection[str] = ()
) -> tuple[FileStatus, list[Entry] | None]:
    """The lead's final sheet wins; else, once every reviewer (each assigned one included) has
    submitted, one submitted sheet, or several that agree item for item."""
    if (final := final_sheet(sheets)) is not None:
        return FileStatus.FINAL, entries.get(final.id, [])
    reviews = [s for s in sheets if s.role == "review"]
    if not reviews:
        return FileStatus.UNSCORED, None
    if _waiting(reviews, assigned):
        return FileStatus.IN_PROGRESS, None
    first = entries.get(reviews[0].id, [])
    if all(signature(entries.get(s.id, [])) == signature(first) for s in reviews[1:]):
        return FileStatus.FINAL, first
    return FileStatus.AWAITING_ARBITRATION, None


def scored_on(sheets: list[Sheet]) -> date | None:
    """The day the final score was settled: the lead's final sheet, else the last review submitted."""
    final = final_sheet(sheets)
    chosen = [final] if final is not None else [s for s in sheets if s.role == "review"]
    days = [s.updated_at or "" for s in chosen if s.status == SUBMITTED]
    days = [d for d in days if d]
    return date.fromisoformat(max(days)[:10]) if days else None


def file_remarks(sheets: list[Sheet]) -> str:
    """The lead's remarks on the final sheet win; else each reviewer's non-empty remarks, in order."""
    if (final := final_sheet(sheets)) is not None and final.remarks and final.remarks.strip():
        return final.remarks.strip()
    texts = (s.remarks or "" for s in sheets if s.role == "review")
    return "\n".join(dict.fromkeys(t.strip() for t in texts if t.strip()))


def status_from_sheets(sheets: list[Sheet], assigned: Collection[str] = ()) -> FileStatus:
    """The status the sheets alone tell, without reading entries; several submitted sheets count as
    awaiting arbitration until their entries are compared (final_entries)."""
    reviews = [s for s in sheets if s.role == "review"]
    submitted = {s.reviewer_id for s in reviews if s.status == SUBMITTED}
    return status_from_counts(
        final=any(s.role == "final" and s.status == SUBMITTED for s in sheets),
        reviews=len(reviews),
        submitted=sum(s.status == SUBMITTED for s in reviews),
        assigned=len(set(assigned)),
        assigned_done=len(submitted.intersection(assigned)),
    )


def status_from_counts(
    *, final: int, reviews: int, submitted: int, assigned: int, assigned_done: int
) -> FileStatus:
    """The same rule from counts (a grouped query gives them for a whole campaign at once): the lead's
    final sheet wins; no review sheet is unscored; a draft, or an assigned reviewer who has not
    submitted, is in progress; then one sheet is final and several await the recheck."""
    if final:
        return FileStatus.FINAL
    if not reviews:
        return FileStatus.UNSCORED
    if submitted < reviews or assigned_done < assigned:
        return FileStatus.IN_PROGRESS
    return FileStatus.FINAL if reviews == 1 else FileStatus.AWAITING_ARBITRATION


def campaign_results(
    db: Database, campaign: Campaign, *, score: bool = True
) -> tuple[Standard, list[FileResult]]:
    """Every file under review (the drawn ones, once there is a draw) with its status and final score,
    in natural 案号 order.

    score=False skips the entries and the engine (a tenth of the time) for a first, unscored listing.
    """
    standard = campaign_standard(db, campaign)
    sheets_by_subject: dict[str, list[Sheet]] = {}
    for sheet in repo.campaign_sheets(db, campaign.id):
        sheets_by_subject.setdefault(sheet.subject_id, []).append(sheet)
    entries: dict[str, list[Entry]] = {}
    for row in repo.campaign_entries(db, campaign.id) if score else ():
        entries.setdefault(row[0], []).append(entry_from_row(row))
    names = reviewer_repo.names_by_id(db)
    assigned_by_subject: dict[str, list[str]] = {}
    for subject_id, reviewer_id in assignment_repo.of_campaign(db, campaign.id):
        assigned_by_subject.setdefault(subject_id, []).append(reviewer_id)
    drawn = drawn_subject_ids(db, campaign)
    in_scope = None if drawn is None else set(drawn)
    out = []
    for subject in campaign_repo.case_subjects(db, campaign.id):
        if in_scope is not None and subject.id not in in_scope:
            continue  # not drawn (双随机): outside the review
        sheets = sheets_by_subject.get(subject.id, [])
        assigned = assigned_by_subject.get(subject.id, ())
        status, chosen = (
            final_entries(sheets, entries, assigned)
            if score
            else (status_from_sheets(sheets, assigned), None)
        )
        reviewers = tuple(
            names.get(s.reviewer_id, "") for s in sheets if s.role == "review" and s.reviewer_id
        )
        out.append(
            FileResult(
                subject_id=subject.id,
                case_number=subject.case_number or "",
                department=subject.department or "",
                title=subject.title or "",
                party=subject.party or "",
                case_type=subject.case_type or "",
                officers=subject.officers or "",
                status=status,
                reviewers=reviewers,
                result=score_sheet(standard, chosen) if chosen is not None else None,
                entries=tuple(chosen or ()),
                decided_by=names.get(final.reviewer_id or "", "") if (final := final_sheet(sheets)) else "",
                remarks=file_remarks(sheets),
                scored_on=scored_on(sheets) if status is FileStatus.FINAL else None,
            )
        )
    out.sort(key=lambda r: natural_key(r.case_number))  # nearly sorted already: SQL gave 案号 order
    return standard, out
