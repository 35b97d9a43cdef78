"""What the assignment screen shows: each file in scope with its reviewers, each reviewer's load, and who
could take over a file's seat. The rules themselves stay in workbench.assignment.service."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlite_utils import Database

from db.repos import assignments as assignment_repo
from db.repos import dashboard as scope_repo
from db.repos import draws as draw_repo
from workbench.campaigns.service import Campaign
from workbench.common.kinds import Role

OWN_DEPARTMENT, CONFLICT = "own_department", "conflict"


@dataclass(frozen=True)
class Seat:
    reviewer_id: str
    name: str
    department: str
    has_sheet: bool  # has begun scoring the file: the seat cannot be handed over


@dataclass(frozen=True)
class AssignedFile:
    subject_id: str
    case_number: str
    department: str
    department_id: str | None
    seats: tuple[Seat, ...]

    @property
    def reviewer_names(self) -> str:
        return "、".join(s.name for s in self.seats)


@dataclass(frozen=True)
class Load:
    reviewer_id: str
    name: str
    department: str
    files: int


@dataclass(frozen=True)
class Candidate:
    """A reviewer who might take a file's seat; `why_not` is empty when the rules allow it."""

    reviewer_id: str
    name: str
    department: str
    why_not: str  # "" or OWN_DEPARTMENT or CONFLICT (the service's refusal gives the full message)

    @property
    def eligible(self) -> bool:
        return not self.why_not


def assignment_board(db: Database, campaign: Campaign) -> list[AssignedFile]:
    """The campaign's drawn files (all of them when there is no draw), by 案号, with their reviewers."""
    latest = draw_repo.latest_draw(db, campaign.id)
    people = {r.id: r for r in assignment_repo.reviewers_with_departments(db)}
    sheets = assignment_repo.review_sheet_reviewers(db, campaign.id)
    seats: dict[str, list[str]] = {}
    for subject, reviewer in assignment_repo.of_campaign(db, campaign.id):
        seats.setdefault(subject, []).append(reviewer)
    out = []
    for subject, number, dept, dept_id in scope_repo.scope_subjects(
        db, campaign.id, latest.id if latest else None
    ):
        mine = sorted(
            (
                Seat(r, people[r].name, people[r].department, r in sheets.get(subject, ()))
                for r in seats.get(subject, ())
            ),
            key=lambda seat: (seat.name, seat.department),
        )
        out.append(AssignedFile(subject, number, dept, dept_id, tuple(mine)))
    return out


def reviewer_loads(db: Database, board: list[AssignedFile]) -> list[Load]:
    """Every reviewer (role reviewer, or holding a seat) with the number of files on the board."""
    counts = Counter(seat.reviewer_id for f in board for seat in f.seats)
    return [
        Load(r.id, r.name, r.department, counts[r.id])
        for r in assignment_repo.reviewers_with_departments(db)
        if r.role == Role.REVIEWER or counts[r.id]
    ]


def seat_candidates(db: Database, file: AssignedFile) -> list[Candidate]:
    """Reviewers not yet on the file, those the rules allow first; the others say why not."""
    taken = {s.reviewer_id for s in file.seats}
    conflicts = assignment_repo.conflicts(db)
    barred = {c.reviewer_id for c in conflicts if c.subject_id == file.subject_id}
    barred |= {
        c.reviewer_id
        for c in conflicts
        if c.department_id is not None and c.department_id == file.department_id
    }
    out = []
    for r in assignment_repo.reviewers_with_departments(db):
        if r.id in taken or r.role != Role.REVIEWER:
            continue
        if r.department_id is not None and r.department_id == file.department_id:
            why = OWN_DEPARTMENT
        elif r.id in barred:
            why = CONFLICT
        else:
            why = ""
        out.append(Candidate(r.id, r.name, r.department, why))
    return sorted(out, key=lambda c: (not c.eligible, c.name, c.department))
