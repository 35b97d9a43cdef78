"""The campaign dashboard: per reviewer and per department, how far the work has come, and what still
blocks closing the campaign.

A file's status is the one campaign_results gives (workbench.review.results): a submitted final sheet,
one submitted review sheet, or several submitted that agree item for item make it final; several that
disagree send it to arbitration (待复核). Only files in scope count: the drawn ones once there is a draw.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from sqlite_utils import Database

from db.repos import dashboard as repo
from db.repos import draws as draw_repo
from workbench.campaigns.service import Campaign
from workbench.common.kinds import Role, SheetState
from workbench.review.results import FileStatus


@dataclass(frozen=True)
class ReviewerRow:
    """One reviewer's files in the campaign: those assigned to them or that they hold a sheet for."""

    reviewer_id: str
    name: str
    department: str
    assigned: int
    scored: int  # files they have a review sheet for (draft or submitted)
    submitted: int
    awaiting_arbitration: int
    final: int
    # their files they have not submitted, unless the lead has decided the file (a final sheet): a seat
    # still empty blocks closing even when the other reviewer's lone sheet already counts as final
    outstanding: int


@dataclass(frozen=True)
class DepartmentRow:
    """The files of one department (被评查单位) in scope."""

    department: str
    files: int
    assigned: int  # files with at least one reviewer
    scored: int  # files with any sheet
    submitted: int  # files whose reviewers have all submitted (awaiting arbitration or final)
    awaiting_arbitration: int
    final: int


@dataclass(frozen=True)
class Dashboard:
    campaign_id: str
    drawn: bool  # the scope is a draw's files, not all the campaign's
    reviewers: list[ReviewerRow]
    departments: list[DepartmentRow]
    blockers: list[str] = field(default_factory=list)  # Chinese; empty when the campaign can close
    statuses: dict[str, FileStatus] = field(default_factory=dict)  # subject id → status

    @property
    def total(self) -> DepartmentRow:
        rows = self.departments
        return DepartmentRow(
            "合计",
            sum(r.files for r in rows),
            sum(r.assigned for r in rows),
            sum(r.scored for r in rows),
            sum(r.submitted for r in rows),
            sum(r.awaiting_arbitration for r in rows),
            sum(r.final for r in rows),
        )


def _disagreeing(db: Database, campaign_id: str) -> set[str]:
    """Files with several submitted review sheets whose entries differ (compared as campaign_results does)."""
    sheets: dict[str, dict[str, list[tuple]]] = defaultdict(lambda: defaultdict(list))
    for subject, sheet, item, kind, points in repo.agreement_entries(db, campaign_id):
        entries = sheets[subject][sheet]
        if item is not None:
            entries.append((item, kind, points or "0"))
    out = set()
    for subject, by_sheet in sheets.items():
        signatures = [sorted(e) for e in by_sheet.values()]
        if all(s == signatures[0] for s in signatures[1:]):
            continue  # the same text is the same amount: most pairs agree, without a Decimal
        exact = [sorted((i, k, Decimal(p)) for i, k, p in s) for s in signatures]  # "2" and "2.0" agree
        if any(s != exact[0] for s in exact[1:]):
            out.add(subject)
    return out


# status → (scored, all submitted, awaiting arbitration, final), for adding up rows without branches
_FLAGS = {
    FileStatus.UNSCORED: (0, 0, 0, 0),
    FileStatus.IN_PROGRESS: (1, 0, 0, 0),
    FileStatus.AWAITING_ARBITRATION: (1, 1, 1, 0),
    FileStatus.FINAL: (1, 1, 0, 1),
}


def campaign_dashboard(db: Database, campaign: Campaign) -> Dashboard:
    """Counts per reviewer and per department, and the blockers: five flat queries and one pass each."""
    latest = draw_repo.latest_draw(db, campaign.id)
    draw_id = latest.id if latest else None
    dept_of = {subject: dept for subject, _, dept, _ in repo.scope_subjects(db, campaign.id, draw_id)}
    sheets = {subject: [0, 0, 0] for subject in dept_of}  # reviews, submitted reviews, submitted finals
    pairs: dict[tuple[str, str], list[int]] = {}  # (reviewer, subject) → [assigned, sheet, submitted]
    for subject, reviewer, role, state in repo.sheets(db, campaign.id):
        count = sheets.get(subject)
        if count is None:  # not drawn
            continue
        done = state == SheetState.SUBMITTED
        if role == "review":
            count[0] += 1
            count[1] += done
            if reviewer is not None:
                pair = pairs.setdefault((reviewer, subject), [0, 0, 0])
                pair[1], pair[2] = 1, pair[2] or done
        elif role == "final":
            count[2] += done
    staffed = dict.fromkeys(dept_of, 0)
    for subject, reviewer in repo.assignments(db, campaign.id):
        if subject in staffed:
            staffed[subject] += 1
            pairs.setdefault((reviewer, subject), [0, 0, 0])[0] = 1
    disagreeing = _disagreeing(db, campaign.id)
    waiting = {subject for (_, subject), (assigned, _, done) in pairs.items() if assigned and not done}
    status = {s: _status(c[0], c[1], c[2], s in disagreeing, s in waiting) for s, c in sheets.items()}
    decided = {s for s, c in sheets.items() if c[2]}
    reviewers = _reviewer_rows(db, pairs, status, decided)
    blockers = _file_blockers(campaign, status, staffed) + _reviewer_blockers(reviewers)
    departments = _department_rows(dept_of, status, staffed)
    return Dashboard(campaign.id, draw_id is not None, reviewers, departments, blockers, status)


def _status(reviews: int, submitted: int, final: int, disagree: bool, waiting: bool) -> FileStatus:
    """As workbench.review.results.final_entries decides, from counts: an assigned reviewer who has not
    submitted keeps the file in progress."""
    if final:
        return FileStatus.FINAL
    if not reviews:
        return FileStatus.UNSCORED
    if submitted < reviews or waiting:
        return FileStatus.IN_PROGRESS
    return FileStatus.AWAITING_ARBITRATION if disagree else FileStatus.FINAL


def _department_rows(
    dept_of: dict[str, str], status: dict[str, FileStatus], staffed: dict[str, int]
) -> list[DepartmentRow]:
    depts: dict[str, list[int]] = {}
    for subject, dept in dept_of.items():
        count = depts.get(dept) or depts.setdefault(dept, [0] * 6)
        scored, submitted, awaiting, final = _FLAGS[status[subject]]
        count[0] += 1
        count[1] += staffed[subject] > 0
        count[2] += scored
        count[3] += submitted
        count[4] += awaiting
        count[5] += final
    return [DepartmentRow(d, *c) for d, c in sorted(depts.items())]


def _reviewer_rows(
    db: Database,
    pairs: dict[tuple[str, str], list[int]],
    status: dict[str, FileStatus],
    decided: set[str],
) -> list[ReviewerRow]:
    """Every reviewer with a file in scope, and every one with the reviewer role even without files."""
    per: dict[str, list[int]] = {}
    for (reviewer, subject), (assigned, sheet, submitted) in pairs.items():
        count = per.get(reviewer) or per.setdefault(reviewer, [0] * 6)
        state = status[subject]
        _, _, awaiting, final = _FLAGS[state]
        count[0] += assigned
        count[1] += sheet
        count[2] += submitted
        count[3] += awaiting
        count[4] += final
        count[5] += not submitted and subject not in decided
    return [
        ReviewerRow(rid, name, dept, *per.get(rid, (0,) * 6))
        for rid, name, dept, role in repo.reviewers(db)
        if rid in per or role == Role.REVIEWER
    ]


def _file_blockers(campaign: Campaign, status: dict[str, FileStatus], staffed: dict[str, int]) -> list[str]:
    """What files still lack before the campaign can close, most basic first (Chinese, for the organiser)."""
    if not status:
        return ["评查范围内没有案卷"]
    open_files = [s for s, state in status.items() if state is not FileStatus.FINAL]
    unassigned = sum(1 for s in open_files if staffed[s] == 0)
    short = sum(1 for s in open_files if 0 < staffed[s] < campaign.reviewers_per_file)
    states = Counter(status[s] for s in open_files)
    out = []
    if unassigned:
        out.append(f"{unassigned} 件案卷尚未分配评查人")
    if short:
        out.append(f"{short} 件案卷的评查人少于每件 {campaign.reviewers_per_file} 名")
    if n := states[FileStatus.UNSCORED]:
        out.append(f"{n} 件案卷尚未开始评查")
    if n := states[FileStatus.IN_PROGRESS]:
        out.append(f"{n} 件案卷正在评查，尚未全部提交")
    if n := states[FileStatus.AWAITING_ARBITRATION]:
        out.append(f"{n} 件案卷待复核")
    return out


def _reviewer_blockers(reviewers: list[ReviewerRow]) -> list[str]:
    """A line per reviewer with unsubmitted files, most first; departments only to tell namesakes apart."""
    names = Counter(r.name for r in reviewers)
    late = sorted(
        (r for r in reviewers if r.outstanding), key=lambda r: (-r.outstanding, r.name, r.department)
    )
    return [
        f"评查人 {r.name}{f'（{r.department}）' if names[r.name] > 1 else ''} 还有 {r.outstanding} 件未提交"
        for r in late
    ]
